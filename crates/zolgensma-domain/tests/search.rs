//! Code search: ranking, folding, and the guide's own vocabulary.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use proptest::prelude::*;
use zolgensma_domain::search::{code_marks, entries, kit_for_ndc, marks};
use zolgensma_domain::{Data, Rank, SearchIndex};

fn index(d: &Data) -> SearchIndex {
    SearchIndex::of(d)
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
fn search_aliases_find_what_people_type_and_say_so() {
    let d = common::data();
    let hits = |q: &str| {
        index(&d)
            .search(q)
            .into_iter()
            .map(|h| (d.codes[h.index].code.clone(), h.alias))
            .collect::<Vec<_>>()
    };
    assert_eq!(hits("zolgensma"), [("J3399".to_string(), true)]);
    assert_eq!(hits("ZOLG"), [("J3399".to_string(), true)]);
    assert_eq!(hits("hoffmann"), [("G12.0".to_string(), true)]);
    // The guide's own spelling needs no alias.
    assert_eq!(hits("hoffman"), [("G12.0".to_string(), false)]);
    assert_eq!(hits("werdnig"), [("G12.0".to_string(), false)]);
    // Aliases match from their start only.
    check("sma", &["G12.0", "G12.1", "G12.8", "G12.9"]);
}

#[test]
fn an_ndc_in_any_form_names_its_kit() {
    let d = common::data();
    let kit = |q: &str| kit_for_ndc(&d.kits, q).map(|i| d.kits[i].ndc.to_string());
    for form in [
        "71894-129-05",
        "71894012905",
        "71894-0129-05",
        " 7189412905 ",
    ] {
        assert_eq!(kit(form).as_deref(), Some("71894-129-05"), "{form}");
    }
    assert_eq!(kit("71894-120-02").as_deref(), Some("71894-120-02"));
    assert_eq!(kit("71894-156-14").as_deref(), Some("71894-156-14"));
    // Hyphens where no form puts them, a wrong digit, a partial NDC.
    for not in ["7189-4129-05", "71894-129-06", "71894-129", "G12.0", ""] {
        assert_eq!(kit(not), None, "{not}");
    }
}

#[test]
fn the_words_matched_are_marked() {
    let marked = |text: &str, q: &str| {
        marks(text, q)
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(p, _)| p.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        marked("Infantile SMA, Type 1 [Werdnig-Hoffman]", "werdnig"),
        ["Werdnig"]
    );
    assert_eq!(
        marked("Initial hospital inpatient or observation care", "obs care"),
        ["obs", "care"]
    );
    // One letter marks nothing; diacritics fold.
    assert!(marked("SMA, unspecified", "s").is_empty());
    assert_eq!(marked("Kugelberg-Welander", "wélander"), ["Welander"]);
    let pieces = marks("Werdnig-Hoffman", "hoff");
    assert_eq!(
        pieces,
        [("Werdnig-", false), ("Hoff", true), ("man", false)]
    );
    let code = |c: &str, q: &str| {
        code_marks(c, q)
            .into_iter()
            .filter(|(_, on)| *on)
            .map(|(p, _)| p.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(code("99221", "992"), ["992"]);
    assert_eq!(code("G12.1", "g121"), ["G12.1"]);
    assert_eq!(code("G12.1", "G12"), ["G12"]);
    assert!(code("G12.1", "werdnig").is_empty());
}

#[test]
fn a_printed_range_is_one_entry() {
    let d = common::data();
    let shown = |q: &str| {
        entries(&d.codes, &index(&d).search(q))
            .into_iter()
            .map(|e| {
                e.iter()
                    .map(|h| d.codes[h.index].code.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(shown("992"), ["99221 99222 99223", "99234 99235 99236"]);
    assert_eq!(shown("99222"), ["99222"]);
    assert_eq!(
        shown(""),
        [
            "J3399",
            "96365",
            "99221 99222 99223",
            "99234 99235 99236",
            "G12.0",
            "G12.1",
            "G12.8",
            "G12.9"
        ]
    );
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
