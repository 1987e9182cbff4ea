//! The writer spells each kind of value as Rust does, and refuses what it
//! cannot write faithfully.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use serde::Serialize;
use zolgensma_literal as literal;

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
