//! Whole widgets built in the browser (`csr`): what the component tests
//! mount. The page and the embed hydrate the build's HTML instead.

use std::sync::Arc;

use super::code_state::CodeState;
use super::instance::{Instance, Services, Surface};
use super::kit_state::KitState;
use super::mount::keep;
use super::setup::{Input, Panels};
use super::widget::WidgetView;
use super::widget_handle::Widget;
use crate::domain::Data;

/// Mounts a widget showing `data` (kit resolver, kit table, code reference
/// and product information, as `panels` asks) at the end of `parent`,
/// built in the browser, as embedded in a host's page. The embed hydrates
/// the build's HTML instead; this is for the component tests, which build
/// the same components (`csr`).
pub fn mount(
    parent: &web_sys::HtmlElement,
    data: Arc<Data>,
    panels: Panels,
    services: Services,
    input: Input,
) -> Widget {
    let (kept, view) = keep(
        move || {
            let instance = Instance::new(data, Surface::Embedded, services);
            let kit = panels.kit.then(|| KitState::new(instance, &input));
            let codes = panels.codes.then(|| CodeState::new(instance));
            let view = leptos::view! { <WidgetView instance panels kit codes/> };
            ((kit, codes), view)
        },
        |view| leptos::mount::mount_to(parent.clone(), view),
    );
    let (kit, codes) = kept.unwrap_or_default();
    let widget = Widget::new(parent, kit, codes, vec![Box::new(view)]);
    // Mounting with a weight that resolves tells the host at once.
    widget.start(Input::default());
    widget
}
