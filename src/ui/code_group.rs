//! One code set's matches, with its intro, source and as-of date.

use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;

use super::code_state::CodeState;
use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::references::RefLink;
use crate::domain::search::{code_marks, entries, marks};
use crate::domain::text::{parts, Part};
use crate::domain::{CodeSystem, Data, Hit, Rank};

/// The codes of one code set, one entry per printed entry of the guide (a
/// range such as 99221–99223 is one entry, its descriptor once, a copy chip
/// per code), in the guide's order. A search hides what it does not match
/// (the group too, when nothing in it matches) and marks the words it
/// matched: the list is built once, so a keystroke only shows, hides and
/// marks.
#[component]
pub fn CodeGroup(
    /// The panel's state: which codes the query matches.
    state: CodeState,
    /// Which code set.
    system: CodeSystem,
    /// Where copies are announced.
    announcer: Announcer,
) -> impl IntoView {
    let instance = state.instance();
    let data = instance.data();
    let set = data.code_set(system).cloned()?;
    let mine: Vec<Hit> = (0..data.codes.len())
        .filter(|i| data.codes[*i].system == system)
        .map(|index| Hit {
            index,
            rank: Rank::All,
            alias: false,
        })
        .collect();
    // Whether code `index` matches the query (tracked).
    let matches = move |index: usize| state.hits.with(|h| h.iter().any(|x| x.index == index));
    let indices: Vec<usize> = mine.iter().map(|h| h.index).collect();
    let empty = move || !indices.iter().any(|i| matches(*i));
    let facts = &data.facts;
    let heading = instance.id(&format!("codes-{}", system.id()));
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
    let list = entries(&data.codes, &mine)
        .into_iter()
        .map(|entry| {
            view! {
                <CodeEntry
                    data=data.clone()
                    state
                    entry=entry.iter().map(|h| h.index).collect()
                    set_name=set.name.clone()
                    announcer
                />
            }
        })
        .collect_view();
    Some(view! {
        <section class="zg-code-group" aria-labelledby=labelled hidden=empty>
            <h3 id=heading class="zg-code-set">
                {set.name.clone()}
                <span class="zg-aside">{format!(" · {}", set.full_name)}</span>
            </h3>
            <p class="zg-code-intro">{set.intro.clone()}</p>
            <ul class="zg-code-list">{list}</ul>
            <p class="zg-code-meta">
                "Source "
                <RefLink id=set.source instance/>
                {format!(": {reference} As of {}.", set.as_of)}
            </p>
            {cpt_notice.map(|n| view! { <p class="zg-cpt-notice">{n}</p> })}
            {cadence.map(|c| view! { <p class="zg-source">{format!("{}: {c}", facts.source_label)}</p> })}
        </section>
    })
}

/// One printed entry: its codes' chips, the descriptor and inclusion
/// terms, and whether a search alias found it.
#[component]
fn CodeEntry(
    /// The data whose codes show.
    data: Arc<Data>,
    /// The panel's state: which codes the query matches, and how.
    state: CodeState,
    /// The entry's codes (indices), in guide order.
    entry: Vec<usize>,
    /// Its code set's name (`CPT`).
    set_name: String,
    /// Where copies are announced.
    announcer: Announcer,
) -> impl IntoView {
    let instance = state.instance();
    let hit = move |index: usize| {
        state
            .hits
            .with(|h| h.iter().find(|x| x.index == index).map(|x| x.alias))
    };
    let first = &data.codes[entry[0]];
    let chips = entry
        .iter()
        .map(|&index| {
            let code = data.codes[index].code.clone();
            let (attr, label) = (code.clone(), code.clone());
            view! {
                <span class="zg-code-chip" data-code=attr hidden=move || hit(index).is_none()>
                    <span class="zg-code-value"><Marked text=label state code=true/></span>
                    <CopyButton text=code kind=CopyKind::Code(set_name.clone()) instance announcer/>
                </span>
            }
        })
        .collect_view();
    let codes: Vec<String> = entry.iter().map(|i| data.codes[*i].code.clone()).collect();
    let printed = first.range.as_ref().map(|r| {
        view! { <span class="zg-code-range">{format!("Printed as {}", r.replace('-', "–"))}</span> }
    });
    let includes = (!first.includes.is_empty()).then(|| {
        let terms = first
            .includes
            .iter()
            .map(|t| view! { <li><Marked text=t.clone() state code=false/></li> })
            .collect_view();
        view! {
            <p class="zg-includes-label">{"Includes:"}</p>
            <ul class="zg-includes">{terms}</ul>
        }
    });
    let all = entry.clone();
    let none = move || !all.iter().any(|i| hit(*i).is_some());
    let via_alias = move || entry.iter().any(|i| hit(*i) == Some(true));
    view! {
        <li class="zg-code" data-codes=codes.join(" ") hidden=none>
            <div class="zg-code-head">{chips} {printed}</div>
            <p class="zg-code-desc"><Marked text=first.description.clone() state code=false/></p>
            {includes}
            <p class="zg-alias" hidden=move || !via_alias()>{data.facts.alias_label.clone()}</p>
        </li>
    }
}

/// Data text with the words the query matched marked (`<mark>`), and
/// powers of ten as superscripts; a code marks the start the query typed.
#[component]
fn Marked(
    /// The text, as the data file writes it (`5 × 10^15`).
    text: String,
    /// The panel's state: the query whose matches are marked.
    state: CodeState,
    /// A code (`G12.1`) rather than words.
    code: bool,
) -> impl IntoView {
    move || {
        state.query.with(|q| {
            parts(&text, &[])
                .into_iter()
                .map(|part| match part {
                    Part::PowerOfTen(exp) => {
                        Either::Left(view! { "10" <sup>{exp.to_string()}</sup> })
                    }
                    Part::Text(t) | Part::Phone(t) => {
                        let pieces = if code { code_marks(t, q) } else { marks(t, q) };
                        Either::Right(
                            pieces
                                .into_iter()
                                .map(|(piece, on)| mark(piece, on))
                                .collect_view(),
                        )
                    }
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
