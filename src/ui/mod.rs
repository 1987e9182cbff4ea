//! The view: renders the domain's results into the DOM.
//!
//! Written directly against the DOM (web-sys and the small builder of
//! [`dom`]) rather than with a view framework: the widget has four inputs,
//! and a framework's renderer and reactive runtime were two thirds of its
//! wasm (ARCHITECTURE.md, "Why no view framework").
//!
//! The shape: [`mount`] builds one widget instance's elements and returns a
//! [`Widget`] that owns them. Each panel is a struct holding its elements
//! and what they show (`Resolver`, `Codes`); an input
//! event calls one of its methods, which asks the domain and updates the
//! elements whose content changed. Components hold no rules of their own:
//! everything they show comes from [`crate::domain`] and the data file.
//! State is local to one instance: several can live on one page.

mod codes;
mod copy;
pub mod dom;
mod events;
mod kit_table;
mod page;
mod resolver;
mod rich;

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU32, Ordering};

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget, KeyboardEvent};

pub use copy::{Clipboard, CopyFuture};
pub use events::{CodeCopied, Copied, CopyKind, EventSink, KitDetail, VialCount, WidgetEvent};
pub use page::start;

use codes::Codes;
use copy::{Announcer, CopyContext};
use dom::{el, El, Listeners};
use resolver::{live_region, Resolver};

use crate::domain::builtin::{self, HTML};
use crate::domain::{static_html, Data, Unit};

/// Id prefixes, so that several widgets on one page never share an element
/// id. The static page's sections get bare ids (`codes`) so that links such
/// as `#codes` work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    prefix: Rc<str>,
    bare_sections: bool,
}

impl Ids {
    /// A prefix no other widget instance of this page uses.
    pub fn unique() -> Ids {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Ids {
            prefix: format!("zg{}", NEXT.fetch_add(1, Ordering::Relaxed)).into(),
            bare_sections: false,
        }
    }

