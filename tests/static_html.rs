//! The prerendered static parts (`domain::static_html`): what build.rs
//! compiled in, shown text equal to the data, data text escaped, ids
//! unique per instance.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::data;
use zolgensma_reference::domain::builtin::HTML;
use zolgensma_reference::domain::static_html::{render, StaticHtml, ID};
use zolgensma_reference::ui::Ids;

/// The text a browser shows for `html`: tags dropped, entities decoded.
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
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// How `10^14` reads once `<sup>` is dropped (`1014`).
fn flat(s: &str) -> String {
    s.replace("10^", "10")
}

fn owned(html: &StaticHtml<&str>) -> StaticHtml<String> {
    StaticHtml {
        header: html.header.into(),
        boxed: html.boxed.into(),
        kit_intro: html.kit_intro.into(),
        kit_table: html.kit_table.into(),
        kit_footnotes: html.kit_footnotes.into(),
        kit_note: html.kit_note.into(),
        card_about: html.card_about.into(),
        safety: html.safety.into(),
        ordering: html.ordering.into(),
        references: html.references.into(),
        footer: html.footer.into(),
    }
}

#[test]
fn the_compiled_in_html_is_what_the_data_renders_to() {
    assert_eq!(owned(&HTML), render(&data()).unwrap());
}

#[test]
fn every_kit_is_a_row_with_the_data_figures_in_order() {
    let d = data();
    let rows: Vec<&str> = HTML
        .kit_table
        .split("<tr data-kit-index=")
        .skip(1)
        .collect();
    assert_eq!(rows.len(), d.kits.len());
    for (i, (row, k)) in rows.iter().zip(&d.kits).enumerate() {
        assert!(row.starts_with(&format!("\"{i}\"")), "row {i}: {row}");
        let (_, cells) = row.split_once('>').unwrap();
        let cells = text_of(&cells.replace("</th>", "|").replace("</td>", "|"));
        let cells: Vec<&str> = cells.split('|').filter(|c| !c.is_empty()).collect();
        let wanted = [
            format!("{}–{}", k.min_kg, k.max_kg),
            k.dose_ml.to_string(),
            k.vials[0].to_string(),
            k.vials[1].to_string(),
            k.total_vials.to_string(),
            k.ndc.to_string(),
        ];
        assert_eq!(cells, wanted, "row {i}");
    }
    let head = text_of(HTML.kit_table.split("<tbody>").next().unwrap());
    let [a, b] = d.dosing.vial_fills_ml;
    assert!(head.contains(&format!("All {} ZOLGENSMA kits", d.kits.len())));
    assert!(head.contains(&format!("{a} mLb vials")) && head.contains(&format!("{b} mLc vials")));
}

#[test]
fn every_text_of_the_static_parts_is_shown_as_the_data_writes_it() {
    let d = data();
    let i = &d.information;
    let dist = &d.distribution;
    let mut expected: Vec<(&str, String)> = vec![
        (HTML.header, d.product.brand.clone()),
        (HTML.header, d.product.generic.clone()),
        (HTML.boxed, i.boxed_warning.title.clone()),
        (HTML.boxed, i.boxed_warning.text.clone()),
        (HTML.kit_intro, d.dosing.kit_text.clone()),
        (HTML.kit_note, d.dosing.text.clone()),
        (HTML.card_about, d.facts.ndc_11.clone()),
        (HTML.card_about, d.facts.claim_format.clone()),
        (HTML.card_about, d.facts.billing_units.clone()),
        (HTML.card_about, d.facts.source_label.clone()),
        (HTML.safety, i.indication.clone()),
        (HTML.safety, i.limitations_of_use.clone()),
        (HTML.safety, i.adverse_reactions.clone()),
        (HTML.safety, i.tumor_report_phone.clone()),
        (HTML.ordering, dist.intro.clone()),
        (HTML.ordering, d.guide.contact.clone()),
        (HTML.footer, d.disclaimers.codes.clone()),
        (HTML.footer, d.disclaimers.scope.clone()),
        (HTML.footer, d.guide.overview.clone()),
    ];
    expected.extend(
        d.dosing
            .footnotes
            .iter()
            .map(|n| (HTML.kit_footnotes, n.clone())),
    );
    for w in &i.warnings {
        expected.extend([
            (HTML.safety, w.title.clone()),
            (HTML.safety, w.text.clone()),
        ]);
    }
    for c in [&dist.buy_and_bill, &dist.specialty_pharmacy] {
        expected.extend([
            (HTML.ordering, c.title.clone()),
            (HTML.ordering, c.text.clone()),
        ]);
        expected.extend(c.phone.clone().map(|p| (HTML.ordering, p)));
    }
    for r in &d.references {
        expected.push((HTML.references, r.text.clone()));
        expected.extend(r.url.clone().map(|u| (HTML.references, u)));
        expected.extend(
            r.accessed
                .map(|a| (HTML.references, format!("Accessed {a}."))),
        );
    }
    for (html, text) in expected {
        assert!(text_of(html).contains(&flat(&text)), "not shown: {text}");
    }
    assert_eq!(
        text_of(HTML.references).matches("Accessed").count(),
        d.references.iter().filter(|r| r.accessed.is_some()).count()
    );
}

