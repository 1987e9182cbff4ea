//! The view: Leptos components that render the domain's results.
//!
//! One component tree serves three builds: rendered to HTML natively at
//! build time for the static page (`ssr`, `src/bin/prerender.rs`), hydrated
//! over that HTML in the page's wasm (`hydrate`, [`page`]), and mounted
//! client-side into a shadow root by the embed (`csr`, [`mount`]).
//!
//! Components hold no rules of their own: every figure and sentence comes
//! from [`crate::domain`] (most of the result card's from
//! [`crate::domain::card`]). State lives in signals owned by one instance
//! ([`KitState`], [`CodeState`]), so several instances share nothing;
//! what an instance needs from its host (clipboard, event sink) is a
//! [`Host`] passed down as a prop.

mod age_field;
mod boxed_warning;
mod claim_block;
mod code_group;
mod code_panel;
mod code_state;
mod copy;
mod date_of_service;
mod events;
mod footer;
mod header;
mod host;
mod jump;
mod kit_panel;
mod kit_state;
mod kit_table;
mod ordering;
pub mod page;
mod references;
mod result_card;
mod rich;
mod safety;
mod safety_lead;
mod timer;
mod weight_form;
mod widget;

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

pub use code_state::CodeState;
pub use copy::{Clipboard, CopyFuture};
pub use events::{CodeCopied, Copied, CopyKind, EventSink, KitDetail, VialCount, WidgetEvent};
pub use host::Host;
pub use kit_state::KitState;
pub use widget::WidgetView;

use crate::domain::{builtin, Data, Unit};

/// Id prefixes, so that several widgets on one page never share an element
/// id. The static page's sections get bare ids (`codes`) so that links such
/// as `#codes` work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    prefix: Arc<str>,
    bare_sections: bool,
}

impl Ids {
    /// A prefix no other widget instance of this page uses (`zg1`, `zg2`…).
    pub fn unique() -> Ids {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Ids {
            prefix: format!("zg{}", NEXT.fetch_add(1, Ordering::Relaxed)).into(),
            bare_sections: false,
        }
    }

    /// The static page's ids: the same in the build-time HTML and in the
    /// browser (hydration needs them equal), and sections named `kit`,
    /// `codes`, `safety`, `ordering` and `references`.
    pub fn page() -> Ids {
        Ids {
            prefix: "zgp".into(),
            bare_sections: true,
        }
    }

    /// The id of `name` in this instance (`zg1-weight`).
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }

    /// The id of a section (`codes` on the static page, `zg2-codes` when
    /// embedded).
    pub fn section(&self, name: &str) -> String {
        if self.bare_sections {
            name.to_string()
        } else {
            self.id(name)
        }
    }
}

/// Which parts of the widget show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    /// The kit resolver and the kit table.
    pub kit: bool,
    /// The code reference.
    pub codes: bool,
    /// Indication, safety information, ordering, references.
    pub info: bool,
    /// The boxed warning. Always shown while `kit` or `info` is.
    pub boxed_warning: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Panels {
            kit: true,
            codes: true,
            info: true,
            boxed_warning: true,
        }
    }
}

/// What a widget starts with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    /// The weight, as a person would type it.
    pub weight: String,
    /// The selected unit.
    pub unit: Unit,
}

/// How a widget instance is set up.
#[derive(Clone, Default)]
pub struct WidgetConfig {
    /// Which parts show.
    pub panels: Panels,
    /// How copy buttons reach the clipboard (the browser's by default).
    pub clipboard: Option<Clipboard>,
    /// Where events for the host go.
    pub events: Option<EventSink>,
}

/// What drives a mounted instance: its host services and panel states.
#[derive(Clone, Copy)]
struct Controls {
    host: Host,
    kit: Option<KitState>,
    codes: Option<CodeState>,
}

/// A mounted widget. Dropping it removes its elements and listeners and
/// disposes of its signals.
pub struct Widget {
    controls: Controls,
    /// Leptos' unmount handle (its type names the whole view's state).
    _view: Box<dyn Any>,
}

impl Widget {
    /// Types `weight` into the weight field, and selects `unit` when given.
    /// Does nothing when the kit panel is not shown.
    pub fn set_weight(&self, weight: String, unit: Option<Unit>) {
        if let Some(kit) = self.controls.kit {
            kit.set_weight(&self.controls.host, weight, unit);
        }
    }

    /// Types `query` into the code search. Does nothing when the code panel
    /// is not shown.
    pub fn set_query(&self, query: String) {
        if let Some(codes) = self.controls.codes {
            codes.set(query);
        }
    }
}

/// The widget with the built-in data (validated when it was built),
/// appended to `parent`.
pub fn mount_builtin(parent: &web_sys::HtmlElement, config: WidgetConfig, input: Input) -> Widget {
    mount(parent, builtin::shared(), config, input)
}

/// Mounts a widget (kit resolver, kit table, code reference and product
/// information, as `config` asks) at the end of `parent`, client-side.
pub fn mount(
    parent: &web_sys::HtmlElement,
    data: Arc<Data>,
    config: WidgetConfig,
    input: Input,
) -> Widget {
    let made = Rc::new(Cell::new(None));
    let out = made.clone();
    let view = leptos::mount::mount_to(parent.clone(), move || {
        let host = Host::embedded(config.clipboard, config.events);
        let panels = config.panels;
        let kit = panels.kit.then(|| KitState::new(data.clone(), &input));
        let codes = panels.codes.then(|| CodeState::new(&data));
        out.set(Some(Controls { host, kit, codes }));
        leptos::view! {
            <WidgetView data ids=Ids::unique() panels host kit codes page=false/>
        }
    });
    let Some(controls) = made.take() else {
        unreachable!("mount_to runs its view function before it returns")
    };
    // Mounting with a weight that resolves tells the host at once.
    if let Some(kit) = controls.kit {
        kit.report_mounted(&controls.host);
    }
    Widget {
        controls,
        _view: Box::new(view),
    }
}
