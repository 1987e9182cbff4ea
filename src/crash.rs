//! What happens if the widget panics anyway: the page or portal gets a
//! short message with the ordering phone number and a reload link instead
//! of a blank or frozen widget, and the host is told.
//!
//! Release builds abort on panic, which stops the wasm instance; the panic
//! hook runs first, so everything here is plain DOM work through web-sys,
//! touching no widget state (which may be borrowed by the code that
//! panicked). This module depends on nothing above it: the embed registers
//! the host elements whose widgets a stop must replace ([`watch`]).

use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;

#[cfg(feature = "embed")]
pub use embedded::{watch, Watched};

/// Installs the hook (once; later calls replace it with the same hook).
pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

/// The event the host receives: `zolgensma:crashed`.
pub const CRASHED: &str = "zolgensma:crashed";

fn on_panic(info: &PanicHookInfo<'_>) {
    stop(&info.to_string());
}

/// Stops the widget on purpose: logs `reason`, shows the fallbacks and
/// tells the host, as a panic would (the static page's hydration calls it
/// when the page comes from another build).
pub fn stop(reason: &str) {
    web_sys::console::error_1(&format!("zolgensma-reference stopped: {reason}").into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The static page: show its fallback (it holds the phone numbers) with
    // a reload link, and hide the widget, whose kit finder and search no
    // longer answer.
    if let Some(fallback) = document.get_element_by_id("zg-fallback") {
        if let Some(root) = document.get_element_by_id("zg-root") {
            if let Ok(children) = root.query_selector_all(".zg-widget") {
                for i in 0..children.length() {
                    if let Some(w) = children
                        .item(i)
                        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        w.set_hidden(true);
                    }
                }
            }
            let _ = root.set_attribute("data-zg-crashed", "");
            dispatch(&root);
        }
        if let Ok(fallback) = fallback.dyn_into::<web_sys::HtmlElement>() {
            fallback.set_hidden(false);
        }
    }
    #[cfg(feature = "embed")]
    embedded::stop_all(&document);
}

fn dispatch(target: &web_sys::EventTarget) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CRASHED, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Embedded widgets (the embed's build only: the static page's wasm has
/// none to replace).
#[cfg(feature = "embed")]
mod embedded {
    use std::cell::{Cell, RefCell};

    use crate::builtin;
    use crate::domain::text::tel_href;

    thread_local! {
        /// Host elements of embedded widgets, by watch number.
        static WATCHED: RefCell<Vec<(u32, web_sys::HtmlElement)>> = const { RefCell::new(Vec::new()) };
        static NEXT: Cell<u32> = const { Cell::new(0) };
    }

    /// An embedded widget's host element that a stop replaces with the
    /// message; dropping it (the widget unmounts) forgets the host.
    pub struct Watched(u32);

    /// Watches `host`, whose shadow root holds an embedded widget.
    pub fn watch(host: web_sys::HtmlElement) -> Watched {
        let id = NEXT.with(|n| {
            let id = n.get();
            n.set(id.wrapping_add(1));
            id
        });
        WATCHED.with(|w| w.borrow_mut().push((id, host)));
        Watched(id)
    }

    impl Drop for Watched {
        fn drop(&mut self) {
            let _ = WATCHED.try_with(|w| {
                if let Ok(mut w) = w.try_borrow_mut() {
                    w.retain(|(id, _)| *id != self.0);
                }
            });
        }
    }

    /// Replaces every watched widget with the message and tells its host.
    /// Never blocks: a panic may happen while the list is borrowed.
    pub(super) fn stop_all(document: &web_sys::Document) {
        let hosts: Vec<web_sys::HtmlElement> = WATCHED
            .try_with(|w| {
                w.try_borrow()
                    .map(|w| w.iter().map(|(_, h)| h.clone()).collect())
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        for host in hosts {
            if let Some(root) = host.shadow_root() {
                show_message(document, &root);
            }
            let _ = host.set_attribute("data-zg-crashed", "");
            super::dispatch(&host);
        }
    }

    /// Replaces a shadow root's widget with the message.
    fn show_message(document: &web_sys::Document, root: &web_sys::ShadowRoot) {
        let Ok(box_) = document.create_element("div") else {
            return;
        };
        let _ = box_.set_attribute("class", "zg-widget zg-crashed");
        let _ = box_.set_attribute("role", "alert");
        let text = |tag: &str, content: &str| -> Option<web_sys::Element> {
            let el = document.create_element(tag).ok()?;
            el.set_text_content(Some(content));
            let _ = box_.append_child(&el);
            Some(el)
        };
        text(
            "p",
            "The ZOLGENSMA reference stopped working. Reload the page to use it again.",
        );
        // The data was built at start-up; reading it validates nothing.
        let data = builtin::shared();
        let channel = &data.distribution.buy_and_bill;
        if let Some(phone) = &channel.phone {
            let label = format!("{} orders ({}): ", channel.title, channel.text);
            if let Some(p) = text("p", &label) {
                if let Ok(a) = document.create_element("a") {
                    let _ = a.set_attribute("href", &tel_href(phone));
                    a.set_text_content(Some(phone));
                    let _ = p.append_child(&a);
                }
            }
        }
        if let Some(reload) = text("a", "Reload the page") {
            let _ = reload.set_attribute("href", "");
            let _ = reload.set_attribute("class", "zg-button");
        }
        // Keep the stylesheet link, drop the rest.
        let children = root.children();
        let mut i = children.length();
        while i > 0 {
            i -= 1;
            if let Some(child) = children.item(i) {
                if child.tag_name() != "LINK" {
                    child.remove();
                }
            }
        }
        let _ = root.append_child(&box_);
    }
}

/// A deliberate panic for the crash test (`--features test-hooks` only).
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = zgTestPanic)]
pub fn test_panic() {
    #[allow(clippy::panic)]
    {
        panic!("deliberate test panic");
    }
}
