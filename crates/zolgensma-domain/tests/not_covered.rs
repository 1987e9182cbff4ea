//! What this reference does not cover (ITVISMA), said where a person meets
//! it: the code search, the age check, the claim check; its figures from
//! sources/facts.md.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use zolgensma_domain::search::not_covered_for;
use zolgensma_domain::{Age, Date};

#[test]
fn the_code_search_answers_itvisma_brve_the_generic_name_and_intrathecal() {
    let d = common::data();
    for query in [
        "itvisma",
        "ITVISMA",
        "itvi",
        "brve",
        "onasemnogene abeparvovec-brve",
        "Onasemnogene Abeparvovec brve",
        "intrathecal",
        "intrathecal injection",
    ] {
        assert_eq!(not_covered_for(&d, query), [0], "{query}");
    }
    for query in [
        "",
        "it",
        "itv",
        "onasemnogene",
        "onasemnogene abeparvovec-xioi",
        "zolgensma",
        "intravenous",
        "G12.1",
    ] {
        assert!(not_covered_for(&d, query).is_empty(), "{query}");
    }
}

#[test]
fn its_facts_come_from_the_data_and_name_no_code() {
    let d = common::data();
    let itvisma = &d.not_covered[0];
    assert_eq!(itvisma.name, "ITVISMA");
    assert_eq!(itvisma.approved, Date::ymd(2025, 11, 24));
    assert_eq!(
        itvisma.summary(),
        "ITVISMA (onasemnogene abeparvovec-brve) is a different product: intrathecal, fixed dose, for patients 2 years of age and older (FDA approval November 24, 2025)."
    );
    assert!(itvisma.text.starts_with("ITVISMA (onasemnogene abeparvovec-brve), from the same manufacturer, was approved by the FDA on November 24, 2025 for adult and pediatric patients 2 years of age and older"));
    // No HCPCS code or NDC is named for it.
    for text in [&itvisma.text, &itvisma.contrast, &itvisma.scope] {
        assert!(!text.contains("J3") && !text.contains("71894"), "{text}");
    }
}

#[test]
fn the_age_check_names_it_for_patients_two_years_and_older() {
    let d = common::data();
    let today = Date::ymd(2026, 12, 3);
    let warning = |months: &str| {
        Age::parse_months(months)
            .unwrap()
            .unwrap()
            .check(d.dosing.max_age_months, today)
            .unwrap()
            .warning(&d.not_covered)
    };
    assert_eq!(warning("23.9"), None);
    let w = warning("24").unwrap();
    assert_eq!(
        w,
        "24 months is older than the indication allows: patients less than 2 years of age. \
         ITVISMA (onasemnogene abeparvovec-brve) is a different product: intrathecal, fixed dose, \
         for patients 2 years of age and older (FDA approval November 24, 2025). \
         This reference does not give the dosing or codes of ITVISMA."
    );
}
