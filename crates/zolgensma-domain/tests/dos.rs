//! Which code-set releases apply on a date of service: the rules of
//! sources/facts.md, boundaries included.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::data;
use zolgensma_domain::dos::coverage;
use zolgensma_domain::{CodeSystem, Date};

/// What each code set says on `date`: (covered, text) for HCPCS, CPT and
/// ICD-10-CM.
fn on(date: &str) -> Vec<(bool, String)> {
    let d = data();
    let date = Date::parse_iso(date).unwrap();
    let all = coverage(&d, date);
    [CodeSystem::Hcpcs, CodeSystem::Cpt, CodeSystem::Icd10Cm]
        .iter()
        .map(|s| {
            let c = all.iter().find(|c| c.system == *s).unwrap();
            (c.covered, c.text.clone())
        })
        .collect()
}

/// Checks one date: whether each set is covered, and a piece of each text.
fn check(date: &str, expected: [(bool, &str); 3]) {
    let got = on(date);
    for ((covered, text), (want, piece)) in got.iter().zip(expected) {
        assert_eq!(*covered, want, "{date}: {text}");
        assert!(
            text.contains(piece),
            "{date}: {text:?} should contain {piece:?}"
        );
    }
}

#[test]
fn the_date_table() {
    // Before July 1, 2020 there was no J3399.
    check(
        "2020-06-30",
        [
            (
                false,
                "HCPCS: J3399 took effect July 1, 2020; on June 30, 2020 there was no J3399.",
            ),
            (false, "2020 edition"),
            (
                false,
                "FY 2020 code set (October 1, 2019 to September 30, 2020)",
            ),
        ],
    );
    check(
        "2020-07-01",
        [
            (false, "falls under the July 2020 release (July 1 to September 30, 2020), not the guide's October 2024 release"),
            (false, "2020 edition"),
            (false, "FY 2020"),
        ],
    );
    check(
        "2023-06-15",
        [
            (false, "April 2023 release"),
            (true, "the guide's list is the 2023 edition"),
            (false, "FY 2023"),
        ],
    );
    check(
        "2023-12-31",
        [
            (false, "October 2023 release"),
            (true, "2023 edition"),
            (false, "FY 2024"),
        ],
    );
    check(
        "2024-01-01",
        [
            (false, "January 2024 release"),
            (false, "2024 edition"),
            (false, "FY 2024"),
        ],
    );
    // September 30 / October 1: the fiscal year and the quarter turn.
    check(
        "2024-09-30",
        [
            (false, "July 2024 release"),
            (false, "2024 edition"),
            (false, "FY 2024 code set"),
        ],
    );
    check(
        "2024-10-01",
        [
            (true, "HCPCS: the guide's list is the October 2024 release (October 1 to December 31, 2024), which covers October 1, 2024."),
            (false, "2024 edition"),
            (true, "ICD-10-CM: the guide's list is the FY 2025 code set (October 1, 2024 to September 30, 2025), which covers October 1, 2024. CMS may also publish an April 1 update within a fiscal year."),
        ],
    );
    // December 31 / January 1: the quarter and the CPT year turn.
    check(
        "2024-12-31",
        [
            (true, "October 2024 release"),
            (false, "2024 edition"),
            (true, "FY 2025"),
        ],
    );
    check(
        "2025-01-01",
        [
            (false, "January 2025 release"),
            (false, "2025 edition"),
            (true, "FY 2025"),
        ],
    );
    check(
        "2025-09-30",
        [
            (false, "July 2025 release"),
            (false, "2025 edition"),
            (true, "FY 2025"),
        ],
    );
    check(
        "2025-10-01",
        [
            (false, "October 2025 release"),
            (false, "2025 edition"),
            (false, "FY 2026"),
        ],
    );
    // sources/facts.md's example: 2026-01-15 is FY 2026.
    check(
        "2026-01-15",
        [
            (false, "HCPCS: January 15, 2026 falls under the January 2026 release (January 1 to March 31, 2026), not the guide's October 2024 release: confirm the codes there."),
            (false, "CPT: January 15, 2026 falls under the 2026 edition (January 1 to December 31, 2026), not the guide's 2023 edition: confirm the codes there."),
            (false, "ICD-10-CM: January 15, 2026 falls under the FY 2026 code set (October 1, 2025 to September 30, 2026), not the guide's FY 2025 code set: confirm the codes there. CMS may also publish an April 1 update within a fiscal year."),
        ],
    );
}

#[test]
fn no_text_says_a_code_is_valid_or_invalid() {
    for date in ["2019-01-01", "2024-11-27", "2026-01-15", "2031-07-04"] {
        for (_, text) in on(date) {
            let lower = text.to_lowercase();
            assert!(
                !lower.contains("valid") && !lower.contains("invalid"),
                "{text}"
            );
        }
    }
}
