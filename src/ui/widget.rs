//! One widget instance: the panels its configuration asks for.

use std::sync::Arc;

use leptos::prelude::*;

use super::boxed_warning::BoxedWarning;
use super::code_panel::CodePanel;
use super::code_state::CodeState;
use super::footer::Footer;
use super::header::Header;
use super::host::Host;
use super::kit_panel::KitPanel;
use super::kit_state::KitState;
use super::ordering::Ordering;
use super::references::References;
use super::safety::Safety;
use super::safety_lead::SafetyLead;
use super::{Ids, Panels};
use crate::domain::Data;

/// The widget: the guide's opening line, kit resolver, boxed warning, code
/// reference, product information and footer, as `panels` asks; on the
/// static page, its header too. The answer comes first: on a phone the
/// weight field and, once a weight is typed, the claim lines fit the first
/// screen; the boxed warning follows the kit panel in full.
///
/// On the static page each interactive panel sits in an island element
/// (`data-zg-island`), which the page's wasm hydrates on its own; the
/// rest stays the HTML rendered at build time.
#[component]
pub fn WidgetView(
    /// The data the widget shows.
    data: Arc<Data>,
    /// The instance's ids.
    ids: Ids,
    /// Which parts show.
    panels: Panels,
    /// The instance's services.
    host: Host,
    /// The kit panel's state, when it shows.
    kit: Option<KitState>,
    /// The code panel's state, when it shows.
    codes: Option<CodeState>,
    /// The static page rather than an embedded instance.
    page: bool,
) -> impl IntoView {
    let header = page.then(|| view! { <Header data=data.clone()/> });
    let warned = panels.boxed_warning || panels.kit || panels.info;
    let lead = warned.then(|| {
        view! { <SafetyLead data=data.clone() ids=ids.clone() page info=panels.info/> }
    });
    let boxed = warned.then(|| view! { <BoxedWarning data=data.clone() ids=ids.clone()/> });
    let kit = kit.map(|state| {
        island(
            page,
            "kit",
            view! { <KitPanel state host ids=ids.clone()/> },
        )
    });
    let codes = codes.map(|state| {
        // Without a references section, the code panel carries those its
        // code sets cite.
        let cited = (!panels.info).then(|| {
            let sources: Vec<u32> = data.code_sets.iter().map(|s| s.source).collect();
            view! { <References data=data.clone() ids=ids.clone() only=sources/> }.into_any()
        });
        island(
            page,
            "codes",
            view! { <CodePanel data=data.clone() state host ids=ids.clone() cited/> },
        )
    });
    let info = panels.info.then(|| {
        view! {
            <Safety data=data.clone() ids=ids.clone()/>
            <Ordering data=data.clone() ids=ids.clone()/>
            <References data=data.clone() ids=ids.clone()/>
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
            <Footer data codes=panels.codes/>
        </div>
    }
}

/// On the static page, `panel` inside the element its hydration starts
/// from, marked with the build it comes from; embedded, `panel` alone.
fn island(page: bool, name: &'static str, panel: impl IntoView) -> impl IntoView {
    use leptos::either::Either;
    if page {
        Either::Left(view! {
            <div class="zg-island" data-zg-island=name data-zg-build=crate::domain::builtin::BUILD_ID>
                {panel}
            </div>
        })
    } else {
        Either::Right(panel)
    }
}
