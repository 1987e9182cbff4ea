//! The parts of a widget that answer input, each one function that both
//! the widget's view (rendered at build time, or mounted in a portal) and
//! the page's hydration call: the panel rendered and the panel hydrated
//! cannot drift apart.

use leptos::prelude::*;

use super::code_panel::CodePanel;
use super::code_state::CodeState;
use super::kit_panel::KitPanel;
use super::kit_state::KitState;
use super::kit_table::KitTable;
use crate::builtin::BUILD_ID;

/// An interactive part, rendered inside its own island element
/// (`data-zg-island`), from which the page's wasm hydrates it alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The kit resolver: [`kit`].
    Kit,
    /// The kit table beside it: [`kit_table`], driven by the kit panel's
    /// state and hydrated after it (the table is large and only marks the
    /// kit shown).
    KitTable,
    /// The code reference: [`codes`].
    Codes,
}

impl Island {
    /// The island element's `data-zg-island` value.
    pub const fn name(self) -> &'static str {
        match self {
            Island::Kit => "kit",
            Island::KitTable => "kit-table",
            Island::Codes => "codes",
        }
    }

    /// The island named `name`, if any.
    pub fn named(name: &str) -> Option<Island> {
        [Island::Kit, Island::KitTable, Island::Codes]
            .into_iter()
            .find(|i| i.name() == name)
    }
}

/// The kit panel's island content.
pub fn kit(state: KitState) -> impl IntoView {
    view! { <KitPanel state/> }
}

/// The kit table's island content.
pub fn kit_table(state: KitState) -> impl IntoView {
    view! { <KitTable state/> }
}

/// The code panel's island content; it carries the references its code
/// sets cite when the instance has no references section (`cites`).
pub fn codes(state: CodeState, cites: bool) -> impl IntoView {
    view! { <CodePanel state cites/> }
}

/// `content` inside the element its hydration starts from, marked with
/// the build it comes from (the wasm hydrates only its own build's HTML).
pub fn element(island: Island, content: impl IntoView) -> impl IntoView {
    view! {
        <div class="zg-island" data-zg-island=island.name() data-zg-build=BUILD_ID>
            {content}
        </div>
    }
}
