//! The indication check: ZOLGENSMA is indicated for patients less than
//! 2 years of age. The check warns; it never blocks a kit result, because
//! the prescriber decides.

use core::fmt;

use crate::date::Date;
use crate::model::{age_text, NotCovered};

/// An age as entered: whole or decimal months, or a date of birth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Age {
    /// Age in tenths of a month.
    TenthsOfMonths(u32),
    /// Date of birth, compared with today.
    Born(Date),
}

/// What the check says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeCheck {
    /// Younger than the limit: nothing to say.
    WithinIndication,
    /// At or above the limit.
    AtOrAboveLimit {
        /// The age in whole months.
        months: u32,
        /// The limit in months.
        limit: u32,
    },
}

/// Why an age could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgeError {
    /// Not a number of months.
    NotANumber(String),
    /// More than 1,200 months or more than one decimal.
    Implausible,
    /// A date of birth after today.
    BornInFuture,
}

impl fmt::Display for AgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AgeError::NotANumber(s) => write!(
                f,
                "“{s}” is not a number of months. Type the age in months, for example 18."
            ),
            AgeError::Implausible => f.write_str(
                "Type the age in months with at most one decimal, for example 18 or 18.5.",
            ),
            AgeError::BornInFuture => {
                f.write_str("The date of birth is after today. Check the date.")
            }
        }
    }
}

impl Age {
    /// Parses an age in months (`18`, `18.5`, `18,5`). Empty text means no
    /// age was given.
    pub fn parse_months(input: &str) -> Result<Option<Age>, AgeError> {
        let s = input.trim();
        if s.is_empty() {
            return Ok(None);
        }
        let s = s
            .strip_suffix("months")
            .or_else(|| s.strip_suffix("mo"))
            .unwrap_or(s)
            .trim_end();
        let (int, frac) = s.split_once(['.', ',']).unwrap_or((s, ""));
        let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || !digits(int) || !digits(frac) {
            return Err(AgeError::NotANumber(input.trim().to_string()));
        }
        let frac = frac.trim_end_matches('0');
        if frac.len() > 1 || int.trim_start_matches('0').len() > 4 {
            return Err(AgeError::Implausible);
        }
        let tenths = int.parse::<u32>().unwrap_or(u32::MAX).saturating_mul(10)
            + frac.parse::<u32>().unwrap_or(0);
        if tenths > 12_000 {
            return Err(AgeError::Implausible);
        }
        Ok(Some(Age::TenthsOfMonths(tenths)))
    }

    /// Compares the age with the indication's limit of `limit_months`.
    pub fn check(self, limit_months: u32, today: Date) -> Result<AgeCheck, AgeError> {
        let (tenths, months) = match self {
            Age::TenthsOfMonths(t) => (t, t / 10),
            Age::Born(birth) => {
                let months = birth
                    .whole_months_until(today)
                    .ok_or(AgeError::BornInFuture)?;
                (months.saturating_mul(10), months)
            }
        };
        if tenths >= limit_months.saturating_mul(10) {
            Ok(AgeCheck::AtOrAboveLimit {
                months,
                limit: limit_months,
            })
        } else {
            Ok(AgeCheck::WithinIndication)
        }
    }
}

impl AgeCheck {
    /// The warning to show, if any: the indication's limit and, for a
    /// patient as old as a product this reference does not cover is for,
    /// that product (`not_covered`), said as what this reference is not.
    pub fn warning(self, not_covered: &[NotCovered]) -> Option<String> {
        match self {
            AgeCheck::WithinIndication => None,
            AgeCheck::AtOrAboveLimit { months, limit } => {
                let mut text = format!(
                    "{months} months is older than the indication allows: patients less than {} of age.",
                    age_text(limit)
                );
                for other in not_covered.iter().filter(|n| months >= n.min_age_months) {
                    text.push(' ');
                    text.push_str(&other.summary());
                    text.push(' ');
                    text.push_str(&other.scope);
                }
                Some(text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::*;

    fn today() -> Date {
        Date::new(2026, 11, 24).unwrap_or_else(|| unreachable!())
    }

    fn check_months(input: &str) -> Result<Option<AgeCheck>, AgeError> {
        Age::parse_months(input)?
            .map(|a| a.check(24, today()))
            .transpose()
    }

    #[test]
    fn months_below_limit_say_nothing() {
        for ok in [
            "0",
            "1",
            "23",
            "23.9",
            "23,9",
            " 12 ",
            "18 months",
            "6mo",
            "023",
        ] {
            assert_eq!(
                check_months(ok),
                Ok(Some(AgeCheck::WithinIndication)),
                "{ok}"
            );
        }
        assert_eq!(check_months(""), Ok(None));
        assert_eq!(check_months("   "), Ok(None));
    }

    #[test]
    fn warns_at_and_above_limit() {
        assert_eq!(
            check_months("24"),
            Ok(Some(AgeCheck::AtOrAboveLimit {
                months: 24,
                limit: 24
            }))
        );
        assert_eq!(
            check_months("24.0"),
            Ok(Some(AgeCheck::AtOrAboveLimit {
                months: 24,
                limit: 24
            }))
        );
        assert_eq!(
            check_months("30.5"),
            Ok(Some(AgeCheck::AtOrAboveLimit {
                months: 30,
                limit: 24
            }))
        );
        let warning = AgeCheck::AtOrAboveLimit {
            months: 30,
            limit: 24,
        }
        .warning(&[])
        .unwrap_or_default();
        assert!(
            warning.contains("30 months") && warning.contains("less than 2 years"),
            "{warning}"
        );
        assert_eq!(AgeCheck::WithinIndication.warning(&[]), None);
    }

    #[test]
    fn rejects_unreadable_ages() {
        assert_eq!(check_months("abc"), Err(AgeError::NotANumber("abc".into())));
        assert_eq!(check_months("-3"), Err(AgeError::NotANumber("-3".into())));
        assert_eq!(check_months("1.25"), Err(AgeError::Implausible));
        assert_eq!(check_months("99999"), Err(AgeError::Implausible));
        assert_eq!(check_months("12001"), Err(AgeError::Implausible));
        assert!(AgeError::Implausible.to_string().contains("months"));
    }

    #[test]
    fn date_of_birth_uses_whole_months() {
        let born =
            |s| Age::Born(Date::parse_iso(s).unwrap_or_else(|| unreachable!())).check(24, today());
        assert_eq!(born("2024-11-25"), Ok(AgeCheck::WithinIndication));
        assert_eq!(
            born("2024-11-24"),
            Ok(AgeCheck::AtOrAboveLimit {
                months: 24,
                limit: 24
            })
        );
        assert_eq!(born("2026-11-25"), Err(AgeError::BornInFuture));
    }
}
