//! The built-in data file, compiled in by `build.rs`.
//!
//! The build script reads `data/zolgensma.json`, checks it with
//! [`Data::from_raw`] (a file that breaks a rule of the guide fails the
//! build, naming the rule) and writes two Rust expressions: the file as
//! written ([`raw`]) and the validated result ([`data`]). The widget starts
//! from [`data`], so it carries neither a parser nor the validation for its
//! own data; `tests/literal.rs` proves both expressions equal what the JSON
//! parses and validates to.

use super::data::{
    AsOf, Billing, Cadence, Code, CodeSet, CodeSystem, Data, Dosing, Kit, Reference, Release,
    SearchAlias,
};
use super::date::Date;
use super::decimal::{Decimal, Sci};
use super::ndc::{Ndc10, NdcLayout};
use super::raw::{
    Channel, Disclaimers, Distribution, Facts, Guide, Information, Product, RawAlias, RawBilling,
    RawCode, RawCodeSet, RawData, RawDosing, RawKit, RawReference, RawRelease, Titled,
};

/// The built-in data file's text, for tests and tools.
pub const JSON: &str = include_str!("../../data/zolgensma.json");

/// The built-in data file as written, before validation: what the embed API
/// starts from when a host page replaces the code sets.
pub fn raw() -> RawData {
    include!(concat!(env!("OUT_DIR"), "/builtin_raw.rs"))
}

/// The built-in data, validated when the widget was built.
pub fn data() -> Data {
    include!(concat!(env!("OUT_DIR"), "/builtin_data.rs"))
}

/// Which build this is: a hash of the data file and every source file. The
/// static page's build-time HTML carries it (`data-zg-build`), and the
/// wasm hydrates only HTML of its own build.
pub const BUILD_ID: &str = include!(concat!(env!("OUT_DIR"), "/builtin_build_id.rs"));

/// The built-in data, built once and shared read-only by every widget
/// instance of the page.
pub fn shared() -> std::sync::Arc<Data> {
    static DATA: std::sync::OnceLock<std::sync::Arc<Data>> = std::sync::OnceLock::new();
    DATA.get_or_init(|| std::sync::Arc::new(data())).clone()
}
