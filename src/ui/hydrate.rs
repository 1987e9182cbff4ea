//! Making the build's HTML interactive: each island of a widget's root
//! (the page's `#zg-root`, or an embedded widget's container) hydrated on
//! its own, with what the person typed before the wasm ran kept.

use std::any::Any;
use std::sync::Arc;

use wasm_bindgen::JsCast;

use super::code_state::CodeState;
use super::instance::{Instance, Services, Surface};
use super::islands::{self, Island};
use super::kit_state::KitState;
use super::mount::keep;
use super::setup::Input;
use crate::builtin::BUILD_ID;
use crate::domain::{Data, Unit};

/// One instance's island elements, found in its root.
pub struct Islands {
    kit: Option<web_sys::HtmlElement>,
    kit_table: Option<web_sys::HtmlElement>,
    codes: Option<web_sys::HtmlElement>,
}

impl Islands {
    /// The islands under `root`, each checked to come from this build:
    /// hydration adopts nodes as its own view would have made them, so
    /// HTML of another build (a stale cache, a proxy that rewrote it) must
    /// not be adopted.
    pub fn find(root: &web_sys::Element) -> Result<Islands, String> {
        let found = root
            .query_selector_all("[data-zg-island]")
            .map_err(|_| "the widget's islands cannot be looked up".to_string())?;
        let mut islands = Islands {
            kit: None,
            kit_table: None,
            codes: None,
        };
        for i in 0..found.length() {
            let Some(element) = found
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            let build = element.get_attribute("data-zg-build");
            if build.as_deref() != Some(BUILD_ID) {
                return Err(format!(
                    "the page was built by build {}, this script by build {BUILD_ID}",
                    build.unwrap_or_default()
                ));
            }
            match element
                .get_attribute("data-zg-island")
                .and_then(|name| Island::named(&name))
            {
                Some(Island::Kit) => islands.kit = Some(element),
                Some(Island::KitTable) => islands.kit_table = Some(element),
                Some(Island::Codes) => islands.codes = Some(element),
                None => {}
            }
        }
        Ok(islands)
    }

    /// Whether the root has the kit panel's island.
    pub fn has_kit(&self) -> bool {
        self.kit.is_some()
    }

    /// Whether the root has the code panel's island.
    pub fn has_codes(&self) -> bool {
        self.codes.is_some()
    }

    /// What the person typed or chose before the wasm ran.
    pub fn early(&self) -> Early {
        let input = |island: &Option<web_sys::HtmlElement>, selector: &str| {
            island
                .as_ref()
                .and_then(|i| i.query_selector(selector).ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        };
        Early {
            weight: input(&self.kit, ".zg-input--weight")
                .map(|e| e.value())
                .unwrap_or_default(),
            unit: input(&self.kit, ".zg-unit-radio:checked")
                .and_then(|e| Unit::from_text(&e.value())),
            query: input(&self.codes, ".zg-input--search")
                .map(|e| e.value())
                .unwrap_or_default(),
        }
    }

    /// Hydrates the kit panel's island, if there is one.
    pub fn hydrate_kit(&self, instance: impl Fn() -> Instance + 'static) -> Hydrated<KitState> {
        let Some(element) = self.kit.clone() else {
            return Hydrated::none();
        };
        let (state, view) = keep(
            move || {
                let state = KitState::new(instance(), &Input::default());
                (state, islands::kit(state))
            },
            |view| leptos::mount::hydrate_from(element, view),
        );
        Hydrated {
            state,
            view: Some(Box::new(view)),
        }
    }

    /// Hydrates the kit table's island, if there is one, driven by the kit
    /// panel's `state`.
    pub fn hydrate_kit_table(&self, state: KitState) -> Option<Box<dyn Any>> {
        let element = self.kit_table.clone()?;
        let view = leptos::mount::hydrate_from(element, move || islands::kit_table(state));
        Some(Box::new(view))
    }

    /// The code panel's island, if there is one, for `instance` with
    /// `cites` as the build rendered it: hydrated when its codes are the
    /// build's, built in the browser in its place when they are a host's
    /// own (which the build's HTML does not hold).
    pub fn codes(
        &self,
        instance: impl Fn() -> Instance + 'static,
        cites: bool,
        codes: CodeSource,
    ) -> Hydrated<CodeState> {
        let Some(element) = self.codes.clone() else {
            return Hydrated::none();
        };
        let (state, view) = keep(
            move || {
                let state = CodeState::new(instance());
                (state, islands::codes(state, cites))
            },
            move |view| -> Box<dyn Any> {
                if codes == CodeSource::Host {
                    element.replace_children_with_node_0();
                    Box::new(leptos::mount::mount_to(element, view))
                } else {
                    Box::new(leptos::mount::hydrate_from(element, view))
                }
            },
        );
        Hydrated {
            state,
            view: Some(view),
        }
    }
}

/// Whose codes a code panel shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CodeSource {
    /// The build's: its HTML holds them, ready to hydrate.
    Build,
    /// A host's own `codeData`.
    Host,
}

