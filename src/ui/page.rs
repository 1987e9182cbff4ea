//! The static reference page: mounts into `#zg-root`, opens deep links
//! (`?weight=7.2&unit=kg#codes`), keeps the URL in step with the input
//! without adding history entries, and registers the service worker.
//!
//! None of this runs for an embedded instance: the URL of a host page is
//! never touched.

use std::cell::RefCell;
use std::rc::Rc;

use super::dom::{document, Latest};
use super::{mount_builtin, Input, Widget, WidgetConfig};
use crate::domain::Unit;

/// Longest weight text a link may carry; anything longer is ignored.
const MAX_LINK_WEIGHT: usize = 32;

thread_local! {
    /// The page's widget, kept for the life of the page.
    static PAGE: RefCell<Option<Widget>> = const { RefCell::new(None) };
}

/// Mounts the static page if this document has `#zg-root`; does nothing on
/// other pages (a portal that loads the embed script).
pub fn start() {
    let document = document();
    let Some(root) = document.get_element_by_id("zg-root") else {
        return;
    };
    let config = WidgetConfig {
        page: true,
        on_input: Some(Rc::new(url_follows)),
        ..WidgetConfig::default()
    };
    let widget = mount_builtin(&root, config, link_input());
    PAGE.with(|page| page.replace(Some(widget)));
    // Hidden, not removed: if the widget ever stops (crate::crash), the
    // fallback with the phone numbers comes back.
    if let Some(fallback) = document.get_element_by_id("zg-fallback") {
        let _ = fallback.set_attribute("hidden", "");
    }
    scroll_to_hash();
    register_service_worker();
    let _ = root.set_attribute("data-zg-ready", "");
    if let Ok(event) = web_sys::CustomEvent::new("zolgensma:ready") {
        let _ = root.dispatch_event(&event);
    }
}

/// The weight and unit of a deep link (`?weight=7.2&unit=lb`).
fn link_input() -> Input {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Input::default();
    };
    Input {
        weight: params
            .get("weight")
            .filter(|w| w.len() <= MAX_LINK_WEIGHT)
            .unwrap_or_default(),
        unit: params
            .get("unit")
            .and_then(|u| Unit::from_text(&u))
            .unwrap_or_default(),
    }
}

/// How long the URL waits for typing to pause. `history.replaceState` is
/// slow (measured: about 28 ms a keystroke with the CPU throttled 4x), so
/// the URL follows the input once typing pauses, not on every keystroke.
const URL_DELAY_MS: i32 = 300;

thread_local! {
    /// The pending URL update: a later change supersedes it.
    static URL_UPDATE: Latest = Latest::default();
}

/// Replaces the page URL's query with the current weight and unit, once
/// typing pauses. A replace, not a push: typing does not fill the back
/// button's history.
fn url_follows(weight: &str, unit: Unit) {
    let weight = weight.to_string();
    URL_UPDATE.with(|update| update.after(URL_DELAY_MS, move || replace_query(&weight, unit)));
}

fn replace_query(weight: &str, unit: Unit) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    if !weight.trim().is_empty() {
        params.append("weight", weight.trim());
        params.append("unit", unit.symbol());
    }
    let query: String = params.to_string().into();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let current = format!("{path}{}{hash}", location.search().unwrap_or_default());
    if url != current {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The browser looked for `#codes` before the widget existed: look again.
fn scroll_to_hash() {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(target) = document().get_element_by_id(id) {
        target.scroll_into_view();
    }
}

/// Registers `sw.js` (written by scripts/postbuild.mjs) where the browser
/// has service workers; without them the page simply needs the network.
fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_sw = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_sw {
        // A failed registration only means no offline copy.
        let _ = navigator.service_worker().register("./sw.js");
    }
}
