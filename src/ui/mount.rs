//! Mounting a widget client-side, and the handle that drives it.

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use super::code_state::CodeState;
use super::instance::{Instance, Services, Surface};
use super::kit_state::KitState;
use super::setup::{Input, Panels};
use super::widget::WidgetView;
use crate::domain::{Data, Unit};

/// Runs `mount` (Leptos' `mount_to` or `hydrate_from`, given the view
/// function) on a view function that also makes what the caller keeps to
/// drive the view afterwards (its panels' states). Leptos runs the view
/// function before `mount` returns; `None` only if it did not.
pub fn keep<K: 'static, V: 'static, H>(
    make: impl FnOnce() -> (K, V) + 'static,
    mount: impl FnOnce(Box<dyn FnOnce() -> V>) -> H,
) -> (Option<K>, H) {
    let slot = Rc::new(Cell::new(None));
    let out = slot.clone();
    let handle = mount(Box::new(move || {
        let (kept, view) = make();
        out.set(Some(kept));
        view
    }));
    (slot.take(), handle)
}

/// A mounted widget. Dropping it removes its elements and listeners and
/// disposes of its signals.
pub struct Widget {
    kit: Option<KitState>,
    codes: Option<CodeState>,
    /// Leptos' unmount handle (its type names the whole view's state).
    _view: Box<dyn Any>,
}

impl Widget {
    /// Types `weight` into the weight field, and selects `unit` when given.
    /// Does nothing when the kit panel is not shown.
    pub fn set_weight(&self, weight: String, unit: Option<Unit>) {
        if let Some(kit) = self.kit {
            kit.set_weight(weight, unit);
        }
    }

    /// Types `query` into the code search. Does nothing when the code panel
    /// is not shown.
    pub fn set_query(&self, query: String) {
        if let Some(codes) = self.codes {
            codes.set(query);
        }
    }
}

/// Mounts a widget showing `data` (kit resolver, kit table, code reference
/// and product information, as `panels` asks) at the end of `parent`,
/// client-side, as embedded in a host's page.
pub fn mount(
    parent: &web_sys::HtmlElement,
    data: Arc<Data>,
    panels: Panels,
    services: Services,
    input: Input,
) -> Widget {
    let (kept, view) = keep(
        move || {
            let instance = Instance::new(data, Surface::Embedded, services);
            let kit = panels.kit.then(|| KitState::new(instance, &input));
            let codes = panels.codes.then(|| CodeState::new(instance));
            let view = leptos::view! { <WidgetView instance panels kit codes/> };
            ((kit, codes), view)
        },
        |view| leptos::mount::mount_to(parent.clone(), view),
    );
    let (kit, codes) = kept.unwrap_or_default();
    // Mounting with a weight that resolves tells the host at once.
    if let Some(kit) = kit {
        kit.report_mounted();
    }
    Widget {
        kit,
        codes,
        _view: Box::new(view),
    }
}
