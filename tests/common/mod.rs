//! Helpers shared by the native test files.
#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use zolgensma_reference::domain::builtin;
use zolgensma_reference::domain::{Data, DataErrors, RawData};

/// The built-in data file as a JSON value, for tests that break one rule.
pub fn raw_json() -> serde_json::Value {
    serde_json::from_str(builtin::JSON).expect("data/zolgensma.json is JSON")
}

/// Validates a JSON value the way the widget validates its data.
pub fn validate(value: serde_json::Value) -> Result<Data, DataErrors> {
    let raw: RawData = serde_json::from_value(value).expect("data file shape");
    Data::from_raw(raw)
}

/// The built-in data as the widget has it: the validated data that build.rs
/// compiled in (`literal.rs` proves it equal to validating the data file).
pub fn data() -> Data {
    builtin::data()
}

/// A file from `../shared/`, which CI places beside the clone.
pub fn shared(name: &str) -> String {
    let path = format!("{}/../shared/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
