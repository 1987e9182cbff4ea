//! What one widget instance needs from the page it lives in: a clipboard,
//! somewhere to send events, whether it is the static page, and whether it
//! has started in the browser.

use leptos::prelude::*;

use super::copy::Clipboard;
use super::events::{EventSink, WidgetEvent};

/// One instance's services. `Copy`, so every component takes it as a prop;
/// the services themselves stay in the instance's reactive owner (they
/// hold browser objects, which never leave the page's thread).
#[derive(Clone, Copy)]
pub struct Host {
    clipboard: StoredValue<Clipboard, LocalStorage>,
    events: StoredValue<Option<EventSink>, LocalStorage>,
    /// Whether the instance runs in the browser yet. False while the
    /// build-time HTML is being hydrated (the page shows what it rendered
    /// at build time), true once it is interactive.
    live: RwSignal<bool>,
    /// The static page (it has a URL of its own), not an instance embedded
    /// in a host's page.
    pub page: bool,
}

impl Host {
    /// An instance mounted client-side into a host's page: interactive at
    /// once.
    pub fn embedded(clipboard: Option<Clipboard>, events: Option<EventSink>) -> Host {
        Host {
            clipboard: StoredValue::new_local(clipboard.unwrap_or_default()),
            events: StoredValue::new_local(events),
            live: RwSignal::new(true),
            page: false,
        }
    }

    /// The static page: interactive once its build-time HTML is hydrated
    /// ([`Host::go_live`]).
    pub fn page() -> Host {
        Host {
            clipboard: StoredValue::new_local(Clipboard::default()),
            events: StoredValue::new_local(None),
            live: RwSignal::new(false),
            page: true,
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
