//! The embed API's Rust half, called by the JS loader
//! (`embed/zolgensma-widget.js`). The loader makes the shadow root, loads
//! the stylesheet into it, dispatches events and catches whatever a host
//! object throws; this half reads the options into typed values, validates
//! a code-data override, applies the theme and mounts the widget.

pub mod fields;
pub mod options;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::builtin;
use crate::crash::Watched;
use crate::domain::CodeData;
use crate::domain::{Data, Unit};
use crate::ui::hydrate::{instances, CodeSource, Islands};
use crate::ui::{EventSink, Input, Services, Surface, Widget, WidgetEvent};
use options::{Options, OptionsError, RawOptions, MAX_VALUE_CHARS};

/// One mounted instance: what unmounting needs.
struct Mounted {
    /// Dropping the last reference removes the widget's elements and
    /// listeners.
    widget: Rc<Widget>,
    host: web_sys::HtmlElement,
    theme: Vec<&'static str>,
    /// The crash handler's watch on the host, released on unmount.
    _watched: Watched,
}

thread_local! {
    /// Mounted instances by handle id. Handles only carry the id, so a
    /// handle the host drops (and the garbage collector frees) never
    /// unmounts a widget behind the host's back.
    static MOUNTED: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// The kit for a weight, from the same domain core the widget shows:
/// `{ ndc10, … }` like `zolgensma:kit-resolved`, or `{ error, hint }`.
/// For hosts that need the NDC without the widget, and for tests.
#[wasm_bindgen(js_name = resolveKit)]
pub fn resolve_kit(weight: String, unit: Option<String>) -> Result<JsValue, JsError> {
    let data = builtin::shared();
    let unit = match unit {
        None => Unit::Kg,
        Some(u) => Unit::from_text(&u)
            .ok_or_else(|| JsError::new(&format!("resolveKit: unit “{u}” is not kg, lb or g")))?,
    };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = match crate::domain::lookup(&data, &weight, unit) {
        Ok(r) => crate::ui::KitDetail::new(&data, &r).serialize(&serializer),
        Err(e) => {
            let detail = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&detail, &"error".into(), &e.to_string().into());
            let _ = js_sys::Reflect::set(&detail, &"hint".into(), &e.hint().into());
            Ok(detail.into())
        }
    };
    value.map_err(|e| JsError::new(&e.to_string()))
}

/// A mounted widget, as the JS loader sees it.
#[wasm_bindgen]
pub struct WidgetHandle {
    id: u32,
    data_error: Option<String>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget and its theme properties. Calling it twice is
    /// harmless.
    pub fn unmount(&self) {
        let mounted = MOUNTED.with(|m| m.borrow_mut().remove(&self.id));
        if let Some(mounted) = mounted {
            let style = web_sys::HtmlElement::style(&mounted.host);
            for property in mounted.theme {
                let _ = style.remove_property(property);
            }
            drop(mounted.widget);
        }
    }

    /// Types `weight` into the weight field, and selects `unit` (`kg`,
    /// `lb`, `g`) when given.
    #[wasm_bindgen(js_name = setWeight)]
    pub fn set_weight(&self, weight: String, unit: Option<String>) -> Result<(), JsError> {
        if weight.chars().count() > MAX_VALUE_CHARS {
            return Err(JsError::new(&format!(
                "setWeight: expected at most {MAX_VALUE_CHARS} characters"
            )));
        }
        let unit = match unit {
            None => None,
            Some(u) => Some(Unit::from_text(&u).ok_or_else(|| {
                JsError::new(&format!("setWeight: unit “{u}” is not kg, lb or g"))
            })?),
        };
        self.with_widget(|widget| widget.set_weight(weight, unit))
    }

