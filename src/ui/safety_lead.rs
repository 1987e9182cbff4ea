//! The guide's opening line, near the top: where the safety information
//! and the boxed warning are.

use leptos::either::Either;
use leptos::prelude::*;

use super::instance::Instance;

/// "Please see Indication and Important Safety Information and the Full
/// Prescribing Information, including Boxed WARNING for …": the guide's
/// first line, its links going to this widget's own sections (the boxed
/// warning follows right after the kit panel).
#[component]
pub fn SafetyLead(
    /// Whose sections the links go to.
    instance: Instance,
    /// Whether this instance shows the safety section.
    info: bool,
) -> impl IntoView {
    let data = instance.data();
    let pi = data.product.prescribing_information_url.clone();
    let isi = "Indication and Important Safety Information";
    let safety = if info {
        Either::Left(view! { <a href=format!("#{}", instance.section("safety"))>{isi}</a> })
    } else {
        Either::Right(view! { <a href=pi.clone()>{isi}</a> })
    };
    let boxed = format!("Boxed WARNING for {}", data.information.boxed_warning.title);
    view! {
        <p class="zg-lead">
            "Please see "
            {safety}
            " and the "
            <a href=pi>"Full Prescribing Information"</a>
            ", including "
            <a href=format!("#{}", instance.id("boxed-warning"))>{boxed}</a>
            "."
        </p>
    }
}
