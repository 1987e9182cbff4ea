//! No panic from input: generated inputs through every entry point a
//! person or a host page reaches (the weight field, the claim check, the
//! code search, a host's code data). `make test` runs ZG_FUZZ_CASES inputs
//! per entry point (default 1,000,000 for the string entry points, a tenth
//! of that for whole data overrides); `make fuzz` runs many more.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::fuzzing::{cases, json_value, runner};

use proptest::prelude::*;
use serde_json::{json, Value};
use zolgensma_domain::claim_check::check_claim;
use zolgensma_domain::{lookup, Age, CodeData, SearchIndex, Unit};

/// Text people paste: digits and separators, units, pounds and ounces,
/// thousands commas, digits of other scripts and full-width forms, RTL
/// marks, zero-width characters, emoji, very long runs.
fn typed_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "[0-9]{0,8}",
        "[.,]",
        " ?(kg|KG|lb|lbs|g|gram|st|oz|ounces|e3|x10)",
        "[0-9]{1,2} ?lbs?,? ?[0-9]{1,3}([.,][0-9]{0,3})? ?oz",
        "[0-9]{1,3},[0-9]{3} ?g?",
        "[０-９]{1,4}[．.]?[０-９]{0,3}",
        "[٠-٩०-९]{1,4}",
        Just("\u{200b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("٣٫٥".to_string()),
        Just("３．２".to_string()),
        Just("🙂".to_string()),
        Just("-".to_string()),
        Just("−".to_string()),
        "[0-9]{20,400}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..6).prop_map(|p| p.concat())
}

#[test]
fn weight_lookup_never_panics() {
    let data = common::data();
    let mut runner = runner(cases(1));
    runner
        .run(&(typed_text(), 0usize..3), |(text, unit)| {
            let result = lookup(&data, &text, Unit::ALL[unit]);
            // Every result either names a kit or explains itself.
            match result {
                Ok(r) => prop_assert!(r.kit.total_vials > 0),
                Err(e) => prop_assert!(!e.to_string().is_empty() && !e.hint().is_empty()),
            }
            let _ = Age::parse_months(&text);
            Ok(())
        })
        .unwrap();
}

/// Claim text people paste: 837 segments whole and broken, CMS-1500
/// strings, NDCs in every layout, codes with and without dots, delimiters
/// in odd places, and anything else.
fn pasted_claim() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        "(LIN|CTP|SV1|SV2|HI|DTP|ISA|N4)\\*{0,5}",
        "[*~:\\n ]{1,4}",
        "(N4|N5|XX)?[0-9-]{9,14}",
        " ?(UN|ML|F2|GR|ME|XX)[0-9.]{0,10}",
        "(HC|ZZ)?:?(J3399|J3590|[A-Z][0-9]{4}|[0-9]{5})",
        "(ABK|ABF):[A-Z][0-9][0-9A-Z]\\.?[0-9A-Z]{0,4}",
        "472\\*(D8|RD8)\\*[0-9]{0,8}-?[0-9]{0,8}",
        "(itvisma|brve|intrathecal|onasemnogene abeparvovec-(brve|xioi))",
        "[Ａ-Ｚ０-９]{1,6}",
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
}

#[test]
fn claim_check_never_panics() {
    let data = common::data();
    let weights: Vec<_> = ["3.2", "7.2", "21"]
        .iter()
        .map(|w| lookup(&data, w, Unit::Kg).ok())
        .collect();
    let mut runner = runner(cases(2));
    runner
        .run(&(pasted_claim(), 0usize..4), |(text, w)| {
            let weight = weights.get(w).and_then(Option::as_ref);
            let findings = check_claim(&data, &text, weight);
            // Every finding says something; most serious first.
            prop_assert!(findings.iter().all(|f| !f.message.is_empty()));
            prop_assert!(findings.windows(2).all(|p| p[0].severity <= p[1].severity));
            Ok(())
        })
        .unwrap();
}

#[test]
fn code_search_never_panics() {
    let data = common::data();
    let index = SearchIndex::of(&data);
    let mut runner = runner(cases(1));
    runner
        .run(&typed_text(), |query| {
            let hits = index.search(&query);
            prop_assert!(hits.len() <= data.codes.len());
            Ok(())
        })
        .unwrap();
}

/// The built-in codes with random edits: fields replaced by arbitrary JSON,
/// strings by pasted text, items duplicated or dropped.
fn code_data_edits() -> impl Strategy<Value = Vec<(usize, usize, Value)>> {
    let value = prop_oneof![json_value(), typed_text().prop_map(Value::String)];
    prop::collection::vec((0usize..40, 0usize..8, value), 1..4)
}

#[test]
fn data_override_decoding_never_panics() {
    let builtin = common::raw_json();
    let data = common::data();
    let fields = [
        "set",
        "code",
        "description",
        "range",
        "includes",
        "id",
        "source",
        "as_of",
    ];
    let mut runner = runner(cases(10));
    runner
        .run(&code_data_edits(), |edits| {
            let mut codes = json!({ "code_sets": builtin["code_sets"], "codes": builtin["codes"], "references": builtin["references"] });
            for (target, field, value) in edits {
                let list = ["codes", "code_sets", "references"][target % 3];
                let items = codes[list].as_array_mut().unwrap();
                let i = target % items.len().max(1);
                match field {
                    7 if !items.is_empty() => {
                        let copy = items[i].clone();
                        items.push(copy);
                    }
                    6 if !items.is_empty() => {
                        items.remove(i);
                    }
                    f => {
                        if let Some(item) = items.get_mut(i).and_then(Value::as_object_mut) {
                            item.insert(fields[f].to_string(), value);
                        }
                    }
                }
            }
            if let Ok(code_data) = serde_json::from_value::<CodeData>(codes) {
                let _ = data.with_codes(code_data);
            }
            Ok(())
        })
        .unwrap();
}
