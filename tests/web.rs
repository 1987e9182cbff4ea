//! Component tests in headless Chromium (wasm-bindgen-test): the widget
//! mounted into a test element, driven through the DOM as a person would.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use zolgensma_reference::builtin;
use zolgensma_reference::domain::Unit;
use zolgensma_reference::ui::{
    mount, Clipboard, EventSink, Input, Panels, Services, Widget, WidgetEvent, ANNOUNCE_MS,
    SETTLE_MS,
};

wasm_bindgen_test_configure!(run_in_browser);

/// The codes a search shows (the list keeps the others, hidden).
const CODES: &str = ".zg-code-chip:not([hidden]) .zg-code-value";
/// The entries a search shows.
const ENTRIES: &str = ".zg-code:not([hidden])";

/// A mounted widget and the element it lives in.
struct Mounted {
    root: HtmlElement,
    copied: Rc<RefCell<Vec<String>>>,
    widget: Widget,
}

/// A clipboard that records what was written.
fn recording(log: Rc<RefCell<Vec<String>>>) -> Clipboard {
    Clipboard::new(move |text| {
        log.borrow_mut().push(text);
        Box::pin(async { Ok(()) })
    })
}

/// The built-in data's widget, every panel, mounted into `parent`.
fn mount_builtin(parent: &HtmlElement, panels: Panels, services: Services) -> Widget {
    mount(
        parent,
        builtin::shared(),
        panels,
        services,
        Input::default(),
    )
}

/// Mounts the widget with a recording clipboard into a fresh element.
fn mount_recording() -> Mounted {
    let copied = Rc::new(RefCell::new(Vec::new()));
    let services = Services {
        clipboard: Some(recording(copied.clone())),
        ..Services::default()
    };
    mount_with(services, copied)
}

/// A fresh container inside an open shadow root of a fresh host element,
/// as the embed loader mounts widgets.
fn shadow_container() -> (web_sys::ShadowRoot, HtmlElement) {
    let host = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    shadow.append_child(&container).unwrap();
    (shadow, container)
}

/// Mounts a widget with `services` into a fresh shadow root.
fn mount_with(services: Services, copied: Rc<RefCell<Vec<String>>>) -> Mounted {
    let (_, root) = shadow_container();
    let widget = mount_builtin(&root, Panels::ALL, services);
    Mounted {
        root,
        copied,
        widget,
    }
}

impl Mounted {
    fn find(&self, selector: &str) -> Option<HtmlElement> {
        self.root
            .query_selector(selector)
            .unwrap()
            .map(|e| e.unchecked_into())
    }

    /// The first element matching `selector` that a person sees: neither
    /// it nor an ancestor is `hidden` (the parts that appear on input are
    /// rendered with the widget, hidden, as on the page).
    fn seen(&self, selector: &str) -> Option<HtmlElement> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.unchecked_into::<HtmlElement>())
            .find(|e| e.closest("[hidden]").unwrap().is_none())
    }

    fn get(&self, selector: &str) -> HtmlElement {
        self.find(selector)
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn all_text(&self, selector: &str) -> Vec<String> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i)?.text_content())
            .collect()
    }

    /// Types into the input matched by `selector` (an input event), then
    /// waits for the view to update (Leptos renders on the next microtask).
    async fn type_into(&self, selector: &str, text: &str) {
        let input: HtmlInputElement = self.get(selector).unchecked_into();
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        input
            .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
    }

    /// Pastes `text` into the claim check (an input event on its text
    /// area), then waits for the view.
    async fn paste_claim(&self, text: &str) {
        let area: web_sys::HtmlTextAreaElement =
            self.get("textarea[id$=-claim-check]").unchecked_into();
        area.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        area.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
        settle().await;
    }

    async fn weight(&self, text: &str) {
        self.type_into("input[inputmode=decimal][id$=-weight]", text)
            .await;
    }

    /// The focused element inside the widget's shadow root (the
    /// document's active element is the shadow host).
    fn focused(&self) -> Option<web_sys::Element> {
        self.root
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()?
            .active_element()
    }

    /// Clicks the first button matching `selector` that a person sees.
    async fn click(&self, selector: &str) {
        self.seen(selector)
            .unwrap_or_else(|| panic!("no shown element matches {selector}"))
            .click();
        settle().await;
    }

    fn kit(&self) -> Option<String> {
        self.seen("[data-testid=kit-ndc]")
            .and_then(|e| e.text_content())
    }
}

/// Lets the view catch up: every pending render runs before a timer.
async fn settle() {
    sleep(0).await;
}

