//! No panic from what a host page passes: generated option objects through
//! the embed API's reader. (The domain's entry points, the weight field,
//! the code search and a host's code data, are fuzzed in the domain crate:
//! `crates/zolgensma-domain/tests/fuzz.rs`.) `make test` runs ZG_FUZZ_CASES
//! / 4 option objects (default 250,000); `make fuzz` runs many more.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};
use zolgensma_reference::embed::options::RawOptions;

fn cases(divisor: u32) -> u32 {
    let base = std::env::var("ZG_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    (base / divisor).max(1)
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Any JSON value, nested a few levels.
fn json_value() -> impl Strategy<Value = Value> {
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

#[test]
fn options_decoding_never_panics() {
    let mut runner = runner(cases(4));
    runner
        .run(&json_value(), |value| {
            if let Ok(raw) = serde_path_to_error::deserialize::<_, RawOptions>(value) {
                let _ = raw.check();
            }
            Ok(())
        })
        .unwrap();
}
