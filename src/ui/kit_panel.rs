//! The kit resolver panel: the weight field, the result card, the age
//! field and the claim check.

use leptos::prelude::*;

use super::age_field::AgeField;
use super::claim_check::ClaimCheck;
use super::copy::{Announcer, LiveRegion};
use super::kit_state::KitState;
use super::result_card::ResultCard;
use super::weight_form::WeightField;
use crate::domain::card::announcement;

/// Patient weight in, the one kit of the guide's table out: the field
/// first, the card (claim lines at its top) right under it, so both fit a
/// phone's first screen; the age and claim checks after. The kit table
/// beside it is an island of its own (`kit_section.rs` places both).
#[component]
pub fn KitPanel(
    /// The panel's state, and through it its instance.
    state: KitState,
) -> impl IntoView {
    let announcer = Announcer::new();
    let status = move || state.reading.with(|(outcome, _)| announcement(outcome));
    view! {
        <div class="zg-kit-main">
            // Results show as people type; submitting (Enter) does nothing.
            <form class="zg-form" aria-label="Kit finder" on:submit=|ev| ev.prevent_default()>
                <WeightField state/>
            </form>
            <p class="zg-vh" role="status" aria-live="polite">{status}</p>
            <ResultCard state announcer/>
            <form class="zg-form zg-form--age" aria-label="Indication check" on:submit=|ev| ev.prevent_default()>
                <AgeField state announcer/>
            </form>
            <form class="zg-form zg-form--claim-check" aria-label="Claim check" on:submit=|ev| ev.prevent_default()>
                <ClaimCheck state announcer/>
            </form>
            <LiveRegion announcer/>
        </div>
    }
}
