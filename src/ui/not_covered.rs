//! What the code search answers for a product this reference does not
//! cover (ITVISMA): a labelled entry, not a code.

use leptos::prelude::*;

use super::code_state::CodeState;
use super::rich::Rich;

/// The entry for the product at `index` of the data's `not_covered`:
/// what it is, what this reference covers instead, that it gives none of
/// its dosing or codes, and that these are facts beyond the guide. Built
/// with the list, shown while the query names the product.
#[component]
pub fn NotCoveredEntry(
    /// The panel's state: whether the query names the product.
    state: CodeState,
    /// Which product.
    index: usize,
) -> impl IntoView {
    let data = state.instance().data();
    let product = data.not_covered.get(index).cloned()?;
    let named = move || state.not_covered.with(|n| n.contains(&index));
    Some(view! {
        <div class="zg-not-covered" role="note" data-testid="not-covered" hidden=move || !named()>
            <p class="zg-not-covered-title">
                <strong>{format!("{}: not covered here", product.name)}</strong>
            </p>
            <p><Rich text=product.text.clone()/></p>
            <p>{format!("{} {}", product.contrast, product.scope)}</p>
            <p class="zg-source">{data.facts.source_label.clone()}</p>
        </div>
    })
}
