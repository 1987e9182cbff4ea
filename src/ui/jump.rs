//! Links to other parts of the same widget. On the static page they are
//! plain `#` links (the page's own URL, the back button). An embedded
//! widget lives in a shadow root, where `#` links find nothing and would
//! change the host page's URL: there one listener on the widget's root
//! ([`InWidgetLinks`]) follows them inside the root instead.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The listener that follows `#` links inside an embedded widget's root;
/// dropping it removes the listener.
pub struct InWidgetLinks {
    root: web_sys::HtmlElement,
    listener: Closure<dyn FnMut(web_sys::MouseEvent)>,
}

impl InWidgetLinks {
    /// Follows every `#` link under `root` inside `root`'s own tree: scrolls
    /// to and focuses the element it names, and leaves the host page's URL
    /// alone.
    pub fn follow(root: &web_sys::HtmlElement) -> InWidgetLinks {
        let listener =
            Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                let link = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.closest("a[href^='#']").ok().flatten());
                let Some(link) = link else {
                    return;
                };
                ev.prevent_default();
                let id = link.get_attribute("href").unwrap_or_default();
                go_to(&link, id.trim_start_matches('#'));
            });
        let _ = root.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
        InWidgetLinks {
            root: root.clone(),
            listener,
        }
    }
}

impl Drop for InWidgetLinks {
    fn drop(&mut self) {
        let _ = self
            .root
            .remove_event_listener_with_callback("click", self.listener.as_ref().unchecked_ref());
    }
}

/// Scrolls to and focuses the element `id` in the root node (shadow root
/// or document) of `link`.
fn go_to(link: &web_sys::Element, id: &str) {
    let root = link.get_root_node();
    let found = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    };
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}
