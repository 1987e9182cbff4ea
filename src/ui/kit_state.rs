//! The kit panel's state: what was typed and chosen, and what it resolves
//! to. Signals of one instance; the panel's components read them, and the
//! input handlers and the host's handle change them through the methods
//! here, which also tell the host when the kit changes.

use std::sync::Arc;

use leptos::prelude::*;

use super::events::{KitDetail, WidgetEvent};
use super::host::Host;
use super::Input;
use crate::domain::card::{read, CardText, Outcome};
use crate::domain::{Data, Unit};

/// One kit panel's signals. `Copy`: every component of the panel takes it.
#[derive(Clone, Copy)]
pub struct KitState {
    data: StoredValue<Arc<Data>>,
    /// What the program last wrote into the weight field (the handle, a
    /// deep link). Typing never writes it back, so the caret never jumps
    /// and hydration never wipes what was typed before the wasm started.
    pub(super) field: RwSignal<String>,
    /// The weight text being resolved.
    typed: RwSignal<String>,
    /// The unit switch's choice.
    pub(super) unit: RwSignal<Unit>,
    /// The age field's text.
    pub(super) age: RwSignal<String>,
    /// What the current input resolves to, and the unit it was typed in.
    pub(super) shown: Memo<(Outcome, Unit)>,
    /// Every text of the result card, when there is a kit.
    pub(super) card: Memo<Option<CardText>>,
    /// The position of the kit shown in the table, if any.
    pub(super) index: Memo<Option<usize>>,
}

impl KitState {
    /// The state for `input`, owned by the current reactive owner.
    pub fn new(data: Arc<Data>, input: &Input) -> KitState {
        let typed = RwSignal::new(input.weight.clone());
        let unit = RwSignal::new(input.unit);
        let data = StoredValue::new(data);
        let shown = Memo::new(move |_| data.with_value(|d| read(d, &typed.get(), unit.get())));
        let card = Memo::new(move |_| {
            shown.with(|(outcome, entered)| {
                let r = outcome.as_ref().ok()?;
                Some(data.with_value(|d| CardText::new(d, r, *entered)))
            })
        });
        let index = Memo::new(move |_| shown.with(|(o, _)| o.as_ref().ok().map(|r| r.index)));
        KitState {
            data,
            index,
            field: RwSignal::new(input.weight.clone()),
            typed,
            unit,
            age: RwSignal::new(String::new()),
            shown,
            card,
        }
    }

    /// The data the panel shows.
    pub fn data(&self) -> Arc<Data> {
        self.data.get_value()
    }

    /// The index of the kit shown, if any (not tracked).
    pub fn kit_index(&self) -> Option<usize> {
        self.index.try_get_untracked().flatten()
    }

    /// The person typed in the weight field.
    pub fn type_weight(&self, host: &Host, text: String) {
        let before = self.kit_index();
        self.typed.try_set(text);
        self.changed(host, before);
    }

    /// The person chose a unit with the switch.
    pub fn choose_unit(&self, host: &Host, unit: Unit) {
        let before = self.kit_index();
        self.unit.try_set(unit);
        self.changed(host, before);
    }

    /// Types `weight` into the field and selects `unit` when given, as the
    /// host's handle does.
    pub fn set_weight(&self, host: &Host, weight: String, unit: Option<Unit>) {
        let before = self.kit_index();
        if let Some(unit) = unit {
            self.unit.try_set(unit);
        }
        self.field.try_set(weight.clone());
        self.typed.try_set(weight);
        self.changed(host, before);
    }

    /// A widget mounted with a weight that resolves tells its host at once.
    pub fn report_mounted(&self, host: &Host) {
        self.report(host, None);
    }

    /// After any change of the input: the input hook hears of it, and the
    /// host of a new kit (or of no kit).
    fn changed(&self, host: &Host, before: Option<usize>) {
        if let (Some(typed), Some(unit)) = (
            self.typed.try_get_untracked(),
            self.unit.try_get_untracked(),
        ) {
            host.input_changed(&typed, unit);
        }
        self.report(host, before);
    }

    fn report(&self, host: &Host, before: Option<usize>) {
        let now = self.kit_index();
        if now == before || !host.reports() {
            return;
        }
        let event = match now {
            Some(_) => self.shown.try_with_untracked(|(o, _)| {
                let r = o.as_ref().ok()?;
                Some(WidgetEvent::KitResolved(
                    self.data.with_value(|d| KitDetail::new(d, r)),
                ))
            }),
            None => Some(Some(WidgetEvent::KitCleared)),
        };
        if let Some(Some(event)) = event {
            host.send(event);
        }
    }
}
