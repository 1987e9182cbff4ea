//! Code search: ranking, folding, and the guide's own vocabulary.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use proptest::prelude::*;
use zolgensma_reference::domain::{Data, Rank, SearchIndex};

fn index(d: &Data) -> SearchIndex {
    SearchIndex::new(d.codes.iter().map(|c| {
        let set = d.code_set(c.system).map_or("", |s| s.name.as_str());
        (c, set)
    }))
}

/// Searches `query` and expects these codes, in this order.
fn check(query: &str, expected: &[&str]) {
    let d = common::data();
    let got: Vec<&str> = index(&d)
        .search(query)
        .iter()
        .map(|h| d.codes[h.index].code.as_str())
        .collect();
    assert_eq!(got, expected, "query {query:?}");
}

fn rank_of(query: &str, code: &str) -> Option<Rank> {
    let d = common::data();
    index(&d)
        .search(query)
        .into_iter()
        .find(|h| d.codes[h.index].code == code)
        .map(|h| h.rank)
}

const ALL: [&str; 12] = [
    "J3399", "96365", "99221", "99222", "99223", "99234", "99235", "99236", "G12.0", "G12.1",
    "G12.8", "G12.9",
];

#[test]
fn empty_query_lists_everything_in_guide_order() {
    check("", &ALL);
    check("   ", &ALL);
    check(" - . ", &ALL);
}

#[test]
fn codes_match_exactly_or_by_prefix_first() {
    check("g12.1", &["G12.1"]);
    check("G121", &["G12.1"]);
    check("G12", &["G12.0", "G12.1", "G12.8", "G12.9"]);
    check("9636", &["96365"]);
    check(
        "992",
        &["99221", "99222", "99223", "99234", "99235", "99236"],
    );
    check("99234", &["99234"]);
    check("j3399", &["J3399"]);
    assert_eq!(rank_of("g12.1", "G12.1"), Some(Rank::ExactCode));
    assert_eq!(rank_of("992", "99221"), Some(Rank::CodePrefix));
}

#[test]
fn words_match_anywhere_in_descriptions_and_inclusion_terms() {
    check("werdnig", &["G12.0"]);
    check("Hoffman", &["G12.0"]);
    check("kugelberg", &["G12.1"]);
    check("bulbar", &["G12.1"]);
    check("fazio londe", &["G12.1"]);
    check("infusion", &["96365"]);
    check(
        "observation",
        &["99221", "99222", "99223", "99234", "99235", "99236"],
    );
    check("discharge", &["99234", "99235", "99236"]);
    check("vector genomes", &["J3399"]);
    check("hcpcs", &["J3399"]);
    check("99221-99223", &["99221", "99222", "99223"]);
    assert_eq!(rank_of("werdnig", "G12.0"), Some(Rank::WordPrefix));
}

#[test]
fn case_and_diacritics_do_not_matter() {
    check("WERDNIG-HOFFMAN", &["G12.0"]);
    check("Hóffmán", &["G12.0"]);
    check("kügelberg", &["G12.1"]);
    check("INFUSIÓN", &["96365"]);
}

#[test]
fn better_matches_rank_first() {
    // "12" is inside the G12 codes and in no word: it still matches them.
    assert_eq!(rank_of("12", "G12.0"), Some(Rank::Anywhere));
    check("type 1", &["G12.0"]);
    check("sma", &["G12.0", "G12.1", "G12.8", "G12.9"]);
    check("offman", &["G12.0"]);
    assert_eq!(rank_of("offman", "G12.0"), Some(Rank::Anywhere));
}

#[test]
fn no_match_is_empty() {
    check("zzz", &[]);
    check("werdnig zzz", &[]);
    check("🙂", &[]);
}

proptest! {
    #[test]
    fn never_panics(q in any::<String>()) {
        let d = common::data();
        let hits = index(&d).search(&q);
        prop_assert!(hits.len() <= d.codes.len());
    }
}
