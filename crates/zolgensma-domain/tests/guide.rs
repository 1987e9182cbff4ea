//! The data file against the guide's own text: a typo in a kit, a code or a
//! sentence cannot land.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{data, source};

/// The guide's text with whitespace collapsed, superscripts flattened the
/// way the PDF's text layer flattens them, and reference markers
/// (`infusion.1 The`) removed.
fn normalized_guide() -> String {
    let text = source("zolgensma-coding-billing-guide.txt");
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = collapsed.chars().collect();
    let mut out = String::with_capacity(collapsed.len());
    for (i, c) in chars.iter().enumerate() {
        let marker = c.is_ascii_digit()
            && i >= 2
            && chars[i - 1] == '.'
            && chars[i - 2].is_alphabetic()
            && chars.get(i + 1) == Some(&' ');
        if !marker {
            out.push(*c);
        }
    }
    out
}

/// How the data file's `10^14` reads in the PDF's text layer (`1014`).
fn flatten(s: &str) -> String {
    s.replace("10^", "10")
}

fn assert_in_guide(guide: &str, what: &str, text: &str) {
    let wanted = flatten(text);
    assert!(
        guide.contains(&wanted),
        "{what} is not in the guide verbatim:\n{wanted}"
    );
}

fn assert_in_guide_any_case(guide: &str, what: &str, text: &str) {
    assert!(
        guide.to_lowercase().contains(&text.to_lowercase()),
        "{what} is not in the guide: {text}"
    );
}

#[test]
fn kit_table_is_the_guides_table_row_for_row() {
    let text = source("zolgensma-coding-billing-guide.txt");
    // A table row reads `2.6 – 3.0 16.5 0 2 2 71894-120-02`.
    let guide_rows: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|t| t.len() == 8 && t[1] == "–" && t[7].starts_with("71894-"))
        .collect();
    let data = data();
    let data_rows: Vec<Vec<String>> = data
        .kits
        .iter()
        .map(|k| {
            vec![
                k.min_kg.to_string(),
                "–".to_string(),
                k.max_kg.to_string(),
                k.dose_ml.to_string(),
                k.vials[0].to_string(),
                k.vials[1].to_string(),
                k.total_vials.to_string(),
                k.ndc.to_string(),
            ]
        })
        .collect();
    assert_eq!(guide_rows.len(), 37, "the guide prints 37 kits");
    assert_eq!(data_rows, guide_rows);
}

#[test]
fn every_code_is_the_guides_and_every_guide_code_is_in_the_data() {
    let guide = normalized_guide();
    let data = data();
    for code in &data.codes {
        let printed = code.range.as_deref().unwrap_or(&code.code);
        assert!(
            guide.contains(printed),
            "{printed} is not printed in the guide"
        );
        assert_in_guide(
            &guide,
            &format!("description of {}", code.code),
            &code.description,
        );
        for term in &code.includes {
            assert_in_guide(
                &guide,
                &format!("inclusion term of {}", code.code),
                &format!("• {term}"),
            );
        }
    }
    // The other way round: every code-shaped token of the guide is listed.
    let mut found = Vec::new();
    for token in guide.split(' ') {
        let token = token.trim_end_matches(['.', ',', ';']);
        let hcpcs = token.len() == 5
            && token.starts_with('J')
            && token[1..].bytes().all(|b| b.is_ascii_digit());
        let icd = token.starts_with("G12.");
        if hcpcs || icd {
            found.push(token.to_string());
        }
        let parts: Vec<&str> = token.split('-').collect();
        let cpt_like = |p: &&str| p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit());
        if parts.len() <= 2 && parts.iter().all(cpt_like) && !token.starts_with("71894") {
            found.extend(parts.iter().map(|p| p.to_string()));
        }
    }
    for token in found {
        let listed = data.codes.iter().any(|c| {
            c.code == token
                || c.range
                    .as_deref()
                    .is_some_and(|r| r.split('-').any(|end| end == token))
        });
        assert!(
            listed,
            "the guide prints {token}, the data file does not list it"
        );
    }
    let cpt: Vec<&str> = data.codes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(
        cpt,
        [
            "J3399", "96365", "99221", "99222", "99223", "99234", "99235", "99236", "G12.0",
            "G12.1", "G12.8", "G12.9"
        ]
    );
}

#[test]
fn every_sentence_is_the_guides_verbatim() {
    let guide = normalized_guide();
    let d = data();
    let i = &d.information;
    let mut texts: Vec<(&str, String)> = vec![
        ("product.brand", d.product.brand.clone()),
        ("product.generic", d.product.generic.clone()),
        (
            "product.prescribing_information_url",
            d.product.prescribing_information_url.clone(),
        ),
        ("guide.publisher", d.guide.publisher.clone()),
        ("guide.overview", d.guide.overview.clone()),
        ("guide.contact", d.guide.contact.clone()),
        ("dosing.text", d.dosing.text.clone()),
        ("dosing.kit_text", d.dosing.kit_text.clone()),
        ("information.indication", i.indication.clone()),
        (
            "information.limitations_of_use",
            i.limitations_of_use.clone(),
        ),
        (
            "boxed warning",
            format!("BOXED WARNING: {}", i.boxed_warning.title),
        ),
        ("boxed warning text", i.boxed_warning.text.clone()),
        ("adverse reactions", i.adverse_reactions.clone()),
        ("distribution.intro", d.distribution.intro.clone()),
        ("buy and bill", d.distribution.buy_and_bill.text.clone()),
        (
            "specialty pharmacy",
            d.distribution.specialty_pharmacy.text.clone(),
        ),
        ("disclaimers.codes", format!("*{}", d.disclaimers.codes)),
        ("disclaimers.scope", format!("†{}", d.disclaimers.scope)),
    ];
    for (letter, note) in ["a", "b", "c"].iter().zip(&d.dosing.footnotes) {
        texts.push(("footnote", format!("{letter} {note}")));
    }
    for w in &i.warnings {
        texts.push(("warning title", w.title.clone()));
        texts.push(("warning text", w.text.clone()));
    }
    for set in &d.code_sets {
        texts.push(("code set name", set.name.clone()));
        texts.push(("code set full name", set.full_name.clone()));
        texts.push(("code set title", set.title.clone()));
        texts.push(("code set intro", set.intro.clone()));
    }
    for r in &d.references {
        texts.push(("reference", format!("{}. {}", r.id, r.citation())));
    }
    for (what, text) in texts {
        assert_in_guide(&guide, what, &text);
    }
    assert!(guide.contains(&format!(
        "Phone: {}",
        d.distribution
            .buy_and_bill
            .phone
            .clone()
            .unwrap_or_default()
    )));
    assert_in_guide_any_case(
        &guide,
        "buy and bill title",
        &d.distribution.buy_and_bill.title,
    );
    assert_in_guide_any_case(
        &guide,
        "specialty pharmacy title",
        &d.distribution.specialty_pharmacy.title,
    );
}

