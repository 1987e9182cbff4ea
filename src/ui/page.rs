//! The static reference page: mounts into `#zg-root`, opens deep links
//! (`?weight=7.2&unit=kg#codes`), keeps the URL in step with the input
//! without adding history entries, and registers the service worker.
//!
//! None of this runs for an embedded instance: the URL of a host page is
//! never touched.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Widget, WidgetConfig, WidgetState};
use crate::domain::builtin;
use crate::domain::Unit;

/// Longest weight text a link may carry; anything longer is ignored.
const MAX_LINK_WEIGHT: usize = 32;

/// Mounts the static page if this document has `#zg-root`; does nothing on
/// other pages (a portal that loads the embed script).
pub fn start() {
    let Some(root) = document().get_element_by_id("zg-root") else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let (weight, unit) = link_input();
    leptos::mount::mount_to(root.clone(), move || {
        let state = WidgetState::new(weight.clone(), unit);
        follow_input_in_url(state);
        let config = WidgetConfig {
            page: true,
            ..WidgetConfig::default()
        };
        view! { <Widget data=Arc::new(builtin::data()) config=config state=state/> }
    })
    .forget();
    // Hidden, not removed: if the widget ever stops (crate::crash), the
    // fallback with the phone numbers comes back.
    if let Some(fallback) = document().get_element_by_id("zg-fallback") {
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
fn link_input() -> (String, Unit) {
    let search = window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return (String::new(), Unit::Kg);
    };
    let weight = params
        .get("weight")
        .filter(|w| w.len() <= MAX_LINK_WEIGHT)
        .unwrap_or_default();
    let unit = params
        .get("unit")
        .and_then(|u| Unit::from_text(&u))
        .unwrap_or_default();
    (weight, unit)
}

/// How long the URL waits for typing to pause. `history.replaceState` is
/// slow (measured: about 28 ms a keystroke with the CPU throttled 4x), so
/// the URL follows the input once typing pauses, not on every keystroke.
const URL_DELAY: Duration = Duration::from_millis(300);

/// Replaces the page URL's query with the current weight and unit, once
/// typing pauses. A replace, not a push: typing does not fill the back
/// button's history.
fn follow_input_in_url(state: WidgetState) {
    let generation = Arc::new(AtomicU32::new(0));
    Effect::new(move |_| {
        let weight = state.weight.get();
        let unit = state.unit.get();
        let this = generation.fetch_add(1, Ordering::Relaxed) + 1;
        let latest = generation.clone();
        set_timeout(
            move || {
                if latest.load(Ordering::Relaxed) == this {
                    replace_query(&weight, unit);
                }
            },
            URL_DELAY,
        );
    });
}

fn replace_query(weight: &str, unit: Unit) {
    let location = window().location();
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
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// The browser looked for `#codes` before the widget existed: look again.
fn scroll_to_hash() {
    let hash = window().location().hash().unwrap_or_default();
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
    let navigator = window().navigator();
    let has_sw = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if has_sw {
        // A failed registration only means no offline copy.
        let _ = navigator.service_worker().register("./sw.js");
    }
}
