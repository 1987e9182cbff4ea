//! A link to another part of the same widget.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::instance::{Instance, Surface};

/// A link to the element `target` of this widget instance. On the static
/// page it is a plain `#` link (the page's own URL, the back button);
/// embedded, it scrolls to the element inside the widget's own root (a
/// shadow root, where `#` links find nothing) and leaves the host page's
/// URL alone.
#[component]
pub fn Jump(
    /// The id of the element to go to.
    target: String,
    /// Whose surface decides how the link moves.
    instance: Instance,
    /// The link's class.
    #[prop(optional)]
    class: &'static str,
    /// The link's text.
    children: Children,
) -> impl IntoView {
    let href = format!("#{target}");
    let go = move |ev: web_sys::MouseEvent| {
        if instance.surface() == Surface::Embedded {
            ev.prevent_default();
            go_to(&ev, &target);
        }
    };
    view! { <a href=href class=class on:click=go>{children()}</a> }
}

/// Scrolls to and focuses the element `id` in the root node (document or
/// shadow root) of the clicked link.
fn go_to(ev: &web_sys::MouseEvent, id: &str) {
    let Some(link) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let root = link.get_root_node();
    let found = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => document().get_element_by_id(id),
    };
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}
