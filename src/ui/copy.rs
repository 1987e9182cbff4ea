//! Copying, with a visible and an announced confirmation: the copy button
//! and the live region it speaks through.

use leptos::prelude::*;

use super::events::CopyKind;
use super::instance::Instance;
use super::timer::Later;

/// How long an announcement waits after the live region is emptied, so
/// that the same text twice is said twice.
pub const ANNOUNCE_MS: u64 = 60;

/// How long a copy button says "Copied ✓".
pub const CONFIRM_MS: u64 = 2000;

/// A panel's polite live region. Announcing the same text twice works:
/// the region is emptied first, and filled a moment later.
#[derive(Clone, Copy)]
pub struct Announcer {
    message: RwSignal<String>,
    later: Later,
}

impl Announcer {
    /// A live region's text, owned by the current reactive owner.
    pub fn new() -> Announcer {
        Announcer {
            message: RwSignal::new(String::new()),
            later: Later::new(),
        }
    }

    /// Says `message`; a later message replaces one not yet said.
    pub fn say(&self, message: String) {
        let region = self.message;
        region.try_set(String::new());
        self.later.after(ANNOUNCE_MS, move || {
            region.try_set(message);
        });
    }
}

/// A polite live region (`role="status"`), present before its text
/// changes, visually hidden.
#[component]
pub fn LiveRegion(
    /// What it says.
    announcer: Announcer,
) -> impl IntoView {
    view! {
        <p class="zg-vh" role="status" aria-live="polite">
            {move || announcer.message.get()}
        </p>
    }
}

/// What a copy button shows after a click.
#[derive(Clone, Debug, PartialEq, Eq)]
enum CopyStatus {
    /// Nothing yet, or the confirmation's time is over.
    Ready,
    /// This text was copied.
    Copied(String),
    /// The browser refused to copy this text.
    Refused(String),
}

/// A button that copies `text`; its name is "Copy" plus what it copies
/// (visually hidden). It shows "Copied ✓" for two seconds after, or "Not
/// copied" when the browser refused (the announcement says what to select);
/// once the text changes it offers to copy the new text.
#[component]
pub fn CopyButton(
    /// The text to copy (it changes with the kit shown).
    #[prop(into)]
    text: Signal<String>,
    /// What is copied: names the button and the event.
    kind: CopyKind,
    /// Whose clipboard receives the text and whose host hears of it.
    instance: Instance,
    /// Where the confirmation is announced.
    announcer: Announcer,
    /// A visible name instead of "Copy" plus a hidden one (`Copy claim
    /// lines`).
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    let status = RwSignal::new(CopyStatus::Ready);
    let reset = Later::new();
    let label_kind = kind.clone();
    // What the button shows is for the text it holds now: after the kit
    // changes, "Copied ✓" of the old one does not stay.
    let face = move || {
        let now = text.get();
        status.with(|s| match s {
            CopyStatus::Copied(t) if *t == now => ("zg-copy zg-copy--done", "Copied ✓"),
            CopyStatus::Refused(t) if *t == now => ("zg-copy zg-copy--failed", "Not copied"),
            _ => ("zg-copy", label.unwrap_or("Copy")),
        })
    };
    // The write is asynchronous: by the time it answers, the button may be
    // gone (a search removed its code), so everything after it tolerates
    // a disposed owner.
    let copy = move |_| {
        reset.cancel();
        let Some(text) = text.try_get_untracked() else {
            return;
        };
        let clipboard = instance.clipboard();
        let kind = kind.clone();
        leptos::task::spawn_local(async move {
            let ok = clipboard.write(text.clone()).await.is_ok();
            announcer.say(if ok {
                kind.copied(&text)
            } else {
                kind.refused(&text)
            });
            if ok {
                if let Some(event) = kind.event(text.clone()) {
                    instance.send(event);
                }
                status.try_set(CopyStatus::Copied(text));
                reset.after(CONFIRM_MS, move || {
                    status.try_set(CopyStatus::Ready);
                });
            } else {
                status.try_set(CopyStatus::Refused(text));
            }
        });
    };
    let hidden_name = move || match label {
        Some(_) => String::new(),
        None => format!(" {}", label_kind.label(&text.get())),
    };
    view! {
        <button type="button" class=move || face().0 on:click=copy>
            {move || face().1}
            <span class="zg-vh">{hidden_name}</span>
        </button>
    }
}
