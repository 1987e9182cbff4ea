//! The guide's opening line, near the top: where the safety information
//! and the boxed warning are.

use leptos::either::Either;
use leptos::prelude::*;

use super::jump::Jump;
use super::Ids;
use crate::domain::Data;

/// "Please see Indication and Important Safety Information and the Full
/// Prescribing Information, including Boxed WARNING for …": the guide's
/// first line, its links going to this widget's own sections (the boxed
/// warning follows right after the kit panel).
#[component]
pub fn SafetyLead(
    /// The data the widget shows.
    data: std::sync::Arc<Data>,
    /// The instance's ids.
    ids: Ids,
    /// The static page rather than an embedded instance.
    page: bool,
    /// Whether this instance shows the safety section.
    info: bool,
) -> impl IntoView {
    let pi = data.product.prescribing_information_url.clone();
    let isi = "Indication and Important Safety Information";
    let safety = if info {
        Either::Left(view! { <Jump target=ids.section("safety") page>{isi}</Jump> })
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
            <Jump target=ids.id("boxed-warning") page>{boxed}</Jump>
            "."
        </p>
    }
}
