//! The kit resolver panel: weight field, age field, the result card and
//! the kit table.

use leptos::prelude::*;

use super::age_field::AgeField;
use super::copy::{Announcer, LiveRegion};
use super::host::{Host, NeedsScript};
use super::kit_state::KitState;
use super::kit_table::KitTable;
use super::result_card::ResultCard;
use super::rich::Rich;
use super::weight_form::WeightField;
use super::Ids;
use crate::domain::card::announcement;

/// Patient weight in, the one kit of the guide's table out.
#[component]
pub fn KitPanel(
    /// The panel's state.
    state: KitState,
    /// The instance's services.
    host: Host,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let data = state.data();
    let announcer = Announcer::new();
    let table = NodeRef::<leptos::html::Div>::new();
    let heading = ids.id("kit-title");
    let status = move || state.shown.with(|(outcome, _)| announcement(outcome));
    let labelled = heading.clone();
    view! {
        <section id=ids.section("kit") class="zg-section zg-section--kit" aria-labelledby=labelled>
            <h2 id=heading>"Kit by patient weight"</h2>
            <NeedsScript host what="The kit finder" instead="use the kit table below"/>
            <p class="zg-intro"><Rich text=data.dosing.kit_text.clone()/></p>
            <div class="zg-kit-layout">
                <div class="zg-kit-main">
                    // Results show as people type; submitting (Enter) does nothing.
                    <form class="zg-form" on:submit=|ev| ev.prevent_default()>
                        <WeightField state host ids=ids.clone()/>
                        <AgeField state ids=ids.clone()/>
                    </form>
                    <p class="zg-vh" role="status" aria-live="polite">{status}</p>
                    <ResultCard state host ids=ids.clone() announcer table/>
                </div>
                <KitTable state ids=ids.clone() scroller=table/>
            </div>
            <p class="zg-intro"><Rich text=data.dosing.text.clone()/></p>
            <LiveRegion announcer/>
        </section>
    }
}
