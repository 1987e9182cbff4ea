//! The code reference panel: search, grouped results, copy per code.

use std::sync::Arc;

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::copy::CopyButton;
use super::events::CopyKind;
use super::rich::Rich;
use super::Ids;
use crate::domain::{CodeSystem, Data, Hit, SearchIndex};

/// The live region's text for `count` matches of `query`.
pub fn count_text(count: usize, query: &str) -> String {
    match count {
        0 => format!("No codes match “{}”.", query.trim()),
        1 => "1 code".to_string(),
        n => format!("{n} codes"),
    }
}

/// Every code of the guide, searchable, grouped by code set.
#[component]
pub fn CodeReference(
    /// The widget's data.
    data: Arc<Data>,
    /// Id prefix of this widget instance.
    ids: Ids,
    /// The search text.
    query: RwSignal<String>,
) -> impl IntoView {
    let index = Arc::new(SearchIndex::new(data.codes.iter().map(|c| {
        let set = data.code_set(c.system).map_or("", |s| s.name.as_str());
        (c, set)
    })));
    let hits = Memo::new(move |_| index.search(&query.get()));
    let list_ref = NodeRef::<html::Div>::new();
    let input_ref = NodeRef::<html::Input>::new();
    let count_id = ids.id("code-count");
    let clear = move || {
        query.set(String::new());
        if let Some(input) = input_ref.get_untracked() {
            let _ = input.focus();
        }
    };
    let on_input_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" | "Enter" => {
            ev.prevent_default();
            focus_copy_button(list_ref, Move::First);
        }
        "Escape" if !query.get_untracked().is_empty() => {
            ev.prevent_default();
            query.set(String::new());
        }
        _ => {}
    };
    let on_list_key = move |ev: KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowDown" => Move::Next,
            "ArrowUp" => Move::Previous,
            "Home" => Move::First,
            "End" => Move::Last,
            _ => return,
        };
        ev.prevent_default();
        if !focus_copy_button(list_ref, step) && step == Move::Previous {
            if let Some(input) = input_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    let groups = {
        let (data, ids) = (data.clone(), ids.clone());
        move || {
            let hits = hits.get();
            let q = query.get();
            if hits.is_empty() {
                return view! {
                    <p class="zg-empty">
                        {format!("No codes match “{}”. ", q.trim())}
                        <button type="button" class="zg-button" on:click=move |_| clear()>"Clear the search"</button>
                    </p>
                }
                .into_any();
            }
            [CodeSystem::Hcpcs, CodeSystem::Cpt, CodeSystem::Icd10Cm]
                .into_iter()
                .filter_map(|system| {
                    let in_set: Vec<Hit> =
                        hits.iter().copied().filter(|h| data.codes[h.index].system == system).collect();
                    (!in_set.is_empty()).then(|| view! { <CodeGroup data=data.clone() ids=ids.clone() system=system hits=in_set/> })
                })
                .collect_view()
                .into_any()
        }
    };
    let limits = format!("{} {}", data.disclaimers.codes, data.disclaimers.scope);
    view! {
        <p class="zg-limits">{limits}</p>
        <div class="zg-search" role="search">
            <label for=ids.id("code-search") class="zg-label">"Search codes"</label>
            <div class="zg-search-row">
                <input
                    id=ids.id("code-search")
                    node_ref=input_ref
                    class="zg-input zg-input--search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    aria-describedby=count_id.clone()
                    aria-controls=ids.id("code-results")
                    placeholder="Code or words, e.g. G12.1, 992, werdnig"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                    on:keydown=on_input_key
                />
                <button type="button" class="zg-button" hidden=move || query.get().is_empty() on:click=move |_| clear()>
                    "Clear"
                </button>
            </div>
            <p id=count_id class="zg-count" role="status" aria-live="polite">
                {move || count_text(hits.get().len(), &query.get())}
            </p>
        </div>
        <div id=ids.id("code-results") class="zg-code-results" node_ref=list_ref on:keydown=on_list_key>
            {groups}
        </div>
    }
}