#[test]
fn dose_constants_are_the_guides() {
    let guide = normalized_guide();
    let d = data();
    assert_eq!(d.dosing.dose_vg_per_kg.to_string(), "1.1 × 10^14");
    assert_eq!(d.dosing.concentration_vg_per_ml.to_string(), "2.0 × 10^13");
    assert_eq!(zolgensma_domain::dose::ml_per_kg_text(&d.dosing), "5.5");
    assert!(guide.contains("is 1.1 × 1014 vector genomes (vg)/kg"));
    assert!(guide.contains("nominal concentration of 2.0 × 1013 vg/mL"));
    assert!(guide.contains("(either 5.5 mL or 8.3 mL)"));
    assert!(
        d.dosing.text.contains("consists of 2 to 14 vials"),
        "{}",
        d.dosing.text
    );
    assert!(guide.contains("less than 2 years of age") && d.dosing.max_age_months == 24);
}

/// sources/facts.md with its markdown and ASCII stand-ins turned into what the
/// widget shows.
fn normalized_facts() -> String {
    let text = source("facts.md")
        .replace('`', "")
        .replace("(R)", "®")
        .replace("(c)", "©")
        .replace(" x ", " × ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn facts_beyond_the_guide_come_from_facts_md() {
    let facts = normalized_facts();
    let f = data().facts;
    for (what, text) in [
        ("between_bands", &f.between_bands),
        ("ndc_11", &f.ndc_11),
        ("claim_format", &f.claim_format),
        ("billing_units", &f.billing_units),
        ("cpt_notice", &f.cpt_notice),
        ("hcpcs_cadence", &f.hcpcs_cadence),
        ("icd_cadence", &f.icd_cadence),
        ("edi_delimiters", &f.edi_delimiters),
    ] {
        for sentence in text.split(". ").map(|s| s.trim_end_matches('.')) {
            assert!(
                facts.contains(sentence),
                "facts.{what}: not in sources/facts.md: {sentence}"
            );
        }
    }
    for n in &data().not_covered {
        for (what, text) in [
            ("text", &n.text),
            ("contrast", &n.contrast),
            ("scope", &n.scope),
        ] {
            for sentence in text.split(". ").map(|s| s.trim_end_matches('.')) {
                assert!(
                    facts.contains(sentence),
                    "not_covered ({}).{what}: not in facts.md: {sentence}",
                    n.name
                );
            }
        }
    }
    assert!(
        f.billing_units
            .contains("21.0 kg, receives 2.31 × 10^15 vg"),
        "{}",
        f.billing_units
    );
}

#[test]
fn the_opening_line_and_the_dates_the_widget_uses_are_the_guides() {
    let guide = normalized_guide();
    let d = data();
    // The guide's first line, as the widget's lead line quotes it.
    assert!(guide.contains("Please see Indication and Important Safety Information"));
    assert!(guide.contains(&format!(
        "Full Prescribing Information, including Boxed WARNING for {}",
        d.information.boxed_warning.title
    )));
    // J3399 took effect July 1, 2020 (the date of service check uses it).
    let j3399 = d.codes.iter().find(|c| c.code == "J3399").unwrap();
    let effective = j3399.effective.unwrap();
    assert!(guide.contains(&format!("Effective {effective}, the Centers for Medicare")));
    assert_eq!(
        d.codes.iter().filter(|c| c.effective.is_some()).count(),
        1,
        "the guide dates J3399 only"
    );
}

#[test]
fn code_set_releases_are_the_ones_facts_md_names() {
    use zolgensma_domain::calendar::release_name;
    let facts = normalized_facts();
    let d = data();
    let name = |id: &str| {
        let set = d.code_sets.iter().find(|s| s.system.id() == id).unwrap();
        let r = set.release.unwrap();
        release_name(r.cadence, r.from)
    };
    // "when the October 2024 release was in force", "the FY 2025 code set",
    // "The guide's descriptors are those of the 2023 edition".
    assert_eq!(name("hcpcs"), "October 2024 release");
    assert!(facts.contains("the October 2024 release was in force"));
    assert_eq!(name("icd10cm"), "FY 2025 code set");
    assert!(facts.contains("is the FY 2025 code set"));
    assert_eq!(name("cpt"), "2023 edition");
    assert!(facts.contains("those of the 2023 edition"));
}
