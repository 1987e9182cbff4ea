//! The optional date of service, and what each code set says for it.

use leptos::prelude::*;

use super::code_state::CodeState;

/// A date field; for the date given, one line per code set: the guide's
/// release covers it, or which release does (sources/facts.md). The date stays in
/// the browser: never stored, sent or put in a URL.
#[component]
pub fn DateOfService(
    /// The panel's state: the date and what each code set says for it.
    state: CodeState,
) -> impl IntoView {
    let instance = state.instance();
    let input_id = instance.id("service-date");
    let result_id = instance.id("service-date-result");
    let lines = move || {
        state.coverage.get().map(|all| {
            all.into_iter()
                .map(|c| {
                    view! {
                        <li class:zg-dos--covered=c.covered class:zg-dos--other=!c.covered>
                            {c.text}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="zg-field zg-field--dos">
            <label for=input_id.clone() class="zg-label">
                "Date of service "
                <span class="zg-optional">{"(optional: which code-set releases apply)"}</span>
            </label>
            <input
                id=input_id
                class="zg-input zg-input--date"
                type="date"
                aria-describedby=result_id.clone()
                on:input=move |ev| {
                    state.service_date.try_set(event_target_value(&ev));
                }
            />
            <ul id=result_id class="zg-dos" aria-live="polite">{lines}</ul>
        </div>
    }
}
