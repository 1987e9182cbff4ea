//! How a widget instance is set up: which parts show, and what it starts
//! with.

use crate::domain::Unit;

/// Which parts of the widget show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    /// The kit resolver and the kit table.
    pub kit: bool,
    /// The code reference.
    pub codes: bool,
    /// Indication, safety information, ordering, references.
    pub info: bool,
    /// The boxed warning. Always shown while `kit` or `info` is.
    pub boxed_warning: bool,
}

impl Panels {
    /// A name for this set of panels, the same the embed loader writes for
    /// its options: the panels shown, in this order, and `-warning` when
    /// the boxed warning is off (`kit codes info`, `codes -warning`).
    pub fn key(self) -> String {
        let mut names: Vec<&str> = [
            (self.kit, "kit"),
            (self.codes, "codes"),
            (self.info, "info"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        if !self.boxed_warning {
            names.push("-warning");
        }
        names.join(" ")
    }

    /// Every part: the static page's, and an embed's by default.
    pub const ALL: Panels = Panels {
        kit: true,
        codes: true,
        info: true,
        boxed_warning: true,
    };
}

impl Default for Panels {
    fn default() -> Self {
        Panels::ALL
    }
}

/// What a widget starts with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    /// The weight, as a person would type it.
    pub weight: String,
    /// The selected unit.
    pub unit: Unit,
}
