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
mod boxed_warning;
mod claim_block;
mod claim_check;
mod clipboard;
mod code_group;
mod code_panel;
mod code_state;
mod copy;
mod date_of_service;
mod events;
mod footer;
mod header;
mod instance;
pub mod islands;
mod jump;
mod kit_panel;
mod kit_state;
mod kit_table;
mod mount;
mod needs_script;
mod not_covered;
mod ordering;
pub mod page;
mod references;
mod result_card;
mod rich;
mod safety;
mod safety_lead;
mod setup;
mod timer;
mod weight_form;
mod widget;

pub use clipboard::{Clipboard, CopyFuture};
pub use code_state::CodeState;
pub use copy::{ANNOUNCE_MS, CONFIRM_MS};
pub use events::{CodeCopied, Copied, CopyKind, EventSink, KitDetail, VialCount, WidgetEvent};
pub use instance::{Instance, Services, Surface};
pub use kit_state::{KitState, SETTLE_MS};
pub use mount::{keep, mount, Widget};
pub use setup::{Input, Panels};
pub use widget::WidgetView;
