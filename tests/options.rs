//! Embed options: typed reading, the rules serde cannot express, and error
//! messages that name the key.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;
use zolgensma_reference::domain::Unit;
use zolgensma_reference::embed::options::{Options, OptionsError, RawOptions};
use zolgensma_reference::ui::Panels;

/// Reads options the way the browser does (serde with the key path), then
/// checks them.
fn read(value: serde_json::Value) -> Result<Options, String> {
    let raw: RawOptions = serde_path_to_error::deserialize(value)
        .map_err(|e| OptionsError::from_path(e).to_string())?;
    raw.check().map_err(|e| e.to_string())
}

#[test]
fn defaults_show_everything_in_kilograms() {
    let o = read(json!({})).unwrap();
    assert_eq!(o.panels, Panels::default());
    assert_eq!(
        (o.unit, o.weight.as_str(), o.theme.len()),
        (Unit::Kg, "", 0)
    );
}

#[test]
fn reads_every_option() {
    let o = read(json!({
        "panels": ["kit", "info"],
        "unit": "lb",
        "weight": "7.05",
        "theme": { "accent": "#5b2a9e", "font": "Georgia, serif", "radius": "2px" }
    }))
    .unwrap();
    assert_eq!(
        o.panels,
        Panels {
            kit: true,
            codes: false,
            info: true,
            boxed_warning: true
        }
    );
    assert_eq!((o.unit, o.weight.as_str()), (Unit::Lb, "7.05"));
    assert_eq!(
        o.theme,
        [
            ("--zg-theme-accent", "#5b2a9e".to_string()),
            ("--zg-theme-font", "Georgia, serif".to_string()),
            ("--zg-theme-radius", "2px".to_string())
        ]
    );
}

#[test]
fn the_boxed_warning_stays_with_the_kit_and_information() {
    assert!(read(json!({ "panels": ["codes"], "boxedWarning": false })).is_ok());
    for panels in [json!(["kit"]), json!(["info"]), json!(["codes", "kit"])] {
        let err = read(json!({ "panels": panels, "boxedWarning": false })).unwrap_err();
        assert!(
            err.starts_with("options.boxedWarning: the boxed warning cannot be turned off"),
            "{err}"
        );
    }
    assert_eq!(
        read(json!({ "boxedWarning": false }))
            .unwrap_err()
            .split(':')
            .next(),
        Some("options.boxedWarning")
    );
}

#[test]
fn errors_name_the_key_and_what_was_expected() {
    let check = |value, expected: &str| {
        let err = read(value).unwrap_err();
        assert!(
            err.starts_with(expected),
            "{err}\n  expected to start with {expected}"
        );
    };
    check(
        json!({ "panels": [] }),
        "options.panels: list at least one of",
    );
    check(
        json!({ "panels": ["kit", "chart"] }),
        "options.panels[1]: unknown variant `chart`, expected one of `kit`, `codes`, `info`",
    );
    check(
        json!({ "panels": "kit" }),
        "options.panels: invalid type: string \"kit\", expected a sequence",
    );
    check(
        json!({ "unit": "stone" }),
        "options.unit: unknown variant `stone`, expected one of `kg`, `lb`, `g`",
    );
    check(
        json!({ "weight": 3.2 }),
        "options.weight: invalid type: floating point `3.2`, expected a string",
    );
    check(
        json!({ "weight": "9".repeat(121) }),
        "options.weight: expected at most 120 characters",
    );
    check(
        json!({ "colour": "red" }),
        "options.colour: unknown field `colour`, expected one of `panels`",
    );
    check(
        json!({ "__proto__": {} }),
        "options.__proto__: unknown field `__proto__`",
    );
    check(
        json!({ "theme": { "wallpaper": "red" } }),
        "options.theme.wallpaper: unknown theme key",
    );
    check(
        json!({ "theme": { "accent": "red; display: none" } }),
        "options.theme.accent: expected a plain CSS value",
    );
    check(
        json!({ "theme": { "accent": "url(https://x.example/a.png)" } }),
        "options.theme.accent: expected a value that loads nothing",
    );
    check(
        json!({ "theme": { "font": "" } }),
        "options.theme.font: expected a CSS value of 1 to 120 characters",
    );
    check(
        json!({ "theme": { "accent": 5 } }),
        "options.theme.accent: invalid type",
    );
    check(
        json!("kit"),
        "options: invalid type: string \"kit\", expected struct RawOptions",
    );
}