    /// Types `query` into the code search.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, query: String) -> Result<(), JsError> {
        if query.chars().count() > MAX_VALUE_CHARS {
            return Err(JsError::new(&format!(
                "setQuery: expected at most {MAX_VALUE_CHARS} characters"
            )));
        }
        self.with_widget(|widget| widget.set_query(query))
    }

    /// Why the code-data override was refused, if it was.
    #[wasm_bindgen(getter, js_name = dataError)]
    pub fn data_error(&self) -> Option<String> {
        self.data_error.clone()
    }

    /// Whether the widget is still mounted.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        MOUNTED.with(|m| m.borrow().contains_key(&self.id))
    }

    /// Runs `f` on the mounted widget. The registry is not borrowed while
    /// `f` runs: the host may answer the events it sends by calling the
    /// handle again, even `unmount` (the widget goes once `f` is done).
    fn with_widget(&self, f: impl FnOnce(&Widget)) -> Result<(), JsError> {
        let widget = MOUNTED.with(|m| m.borrow().get(&self.id).map(|x| x.widget.clone()));
        match widget {
            Some(widget) => {
                f(&widget);
                Ok(())
            }
            None => Err(JsError::new("the widget is not mounted")),
        }
    }
}

/// Reads options from a plain JS object (`undefined` means defaults).
pub fn read_options(value: JsValue) -> Result<Options, OptionsError> {
    let raw = if value.is_undefined() || value.is_null() {
        RawOptions::default()
    } else {
        if let Some((key, message)) = unknown_key_in(&value, fields::field_names::<RawOptions>()) {
            return Err(OptionsError {
                key: format!("options.{key}"),
                message,
            });
        }
        if list_length(&value, "panels").is_some_and(|n| n > options::MAX_PANELS) {
            return Err(OptionsError {
                key: "options.panels".into(),
                message: format!("expected at most {} entries", options::MAX_PANELS),
            });
        }
        let deserializer = serde_wasm_bindgen::Deserializer::from(value);
        serde_path_to_error::deserialize(deserializer).map_err(OptionsError::from_path)?
    };
    raw.check()
}

/// A key of a JS object that is not in `fields`, with its message.
fn unknown_key_in(value: &JsValue, fields: &[&str]) -> Option<(String, String)> {
    // `is_object`, not `dyn_ref`: the loader passes null-prototype objects,
    // which are not `instanceof Object`.
    if !value.is_object() {
        return None;
    }
    let object: &js_sys::Object = value.unchecked_ref();
    let keys: Vec<String> = js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    fields::unknown_key(keys.iter().map(String::as_str), fields)
}

/// The length of `value[key]` if it is an array.
fn list_length(value: &JsValue, key: &str) -> Option<u32> {
    let list = js_sys::Reflect::get(value, &JsValue::from_str(key)).ok()?;
    list.dyn_ref::<js_sys::Array>().map(js_sys::Array::length)
}

/// Unknown keys anywhere in a code-data override, with their path; lists
/// longer than the data limits are refused before any item is read.
fn unknown_code_data_key(value: &JsValue) -> Option<String> {
    use crate::domain::raw::{RawCode, RawCodeSet, RawReference};
    use crate::domain::validate::limits;
    for (list, max) in [
        ("code_sets", limits::CODE_SETS),
        ("codes", limits::CODES),
        ("references", limits::REFERENCES),
    ] {
        if let Some(n) = list_length(value, list).filter(|n| *n as usize > max) {
            return Some(format!(
                "codeData.{list}: lists {n} items; at most {max} are allowed"
            ));
        }
    }
    if let Some((key, m)) = unknown_key_in(value, fields::field_names::<CodeData>()) {
        return Some(format!("codeData.{key}: {m}"));
    }
    let lists = [
        ("code_sets", fields::field_names::<RawCodeSet>()),
        ("codes", fields::field_names::<RawCode>()),
        ("references", fields::field_names::<RawReference>()),
    ];
    for (list, item_fields) in lists {
        let items = js_sys::Reflect::get(value, &JsValue::from_str(list)).ok()?;
        let Some(items) = items.dyn_ref::<js_sys::Array>() else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            if let Some((key, m)) = unknown_key_in(&item, item_fields) {
                return Some(format!("codeData.{list}[{i}].{key}: {m}"));
            }
        }
    }
    None
}

