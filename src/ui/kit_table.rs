//! The guide's full kit table, the current kit marked.
//!
//! The table is prerendered HTML (`HTML.kit_table`, `domain::static_html`):
//! 37 rows of view code cost 6 KB brotli of wasm. One effect marks the
//! current row in the DOM.

use leptos::html;
use leptos::prelude::*;
use web_sys::Element;

use super::Ids;
use crate::domain::builtin::HTML;

/// All kits as a real table in a contained scroller with a sticky header,
/// so a phone page never scrolls sideways, and the table's footnotes.
#[component]
pub fn KitTable(
    /// Id prefix of this widget instance.
    ids: Ids,
    /// Index of the current kit, if any.
    #[prop(into)]
    current: Signal<Option<usize>>,
    /// The table's scroller, so the current kit's row can be marked and
    /// found ("show in table").
    scroller: NodeRef<html::Div>,
) -> impl IntoView {
    // Marks the rows of the kit that stops and the kit that starts being
    // current: two rows change, not 37. Runs once the table is in place
    // (the node ref is a signal), then on every change of kit.
    Effect::new(move |previous: Option<Option<usize>>| {
        let now = current.get();
        // Not in place yet: nothing is marked, so `None`.
        let holder = scroller.get()?;
        let previous = previous.flatten();
        if previous != now {
            mark(&holder, previous, false);
            mark(&holder, now, true);
        }
        now
    });
    view! {
        <div class="zg-kit-table">
            <div
                class="zg-table-scroll"
                node_ref=scroller
                tabindex="0"
                role="region"
                aria-labelledby=ids.id("table-caption")
                inner_html=ids.fill(HTML.kit_table)
            ></div>
            <ol class="zg-footnotes" type="a" inner_html=HTML.kit_footnotes></ol>
        </div>
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
pub fn show_row(scroller: NodeRef<html::Div>, index: usize) {
    let Some(scroller) = scroller.get_untracked() else {
        return;
    };
    let Some(row) = row(&scroller, index) else {
        return;
    };
    let reduce = window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
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
