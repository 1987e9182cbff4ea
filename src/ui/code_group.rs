//! One code set's matches, with its intro, source and as-of date.

use std::sync::Arc;

use leptos::prelude::*;

use super::code_state::CodeState;
use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::host::Host;
use super::rich::Rich;
use super::Ids;
use crate::domain::{CodeSystem, Data, Hit};

/// The matches of one code set; nothing while none of its codes match.
#[component]
pub fn CodeGroup(
    /// The data whose codes show.
    data: Arc<Data>,
    /// The panel's state.
    state: CodeState,
    /// Which code set.
    system: CodeSystem,
    /// The instance's services.
    host: Host,
    /// The instance's ids.
    ids: Ids,
    /// Where copies are announced.
    announcer: Announcer,
) -> impl IntoView {
    let set = data.code_set(system).cloned()?;
    let data_for_hits = data.clone();
    let hits = Memo::new(move |_| {
        state.hits.with(|hits| {
            hits.iter()
                .copied()
                .filter(|h| data_for_hits.codes[h.index].system == system)
                .collect::<Vec<Hit>>()
        })
    });
    let facts = &data.facts;
    let heading = ids.id(&format!("codes-{}", system.id()));
    let reference = data
        .reference(set.source)
        .map_or(String::new(), |r| r.text.clone());
    let source_href = format!("#{}", ids.id(&format!("ref-{}", set.source)));
    let meta = format!("{} · as of {} · source ", set.name, set.as_of);
    let source = format!("[{}]", set.source);
    let cadence = match system {
        CodeSystem::Hcpcs => Some(facts.hcpcs_cadence.clone()),
        CodeSystem::Icd10Cm => Some(facts.icd_cadence.clone()),
        CodeSystem::Cpt => None,
    };
    let cpt_notice = (system == CodeSystem::Cpt).then(|| facts.cpt_notice.clone());
    let source_label = facts.source_label.clone();
    let set_name = set.name.clone();
    let item = move |hit: Hit| {
        let code = &data.codes[hit.index];
        let includes = (!code.includes.is_empty()).then(|| {
            let terms = code
                .includes
                .iter()
                .map(|t| view! { <li>{t.clone()}</li> })
                .collect_view();
            view! {
                <p class="zg-includes-label">"Includes:"</p>
                <ul class="zg-includes">{terms}</ul>
            }
        });
        let printed = code
            .range
            .as_ref()
            .map(|r| view! { <span class="zg-aside">{format!(" (printed as {r})")}</span> });
        view! {
            <li class="zg-code" data-code=code.code.clone()>
                <div class="zg-code-head">
                    <span class="zg-code-value">{code.code.clone()}</span>
                    {printed}
                    <CopyButton
                        text=code.code.clone()
                        kind=CopyKind::Code(set_name.clone())
                        host
                        announcer
                    />
                </div>
                <p class="zg-code-desc"><Rich text=code.description.clone()/></p>
                {includes}
                <p class="zg-code-meta">
                    {meta.clone()}
                    <a href=source_href.clone()>{source.clone()}</a>
                </p>
            </li>
        }
    };
    Some(view! {
        <Show when=move || hits.with(|h| !h.is_empty())>
            <section class="zg-code-group" aria-labelledby=heading.clone()>
                <h3 id=heading.clone() class="zg-code-set">
                    {set.name.clone()}
                    <span class="zg-aside">{format!(" · {}", set.full_name)}</span>
                </h3>
                <p class="zg-code-intro">{set.intro.clone()}</p>
                <ul class="zg-code-list">
                    <For each=move || hits.get() key=|hit| hit.index children=item.clone()/>
                </ul>
                <p class="zg-code-meta">
                    {format!("Source [{}]: {reference} As of {}.", set.source, set.as_of)}
                </p>
                {cpt_notice.clone().map(|n| view! { <p class="zg-cpt-notice">{n}</p> })}
                {cadence.clone().map(|c| view! { <p class="zg-source">{format!("{source_label}: {c}")}</p> })}
            </section>
        </Show>
    })
}
