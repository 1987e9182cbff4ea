//! Copying to the clipboard, with a visible and an announced confirmation.
//!
//! How text reaches the clipboard is a [`Clipboard`] in context, so tests
//! (and hosts without clipboard permission) can supply their own.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::events::{CopyKind, EventSink};

/// A future that writes to the clipboard; it need not be `Send` (browser
/// promises are not).
pub type CopyFuture = Pin<Box<dyn Future<Output = Result<(), String>>>>;

/// Writes text to a clipboard.
#[derive(Clone)]
pub struct Clipboard(Arc<dyn Fn(String) -> CopyFuture + Send + Sync>);

impl Clipboard {
    /// A clipboard from a function.
    pub fn new(write: impl Fn(String) -> CopyFuture + Send + Sync + 'static) -> Clipboard {
        Clipboard(Arc::new(write))
    }

    /// A clipboard that records what was written (for tests).
    pub fn recording(log: Arc<Mutex<Vec<String>>>) -> Clipboard {
        Clipboard::new(move |text| {
            if let Ok(mut log) = log.lock() {
                log.push(text);
            }
            Box::pin(async { Ok(()) })
        })
    }

    /// The browser's clipboard: `navigator.clipboard.writeText`, or the
    /// older `execCommand("copy")` where the asynchronous API is missing or
    /// refused (some engines refuse it outside a direct user gesture).
    pub fn browser() -> Clipboard {
        Clipboard::new(|text| {
            Box::pin(async move {
                let clipboard = window().navigator().clipboard();
                let api = js_sys::Reflect::get(&window().navigator(), &"clipboard".into())
                    .map(|v| !v.is_undefined())
                    .unwrap_or(false);
                if api {
                    let promise = clipboard.write_text(&text);
                    if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                        return Ok(());
                    }
                }
                copy_with_exec_command(&text)
            })
        })
    }

    fn write(&self, text: String) -> CopyFuture {
        (self.0)(text)
    }
}

impl Default for Clipboard {
    fn default() -> Self {
        Clipboard::browser()
    }
}

fn copy_with_exec_command(text: &str) -> Result<(), String> {
    let doc = document();
    let area = doc
        .create_element("textarea")
        .map_err(|_| "no textarea")?
        .unchecked_into::<web_sys::HtmlTextAreaElement>();
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    // CSSOM, not a style attribute: strict CSPs refuse inline style attributes.
    let style = web_sys::HtmlElement::style(&area);
    let _ = style.set_property("position", "fixed");
    let _ = style.set_property("opacity", "0");
    let _ = style.set_property("pointer-events", "none");
    let body = doc.body().ok_or("no body")?;
    let _ = body.append_child(&area);
    area.select();
    let html: web_sys::HtmlDocument = doc.unchecked_into();
    let copied = html.exec_command("copy").unwrap_or(false);
    area.remove();
    if copied {
        Ok(())
    } else {
        Err("the browser refused to copy".into())
    }
}

/// Sets the text of the widget's polite live region. Announcing the same
/// text twice works: the region is emptied first.
#[derive(Clone, Copy)]
pub struct Announcer(pub RwSignal<String>);

impl Announcer {
    /// Says `message` through the live region.
    pub fn say(self, message: String) {
        self.0.set(String::new());
        set_timeout(
            move || _ = self.0.try_set(message),
            Duration::from_millis(60),
        );
    }
}

/// A button that copies `text`; its name is "Copy" plus what it copies
/// (visually hidden). It shows "Copied ✓" for two seconds after, or "Not
/// copied" when the browser refused (the announcement says what to select).
#[component]
pub fn CopyButton(
    /// The text to copy.
    #[prop(into)]
    text: String,
    /// What is copied: names the button and the event sent to the host.
    kind: CopyKind,
) -> impl IntoView {
    let clipboard = use_context::<Clipboard>().unwrap_or_default();
    let announcer = use_context::<Announcer>();
    let events = use_context::<EventSink>();
    let copied = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let what = kind.label(&text);
    let on_click = {
        let what = what.clone();
        move |_| {
            let value = text.clone();
            let future = clipboard.write(value.clone());
            let (what, kind, events) = (what.clone(), kind.clone(), events.clone());
            leptos::task::spawn_local(async move {
                let ok = future.await.is_ok();
                _ = copied.try_set(ok);
                _ = failed.try_set(!ok);
                let message = if ok {
                    format!("Copied {what} {value}.")
                } else {
                    format!("Could not copy {what}. Select {value} and copy it by hand.")
                };
                if let Some(a) = announcer {
                    a.say(message);
                }
                if let (true, Some(events)) = (ok, events) {
                    events.send(kind.event(value));
                }
                set_timeout(
                    move || {
                        _ = copied.try_set(false);
                    },
                    Duration::from_secs(2),
                );
            });
        }
    };
    view! {
        <button
            type="button"
            class="zg-copy"
            class:zg-copy--done=move || copied.get()
            class:zg-copy--failed=move || failed.get()
            on:click=on_click
        >
            {move || {
                if copied.get() {
                    "Copied ✓"
                } else if failed.get() {
                    "Not copied"
                } else {
                    "Copy"
                }
            }}
            <span class="zg-vh">" " {what}</span>
        </button>
    }
}
