//! The guide's full kit table, the current kit marked.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::kit_state::KitState;
use super::rich::Rich;

/// The name of the table's scroll box in its instance's ids (the card's
/// "Show this kit in the table" finds it by it: they are different
/// islands).
pub const TABLE_SCROLLER: &str = "table-scroll";

/// All kits as a real table in a contained scroller with a sticky header,
/// so a phone page never scrolls sideways, and the table's footnotes. The
/// current kit's row is highlighted and named for screen readers; a kit
/// change touches the two rows involved, not all 37.
#[component]
pub fn KitTable(
    /// The panel's state: which kit to mark.
    state: KitState,
) -> impl IntoView {
    let scroller = NodeRef::<leptos::html::Div>::new();
    let scroller_id = state.instance().id(TABLE_SCROLLER);
    let data = state.data();
    let [a, b] = data.dosing.vial_fills_ml;
    let caption = state.instance().id("table-caption");
    // One flag per row, flipped by the effect below for the two rows whose
    // state changes: a kit change wakes those two rows, not all 37 (a memo
    // per row would wake every row's effects to check it).
    let current: Vec<RwSignal<bool>> = data.kits.iter().map(|_| RwSignal::new(false)).collect();
    let rows = data
        .kits
        .iter()
        .zip(current.iter().copied())
        .enumerate()
        .map(|(i, (k, on))| {
            view! {
                <tr
                    data-kit-index=i.to_string()
                    tabindex="-1"
                    class:zg-row--current=on
                    aria-current=move || on.get().then_some("true")
                >
                    <th scope="row">{format!("{}–{}", k.min_kg, k.max_kg)}</th>
                    <td>{k.dose_ml.to_string()}</td>
                    <td>{k.vials[0].to_string()}</td>
                    <td>{k.vials[1].to_string()}</td>
                    <td>{k.total_vials.to_string()}</td>
                    <td class="zg-mono">
                        {k.ndc.to_string()}
                        <span class="zg-vh">{move || if on.get() { " (current kit)" } else { "" }}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    // On wide screens the table is a scroll box beside the card: it brings
    // the kit shown into view (on phones it is part of the page and stays
    // put; the page does not jump while someone types). Measuring the
    // table needs a layout: done in the next animation frame, whose layout
    // it is anyway, not in the keystroke (a forced layout there was most
    // of a keystroke's time).
    Effect::new(move |before: Option<Option<usize>>| {
        let now = state.index.get();
        for (index, on) in [(before.flatten(), false), (now, true)] {
            if let Some(flag) = index.and_then(|i| current.get(i)) {
                flag.set(on);
            }
        }
        if let (Some(index), Some(scroller)) = (now, scroller.get()) {
            request_animation_frame(move || reveal_row(&scroller, index));
        }
        now
    });
    let footnotes = data
        .dosing
        .footnotes
        .iter()
        .map(|note| view! { <li><Rich text=note.clone()/></li> })
        .collect_view();
    let labelled = caption.clone();
    view! {
        <div class="zg-kit-table">
            <p class="zg-intro"><Rich text=data.dosing.kit_text.clone()/></p>
            <div
                class="zg-table-scroll"
                id=scroller_id
                tabindex="0"
                role="region"
                aria-labelledby=labelled
                node_ref=scroller
            >
                <table class="zg-table">
                    <caption id=caption>
                        {format!("All {} ZOLGENSMA kits by patient weight", data.kits.len())}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Weight (kg)"</th>
                            <th scope="col">"Dose volume" <sup>"a"</sup> " (mL)"</th>
                            <th scope="col">{a.to_string()} " mL" <sup>"b"</sup> " vials"</th>
                            <th scope="col">{b.to_string()} " mL" <sup>"c"</sup> " vials"</th>
                            <th scope="col">"Vials"</th>
                            <th scope="col">"NDC"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ol class="zg-footnotes" type="a">{footnotes}</ol>
        </div>
    }
}

/// Scrolls `scroller` (when it is a scroll box) so that the row of kit
/// `index` is in view, without moving the page.
fn reveal_row(scroller: &web_sys::HtmlDivElement, index: usize) {
    if scroller.scroll_height() <= scroller.client_height() + 1 {
        return;
    }
    let Ok(Some(row)) = scroller.query_selector(&format!("tr[data-kit-index=\"{index}\"]")) else {
        return;
    };
    let Ok(row) = row.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let (top, height) = (row.offset_top(), row.offset_height());
    let (view_top, view_height) = (scroller.scroll_top(), scroller.client_height());
    if top < view_top || top + height > view_top + view_height {
        scroller.set_scroll_top(top - (view_height - height) / 2);
    }
}

/// Scrolls the row of kit `index` into view inside the scroll box `id`
/// of the widget where `ev` happened (its document or shadow root), and
/// focuses it, smoothly unless the person asked for reduced motion.
pub fn show_row(ev: &web_sys::MouseEvent, id: &str, index: usize) {
    let root = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .map(|n| n.get_root_node());
    let scroller = root.and_then(|root| match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    });
    let Some(Ok(Some(row))) =
        scroller.map(|s| s.query_selector(&format!("tr[data-kit-index=\"{index}\"]")))
    else {
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
    if let Ok(row) = row.dyn_into::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = row.focus_with_options(&focus);
    }
}
