//! What one widget instance needs from the page it lives in: a clipboard,
//! somewhere to send events, and whether it has started in the browser.

use std::rc::Rc;

use leptos::prelude::*;

use super::copy::Clipboard;
use super::events::{EventSink, WidgetEvent};
use crate::domain::Unit;

/// Called with the weight as typed and the selected unit after each
/// change of either.
pub type InputHook = Rc<dyn Fn(&str, Unit)>;

/// One instance's services. `Copy`, so every component takes it as a prop;
/// the services themselves stay in the instance's reactive owner (they
/// hold browser objects, which never leave the page's thread).
#[derive(Clone, Copy)]
pub struct Host {
    clipboard: StoredValue<Clipboard, LocalStorage>,
    events: StoredValue<Option<EventSink>, LocalStorage>,
    on_input: StoredValue<Option<InputHook>, LocalStorage>,
    /// Whether the instance runs in the browser yet. False while the
    /// build-time HTML is being hydrated (the page shows what it rendered
    /// at build time), true once it is interactive.
    live: RwSignal<bool>,
}

impl Host {
    /// The services of a new instance; `live` says whether it is
    /// interactive from the start (mounted client-side) or becomes so
    /// after hydration ([`Host::go_live`]).
    pub fn new(
        clipboard: Option<Clipboard>,
        events: Option<EventSink>,
        on_input: Option<InputHook>,
        live: bool,
    ) -> Host {
        Host {
            clipboard: StoredValue::new_local(clipboard.unwrap_or_default()),
            events: StoredValue::new_local(events),
            on_input: StoredValue::new_local(on_input),
            live: RwSignal::new(live),
        }
    }

    // Every read below tolerates a disposed instance: an event can still
    // reach an element of an unmounted widget that the page kept.

    /// The instance's clipboard (the browser's once the instance is gone).
    pub fn clipboard(&self) -> Clipboard {
        self.clipboard.try_get_value().unwrap_or_default()
    }

    /// Whether a host listens to events (building their detail is wasted
    /// work otherwise).
    pub fn reports(&self) -> bool {
        self.events.try_with_value(Option::is_some).unwrap_or(false)
    }

    /// Sends `event` to the host, if one listens.
    pub fn send(&self, event: WidgetEvent) {
        if let Some(Some(events)) = self.events.try_get_value() {
            events.send(event);
        }
    }

    /// Tells the input hook (the static page's URL) of a new weight or unit.
    pub fn input_changed(&self, weight: &str, unit: Unit) {
        if let Some(Some(hook)) = self.on_input.try_get_value() {
            hook(weight, unit);
        }
    }

    /// Whether the instance is interactive (read reactively).
    pub fn live(&self) -> bool {
        self.live.try_get().unwrap_or(false)
    }

    /// Marks the instance interactive: the notes that say a part needs
    /// JavaScript go.
    pub fn go_live(&self) {
        self.live.try_set(true);
    }
}

/// One line on a part that only works once the wasm runs: shown in the
/// build-time HTML (no script, or a wasm that could not load), gone once
/// the instance is interactive.
#[component]
pub fn NeedsScript(
    /// The instance's services.
    host: Host,
    /// The part (`The kit finder`).
    what: &'static str,
    /// What to do meanwhile (`use the kit table below`).
    instead: &'static str,
) -> impl IntoView {
    view! {
        <p class="zg-needs-js" hidden=move || host.live()>
            {format!("{what} needs JavaScript and WebAssembly to run; until then, {instead}.")}
        </p>
    }
}