/// The data to show: the built-in data, or it with the host's codes when
/// they pass every rule, and otherwise why the override was refused.
fn data_with(code_data: JsValue) -> (Arc<Data>, Option<String>) {
    let builtin = builtin::shared();
    if code_data.is_undefined() || code_data.is_null() {
        return (builtin, None);
    }
    if let Some(message) = unknown_code_data_key(&code_data) {
        return (builtin, Some(message));
    }
    let deserializer = serde_wasm_bindgen::Deserializer::from(code_data);
    let codes: Result<CodeData, _> = serde_path_to_error::deserialize(deserializer);
    let checked = match codes {
        Err(e) => Err(format!(
            "codeData.{}: {}",
            e.path(),
            options::serde_message(e.inner())
        )),
        Ok(codes) => builtin
            .with_codes(codes)
            .map(Arc::new)
            .map_err(|e| format!("codeData: {e}")),
    };
    match checked {
        Ok(data) => (data, None),
        Err(message) => (builtin, Some(message)),
    }
}

/// Makes the widget in `container` interactive: the build's HTML for the
/// options' panels, which the loader put into `host`'s shadow root, is
/// hydrated island by island (a host's own `codeData` gets a code panel
/// built in the browser instead, the build's HTML holding the guide's
/// codes). What the person typed before the wasm ran is kept; otherwise
/// the options' weight and unit apply. `emit` is called with an event name
/// and its detail.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    host: web_sys::HtmlElement,
    container: web_sys::HtmlElement,
    options: JsValue,
    code_data: JsValue,
    emit: js_sys::Function,
) -> Result<WidgetHandle, JsError> {
    let options = read_options(options).map_err(|e| JsError::new(&e.to_string()))?;
    let islands = Islands::find(&container).map_err(|e| JsError::new(&e))?;
    if islands.has_kit() != options.panels.kit || islands.has_codes() != options.panels.codes {
        return Err(JsError::new(
            "mount: the widget's HTML does not hold the panels the options ask for",
        ));
    }
    let own_codes = !(code_data.is_undefined() || code_data.is_null());
    let (data, data_error) = data_with(code_data);
    let style = web_sys::HtmlElement::style(&host);
    for (property, value) in &options.theme {
        // CSSOM, not a style attribute: allowed under a strict CSP.
        let _ = style.set_property(property, value);
    }
    let send = move |name: &str, detail: JsValue| {
        let _ = emit.call2(&JsValue::NULL, &JsValue::from_str(name), &detail);
    };
    if let Some(message) = &data_error {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "zolgensma-reference: {message}; showing the built-in codes"
        )));
        send("zolgensma:error", error_detail(message));
    }
    let events = EventSink::new(move |event: WidgetEvent| send(event.name(), event_detail(&event)));
    let services = Services {
        events: Some(events),
        ..Services::default()
    };
    let early = islands.early();
    let instance = instances(Surface::Embedded, data, services);
    let cites = !options.panels.info;
    let kit = islands.hydrate_kit(instance.clone());
    let source = if own_codes && data_error.is_none() {
        CodeSource::Host
    } else {
        CodeSource::Build
    };
    let codes = islands.codes(instance, cites, source);
    let table = kit.state.and_then(|state| islands.hydrate_kit_table(state));
    let views = [kit.view, table, codes.view]
        .into_iter()
        .flatten()
        .collect();
    let widget = Widget::new(&container, kit.state, codes.state, views);
    widget.start(early.input(Input {
        weight: options.weight,
        unit: options.unit,
    }));
    if !early.query.is_empty() {
        widget.set_query(early.query);
    }
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    let theme = options.theme.iter().map(|(p, _)| *p).collect();
    MOUNTED.with(|m| {
        m.borrow_mut().insert(
            id,
            Mounted {
                widget: Rc::new(widget),
                _watched: crate::crash::watch(host.clone()),
                host,
                theme,
            },
        );
    });
    Ok(WidgetHandle { id, data_error })
}

fn error_detail(message: &str) -> JsValue {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"message".into(), &message.into());
    detail.into()
}

fn event_detail(event: &WidgetEvent) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = match event {
        WidgetEvent::KitResolved(kit) => kit.serialize(&serializer),
        WidgetEvent::KitCleared => Ok(JsValue::NULL),
        WidgetEvent::KitSettled(kit) => kit.serialize(&serializer),
        WidgetEvent::CodeCopied(copied) => copied.serialize(&serializer),
        WidgetEvent::Copied(copied) => copied.serialize(&serializer),
    };
    value.unwrap_or(JsValue::NULL)
}
