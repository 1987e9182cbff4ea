//! Compiles the built-in data file into the binary as Rust code, validated.
//!
//! `data/zolgensma.json` is read into the data file's own types
//! (`zolgensma_domain::raw`), checked with `Data::from_raw` (the domain
//! crate, a build-dependency: a file that breaks a rule fails the build
//! with the same messages the tests print), and written to `$OUT_DIR` as
//! the Rust expression that builds the validated data (`builtin_data.rs`),
//! which `src/builtin.rs` includes. The widget's wasm then carries no
//! parser and no validation for its own data (measured: 28 KB brotli less
//! than `JSON.parse` + serde-wasm-bindgen, then 8 KB less than validating
//! at start-up).
//!
//! It also writes a build id (`builtin_build_id.rs`): a hash of the data
//! file and every source file, which the build-time HTML carries and the
//! hydrating wasm checks, so a page and a wasm from different builds never
//! meet silently.

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use zolgensma_domain::{Data, RawData};
use zolgensma_literal as literal;

const DATA_FILE: &str = "data/zolgensma.json";

fn main() {
    if let Err(message) = run() {
        eprintln!("error: {message}");
        process::exit(1);
    }
}

fn run() -> Result<(), String> {
    announce(&format!("cargo::rerun-if-changed={DATA_FILE}"));
    announce("cargo::rerun-if-changed=src");
    announce("cargo::rerun-if-changed=crates/zolgensma-domain/src");
    let text = fs::read_to_string(DATA_FILE).map_err(|e| format!("{DATA_FILE}: {e}"))?;
    let mut reader = serde_json::Deserializer::from_str(&text);
    let raw: RawData = serde_path_to_error::deserialize(&mut reader)
        .map_err(|e| format!("{DATA_FILE}: at {}: {}", e.path(), e.inner()))?;
    let data =
        Data::from_raw(raw).map_err(|e| format!("{DATA_FILE} breaks rules of the guide:\n{e}"))?;
    let out = PathBuf::from(env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?);
    write(&out.join("builtin_data.rs"), &data)?;
    let id = build_id(&text)?;
    let path = out.join("builtin_build_id.rs");
    fs::write(&path, format!("{id:?}\n")).map_err(|e| format!("{}: {e}", path.display()))
}

/// FNV-1a (64 bits) over the data file and every file under `src/` and the
/// domain crate's `src/`, in path order, as 16 hex digits.
fn build_id(data: &str) -> Result<String, String> {
    fn files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
            if path.is_dir() {
                files(&path, out)?;
            } else {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut paths = Vec::new();
    files(Path::new("src"), &mut paths)?;
    files(Path::new("crates/zolgensma-domain/src"), &mut paths)?;
    paths.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    feed(data.as_bytes());
    for path in &paths {
        feed(path.to_string_lossy().as_bytes());
        feed(&fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    Ok(format!("{hash:016x}"))
}

fn write<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), String> {
    let code = literal::to_rust(value).map_err(|e| format!("{DATA_FILE}: {e}"))?;
    fs::write(path, code).map_err(|e| format!("{}: {e}", path.display()))
}

/// A line for Cargo, which reads build-script instructions on stdout.
#[allow(clippy::print_stdout)]
fn announce(line: &str) {
    println!("{line}");
}
