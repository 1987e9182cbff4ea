//! The static page as the build renders it (`--features ssr`): with no
//! script at all, it is the whole reference, every figure from the data.
//! Run by `cargo test --no-default-features --features ssr --test ssr`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::data;
use leptos::prelude::*;
use zolgensma_reference::domain::text::tel_href;
use zolgensma_reference::ui::page::PageView;

fn page() -> String {
    Owner::new().with(|| view! { <PageView/> }.to_html())
}

/// The text a browser shows for `html`: tags and comments dropped,
/// entities decoded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn the_page_holds_every_kit_code_and_the_boxed_warning() {
    let html = page();
    let text = text_of(&html);
    let d = data();
    for kit in &d.kits {
        let ndc = kit.ndc.to_string();
        assert_eq!(text.matches(&ndc).count(), 1, "{ndc} once, in the table");
        assert!(text.contains(&format!("{}–{}", kit.min_kg, kit.max_kg)));
    }
    assert_eq!(html.matches("<tr data-kit-index=").count(), d.kits.len());
    for code in &d.codes {
        assert!(
            html.contains(&format!("data-code=\"{}\"", code.code)),
            "{} is listed",
            code.code
        );
    }
    // One chip per code; the guide's two CPT ranges are one entry each.
    assert_eq!(
        html.matches("class=\"zg-code-chip\"").count(),
        d.codes.len()
    );
    assert_eq!(html.matches("class=\"zg-code\"").count(), d.codes.len() - 4);
    let boxed = &d.information.boxed_warning;
    assert!(text.contains(&boxed.title) && text.contains(&boxed.text));
    for w in &d.information.warnings {
        assert!(text.contains(&w.title), "{}", w.title);
    }
    assert!(text.contains("12 codes"), "the count is rendered");
}

#[test]
fn the_page_links_every_phone_number_and_the_prescribing_information() {
    let html = page();
    let d = data();
    for phone in [
        d.distribution.buy_and_bill.phone.clone().unwrap(),
        d.information.tumor_report_phone.clone(),
    ] {
        assert!(
            html.contains(&format!("href=\"{}\"", tel_href(&phone))),
            "{phone} is a tel: link"
        );
    }
    assert!(html.contains(&format!(
        "href=\"{}\"",
        d.product.prescribing_information_url
    )));
    for r in &d.references {
        assert!(html.contains(&format!("id=\"zgp-ref-{}\"", r.id)));
    }
}

#[test]
fn ids_are_unique_and_the_islands_hold_the_interactive_panels() {
    let html = page();
    let mut ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all, "no id twice");
    for island in ["kit", "codes"] {
        assert_eq!(
            html.matches(&format!("data-zg-island=\"{island}\""))
                .count(),
            1
        );
    }
    let kit = html.find("data-zg-island=\"kit\"").unwrap();
    let weight = html.find("id=\"zgp-weight\"").unwrap();
    assert!(weight > kit, "the weight field is inside the kit island");
}

#[test]
fn data_text_is_escaped() {
    // Leptos escapes every text node and attribute value; the guide's
    // apostrophes and symbols arrive as text.
    let html = page();
    assert!(!html.contains("<script"));
    assert!(text_of(&html).contains("It is the health care provider's responsibility"));
}
