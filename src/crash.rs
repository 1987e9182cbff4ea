//! What happens if the widget panics anyway: the page or portal gets a
//! short message with the ordering phone number and a reload link instead
//! of a blank or frozen widget, and the host is told.
//!
//! Release builds abort on panic, which stops the wasm instance; the panic
//! hook runs first, so everything here is plain DOM work through web-sys,
//! touching no widget state (which may be borrowed by the code that
//! panicked).

use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;

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
    // Embedded instances (only the embed build has them).
    #[cfg(feature = "embed")]
    for host in crate::embed::mounted_hosts() {
        if let Some(root) = host.shadow_root() {
            show_message(&document, &root);
        }
        let _ = host.set_attribute("data-zg-crashed", "");
        dispatch(&host);
    }
}

fn dispatch(target: &web_sys::EventTarget) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(CRASHED, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Replaces a shadow root's widget with the message.
#[cfg(feature = "embed")]
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
    if let Some((label, phone)) = crate::embed::ordering_phone() {
        if let Some(p) = text("p", &format!("{label}: ")) {
            if let Ok(a) = document.create_element("a") {
                let _ = a.set_attribute("href", &crate::domain::text::tel_href(&phone));
                a.set_text_content(Some(&phone));
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

/// A deliberate panic for the crash test (`--features test-hooks` only).
#[cfg(feature = "test-hooks")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = zgTestPanic)]
pub fn test_panic() {
    #[allow(clippy::panic)]
    {
        panic!("deliberate test panic");
    }
}
