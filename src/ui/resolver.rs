//! The kit resolver panel: weight field, unit switch, age field, the
//! result card and the kit table.

use web_sys::{Element, HtmlElement, HtmlInputElement};

use super::copy::{copy_button, CopyContext};
use super::dom::{el, field, El, Listeners};
use super::events::{CopyKind, KitDetail, WidgetEvent};
use super::kit_table::{show_row, KitTable};
use super::rich::power;
use super::{Ids, Input, InputHook};
use crate::domain::builtin::HTML;
use crate::domain::card::{announcement, read, CardText, Outcome};
use crate::domain::{Age, AgeCheck, AgeError, Data, Date, Resolution, Unit, WeightError};

/// The panel's elements and what they show.
pub struct Resolver {
    /// The card's heading id (the card names itself by it).
    card_title_id: String,
    copy: CopyContext,
    /// Whether a host hears of kit changes (building their detail is
    /// wasted work otherwise).
    report: bool,
    on_input: Option<InputHook>,
    /// The form (its submit does nothing: results show as people type).
    pub(super) form: Element,
    /// The weight field.
    pub(super) weight: HtmlInputElement,
    /// The unit switch's radio buttons.
    pub(super) units: Vec<(Unit, HtmlInputElement)>,
    /// The age field.
    pub(super) age: HtmlInputElement,
    error: HtmlElement,
    /// What describes the weight field: the hint, and the error when shown.
    described_by: [String; 2],
    age_message: Element,
    status: Element,
    result: Element,
    table: KitTable,
    typed: String,
    unit: Unit,
    /// What the card shows: the outcome, and the unit the weight was
    /// typed in (the card's title echoes it).
    shown: Option<(Outcome, Unit)>,
    /// The card's copy buttons and its "show in table" button.
    card: Listeners,
}

impl Resolver {
    /// Builds the panel's content into `section`, showing the kit for
    /// `input` at once; the event is what the host hears of that kit.
    pub fn build(
        data: &Data,
        ids: &Ids,
        copy: CopyContext,
        input: &Input,
        report: bool,
        on_input: Option<InputHook>,
        section: El,
    ) -> (Resolver, El, Option<WidgetEvent>) {
        let error_id = ids.id("weight-error");
        let hint_id = ids.id("weight-hint");
        let age_message_id = ids.id("age-message");
        let weight: HtmlInputElement =
            field(&ids.id("weight"), "zg-input zg-input--weight", "text")
                .attr("inputmode", "decimal")
                .attr("spellcheck", "false")
                .attr("enterkeyhint", "done")
                .attr("aria-describedby", &hint_id)
                .get_as();
        weight.set_value(&input.weight);
        let name = ids.id("unit");
        let mut switch = el("fieldset")
            .class("zg-units")
            .child(el("legend").class("zg-vh").text("Weight unit"));
        let mut units = Vec::new();
        for unit in Unit::ALL {
            let id = ids.id(&format!("unit-{}", unit.symbol()));
            let radio: HtmlInputElement = el("input")
                .attr("type", "radio")
                .class("zg-unit-radio")
                .id(&id)
                .attr("name", &name)
                .attr("value", unit.symbol())
                .get_as();
            radio.set_checked(unit == input.unit);
            switch = switch.node(&radio).child(
                el("label")
                    .attr("for", &id)
                    .class("zg-unit")
                    .text(unit.symbol()),
            );
            units.push((unit, radio));
        }
        let [min_kg, max_kg] = data.dosing.weight_range_kg;
        let error: HtmlElement = el("p").id(&error_id).class("zg-error").get_as();
        error.set_hidden(true);
        let age: HtmlInputElement = field(&ids.id("age"), "zg-input zg-input--age", "text")
            .attr("inputmode", "decimal")
            .attr("aria-describedby", &age_message_id)
            .get_as();
        let age_message = el("p").id(&age_message_id).class("zg-age-message").get();
        let form = el("form")
            .class("zg-form")
            .child(
                el("div")
                    .class("zg-field")
                    .child(
                        el("label")
                            .attr("for", &ids.id("weight"))
                            .class("zg-label")
                            .text("Patient weight"),
                    )
                    .child(el("div").class("zg-weight-row").node(&weight).child(switch))
                    .child(el("p").id(&hint_id).class("zg-hint").text(&format!(
                        "Type kg, lb or g (for example 3.2, 7 lb, 3040 g). The table covers {min_kg} to {max_kg} kg."
                    )))
                    .node(&error),
            )
            .child(
                el("div")
                    .class("zg-field zg-field--age")
                    .child(
                        el("label")
                            .attr("for", &ids.id("age"))
                            .class("zg-label")
                            .text("Age in months ")
                            .child(
                                el("span")
                                    .class("zg-optional")
                                    .text("(optional, for the indication check)"),
                            ),
                    )
                    .node(&age)
                    .node(&age_message),
            )
            .get();
        let status = live_region();
        let result = el("div").class("zg-result").get();
        let (table, table_view) = KitTable::build(ids);
        let section = section
            .child(el("p").class("zg-intro").prerendered(HTML.kit_intro))
            .child(
                el("div")
                    .class("zg-kit-layout")
                    .child(
                        el("div")
                            .class("zg-kit-main")
                            .node(&form)
                            .node(&status)
                            .node(&result),
                    )
                    .child(table_view),
            )
            .child(el("p").class("zg-intro").prerendered(HTML.kit_note));
        let mut resolver = Resolver {
            card_title_id: ids.id("card-title"),
            copy,
            report,
            on_input,
            form,
            weight,
            units,
            age,
            error,
            described_by: [hint_id.clone(), format!("{error_id} {hint_id}")],
            age_message,
            status,
            result,
            table,
            typed: input.weight.clone(),
            unit: input.unit,
            shown: None,
            card: Listeners::default(),
        };
        // Mounting with a weight shows its kit at once, and tells the host
        // (the caller sends the event once the widget is in place).
        let event = resolver.refresh(data);
        (resolver, section, event)
    }

