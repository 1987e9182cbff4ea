//! Helpers shared by the domain's test files.
#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

pub mod fuzzing;

use zolgensma_domain::{Data, DataErrors, RawData};

/// A file of the repository, by its path from the repository's root.
pub fn repository_file(path: &str) -> String {
    let full = format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// The widget's data file as a JSON value, for tests that break one rule.
pub fn raw_json() -> serde_json::Value {
    serde_json::from_str(&repository_file("data/zolgensma.json"))
        .expect("data/zolgensma.json is JSON")
}

/// Validates a JSON value the way the widget validates its data.
pub fn validate(value: serde_json::Value) -> Result<Data, DataErrors> {
    let raw: RawData = serde_json::from_value(value).expect("data file shape");
    Data::from_raw(raw)
}

/// The widget's data file, validated (the widget compiles in exactly this:
/// the widget's `tests/literal.rs` proves it).
pub fn data() -> Data {
    validate(raw_json()).unwrap_or_else(|e| panic!("data/zolgensma.json:\n{e}"))
}

/// A source document the data is checked against (`sources/`): the guide's
/// text, or the facts beyond it.
pub fn source(name: &str) -> String {
    repository_file(&format!("sources/{name}"))
}
