//! The widget's footer: the guide's limits on its codes, and its source.

use leptos::prelude::*;

use crate::domain::Data;

/// Disclaimers and the guide's title and publisher.
#[component]
pub fn Footer(
    /// The data the widget shows.
    data: std::sync::Arc<Data>,
) -> impl IntoView {
    let g = &data.guide;
    view! {
        <footer class="zg-footer">
            <p>{format!("{} {}", data.disclaimers.codes, data.disclaimers.scope)}</p>
            <p>{format!("From the {} ({}). {}", g.title, g.publisher, g.overview)}</p>
        </footer>
    }
}