    /// The weight field changed.
    pub fn weight_typed(&mut self, data: &Data) -> Option<WidgetEvent> {
        self.typed = self.weight.value();
        self.input_changed();
        self.refresh(data)
    }

    /// A radio button of the unit switch changed.
    pub fn unit_chosen(&mut self, data: &Data) -> Option<WidgetEvent> {
        if let Some((unit, _)) = self.units.iter().find(|(_, radio)| radio.checked()) {
            self.unit = *unit;
        }
        self.input_changed();
        self.refresh(data)
    }

    /// Types `weight` into the field and selects `unit` when given, as the
    /// host's handle does.
    pub fn set(&mut self, data: &Data, weight: String, unit: Option<Unit>) -> Option<WidgetEvent> {
        if let Some(unit) = unit {
            self.unit = unit;
            for (u, radio) in &self.units {
                radio.set_checked(*u == unit);
            }
        }
        self.weight.set_value(&weight);
        self.typed = weight;
        self.input_changed();
        self.refresh(data)
    }

    /// The age field changed: checks it against the indication's age limit
    /// (a warning, never a block).
    pub fn age_typed(&mut self, data: &Data) {
        let check = age_check(&self.age.value(), data.dosing.max_age_months);
        self.age_message.set_text_content(None);
        let message = match &check {
            Err(e) => Some(el("span").class("zg-error").text(&e.to_string())),
            Ok(Some(check)) => check
                .warning()
                .map(|w| el("span").class("zg-warning").text(&w)),
            Ok(None) => None,
        };
        if let Some(message) = message {
            let _ = self.age_message.append_child(&message.get());
        }
        set_flag(&self.age, "aria-invalid", check.is_err());
    }

    fn input_changed(&self) {
        if let Some(hook) = &self.on_input {
            hook(&self.typed, self.unit);
        }
    }

    /// Resolves the current input and shows the outcome, if it changed.
    /// Returns the event the host hears when the kit changes.
    fn refresh(&mut self, data: &Data) -> Option<WidgetEvent> {
        let (outcome, entered) = read(data, &self.typed, self.unit);
        if self
            .shown
            .as_ref()
            .is_some_and(|(o, u)| *o == outcome && *u == entered)
        {
            return None;
        }
        let before = self.current();
        let now = outcome.as_ref().ok().map(|r| r.index);
        self.show_error(&outcome);
        self.status.set_text_content(Some(&announcement(&outcome)));
        self.show_card(data, &outcome, entered);
        self.table.mark(before, now);
        let event = match (before, &outcome) {
            (_, Ok(r)) if before != now && self.report => {
                Some(WidgetEvent::KitResolved(KitDetail::new(data, r)))
            }
            (Some(_), Err(_)) if self.report => Some(WidgetEvent::KitCleared),
            _ => None,
        };
        self.shown = Some((outcome, entered));
        event
    }

    /// The index of the kit shown, if any.
    fn current(&self) -> Option<usize> {
        match &self.shown {
            Some((Ok(r), _)) => Some(r.index),
            _ => None,
        }
    }

    /// The error next to the field, with its suggestion; an empty field is
    /// not an error to shout about: it is where people start.
    fn show_error(&self, outcome: &Outcome) {
        self.error.set_text_content(None);
        let error = match outcome {
            Err(WeightError::Empty) | Ok(_) => None,
            Err(e) => Some(e),
        };
        if let Some(e) = error {
            let _ = self
                .error
                .append_child(&el("strong").text(&e.to_string()).get());
            let _ = self.error.append_with_str_1(&format!(" {}", e.hint()));
        }
        self.error.set_hidden(error.is_none());
        set_flag(&self.weight, "aria-invalid", error.is_some());
        let described = &self.described_by[usize::from(error.is_some())];
        let _ = self.weight.set_attribute("aria-describedby", described);
    }

