//! The optional age field and its indication check.

use leptos::prelude::*;

use super::copy::Announcer;
use super::kit_state::KitState;

/// The age in months and, at or above the indication's limit, a warning
/// (it never blocks the kit: the prescriber decides). A new message is
/// also said through the panel's live region, and the card repeats the
/// warning while it applies.
#[component]
pub fn AgeField(
    /// The panel's state: the age typed and its check.
    state: KitState,
    /// Where a new message is announced.
    announcer: Announcer,
) -> impl IntoView {
    let instance = state.instance();
    let input_id = instance.id("age");
    let message_id = instance.id("age-message");
    let said = move || {
        state
            .age_message
            .try_with_untracked(|m| m.as_ref().map(|m| m.clone().unwrap_or_else(|e| e)))
            .flatten()
    };
    // One span, rendered with the page: its class and text follow the
    // check (nothing is built in the browser).
    let class = move || {
        state.age_message.with(|m| match m {
            Some(Err(_)) => "zg-error",
            Some(Ok(_)) => "zg-warning",
            None => "",
        })
    };
    let text = move || {
        state.age_message.with(|m| {
            m.as_ref()
                .map(|m| m.clone().unwrap_or_else(|e| e))
                .unwrap_or_default()
        })
    };
    let typed = move |ev| {
        let before = said();
        state.age.try_set(event_target_value(&ev));
        let now = said();
        if let Some(now) = now.filter(|now| Some(now) != before.as_ref()) {
            announcer.say(now);
        }
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
                aria-invalid=move || state.age_message.with(|m| matches!(m, Some(Err(_)))).then_some("true")
                on:input=typed
            />
            <p id=message_id class="zg-age-message">
                <span class=class hidden=move || state.age_message.with(Option::is_none)>{text}</span>
            </p>
        </div>
    }
}
