//! The built-in data reaches the binary as Rust code written by build.rs
//! (build/literal.rs): that code builds exactly what validating the data
//! file gives, and the writer spells each kind of value as Rust does.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

#[path = "../build/literal.rs"]
mod literal;

use std::collections::BTreeMap;

use serde::Serialize;
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

#[derive(Serialize)]
struct Row {
    name: String,
    pair: [u32; 2],
    list: Vec<String>,
    note: Option<String>,
    inner: Option<Inner>,
    flag: bool,
    big: u128,
}

#[derive(Serialize)]
struct Inner {
    level: i8,
}

#[derive(Serialize)]
enum Kind {
    Plain,
    Wrapped(u16),
}

#[test]
fn structs_arrays_sequences_and_options() {
    let row = Row {
        name: "ZOLGENSMA®".into(),
        pair: [2, 13],
        list: vec!["a".into(), "b".into()],
        note: None,
        inner: Some(Inner { level: -3 }),
        flag: true,
        big: u128::MAX,
    };
    assert_eq!(
        literal::to_rust(&row).unwrap(),
        "Row { name: String::from(\"ZOLGENSMA®\"), pair: [2, 13, ], \
         list: vec![String::from(\"a\"), String::from(\"b\"), ], note: None, \
         inner: Some(Inner { level: -3, }, ), flag: true, \
         big: 340282366920938463463374607431768211455, }"
    );
}

#[test]
fn strings_are_escaped_as_rust_literals() {
    let text = "say \"N4\"\\path\nnext\ttab \u{7} – end";
    assert_eq!(
        literal::to_rust(text).unwrap(),
        "String::from(\"say \\\"N4\\\"\\\\path\\nnext\\ttab \\u{7} – end\")"
    );
}

#[test]
fn enums_are_written_with_their_type() {
    assert_eq!(literal::to_rust(&Kind::Plain).unwrap(), "Kind::Plain");
    assert_eq!(
        literal::to_rust(&Kind::Wrapped(7)).unwrap(),
        "Kind::Wrapped(7, )"
    );
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

#[test]
fn floats_maps_and_bytes_are_refused() {
    let float = literal::to_rust(&1.5f64).unwrap_err().to_string();
    assert!(float.contains("a float"), "{float}");
    let map = BTreeMap::from([("k", 1)]);
    let map = literal::to_rust(&map).unwrap_err().to_string();
    assert!(map.contains("a map"), "{map}");
    let bytes = literal::to_rust(&serde_bytes_like())
        .unwrap_err()
        .to_string();
    assert!(bytes.contains("a byte string"), "{bytes}");
}

/// A value that serializes as bytes, without another dependency.
fn serde_bytes_like() -> impl Serialize {
    struct Bytes;
    impl Serialize for Bytes {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(b"\x00")
        }
    }
    Bytes
}
