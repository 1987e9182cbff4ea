//! One widget instance: the parts its configuration asks for, in order.

use leptos::prelude::*;

use super::boxed_warning::BoxedWarning;
use super::code_state::CodeState;
use super::footer::Footer;
use super::header::Header;
use super::instance::{Instance, Surface};
use super::islands::{self, Island};
use super::kit_section::KitSection;
use super::kit_state::KitState;
use super::ordering::Ordering;
use super::references::References;
use super::safety::Safety;
use super::safety_lead::SafetyLead;
use super::setup::Panels;

/// The class of the element that holds a widget's parts.
pub const WIDGET_CLASS: &str = "zg-widget";

/// A part of the widget, in the order [`parts`] gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The static page's title and section links.
    Header,
    /// The guide's opening line; its safety link goes inside the widget
    /// when the instance shows the safety section (`info`).
    Lead {
        /// Whether the safety section shows.
        info: bool,
    },
    /// The kit section: the kit panel's island and the kit table's.
    Kit,
    /// The boxed warning.
    Boxed,
    /// The code panel's island; it carries the references its code sets
    /// cite when the instance has no references section (`cites`).
    Codes {
        /// Whether it carries its cited references.
        cites: bool,
    },
    /// Safety, ordering and references.
    Info,
    /// The guide as the source; its limits on codes when no code panel
    /// states them (`codes` false).
    Footer {
        /// Whether the code panel shows.
        codes: bool,
    },
}

impl Part {
    /// A name for the part's HTML, unique among parts
    /// (`codes-cites`): the embed loader composes widgets by these.
    pub fn key(self) -> &'static str {
        match self {
            Part::Header => "header",
            Part::Lead { info: false } => "lead",
            Part::Lead { info: true } => "lead-info",
            Part::Kit => "kit",
            Part::Boxed => "boxed",
            Part::Codes { cites: false } => "codes",
            Part::Codes { cites: true } => "codes-cites",
            Part::Info => "info",
            Part::Footer { codes: false } => "footer",
            Part::Footer { codes: true } => "footer-codes",
        }
    }
}

/// The parts of a widget on `surface` showing `panels`, in order. The
/// answer comes first: on a phone the weight field and, once a weight is
/// typed, the claim lines fit the first screen; the boxed warning follows
/// the kit panel in full.
pub fn parts(surface: Surface, panels: Panels) -> Vec<Part> {
    let warned = panels.boxed_warning || panels.kit || panels.info;
    let mut out = Vec::new();
    if surface == Surface::Page {
        out.push(Part::Header);
    }
    if warned {
        out.push(Part::Lead { info: panels.info });
    }
    if panels.kit {
        out.push(Part::Kit);
    }
    if warned {
        out.push(Part::Boxed);
    }
    if panels.codes {
        out.push(Part::Codes {
            cites: !panels.info,
        });
    }
    if panels.info {
        out.push(Part::Info);
    }
    out.push(Part::Footer {
        codes: panels.codes,
    });
    out
}

/// One part of `instance`, its islands driven by `kit` and `codes` (a
/// panel's island renders nothing without its state).
pub fn part_view(
    instance: Instance,
    part: Part,
    kit: Option<KitState>,
    codes: Option<CodeState>,
) -> AnyView {
    match part {
        Part::Header => view! { <Header instance/> }.into_any(),
        Part::Lead { info } => view! { <SafetyLead instance info/> }.into_any(),
        Part::Kit => kit.map(|state| view! { <KitSection state/> }).into_any(),
        Part::Boxed => view! { <BoxedWarning instance/> }.into_any(),
        Part::Codes { cites } => codes
            .map(|state| islands::element(Island::Codes, islands::codes(state, cites)))
            .into_any(),
        Part::Info => view! {
            <Safety instance/>
            <Ordering instance/>
            <References instance/>
        }
        .into_any(),
        Part::Footer { codes } => view! { <Footer instance codes/> }.into_any(),
    }
}

/// The widget: every part `panels` asks for ([`parts`]), in its element.
/// Each interactive panel sits in its island element ([`islands`]), which
/// the browser hydrates on its own; the rest stays the HTML rendered at
/// build time.
#[component]
pub fn WidgetView(
    /// The instance: its data, ids, services, and the surface that decides
    /// the header (the page's only) and how links inside it move.
    instance: Instance,
    /// Which parts show.
    panels: Panels,
    /// The kit panel's state, when it shows.
    kit: Option<KitState>,
    /// The code panel's state, when it shows.
    codes: Option<CodeState>,
) -> impl IntoView {
    let parts = parts(instance.surface(), panels)
        .into_iter()
        .map(|part| part_view(instance, part, kit, codes))
        .collect_view();
    view! { <div class=WIDGET_CLASS>{parts}</div> }
}
