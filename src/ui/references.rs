//! The guide's numbered references.

use leptos::prelude::*;

use super::Ids;
use crate::domain::Data;

/// The references the code sets cite, with their access dates and
/// addresses.
#[component]
pub fn References(
    /// The data the widget shows.
    data: std::sync::Arc<Data>,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let heading = ids.id("references-title");
    let items = data
        .references
        .iter()
        .map(|r| {
            let accessed = r.accessed.map(|date| format!(" Accessed {date}."));
            let link = r.url.clone().map(|url| {
                let href = url.clone();
                view! { " " <a href=href>{url}</a> }
            });
            view! {
                <li id=ids.id(&format!("ref-{}", r.id))>
                    {r.text.clone()}
                    {accessed}
                    {link}
                </li>
            }
        })
        .collect_view();
    let labelled = heading.clone();
    view! {
        <section id=ids.section("references") class="zg-section" aria-labelledby=labelled>
            <h2 id=heading>"References"</h2>
            <ol class="zg-references">{items}</ol>
        </section>
    }
}
