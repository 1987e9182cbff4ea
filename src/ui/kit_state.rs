//! The kit panel's state: what was typed and chosen, and what it resolves
//! to. Signals of one instance; the panel's components read them, and the
//! input handlers and the host's handle change them through the methods
//! here, which also tell the host when the kit changes.

use std::sync::Arc;

use leptos::prelude::*;

use super::events::{KitDetail, WidgetEvent};
use super::instance::Instance;
use super::setup::Input;
use super::timer::Later;
use crate::domain::card::{read, CardText, Outcome};
use crate::domain::claim_check::{check_claim, Finding};
use crate::domain::{Age, AgeCheck, AgeError, Data, Date, Unit, Written};

/// How long typing must pause before the host hears the settled result.
pub const SETTLE_MS: u64 = 600;

/// One kit panel's signals, and the instance they belong to. `Copy`:
/// every component of the panel takes it.
#[derive(Clone, Copy)]
pub struct KitState {
    instance: Instance,
    data: StoredValue<Arc<Data>>,
    /// What the program last wrote into the weight field (the handle, a
    /// deep link, the offer of another reading). Typing never writes it
    /// back, so the caret never jumps.
    pub(super) field: RwSignal<String>,
    /// The weight text being resolved.
    typed: RwSignal<String>,
    /// The unit switch's choice.
    pub(super) unit: RwSignal<Unit>,
    /// The age field's text.
    pub(super) age: RwSignal<String>,
    /// What the current input resolves to, and how the weight was written.
    pub(super) reading: Memo<(Outcome, Written)>,
    /// Every text of the result card, when there is a kit.
    pub(super) card: Memo<Option<CardText>>,
    /// The position of the kit shown in the table, if any.
    pub(super) index: Memo<Option<usize>>,
    /// What the age field says: the warning of its check (`Ok`), or why
    /// the age cannot be read (`Err`); nothing for no age or a patient
    /// within the indication.
    pub(super) age_message: Memo<Option<Result<String, String>>>,
    /// What was pasted into the claim check. It stays in the browser:
    /// never stored, sent or put in a URL.
    pub(super) pasted: RwSignal<String>,
    /// The claim check's findings for it, against the weight's kit.
    pub(super) findings: Memo<Vec<Finding>>,
    /// The last result the host heard as settled, and the pending report.
    settled: StoredValue<Option<Option<usize>>>,
    settle: Later,
}

impl KitState {
    /// The state of `instance`'s kit panel, starting from `input`, owned by
    /// the current reactive owner.
    pub fn new(instance: Instance, input: &Input) -> KitState {
        let typed = RwSignal::new(input.weight.clone());
        let unit = RwSignal::new(input.unit);
        let age = RwSignal::new(String::new());
        let data = StoredValue::new(instance.data());
        let limit = data.with_value(|d| d.dosing.max_age_months);
        let reading = Memo::new(move |_| data.with_value(|d| read(d, &typed.get(), unit.get())));
        let card = Memo::new(move |_| {
            reading.with(|(outcome, written)| {
                let r = outcome.as_ref().ok()?;
                Some(data.with_value(|d| CardText::new(d, r, *written)))
            })
        });
        let index = Memo::new(move |_| reading.with(|(o, _)| o.as_ref().ok().map(|r| r.index)));
        let age_message = Memo::new(move |_| match age.with(|typed| check_age(typed, limit)) {
            Err(e) => Some(Err(e.to_string())),
            Ok(check) => data.with_value(|d| check?.warning(&d.not_covered).map(Ok)),
        });
        let pasted = RwSignal::new(String::new());
        let findings = Memo::new(move |_| {
            pasted.with(|text| {
                reading.with(|(outcome, _)| {
                    data.with_value(|d| check_claim(d, text, outcome.as_ref().ok()))
                })
            })
        });
        KitState {
            instance,
            data,
            pasted,
            findings,
            field: RwSignal::new(input.weight.clone()),
            typed,
            unit,
            age,
            reading,
            card,
            index,
            age_message,
            settled: StoredValue::new(None),
            settle: Later::new(),
        }
    }

