//! Copying to the clipboard, with a visible and an announced confirmation.
//!
//! How text reaches the clipboard is a [`Clipboard`] in the widget's
//! configuration, so tests (and hosts without clipboard permission) can
//! supply their own.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::events::CopyKind;
use super::host::Host;
use super::timer::Later;

/// A future that writes to the clipboard.
pub type CopyFuture = Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// Writes text to a clipboard.
#[derive(Clone)]
pub struct Clipboard(Rc<dyn Fn(String) -> CopyFuture>);

impl Clipboard {
    /// A clipboard from a function.
    pub fn new(write: impl Fn(String) -> CopyFuture + 'static) -> Clipboard {
        Clipboard(Rc::new(write))
    }

    /// A clipboard that records what was written (for tests).
    pub fn recording(log: Rc<RefCell<Vec<String>>>) -> Clipboard {
        Clipboard::new(move |text| {
            log.borrow_mut().push(text);
            Box::pin(async { Ok(()) })
        })
    }

    /// The browser's clipboard: `navigator.clipboard.writeText`, or the
    /// older `execCommand("copy")` where the asynchronous API is missing or
    /// refused (some engines refuse it outside a direct user gesture).
    pub fn browser() -> Clipboard {
        Clipboard::new(|text| {
            Box::pin(async move {
                if let Some(window) = web_sys::window() {
                    let navigator = window.navigator();
                    let api = js_sys::Reflect::get(&navigator, &"clipboard".into())
                        .is_ok_and(|v| !v.is_undefined());
                    if api {
                        let promise = navigator.clipboard().write_text(&text);
                        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                            return Ok(());
                        }
                    }
                }
                copy_with_exec_command(&text)
            })
        })
    }

    /// Writes `text`.
    pub fn write(&self, text: String) -> CopyFuture {
        (self.0)(text)
    }
}

impl Default for Clipboard {
    fn default() -> Self {
        Clipboard::browser()
    }
}

/// The pre-clipboard-API way: select a hidden text area's text and ask the
/// document to copy it. A transient element outside the widget, made and
/// removed within the click; it never shows.
fn copy_with_exec_command(text: &str) -> Result<(), String> {
    let doc = document();
    let area = doc
        .create_element("textarea")
        .map_err(|_| "no textarea")?
        .unchecked_into::<web_sys::HtmlTextAreaElement>();
    let _ = area.set_attribute("readonly", "");
    area.set_value(text);
    // CSSOM, not a style attribute: strict CSPs refuse inline style attributes.
    let style = web_sys::HtmlElement::style(&area);
    let _ = style.set_property("position", "fixed");
    let _ = style.set_property("opacity", "0");
    let _ = style.set_property("pointer-events", "none");
    let body = doc.body().ok_or("no body")?;
    let _ = body.append_child(&area);
    area.select();
    let copied = doc
        .unchecked_into::<web_sys::HtmlDocument>()
        .exec_command("copy")
        .unwrap_or(false);
    area.remove();
    if copied {
        Ok(())
    } else {
        Err("the browser refused to copy".into())
    }
}

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
        self.later.after(60, move || {
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
enum Outcome {
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
    /// The instance's clipboard and event sink.
    host: Host,
    /// Where the confirmation is announced.
    announcer: Announcer,
    /// A visible name instead of "Copy" plus a hidden one (`Copy claim
    /// lines`).
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    let outcome = RwSignal::new(Outcome::Ready);
    let reset = Later::new();
    let label_kind = kind.clone();
    // What the button shows is for the text it holds now: after the kit
    // changes, "Copied ✓" of the old one does not stay.
    let shown = move || {
        let now = text.get();
        outcome.with(|o| match o {
            Outcome::Copied(t) if *t == now => ("zg-copy zg-copy--done", "Copied ✓"),
            Outcome::Refused(t) if *t == now => ("zg-copy zg-copy--failed", "Not copied"),
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
        let clipboard = host.clipboard();
        let kind = kind.clone();
        leptos::task::spawn_local(async move {
            let ok = clipboard.write(text.clone()).await.is_ok();
            announcer.say(if ok {
                kind.copied(&text)
            } else {
                kind.refused(&text)
            });
            if ok {
                host.send(kind.event(text.clone()));
                outcome.try_set(Outcome::Copied(text));
                reset.after(2000, move || {
                    outcome.try_set(Outcome::Ready);
                });
            } else {
                outcome.try_set(Outcome::Refused(text));
            }
        });
    };
    let hidden_name = move || match label {
        Some(_) => String::new(),
        None => format!(" {}", label_kind.label(&text.get())),
    };
    view! {
        <button type="button" class=move || shown().0 on:click=copy>
            {move || shown().1}
            <span class="zg-vh">{hidden_name}</span>
        </button>
    }
}