/// One code set's matches, with its intro, source and as-of date.
#[component]
fn CodeGroup(data: Arc<Data>, ids: Ids, system: CodeSystem, hits: Vec<Hit>) -> impl IntoView {
    let Some(set) = data.code_set(system).cloned() else {
        return ().into_any();
    };
    let heading_id = ids.id(&format!("codes-{}", system.id()));
    let reference = data
        .reference(set.source)
        .map(|r| r.text.clone())
        .unwrap_or_default();
    let source_href = format!("#{}", ids.id(&format!("ref-{}", set.source)));
    let as_of = set.as_of.to_string();
    let facts = &data.facts;
    let cadence = match system {
        CodeSystem::Hcpcs => Some(facts.hcpcs_cadence.clone()),
        CodeSystem::Icd10Cm => Some(facts.icd_cadence.clone()),
        CodeSystem::Cpt => None,
    };
    let notice = (system == CodeSystem::Cpt).then(|| facts.cpt_notice.clone());
    let source_label = facts.source_label.clone();
    let items = hits
        .into_iter()
        .map(|h| {
            let code = data.codes[h.index].clone();
            let printed_range = code.range.clone().map(|r| view! { <span class="zg-aside">{format!(" (printed as {r})")}</span> });
            let includes = (!code.includes.is_empty()).then(|| {
                view! {
                    <p class="zg-includes-label">"Includes:"</p>
                    <ul class="zg-includes">{code.includes.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
                }
            });
            let name = set.name.clone();
            view! {
                <li class="zg-code" data-code=code.code.clone()>
                    <div class="zg-code-head">
                        <span class="zg-code-value">{code.code.clone()}</span>
                        {printed_range}
                        <CopyButton text=code.code.clone() kind=CopyKind::Code(name.clone())/>
                    </div>
                    <p class="zg-code-desc"><Rich text=code.description.clone()/></p>
                    {includes}
                    <p class="zg-code-meta">
                        {format!("{name} · as of {} · source ", set.as_of)}
                        <a href=source_href.clone()>{format!("[{}]", set.source)}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    let heading_id_ref = heading_id.clone();
    view! {
        <section class="zg-code-group" aria-labelledby=heading_id_ref>
            <h3 id=heading_id class="zg-code-set">{set.name.clone()} <span class="zg-aside">{format!(" · {}", set.full_name)}</span></h3>
            <p class="zg-code-intro">{set.intro.clone()}</p>
            <ul class="zg-code-list">{items}</ul>
            <p class="zg-code-meta">{format!("Source [{}]: {reference} As of {as_of}.", set.source)}</p>
            {notice.map(|n| view! { <p class="zg-cpt-notice">{n}</p> })}
            {cadence.map(|c| view! { <p class="zg-source">{source_label.clone()} ": " {c}</p> })}
        </section>
    }
    .into_any()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Move {
    First,
    Last,
    Next,
    Previous,
}

/// Moves focus among the copy buttons of the results. Returns whether a
/// button took focus.
fn focus_copy_button(list: NodeRef<html::Div>, step: Move) -> bool {
    let Some(list) = list.get_untracked() else {
        return false;
    };
    let Ok(buttons) = list.query_selector_all(".zg-copy") else {
        return false;
    };
    let all: Vec<web_sys::HtmlElement> = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    if all.is_empty() {
        return false;
    }
    let active = document().active_element();
    let current = all
        .iter()
        .position(|b| active.as_ref().is_some_and(|a| a.is_same_node(Some(b))));
    let target = match (step, current) {
        (Move::First, _) | (Move::Next, None) => Some(0),
        (Move::Last, _) => Some(all.len() - 1),
        (Move::Next, Some(i)) => Some((i + 1).min(all.len() - 1)),
        (Move::Previous, Some(i)) => i.checked_sub(1),
        (Move::Previous, None) => None,
    };
    match target.and_then(|i| all.get(i)) {
        Some(b) => b.focus().is_ok(),
        None => false,
    }
}
