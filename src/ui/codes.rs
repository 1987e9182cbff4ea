//! The code reference panel: search, grouped results, copy per code.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, Text};

use super::copy::{copy_button, CopyContext};
use super::dom::{document, el, field, El, Listeners};
use super::events::CopyKind;
use super::rich::rich;
use super::Ids;
use crate::domain::card::count_text;
use crate::domain::{CodeSystem, Data, Hit, SearchIndex};

/// The panel's elements and what they show.
pub struct Codes {
    ids: Ids,
    copy: CopyContext,
    index: SearchIndex,
    /// The search field.
    pub(super) input: HtmlInputElement,
    /// "Clear", next to the field while it holds text.
    pub(super) clear: HtmlElement,
    /// "Clear the search", in the message shown when nothing matches.
    pub(super) clear_empty: Element,
    /// The list of results.
    pub(super) results: Element,
    count: Element,
    /// The message shown when nothing matches, and its text.
    empty: Element,
    empty_text: Text,
    query: String,
    /// The matches the list shows.
    shown: Option<Vec<Hit>>,
    /// The shown codes' copy buttons.
    list: Listeners,
}

impl Codes {
    /// Builds the panel's content into `section`, every code listed.
    pub fn build(data: &Data, ids: &Ids, copy: CopyContext, section: El) -> (Codes, El) {
        let index = SearchIndex::new(data.codes.iter().map(|c| {
            let set = data.code_set(c.system).map_or("", |s| s.name.as_str());
            (c, set)
        }));
        let count_id = ids.id("code-count");
        let input: HtmlInputElement = field(
            &ids.id("code-search"),
            "zg-input zg-input--search",
            "search",
        )
        .attr("spellcheck", "false")
        .attr("enterkeyhint", "search")
        .attr("aria-describedby", &count_id)
        .attr("aria-controls", &ids.id("code-results"))
        .attr("placeholder", "Code or words, e.g. G12.1, 992, werdnig")
        .get_as();
        let clear: HtmlElement = el("button")
            .attr("type", "button")
            .class("zg-button")
            .text("Clear")
            .get_as();
        clear.set_hidden(true);
        let count = el("p")
            .id(&count_id)
            .class("zg-count")
            .attr("role", "status")
            .attr("aria-live", "polite")
            .get();
        let results = el("div")
            .id(&ids.id("code-results"))
            .class("zg-code-results")
            .get();
        let empty_text = document().create_text_node("");
        let clear_empty = el("button")
            .attr("type", "button")
            .class("zg-button")
            .text("Clear the search")
            .get();
        let empty = el("p")
            .class("zg-empty")
            .node(&empty_text)
            .node(&clear_empty)
            .get();
        let section = section
            .child(el("p").class("zg-limits").text(&format!(
                "{} {}",
                data.disclaimers.codes, data.disclaimers.scope
            )))
            .child(
                el("div")
                    .class("zg-search")
                    .attr("role", "search")
                    .child(
                        el("label")
                            .attr("for", &ids.id("code-search"))
                            .class("zg-label")
                            .text("Search codes"),
                    )
                    .child(el("div").class("zg-search-row").node(&input).node(&clear))
                    .node(&count),
            )
            .node(&results);
        let mut codes = Codes {
            ids: ids.clone(),
            copy,
            index,
            input,
            clear,
            clear_empty,
            results,
            count,
            empty,
            empty_text,
            query: String::new(),
            shown: None,
            list: Listeners::default(),
        };
        codes.refresh(data);
        (codes, section)
    }

    /// The search field changed.
    pub fn typed(&mut self, data: &Data) {
        self.query = self.input.value();
        self.refresh(data);
    }

    /// Types `query` into the search, as the host's handle does.
    pub fn set(&mut self, data: &Data, query: String) {
        self.input.set_value(&query);
        self.query = query;
        self.refresh(data);
    }

    /// Empties the search and puts the focus back in it.
    pub fn clear(&mut self, data: &Data) {
        self.set(data, String::new());
        let _ = self.input.focus();
    }

    /// A key in the search field: arrows and Enter go to the results,
    /// Escape empties the field.
    pub fn input_key(&mut self, data: &Data, event: &KeyboardEvent) {
        match event.key().as_str() {
            "ArrowDown" | "Enter" => {
                event.prevent_default();
                focus_copy_button(&self.results, Move::First);
            }
            "Escape" if !self.query.is_empty() => {
                event.prevent_default();
                self.set(data, String::new());
            }
            _ => {}
        }
    }

