//! The note on a part that only works once the wasm runs.

use leptos::prelude::*;

use super::instance::Instance;

/// One line on a part that only works once the wasm runs: shown in the
/// build-time HTML (no script, or a wasm that could not load), gone once
/// the instance is interactive.
#[component]
pub fn NeedsScript(
    /// Whose going live hides the note.
    instance: Instance,
    /// The part (`The kit finder`).
    what: &'static str,
    /// What to do meanwhile (`use the kit table below`).
    instead: &'static str,
) -> impl IntoView {
    view! {
        <p class="zg-needs-js" hidden=move || instance.live()>
            {format!("{what} needs JavaScript and WebAssembly to run; until then, {instead}.")}
        </p>
    }
}
