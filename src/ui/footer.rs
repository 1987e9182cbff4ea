//! The widget's footer: the guide as the source, and its limits on codes.

use leptos::prelude::*;

use super::instance::Instance;

/// The guide's title and publisher; the guide's limits on its codes when
/// no code panel states them already (a kit card still names J3399).
#[component]
pub fn Footer(
    /// Whose guide and disclaimers.
    instance: Instance,
    /// Whether the instance shows the code panel, which states the limits.
    codes: bool,
) -> impl IntoView {
    let data = instance.data();
    let g = &data.guide;
    let limits = (!codes).then(
        || view! { <p>{format!("{} {}", data.disclaimers.codes, data.disclaimers.scope)}</p> },
    );
    view! {
        <footer class="zg-footer">
            {limits}
            <p>{format!("From the {} ({}). {}", g.title, g.publisher, g.overview)}</p>
        </footer>
    }
}
