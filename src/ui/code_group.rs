//! One code set's matches, with its intro, source and as-of date.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::code_state::CodeState;
use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::host::Host;
use super::references::RefLink;
use super::Ids;
use crate::domain::search::{code_marks, entries, marks};
use crate::domain::text::{parts, Part};
use crate::domain::{CodeSystem, Data, Hit};

/// The matches of one code set, one entry per printed entry of the guide
/// (a range such as 99221–99223 is one entry, its descriptor once, a copy
/// chip per code); nothing while none of its codes match. The words the
/// query matched are marked.
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
    let for_hits = data.clone();
    let listed = Memo::new(move |_| {
        state.hits.with(|hits| {
            let mine: Vec<Hit> = hits
                .iter()
                .copied()
                .filter(|h| for_hits.codes[h.index].system == system)
                .collect();
            entries(&for_hits.codes, &mine)
        })
    });
    let facts = &data.facts;
    let heading = ids.id(&format!("codes-{}", system.id()));
    let labelled = heading.clone();
    let reference = data
        .reference(set.source)
        .map_or(String::new(), |r| r.text.clone());
    let cadence = match system {
        CodeSystem::Hcpcs => Some(facts.hcpcs_cadence.clone()),
        CodeSystem::Icd10Cm => Some(facts.icd_cadence.clone()),
        CodeSystem::Cpt => None,
    };
    let cpt_notice = (system == CodeSystem::Cpt).then(|| facts.cpt_notice.clone());
    let source_label = facts.source_label.clone();
    let alias_label = facts.alias_label.clone();
    let set_name = set.name.clone();
    let entry = move |hits: Vec<Hit>| {
        let first = &data.codes[hits[0].index];
        let chips = hits
            .iter()
            .map(|hit| {
                let code = data.codes[hit.index].code.clone();
                let value = code.clone();
                let value_attr = code.clone();
                let marked = move || {
                    state.query.with(|q| {
                        code_marks(&value, q)
                            .into_iter()
                            .map(|(piece, on)| mark(piece, on))
                            .collect_view()
                    })
                };
                view! {
                    <span class="zg-code-chip" data-code=value_attr>
                        <span class="zg-code-value">{marked}</span>
                        <CopyButton
                            text=code
                            kind=CopyKind::Code(set_name.clone())
                            host
                            announcer
                        />
                    </span>
                }
            })
            .collect_view();
        let codes: Vec<String> = hits
            .iter()
            .map(|h| data.codes[h.index].code.clone())
            .collect();
        let printed = first
            .range
            .as_ref()
            .map(|r| view! { <span class="zg-code-range">{format!("Printed as {}", r.replace('-', "–"))}</span> });
        let description = first.description.clone();
        let includes = (!first.includes.is_empty()).then(|| {
            let terms = first
                .includes
                .iter()
                .map(|t| view! { <li><Marked text=t.clone() state/></li> })
                .collect_view();
            view! {
                <p class="zg-includes-label">"Includes:"</p>
                <ul class="zg-includes">{terms}</ul>
            }
        });
        // Reactive: the entry stays while the query changes how it matched.
        let indices: Vec<usize> = hits.iter().map(|h| h.index).collect();
        let via_alias = move || {
            state
                .hits
                .with(|all| all.iter().any(|h| h.alias && indices.contains(&h.index)))
        };
        let label = alias_label.clone();
        view! {
            <li class="zg-code" data-codes=codes.join(" ")>
                <div class="zg-code-head">{chips} {printed}</div>
                <p class="zg-code-desc"><Marked text=description state/></p>
                {includes}
                <Show when=via_alias.clone()>
                    <p class="zg-alias">{label.clone()}</p>
                </Show>
            </li>
        }
    };
    let page = host.page;
    Some(view! {
        <Show when=move || listed.with(|l| !l.is_empty())>
            <section class="zg-code-group" aria-labelledby=labelled.clone()>
                <h3 id=heading.clone() class="zg-code-set">
                    {set.name.clone()}
                    <span class="zg-aside">{format!(" · {}", set.full_name)}</span>
                </h3>
                <p class="zg-code-intro">{set.intro.clone()}</p>
                <ul class="zg-code-list">
                    <For
                        each=move || listed.get()
                        key=entry_key
                        children=entry.clone()
                    />
                </ul>
                <p class="zg-code-meta">
                    "Source "
                    <RefLink id=set.source ids=ids.clone() page/>
                    {format!(": {reference} As of {}.", set.as_of)}
                </p>
                {cpt_notice.clone().map(|n| view! { <p class="zg-cpt-notice">{n}</p> })}
                {cadence.clone().map(|c| view! { <p class="zg-source">{format!("{source_label}: {c}")}</p> })}
            </section>
        </Show>
    })
}

/// What identifies an entry: its codes. (`For` hands keys a `&Vec`.)
#[allow(clippy::ptr_arg)]
fn entry_key(hits: &Vec<Hit>) -> Vec<usize> {
    hits.iter().map(|h| h.index).collect()
}

/// Data text with the words the query matched marked (`<mark>`), and
/// powers of ten as superscripts.
#[component]
fn Marked(
    /// The text, as the data file writes it (`5 × 10^15`).
    text: String,
    /// The panel's state (its query).
    state: CodeState,
) -> impl IntoView {
    move || {
        state.query.with(|q| {
            parts(&text, &[])
                .into_iter()
                .map(|part| match part {
                    Part::PowerOfTen(exp) => {
                        Either::Left(view! { "10" <sup>{exp.to_string()}</sup> })
                    }
                    Part::Text(t) | Part::Phone(t) => Either::Right(
                        marks(t, q)
                            .into_iter()
                            .map(|(piece, on)| mark(piece, on))
                            .collect_view(),
                    ),
                })
                .collect_view()
        })
    }
}

/// One piece of text, in a `<mark>` when the query matched it.
fn mark(piece: &str, on: bool) -> Either<impl IntoView, String> {
    if on {
        Either::Left(view! { <mark class="zg-mark">{piece.to_string()}</mark> })
    } else {
        Either::Right(piece.to_string())
    }
}