    /// The instance the panel belongs to.
    pub fn instance(&self) -> Instance {
        self.instance
    }

    /// The data the panel shows.
    pub fn data(&self) -> Arc<Data> {
        self.data.get_value()
    }

    /// The index of the kit shown, if any (not tracked).
    pub fn kit_index(&self) -> Option<usize> {
        self.index.try_get_untracked().flatten()
    }

    /// One text of the result card, read reactively (empty while no kit
    /// shows): `state.card_text(|c| &c.ndc10)`.
    pub fn card_text(self, get: fn(&CardText) -> &str) -> impl Fn() -> String + Copy + 'static {
        move || {
            self.card
                .with(|c| c.as_ref().map(|c| get(c).to_string()).unwrap_or_default())
        }
    }

    /// [`KitState::card_text`] as a signal, for props that take one.
    pub fn card_signal(self, get: fn(&CardText) -> &str) -> Signal<String> {
        Signal::derive(self.card_text(get))
    }

    /// The unit the switch shows: the one typed after the number, else the
    /// one chosen (tracked).
    pub fn switch_unit(&self) -> Unit {
        self.reading.with(|(_, written)| written.switch_unit())
    }

    /// The indication warning for the age typed, if it applies (tracked).
    pub fn age_warning(&self) -> Option<String> {
        self.age_message
            .with(|m| m.as_ref().and_then(|m| m.as_ref().ok().cloned()))
    }

    /// The text in the weight field and the chosen unit (not tracked).
    pub fn input(&self) -> Option<(String, Unit)> {
        Some((
            self.typed.try_get_untracked()?,
            self.unit.try_get_untracked()?,
        ))
    }

    /// The person typed in the weight field.
    pub fn type_weight(&self, text: String) {
        let before = self.kit_index();
        self.typed.try_set(text);
        self.changed(before);
    }

    /// The person chose a unit with the switch.
    pub fn choose_unit(&self, unit: Unit) {
        let before = self.kit_index();
        self.unit.try_set(unit);
        self.changed(before);
    }

    /// Types `weight` into the field and selects `unit` when given, as the
    /// host's handle does (and the offer of another reading).
    pub fn set_weight(&self, weight: String, unit: Option<Unit>) {
        let before = self.kit_index();
        if let Some(unit) = unit {
            self.unit.try_set(unit);
        }
        self.field.try_set(weight.clone());
        self.typed.try_set(weight);
        self.changed(before);
    }

    /// A widget mounted with a weight that resolves tells its host at once.
    pub fn report_mounted(&self) {
        self.changed(None);
    }

    /// After any change of the input: the host hears of a new kit (or of
    /// no kit) at once, and of the settled result once typing pauses.
    fn changed(&self, before: Option<usize>) {
        let host = self.instance;
        if !host.reports() {
            return;
        }
        let now = self.kit_index();
        if now != before {
            if let Some(event) = self.event(now) {
                host.send(event);
            }
        }
        let state = *self;
        self.settle.after(SETTLE_MS, move || state.report_settled());
    }

    fn report_settled(&self) {
        let host = self.instance;
        let now = self.kit_index();
        if self.settled.try_get_value() == Some(Some(now)) {
            return;
        }
        self.settled.try_set_value(Some(now));
        let detail = match self.event(now) {
            Some(WidgetEvent::KitResolved(detail)) => Some(detail),
            _ => None,
        };
        host.send(WidgetEvent::KitSettled(detail));
    }

    /// The event for the kit at `index` now shown (or for no kit).
    fn event(&self, index: Option<usize>) -> Option<WidgetEvent> {
        if index.is_none() {
            return Some(WidgetEvent::KitCleared);
        }
        self.reading
            .try_with_untracked(|(o, _)| {
                let r = o.as_ref().ok()?;
                self.data
                    .try_with_value(|d| WidgetEvent::KitResolved(KitDetail::new(d, r)))
            })
            .flatten()
    }
}

/// The age typed, checked against `limit` months as of today; `None` when
/// no age was typed (or the clock cannot be read).
fn check_age(typed: &str, limit: u32) -> Result<Option<AgeCheck>, AgeError> {
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
