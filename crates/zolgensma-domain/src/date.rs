//! Calendar dates: the guide's access dates and a patient's date of birth.

use core::fmt;

use serde::ser::{SerializeTupleStruct, Serializer};
use serde::Serialize;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub(crate) year: u16,
    pub(crate) month: u8,
    pub(crate) day: u8,
}

const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in `month` (1-12) of `year`.
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// A date, if it exists (`2024-02-30` does not).
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = year >= 1
            && year <= 9999
            && month >= 1
            && month <= 12
            && day >= 1
            && day <= days_in_month(year, month);
        if valid {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// A date known to exist, for constants such as the built-in data
    /// (evaluated in a `const` block, a date that does not exist fails the
    /// build there).
    #[allow(clippy::panic)]
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(date) => date,
            None => panic!("no such date"),
        }
    }

    /// Parses the ISO form `2024-11-27` (what `<input type="date">` gives).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: core::ops::Range<usize>| -> Option<u16> {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(num(0..4)?, month, day)
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The month's name (`October`).
    pub fn month_name(self) -> &'static str {
        MONTHS[usize::from(self.month - 1)]
    }

    /// The month and day without the year (`October 1`).
    pub fn month_day(self) -> String {
        format!("{} {}", self.month_name(), self.day)
    }

    /// Whole months from `self` (a birth date) to `today`, counting a month
    /// as complete on the same day of the month, or on the month's last day
    /// when it has no such day (born January 31, one month old on
    /// February 28). `None` when `today` is before `self`.
    pub fn whole_months_until(self, today: Date) -> Option<u32> {
        if today < self {
            return None;
        }
        let mut months = (u32::from(today.year) * 12 + u32::from(today.month))
            - (u32::from(self.year) * 12 + u32::from(self.month));
        let anniversary_day = self.day.min(days_in_month(today.year, today.month));
        if today.day < anniversary_day {
            months -= 1;
        }
        Some(months)
    }
}

impl fmt::Display for Date {
    /// `November 27, 2024`, as the guide writes dates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = MONTHS[usize::from(self.month - 1)];
        write!(f, "{name} {}, {}", self.day, self.year)
    }
}

/// Written as the constructor call that makes it (`Date::ymd(2024, 11,
/// 27)`): the widget's build script compiles its data this way.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut call = serializer.serialize_tuple_struct("Date::ymd", 3)?;
        call.serialize_field(&self.year)?;
        call.serialize_field(&self.month)?;
        call.serialize_field(&self.day)?;
        call.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_that_exist() {
        assert_eq!(Date::parse_iso("2024-11-27"), Date::new(2024, 11, 27));
        assert!(Date::parse_iso("2024-02-29").is_some());
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "24-11-27",
            "2024/11/27",
            "",
            "2024-11-2x",
            "+024-11-27",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn prints_like_the_guide() {
        assert_eq!(
            Date::parse_iso("2024-11-27")
                .map(|d| d.to_string())
                .as_deref(),
            Some("November 27, 2024")
        );
        assert_eq!(
            Date::parse_iso("2020-07-01")
                .map(|d| d.to_string())
                .as_deref(),
            Some("July 1, 2020")
        );
    }

    fn months(birth: &str, today: &str) -> Option<u32> {
        Date::parse_iso(birth)?.whole_months_until(Date::parse_iso(today)?)
    }

    #[test]
    fn counts_whole_months() {
        assert_eq!(months("2024-11-24", "2026-11-24"), Some(24));
        assert_eq!(months("2024-11-25", "2026-11-24"), Some(23));
        assert_eq!(months("2026-11-24", "2026-11-24"), Some(0));
        assert_eq!(months("2026-01-31", "2026-02-28"), Some(1));
        assert_eq!(months("2026-01-31", "2026-02-27"), Some(0));
        // Born on a leap day: two years old on February 28 of a common year.
        assert_eq!(months("2024-02-29", "2026-02-28"), Some(24));
        assert_eq!(months("2024-02-29", "2026-02-27"), Some(23));
        assert_eq!(months("2026-11-25", "2026-11-24"), None);
    }
}
