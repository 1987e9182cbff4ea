//! Compiles the built-in data file into the binary as Rust code.
//!
//! `data/zolgensma.json` is read into the data file's own types
//! (`src/domain/raw.rs`, compiled here as well) and written to
//! `$OUT_DIR/builtin_data.rs` as the expression that builds the same value;
//! `domain::data::builtin_raw` includes it. The wasm then carries neither
//! the JSON text nor a deserializer for it (measured: 28 KB brotli less than
//! `JSON.parse` + serde-wasm-bindgen). A file of the wrong shape fails the
//! build here, naming the field; its rules are checked by `Data::from_raw`
//! at start-up and by `cargo test`.

use std::path::PathBuf;
use std::{env, fs, process};

#[path = "build/literal.rs"]
mod literal;

// Only the file's shapes are needed here, not what the crate does with them.
#[allow(dead_code)]
#[path = "src/domain/raw.rs"]
mod raw;

const DATA_FILE: &str = "data/zolgensma.json";

fn main() {
    if let Err(message) = run() {
        eprintln!("error: {message}");
        process::exit(1);
    }
}

fn run() -> Result<(), String> {
    for input in [DATA_FILE, "src/domain/raw.rs", "build/literal.rs"] {
        announce(&format!("cargo::rerun-if-changed={input}"));
    }
    let text = fs::read_to_string(DATA_FILE).map_err(|e| format!("{DATA_FILE}: {e}"))?;
    let mut reader = serde_json::Deserializer::from_str(&text);
    let raw: raw::RawData = serde_path_to_error::deserialize(&mut reader)
        .map_err(|e| format!("{DATA_FILE}: at {}: {}", e.path(), e.inner()))?;
    let code = literal::to_rust(&raw).map_err(|e| format!("{DATA_FILE}: {e}"))?;
    let out = PathBuf::from(env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?)
        .join("builtin_data.rs");
    fs::write(&out, code).map_err(|e| format!("{}: {e}", out.display()))
}

/// A line for Cargo, which reads build-script instructions on stdout.
#[allow(clippy::print_stdout)]
fn announce(line: &str) {
    println!("{line}");
}
