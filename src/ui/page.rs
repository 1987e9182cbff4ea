//! The static reference page: rendered to HTML at build time
//! ([`PageView`], `src/bin/prerender.rs`) and made interactive in the
//! browser ([`start`]): the wasm hydrates the interactive panels (the
//! island elements, [`super::islands`]) and leaves the rest as the build
//! wrote it. It also opens deep links (`?weight=7.2&unit=kg`) and
//! registers the service worker. It never writes the weight into the
//! page's URL (nor its history): the card's "Copy link to this kit" makes
//! a link on request.
//!
//! None of this runs for an embedded instance.

use leptos::prelude::*;

use super::code_state::CodeState;
use super::instance::{Instance, Services, Surface};
use super::kit_state::KitState;
use super::setup::{Input, Panels};
use super::widget::WidgetView;
use crate::builtin;

/// The whole static page, as the build renders it into `index.html`.
#[component]
pub fn PageView() -> impl IntoView {
    let instance = Instance::new(builtin::shared(), Surface::Page, Services::default());
    let kit = KitState::new(instance, &Input::default());
    let codes = CodeState::new(instance);
    view! { <WidgetView instance panels=Panels::ALL kit=Some(kit) codes=Some(codes)/> }
}

#[cfg(feature = "hydrate")]
pub use browser::start;

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;

    use crate::builtin;
    use crate::domain::Unit;
    use crate::ui::code_state::CodeState;
    use crate::ui::instance::{page_id, Instance, Services, Surface};
    use crate::ui::islands::{self, Island};
    use crate::ui::kit_state::KitState;
    use crate::ui::mount::keep;
    use crate::ui::setup::{Input, Panels};
    use leptos::prelude::*;

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
        let Ok(found) = root.query_selector_all("[data-zg-island]") else {
            return;
        };
        let elements: Vec<web_sys::HtmlElement> = (0..found.length())
            .filter_map(|i| found.item(i)?.dyn_into().ok())
            .collect();
        // Hydration adopts the page's nodes as its own view would have
        // made them: HTML of another build (a stale cache, a proxy that
        // rewrote it) must not be adopted. The fallback shows instead.
        for element in &elements {
            let build = element.get_attribute("data-zg-build");
            if build.as_deref() != Some(builtin::BUILD_ID) {
                crate::crash::stop(&format!(
                    "the page was built by build {}, this script by build {}",
                    build.unwrap_or_default(),
                    builtin::BUILD_ID
                ));
                return;
            }
        }
        let mut instances = Vec::new();
        let mut kit = None;
        for element in elements {
            let island = element
                .get_attribute("data-zg-island")
                .and_then(|name| Island::named(&name));
            match island {
                Some(Island::Kit) => {
                    let (state, view) = keep(
                        || {
                            let instance = page_instance();
                            let state = KitState::new(instance, &Input::default());
                            (state, islands::kit(state))
                        },
                        |view| leptos::mount::hydrate_from(element, view),
                    );
                    view.forget();
                    kit = state;
                    instances.extend(state.map(|s| s.instance()));
                }
                Some(Island::Codes) => {
                    let (instance, view) = keep(
                        || {
                            let instance = page_instance();
                            let state = CodeState::new(instance);
                            (instance, islands::codes(state, Panels::ALL))
                        },
                        |view| leptos::mount::hydrate_from(element, view),
                    );
                    view.forget();
                    instances.extend(instance);
                }
                None => {}
            }
        }
        for instance in instances {
            instance.go_live();
        }
        if let Some(kit) = kit {
            if early != Input::default() {
                kit.set_weight(early.weight, Some(early.unit));
            }
        }
        register_service_worker();
        let _ = root.set_attribute("data-zg-ready", "");
        if let Ok(event) = web_sys::CustomEvent::new("zolgensma:ready") {
            let _ = root.dispatch_event(&event);
        }
    }

    /// The page's instance of one island (each island has its own, owned by
    /// its hydration root).
    fn page_instance() -> Instance {
        Instance::new(builtin::shared(), Surface::Page, Services::default())
    }

    /// What the page should start with: what was typed or chosen before
    /// the wasm started, else the deep link's weight and unit.
    fn early_input(document: &web_sys::Document) -> Input {
        let field = |name: &str| {
            document
                .get_element_by_id(&page_id(name))
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        };
        let typed = field("weight").map(|e| e.value()).unwrap_or_default();
        let chosen = Unit::ALL
            .into_iter()
            .find(|u| field(&format!("unit-{}", u.symbol())).is_some_and(|radio| radio.checked()));
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
