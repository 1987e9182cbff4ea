//! The handle of a widget in a host's page: what drives it, and what goes
//! when it goes.

use std::any::Any;

use super::code_state::CodeState;
use super::jump::InWidgetLinks;
use super::kit_state::KitState;
use super::setup::Input;
use crate::domain::Unit;

/// A mounted widget. Dropping it removes its elements and listeners and
/// disposes of its signals.
pub struct Widget {
    kit: Option<KitState>,
    codes: Option<CodeState>,
    /// Leptos' handles of its views (their types name each view's state).
    _views: Vec<Box<dyn Any>>,
    /// The listener that keeps `#` links inside the widget.
    _links: InWidgetLinks,
}

impl Widget {
    /// The widget of an embedded root (`root`) whose panels are driven by
    /// `kit` and `codes` and whose views are `views`: `#` links under
    /// `root` now move inside it.
    pub(crate) fn new(
        root: &web_sys::HtmlElement,
        kit: Option<KitState>,
        codes: Option<CodeState>,
        views: Vec<Box<dyn Any>>,
    ) -> Widget {
        Widget {
            kit,
            codes,
            _views: views,
            _links: InWidgetLinks::follow(root),
        }
    }

    /// Starts from `input` (unless it is the default) and tells the host
    /// at once when it gives a kit.
    pub(crate) fn start(&self, input: Input) {
        if let Some(kit) = self.kit {
            if input != Input::default() {
                kit.set_weight(input.weight, Some(input.unit));
            }
            kit.report_mounted();
        }
    }

    /// Types `weight` into the weight field, and selects `unit` when given.
    /// Does nothing when the kit panel is not shown.
    pub fn set_weight(&self, weight: String, unit: Option<Unit>) {
        if let Some(kit) = self.kit {
            kit.set_weight(weight, unit);
        }
    }

    /// Types `query` into the code search. Does nothing when the code panel
    /// is not shown.
    pub fn set_query(&self, query: String) {
        if let Some(codes) = self.codes {
            codes.set(query);
        }
    }
}
