//! ZOLGENSMA coding and kit-ordering reference.
//!
//! [`domain`] holds the guide's data and every rule (plain Rust, no Leptos);
//! [`ui`] renders its results with Leptos; [`embed`] is the API host pages
//! call. See ARCHITECTURE.md.

pub mod crash;
pub mod domain;
pub mod embed;
pub mod ui;
