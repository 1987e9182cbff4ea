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

#[cfg(feature = "ssr")]
pub use render::PageView;

#[cfg(feature = "ssr")]
mod render {
    use leptos::prelude::*;

    use crate::builtin;
    use crate::ui::code_state::CodeState;
    use crate::ui::instance::{Instance, Services, Surface};
    use crate::ui::kit_state::KitState;
    use crate::ui::setup::{Input, Panels};
    use crate::ui::widget::WidgetView;

    /// The whole static page, as the build renders it into `index.html`.
    #[component]
    pub fn PageView() -> impl IntoView {
        let instance = Instance::new(builtin::shared(), Surface::Page, Services::default());
        let kit = KitState::new(instance, &Input::default());
        let codes = CodeState::new(instance);
        view! { <WidgetView instance panels=Panels::ALL kit=Some(kit) codes=Some(codes)/> }
    }
}

/// The Trusted Types policy the widget makes where a page enforces them:
/// on the static page for its service worker's address, in a host's page
/// (the embed loader's `POLICY`) for the widget's own HTML. A page sending
/// `require-trusted-types-for 'script'` lists it in `trusted-types`.
pub const TRUSTED_TYPES_POLICY: &str = "zolgensma-reference";

#[cfg(feature = "page")]
pub use browser::start;

#[cfg(feature = "page")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    use crate::builtin;
    use crate::domain::Unit;
    use crate::ui::hydrate::{instances, when_wanted, CodeSource, Islands};
    use crate::ui::instance::{Services, Surface};
    use crate::ui::setup::{Input, Panels};

    use super::TRUSTED_TYPES_POLICY;
    use wasm_bindgen::JsValue;

    /// Longest weight text a link may carry; anything longer is ignored.
    const MAX_LINK_WEIGHT: usize = 32;

    /// Makes the page interactive, if this document is the static page
    /// (`#zg-root`); does nothing on other pages. The kit panel first (the
    /// page's first answer): then the page is ready. The code panel, and
    /// the service worker's registration, once the browser is idle or the
    /// person turns to the code panel, whichever comes first.
    pub fn start() {
        // The page's initializer starts the wasm once the page is parsed;
        // should another start it sooner, hydration still waits for the
        // whole page.
        if document().ready_state() == "loading" {
            let once = wasm_bindgen::closure::Closure::once_into_js(start_now);
            let _ = document()
                .add_event_listener_with_callback("DOMContentLoaded", once.unchecked_ref());
            return;
        }
        // A task of its own: the one that compiled and started the wasm is
        // long enough already, and a task between lets the browser answer
        // input and paint.
        set_timeout(start_now, std::time::Duration::ZERO);
    }

    fn start_now() {
        let document = document();
        let Some(root) = document.get_element_by_id("zg-root") else {
            return;
        };
        let islands = match Islands::find(&root) {
            Ok(islands) => islands,
            Err(reason) => {
                crate::crash::stop(&reason);
                return;
            }
        };
        // Read before hydration, which sets the fields to the state the
        // build rendered: what was typed early is applied after it.
        let early = islands.early();
        let instance = instances(Surface::Page, builtin::shared(), Services::default());
        let kit = islands.hydrate_kit(instance.clone());
        // The page keeps its views for as long as it lives.
        std::mem::forget(kit.view);
        if let Some(state) = kit.state {
            state.instance().go_live();
            let input = early.input(link_input());
            if input != Input::default() {
                state.set_weight(input.weight, Some(input.unit));
            }
        }
        let _ = root.set_attribute("data-zg-ready", "");
        if let Ok(event) = web_sys::CustomEvent::new("zolgensma:ready") {
            let _ = root.dispatch_event(&event);
        }
        let islands = std::rc::Rc::new(islands);
        // The kit table in a task of its own: the first answer's task stays
        // short.
        if let Some(state) = kit.state {
            let islands = islands.clone();
            set_timeout(
                move || std::mem::forget(islands.hydrate_kit_table(state)),
                std::time::Duration::ZERO,
            );
        }
        let codes_root = root.clone();
        let hydrate_codes = move || {
            // What was typed into the search meanwhile is read now.
            let query = islands.early().query;
            let codes = islands.codes(instance, !Panels::ALL.info, CodeSource::Build);
            std::mem::forget(codes.view);
            if let Some(state) = codes.state {
                state.instance().go_live();
                if !query.is_empty() {
                    state.set(query);
                }
            }
            let _ = codes_root.set_attribute("data-zg-codes-ready", "");
            register_service_worker();
        };
        match root.query_selector("[data-zg-island=codes]").ok().flatten() {
            Some(element) => match element.dyn_into::<web_sys::HtmlElement>() {
                Ok(element) => when_wanted(&element, hydrate_codes),
                Err(_) => hydrate_codes(),
            },
            None => hydrate_codes(),
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
    /// network. Under Trusted Types (the page's CSP asks for them) the
    /// address goes through the widget's policy, which passes it alone.
    fn register_service_worker() {
        use js_sys::{Function, Reflect};
        const WORKER: &str = "./sw.js";
        let navigator = window().navigator();
        let Ok(container) = Reflect::get(&navigator, &"serviceWorker".into()) else {
            return;
        };
        let register = Reflect::get(&container, &"register".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let (Some(register), Some(url)) = (register, trusted_script_url(WORKER)) else {
            return;
        };
        // A failed registration only means no offline copy.
        if let Ok(promise) = register.call1(&container, &url) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_| {});
                let _ = promise.catch(&ignore);
                ignore.forget();
            }
        }
    }

    /// `url` as a script URL the browser takes: a string, or where the
    /// page enforces Trusted Types, a `TrustedScriptURL` made by the
    /// widget's policy ([`TRUSTED_TYPES_POLICY`]), which makes one of `url`
    /// alone. `None` if the policy cannot be made.
    fn trusted_script_url(url: &'static str) -> Option<JsValue> {
        use js_sys::{Function, Object, Reflect};
        let factory = Reflect::get(&window(), &"trustedTypes".into()).ok()?;
        let create = Reflect::get(&factory, &"createPolicy".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let Some(create) = create else {
            return Some(url.into());
        };
        let only = wasm_bindgen::closure::Closure::<dyn Fn(String) -> Result<String, JsValue>>::new(
            move |asked: String| {
                if asked == url {
                    Ok(asked)
                } else {
                    Err(js_sys::TypeError::new(
                        "zolgensma-reference: not the page's service worker",
                    )
                    .into())
                }
            },
        );
        let rules = Object::new();
        Reflect::set(&rules, &"createScriptURL".into(), only.as_ref()).ok()?;
        // The policy lives as long as the page.
        only.forget();
        let policy = create
            .call2(&factory, &TRUSTED_TYPES_POLICY.into(), &rules)
            .ok()?;
        let make = Reflect::get(&policy, &"createScriptURL".into())
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        make.call1(&policy, &url.into()).ok()
    }
}
