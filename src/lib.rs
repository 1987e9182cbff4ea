//! ZOLGENSMA coding and kit-ordering reference.
//!
//! [`domain`] holds the guide's data and every rule (plain Rust, no web APIs);
//! [`ui`] renders its results into the DOM; [`embed`] is the API host pages
//! call. See ARCHITECTURE.md.

pub mod crash;
pub mod domain;
// The embed API: compiled into the embed build only (the `embed` feature,
// on by default for cargo; the static page's Trunk build turns it off).
#[cfg(feature = "embed")]
pub mod embed;
pub mod ui;
