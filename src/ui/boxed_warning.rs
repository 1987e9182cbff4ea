//! The boxed warning, in full.

use leptos::prelude::*;

use super::Ids;
use crate::domain::Data;

/// The guide's boxed warning for serious liver injury and acute liver
/// failure, never behind a control.
#[component]
pub fn BoxedWarning(
    /// The data the widget shows.
    data: std::sync::Arc<Data>,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let w = &data.information.boxed_warning;
    let heading = ids.id("boxed-warning");
    let labelled = heading.clone();
    view! {
        <section class="zg-boxed" aria-labelledby=labelled>
            <h2 class="zg-boxed-title" id=heading tabindex="-1">{format!("Boxed warning: {}", w.title)}</h2>
            <p>{w.text.clone()}</p>
            <p class="zg-boxed-link">
                "See the "
                <a href=data.product.prescribing_information_url.clone()>"Full Prescribing Information"</a>
                " and the Important Safety Information below."
            </p>
        </section>
    }
}
