//! A thin, typed layer over the DOM: building elements, event listeners
//! owned by the part of the view that added them, and delayed actions.
//!
//! Everything here takes `&str` and concrete types, so it compiles once
//! however many elements the view builds: the wasm stays small (see
//! ARCHITECTURE.md, "Why no view framework").

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, Event, EventTarget, Node};

#[wasm_bindgen]
extern "C" {
    /// The page's document: the widget only runs in windows.
    #[wasm_bindgen(thread_local_v2, js_name = document)]
    static DOCUMENT: Document;

    /// A DOM object, seen through calls without web-sys's `Result`: they
    /// throw only for tag or attribute names that are not valid names, and
    /// every name passed here is a constant of this crate.
    type Dom;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create(this: &Dom, tag: &str) -> Element;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attr(this: &Dom, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = append)]
    fn append_text(this: &Dom, text: &str);
    #[wasm_bindgen(method, js_name = append)]
    fn append_node(this: &Dom, node: &Node);
    #[wasm_bindgen(method, js_name = addEventListener)]
    fn add_listener(this: &Dom, kind: &str, listener: &Function);
    #[wasm_bindgen(method, js_name = removeEventListener)]
    fn remove_listener(this: &Dom, kind: &str, listener: &Function);
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> JsValue;
}

/// `value` as a [`Dom`] object.
fn dom(value: &JsValue) -> &Dom {
    value.unchecked_ref()
}

/// The page's document.
pub fn document() -> Document {
    DOCUMENT.with(Document::clone)
}

/// Starts building an element: `el("p").class("zg-hint").text("…").get()`.
pub fn el(tag: &str) -> El {
    El(DOCUMENT.with(|d| dom(d).create(tag)))
}

/// Starts building a text field: `<input type=kind autocomplete=off>` (a
/// browser never offers to fill in a patient's figures).
pub fn field(id: &str, class: &str, kind: &str) -> El {
    el("input")
        .id(id)
        .class(class)
        .attr("type", kind)
        .attr("autocomplete", "off")
}

/// An element being built. Text is only ever added as text.
#[must_use]
pub struct El(Element);

impl El {
    /// Sets the `class` attribute.
    pub fn class(self, names: &str) -> El {
        self.0.set_class_name(names);
        self
    }

    /// Sets the `id`.
    pub fn id(self, id: &str) -> El {
        self.0.set_id(id);
        self
    }

    /// Sets an attribute.
    pub fn attr(self, name: &str, value: &str) -> El {
        dom(&self.0).set_attr(name, value);
        self
    }

    /// Appends text (a text node: never parsed as HTML).
    pub fn text(self, text: &str) -> El {
        dom(&self.0).append_text(text);
        self
    }

    /// Appends a child being built.
    pub fn child(self, child: El) -> El {
        dom(&self.0).append_node(&child.0);
        self
    }

    /// Appends a child when there is one.
    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Appends an existing node.
    pub fn node(self, child: &Node) -> El {
        dom(&self.0).append_node(child);
        self
    }

    /// Sets the content to HTML written at build time from the built-in
    /// data (`domain::builtin::HTML`, every data text escaped): the only
    /// HTML the view ever inserts.
    pub fn prerendered(self, html: &str) -> El {
        self.0.set_inner_html(html);
        self
    }

    /// The element.
    pub fn get(self) -> Element {
        self.0
    }

    /// The element as the type its tag makes it (`HtmlInputElement` for
    /// `el("input")`).
    pub fn get_as<T: JsCast>(self) -> T {
        self.0.unchecked_into()
    }
}

/// Event listeners owned by one part of the view. Dropping it removes them
/// and frees their closures, so a rebuilt part or an unmounted widget
/// leaves nothing behind.
#[derive(Default)]
pub struct Listeners(Vec<Listener>);

struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listeners {
    /// Calls `handler` for each `kind` event on `target`.
    pub fn on(
        &mut self,
        target: &EventTarget,
        kind: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) {
        self.add(target, kind, Box::new(handler));
    }

    fn add(&mut self, target: &EventTarget, kind: &'static str, handler: Box<dyn FnMut(Event)>) {
        let closure = Closure::wrap(handler);
        dom(target).add_listener(kind, closure.as_ref().unchecked_ref());
        self.0.push(Listener {
            target: target.clone(),
            kind,
            closure,
        });
    }
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for Listener {
            target,
            kind,
            closure,
        } in self.0.drain(..)
        {
            dom(&target).remove_listener(kind, closure.as_ref().unchecked_ref());
        }
    }
}

/// The last of a series of delayed actions: a new one supersedes those
/// still waiting (typing that pauses, a confirmation that a later click
/// replaces).
#[derive(Clone, Default)]
pub struct Latest(Rc<Cell<u32>>);

impl Latest {
    /// Runs `action` after `ms` milliseconds, unless superseded first.
    pub fn after(&self, ms: i32, action: impl FnOnce() + 'static) {
        self.schedule(ms, Box::new(action));
    }

    // One compiled copy of the timer, whatever the action.
    fn schedule(&self, ms: i32, action: Box<dyn FnOnce()>) {
        self.cancel();
        let (latest, this) = (self.0.clone(), self.0.get());
        spawn_local(async move {
            sleep(ms).await;
            if latest.get() == this {
                action();
            }
        });
    }

    /// Supersedes the actions still waiting.
    pub fn cancel(&self) {
        self.0.set(self.0.get().wrapping_add(1));
    }
}

/// Resolves after `ms` milliseconds.
async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        set_timeout(&resolve, ms);
    });
    // A timer's promise never rejects.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
