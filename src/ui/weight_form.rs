//! The weight field with its unit switch, hint and error.

use leptos::prelude::*;

use super::kit_state::KitState;
use crate::domain::{Unit, WeightError};

/// What the field says while its text gives no kit.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Problem {
    message: String,
    hint: String,
    /// Another reading to apply with one tap (`3040 g`).
    offer: Option<String>,
}

/// The patient's weight: the field, the unit switch, the hint and, while
/// the text gives no kit, the error with its suggestion (and, when the text
/// reads two ways, a button for the other reading).
#[component]
pub fn WeightField(
    /// The panel's state: what the field shows, and where typing goes.
    state: KitState,
) -> impl IntoView {
    let instance = state.instance();
    let data = state.data();
    let [min_kg, max_kg] = data.dosing.weight_range_kg;
    let input_id = instance.id("weight");
    let hint_id = instance.id("weight-hint");
    let error_id = instance.id("weight-error");
    let field = NodeRef::<leptos::html::Input>::new();
    // An empty field is not an error to shout about: it is where people start.
    let problem = Memo::new(move |_| {
        state.reading.with(|(outcome, _)| match outcome {
            Err(WeightError::Empty) | Ok(_) => None,
            Err(e) => Some(Problem {
                message: e.to_string(),
                hint: e.hint(),
                offer: e.offer().map(str::to_string),
            }),
        })
    });
    let invalid = move || problem.with(Option::is_some);
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if invalid() {
                format!("{error_id} {hint_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    let offer = move || problem.with(|p| p.as_ref().and_then(|p| p.offer.clone()));
    let take_offer = move |_| {
        if let Some(weight) = offer() {
            state.set_weight(weight, None);
            if let Some(Some(input)) = field.try_get() {
                let _ = input.focus();
            }
        }
    };
    view! {
        <div class="zg-field">
            <label for=input_id.clone() class="zg-label">"Patient weight"</label>
            <div class="zg-weight-row">
                <input
                    id=input_id
                    class="zg-input zg-input--weight"
                    type="text"
                    inputmode="decimal"
                    spellcheck="false"
                    enterkeyhint="done"
                    aria-describedby=described
                    aria-invalid=move || invalid().then_some("true")
                    node_ref=field
                    prop:value=move || state.field.get()
                    on:input=move |ev| state.type_weight(event_target_value(&ev))
                />
                <UnitSwitch state/>
            </div>
            <p id=hint_id class="zg-hint">
                {format!(
                    "Type kg, lb, lb and oz, or g (for example 3.2, 7 lb 4 oz, 3040 g). The table covers {min_kg} to {max_kg} kg.",
                )}
            </p>
            <div id=error_id class="zg-error" hidden=move || !invalid()>
                <p>
                    <strong>{move || problem.with(|p| p.as_ref().map(|p| p.message.clone()).unwrap_or_default())}</strong>
                    {move || problem.with(|p| p.as_ref().map(|p| format!(" {}", p.hint)).unwrap_or_default())}
                </p>
                // Rendered with the page and hidden, like every part that
                // appears on input: nothing is built in the browser.
                <button type="button" class="zg-button zg-offer" hidden=move || offer().is_none() on:click=take_offer>
                    {move || offer().map(|o| format!("Did you mean {o}?")).unwrap_or_default()}
                </button>
            </div>
        </div>
    }
}

/// The kg / lb / g switch: radio buttons styled as a segmented control. It
/// shows the unit the weight is in: the one typed after the number (`15
/// lb`, `7 lb 4 oz`), else the one chosen.
#[component]
fn UnitSwitch(
    /// The panel's state: the unit chosen, and the one the text names.
    state: KitState,
) -> impl IntoView {
    let instance = state.instance();
    let name = instance.id("unit");
    let selected = Memo::new(move |_| state.switch_unit());
    let options = Unit::ALL
        .into_iter()
        .map(|unit| {
            let id = instance.id(&format!("unit-{}", unit.symbol()));
            // Reading the choice too: a click on another unit while the
            // text names one puts the switch back on the text's unit.
            let checked = move || {
                state.unit.track();
                selected.get() == unit
            };
            view! {
                <input
                    type="radio"
                    class="zg-unit-radio"
                    id=id.clone()
                    name=name.clone()
                    value=unit.symbol()
                    prop:checked=checked
                    on:change=move |_| state.choose_unit(unit)
                />
                <label for=id class="zg-unit">{unit.symbol()}</label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="zg-units">
            <legend class="zg-vh">"Weight unit"</legend>
            {options}
        </fieldset>
    }
}
