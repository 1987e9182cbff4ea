//! Ordering and distribution contacts.

use leptos::prelude::*;

use super::instance::Instance;
use super::rich::Tel;

/// Where kits are bought: Buy and Bill through CuraScript SD, or the
/// limited network of specialty pharmacies.
#[component]
pub fn Ordering(
    /// Whose ordering channels, and whose ids.
    instance: Instance,
) -> impl IntoView {
    let data = instance.data();
    let d = &data.distribution;
    let heading = instance.id("ordering-title");
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
        <section id=instance.section("ordering") class="zg-section" aria-labelledby=labelled>
            <h2 id=heading>"Ordering and distribution"</h2>
            <p>{d.intro.clone()}</p>
            <div class="zg-channels">{channels}</div>
            <p>{data.guide.contact.clone()}</p>
        </section>
    }
}
