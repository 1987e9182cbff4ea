//! Ordering and distribution contacts.

use leptos::prelude::*;

use super::rich::Tel;
use super::Ids;
use crate::domain::Data;

/// Where kits are bought: Buy and Bill through CuraScript SD, or the
/// limited network of specialty pharmacies.
#[component]
pub fn Ordering(
    /// The data the widget shows.
    data: std::sync::Arc<Data>,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let d = &data.distribution;
    let heading = ids.id("ordering-title");
    let channels = [&d.buy_and_bill, &d.specialty_pharmacy]
        .into_iter()
        .map(|c| {
            let phone = c
                .phone
                .clone()
                .map(|phone| view! { <p>"Phone: " <Tel phone/></p> });
            view! {
                <div class="zg-channel">
                    <h3>{c.title.clone()}</h3>
                    <p>{c.text.clone()}</p>
                    {phone}
                </div>
            }
        })
        .collect_view();
    let labelled = heading.clone();
    view! {
        <section id=ids.section("ordering") class="zg-section" aria-labelledby=labelled>
            <h2 id=heading>"Ordering and distribution"</h2>
            <p>{d.intro.clone()}</p>
            <div class="zg-channels">{channels}</div>
            <p>{data.guide.contact.clone()}</p>
        </section>
    }
}
