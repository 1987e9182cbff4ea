//! One widget instance: what every component of it needs, as one value.

use std::sync::Arc;

use leptos::prelude::*;

use super::clipboard::Clipboard;
use super::events::{EventSink, WidgetEvent};
use crate::domain::Data;

/// Where an instance lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surface {
    /// The static reference page: rendered at build time and hydrated, with
    /// a URL of its own (its sections are `#codes`, `#safety`…).
    Page,
    /// A host's page: mounted by the embed API inside a shadow root, where
    /// the host's URL is not the widget's to change.
    Embedded,
}

/// Element ids of one instance. On the page sections get bare ids
/// (`codes`) so that links such as `#codes` work; embedded, every id
/// carries the embed's prefix (`zg-codes`). Each embedded instance lives in
/// a shadow root of its own, where its ids resolve, so every instance can
/// have the same ids: the build renders them once for all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    prefix: Arc<str>,
    bare_sections: bool,
}

impl Ids {
    /// The ids of an instance on `surface`. The page's are the same in the
    /// build-time HTML and in the browser, as hydration needs.
    fn on(surface: Surface) -> Ids {
        match surface {
            Surface::Page => Ids {
                prefix: "zgp".into(),
                bare_sections: true,
            },
            Surface::Embedded => Ids {
                prefix: "zg".into(),
                bare_sections: false,
            },
        }
    }

    /// The id of `name` in this instance (`zg-weight`).
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }

    /// The id of a section (`codes` on the page, `zg-codes` embedded).
    pub fn section(&self, name: &str) -> String {
        if self.bare_sections {
            name.to_string()
        } else {
            self.id(name)
        }
    }
}

/// How an instance reaches the world outside it: the clipboard, and the
/// host page's events. The defaults are the browser's clipboard and no
/// listener.
#[derive(Clone, Default)]
pub struct Services {
    /// How copy buttons reach the clipboard (the browser's when `None`).
    pub clipboard: Option<Clipboard>,
    /// Where events for the host go (none on the static page).
    pub events: Option<EventSink>,
}

/// One widget instance: its data, ids, services and surface, and whether
/// it is interactive yet. `Copy`: every component of the instance takes
/// it as its one shared prop. The values themselves live in the
/// instance's reactive owner (they hold browser objects, which never leave
/// the page's thread), so several instances share nothing.
#[derive(Clone, Copy)]
pub struct Instance {
    data: StoredValue<Arc<Data>>,
    ids: StoredValue<Ids>,
    clipboard: StoredValue<Clipboard, LocalStorage>,
    events: StoredValue<Option<EventSink>, LocalStorage>,
    /// False while the build-time HTML is being hydrated (it shows what the
    /// build rendered), true once the instance answers input.
    live: RwSignal<bool>,
    surface: Surface,
}

impl Instance {
    /// An instance on `surface` showing `data`, owned by the current
    /// reactive owner. An embedded instance is interactive at once; the
    /// page once its HTML is hydrated ([`Instance::go_live`]).
    pub fn new(data: Arc<Data>, surface: Surface, services: Services) -> Instance {
        Instance {
            data: StoredValue::new(data),
            ids: StoredValue::new(Ids::on(surface)),
            clipboard: StoredValue::new_local(services.clipboard.unwrap_or_default()),
            events: StoredValue::new_local(services.events),
            live: RwSignal::new(surface == Surface::Embedded),
            surface,
        }
    }

    /// Where the instance lives.
    pub fn surface(&self) -> Surface {
        self.surface
    }

    /// The data it shows.
    pub fn data(&self) -> Arc<Data> {
        self.data.get_value()
    }

    /// The id of `name` in this instance (`zg-weight`).
    pub fn id(&self, name: &str) -> String {
        self.ids.with_value(|ids| ids.id(name))
    }

    /// The id of a section (`codes` on the page, `zg-codes` embedded).
    pub fn section(&self, name: &str) -> String {
        self.ids.with_value(|ids| ids.section(name))
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
