//! The optional age field and its indication check.

use leptos::either::Either;
use leptos::prelude::*;

use super::kit_state::KitState;
use super::Ids;
use crate::domain::{Age, AgeCheck, AgeError, Date};

/// The age in months and, at or above the indication's limit, a warning
/// (it never blocks the kit: the prescriber decides).
#[component]
pub fn AgeField(
    /// The panel's state.
    state: KitState,
    /// The instance's ids.
    ids: Ids,
) -> impl IntoView {
    let limit = state.data().dosing.max_age_months;
    let input_id = ids.id("age");
    let message_id = ids.id("age-message");
    let check = Memo::new(move |_| state.age.with(|typed| age_check(typed, limit)));
    let message = move || {
        check.with(|c| match c {
            Err(e) => Some(Either::Left(
                view! { <span class="zg-error">{e.to_string()}</span> },
            )),
            Ok(Some(check)) => check
                .warning()
                .map(|w| Either::Right(view! { <span class="zg-warning">{w}</span> })),
            Ok(None) => None,
        })
    };
    view! {
        <div class="zg-field zg-field--age">
            <label for=input_id.clone() class="zg-label">
                "Age in months "
                <span class="zg-optional">"(optional, for the indication check)"</span>
            </label>
            <input
                id=input_id
                class="zg-input zg-input--age"
                type="text"
                inputmode="decimal"
                aria-describedby=message_id.clone()
                aria-invalid=move || check.with(Result::is_err).then_some("true")
                on:input=move |ev| state.age.set(event_target_value(&ev))
            />
            <p id=message_id class="zg-age-message">{message}</p>
        </div>
    }
}

/// The age typed, checked against `limit` months as of today; `None` when
/// no age was typed (or the clock cannot be read).
fn age_check(typed: &str, limit: u32) -> Result<Option<AgeCheck>, AgeError> {
    let age = Age::parse_months(typed)?;
    let Some(today) = today() else {
        return Ok(None);
    };
    age.map(|a| a.check(limit, today)).transpose()
}

/// Today's date from the browser's clock (none at build time, where no age
/// is ever typed).
fn today() -> Option<Date> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}
