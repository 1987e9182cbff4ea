//! The guide's numbered references.

use leptos::prelude::*;

use super::jump::Jump;
use super::Ids;
use crate::domain::Data;

/// The references, with their access dates and addresses: all of them, or
/// only those numbered in `only` (what a codes-only instance cites).
#[component]
pub fn References(
    /// The data the widget shows.
    data: std::sync::Arc<Data>,
    /// The instance's ids.
    ids: Ids,
    /// Only these reference numbers (all when empty).
    #[prop(optional)]
    only: Vec<u32>,
) -> impl IntoView {
    let heading = ids.id("references-title");
    let labelled = heading.clone();
    let items = data
        .references
        .iter()
        .filter(|r| only.is_empty() || only.contains(&r.id))
        .map(|r| {
            let accessed = r.accessed.map(|date| format!(" Accessed {date}."));
            let link = r.url.clone().map(|url| {
                let href = url.clone();
                view! { " " <a href=href>{url}</a> }
            });
            view! {
                <li id=ids.id(&format!("ref-{}", r.id)) value=r.id.to_string() tabindex="-1">
                    {r.text.clone()}
                    {accessed}
                    {link}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id=ids.section("references") class="zg-section" aria-labelledby=labelled>
            <h2 id=heading>"References"</h2>
            <ol class="zg-references">{items}</ol>
        </section>
    }
}

/// A link to reference `id` of this instance (`[3]`), inside the widget.
#[component]
pub fn RefLink(
    /// The reference number.
    id: u32,
    /// The instance's ids.
    ids: Ids,
    /// The static page rather than an embedded instance.
    page: bool,
) -> impl IntoView {
    view! {
        <Jump target=ids.id(&format!("ref-{id}")) page class="zg-ref">
            {format!("[{id}]")}
        </Jump>
    }
}
