//! Embed options: the plain object a host page passes to `mount`, read into
//! typed values. Plain Rust: tested natively with serde_json, used in the
//! browser with serde-wasm-bindgen.

use core::fmt;

use serde::Deserialize;

use crate::domain::Unit;
use crate::ui::Panels;

/// The options object as a host writes it. Unknown keys are refused.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawOptions {
    /// Which panels show: any of `"kit"`, `"codes"`, `"info"`.
    #[serde(default)]
    pub panels: Option<Vec<PanelName>>,
    /// The unit selected at first: `"kg"` (default), `"lb"` or `"g"`.
    #[serde(default)]
    pub unit: Option<UnitName>,
    /// A weight to resolve at once, as a person would type it.
    #[serde(default)]
    pub weight: Option<String>,
    /// `false` hides the boxed warning; allowed only with `panels: ["codes"]`.
    #[serde(default)]
    pub boxed_warning: Option<bool>,
    /// Theme overrides: keys of [`THEME_KEYS`], CSS values.
    #[serde(default)]
    pub theme: Option<std::collections::BTreeMap<String, String>>,
}

/// A panel's name in options.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PanelName {
    /// The kit resolver and table.
    Kit,
    /// The code reference.
    Codes,
    /// Indication, safety, ordering, references.
    Info,
}

/// A unit's name in options.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum UnitName {
    /// Kilograms.
    Kg,
    /// Pounds.
    Lb,
    /// Grams.
    G,
}

/// Theme keys and the custom property each sets on the host element.
pub const THEME_KEYS: [(&str, &str); 12] = [
    ("background", "--zg-theme-bg"),
    ("text", "--zg-theme-fg"),
    ("mutedText", "--zg-theme-muted"),
    ("surface", "--zg-theme-surface"),
    ("border", "--zg-theme-border"),
    ("controlBorder", "--zg-theme-control-border"),
    ("accent", "--zg-theme-accent"),
    ("accentText", "--zg-theme-accent-fg"),
    ("focus", "--zg-theme-focus"),
    ("font", "--zg-theme-font"),
    ("fontSize", "--zg-theme-font-size"),
    ("radius", "--zg-theme-radius"),
];

/// Most entries in `panels` (there are three panels).
pub const MAX_PANELS: u32 = 3;

/// Longest weight or theme value accepted.
pub const MAX_VALUE_CHARS: usize = 120;

/// Options after every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Which parts show.
    pub panels: Panels,
    /// The unit selected at first.
    pub unit: Unit,
    /// The weight typed at first.
    pub weight: String,
    /// Custom properties to set on the host: `(name, value)`.
    pub theme: Vec<(&'static str, String)>,
}

/// Why options were refused: the key and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError {
    /// Where, as a path (`options.panels[1]`).
    pub key: String,
    /// What was wrong and what is expected.
    pub message: String,
}

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

impl OptionsError {
    fn at(key: impl Into<String>, message: impl Into<String>) -> OptionsError {
        OptionsError {
            key: key.into(),
            message: message.into(),
        }
    }

    /// An error from deserializing, with the path serde_path_to_error found.
    pub fn from_path<E: fmt::Display>(error: serde_path_to_error::Error<E>) -> OptionsError {
        let path = error.path().to_string();
        let key = if path == "." || path.is_empty() {
            "options".to_string()
        } else {
            format!("options.{path}")
        };
        OptionsError::at(key, serde_message(error.inner()))
    }
}

impl RawOptions {
    /// Checks what serde cannot: panel combinations, theme keys and values.
    pub fn check(self) -> Result<Options, OptionsError> {
        let panels = match &self.panels {
            None => Panels::default(),
            Some(list) if list.is_empty() => {
                return Err(OptionsError::at(
                    "options.panels",
                    "list at least one of \"kit\", \"codes\", \"info\"",
                ))
            }
            Some(list) => Panels {
                kit: list.contains(&PanelName::Kit),
                codes: list.contains(&PanelName::Codes),
                info: list.contains(&PanelName::Info),
                boxed_warning: true,
            },
        };
        let boxed_warning = self.boxed_warning.unwrap_or(true);
        if !boxed_warning && (panels.kit || panels.info) {
            return Err(OptionsError::at(
                "options.boxedWarning",
                "the boxed warning cannot be turned off while the \"kit\" or \"info\" panel is shown",
            ));
        }
        let weight = self.weight.unwrap_or_default();
        if weight.chars().count() > MAX_VALUE_CHARS {
            return Err(OptionsError::at(
                "options.weight",
                format!("expected at most {MAX_VALUE_CHARS} characters"),
            ));
        }
        let mut theme = Vec::new();
        for (key, value) in self.theme.unwrap_or_default() {
            let at = format!("options.theme.{key}");
            let Some((_, property)) = THEME_KEYS.iter().find(|(k, _)| *k == key) else {
                let known: Vec<&str> = THEME_KEYS.iter().map(|(k, _)| *k).collect();
                return Err(OptionsError::at(
                    at,
                    format!("unknown theme key; expected one of {}", known.join(", ")),
                ));
            };
            check_css_value(&value).map_err(|m| OptionsError::at(at, m))?;
            theme.push((*property, value));
        }
        let unit = match self.unit {
            None | Some(UnitName::Kg) => Unit::Kg,
            Some(UnitName::Lb) => Unit::Lb,
            Some(UnitName::G) => Unit::G,
        };
        Ok(Options {
            panels: Panels {
                boxed_warning,
                ..panels
            },
            unit,
            weight,
            theme,
        })
    }
}

/// Longest error message passed on: serde-wasm-bindgen prints the whole
/// offending value, which for a hostile object can be megabytes.
pub const MAX_MESSAGE_CHARS: usize = 200;

/// An error's message without the `Error: ` that JS errors print first,
/// cut to [`MAX_MESSAGE_CHARS`].
pub fn serde_message(error: &impl fmt::Display) -> String {
    let text = error.to_string();
    let text = text.strip_prefix("Error: ").unwrap_or(&text);
    match text.char_indices().nth(MAX_MESSAGE_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// A theme value is a plain CSS value: no declarations, blocks, comments,
/// escapes or anything that would load a resource.
fn check_css_value(value: &str) -> Result<(), String> {
    if value.trim().is_empty() || value.chars().count() > MAX_VALUE_CHARS {
        return Err(format!(
            "expected a CSS value of 1 to {MAX_VALUE_CHARS} characters"
        ));
    }
    if value
        .chars()
        .any(|c| matches!(c, ';' | '{' | '}' | '<' | '>' | '\\' | '@') || c.is_control())
    {
        return Err("expected a plain CSS value (no ; { } < > \\ @)".into());
    }
    let lower = value.to_ascii_lowercase();
    if ["url(", "image(", "image-set(", "/*", "expression("]
        .iter()
        .any(|f| lower.contains(f))
    {
        return Err("expected a value that loads nothing (no url(), image(), comments)".into());
    }
    Ok(())
}
