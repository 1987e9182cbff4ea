//! The boxed warning, in full.

use leptos::prelude::*;

use super::instance::Instance;

/// The guide's boxed warning for serious liver injury and acute liver
/// failure, never behind a control.
#[component]
pub fn BoxedWarning(
    /// Whose warning, and the id its heading takes.
    instance: Instance,
) -> impl IntoView {
    let data = instance.data();
    let w = &data.information.boxed_warning;
    let heading = instance.id("boxed-warning");
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
