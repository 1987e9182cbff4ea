//! No panic from what a host page passes: generated option objects through
//! the embed API's reader. (The domain's entry points, the weight field,
//! the code search and a host's code data, are fuzzed in the domain crate:
//! `crates/zolgensma-domain/tests/fuzz.rs`.) `make test` runs ZG_FUZZ_CASES
//! / 4 option objects (default 250,000); `make fuzz` runs many more.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

#[path = "../crates/zolgensma-domain/tests/common/fuzzing.rs"]
mod fuzzing;

use fuzzing::{cases, json_value, runner};
use zolgensma_reference::embed::options::RawOptions;

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
