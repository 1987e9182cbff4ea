//! The guide's numbered references.

use leptos::prelude::*;

use super::instance::Instance;

/// The references, with their access dates and addresses: all of them, or
/// only those numbered in `only` (what a codes-only instance cites).
#[component]
pub fn References(
    /// Whose references, and whose ids.
    instance: Instance,
    /// Only these reference numbers (all when empty).
    #[prop(optional)]
    only: Vec<u32>,
) -> impl IntoView {
    let data = instance.data();
    let heading = instance.id("references-title");
    let labelled = heading.clone();
    let items = data
        .references
        .iter()
        .filter(|r| only.is_empty() || only.contains(&r.id))
        .map(|r| {
            let accessed = r.accessed_text().map(|a| format!(" {a}"));
            let link = r.url.clone().map(|url| {
                let href = url.clone();
                view! { " " <a href=href>{url}</a> }
            });
            view! {
                <li id=instance.id(&format!("ref-{}", r.id)) value=r.id.to_string() tabindex="-1">
                    {r.text.clone()}
                    {accessed}
                    {link}
                </li>
            }
        })
        .collect_view();
    view! {
        <section id=instance.section("references") class="zg-section" aria-labelledby=labelled>
            <h2 id=heading>"References"</h2>
            <ol class="zg-references">{items}</ol>
        </section>
    }
}

/// A link to reference `id` of this instance (`[3]`): a `#` link, which
/// an embedded widget follows inside its own root ([`super::jump`]).
#[component]
pub fn RefLink(
    /// The reference number.
    id: u32,
    /// Whose reference list the link goes to.
    instance: Instance,
) -> impl IntoView {
    view! {
        <a href=format!("#{}", instance.id(&format!("ref-{id}"))) class="zg-ref">
            {format!("[{id}]")}
        </a>
    }
}