#[test]
fn links_are_the_data_links() {
    let d = data();
    let pi = format!("href=\"{}\"", d.product.prescribing_information_url);
    assert!(HTML.boxed.contains(&pi) && HTML.safety.contains(&pi));
    let tel = |p: &str| {
        format!(
            "href=\"{}\">{p}</a>",
            zolgensma_reference::domain::text::tel_href(p)
        )
    };
    assert!(HTML
        .safety
        .contains(&tel(&d.information.tumor_report_phone)));
    let phone = d.distribution.buy_and_bill.phone.clone().unwrap();
    assert!(HTML.ordering.contains(&tel(&phone)));
    // Powers of ten are superscripts, never a literal caret.
    assert!(HTML.kit_note.contains("10<sup>") || !d.dosing.text.contains("10^"));
    for (name, html) in HTML.named() {
        assert!(!html.contains('^'), "{name} shows a caret");
    }
}

#[test]
fn data_text_is_escaped_never_markup() {
    let mut d = data();
    d.information.indication = "<script>alert(\"x\")</script> & <img src=x>".into();
    d.references[0].url = Some("\"><script>".into());
    let html = render(&d).unwrap();
    assert!(!html.safety.contains("<script") && !html.safety.contains("<img"));
    assert!(html
        .safety
        .contains("&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; &lt;img src=x>"));
    assert!(!html.references.contains("<script"));
    assert!(text_of(&html.safety).contains(&d.information.indication));
}

#[test]
fn a_control_character_in_data_text_is_refused_with_its_part() {
    for c in [ID, '\u{0}'] {
        let mut d = data();
        d.guide.contact = format!("Call{c}us");
        let error = render(&d).unwrap_err();
        assert!(error.starts_with("ordering:"), "{error}");
        assert!(error.contains(&format!("{c:?}")), "{error}");
    }
}

#[test]
fn every_id_carries_the_marker_and_only_the_header_links_sections() {
    for (name, html) in HTML.named() {
        for attr in ["id=\"", "aria-labelledby=\"", "href=\"#"] {
            for (at, _) in html.match_indices(attr) {
                let next = html[at + attr.len()..].chars().next();
                assert!(
                    next == Some(ID) || (name == "header" && attr == "href=\"#"),
                    "{name}: {attr} without a marker at {at}"
                );
            }
        }
    }
}

#[test]
fn filling_gives_each_instance_its_own_ids() {
    let page = Ids::page();
    let embedded = Ids::unique();
    let on_page = page.fill(HTML.references);
    let inside = embedded.fill(HTML.references);
    assert!(on_page.starts_with(&format!("<h2 id=\"{}\">", page.id("references-title"))));
    assert!(on_page.contains(&format!("<li id=\"{}\"", page.id("ref-1"))));
    assert!(inside.contains(&format!("<li id=\"{}\"", embedded.id("ref-1"))));
    assert_ne!(page.id("ref-1"), embedded.id("ref-1"));
    for html in [
        on_page,
        inside,
        embedded.fill(HTML.boxed),
        embedded.fill(HTML.kit_table),
    ] {
        assert!(!html.contains(ID));
    }
    assert!(HTML.header.contains("<a href=\"#codes\">Codes</a>"));
}
