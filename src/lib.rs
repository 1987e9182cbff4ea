//! ZOLGENSMA coding and kit-ordering reference.
//!
//! [`domain`] holds the guide's data and every rule (plain Rust, no Leptos);
//! [`ui`] renders its results with Leptos. See ARCHITECTURE.md.

pub mod domain;
pub mod ui;
