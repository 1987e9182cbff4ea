//! The claim check: claim lines someone else wrote, pasted and checked
//! against the weight's kit and the guide (the domain's
//! `claim_check`). What is pasted stays in the browser.

use leptos::prelude::*;

use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::kit_state::{KitState, SETTLE_MS};
use super::timer::Later;
use crate::domain::claim_check::{announcement, Severity};

/// "Check claim lines": a field for pasted claim text, and one line per
/// finding, most serious first, each with the text to write instead and a
/// button to copy it.
#[component]
pub fn ClaimCheck(
    /// The panel's state: the pasted text, the weight's kit, the findings.
    state: KitState,
    /// Where the summary is said once the person pauses.
    announcer: Announcer,
) -> impl IntoView {
    let instance = state.instance();
    let field_id = instance.id("claim-check");
    let hint_id = instance.id("claim-check-hint");
    let list_id = instance.id("claim-check-findings");
    let pause = Later::new();
    let typed = move |ev| {
        state.pasted.try_set(event_target_value(&ev));
        pause.after(SETTLE_MS, move || {
            if let Some(said) = state.findings.try_with_untracked(|f| announcement(f)) {
                announcer.say(said);
            }
        });
    };
    let items = move || {
        state.findings.with(|findings| {
            findings
                .iter()
                .map(|f| {
                    let class = match f.severity {
                        Severity::Error => "zg-finding zg-finding--error",
                        Severity::Warning => "zg-finding zg-finding--fix",
                        Severity::Note => "zg-finding zg-finding--note",
                        Severity::Correct => "zg-finding zg-finding--ok",
                    };
                    let fix = f.fix.clone().map(|fix| {
                        let shown = fix.clone();
                        view! {
                            <span class="zg-finding-fix">
                                {"Write instead: "}
                                <code class="zg-claim-value">{shown}</code>
                                <CopyButton text=fix kind=CopyKind::Correction("corrected text") instance announcer/>
                            </span>
                        }
                    });
                    view! {
                        <li class=class>
                            <strong>{f.severity.label()}</strong>
                            {": "}
                            {f.message.clone()}
                            {fix}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let empty = move || state.findings.with(Vec::is_empty);
    view! {
        <div class="zg-field zg-field--claim-check">
            <label for=field_id.clone() class="zg-label">"Check claim lines"</label>
            <p id=hint_id.clone() class="zg-hint">
                "Paste what a claim says: a CMS-1500 line, 837 segments (LIN, CTP, SV1, SV2, HI), NDCs or codes. It is checked against the weight above and the guide; nothing leaves this page."
            </p>
            <textarea
                id=field_id
                class="zg-input zg-input--claim-check"
                rows="3"
                spellcheck="false"
                autocomplete="off"
                aria-describedby=format!("{hint_id} {list_id}")
                on:input=typed
            ></textarea>
            <ul id=list_id class="zg-findings" aria-label="Claim check findings" hidden=empty>
                {items}
            </ul>
        </div>
    }
}
