//! The release calendar of the code sets: HCPCS every quarter, ICD-10-CM
//! every US fiscal year (October 1 to September 30), CPT every calendar
//! year; which release is in force on a date, and their names.

use crate::date::{days_in_month, Date};
use crate::model::{Cadence, Release};

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
