//! The view: Leptos components that render the domain's results.
//!
//! Components hold no rules of their own; everything they show comes from
//! [`crate::domain`] and the data file.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::data::BUILTIN_JSON;
use crate::domain::{lookup, Data, RawData, Unit};

/// Reads and validates the built-in data file.
///
/// The browser's own `JSON.parse` reads the text and serde-wasm-bindgen maps
/// it onto [`RawData`], which keeps a JSON parser out of the wasm binary.
pub fn load_builtin() -> Result<Data, String> {
    let value = js_sys::JSON::parse(BUILTIN_JSON)
        .map_err(|_| "the built-in data file is not JSON".to_string())?;
    let raw: RawData = serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())?;
    Data::from_raw(raw).map_err(|e| e.to_string())
}

/// Mounts the widget into `#zg-root` (the static page).
pub fn start() {
    let Some(root) = document().get_element_by_id("zg-root") else {
        leptos::logging::error!("zolgensma-reference: no element with id zg-root");
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(root, Root).forget();
}

/// The widget with the built-in data, or a message when it cannot load.
#[component]
pub fn Root() -> impl IntoView {
    match load_builtin() {
        Ok(data) => view! { <App data=Arc::new(data)/> }.into_any(),
        Err(e) => {
            view! { <p role="alert">"The reference data could not be loaded: " {e}</p> }.into_any()
        }
    }
}

/// The minimal resolver: one weight field and one line of result.
#[component]
pub fn App(
    /// The validated data to resolve against.
    data: Arc<Data>,
) -> impl IntoView {
    let (input, set_input) = signal(String::new());
    let result = Memo::new(move |_| lookup(&data, &input.get(), Unit::Kg));
    view! {
        <label for="zg-weight">"Patient weight (kg)"</label>
        <input
            id="zg-weight"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            prop:value=input
            on:input=move |ev| set_input.set(event_target_value(&ev))
        />
        <p role="status" data-testid="result">
            {move || match result.get() {
                Ok(r) => format!("Kit NDC {}", r.kit.ndc),
                Err(e) => e.to_string(),
            }}
        </p>
    }
}
