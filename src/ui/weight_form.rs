//! The weight field with its unit switch, hint and error.

use leptos::prelude::*;

use super::host::Host;
use super::kit_state::KitState;
use super::Ids;
use crate::domain::{Unit, WeightError};

/// The patient's weight: the field, the unit switch, the hint and, while
/// the text gives no kit, the error with its suggestion.
#[component]
pub fn WeightField(
    /// The panel's state.
    state: KitState,
    /// The instance's services.
    host: Host,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let data = state.data();
    let [min_kg, max_kg] = data.dosing.weight_range_kg;
    let input_id = ids.id("weight");
    let hint_id = ids.id("weight-hint");
    let error_id = ids.id("weight-error");
    // An empty field is not an error to shout about: it is where people start.
    let error = Memo::new(move |_| {
        state.shown.with(|(outcome, _)| match outcome {
            Err(WeightError::Empty) | Ok(_) => None,
            Err(e) => Some((e.to_string(), e.hint())),
        })
    });
    let invalid = move || error.with(Option::is_some);
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
                    prop:value=move || state.field.get()
                    on:input=move |ev| state.type_weight(&host, event_target_value(&ev))
                />
                <UnitSwitch state host ids/>
            </div>
            <p id=hint_id class="zg-hint">
                {format!(
                    "Type kg, lb or g (for example 3.2, 7 lb, 3040 g). The table covers {min_kg} to {max_kg} kg.",
                )}
            </p>
            <p id=error_id class="zg-error" hidden=move || !invalid()>
                <strong>{move || error.with(|e| e.as_ref().map(|e| e.0.clone()).unwrap_or_default())}</strong>
                {move || error.with(|e| e.as_ref().map(|e| format!(" {}", e.1)).unwrap_or_default())}
            </p>
        </div>
    }
}

/// The kg / lb / g switch: radio buttons styled as a segmented control.
#[component]
fn UnitSwitch(
    /// The panel's state.
    state: KitState,
    /// The instance's services.
    host: Host,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let name = ids.id("unit");
    let options = Unit::ALL
        .into_iter()
        .map(|unit| {
            let id = ids.id(&format!("unit-{}", unit.symbol()));
            view! {
                <input
                    type="radio"
                    class="zg-unit-radio"
                    id=id.clone()
                    name=name.clone()
                    value=unit.symbol()
                    prop:checked=move || state.unit.get() == unit
                    on:change=move |_| state.choose_unit(&host, unit)
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
