//! The built-in data, compiled in by `build.rs`.
//!
//! The build script reads `data/zolgensma.json`, checks it with
//! [`Data::from_raw`] (a file that breaks a rule of the guide fails the
//! build, naming the rule) and writes the validated result as the Rust
//! expression that builds it. The widget starts from [`data`], so it
//! carries neither a parser nor the validation for its own data;
//! `tests/literal.rs` proves the expression equal to what the JSON parses
//! and validates to.

use std::sync::{Arc, OnceLock};

use crate::domain::model::{
    AsOf, Billing, Cadence, Channel, Code, CodeSet, CodeSystem, Data, Disclaimers, Distribution,
    Dosing, Facts, Guide, Information, Kit, NotCovered, Product, Reference, Release, SearchAlias,
    Titled,
};
use crate::domain::ndc::NdcLayout;
use crate::domain::{Date, Decimal, Ndc10, Sci};

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
pub fn shared() -> Arc<Data> {
    static DATA: OnceLock<Arc<Data>> = OnceLock::new();
    DATA.get_or_init(|| Arc::new(data())).clone()
}
