//! The result card: the kit for the weight typed, and what a biller needs
//! next. Built once per kind (no weight, an error, a kit); while a kit
//! shows, a keystroke changes only the texts whose value changed.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::host::Host;
use super::kit_state::KitState;
use super::kit_table::show_row;
use super::rich::{Power, Rich};
use super::Ids;
use crate::domain::card::CardText;
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
    /// The panel's state.
    state: KitState,
    /// The instance's services.
    host: Host,
    /// The instance's ids.
    ids: Ids,
    /// Where copies are announced.
    announcer: Announcer,
    /// The kit table's scroller ("Show this kit in the table").
    table: NodeRef<leptos::html::Div>,
) -> impl IntoView {
    let kind = Memo::new(move |_| {
        state.shown.with(|(outcome, _)| match outcome {
            Ok(_) => Kind::Kit,
            Err(WeightError::Empty) => Kind::NoWeight,
            Err(_) => Kind::Error,
        })
    });
    view! {
        <div class="zg-result">
            {move || match kind.get() {
                Kind::NoWeight => EitherOf3::A(view! {
                    <div class="zg-card zg-card--empty">
                        <p>"Type the patient's weight to see the kit, its NDC and the claim details."</p>
                    </div>
                }),
                // The error itself stands next to the field; no stale kit stays here.
                Kind::Error => EitherOf3::B(view! {
                    <div class="zg-card zg-card--empty"><p>"No kit: correct the weight above."</p></div>
                }),
                Kind::Kit => EitherOf3::C(view! {
                    <KitCard state host ids=ids.clone() announcer table/>
                }),
            }}
        </div>
    }
}

/// The card while a kit shows.
#[component]
fn KitCard(
    /// The panel's state.
    state: KitState,
    /// The instance's services.
    host: Host,
    /// The instance's ids.
    ids: Ids,
    /// Where copies are announced.
    announcer: Announcer,
    /// The kit table's scroller.
    table: NodeRef<leptos::html::Div>,
) -> impl IntoView {
    let data = state.data();
    let facts = &data.facts;
    let heading = ids.id("card-title");
    let text = move |get: fn(&CardText) -> &str| {
        move || {
            state
                .card
                .with(|c| c.as_ref().map(|c| get(c).to_string()).unwrap_or_default())
        }
    };
    let signal = move |get: fn(&CardText) -> &str| Signal::derive(text(get));
    let between = Memo::new(move |_| {
        state
            .card
            .with(|c| c.as_ref().and_then(|c| c.between.clone()))
    });
    let exponent =
        Signal::derive(move || state.card.with(|c| c.as_ref().map_or(0, |c| c.vg_exponent)));
    let show = move |_| {
        if let (Some(Some(scroller)), Some(index)) = (table.try_get(), state.kit_index()) {
            show_row(&scroller, index);
        }
    };
    let source_label = facts.source_label.clone();
    let labelled = heading.clone();
    view! {
        <article class="zg-card" aria-labelledby=labelled>
            <h3 id=heading class="zg-card-title">{text(|c| &c.title)}</h3>
            <div class="zg-ndc-main">
                <span class="zg-ndc-label">"NDC"</span>
                <span class="zg-ndc-value" data-testid="kit-ndc">{text(|c| &c.ndc10)}</span>
                <CopyButton text=signal(|c| &c.ndc10) kind=CopyKind::Billing("10-digit NDC") host announcer/>
            </div>
            <Show when=move || between.with(Option::is_some)>
                <div class="zg-note" role="note">
                    <p>
                        <strong>"Which kit: "</strong>
                        {move || between.get().unwrap_or_default()}
                    </p>
                    <p class="zg-source">{source_label.clone()}</p>
                </div>
            </Show>
            <dl class="zg-facts">
                <div><dt>"Weight band"</dt><dd>{text(|c| &c.band)}</dd></div>
                <div><dt>"Vials"</dt><dd data-testid="kit-vials">{text(|c| &c.vials)}</dd></div>
                <div><dt>"Dose volume (table)"</dt><dd>{text(|c| &c.dose)}</dd></div>
                <div><dt>"Kit capacity"</dt><dd>{text(|c| &c.capacity)}</dd></div>
                <div>
                    <dt>"Patient's dose volume"</dt>
                    <dd>
                        {text(|c| &c.patient_dose)}
                        <span class="zg-aside">{text(|c| &c.patient_dose_how)}</span>
                    </dd>
                </div>
                <div>
                    <dt>"Total vector genomes"</dt>
                    <dd data-testid="kit-vg">
                        <Power mantissa=signal(|c| &c.vg_mantissa) exponent/>
                        " vg"
                    </dd>
                </div>
            </dl>
            <h4 class="zg-card-sub">"For the claim"</h4>
            <dl class="zg-facts zg-facts--billing">
                <div>
                    <dt>"11-digit NDC"</dt>
                    <dd>
                        <span class="zg-mono" data-testid="kit-ndc11">{text(|c| &c.ndc11)}</span>
                        <span class="zg-aside">" · no hyphens: "</span>
                        <span class="zg-mono">{text(|c| &c.ndc11_bare)}</span>
                        <CopyButton text=signal(|c| &c.ndc11_bare) kind=CopyKind::Billing("11-digit NDC") host announcer/>
                    </dd>
                </div>
                <div>
                    <dt>"CMS-1500 item 24A"</dt>
                    <dd>
                        <code class="zg-mono" data-testid="kit-claim">{text(|c| &c.claim)}</code>
                        " "
                        <CopyButton text=signal(|c| &c.claim) kind=CopyKind::Billing("claim NDC string") host announcer/>
                    </dd>
                </div>
                <div><dt>"HCPCS"</dt><dd data-testid="kit-hcpcs">{text(|c| &c.hcpcs)}</dd></div>
            </dl>
            <details class="zg-about">
                <summary>"How these are formed"</summary>
                <p class="zg-source">
                    {format!("{} {} ", facts.ndc_11, facts.claim_format)}
                    <Rich text=facts.billing_units.clone()/>
                </p>
                <p class="zg-source">{format!("{}.", facts.source_label)}</p>
            </details>
            <button type="button" class="zg-button zg-button--quiet" on:click=show>
                "Show this kit in the table"
            </button>
        </article>
    }
}
