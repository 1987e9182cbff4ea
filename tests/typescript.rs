//! The TypeScript definitions (`embed/zolgensma-widget.d.ts`) against what
//! the code accepts and sends: option keys, units, panels, theme keys, the
//! code-data format, callbacks, event names and every detail's fields. A
//! key added on one side and not the other fails here.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::BTreeSet;

use zolgensma_reference::crash::CRASHED;
use zolgensma_reference::domain::raw::{CodeData, RawCode, RawCodeSet, RawReference, RawRelease};
use zolgensma_reference::domain::{lookup, Unit};
use zolgensma_reference::embed::fields::{field_names, variant_names};
use zolgensma_reference::embed::options::{PanelName, RawOptions, UnitName, THEME_KEYS};
use zolgensma_reference::ui::{CodeCopied, Copied, KitDetail, WidgetEvent};

fn file(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn dts() -> String {
    file("embed/zolgensma-widget.d.ts")
}

/// The property names of `export interface {name} { … }`.
fn interface(src: &str, name: &str) -> BTreeSet<String> {
    let start = src
        .find(&format!("export interface {name} "))
        .unwrap_or_else(|| panic!("no interface {name}"));
    let body = &src[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.starts_with("/*") && !l.starts_with('*'))
        .filter_map(|l| {
            if let Some(quoted) = l.strip_prefix('\'') {
                return Some(quoted.split('\'').next()?.to_string());
            }
            let key = l.split([':', '?', '(']).next()?.trim();
            let key = key.strip_prefix("readonly ").unwrap_or(key);
            (!key.is_empty() && !key.contains(' ')).then(|| key.to_string())
        })
        .collect()
}

/// The string literals of `export type {name} = 'a' | 'b';`.
fn union(src: &str, name: &str) -> Vec<String> {
    let line = src
        .lines()
        .find(|l| l.starts_with(&format!("export type {name} = ")))
        .unwrap_or_else(|| panic!("no type {name}"));
    line.split('=')
        .nth(1)
        .unwrap()
        .trim_end_matches(';')
        .split('|')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// The keys of a value serde serializes as an object.
fn keys(value: impl serde::Serialize) -> BTreeSet<String> {
    match serde_json::to_value(value).unwrap() {
        serde_json::Value::Object(map) => map.keys().cloned().collect(),
        other => panic!("not an object: {other}"),
    }
}

/// The loader's callbacks: `{ onKitResolved: 'zolgensma:kit-resolved', … }`.
fn loader_callbacks() -> Vec<(String, String)> {
    let loader = file("embed/zolgensma-widget.js");
    let start = loader.find("const CALLBACKS = {").unwrap();
    let body = &loader[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("};").unwrap()];
    body.lines()
        .filter_map(|l| {
            let (k, v) = l.trim().trim_end_matches(',').split_once(": ")?;
            Some((k.to_string(), v.trim_matches('\'').to_string()))
        })
        .collect()
}

#[test]
fn options_units_panels_and_theme_keys_match() {
    let src = dts();
    let options = interface(&src, "MountOptions");
    let callbacks: BTreeSet<String> = loader_callbacks().into_iter().map(|(k, _)| k).collect();
    let mut accepted = set(field_names::<RawOptions>());
    // Read by the loader itself, not by the Rust side.
    accepted.insert("codeData".into());
    accepted.insert("signal".into());
    accepted.extend(callbacks);
    assert_eq!(
        options, accepted,
        "MountOptions keys are exactly what mount accepts"
    );
    assert_eq!(union(&src, "Unit"), variant_names::<UnitName>());
    assert_eq!(union(&src, "Panel"), variant_names::<PanelName>());
    let theme: Vec<&str> = THEME_KEYS.iter().map(|(k, _)| *k).collect();
    assert_eq!(interface(&src, "Theme"), set(&theme));
    // Unit::from_text reads every unit the type names.
    for unit in union(&src, "Unit") {
        assert!(Unit::from_text(&unit).is_some(), "{unit}");
    }
}

#[test]
fn code_data_is_the_data_files_format() {
    let src = dts();
    assert_eq!(interface(&src, "CodeData"), set(field_names::<CodeData>()));
    assert_eq!(interface(&src, "CodeSet"), set(field_names::<RawCodeSet>()));
    assert_eq!(
        interface(&src, "CodeSetRelease"),
        set(field_names::<RawRelease>())
    );
    assert_eq!(interface(&src, "Code"), set(field_names::<RawCode>()));
    assert_eq!(
        interface(&src, "Reference"),
        set(field_names::<RawReference>())
    );
}

#[test]
fn events_and_their_details_match() {
    let src = dts();
    let d = common::data();
    let r = lookup(&d, "3.04", Unit::Kg).unwrap();
    let kit = KitDetail::new(&d, &r);
    assert_eq!(interface(&src, "KitDetail"), keys(&kit));
    assert_eq!(interface(&src, "VialCount"), keys(&kit.vials[0]));
    let code = CodeCopied {
        code: "G12.1".into(),
        code_set: "ICD-10-CM".into(),
    };
    assert_eq!(interface(&src, "CodeCopiedDetail"), keys(&code));
    let copied = Copied {
        what: "claim lines".into(),
        text: String::new(),
    };
    assert_eq!(interface(&src, "CopiedDetail"), keys(&copied));
    // Every event: what the widget sends, what the loader sends itself
    // (ready, and errors of mount), and what the crash handler sends.
    let sent = [
        WidgetEvent::KitResolved(kit.clone()),
        WidgetEvent::KitCleared,
        WidgetEvent::KitSettled(Some(kit)),
        WidgetEvent::CodeCopied(code),
        WidgetEvent::Copied(copied),
    ];
    let mut names: BTreeSet<String> = sent.iter().map(|e| e.name().to_string()).collect();
    let loader = file("embed/zolgensma-widget.js");
    for own in ["zolgensma:ready", "zolgensma:error"] {
        assert!(
            loader.contains(&format!("'{own}'")),
            "the loader sends {own}"
        );
        names.insert(own.into());
    }
    names.insert(CRASHED.into());
    assert_eq!(interface(&src, "ZolgensmaEventMap"), names);
    // Each callback names one of those events.
    for (callback, event) in loader_callbacks() {
        assert!(names.contains(&event), "{callback} -> {event}");
    }
}

#[test]
fn the_trusted_types_policy_has_one_name() {
    use zolgensma_reference::ui::page::TRUSTED_TYPES_POLICY;
    let name = TRUSTED_TYPES_POLICY;
    assert!(
        file("embed/zolgensma-widget.js").contains(&format!("export const POLICY = '{name}';")),
        "the loader's policy"
    );
    assert!(
        dts().contains(&format!("export const POLICY: '{name}';")),
        "the types' policy"
    );
    assert!(
        file("scripts/build/page.mjs").contains(&format!("trusted-types {name}")),
        "the page's CSP allows it"
    );
}

#[test]
fn the_elements_attributes_are_the_loaders() {
    let loader = file("embed/zolgensma-widget.js");
    let start = loader.find("static observedAttributes = [").unwrap();
    let list = &loader[start..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    let observed: BTreeSet<String> = list
        .split(',')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .collect();
    assert_eq!(interface(&dts(), "ZolgensmaReferenceAttributes"), observed);
}
