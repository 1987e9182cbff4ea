//! The kit resolver panel: weight field, unit switch, age field and the
//! result card.

use std::sync::Arc;

use leptos::prelude::*;

use super::copy::CopyButton;
use super::events::CopyKind;
use super::rich::Power;
use super::Ids;
use crate::domain::builtin::HTML;
use crate::domain::{Age, Data, Date, Resolution, Unit, Weight, WeightError};

/// What the resolver shows for the current input.
pub type Outcome = Result<Resolution, WeightError>;

/// The input half of the panel: weight, unit, age, and the messages that
/// belong next to them.
#[component]
pub fn WeightForm(
    /// The widget's data.
    data: Arc<Data>,
    /// Id prefix of this widget instance.
    ids: Ids,
    /// The weight as typed.
    weight: RwSignal<String>,
    /// The selected unit.
    unit: RwSignal<Unit>,
    /// The age in months as typed.
    age: RwSignal<String>,
    /// The resolution of the current input.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let error_id = ids.id("weight-error");
    let hint_id = ids.id("weight-hint");
    let age_msg_id = ids.id("age-message");
    // An empty field is not an error to shout about: it is where people start.
    let error = Memo::new(move |_| match outcome.get() {
        Err(WeightError::Empty) | Ok(_) => None,
        Err(e) => Some(e),
    });
    let limit = data.dosing.max_age_months;
    let age_check = Memo::new(move |_| {
        let parsed = Age::parse_months(&age.get())?;
        let Some(today) = today() else {
            return Ok(None);
        };
        parsed.map(|a| a.check(limit, today)).transpose()
    });
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || match error.get() {
            Some(_) => format!("{error_id} {hint_id}"),
            None => hint_id.clone(),
        }
    };
    let [min_kg, max_kg] = data.dosing.weight_range_kg;
    view! {
        <form class="zg-form" on:submit=|ev| ev.prevent_default()>
            <div class="zg-field">
                <label for=ids.id("weight") class="zg-label">"Patient weight"</label>
                <div class="zg-weight-row">
                    <input
                        id=ids.id("weight")
                        class="zg-input zg-input--weight"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        enterkeyhint="done"
                        aria-invalid=move || error.get().map(|_| "true")
                        aria-describedby=described_by
                        prop:value=move || weight.get()
                        on:input=move |ev| weight.set(event_target_value(&ev))
                    />
                    <UnitSwitch ids=ids.clone() unit=unit/>
                </div>
                <p id=hint_id class="zg-hint">
                    {format!("Type kg, lb or g (for example 3.2, 7 lb, 3040 g). The table covers {min_kg} to {max_kg} kg.")}
                </p>
                <p id=error_id class="zg-error" hidden=move || error.get().is_none()>
                    {move || error.get().map(|e| view! {
                        <strong>{e.to_string()}</strong> " " {e.hint()}
                    })}
                </p>
            </div>
            <div class="zg-field zg-field--age">
                <label for=ids.id("age") class="zg-label">
                    "Age in months " <span class="zg-optional">"(optional, for the indication check)"</span>
                </label>
                <input
                    id=ids.id("age")
                    class="zg-input zg-input--age"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-describedby=age_msg_id.clone()
                    aria-invalid=move || age_check.get().is_err().then_some("true")
                    prop:value=move || age.get()
                    on:input=move |ev| age.set(event_target_value(&ev))
                />
                <p id=age_msg_id class="zg-age-message">
                    {move || match age_check.get() {
                        Err(e) => Some(view! { <span class="zg-error">{e.to_string()}</span> }.into_any()),
                        Ok(Some(check)) => check.warning().map(|w| view! { <span class="zg-warning">{w}</span> }.into_any()),
                        Ok(None) => None,
                    }}
                </p>
            </div>
        </form>
    }
}

/// Today's date from the browser's clock, for the age check.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}

