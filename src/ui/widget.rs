//! One widget instance: the panels its configuration asks for.

use leptos::prelude::*;

use super::boxed_warning::BoxedWarning;
use super::code_state::CodeState;
use super::footer::Footer;
use super::header::Header;
use super::instance::{Instance, Surface};
use super::islands::{self, Island};
use super::kit_state::KitState;
use super::ordering::Ordering;
use super::references::References;
use super::safety::Safety;
use super::safety_lead::SafetyLead;
use super::setup::Panels;

/// The widget: the guide's opening line, kit resolver, boxed warning, code
/// reference, product information and footer, as `panels` asks; on the
/// static page, its header too. The answer comes first: on a phone the
/// weight field and, once a weight is typed, the claim lines fit the first
/// screen; the boxed warning follows the kit panel in full.
///
/// Each interactive panel sits in its island element ([`islands`]), which
/// the page's wasm hydrates on its own; the rest stays the HTML rendered
/// at build time.
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
    let header = (instance.surface() == Surface::Page).then(|| view! { <Header instance/> });
    let warned = panels.boxed_warning || panels.kit || panels.info;
    let lead = warned.then(|| view! { <SafetyLead instance info=panels.info/> });
    let boxed = warned.then(|| view! { <BoxedWarning instance/> });
    let kit = kit.map(|state| islands::element(Island::Kit, islands::kit(state)));
    let codes = codes.map(|state| islands::element(Island::Codes, islands::codes(state, panels)));
    let info = panels.info.then(|| {
        view! {
            <Safety instance/>
            <Ordering instance/>
            <References instance/>
        }
    });
    view! {
        <div class="zg-widget">
            {header}
            {lead}
            {kit}
            {boxed}
            {codes}
            {info}
            <Footer instance codes=panels.codes/>
        </div>
    }
}
