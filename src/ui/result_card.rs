//! The result card: the kit for the weight typed and, first, what a biller
//! needs for the claim. Rendered with the page (hidden while no kit shows)
//! and never rebuilt: a keystroke changes only the texts and attributes
//! whose value changed. Nothing of it is built in the browser, so no part
//! of it goes through `innerHTML` (Trusted Types).

use leptos::prelude::*;

use super::claim_block::ClaimBlock;
use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::instance::Surface;
use super::kit_state::KitState;
use super::kit_table::{show_row, TABLE_SCROLLER};
use super::needs_script::NeedsScript;
use super::rich::{Power, Rich};
use crate::domain::WeightError;

/// What the card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    NoWeight,
    Error,
    Kit,
}

/// The card for the panel's current input.
#[component]
pub fn ResultCard(
    /// The panel's state: the weight's kit, or why there is none.
    state: KitState,
    /// Where copies are announced.
    announcer: Announcer,
) -> impl IntoView {
    let kind = Memo::new(move |_| {
        state.reading.with(|(outcome, _)| match outcome {
            Ok(_) => Kind::Kit,
            Err(WeightError::Empty) => Kind::NoWeight,
            Err(_) => Kind::Error,
        })
    });
    let instance = state.instance();
    view! {
        <div class="zg-result">
            <div class="zg-card zg-card--empty" hidden=move || kind.get() != Kind::NoWeight>
                <NeedsScript instance what="The kit finder" instead="use the kit table below">
                    <p>"Type the patient's weight to see the kit, its NDC and the claim lines."</p>
                </NeedsScript>
            </div>
            // The error itself stands next to the field; no stale kit stays here.
            <div class="zg-card zg-card--empty" hidden=move || kind.get() != Kind::Error>
                <p>"No kit: correct the weight above."</p>
            </div>
            <KitCard state announcer showing=Signal::derive(move || kind.get() == Kind::Kit)/>
        </div>
    }
}

/// The card while a kit shows: title, NDC, the claim block, why this kit
/// (between bands), the pharmacy's figures, and where they come from.
#[component]
fn KitCard(
    /// The panel's state: every text of the card.
    state: KitState,
    /// Where copies are announced.
    announcer: Announcer,
    /// Whether a kit shows (the card is hidden, not removed, otherwise).
    showing: Signal<bool>,
) -> impl IntoView {
    let instance = state.instance();
    let data = state.data();
    let facts = &data.facts;
    let heading = instance.id("card-title");
    let labelled = heading.clone();
    let text = move |get| state.card_text(get);
    let signal = move |get| state.card_signal(get);
    let between = Memo::new(move |_| {
        state
            .card
            .with(|c| c.as_ref().and_then(|c| c.between.clone()))
    });
    let warning = Memo::new(move |_| state.age_warning());
    let exponent =
        Signal::derive(move || state.card.with(|c| c.as_ref().map_or(0, |c| c.vg_exponent)));
    let show = move |ev: web_sys::MouseEvent| {
        if let Some(index) = state.kit_index() {
            show_row(&ev, &instance.id(TABLE_SCROLLER), index);
        }
    };
    let link = (instance.surface() == Surface::Page).then(|| {
        let url = Signal::derive(move || state.input().map(|(w, u)| kit_link(&w, u)).unwrap_or_default());
        view! {
            <CopyButton text=url kind=CopyKind::Billing("link to this kit") instance announcer label="Copy link to this kit"/>
        }
    });
    let rule = facts.between_bands.clone();
    let source_label = facts.source_label.clone();
    let source_label_2 = facts.source_label.clone();
    view! {
        <article class="zg-card" aria-labelledby=labelled hidden=move || !showing.get()>
            <h3 id=heading class="zg-card-title">{text(|c| &c.title)}</h3>
            <p class="zg-card-warning" role="note" hidden=move || warning.with(Option::is_none)>
                <strong>"Indication: "</strong>
                {move || warning.get().unwrap_or_default()}
            </p>
            <div class="zg-ndc-main">
                <span class="zg-ndc-label">"NDC"</span>
                // The test id marks the NDC of a kit shown, and only then.
                <span class="zg-ndc-value" data-testid=move || showing.get().then_some("kit-ndc")>
                    {text(|c| &c.ndc10)}
                </span>
                <CopyButton text=signal(|c| &c.ndc10) kind=CopyKind::Billing("10-digit NDC") instance announcer/>
            </div>
            <ClaimBlock state announcer/>
            <div class="zg-note" role="note" hidden=move || between.with(Option::is_none)>
                <p><strong>"Which kit: "</strong>{move || between.get().unwrap_or_default()}</p>
                <details class="zg-why">
                    <summary>"The rule"</summary>
                    <p>{rule}</p>
                    <p class="zg-source">{source_label}</p>
                </details>
            </div>
            <h4 class="zg-card-sub">"Pharmacy"</h4>
            <dl class="zg-facts">
                <div><dt>"Weight band"</dt><dd>{text(|c| &c.band)}</dd></div>
                <div><dt>"Vials"</dt><dd data-testid="kit-vials">{text(|c| &c.vials)}</dd></div>
                <div><dt>"Dose volume (table)"</dt><dd>{text(|c| &c.dose)}</dd></div>
                <div><dt>"Kit capacity"</dt><dd>{text(|c| &c.capacity)}</dd></div>
                <div>
                    <dt>"Patient's dose volume"</dt>
                    <dd>
                        <span data-testid="kit-dose">{text(|c| &c.patient_dose)}</span>
                        <span class="zg-aside">{text(|c| &c.patient_dose_how)}</span>
                    </dd>
                </div>
                <div>
                    <dt>"Total vector genomes"</dt>
                    <dd>
                        <span data-testid="kit-vg"><Power mantissa=signal(|c| &c.vg_mantissa) exponent/> " vg"</span>
                        <CopyButton text=signal(|c| &c.vg_text) kind=CopyKind::Billing("total vector genomes") instance announcer/>
                    </dd>
                </div>
            </dl>
            <details class="zg-about">
                <summary>"How these are formed"</summary>
                <p class="zg-source">
                    {format!("{} {} ", facts.ndc_11, facts.claim_format)}
                    <Rich text=facts.billing_units.clone()/>
                </p>
                <p class="zg-source">{format!("{source_label_2}.")}</p>
            </details>
            <div class="zg-card-actions">
                {link}
                <button type="button" class="zg-button zg-button--quiet" on:click=show>
                    "Show this kit in the table"
                </button>
            </div>
        </article>
    }
}

/// A link to the static page that opens with this weight and unit
/// (`…/?weight=3.04&unit=kg`); made only when asked for, never put in the
/// page's own URL.
fn kit_link(weight: &str, unit: crate::domain::Unit) -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    let location = window().location();
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    params.append("weight", weight.trim());
    params.append("unit", unit.symbol());
    let query: String = params.to_string().into();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}?{query}")
}
