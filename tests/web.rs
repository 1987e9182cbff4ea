//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use zolgensma_reference::ui::Root;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the widget into a fresh element and returns it.
fn mount() -> web_sys::HtmlElement {
    let wrapper = document()
        .create_element("section")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&wrapper).unwrap();
    leptos::mount::mount_to(wrapper.clone(), Root).forget();
    wrapper
}

/// Types `text` into the weight field as a person would (an input event).
fn type_weight(root: &web_sys::HtmlElement, text: &str) {
    let input = root
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlInputElement>();
    input.set_value(text);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
}

fn result_text(root: &web_sys::HtmlElement) -> String {
    root.query_selector("[data-testid=result]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn typing_a_weight_shows_the_kit_then_the_range_message() {
    let root = mount();
    type_weight(&root, "3.04");
    leptos::task::tick().await;
    assert_eq!(result_text(&root), "Kit NDC 71894-121-03");
    type_weight(&root, "30");
    leptos::task::tick().await;
    assert_eq!(
        result_text(&root),
        "30.0 kg is above 21.0 kg, the heaviest weight in the kit table. No kit is listed for it."
    );
}

#[wasm_bindgen_test]
fn built_in_data_loads_through_the_browsers_json_parser() {
    let data = zolgensma_reference::ui::load_builtin().unwrap();
    assert_eq!(data.kits.len(), 37);
}