/// A hydrated island: its panel's state, and the view's handle (dropping
/// it removes the view and disposes of its signals).
pub struct Hydrated<S> {
    /// The panel's state.
    pub state: Option<S>,
    /// Leptos' handle of the island's view.
    pub view: Option<Box<dyn Any>>,
}

impl<S> Hydrated<S> {
    fn none() -> Hydrated<S> {
        Hydrated {
            state: None,
            view: None,
        }
    }
}

/// What the person typed or chose in a widget before its wasm ran, read
/// before hydration (which sets the fields to the state the build
/// rendered) and applied after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Early {
    /// The weight field's text.
    pub weight: String,
    /// The unit chosen on the switch, if one was.
    pub unit: Option<Unit>,
    /// The code search's text.
    pub query: String,
}

impl Early {
    /// The weight and unit to start from: what was typed early, else
    /// `given` (a deep link's, or a host's options), the unit chosen early
    /// winning over the given one.
    pub fn input(&self, given: Input) -> Input {
        let unit = self.unit.unwrap_or(given.unit);
        if self.weight.is_empty() {
            Input { unit, ..given }
        } else {
            Input {
                weight: self.weight.clone(),
                unit,
            }
        }
    }
}

/// The instance maker of a root on `surface`: every island gets its own
/// instance (each island is a hydration root of its own), with the same
/// data and services.
pub fn instances(
    surface: Surface,
    data: Arc<Data>,
    services: Services,
) -> impl Fn() -> Instance + Clone + 'static {
    move || Instance::new(data.clone(), surface, services.clone())
}

/// Runs `run` once `element` is wanted: when the browser is next idle (at
/// the latest after `WANTED_WITHIN_MS`), or at once when the person
/// focuses, touches or types into it, whichever comes first. What is put
/// off this way stays off the critical path of a page's first answer.
pub fn when_wanted(element: &web_sys::HtmlElement, run: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;

    type Listener = Closure<dyn FnMut(web_sys::Event)>;
    type Once = Option<Box<dyn FnOnce()>>;
    let pending: Rc<RefCell<Once>> = Rc::new(RefCell::new(Some(Box::new(run))));
    let listener: Rc<RefCell<Option<Listener>>> = Rc::default();
    const EVENTS: [&str; 4] = ["focusin", "pointerdown", "keydown", "input"];
    let fire = {
        let (pending, listener, element) = (pending.clone(), listener.clone(), element.clone());
        move || {
            let Some(run) = pending.borrow_mut().take() else {
                return;
            };
            if let Some(l) = listener.borrow_mut().take() {
                for name in EVENTS {
                    let _ = element.remove_event_listener_with_callback_and_bool(
                        name,
                        l.as_ref().unchecked_ref(),
                        true,
                    );
                }
            }
            run();
        }
    };
    let on_event: Listener = Closure::new({
        let fire = fire.clone();
        move |_: web_sys::Event| fire()
    });
    for name in EVENTS {
        let _ = element.add_event_listener_with_callback_and_bool(
            name,
            on_event.as_ref().unchecked_ref(),
            true,
        );
    }
    *listener.borrow_mut() = Some(on_event);
    let idle = Closure::once_into_js(fire);
    let Some(window) = web_sys::window() else {
        return;
    };
    let request = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match request {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &options,
                &"timeout".into(),
                &f64::from(WANTED_WITHIN_MS).into(),
            );
            let _ = request.call2(&window, &idle, &options);
        }
        // Safari has no idle callbacks: a short timer instead.
        None => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                idle.unchecked_ref(),
                IDLE_FALLBACK_MS,
            );
        }
    }
}

/// The longest a put-off part waits for the browser to be idle.
pub const WANTED_WITHIN_MS: u32 = 2000;

/// Where there are no idle callbacks, how long a put-off part waits.
const IDLE_FALLBACK_MS: i32 = 150;
