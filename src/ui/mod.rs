//! The view: Leptos components that render the domain's results.
//!
//! Components hold no rules of their own; everything they show comes from
//! [`crate::domain`] and the data file. State is local to one widget
//! instance: several can live on one page.

mod codes;
mod copy;
mod info;
mod kit_table;
mod resolver;
mod rich;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use codes::count_text;
pub use copy::{Announcer, Clipboard, CopyFuture};
pub use resolver::announcement;

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

/// Mounts the widget into `#zg-root` (the static page) and removes the
/// page's loading fallback.
pub fn start() {
    let Some(root) = document().get_element_by_id("zg-root") else {
        leptos::logging::error!("zolgensma-reference: no element with id zg-root");
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    leptos::mount::mount_to(root, Root).forget();
    if let Some(fallback) = document().get_element_by_id("zg-fallback") {
        fallback.remove();
    }
}

/// Unique id prefixes, so that several widgets on one page never share an
/// element id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids(Arc<str>);

impl Ids {
    /// A prefix no other widget instance of this page uses.
    pub fn unique() -> Ids {
        static NEXT: AtomicU32 = AtomicU32::new(1);
        Ids(format!("zg{}", NEXT.fetch_add(1, Ordering::Relaxed)).into())
    }

    /// The id of `name` in this instance (`zg1-weight`).
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.0)
    }
}

/// The widget with the built-in data, or a message when it cannot load.
#[component]
pub fn Root() -> impl IntoView {
    match load_builtin() {
        Ok(data) => view! { <Widget data=Arc::new(data)/> }.into_any(),
        Err(e) => view! {
            <p role="alert" class="zg-widget">"The reference data could not be loaded: " {e}</p>
        }
        .into_any(),
    }
}

/// The whole widget: kit resolver, kit table, code reference and product
/// information.
#[component]
pub fn Widget(
    /// The validated data to show.
    data: Arc<Data>,
    /// How copy buttons reach the clipboard (the browser's by default).
    #[prop(optional)]
    clipboard: Option<Clipboard>,
) -> impl IntoView {
    let ids = Ids::unique();
    provide_context(clipboard.unwrap_or_default());
    let announcer = Announcer(RwSignal::new(String::new()));
    provide_context(announcer);

    let weight = RwSignal::new(String::new());
    let unit = RwSignal::new(Unit::Kg);
    let age = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());
    let outcome = {
        let data = data.clone();
        Memo::new(move |_| lookup(&data, &weight.get(), unit.get()))
    };
    let current = Signal::derive(move || outcome.with(|o| o.as_ref().ok().map(|r| r.index)));
    let scroller = NodeRef::<html::Div>::new();
    let show_in_table = Callback::new(move |index| kit_table::show_row(scroller, index));

    let section = |name: &str| (ids.id(name), ids.id(&format!("{name}-title")));
    let (kit_id, kit_title) = section("kit");
    let (codes_id, codes_title) = section("codes");
    let (safety_id, safety_title) = section("safety");
    let (ordering_id, ordering_title) = section("ordering");
    let (refs_id, refs_title) = section("references");
    let product = format!("{}® ({})", data.product.brand, data.product.generic);

    let safety_title_ref = safety_title.clone();
    let refs_title_ref = refs_title.clone();
    let kit_title_ref = kit_title.clone();
    let ordering_title_ref = ordering_title.clone();
    let codes_title_ref = codes_title.clone();
    view! {
        <div class="zg-widget">
            <header class="zg-header">
                <h1 class="zg-title">{data.product.brand.clone()} " kit and coding reference"</h1>
                <p class="zg-subtitle">{format!("For {product}: kits by patient weight, NDCs for claims, and the guide's HCPCS, CPT and ICD-10-CM codes.")}</p>
                <nav class="zg-nav" aria-label="Sections">
                    <a href=format!("#{kit_id}")>"Kit"</a>
                    <a href=format!("#{codes_id}")>"Codes"</a>
                    <a href=format!("#{safety_id}")>"Safety"</a>
                    <a href=format!("#{ordering_id}")>"Ordering"</a>
                    <a href=format!("#{refs_id}")>"References"</a>
                </nav>
            </header>
            <info::BoxedWarning data=data.clone() ids=ids.clone()/>
            <section id=kit_id class="zg-section zg-section--kit" aria-labelledby=kit_title_ref>
                <h2 id=kit_title>"Kit by patient weight"</h2>
                <p class="zg-intro"><rich::Rich text=data.dosing.kit_text.clone()/></p>
                <div class="zg-kit-layout">
                    <div class="zg-kit-main">
                        <resolver::WeightForm data=data.clone() ids=ids.clone() weight=weight unit=unit age=age outcome=outcome/>
                        <p class="zg-vh" role="status" aria-live="polite">{move || outcome.with(announcement)}</p>
                        <resolver::ResultCard
                            data=data.clone()
                            ids=ids.clone()
                            weight=weight
                            unit=unit
                            outcome=outcome
                            on_show_in_table=show_in_table
                        />
                    </div>
                    <div class="zg-kit-table">
                        <kit_table::KitTable data=data.clone() ids=ids.clone() current=current scroller=scroller/>
                    </div>
                </div>
                <p class="zg-intro"><rich::Rich text=data.dosing.text.clone()/></p>
            </section>
            <section id=codes_id class="zg-section" aria-labelledby=codes_title_ref>
                <h2 id=codes_title>"Billing and diagnosis codes"</h2>
                <codes::CodeReference data=data.clone() ids=ids.clone() query=query/>
            </section>
            <section id=safety_id class="zg-section" aria-labelledby=safety_title_ref>
                <h2 id=safety_title>"Indication and Important Safety Information"</h2>
                <info::SafetyInfo data=data.clone()/>
            </section>
            <section id=ordering_id class="zg-section" aria-labelledby=ordering_title_ref>
                <h2 id=ordering_title>"Ordering and distribution"</h2>
                <info::Ordering data=data.clone()/>
            </section>
            <section id=refs_id class="zg-section" aria-labelledby=refs_title_ref>
                <h2 id=refs_title>"References"</h2>
                <info::References data=data.clone() ids=ids.clone()/>
            </section>
            <footer class="zg-footer">
                <p>{data.disclaimers.codes.clone()} " " {data.disclaimers.scope.clone()}</p>
                <p>{format!("From the {} ({}). {}", data.guide.title, data.guide.publisher, data.guide.overview)}</p>
            </footer>
            <p class="zg-vh" role="status" aria-live="polite">{move || announcer.0.get()}</p>
        </div>
    }
}
