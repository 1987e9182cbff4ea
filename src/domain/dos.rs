//! Which code-set releases apply on a date of service (facts.md,
//! "Decision: which code-set releases apply on a date of service").
//!
//! Code sets change on fixed dates: HCPCS every quarter, ICD-10-CM every
//! fiscal year (October 1 to September 30), CPT every calendar year. For a
//! date of service, each code set either is covered by the release the
//! guide's list comes from, or falls under another release, which is named
//! so the person can confirm the codes there. Nothing here says a code is
//! valid or invalid in a release the widget does not hold.

use super::data::{Cadence, CodeSystem, Data, Release};
use super::date::{days_in_month, Date};

/// The first day of the release of `cadence` in force on `date`.
pub fn release_start(cadence: Cadence, date: Date) -> Date {
    let (year, month) = match cadence {
        Cadence::Quarterly => (date.year(), (date.month() - 1) / 3 * 3 + 1),
        Cadence::FiscalYear if date.month() >= 10 => (date.year(), 10),
        Cadence::FiscalYear => (date.year().saturating_sub(1), 10),
        Cadence::CalendarYear => (date.year(), 1),
    };
    Date::new(year, month, 1).unwrap_or(date)
}

/// The last day of the release of `cadence` that starts on `start`.
pub fn release_end(cadence: Cadence, start: Date) -> Date {
    let (year, month) = match cadence {
        Cadence::Quarterly => (start.year(), start.month() + 2),
        Cadence::FiscalYear => (start.year().saturating_add(1), 9),
        Cadence::CalendarYear => (start.year(), 12),
    };
    Date::new(year, month, days_in_month(year, month)).unwrap_or(start)
}

/// Whether `date` falls in `release`.
pub fn covers(release: Release, date: Date) -> bool {
    release_start(release.cadence, date) == release.from
}

/// A release's name: `October 2024 release`, `FY 2025 code set`,
/// `2023 edition`.
pub fn release_name(cadence: Cadence, start: Date) -> String {
    match cadence {
        Cadence::Quarterly => format!("{} {} release", start.month_name(), start.year()),
        Cadence::FiscalYear => format!("FY {} code set", start.year().saturating_add(1)),
        Cadence::CalendarYear => format!("{} edition", start.year()),
    }
}

/// `October 1 to December 31, 2024`, or with both years when they differ.
pub fn period_text(start: Date, end: Date) -> String {
    if start.year() == end.year() {
        format!("{} to {end}", start.month_day())
    } else {
        format!("{start} to {end}")
    }
}

/// What one code set says for a date of service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Which code set.
    pub system: CodeSystem,
    /// Whether the guide's list covers the date.
    pub covered: bool,
    /// The sentence shown.
    pub text: String,
}

/// For each code set of `data`, whether the guide's list covers a service
/// on `date`, and if not, which release does.
pub fn coverage(data: &Data, date: Date) -> Vec<Coverage> {
    data.code_sets
        .iter()
        .map(|set| {
            let name = &set.name;
            // A code the guide dates (J3399, July 1, 2020) did not exist before.
            let not_yet = data
                .codes
                .iter()
                .filter(|c| c.system == set.system)
                .find_map(|c| c.effective.filter(|from| date < *from).map(|from| (c, from)));
            if let Some((code, from)) = not_yet {
                return Coverage {
                    system: set.system,
                    covered: false,
                    text: format!(
                        "{name}: {} took effect {from}; on {date} there was no {}.",
                        code.code, code.code
                    ),
                };
            }
            let Some(release) = set.release else {
                return Coverage {
                    system: set.system,
                    covered: false,
                    text: format!(
                        "{name}: the release of this list is not known; confirm the codes for {date}."
                    ),
                };
            };
            let guide = release_name(release.cadence, release.from);
            let guide_period = period_text(release.from, release_end(release.cadence, release.from));
            let update = if release.cadence == Cadence::FiscalYear {
                " CMS may also publish an April 1 update within a fiscal year."
            } else {
                ""
            };
            if covers(release, date) {
                return Coverage {
                    system: set.system,
                    covered: true,
                    text: format!(
                        "{name}: the guide's list is the {guide} ({guide_period}), which covers {date}.{update}"
                    ),
                };
            }
            let start = release_start(release.cadence, date);
            let applies = release_name(release.cadence, start);
            let period = period_text(start, release_end(release.cadence, start));
            Coverage {
                system: set.system,
                covered: false,
                text: format!(
                    "{name}: {date} falls under the {applies} ({period}), not the guide's {guide}: confirm the codes there.{update}"
                ),
            }
        })
        .collect()
}
