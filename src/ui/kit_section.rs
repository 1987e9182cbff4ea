//! The kit section: the kit panel's two islands and the guide's dosing
//! text around them, rendered at build time.

use leptos::prelude::*;

use super::islands::{self, Island};
use super::kit_state::KitState;
use super::rich::Rich;

/// The kit section around the panel's two islands (`kit`, the panel; and
/// the kit table), and the guide's dosing text: rendered at build time.
#[component]
pub fn KitSection(
    /// The panel's state: its islands' content.
    state: KitState,
) -> impl IntoView {
    let instance = state.instance();
    let data = state.data();
    let heading = instance.id("kit-title");
    let labelled = heading.clone();
    view! {
        <section id=instance.section("kit") class="zg-section zg-section--kit" aria-labelledby=labelled>
            <h2 id=heading>"Kit by patient weight"</h2>
            <div class="zg-kit-layout">
                {islands::element(Island::Kit, islands::kit(state))}
                {islands::element(Island::KitTable, islands::kit_table(state))}
            </div>
            <p class="zg-intro"><Rich text=data.dosing.text.clone()/></p>
        </section>
    }
}
