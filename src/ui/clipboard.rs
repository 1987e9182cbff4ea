//! How text reaches the clipboard: the browser's, or one a host or a test
//! supplies ([`super::Services`]).

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::document;
use wasm_bindgen::JsCast;

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
