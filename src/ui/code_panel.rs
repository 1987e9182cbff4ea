//! The code reference panel: the date of service, search, grouped results,
//! copy per code.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

use super::code_group::CodeGroup;
use super::code_state::CodeState;
use super::copy::{Announcer, LiveRegion};
use super::date_of_service::DateOfService;
use super::needs_script::NeedsScript;
use super::not_covered::NotCoveredEntry;
use super::references::References;
use crate::domain::card::{count_text, kit_match_text};
use crate::domain::CodeSystem;

/// The guide's HCPCS, CPT and ICD-10-CM codes, searchable.
#[component]
pub fn CodePanel(
    /// The panel's state: the query, what it matches, the date of service.
    state: CodeState,
    /// Whether the panel carries the references its code sets cite (an
    /// instance without a references section of its own).
    cites: bool,
) -> impl IntoView {
    let instance = state.instance();
    let data = instance.data();
    let announcer = Announcer::new();
    let heading = instance.id("codes-title");
    let labelled = heading.clone();
    let search_id = instance.id("code-search");
    let count_id = instance.id("code-count");
    let results_id = instance.id("code-results");
    let input = NodeRef::<leptos::html::Input>::new();
    let results = NodeRef::<leptos::html::Div>::new();
    let empty = move || state.query.with(|q| q.is_empty());
    // Handlers may run for an element an unmounted widget left behind:
    // their reads tolerate a disposed owner.
    let focus_input = move || {
        if let Some(Some(input)) = input.try_get() {
            let _ = input.focus();
        }
    };
    let results_list = move || results.try_get().flatten();
    let names: Vec<String> = data.not_covered.iter().map(|n| n.name.clone()).collect();
    let count = move || {
        let named = state
            .not_covered
            .with(|n| n.first().and_then(|i| names.get(*i).cloned()));
        state.hits.with(|h| {
            state
                .query
                .with(|q| count_text(h.len(), q, state.kit.get().is_some(), named.as_deref()))
        })
    };
    let clear = move |_| {
        state.set(String::new());
        focus_input();
    };
    let on_input_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" | "Enter" => {
            ev.prevent_default();
            if let Some(list) = results_list() {
                focus_copy_button(&list, Move::First);
            }
        }
        "Escape" if state.query.try_with(|q| !q.is_empty()).unwrap_or(false) => {
            ev.prevent_default();
            state.set(String::new());
        }
        _ => {}
    };
    let on_results_key = move |ev: KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowDown" => Move::Next,
            "ArrowUp" => Move::Previous,
            "Home" => Move::First,
            "End" => Move::Last,
            _ => return,
        };
        ev.prevent_default();
        let moved = results_list().is_some_and(|list| focus_copy_button(&list, step));
        if !moved && step == Move::Previous {
            focus_input();
        }
    };
    let kit_data = data.clone();
    let kit_match = move || {
        state
            .kit
            .get()
            .and_then(|i| kit_match_text(&kit_data, i))
            .map(|text| view! { <p class="zg-kit-match" data-testid="kit-match">{text}</p> })
    };
    let cited = cites.then(|| {
        let sources: Vec<u32> = data.code_sets.iter().map(|s| s.source).collect();
        view! { <References instance only=sources/> }
    });
    let nothing = move || {
        state.hits.with(Vec::is_empty)
            && state.kit.with(Option::is_none)
            && state.not_covered.with(Vec::is_empty)
    };
    let not_covered = (0..data.not_covered.len())
        .map(|index| view! { <NotCoveredEntry state index/> })
        .collect_view();
    let groups = [CodeSystem::Hcpcs, CodeSystem::Cpt, CodeSystem::Icd10Cm]
        .into_iter()
        .map(|system| {
            view! { <CodeGroup state system announcer/> }
        })
        .collect_view();
    view! {
        <section id=instance.section("codes") class="zg-section" aria-labelledby=labelled>
            <h2 id=heading>"Billing and diagnosis codes"</h2>
            <p class="zg-limits">{format!("{} {}", data.disclaimers.codes, data.disclaimers.scope)}</p>
            <DateOfService state/>
            <div class="zg-search" role="search">
                <label for=search_id.clone() class="zg-label">"Search codes"</label>
                <div class="zg-search-row">
                    <input
                        id=search_id
                        class="zg-input zg-input--search"
                        type="search"
                        spellcheck="false"
                        enterkeyhint="search"
                        aria-describedby=count_id.clone()
                        aria-controls=results_id.clone()
                        placeholder="Code, words or NDC, e.g. G12.1, 992, werdnig"
                        node_ref=input
                        prop:value=move || state.field.get()
                        on:input=move |ev| state.typed(event_target_value(&ev))
                        on:keydown=on_input_key
                    />
                    <button type="button" class="zg-button" hidden=empty on:click=clear>
                        "Clear"
                    </button>
                </div>
                <NeedsScript instance what="The code search" instead="every code is listed below">
                    <p id=count_id class="zg-count" role="status" aria-live="polite">{count}</p>
                </NeedsScript>
            </div>
            <div id=results_id class="zg-code-results" node_ref=results on:keydown=on_results_key>
                {kit_match}
                {not_covered}
                // The count above says that nothing matches; here only the way out.
                <p class="zg-empty" hidden=move || !nothing()>
                    <button type="button" class="zg-button" on:click=clear>
                        "Clear the search"
                    </button>
                </p>
                {groups}
            </div>
            {cited}
            <LiveRegion announcer/>
        </section>
    }
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
fn focus_copy_button(list: &web_sys::HtmlDivElement, step: Move) -> bool {
    let Ok(buttons) = list.query_selector_all(".zg-copy") else {
        return false;
    };
    // The codes a search hides are still in the list.
    let all: Vec<HtmlElement> = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|b| b.closest("[hidden]").ok().flatten().is_none())
        .collect();
    if all.is_empty() {
        return false;
    }
    // Inside a shadow root the document's active element is the host: ask
    // the list's own root.
    let active = list
        .get_root_node()
        .dyn_into::<web_sys::ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element())
        .or_else(|| document().active_element());
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
