//! What both crates' fuzz tests share: how many cases a run makes, the
//! runner, and arbitrary JSON. The widget's `tests/fuzz.rs` includes this
//! file by path (a test file cannot depend on another crate's tests).
#![allow(dead_code, clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

/// ZG_FUZZ_CASES (default 1,000,000) divided by `divisor`, at least 1.
pub fn cases(divisor: u32) -> u32 {
    let base = std::env::var("ZG_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    (base / divisor).max(1)
}

/// A runner of `cases` cases that writes no regression files.
pub fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Arbitrary JSON, a few levels deep, with the keys and strings of the
/// embed's options and code data among the random ones.
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|f| json!(f)),
        any::<i64>().prop_map(|i| json!(i)),
        "(kit|codes|info|kg|lb|g|accent|font|[a-zA-Z#0-9(); ]{0,12})".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                "(panels|unit|weight|boxedWarning|theme|accent|background|font|__proto__|constructor|[a-z]{1,6})",
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
