//! The view: Leptos components that render the domain's results.
//!
//! Components hold no rules of their own; everything they show comes from
//! [`crate::domain`] and the data file. State is local to one widget
//! instance ([`WidgetState`]): several can live on one page.

mod codes;
mod copy;
mod events;
mod kit_table;
mod page;
mod resolver;
mod rich;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

pub use codes::count_text;
pub use copy::{Announcer, Clipboard, CopyFuture};
pub use events::{CodeCopied, Copied, CopyKind, EventSink, KitDetail, VialCount, WidgetEvent};
pub use page::start;
pub use resolver::announcement;

use crate::domain::builtin::{self, HTML};
use crate::domain::{lookup, static_html, Data, Unit};

/// Id prefixes, so that several widgets on one page never share an element
/// id. The static page's sections get bare ids (`codes`) so that links such
/// as `#codes` work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    prefix: Arc<str>,
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

/// The state of one widget instance. Signals are `Copy`, so the embed
/// handle keeps this to drive the widget from outside (`setWeight`).
#[derive(Clone, Copy, Debug)]
pub struct WidgetState {
    /// The weight as typed.
    pub weight: RwSignal<String>,
    /// The selected unit.
    pub unit: RwSignal<Unit>,
    /// The age in months as typed.
    pub age: RwSignal<String>,
    /// The code search text.
    pub query: RwSignal<String>,
}

impl WidgetState {
    /// State starting from a weight and unit.
    pub fn new(weight: String, unit: Unit) -> WidgetState {
        WidgetState {
            weight: RwSignal::new(weight),
            unit: RwSignal::new(unit),
            age: RwSignal::new(String::new()),
            query: RwSignal::new(String::new()),
        }
    }
}

impl Default for WidgetState {
    fn default() -> Self {
        WidgetState::new(String::new(), Unit::Kg)
    }
}

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
}

/// The widget with the built-in data (validated when it was built).
#[component]
pub fn Root() -> impl IntoView {
    view! { <Widget data=Arc::new(builtin::data())/> }
}

/// The whole widget: kit resolver, kit table, code reference and product
/// information, as `config` asks.
#[component]
pub fn Widget(
    /// The validated data to show.
    data: Arc<Data>,
    /// Set-up of this instance.
    #[prop(optional)]
    config: WidgetConfig,
    /// State of this instance (fresh by default).
    #[prop(optional)]
    state: WidgetState,
) -> impl IntoView {
    let ids = if config.page {
        Ids::page()
    } else {
        Ids::unique()
    };
    provide_context(config.clipboard.clone().unwrap_or_default());
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);
    if let Some(events) = config.events.clone() {
        provide_context(events);
    }
    let WidgetState {
        weight,
        unit,
        age,
        query,
    } = state;
    let outcome = {
        let data = data.clone();
        Memo::new(move |_| lookup(&data, &weight.get(), unit.get()))
    };
    let current = Memo::new(move |_| outcome.with(|o| o.as_ref().ok().map(|r| r.index)));
    if let Some(events) = config.events.clone() {
        send_kit_events(data.clone(), outcome, current, events);
    }
    let scroller = NodeRef::<html::Div>::new();
    let show_in_table = Callback::new(move |index| kit_table::show_row(scroller, index));
    let panels = config.panels;
    let boxed = panels.boxed_warning || panels.kit || panels.info;

    // The header's links go to bare section ids: the static page's only.
    let header = config
        .page
        .then(|| view! { <header class="zg-header" inner_html=HTML.header></header> });
    // Section bodies are built first: a section's children closure takes
    // what it captures, and the bodies share `data` and `ids`.
    let kit = panels.kit.then(|| {
        let body = view! {
            <p class="zg-intro" inner_html=HTML.kit_intro></p>
            <div class="zg-kit-layout">
                <div class="zg-kit-main">
                    <resolver::WeightForm data=data.clone() ids=ids.clone() weight=weight unit=unit age=age outcome=outcome/>
                    <p class="zg-vh" role="status" aria-live="polite">{move || outcome.with(announcement)}</p>
                    <resolver::ResultCard
                        data=data.clone()
                        ids=ids.clone()
                        weight=weight
                        unit=unit
                        outcome=outcome
                        on_show_in_table=show_in_table
                    />
                </div>
                <kit_table::KitTable ids=ids.clone() current=current scroller=scroller/>
            </div>
            <p class="zg-intro" inner_html=HTML.kit_note></p>
        };
        view! { <Section ids=ids.clone() name="kit" title="Kit by patient weight" class="zg-section--kit">{body}</Section> }
    });
    let codes = panels.codes.then(|| {
        let body = view! { <codes::CodeReference data=data.clone() ids=ids.clone() query=query/> };
        view! { <Section ids=ids.clone() name="codes" title="Billing and diagnosis codes">{body}</Section> }
    });
    let info = panels.info.then(|| {
        [
            ("safety", HTML.safety),
            ("ordering", HTML.ordering),
            ("references", HTML.references),
        ]
        .map(|(name, html)| view! { <Prerendered ids=ids.clone() name=name html=html/> })
    });
    let boxed = boxed.then(|| {
        let heading = ids.id("boxed-warning");
        view! { <section class="zg-boxed" aria-labelledby=heading inner_html=ids.fill(HTML.boxed)></section> }
    });
    view! {
        <div class="zg-widget">
            {header}
            {boxed}
            {kit}
            {codes}
            {info}
            <footer class="zg-footer" inner_html=HTML.footer></footer>
            <p class="zg-vh" role="status" aria-live="polite">{move || announcer.0.get()}</p>
        </div>
    }
}

/// One panel: a `<section>` named by its `<h2>`, with the instance's ids.
#[component]
fn Section(
    /// Id prefix of this widget instance.
    ids: Ids,
    /// The section's name (`codes`): its id and link target.
    name: &'static str,
    /// The heading.
    title: &'static str,
    /// Extra classes.
    #[prop(optional)]
    class: &'static str,
    /// The section's content.
    children: Children,
) -> impl IntoView {
    let heading = ids.id(&format!("{name}-title"));
    let labelled = heading.clone();
    view! {
        <section id=ids.section(name) class=format!("zg-section {class}") aria-labelledby=labelled>
            <h2 id=heading>{title}</h2>
            {children()}
        </section>
    }
}

/// A prerendered section ([`static_html`]): its heading is in `html`.
#[component]
fn Prerendered(
    /// Id prefix of this widget instance.
    ids: Ids,
    /// The section's name (`safety`): its id and link target.
    name: &'static str,
    /// The section's content, heading included, with id markers.
    html: &'static str,
) -> impl IntoView {
    view! {
        <section
            id=ids.section(name)
            class="zg-section"
            aria-labelledby=ids.id(&format!("{name}-title"))
            inner_html=ids.fill(html)
        ></section>
    }
}

/// Sends `kit-resolved` when the weight comes to resolve to a different kit
/// and `kit-cleared` when it stops resolving.
fn send_kit_events(
    data: Arc<Data>,
    outcome: Memo<resolver::Outcome>,
    current: Memo<Option<usize>>,
    events: EventSink,
) {
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = current.get();
        match (previous.flatten(), now) {
            (_, Some(_)) if previous != Some(now) => {
                if let Some(Ok(r)) = outcome.try_get_untracked() {
                    events.send(WidgetEvent::KitResolved(KitDetail::new(&data, &r)));
                }
            }
            (Some(_), None) => events.send(WidgetEvent::KitCleared),
            _ => {}
        }
        now
    });
}
