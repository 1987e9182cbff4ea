//! The note on a part that only works once the wasm runs, in the box of
//! what replaces it.

use leptos::prelude::*;

use super::instance::Instance;

/// One line on a part that only works once the wasm runs (`what` needs
/// JavaScript; until then, `instead`), shown in the build-time HTML (no
/// script, or a wasm that could not load), and `children`, shown once the
/// instance is interactive. Both sit in one box as tall as the taller, and
/// only their visibility changes: a page becoming interactive moves
/// nothing.
#[component]
pub fn NeedsScript(
    /// Whose going live swaps the note for `children`.
    instance: Instance,
    /// The part (`The kit finder`).
    what: &'static str,
    /// What to do meanwhile (`use the kit table below`).
    instead: &'static str,
    /// What shows in the note's place once the part works.
    children: Children,
) -> impl IntoView {
    view! {
        <div class="zg-swap">
            <p class="zg-needs-js" class:zg-gone=move || instance.live()>
                {format!("{what} needs JavaScript and WebAssembly to run; until then, {instead}.")}
            </p>
            <div class:zg-gone=move || !instance.live()>{children()}</div>
        </div>
    }
}