/// kg / lb / g as a radio group styled like a segmented control.
#[component]
fn UnitSwitch(
    /// Id prefix of this widget instance.
    ids: Ids,
    /// The selected unit.
    unit: RwSignal<Unit>,
) -> impl IntoView {
    let name = ids.id("unit");
    view! {
        <fieldset class="zg-units">
            <legend class="zg-vh">"Weight unit"</legend>
            {Unit::ALL
                .into_iter()
                .map(|u| {
                    let id = ids.id(&format!("unit-{}", u.symbol()));
                    view! {
                        <input
                            type="radio"
                            class="zg-unit-radio"
                            id=id.clone()
                            name=name.clone()
                            value=u.symbol()
                            prop:checked=move || unit.get() == u
                            on:change=move |_| unit.set(u)
                        />
                        <label for=id class="zg-unit">{u.symbol()}</label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The result card: the kit and what a biller needs next, or a prompt.
#[component]
pub fn ResultCard(
    /// The widget's data.
    data: Arc<Data>,
    /// Id prefix of this widget instance.
    ids: Ids,
    /// The weight as typed (to echo it back).
    weight: RwSignal<String>,
    /// The selected unit.
    unit: RwSignal<Unit>,
    /// The resolution of the current input.
    outcome: Memo<Outcome>,
    /// Scrolls the kit table to the row of this kit and focuses it.
    on_show_in_table: Callback<usize>,
) -> impl IntoView {
    let heading_id = ids.id("card-title");
    let body = move || {
        match outcome.get() {
        Ok(r) => {
            view! { <KitCard data=data.clone() r=r typed=weight.get_untracked() unit=unit.get_untracked() heading_id=heading_id.clone() on_show_in_table=on_show_in_table/> }
                .into_any()
        }
        Err(WeightError::Empty) => view! {
            <div class="zg-card zg-card--empty">
                <p>"Type the patient's weight to see the kit, its NDC and the claim details."</p>
            </div>
        }
        .into_any(),
        // The error itself stands next to the field; no stale kit stays here.
        Err(_) => view! {
            <div class="zg-card zg-card--empty">
                <p>"No kit: correct the weight above."</p>
            </div>
        }
        .into_any(),
    }
    };
    view! { <div class="zg-result">{body}</div> }
}

/// The card for one resolution.
#[component]
fn KitCard(
    data: Arc<Data>,
    r: Resolution,
    typed: String,
    unit: Unit,
    heading_id: String,
    on_show_in_table: Callback<usize>,
) -> impl IntoView {
    let (kg, exact) = r.weight.kg_text();
    let entered = Weight::parse_with_unit(&typed, unit).map_or(Unit::Kg, |(_, u)| u);
    let echo = match entered {
        Unit::Kg => format!("{kg} kg"),
        other => {
            let approx = if exact { "=" } else { "≈" };
            format!(
                "{} {} ({approx} {kg} kg)",
                r.weight.text_in(other),
                other.symbol()
            )
        }
    };
    let fills = data.dosing.vial_fills_ml;
    let kit = r.kit;
    let vials = format!(
        "{} × {} mL + {} × {} mL = {} vials",
        kit.vials[0], fills[0], kit.vials[1], fills[1], kit.total_vials
    );
    let ml_per_kg = data.ml_per_kg_text();
    let ndc10 = kit.ndc.to_string();
    let ndc11 = r.ndc11.to_string();
    let ndc11_bare = r.ndc11.bare();
    let claim = r.claim.clone();
    let facts = data.facts.clone();
    let index = r.index;
    let between = r.off_grid.then(|| {
        let place = if r.between_bands {
            let prev = index.checked_sub(1).and_then(|i| data.kits.get(i));
            match prev {
                Some(p) => format!(
                    "{kg} kg falls between the printed bands {}–{} kg and {}–{} kg.",
                    p.min_kg, p.max_kg, kit.min_kg, kit.max_kg
                ),
                None => format!("{kg} kg is not printed in the table."),
            }
        } else {
            format!(
                "{kg} kg is not on the guide's 0.1 kg grid; it lies inside the printed band {}–{} kg.",
                kit.min_kg, kit.max_kg
            )
        };
        let check = format!(
            "{kg} kg needs {} mL; this kit holds {} mL.",
            r.patient_dose_text(),
            r.capacity_ml
        );
        view! {
            <div class="zg-note" role="note">
                <p><strong>"Which kit: "</strong>{place} " " {facts.between_bands.clone()} " " {check}</p>
                <p class="zg-source">{facts.source_label.clone()}</p>
            </div>
        }
    });
    let heading_id_ref = heading_id.clone();
    view! {
        <article class="zg-card" aria-labelledby=heading_id_ref>
            <h3 id=heading_id class="zg-card-title">"Kit for " {echo}</h3>
            <div class="zg-ndc-main">
                <span class="zg-ndc-label">"NDC"</span>
                <span class="zg-ndc-value" data-testid="kit-ndc">{ndc10.clone()}</span>
                <CopyButton text=ndc10 kind=CopyKind::Billing("10-digit NDC")/>
            </div>
            {between}
            <dl class="zg-facts">
                <div><dt>"Weight band"</dt><dd>{format!("{} – {} kg", kit.min_kg, kit.max_kg)}</dd></div>
                <div><dt>"Vials"</dt><dd data-testid="kit-vials">{vials}</dd></div>
                <div><dt>"Dose volume (table)"</dt><dd>{format!("{} mL", kit.dose_ml)}</dd></div>
                <div><dt>"Kit capacity"</dt><dd>{format!("{} mL", r.capacity_ml)}</dd></div>
                <div>
                    <dt>"Patient's dose volume"</dt>
                    <dd>{format!("{} mL", r.patient_dose_text())} <span class="zg-aside">{format!(" ({kg} kg × {ml_per_kg} mL/kg)")}</span></dd>
                </div>
                <div>
                    <dt>"Total vector genomes"</dt>
                    <dd data-testid="kit-vg"><Power mantissa=r.vector_genomes.mantissa_text() exponent=r.vector_genomes.exponent/> " vg"</dd>
                </div>
            </dl>
            <h4 class="zg-card-sub">"For the claim"</h4>
            <dl class="zg-facts zg-facts--billing">
                <div>
                    <dt>"11-digit NDC"</dt>
                    <dd>
                        <span class="zg-mono" data-testid="kit-ndc11">{ndc11}</span>
                        <span class="zg-aside">" · no hyphens: "</span>
                        <span class="zg-mono">{ndc11_bare.clone()}</span>
                        <CopyButton text=ndc11_bare kind=CopyKind::Billing("11-digit NDC")/>
                    </dd>
                </div>
                <div>
                    <dt>"CMS-1500 item 24A"</dt>
                    <dd><code class="zg-mono" data-testid="kit-claim">{claim.clone()}</code> <CopyButton text=claim kind=CopyKind::Billing("claim NDC string")/></dd>
                </div>
                <div>
                    <dt>"HCPCS"</dt>
                    <dd data-testid="kit-hcpcs">{format!("{} × {} unit{}", r.hcpcs, r.hcpcs_units, if r.hcpcs_units == 1 { "" } else { "s" })}</dd>
                </div>
            </dl>
            <details class="zg-about" inner_html=HTML.card_about></details>
            <button type="button" class="zg-button zg-button--quiet" on:click=move |_| on_show_in_table.run(index)>
                "Show this kit in the table"
            </button>
        </article>
    }
}

/// The text the polite status region reads after each keystroke.
pub fn announcement(outcome: &Outcome) -> String {
    match outcome {
        Ok(r) => format!("Kit {} for {} kg.", r.kit.ndc, r.weight.kg_text().0),
        Err(WeightError::Empty) => String::new(),
        Err(e) => e.to_string(),
    }
}
