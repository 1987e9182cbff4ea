//! The built-in data reaches the binary as Rust code written by build.rs
//! (with `zolgensma_literal`): that code builds exactly what validating the
//! data file gives, and the domain's exact values are written as const
//! constructor calls.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use zolgensma_literal as literal;
use zolgensma_reference::builtin;
use zolgensma_reference::domain::{Data, RawData};

/// The data file's text.
const JSON: &str = include_str!("../data/zolgensma.json");

#[test]
fn compiled_in_data_is_the_data_file_validated() {
    // What the widget starts from is what `Data::from_raw` makes of the file
    // at run time: validating at build time changed nothing.
    let parsed: RawData = serde_json::from_str(JSON).unwrap();
    let validated = Data::from_raw(parsed).unwrap();
    assert_eq!(builtin::data(), validated);
}

#[test]
fn compiled_in_data_changes_with_the_file() {
    // The comparisons above can fail: one changed word (that still passes
    // every rule) makes them unequal.
    let text = JSON.replacen("Therapies, Inc.", "Therapies Inc.", 1);
    assert_ne!(text, JSON, "the publisher is in the file");
    let parsed: RawData = serde_json::from_str(&text).unwrap();
    let validated = Data::from_raw(parsed).unwrap();
    assert_ne!(builtin::data(), validated);
}

#[test]
fn exact_values_are_written_as_const_constructor_calls() {
    use zolgensma_reference::domain::{Date, Decimal, Ndc10};
    // Evaluated at compile time: a value its constructor refuses fails the
    // build, not the widget.
    assert_eq!(
        literal::to_rust(&Date::ymd(2024, 11, 27)).unwrap(),
        "const { Date::ymd(2024, 11, 27, ) }"
    );
    assert_eq!(
        literal::to_rust(&Decimal::parse("16.5").unwrap()).unwrap(),
        "const { Decimal::from_milli(16500, 1, ) }"
    );
    assert_eq!(
        literal::to_rust(&Ndc10::parse("71894-120-02").unwrap()).unwrap(),
        "const { Ndc10::from_digits([7, 1, 8, 9, 4, 1, 2, 0, 0, 2, ], NdcLayout::L532, ) }"
    );
}
