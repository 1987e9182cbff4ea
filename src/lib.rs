//! ZOLGENSMA coding and kit-ordering reference: the widget.
//!
//! [`domain`] (the `zolgensma-domain` crate) holds the guide's data types
//! and every rule (plain Rust, no web APIs); [`builtin`] is the guide's
//! data, validated at build time; [`ui`] renders the domain's results with
//! Leptos; [`embed`] is the API host pages call; [`crash`] is what shows if
//! the widget stops. See ARCHITECTURE.md.

// A whole widget's view type nests deeper than rustc's default limit of
// 128 queries when the build-time renderer lays it out.
#![recursion_limit = "256"]

// The build modes exclude each other: `ssr` renders natively at build time
// (the prerender binary, tests/ssr.rs); `hydrate`, `csr` and `embed` run in
// the browser. Leptos would compile a mix, and render nothing right.
#[cfg(all(
    feature = "ssr",
    any(feature = "hydrate", feature = "csr", feature = "embed")
))]
compile_error!(
    "the `ssr` feature (build-time rendering) cannot be combined with `hydrate`, `csr` or \
     `embed` (browser builds): build with `--no-default-features --features ssr`"
);
#[cfg(all(feature = "ssr", target_arch = "wasm32"))]
compile_error!("the `ssr` feature renders natively at build time; it is not a wasm32 build");

pub use zolgensma_domain as domain;

pub mod builtin;
pub mod crash;
// The embed API: compiled into the embed build only (the `embed` feature,
// on by default for cargo; the static page's Trunk build turns it off).
#[cfg(feature = "embed")]
pub mod embed;
pub mod ui;
