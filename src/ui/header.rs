//! The static page's title and section links.

use leptos::prelude::*;

use super::instance::Instance;

/// Section links of the static page's header: (section id, label).
pub const NAV: [(&str, &str); 5] = [
    ("kit", "Kit"),
    ("codes", "Codes"),
    ("safety", "Safety"),
    ("ordering", "Ordering"),
    ("references", "References"),
];

/// The page's title, what it is for, and links to its sections (the
/// static page's only: embedded instances have no page of their own).
#[component]
pub fn Header(
    /// The page's instance: its product names.
    instance: Instance,
) -> impl IntoView {
    let data = instance.data();
    let p = &data.product;
    let links = NAV
        .into_iter()
        .map(|(id, label)| view! { <a href=format!("#{id}")>{label}</a> })
        .collect_view();
    view! {
        <header class="zg-header">
            <h1 class="zg-title">{format!("{} kit and coding reference", p.brand)}</h1>
            <p class="zg-subtitle">
                {format!(
                    "For {}® ({}): kits by patient weight, NDCs for claims, and the guide's HCPCS, CPT and ICD-10-CM codes.",
                    p.brand, p.generic,
                )}
            </p>
            <nav class="zg-nav" aria-label="Sections">{links}</nav>
        </header>
    }
}
