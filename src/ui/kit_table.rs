//! The guide's full kit table, the current kit highlighted.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;

use super::Ids;
use crate::domain::Data;

/// All kits as a real table in a contained scroller with a sticky header,
/// so a phone page never scrolls sideways.
#[component]
pub fn KitTable(
    /// The widget's data.
    data: Arc<Data>,
    /// Id prefix of this widget instance.
    ids: Ids,
    /// Index of the current kit, if any.
    #[prop(into)]
    current: Signal<Option<usize>>,
    /// The scroller, so "show in table" can find a row inside it.
    scroller: NodeRef<html::Div>,
) -> impl IntoView {
    let fills = data.dosing.vial_fills_ml;
    let caption_id = ids.id("table-caption");
    let footnotes = data.dosing.footnotes.clone();
    // One flag per row, flipped by one effect: a new kit wakes the effects
    // of two rows instead of all 37 (about 1 ms per keystroke at 4x CPU).
    let flags: Vec<RwSignal<bool>> = data.kits.iter().map(|_| RwSignal::new(false)).collect();
    let flip = {
        let flags = flags.clone();
        RenderEffect::new(move |previous: Option<Option<usize>>| {
            let now = current.get();
            if previous.flatten() != now {
                for (index, on) in [(previous.flatten(), false), (now, true)] {
                    if let Some(flag) = index.and_then(|i| flags.get(i)) {
                        flag.set(on);
                    }
                }
            }
            now
        })
    };
    // A render effect lives as long as its value: this keeps it as long as
    // the table.
    on_cleanup(move || drop(flip));
    let rows = data
        .kits
        .iter()
        .zip(flags)
        .enumerate()
        .map(|(i, (k, flag))| {
            let is_current = move || flag.get();
            view! {
                <tr
                    data-kit-index=i
                    tabindex="-1"
                    class:zg-row--current=is_current
                    aria-current=move || is_current().then_some("true")
                >
                    <th scope="row">{format!("{}–{}", k.min_kg, k.max_kg)}</th>
                    <td>{k.dose_ml.to_string()}</td>
                    <td>{k.vials[0]}</td>
                    <td>{k.vials[1]}</td>
                    <td>{k.total_vials}</td>
                    <td class="zg-mono">
                        {k.ndc.to_string()}
                        <span class="zg-vh">{move || is_current().then_some(" (current kit)")}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let caption_id_ref = caption_id.clone();
    view! {
        <div
            class="zg-table-scroll"
            node_ref=scroller
            tabindex="0"
            role="region"
            aria-labelledby=caption_id_ref
        >
            <table class="zg-table">
                <caption id=caption_id>
                    {format!("All {} ZOLGENSMA kits by patient weight", data.kits.len())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">"Weight (kg)"</th>
                        <th scope="col">"Dose volume" <sup>"a"</sup> " (mL)"</th>
                        <th scope="col">{format!("{} mL", fills[0])} <sup>"b"</sup> " vials"</th>
                        <th scope="col">{format!("{} mL", fills[1])} <sup>"c"</sup> " vials"</th>
                        <th scope="col">"Vials"</th>
                        <th scope="col">"NDC"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <ol class="zg-footnotes" type="a">
            {footnotes.into_iter().map(|n| view! { <li><super::rich::Rich text=n/></li> }).collect_view()}
        </ol>
    }
}

/// Scrolls the row of kit `index` into view inside `scroller` and focuses
/// it, smoothly unless the person asked for reduced motion.
pub fn show_row(scroller: NodeRef<html::Div>, index: usize) {
    let Some(scroller) = scroller.get_untracked() else {
        return;
    };
    let Ok(Some(row)) = scroller.query_selector(&format!("tr[data-kit-index=\"{index}\"]")) else {
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