    /// Rebuilds the card for `outcome`; its old buttons' listeners go with
    /// the old card.
    fn show_card(&mut self, data: &Data, outcome: &Outcome, entered: Unit) {
        self.card = Listeners::default();
        self.result.set_text_content(None);
        let card = match outcome {
            Ok(r) => self.kit_card(data, r, entered),
            Err(WeightError::Empty) => empty_card(
                "Type the patient's weight to see the kit, its NDC and the claim details.",
            ),
            // The error itself stands next to the field; no stale kit stays here.
            Err(_) => empty_card("No kit: correct the weight above."),
        };
        let _ = self.result.append_child(&card.get());
    }

    /// The card for one resolution.
    fn kit_card(&mut self, data: &Data, r: &Resolution, entered: Unit) -> El {
        let t = CardText::new(data, r, entered);
        let heading = &self.card_title_id;
        let (copy, listeners) = (&self.copy, &mut self.card);
        let copy_ndc10 = copy_button(
            copy,
            listeners,
            t.ndc10.clone(),
            CopyKind::Billing("10-digit NDC"),
        );
        let copy_ndc11 = copy_button(
            copy,
            listeners,
            t.ndc11_bare.clone(),
            CopyKind::Billing("11-digit NDC"),
        );
        let copy_claim = copy_button(
            copy,
            listeners,
            t.claim.clone(),
            CopyKind::Billing("claim NDC string"),
        );
        let show = el("button")
            .attr("type", "button")
            .class("zg-button zg-button--quiet")
            .text("Show this kit in the table")
            .get();
        let (scroller, index) = (self.table.scroller().clone(), r.index);
        self.card
            .on(&show, "click", move |_| show_row(&scroller, index));
        let between = t.between.as_ref().map(|text| {
            el("div")
                .class("zg-note")
                .attr("role", "note")
                .child(el("p").child(el("strong").text("Which kit: ")).text(text))
                .child(el("p").class("zg-source").text(&data.facts.source_label))
        });
        el("article")
            .class("zg-card")
            .attr("aria-labelledby", heading)
            .child(el("h3").id(heading).class("zg-card-title").text(&t.title))
            .child(
                el("div")
                    .class("zg-ndc-main")
                    .child(el("span").class("zg-ndc-label").text("NDC"))
                    .child(
                        el("span")
                            .class("zg-ndc-value")
                            .attr("data-testid", "kit-ndc")
                            .text(&t.ndc10),
                    )
                    .node(&copy_ndc10),
            )
            .maybe(between)
            .child(
                el("dl")
                    .class("zg-facts")
                    .child(fact("Weight band", el("dd").text(&t.band)))
                    .child(fact(
                        "Vials",
                        el("dd").attr("data-testid", "kit-vials").text(&t.vials),
                    ))
                    .child(fact("Dose volume (table)", el("dd").text(&t.dose)))
                    .child(fact("Kit capacity", el("dd").text(&t.capacity)))
                    .child(fact(
                        "Patient's dose volume",
                        el("dd")
                            .text(&t.patient_dose)
                            .child(el("span").class("zg-aside").text(&t.patient_dose_how)),
                    ))
                    .child(fact(
                        "Total vector genomes",
                        power(
                            el("dd").attr("data-testid", "kit-vg"),
                            &t.vg_mantissa,
                            t.vg_exponent,
                        )
                        .text(" vg"),
                    )),
            )
            .child(el("h4").class("zg-card-sub").text("For the claim"))
            .child(
                el("dl")
                    .class("zg-facts zg-facts--billing")
                    .child(fact(
                        "11-digit NDC",
                        el("dd")
                            .child(
                                el("span")
                                    .class("zg-mono")
                                    .attr("data-testid", "kit-ndc11")
                                    .text(&t.ndc11),
                            )
                            .child(el("span").class("zg-aside").text(" · no hyphens: "))
                            .child(el("span").class("zg-mono").text(&t.ndc11_bare))
                            .node(&copy_ndc11),
                    ))
                    .child(fact(
                        "CMS-1500 item 24A",
                        el("dd")
                            .child(
                                el("code")
                                    .class("zg-mono")
                                    .attr("data-testid", "kit-claim")
                                    .text(&t.claim),
                            )
                            .text(" ")
                            .node(&copy_claim),
                    ))
                    .child(fact(
                        "HCPCS",
                        el("dd").attr("data-testid", "kit-hcpcs").text(&t.hcpcs),
                    )),
            )
            .child(el("details").class("zg-about").prerendered(HTML.card_about))
            .node(&show)
    }
}

/// One `<dt>`/`<dd>` pair of the card.
fn fact(term: &str, value: El) -> El {
    el("div").child(el("dt").text(term)).child(value)
}

/// The card when there is no kit to show.
fn empty_card(text: &str) -> El {
    el("div")
        .class("zg-card zg-card--empty")
        .child(el("p").text(text))
}

/// A polite live region (`role="status"`), present before its text changes.
pub fn live_region() -> Element {
    el("p")
        .class("zg-vh")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .get()
}

/// Sets `name="true"` on `element`, or removes it.
fn set_flag(element: &Element, name: &str, on: bool) {
    let _ = if on {
        element.set_attribute(name, "true")
    } else {
        element.remove_attribute(name)
    };
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

/// Today's date from the browser's clock, for the age check.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).ok()?;
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Date::new(year, month, day)
}