async fn sleep(ms: u64) {
    let ms = i32::try_from(ms).unwrap();
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn typing_weights_in_each_unit_updates_the_card() {
    let w = mount_recording();
    assert_eq!(w.kit(), None, "no kit before a weight is typed");
    for (typed, ndc) in [
        ("3.04", "71894-121-03"),
        ("3,04", "71894-121-03"),
        ("3040 g", "71894-121-03"),
        ("7.05 lb", "71894-121-03"),
        ("7.2", "71894-129-05"),
        ("21", "71894-156-14"),
    ] {
        w.weight(typed).await;
        assert_eq!(w.kit().as_deref(), Some(ndc), "typed {typed}");
    }
    w.weight("3.04").await;
    assert_eq!(w.text("[data-testid=kit-ndc11]"), "71894-0121-03");
    assert_eq!(w.text("[data-testid=kit-claim]"), "N471894012103 UN1");
    assert_eq!(w.text("[data-testid=kit-hcpcs]"), "J3399 × 1 unit");
    assert_eq!(
        w.text("[data-testid=kit-vials]"),
        "2 × 5.5 mL + 1 × 8.3 mL = 3 vials"
    );
    assert_eq!(w.text("[data-testid=kit-vg]"), "3.344 × 1014 vg");
    assert_eq!(
        w.get("[data-testid=kit-vg] sup").text_content().as_deref(),
        Some("14")
    );
    assert_eq!(w.text("[data-testid=kit-lin]"), "LIN**N4*71894012103~");
    assert_eq!(w.text("[data-testid=kit-ctp]"), "CTP****1*UN~");
    assert_eq!(w.text("[data-testid=kit-24d]"), "J3399");
    assert_eq!(w.text("[data-testid=kit-24g]"), "1");
    assert_eq!(w.text(".zg-card-title"), "Kit for 3.04 kg");
    w.weight("7.05 lb").await;
    assert_eq!(w.text(".zg-card-title"), "Kit for 7.05 lb (≈ 3.198 kg)");
}

#[wasm_bindgen_test]
async fn the_between_bands_rule_is_explained_only_off_the_grid() {
    let w = mount_recording();
    w.weight("3.04").await;
    let note = w.text(".zg-card .zg-note p");
    assert_eq!(
        note,
        "Which kit: 3.04 kg is between the printed bands 2.6–3.0 and 3.1–3.5: the 3.1–3.5 kg kit holds 19.3 mL, which covers 16.72 mL."
    );
    // The rule is one tap away.
    let rule = w.text(".zg-card .zg-note details");
    assert!(
        rule.contains("smallest band upper limit that is greater than or equal to the weight"),
        "{rule}"
    );
    w.weight("3.0").await;
    assert!(w.seen(".zg-card .zg-note").is_none());
    // Off the grid inside a printed band (15 lb = 6.804 kg): no note.
    w.weight("15 lb").await;
    assert_eq!(w.kit().as_deref(), Some("71894-128-05"));
    assert!(w.seen(".zg-card .zg-note").is_none());
}

#[wasm_bindgen_test]
async fn errors_render_next_to_the_field_and_clear() {
    let w = mount_recording();
    let input = "input[id$=-weight]";
    w.weight("3.04").await;
    w.weight("abc").await;
    let error = w.get(".zg-form .zg-error");
    assert!(!error.hidden());
    assert!(w
        .text(".zg-form .zg-error")
        .starts_with("“abc” is not a number."));
    assert_eq!(
        w.get(input).get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = w.get(input).get_attribute("aria-describedby").unwrap();
    assert!(
        described.split(' ').any(|id| id == error.id()),
        "{described} must name {}",
        error.id()
    );
    assert_eq!(w.kit(), None, "no stale kit while the input is wrong");

    w.weight("30").await;
    assert!(w
        .text(".zg-form .zg-error")
        .contains("30.0 kg is above 21.0 kg"));
    w.weight("3.2").await;
    assert!(w.get(".zg-form .zg-error").hidden());
    assert_eq!(w.get(input).get_attribute("aria-invalid"), None);
    assert_eq!(w.kit().as_deref(), Some("71894-121-03"));
    // The status region says what happened, in words.
    let status = w.all_text("[role=status]");
    assert!(
        status.iter().any(|s| s == "Kit 71894-121-03 for 3.2 kg."),
        "{status:?}"
    );
}

#[wasm_bindgen_test]
async fn unit_switch_re_resolves() {
    let w = mount_recording();
    w.weight("7").await;
    assert_eq!(w.kit().as_deref(), Some("71894-128-05"));
    w.click("input[type=radio][value=lb]").await;
    assert_eq!(w.kit().as_deref(), Some("71894-121-03"), "7 lb is 3.175 kg");
    w.click("input[type=radio][value=g]").await;
    assert!(w
        .text(".zg-form .zg-error")
        .contains("0.007 kg is below 2.6 kg"));
    w.weight("7000").await;
    assert_eq!(w.kit().as_deref(), Some("71894-128-05"));
}

#[wasm_bindgen_test]
async fn the_age_field_warns_from_24_months() {
    let w = mount_recording();
    w.weight("9").await;
    w.type_into("input[id$=-age]", "23.9").await;
    assert_eq!(w.text(".zg-age-message"), "");
    w.type_into("input[id$=-age]", "30").await;
    let warning =
        "30 months is older than the indication allows: patients less than 2 years of age. \
         ITVISMA (onasemnogene abeparvovec-brve) is a different product: intrathecal, fixed dose, \
         for patients 2 years of age and older (FDA approval November 24, 2025). \
         This reference does not give the dosing or codes of ITVISMA.";
    assert_eq!(w.text(".zg-age-message"), warning);
    assert_eq!(
        w.kit().as_deref(),
        Some("71894-132-06"),
        "the warning never blocks the kit"
    );
    // The card carries it while it applies, and the live region says it.
    assert_eq!(w.text(".zg-card-warning"), format!("Indication: {warning}"));
    sleep(ANNOUNCE_MS * 2).await;
    let said = w.all_text("[role=status]");
    assert!(said.iter().any(|s| s == warning), "{said:?}");
    w.type_into("input[id$=-age]", "12").await;
    assert!(w.seen(".zg-card-warning").is_none());
}

#[wasm_bindgen_test]
async fn the_kit_table_marks_the_current_kit() {
    let w = mount_recording();
    assert_eq!(w.all_text(".zg-table tbody tr").len(), 37);
    w.weight("3.04").await;
    let current = w.all_text("tr[aria-current=true]");
    assert_eq!(current.len(), 1);
    assert!(current[0].contains("71894-121-03"));
    w.click(".zg-card .zg-button--quiet").await;
    let focused = w.focused().and_then(|e| e.get_attribute("data-kit-index"));
    assert_eq!(focused.as_deref(), Some("1"));
}

#[wasm_bindgen_test]
async fn search_filters_and_announces() {
    let w = mount_recording();
    let search = "input[type=search]";
    let codes = || w.all_text(CODES);
    assert_eq!(codes().len(), 12);
    assert_eq!(w.text(".zg-count"), "12 codes");
    w.type_into(search, "werdnig").await;
    assert_eq!(codes(), ["G12.0"]);
    assert_eq!(w.text(".zg-count"), "1 code");
    w.type_into(search, "992").await;
    assert_eq!(
        codes(),
        ["99221", "99222", "99223", "99234", "99235", "99236"]
    );
    assert!(w.text(".zg-count") == "6 codes");
    assert!(
        w.find(".zg-code-group:not([hidden]) .zg-cpt-notice")
            .is_some(),
        "the AMA notice shows with CPT descriptors"
    );
    w.type_into(search, "g12.1").await;
    assert_eq!(codes(), ["G12.1"]);
    assert!(w
        .find(".zg-code-group:not([hidden]) .zg-cpt-notice")
        .is_none());
    assert_eq!(w.all_text(".zg-includes li").len(), 6);
    w.type_into(search, "zzz").await;
    assert_eq!(codes().len(), 0);
    assert_eq!(w.text(".zg-count"), "No codes match “zzz”.");
    w.click(".zg-empty button").await;
    assert_eq!(codes().len(), 12);
}

#[wasm_bindgen_test]
async fn arrow_keys_move_from_the_search_field_through_the_results() {
    let w = mount_recording();
    w.type_into("input[type=search]", "G12").await;
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    let focused_code = || {
        w.focused()
            .and_then(|e| e.closest(".zg-code-chip").ok().flatten())
            .and_then(|c| c.get_attribute("data-code"))
    };
    w.get("input[type=search]")
        .dispatch_event(&key("ArrowDown"))
        .unwrap();
    assert_eq!(focused_code().as_deref(), Some("G12.0"));
    w.focused()
        .unwrap()
        .dispatch_event(&key("ArrowDown"))
        .unwrap();
    assert_eq!(focused_code().as_deref(), Some("G12.1"));
    w.focused().unwrap().dispatch_event(&key("End")).unwrap();
    assert_eq!(focused_code().as_deref(), Some("G12.9"));
    w.focused().unwrap().dispatch_event(&key("Home")).unwrap();
    w.focused()
        .unwrap()
        .dispatch_event(&key("ArrowUp"))
        .unwrap();
    let back_in_search = w.focused().map(|e| e.get_attribute("type"));
    assert_eq!(back_in_search, Some(Some("search".to_string())));
}

#[wasm_bindgen_test]
async fn copy_writes_to_the_clipboard_and_confirms() {
    let w = mount_recording();
    w.weight("3.04").await;
    let button = "[data-testid=kit-claim] ~ .zg-copy";
    w.click(button).await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(*w.copied.borrow(), ["N471894012103 UN1"]);
    assert!(w.text(button).starts_with("Copied ✓"), "{}", w.text(button));
    let status = w.all_text("[role=status]");
    assert!(
        status
            .iter()
            .any(|s| s == "Copied claim NDC string N471894012103 UN1."),
        "{status:?}"
    );

    // The card updates in place: its buttons copy the new kit's values.
    w.weight("7.2").await;
    w.click(button).await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(
        w.copied.borrow().last().map(String::as_str),
        Some("N471894012905 UN1")
    );

    w.type_into("input[type=search]", "g12.1").await;
    w.click(".zg-code-chip:not([hidden]) .zg-copy").await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(w.copied.borrow().last().map(String::as_str), Some("G12.1"));
    // Said once: the code is named once.
    let said = w.all_text("[role=status]");
    assert!(
        said.iter().any(|s| s == "Copied ICD-10-CM code G12.1."),
        "{said:?}"
    );

    // All the claim lines at once, as plain text.
    w.click(".zg-claim > .zg-copy").await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(
        w.copied.borrow().last().map(String::as_str),
        Some(
            "NDC, 11 digits: 71894012905 (71894-0129-05)\n\
             CMS-1500 24A, shaded: N471894012905 UN1\n\
             CMS-1500 24D: J3399\n\
             CMS-1500 24G: 1\n\
             837P/837I loop 2410 LIN: LIN**N4*71894012905~\n\
             837P/837I loop 2410 CTP: CTP****1*UN~\n"
        )
    );
    // The total vector genomes, its power of ten as plain text.
    w.click("[data-testid=kit-vg] ~ .zg-copy").await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(
        w.copied.borrow().last().map(String::as_str),
        Some("7.92 × 10^14 vg")
    );
}

#[wasm_bindgen_test]
async fn a_refused_copy_says_so_and_how_to_copy_by_hand() {
    let refusing = Clipboard::new(|_| Box::pin(async { Err("refused".to_string()) }));
    let services = Services {
        clipboard: Some(refusing),
        ..Services::default()
    };
    let w = mount_with(services, Rc::default());
    w.weight("3.04").await;
    let button = "[data-testid=kit-claim] ~ .zg-copy";
    w.click(button).await;
    sleep(ANNOUNCE_MS * 2).await;
    assert!(
        w.text(button).starts_with("Not copied"),
        "{}",
        w.text(button)
    );
    assert!(w
        .get(button)
        .class_name()
        .split(' ')
        .any(|c| c == "zg-copy--failed"));
    let status = w.all_text("[role=status]");
    assert!(
        status.iter().any(|s| s
            == "Could not copy claim NDC string. Select N471894012103 UN1 and copy it by hand."),
        "{status:?}"
    );
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_share_no_state_and_each_ids_are_unique_in_its_root() {
    // Each instance lives in its own shadow root, where its ids (the same
    // in every instance: the build renders them) resolve.
    let a = mount_recording();
    let b = mount_recording();
    a.weight("3.04").await;
    assert_eq!(a.kit().as_deref(), Some("71894-121-03"));
    assert_eq!(b.kit(), None);
    let ids = a.root.query_selector_all("[id]").unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..ids.length() {
        let id = ids
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .id();
        assert!(seen.insert(id.clone()), "{id} twice in one root");
    }
    assert!(seen.len() > 30, "{} ids", seen.len());
}

#[wasm_bindgen_test]
async fn data_text_is_never_parsed_as_html() {
    // The built-in data, every panel; no element comes from data text.
    let w = mount_recording();
    assert!(w
        .root
        .query_selector("script, img, iframe")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn the_card_title_echoes_the_unit_typed_even_for_the_same_mass() {
    let w = mount_recording();
    w.weight("3.04").await;
    assert_eq!(w.text(".zg-card-title"), "Kit for 3.04 kg");
    w.weight("3040 g").await;
    assert_eq!(w.text(".zg-card-title"), "Kit for 3040 g (= 3.04 kg)");
    w.weight("3.040").await;
    assert_eq!(w.text(".zg-card-title"), "Kit for 3.04 kg");
}

/// The events a host saw.
type Seen = Rc<RefCell<Vec<WidgetEvent>>>;
/// Where the host keeps the widget, once it has it.
type Slot = Rc<RefCell<Option<Widget>>>;

/// A widget whose events are recorded, and which the events can reach.
fn mount_reporting() -> (Mounted, Seen, Slot) {
    let seen: Seen = Rc::default();
    let slot: Slot = Rc::default();
    let (log, reach) = (seen.clone(), slot.clone());
    let copied: Rc<RefCell<Vec<String>>> = Rc::default();
    let services = Services {
        clipboard: Some(recording(copied.clone())),
        events: Some(EventSink::new(move |event| {
            let resolved = matches!(event, WidgetEvent::KitResolved(_));
            log.borrow_mut().push(event);
            // A host that answers an event by driving the widget.
            if resolved {
                if let Some(widget) = reach.borrow().as_ref() {
                    widget.set_query("g12".into());
                }
            }
        })),
    };
    (mount_with(services, copied), seen, slot)
}

#[wasm_bindgen_test]
async fn kit_changes_reach_the_host_once_each_and_the_host_can_answer() {
    let (w, seen, slot) = mount_reporting();
    let codes = |w: &Mounted| w.all_text(CODES).len();
    assert_eq!(codes(&w), 12);
    w.weight("3.04").await;
    w.weight("3.2").await;
    w.weight("abc").await;
    w.weight("7.2").await;
    let names: Vec<&str> = seen.borrow().iter().map(WidgetEvent::name).collect();
    assert_eq!(
        names,
        [
            "zolgensma:kit-resolved",
            "zolgensma:kit-cleared",
            "zolgensma:kit-resolved"
        ],
        "3.2 kg is the same kit as 3.04 kg: no event"
    );
    match &seen.borrow()[2] {
        WidgetEvent::KitResolved(kit) => assert_eq!(kit.ndc10, "71894-129-05"),
        other => panic!("{other:?}"),
    }
    // Now the host holds the widget: its answer to the next kit reaches it.
    let Mounted { root, widget, .. } = w;
    slot.replace(Some(widget));
    let input: HtmlInputElement = root
        .query_selector("input[id$=-weight]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("21");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(seen.borrow().len(), 4);
    let shown = root.query_selector_all(CODES).unwrap().length();
    assert_eq!(
        shown, 4,
        "the host's set_query(\"g12\") ran: G12.0 to G12.9"
    );
}

#[wasm_bindgen_test]
async fn the_handle_types_and_selects_like_a_person() {
    let w = mount_recording();
    w.widget.set_weight("15".into(), Some(Unit::Lb));
    settle().await;
    assert_eq!(w.kit().as_deref(), Some("71894-128-05"));
    let lb: HtmlInputElement = w.get("input[type=radio][value=lb]").unchecked_into();
    assert!(lb.checked());
    let field: HtmlInputElement = w.get("input[id$=-weight]").unchecked_into();
    assert_eq!(field.value(), "15");
    w.widget.set_query("werdnig".into());
    settle().await;
    assert_eq!(w.all_text(CODES), ["G12.0"]);
}

#[wasm_bindgen_test]
async fn dropping_the_widget_removes_it_and_its_listeners() {
    let w = mount_recording();
    w.weight("3.04").await;
    let input: HtmlInputElement = w.get("input[id$=-weight]").unchecked_into();
    let Mounted { root, widget, .. } = w;
    drop(widget);
    assert!(root.query_selector(".zg-widget").unwrap().is_none());
    // An event on an element kept from the dropped widget finds no listener.
    input.set_value("7.2");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert!(input.closest(".zg-widget").unwrap().is_some());
    assert!(input
        .closest(".zg-widget")
        .unwrap()
        .unwrap()
        .query_selector("[data-testid=kit-ndc]")
        .unwrap()
        .is_some_and(|ndc| ndc.text_content().as_deref() == Some("71894-121-03")));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_through_the_results_inside_a_shadow_root() {
    // As the embed loader mounts it: inside an open shadow root, where the
    // document's active element is the host, not the focused button.
    let (shadow, container) = shadow_container();
    let services = Services {
        clipboard: Some(recording(Rc::default())),
        ..Services::default()
    };
    let _widget = mount_builtin(&container, Panels::ALL, services);
    let search: HtmlInputElement = container
        .query_selector("input[type=search]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    search.set_value("G12");
    search
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    let key = |name: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(name);
        init.set_bubbles(true);
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    let focused = || shadow.active_element().unwrap();
    let focused_code = || {
        focused()
            .closest(".zg-code-chip")
            .unwrap()
            .and_then(|c| c.get_attribute("data-code"))
    };
    search.dispatch_event(&key("ArrowDown")).unwrap();
    assert_eq!(focused_code().as_deref(), Some("G12.0"));
    focused().dispatch_event(&key("ArrowDown")).unwrap();
    assert_eq!(focused_code().as_deref(), Some("G12.1"));
    focused().dispatch_event(&key("ArrowUp")).unwrap();
    focused().dispatch_event(&key("ArrowUp")).unwrap();
    assert_eq!(focused().get_attribute("type").as_deref(), Some("search"));
}

#[wasm_bindgen_test]
async fn a_copy_that_answers_after_its_button_is_gone_does_no_harm() {
    // The clipboard answers late; meanwhile a search removes the code
    // whose button was clicked (and with it the button's state).
    let slow = Clipboard::new(|_| {
        Box::pin(async {
            sleep(50).await;
            Ok(())
        })
    });
    let services = Services {
        clipboard: Some(slow),
        ..Services::default()
    };
    let w = mount_with(services, Rc::default());
    w.type_into("input[type=search]", "g12.1").await;
    w.click(".zg-code-chip:not([hidden]) .zg-copy").await;
    w.type_into("input[type=search]", "zzz").await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(w.all_text(CODES).len(), 0);
    w.weight("3.04").await;
    assert_eq!(
        w.kit().as_deref(),
        Some("71894-121-03"),
        "the widget still works"
    );
}

#[wasm_bindgen_test]
async fn the_unit_switch_follows_the_unit_typed() {
    let w = mount_recording();
    let checked = |w: &Mounted| {
        ["kg", "lb", "g"]
            .into_iter()
            .filter(|u| {
                w.get(&format!("input[type=radio][value={u}]"))
                    .unchecked_into::<HtmlInputElement>()
                    .checked()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(checked(&w), ["kg"]);
    w.weight("15 lb").await;
    assert_eq!(checked(&w), ["lb"]);
    w.weight("3040 g").await;
    assert_eq!(checked(&w), ["g"]);
    w.weight("7 lb 4 oz").await;
    assert_eq!(checked(&w), ["lb"]);
    // Choosing kg while the text says lb: the text's unit stays shown.
    w.click("input[type=radio][value=kg]").await;
    assert_eq!(checked(&w), ["lb"]);
    assert_eq!(w.kit().as_deref(), Some("71894-121-03"));
    // A bare number takes the unit chosen.
    w.weight("7").await;
    assert_eq!(checked(&w), ["kg"]);
    assert_eq!(w.kit().as_deref(), Some("71894-128-05"));
}

#[wasm_bindgen_test]
async fn weights_as_people_write_them() {
    let w = mount_recording();
    for (typed, ndc, title) in [
        (
            "7 lb 4 oz",
            "71894-121-03",
            "Kit for 7 lb 4 oz (≈ 3.289 kg)",
        ),
        ("7lb 4oz", "71894-121-03", "Kit for 7 lb 4 oz (≈ 3.289 kg)"),
        ("116 oz", "71894-121-03", "Kit for 116 oz (≈ 3.289 kg)"),
        ("３.０４", "71894-121-03", "Kit for 3.04 kg"),
    ] {
        w.weight(typed).await;
        assert_eq!(w.kit().as_deref(), Some(ndc), "{typed}");
        assert_eq!(w.text(".zg-card-title"), title, "{typed}");
    }
    w.weight("7 lb 16 oz").await;
    assert!(w
        .text(".zg-form .zg-error")
        .starts_with("16 oz after pounds is a pound or more"));
}

#[wasm_bindgen_test]
async fn a_comma_that_reads_two_ways_offers_the_other_reading() {
    let w = mount_recording();
    w.weight("3,040 g").await;
    assert_eq!(w.kit(), None, "no guess between 3.04 g and 3040 g");
    assert!(
        w.text(".zg-form .zg-error").starts_with(
            "“3,040 g” was read with a decimal comma: 3.04 g (0.00304 kg), below the table's 2.6 kg."
        ),
        "{}",
        w.text(".zg-form .zg-error")
    );
    let offer = w.get(".zg-offer");
    assert_eq!(
        offer.text_content().as_deref(),
        Some("Did you mean 3040 g?")
    );
    w.click(".zg-offer").await;
    assert_eq!(w.kit().as_deref(), Some("71894-121-03"));
    let field: HtmlInputElement = w.get("input[id$=-weight]").unchecked_into();
    assert_eq!(field.value(), "3040 g");
    assert!(w.seen(".zg-offer").is_none());
    // A comma that reads one way only works as before.
    w.weight("3,04").await;
    assert_eq!(w.kit().as_deref(), Some("71894-121-03"));
}

#[wasm_bindgen_test]
async fn each_thing_is_said_once() {
    let w = mount_recording();
    w.weight("30").await;
    let panel = w.text(".zg-section--kit").to_lowercase();
    assert_eq!(panel.matches("no kit").count(), 1, "{panel}");
    w.type_into("input[type=search]", "zzz").await;
    let results = w.text(".zg-code-results");
    assert!(!results.contains("No codes match"), "{results}");
    assert_eq!(w.text(".zg-count"), "No codes match “zzz”.");
    // The code limits show once (in the code panel, not the footer too).
    let limits = "Codes provided in this guide may be subject to change.";
    assert_eq!(w.text(".zg-widget").matches(limits).count(), 1);
    // Each code group names its source once.
    w.type_into("input[type=search]", "").await;
    let hcpcs = w.text(".zg-code-group");
    assert_eq!(
        hcpcs.matches("HCPCS quarterly update").count(),
        1,
        "{hcpcs}"
    );
}

#[wasm_bindgen_test]
async fn a_printed_range_is_one_entry_with_a_chip_per_code() {
    let w = mount_recording();
    w.type_into("input[type=search]", "992").await;
    assert_eq!(w.all_text(ENTRIES).len(), 2);
    assert_eq!(
        w.all_text(CODES),
        ["99221", "99222", "99223", "99234", "99235", "99236"]
    );
    let entry = w.text(ENTRIES);
    assert_eq!(
        entry
            .matches("Initial hospital inpatient or observation care")
            .count(),
        1,
        "the descriptor once: {entry}"
    );
    assert!(entry.contains("Printed as 99221–99223"), "{entry}");
    // Each code is still found on its own.
    w.type_into("input[type=search]", "99235").await;
    assert_eq!(w.all_text(CODES), ["99235"]);
    assert_eq!(w.text(".zg-count"), "1 code");
}

#[wasm_bindgen_test]
async fn search_finds_what_people_type_and_marks_it() {
    let w = mount_recording();
    let search = "input[type=search]";
    w.type_into(search, "zolgensma").await;
    assert_eq!(w.all_text(CODES), ["J3399"]);
    assert!(w
        .text(".zg-alias:not([hidden])")
        .contains("added by this widget"));
    w.type_into(search, "hoffmann").await;
    assert_eq!(w.all_text(CODES), ["G12.0"]);
    w.type_into(search, "werdnig").await;
    assert_eq!(
        w.all_text(".zg-code:not([hidden]) .zg-code-desc mark"),
        ["Werdnig"]
    );
    assert!(
        w.find(".zg-alias:not([hidden])").is_none(),
        "the guide's own word"
    );
    w.type_into(search, "992").await;
    assert_eq!(
        w.all_text(".zg-code-chip:not([hidden]) .zg-code-value mark")
            .len(),
        6
    );
    for form in ["71894-129-05", "71894012905", "71894-0129-05"] {
        w.type_into(search, form).await;
        assert!(
            w.text("[data-testid=kit-match]")
                .starts_with("71894-129-05 is the kit for 7.1–7.5 kg"),
            "{form}"
        );
        assert_eq!(
            w.text(".zg-count"),
            "1 kit: the NDC names a kit, not a code."
        );
        assert!(w.find(".zg-empty:not([hidden])").is_none());
    }
}

#[wasm_bindgen_test]
async fn the_date_of_service_says_which_releases_apply() {
    let w = mount_recording();
    let lines = |w: &Mounted| w.all_text(".zg-dos li");
    assert!(lines(&w).is_empty());
    w.type_into("input[type=date]", "2026-01-15").await;
    let said = lines(&w);
    assert_eq!(said.len(), 3);
    assert!(said[0].contains("January 2026 release"), "{said:?}");
    assert!(said[2].contains("FY 2026"), "{said:?}");
    w.type_into("input[type=date]", "2020-06-30").await;
    assert!(lines(&w)[0].contains("there was no J3399"));
    w.type_into("input[type=date]", "2024-11-01").await;
    assert_eq!(w.all_text(".zg-dos--covered").len(), 2);
    w.type_into("input[type=date]", "").await;
    assert!(lines(&w).is_empty());
}

#[wasm_bindgen_test]
async fn links_inside_an_embedded_widget_stay_inside_it() {
    // A codes-only instance in a shadow root, as a portal embeds it.
    let (shadow, container) = shadow_container();
    let codes_only = Panels {
        kit: false,
        codes: true,
        info: false,
        boxed_warning: false,
    };
    let _widget = mount_builtin(&container, codes_only, Services::default());
    settle().await;
    let before = web_sys::window().unwrap().location().href().unwrap();
    let link: HtmlElement = container
        .query_selector(".zg-code-meta .zg-ref")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let target = link.get_attribute("href").unwrap();
    link.click();
    settle().await;
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before,
        "the host's URL is unchanged"
    );
    // The codes-only instance carries the references its codes cite.
    let id = target.trim_start_matches('#');
    let reference = shadow.get_element_by_id(id).expect("the cited reference");
    assert_eq!(
        shadow.active_element().map(|e| e.id()),
        Some(id.to_string()),
        "focus moved to {}",
        reference.id()
    );
    assert_eq!(
        container
            .query_selector_all(".zg-references li")
            .unwrap()
            .length(),
        3
    );
}

#[wasm_bindgen_test]
async fn hosts_hear_the_settled_result_once_typing_pauses() {
    let (w, seen, _slot) = mount_reporting();
    for typed in ["3", "3.", "3.0", "3.04"] {
        w.weight(typed).await;
    }
    let settled = |seen: &Seen| {
        seen.borrow()
            .iter()
            .filter_map(|e| match e {
                WidgetEvent::KitSettled(kit) => Some(kit.as_ref().map(|k| k.ndc10.clone())),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    assert!(settled(&seen).is_empty(), "not while typing");
    sleep(SETTLE_MS + 200).await;
    assert_eq!(settled(&seen), [Some("71894-121-03".to_string())]);
    // The same result again is no news; no kit is.
    w.weight("3.2").await;
    sleep(SETTLE_MS + 200).await;
    assert_eq!(settled(&seen).len(), 1);
    w.weight("").await;
    sleep(SETTLE_MS + 200).await;
    assert_eq!(settled(&seen), [Some("71894-121-03".to_string()), None]);
}

#[wasm_bindgen_test]
async fn the_claim_check_lists_findings_against_the_weight_and_copies_a_fix() {
    let (w, seen, _slot) = mount_reporting();
    let list = "[id$=-claim-check-findings]";
    assert!(w.get(list).hidden(), "no list before anything is pasted");
    w.weight("7.2").await;
    w.paste_claim("N471894012103 UN1\nJ3399 2").await;
    let items = w.all_text(&format!("{list} li"));
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(
        items[0].starts_with("Error: 71894012103 is the 3.1–3.5 kg kit (71894-121-03); for 7.2 kg the kit is the 7.1–7.5 kg kit (71894-129-05)."),
        "{items:?}"
    );
    assert!(
        items[0].contains("Write instead: N471894012905 UN1"),
        "{items:?}"
    );
    assert!(
        items[1].starts_with("Fix: J3399 is billed as 1 unit"),
        "{items:?}"
    );
    // The finding follows the weight: 3.2 kg is this NDC's kit.
    w.weight("3.2").await;
    let items = w.all_text(&format!("{list} li"));
    assert_eq!(items.len(), 1, "{items:?}");
    // Copying a fix copies it, and the host hears nothing of what was pasted.
    w.click(&format!("{list} .zg-copy")).await;
    sleep(ANNOUNCE_MS * 2).await;
    assert_eq!(
        w.copied.borrow().last().map(String::as_str),
        Some("J3399 1")
    );
    assert!(
        !seen
            .borrow()
            .iter()
            .any(|e| matches!(e, WidgetEvent::Copied(_))),
        "no event carries pasted text"
    );
    // The summary is said once the person pauses, not per keystroke.
    sleep(SETTLE_MS + 200).await;
    let said = w.all_text("[role=status]");
    assert!(
        said.iter()
            .any(|s| s == "Claim check: 1 fix. The list follows the field."),
        "{said:?}"
    );
    w.paste_claim("LIN**N4*71894012103~CTP****1*UN~").await;
    let items = w.all_text(&format!("{list} li"));
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(
        items[0].starts_with("Matches: Nothing to correct."),
        "{items:?}"
    );
    w.paste_claim("").await;
    assert!(w.get(list).hidden());
}

#[wasm_bindgen_test]
async fn the_search_and_the_claim_check_say_what_this_reference_does_not_cover() {
    let w = mount_recording();
    let entry = "[data-testid=not-covered]";
    assert!(w.get(entry).hidden());
    for query in [
        "itvisma",
        "brve",
        "onasemnogene abeparvovec-brve",
        "intrathecal",
    ] {
        w.type_into("input[type=search]", query).await;
        assert!(!w.get(entry).hidden(), "{query}");
        assert!(
            w.text(entry).starts_with("ITVISMA: not covered here"),
            "{query}"
        );
        assert_eq!(
            w.text(".zg-count"),
            "No codes: ITVISMA is not covered by this reference.",
            "{query}"
        );
    }
    w.type_into("input[type=search]", "zolgensma").await;
    assert!(w.get(entry).hidden());
    w.paste_claim("ITVISMA").await;
    let items = w.all_text("[id$=-claim-check-findings] li");
    assert!(
        items[0]
            .starts_with("Note: ITVISMA (onasemnogene abeparvovec-brve) is a different product"),
        "{items:?}"
    );
}
