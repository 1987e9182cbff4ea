//! The static reference page: rendered to HTML at build time
//! ([`PageView`], `src/bin/prerender.rs`) and made interactive in the
//! browser ([`start`]): the wasm hydrates the two interactive panels (the
//! `data-zg-island` elements) and leaves the rest as the build wrote it.
//! It also opens deep links (`?weight=7.2&unit=kg`) and registers the
//! service worker. It never writes the weight into the page's URL (nor its
//! history): the card's "Copy link to this kit" makes a link on request.
//!
//! None of this runs for an embedded instance.

use leptos::prelude::*;

use super::code_state::CodeState;
use super::host::Host;
use super::kit_state::KitState;
use super::widget::WidgetView;
use super::{Ids, Input, Panels};
use crate::domain::builtin;

/// The whole static page, as the build renders it into `index.html`.
#[component]
pub fn PageView() -> impl IntoView {
    let data = builtin::shared();
    let host = Host::page();
    let kit = KitState::new(data.clone(), &Input::default());
    let codes = CodeState::new(&data);
    view! {
        <WidgetView
            data
            ids=Ids::page()
            panels=Panels::default()
            host
            kit=Some(kit)
            codes=Some(codes)
            page=true
        />
    }
}

#[cfg(feature = "hydrate")]
pub use browser::start;

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::Cell;
    use std::rc::Rc;

    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    use super::super::code_panel::CodePanel;
    use super::super::host::Host;
    use super::super::kit_panel::KitPanel;
    use super::super::kit_state::KitState;
    use super::super::{CodeState, Ids, Input};
    use crate::domain::{builtin, Unit};

    /// Longest weight text a link may carry; anything longer is ignored.
    const MAX_LINK_WEIGHT: usize = 32;

    /// Hydrates the page's interactive panels, if this document is the
    /// static page (`#zg-root`); does nothing on other pages.
    pub fn start() {
        let document = document();
        let Some(root) = document.get_element_by_id("zg-root") else {
            return;
        };
        // Read before hydration, which sets the fields to the state the
        // build rendered: what was typed early is applied after it.
        let early = early_input(&document);
        let data = builtin::shared();
        let made: Rc<Cell<Option<(Host, KitState)>>> = Rc::default();
        let mut hosts = Vec::new();
        let Ok(islands) = root.query_selector_all("[data-zg-island]") else {
            return;
        };
        // Hydration adopts the page's nodes as its own view would have
        // made them: HTML of another build (a stale cache, a proxy that
        // rewrote it) must not be adopted. The fallback shows instead.
        for i in 0..islands.length() {
            let build = islands
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.get_attribute("data-zg-build"));
            if build.as_deref() != Some(builtin::BUILD_ID) {
                crate::crash::stop(&format!(
                    "the page was built by build {}, this script by build {}",
                    build.unwrap_or_default(),
                    builtin::BUILD_ID
                ));
                return;
            }
        }
        for i in 0..islands.length() {
            let Some(island) = islands
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            let data = data.clone();
            match island.get_attribute("data-zg-island").as_deref() {
                Some("kit") => {
                    let out = made.clone();
                    leptos::mount::hydrate_from(island, move || {
                        let host = Host::page();
                        let state = KitState::new(data, &Input::default());
                        out.set(Some((host, state)));
                        view! { <KitPanel state host ids=Ids::page()/> }
                    })
                    .forget();
                }
                Some("codes") => {
                    let out = Rc::new(Cell::new(None));
                    let slot = out.clone();
                    leptos::mount::hydrate_from(island, move || {
                        let host = Host::page();
                        let state = CodeState::new(&data);
                        slot.set(Some(host));
                        view! { <CodePanel data state host ids=Ids::page()/> }
                    })
                    .forget();
                    hosts.extend(out.take());
                }
                _ => {}
            }
        }
        if let Some((host, kit)) = made.take() {
            host.go_live();
            if early != Input::default() {
                kit.set_weight(&host, early.weight, Some(early.unit));
            }
        }
        for host in hosts {
            host.go_live();
        }
        register_service_worker();
        let _ = root.set_attribute("data-zg-ready", "");
        if let Ok(event) = web_sys::CustomEvent::new("zolgensma:ready") {
            let _ = root.dispatch_event(&event);
        }
    }

    /// What the page should start with: what was typed or chosen before
    /// the wasm started, else the deep link's weight and unit.
    fn early_input(document: &web_sys::Document) -> Input {
        let ids = Ids::page();
        let typed = document
            .get_element_by_id(&ids.id("weight"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|e| e.value())
            .unwrap_or_default();
        let chosen = Unit::ALL.into_iter().find(|u| {
            document
                .get_element_by_id(&ids.id(&format!("unit-{}", u.symbol())))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|radio| radio.checked())
        });
        let link = link_input();
        if typed.is_empty() {
            Input {
                unit: chosen.unwrap_or(link.unit),
                ..link
            }
        } else {
            Input {
                weight: typed,
                unit: chosen.unwrap_or(link.unit),
            }
        }
    }

    /// The weight and unit of a deep link (`?weight=7.2&unit=lb`).
    fn link_input() -> Input {
        let search = window().location().search().unwrap_or_default();
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

    /// Registers `sw.js` (written by scripts/postbuild.mjs) where the
    /// browser has service workers; without them the page needs the
    /// network.
    fn register_service_worker() {
        let navigator = window().navigator();
        let has_sw = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
        if has_sw {
            // A failed registration only means no offline copy.
            let _ = navigator.service_worker().register("./sw.js");
        }
    }
}
