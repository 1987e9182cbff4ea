//! ZOLGENSMA coding and kit-ordering reference: the widget.
//!
//! [`domain`] (the `zolgensma-domain` crate) holds the guide's data types
//! and every rule (plain Rust, no web APIs); [`builtin`] is the guide's
//! data, validated at build time; [`ui`] renders the domain's results with
//! Leptos; [`embed`] is the API host pages call; [`crash`] is what shows if
//! the widget stops. See ARCHITECTURE.md.

pub use zolgensma_domain as domain;

pub mod builtin;
pub mod crash;
// The embed API: compiled into the embed build only (the `embed` feature,
// on by default for cargo; the static page's Trunk build turns it off).
#[cfg(feature = "embed")]
pub mod embed;
pub mod ui;