    /// The static page's ids: sections are `kit`, `codes`, `safety`,
    /// `ordering` and `references`.
    pub fn page() -> Ids {
        Ids {
            bare_sections: true,
            ..Ids::unique()
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

    /// Prerendered HTML ([`static_html`]) with this instance's ids in place
    /// of the id marker.
    pub fn fill(&self, html: &str) -> String {
        html.replace(static_html::ID, &format!("{}-", self.prefix))
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

/// Called with the weight as typed and the selected unit after each
/// change of either.
pub type InputHook = Rc<dyn Fn(&str, Unit)>;

/// How a widget instance is set up.
#[derive(Clone, Default)]
pub struct WidgetConfig {
    /// Which parts show.
    pub panels: Panels,
    /// The static page (title header, bare section ids) rather than an
    /// embedded instance.
    pub page: bool,
    /// How copy buttons reach the clipboard (the browser's by default).
    pub clipboard: Option<Clipboard>,
    /// Where events for the host go.
    pub events: Option<EventSink>,
    /// Told of every change of the weight or unit (the static page keeps
    /// its URL in step).
    pub on_input: Option<InputHook>,
}

/// One instance's panels, and what its handlers share.
struct Instance {
    data: Rc<Data>,
    events: Option<EventSink>,
    resolver: Option<Resolver>,
    codes: Option<Codes>,
}

/// A mounted widget. Dropping it removes its elements and listeners.
pub struct Widget {
    root: Element,
    instance: Rc<RefCell<Instance>>,
    _listeners: Listeners,
}

impl Widget {
    /// Types `weight` into the weight field, and selects `unit` when given.
    /// Does nothing when the kit panel is not shown.
    pub fn set_weight(&self, weight: String, unit: Option<Unit>) {
        run(&self.instance, |i| {
            let Instance { data, resolver, .. } = i;
            resolver.as_mut()?.set(data, weight, unit)
        });
    }

    /// Types `query` into the code search. Does nothing when the code panel
    /// is not shown.
    pub fn set_query(&self, query: String) {
        run(&self.instance, |i| {
            let Instance { data, codes, .. } = i;
            codes.as_mut()?.set(data, query);
            None
        });
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// What a handler reports for the host, sent once the handler is done.
type Emit = Option<WidgetEvent>;

/// Runs `f` on the instance, then sends what it reports. The event goes out
/// after the instance is released, so a host that answers an event by
/// calling the widget again (`setWeight`) reaches it. A call that arrives
/// while the instance is busy is dropped rather than allowed to panic.
fn run(instance: &Rc<RefCell<Instance>>, f: impl FnOnce(&mut Instance) -> Emit) {
    let (event, events) = {
        let Ok(mut i) = instance.try_borrow_mut() else {
            return;
        };
        (f(&mut i), i.events.clone())
    };
    if let (Some(event), Some(events)) = (event, events) {
        events.send(event);
    }
}

/// Calls `handler` with the instance for each `kind` event on `target`.
/// The listener holds the instance weakly: it never keeps an unmounted
/// widget alive.
fn listen(
    listeners: &mut Listeners,
    target: &EventTarget,
    kind: &'static str,
    instance: &Weak<RefCell<Instance>>,
    handler: fn(&mut Instance, &Event) -> Emit,
) {
    let instance = instance.clone();
    listeners.on(target, kind, move |event| {
        if let Some(instance) = instance.upgrade() {
            run(&instance, |i| handler(i, &event));
        }
    });
}

/// The widget with the built-in data (validated when it was built),
/// appended to `parent`.
pub fn mount_builtin(parent: &Element, config: WidgetConfig, input: Input) -> Widget {
    mount(parent, Rc::new(builtin::data()), config, input)
}

/// Builds a widget (kit resolver, kit table, code reference and product
/// information, as `config` asks) and appends it to `parent`.
pub fn mount(parent: &Element, data: Rc<Data>, config: WidgetConfig, input: Input) -> Widget {
    let ids = if config.page {
        Ids::page()
    } else {
        Ids::unique()
    };
    let panels = config.panels;
    let announcer = live_region();
    let copy = CopyContext {
        clipboard: config.clipboard.clone().unwrap_or_default(),
        announcer: Announcer::new(announcer.clone()),
        events: config.events.clone(),
    };
    let mut root = el("div").class("zg-widget");
    // The header's links go to bare section ids: the static page's only.
    if config.page {
        root = root.child(el("header").class("zg-header").prerendered(HTML.header));
    }
    if panels.boxed_warning || panels.kit || panels.info {
        root = root.child(
            el("section")
                .class("zg-boxed")
                .attr("aria-labelledby", &ids.id("boxed-warning"))
                .prerendered(&ids.fill(HTML.boxed)),
        );
    }
    let mut resolver = None;
    let mut first = None;
    if panels.kit {
        let section = section(
            &ids,
            "kit",
            "Kit by patient weight",
            "zg-section zg-section--kit",
        );
        let report = config.events.is_some();
        let (r, section, event) = Resolver::build(
            &data,
            &ids,
            copy.clone(),
            &input,
            report,
            config.on_input.clone(),
            section,
        );
        resolver = Some(r);
        first = event;
        root = root.child(section);
    }
    let mut codes = None;
    if panels.codes {
        let section = section(&ids, "codes", "Billing and diagnosis codes", "zg-section");
        let (c, section) = Codes::build(&data, &ids, copy, section);
        codes = Some(c);
        root = root.child(section);
    }
    if panels.info {
        for (name, html) in [
            ("safety", HTML.safety),
            ("ordering", HTML.ordering),
            ("references", HTML.references),
        ] {
            root = root.child(
                el("section")
                    .id(&ids.section(name))
                    .class("zg-section")
                    .attr("aria-labelledby", &ids.id(&format!("{name}-title")))
                    .prerendered(&ids.fill(html)),
            );
        }
    }
    let root = root
        .child(el("footer").class("zg-footer").prerendered(HTML.footer))
        .node(&announcer)
        .get();
    let _ = parent.append_child(&root);

    let instance = Rc::new(RefCell::new(Instance {
        data,
        events: config.events,
        resolver,
        codes,
    }));
    let listeners = wire(&instance);
    // Mounting with a weight that resolves tells the host at once.
    run(&instance, |_| first);
    Widget {
        root,
        instance,
        _listeners: listeners,
    }
}

/// Connects the panels' controls to their handlers.
fn wire(instance: &Rc<RefCell<Instance>>) -> Listeners {
    let mut l = Listeners::default();
    let me = Rc::downgrade(instance);
    let Ok(i) = instance.try_borrow() else {
        return l;
    };
    if let Some(r) = &i.resolver {
        l.on(&r.form, "submit", |event| event.prevent_default());
        listen(&mut l, &r.weight, "input", &me, |i, _| {
            let Instance { data, resolver, .. } = i;
            resolver.as_mut()?.weight_typed(data)
        });
        for (_, radio) in &r.units {
            listen(&mut l, radio, "change", &me, |i, _| {
                let Instance { data, resolver, .. } = i;
                resolver.as_mut()?.unit_chosen(data)
            });
        }
        listen(&mut l, &r.age, "input", &me, |i, _| {
            let Instance { data, resolver, .. } = i;
            resolver.as_mut()?.age_typed(data);
            None
        });
    }
    if let Some(c) = &i.codes {
        listen(&mut l, &c.input, "input", &me, |i, _| {
            let Instance { data, codes, .. } = i;
            codes.as_mut()?.typed(data);
            None
        });
        listen(&mut l, &c.input, "keydown", &me, |i, event| {
            let Instance { data, codes, .. } = i;
            codes
                .as_mut()?
                .input_key(data, event.dyn_ref::<KeyboardEvent>()?);
            None
        });
        listen(&mut l, &c.results, "keydown", &me, |i, event| {
            i.codes
                .as_ref()?
                .results_key(event.dyn_ref::<KeyboardEvent>()?);
            None
        });
        for button in [c.clear.unchecked_ref::<Element>(), &c.clear_empty] {
            listen(&mut l, button, "click", &me, |i, _| {
                let Instance { data, codes, .. } = i;
                codes.as_mut()?.clear(data);
                None
            });
        }
    }
    l
}

/// One panel: a `<section>` named by its `<h2>`, with the instance's ids.
fn section(ids: &Ids, name: &str, title: &str, class: &str) -> El {
    let heading = ids.id(&format!("{name}-title"));
    el("section")
        .id(&ids.section(name))
        .class(class)
        .attr("aria-labelledby", &heading)
        .child(el("h2").id(&heading).text(title))
}