    /// A key in the results: arrows, Home and End move among the copy
    /// buttons; up from the first goes back to the field.
    pub fn results_key(&self, event: &KeyboardEvent) {
        let step = match event.key().as_str() {
            "ArrowDown" => Move::Next,
            "ArrowUp" => Move::Previous,
            "Home" => Move::First,
            "End" => Move::Last,
            _ => return,
        };
        event.prevent_default();
        if !focus_copy_button(&self.results, step) && step == Move::Previous {
            let _ = self.input.focus();
        }
    }

    /// Searches and shows the matches; the list is rebuilt only when they
    /// change.
    fn refresh(&mut self, data: &Data) {
        let hits = self.index.search(&self.query);
        self.clear.set_hidden(self.query.is_empty());
        self.count
            .set_text_content(Some(&count_text(hits.len(), &self.query)));
        if hits.is_empty() {
            self.empty_text
                .set_data(&format!("No codes match “{}”. ", self.query.trim()));
        }
        if self.shown.as_ref() == Some(&hits) {
            return;
        }
        self.list = Listeners::default();
        self.results.set_text_content(None);
        if hits.is_empty() {
            let _ = self.results.append_child(&self.empty);
        }
        for system in [CodeSystem::Hcpcs, CodeSystem::Cpt, CodeSystem::Icd10Cm] {
            let in_set: Vec<Hit> = hits
                .iter()
                .copied()
                .filter(|h| data.codes[h.index].system == system)
                .collect();
            if in_set.is_empty() {
                continue;
            }
            if let Some(group) = self.group(data, system, &in_set) {
                let _ = self.results.append_child(&group.get());
            }
        }
        self.shown = Some(hits);
    }

    /// One code set's matches, with its intro, source and as-of date.
    fn group(&mut self, data: &Data, system: CodeSystem, hits: &[Hit]) -> Option<El> {
        let set = data.code_set(system)?;
        let facts = &data.facts;
        let heading = self.ids.id(&format!("codes-{}", system.id()));
        let reference = data.reference(set.source).map_or("", |r| r.text.as_str());
        let source_href = format!("#{}", self.ids.id(&format!("ref-{}", set.source)));
        let meta = format!("{} · as of {} · source ", set.name, set.as_of);
        let source = format!("[{}]", set.source);
        let mut list = el("ul").class("zg-code-list");
        for hit in hits {
            let code = &data.codes[hit.index];
            let copy = copy_button(
                &self.copy,
                &mut self.list,
                code.code.clone(),
                CopyKind::Code(set.name.clone()),
            );
            let printed = code.range.as_ref().map(|r| {
                el("span")
                    .class("zg-aside")
                    .text(&format!(" (printed as {r})"))
            });
            let mut item = el("li")
                .class("zg-code")
                .attr("data-code", &code.code)
                .child(
                    el("div")
                        .class("zg-code-head")
                        .child(el("span").class("zg-code-value").text(&code.code))
                        .maybe(printed)
                        .node(&copy),
                )
                .child(rich(el("p").class("zg-code-desc"), &code.description, &[]));
            if !code.includes.is_empty() {
                let mut terms = el("ul").class("zg-includes");
                for term in &code.includes {
                    terms = terms.child(el("li").text(term));
                }
                item = item
                    .child(el("p").class("zg-includes-label").text("Includes:"))
                    .child(terms);
            }
            list = list.child(
                item.child(
                    el("p")
                        .class("zg-code-meta")
                        .text(&meta)
                        .child(el("a").attr("href", &source_href).text(&source)),
                ),
            );
        }
        let cadence = match system {
            CodeSystem::Hcpcs => Some(&facts.hcpcs_cadence),
            CodeSystem::Icd10Cm => Some(&facts.icd_cadence),
            CodeSystem::Cpt => None,
        };
        Some(
            el("section")
                .class("zg-code-group")
                .attr("aria-labelledby", &heading)
                .child(
                    el("h3")
                        .id(&heading)
                        .class("zg-code-set")
                        .text(&set.name)
                        .child(
                            el("span")
                                .class("zg-aside")
                                .text(&format!(" · {}", set.full_name)),
                        ),
                )
                .child(el("p").class("zg-code-intro").text(&set.intro))
                .child(list)
                .child(el("p").class("zg-code-meta").text(&format!(
                    "Source [{}]: {reference} As of {}.",
                    set.source, set.as_of
                )))
                .maybe(
                    (system == CodeSystem::Cpt)
                        .then(|| el("p").class("zg-cpt-notice").text(&facts.cpt_notice)),
                )
                .maybe(cadence.map(|c| {
                    el("p")
                        .class("zg-source")
                        .text(&format!("{}: {c}", facts.source_label))
                })),
        )
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
fn focus_copy_button(list: &Element, step: Move) -> bool {
    let Ok(buttons) = list.query_selector_all(".zg-copy") else {
        return false;
    };
    let all: Vec<HtmlElement> = (0..buttons.length())
        .filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok())
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
