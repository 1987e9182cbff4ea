//! The view: Leptos components that render the domain's results.
//!
//! One component tree serves three builds: rendered to HTML natively at
//! build time for the static page (`ssr`, `src/bin/prerender.rs`), hydrated
//! over that HTML in the page's wasm (`hydrate`, [`page`]), and mounted
//! client-side into a shadow root by the embed (`csr`, [`mount`]).
//!
//! Components hold no rules of their own: every figure and sentence comes
//! from [`crate::domain`] (most of the result card's from
//! [`crate::domain::card`]). State lives in signals owned by one instance
//! ([`KitState`], [`CodeState`]), so several instances share nothing;
//! what every component needs of its instance (data, ids, services,
//! surface) is one [`Instance`] value, passed down as a prop.

mod age_field;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod boxed_warning;
mod claim_block;
mod claim_check;
#[cfg(feature = "csr")]
mod client;
mod clipboard;
mod code_group;
mod code_panel;
mod code_state;
mod copy;
mod date_of_service;
mod events;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod footer;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod header;
#[cfg(feature = "hydrate")]
pub mod hydrate;
mod instance;
pub mod islands;
#[cfg(any(feature = "csr", feature = "embed"))]
mod jump;
mod kit_panel;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod kit_section;
mod kit_state;
mod kit_table;
mod mount;
mod needs_script;
mod not_covered;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod ordering;
pub mod page;
mod references;
mod result_card;
mod rich;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod safety;
#[cfg(any(feature = "ssr", feature = "csr"))]
mod safety_lead;
mod setup;
mod timer;
mod weight_form;
// The whole widget as one view: rendered at build time (`ssr`) and built
// in the browser for the component tests (`csr`); the browser builds
// hydrate its islands alone.
#[cfg(any(feature = "ssr", feature = "csr"))]
mod widget;
#[cfg(any(feature = "csr", feature = "embed"))]
mod widget_handle;

#[cfg(feature = "csr")]
pub use client::mount;
pub use clipboard::{Clipboard, CopyFuture};
pub use code_state::CodeState;
pub use copy::{ANNOUNCE_MS, CONFIRM_MS};
pub use events::{CodeCopied, Copied, CopyKind, EventSink, KitDetail, VialCount, WidgetEvent};
pub use instance::{Instance, Services, Surface};
pub use kit_state::{KitState, SETTLE_MS};
pub use mount::keep;
pub use setup::{Input, Panels};
#[cfg(any(feature = "ssr", feature = "csr"))]
pub use widget::{part_view, parts, Part, WidgetView, WIDGET_CLASS};
#[cfg(any(feature = "csr", feature = "embed"))]
pub use widget_handle::Widget;
