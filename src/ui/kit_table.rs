//! The guide's full kit table, the current kit marked.
//!
//! The table is prerendered HTML (`HTML.kit_table`, `domain::static_html`);
//! marking the current kit changes two rows, not 37.

use web_sys::Element;

use super::dom::{el, El};
use super::Ids;
use crate::domain::builtin::HTML;

/// The table's scroller, where its rows are found.
pub struct KitTable {
    scroller: Element,
}

impl KitTable {
    /// All kits as a real table in a contained scroller with a sticky
    /// header, so a phone page never scrolls sideways, and the table's
    /// footnotes.
    pub fn build(ids: &Ids) -> (KitTable, El) {
        let scroller = el("div")
            .class("zg-table-scroll")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-labelledby", &ids.id("table-caption"))
            .prerendered(&ids.fill(HTML.kit_table))
            .get();
        let view = el("div").class("zg-kit-table").node(&scroller).child(
            el("ol")
                .class("zg-footnotes")
                .attr("type", "a")
                .prerendered(HTML.kit_footnotes),
        );
        (KitTable { scroller }, view)
    }

    /// Moves the mark from kit `from` to kit `to`.
    pub fn mark(&self, from: Option<usize>, to: Option<usize>) {
        if from != to {
            mark(&self.scroller, from, false);
            mark(&self.scroller, to, true);
        }
    }

    /// The scroller (for "show this kit in the table").
    pub fn scroller(&self) -> &Element {
        &self.scroller
    }
}

/// The table row of kit `index` inside `holder`.
fn row(holder: &Element, index: usize) -> Option<Element> {
    holder
        .query_selector(&format!("tr[data-kit-index=\"{index}\"]"))
        .ok()
        .flatten()
}

/// Marks (or unmarks) kit `index`'s row as the current kit: highlighted,
/// `aria-current`, and "(current kit)" for screen readers.
fn mark(holder: &Element, index: Option<usize>, on: bool) {
    let Some(row) = index.and_then(|i| row(holder, i)) else {
        return;
    };
    // The rows have no other class.
    row.set_class_name(if on { "zg-row--current" } else { "" });
    let _ = if on {
        row.set_attribute("aria-current", "true")
    } else {
        row.remove_attribute("aria-current")
    };
    if let Ok(Some(note)) = row.query_selector(".zg-vh") {
        note.set_text_content(on.then_some(" (current kit)"));
    }
}

/// Scrolls the row of kit `index` into view inside `scroller` and focuses
/// it, smoothly unless the person asked for reduced motion.
pub fn show_row(scroller: &Element, index: usize) {
    let Some(row) = row(scroller, index) else {
        return;
    };
    let reduce = web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches());
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if reduce {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    row.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(row) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(row) {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = row.focus_with_options(&focus);
    }
}
