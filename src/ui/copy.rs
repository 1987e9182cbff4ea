//! Copying to the clipboard, with a visible and an announced confirmation.
//!
//! How text reaches the clipboard is a [`Clipboard`] in the widget's
//! configuration, so tests (and hosts without clipboard permission) can
//! supply their own.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

use super::dom::{document, el, Latest, Listeners};
use super::events::{CopyKind, EventSink};

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
    let area: web_sys::HtmlTextAreaElement = el("textarea").attr("readonly", "").get_as();
    area.set_value(text);
    // CSSOM, not a style attribute: strict CSPs refuse inline style attributes.
    let style = area.style();
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

/// The widget's polite live region. Announcing the same text twice works:
/// the region is emptied first, and filled a moment later.
#[derive(Clone)]
pub struct Announcer {
    region: Element,
    latest: Latest,
}

impl Announcer {
    /// Announces through `region` (a `role="status"` element).
    pub fn new(region: Element) -> Announcer {
        Announcer {
            region,
            latest: Latest::default(),
        }
    }

    /// Says `message`; a later message replaces one not yet said.
    pub fn say(&self, message: String) {
        self.region.set_text_content(None);
        let region = self.region.clone();
        self.latest
            .after(60, move || region.set_text_content(Some(&message)));
    }
}

/// What copy buttons need from their widget: how to copy, where to
/// announce, where events go.
#[derive(Clone)]
pub struct CopyContext {
    /// How text reaches the clipboard.
    pub clipboard: Clipboard,
    /// The widget's live region.
    pub announcer: Announcer,
    /// Where events for the host go.
    pub events: Option<EventSink>,
}

/// A button that copies `text`; its name is "Copy" plus what it copies
/// (visually hidden). It shows "Copied ✓" for two seconds after, or "Not
/// copied" when the browser refused (the announcement says what to select).
/// Its listener belongs to `listeners`.
pub fn copy_button(
    ctx: &CopyContext,
    listeners: &mut Listeners,
    text: String,
    kind: CopyKind,
) -> Element {
    let what = kind.label(&text);
    let label = document().create_text_node("Copy");
    let button = el("button")
        .attr("type", "button")
        .class("zg-copy")
        .node(&label)
        .child(el("span").class("zg-vh").text(&format!(" {what}")))
        .get();
    let ctx = ctx.clone();
    let shown = button.clone();
    // The pending return to "Copy": a later click supersedes it.
    let reset = Latest::default();
    listeners.on(&button, "click", move |_| {
        let (ctx, button, label, reset) =
            (ctx.clone(), shown.clone(), label.clone(), reset.clone());
        let (text, kind, what) = (text.clone(), kind.clone(), what.clone());
        reset.cancel();
        spawn_local(async move {
            let ok = ctx.clipboard.write(text.clone()).await.is_ok();
            let (class, word) = if ok {
                ("zg-copy zg-copy--done", "Copied ✓")
            } else {
                ("zg-copy zg-copy--failed", "Not copied")
            };
            button.set_class_name(class);
            label.set_data(word);
            ctx.announcer.say(if ok {
                format!("Copied {what} {text}.")
            } else {
                format!("Could not copy {what}. Select {text} and copy it by hand.")
            });
            if let (true, Some(events)) = (ok, &ctx.events) {
                events.send(kind.event(text));
            }
            if ok {
                reset.after(2000, move || {
                    button.set_class_name("zg-copy");
                    label.set_data("Copy");
                });
            }
        });
    });
    button
}
