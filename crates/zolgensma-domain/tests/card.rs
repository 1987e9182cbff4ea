//! What the result card says: every text of it, for weights on and off the
//! guide's grid and in every unit, checked against the guide's figures.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::data;
use zolgensma_domain::card::{announcement, count_text, kit_match_text, read, CardText};
use zolgensma_domain::claim::ClaimLines;
use zolgensma_domain::{Data, Unit, WeightError, Written};

/// The card for `typed` with `unit` selected.
fn card(data: &Data, typed: &str, unit: Unit) -> CardText {
    let (outcome, written) = read(data, typed, unit);
    let r = outcome.unwrap_or_else(|e| panic!("{typed}: {e}"));
    CardText::new(data, &r, written)
}

#[test]
fn a_weight_between_bands_gets_the_whole_card() {
    let d = data();
    assert_eq!(
        card(&d, "3.04", Unit::Kg),
        CardText {
            title: "Kit for 3.04 kg".into(),
            between: Some(
                "3.04 kg is between the printed bands 2.6–3.0 and 3.1–3.5: the 3.1–3.5 kg kit holds 19.3 mL, which covers 16.72 mL."
                    .into()
            ),
            ndc10: "71894-121-03".into(),
            claim: ClaimLines {
                ndc11: "71894-0121-03".into(),
                ndc11_bare: "71894012103".into(),
                cms_24a: "N471894012103 UN1".into(),
                cms_24d: "J3399".into(),
                cms_24g: "1".into(),
                lin: "LIN**N4*71894012103~".into(),
                ctp: "CTP****1*UN~".into(),
            },
            lin_elements: "LIN02 N4 · LIN03 71894012103".into(),
            ctp_elements: "CTP04 1 · CTP05-01 UN".into(),
            hcpcs: "J3399 × 1 unit".into(),
            band: "3.1 – 3.5 kg".into(),
            vials: "2 × 5.5 mL + 1 × 8.3 mL = 3 vials".into(),
            dose: "19.3 mL".into(),
            capacity: "19.3 mL".into(),
            patient_dose: "16.72 mL".into(),
            patient_dose_how: " (3.04 kg × 5.5 mL/kg)".into(),
            vg_mantissa: "3.344".into(),
            vg_exponent: 14,
            vg_text: "3.344 × 10^14 vg".into(),
        }
    );
}

/// The title, the between-bands note and the vials for one input.
fn check(typed: &str, unit: Unit, title: &str, between: Option<&str>, vials: &str) {
    let d = data();
    let c = card(&d, typed, unit);
    assert_eq!(c.title, title, "{typed}");
    assert_eq!(c.between.as_deref(), between, "{typed}");
    assert_eq!(c.vials, vials, "{typed}");
}

#[test]
fn the_title_echoes_what_was_typed_and_the_note_shows_only_between_bands() {
    let band_3_1 = "2 × 5.5 mL + 1 × 8.3 mL = 3 vials";
    let between_3_04 = "3.04 kg is between the printed bands 2.6–3.0 and 3.1–3.5: the 3.1–3.5 kg kit holds 19.3 mL, which covers 16.72 mL.";
    check(
        "2.6",
        Unit::Kg,
        "Kit for 2.6 kg",
        None,
        "0 × 5.5 mL + 2 × 8.3 mL = 2 vials",
    );
    check(
        "3.0",
        Unit::Kg,
        "Kit for 3.0 kg",
        None,
        "0 × 5.5 mL + 2 × 8.3 mL = 2 vials",
    );
    check(
        "3040 g",
        Unit::Kg,
        "Kit for 3040 g (= 3.04 kg)",
        Some(between_3_04),
        band_3_1,
    );
    check(
        "3040",
        Unit::G,
        "Kit for 3040 g (= 3.04 kg)",
        Some(between_3_04),
        band_3_1,
    );
    // Off the grid but inside a printed band: nothing to explain.
    check(
        "7.05 lb",
        Unit::Kg,
        "Kit for 7.05 lb (≈ 3.198 kg)",
        None,
        band_3_1,
    );
    check("3.15", Unit::Kg, "Kit for 3.15 kg", None, band_3_1);
    check(
        "15 lb",
        Unit::Kg,
        "Kit for 15 lb (≈ 6.804 kg)",
        None,
        "1 × 5.5 mL + 4 × 8.3 mL = 5 vials",
    );
    check(
        "7 lb 4 oz",
        Unit::Kg,
        "Kit for 7 lb 4 oz (≈ 3.289 kg)",
        None,
        band_3_1,
    );
    check(
        "116 oz",
        Unit::Kg,
        "Kit for 116 oz (≈ 3.289 kg)",
        None,
        band_3_1,
    );
    check(
        "21",
        Unit::Kg,
        "Kit for 21.0 kg",
        None,
        "0 × 5.5 mL + 14 × 8.3 mL = 14 vials",
    );
    // Between 6.5 and 6.6 kg, in grams.
    check(
        "6540 g",
        Unit::Kg,
        "Kit for 6540 g (= 6.54 kg)",
        Some("6.54 kg is between the printed bands 6.1–6.5 and 6.6–7.0: the 6.6–7.0 kg kit holds 38.7 mL, which covers 35.97 mL."),
        "1 × 5.5 mL + 4 × 8.3 mL = 5 vials",
    );
}

#[test]
fn figures_the_widget_computes_have_no_trailing_zeros() {
    let d = data();
    // 7.2 kg × 5.5 mL/kg = 39.6 mL, not 39.60; 4 kg × 5.5 = 22 mL.
    assert_eq!(card(&d, "7.2", Unit::Kg).patient_dose, "39.6 mL");
    assert_eq!(card(&d, "4", Unit::Kg).patient_dose, "22 mL");
    assert_eq!(card(&d, "3.04", Unit::Kg).patient_dose, "16.72 mL");
    // 10 × 8.3 mL is 83 mL; the table's own figures stay as printed.
    let c = card(&d, "15", Unit::Kg);
    assert_eq!((c.capacity.as_str(), c.dose.as_str()), ("83 mL", "82.5 mL"));
    assert_eq!(card(&d, "4", Unit::Kg).dose, "22.0 mL");
    // Copied powers of ten are plain text.
    assert_eq!(card(&d, "4", Unit::Kg).vg_text, "4.4 × 10^14 vg");
}

#[test]
fn the_heaviest_kit_still_bills_one_unit() {
    let d = data();
    let c = card(&d, "21.0", Unit::Kg);
    assert_eq!(
        (c.band.as_str(), c.dose.as_str(), c.capacity.as_str()),
        ("20.6 – 21.0 kg", "115.5 mL", "116.2 mL")
    );
    assert_eq!((c.vg_mantissa.as_str(), c.vg_exponent), ("2.31", 15));
    assert_eq!(c.hcpcs, "J3399 × 1 unit");
    assert_eq!(c.claim.cms_24a, "N471894015614 UN1");
    assert_eq!(c.claim.cms_24g, "1");
}

#[test]
fn copy_claim_lines_is_every_line_as_plain_text() {
    let d = data();
    assert_eq!(
        card(&d, "7.2", Unit::Kg).claim.plain_text(),
        "NDC, 11 digits: 71894012905 (71894-0129-05)\n\
         CMS-1500 24A, shaded: N471894012905 UN1\n\
         CMS-1500 24D: J3399\n\
         CMS-1500 24G: 1\n\
         837P/837I loop 2410 LIN: LIN**N4*71894012905~\n\
         837P/837I loop 2410 CTP: CTP****1*UN~\n"
    );
}

#[test]
fn the_status_line_says_the_kit_or_the_error_and_nothing_for_an_empty_field() {
    let d = data();
    let say = |typed: &str| announcement(&read(&d, typed, Unit::Kg).0);
    assert_eq!(say("3.04"), "Kit 71894-121-03 for 3.04 kg.");
    assert_eq!(say("7.05 lb"), "Kit 71894-121-03 for 3.198 kg.");
    assert_eq!(say(""), "");
    assert_eq!(say("  "), "");
    assert_eq!(
        say("abc"),
        WeightError::NotANumber("abc".into()).to_string()
    );
    assert_eq!(
        say("30"),
        "30.0 kg is above 21.0 kg, the heaviest weight in the kit table."
    );
}

#[test]
fn the_unit_switch_follows_the_unit_typed() {
    let d = data();
    let unit = |typed: &str, selected: Unit| read(&d, typed, selected).1.switch_unit();
    assert_eq!(read(&d, "abc", Unit::Lb).1, Written::In(Unit::Lb));
    assert_eq!(unit("15 lb", Unit::Kg), Unit::Lb);
    assert_eq!(unit("3040 g", Unit::Kg), Unit::G);
    assert_eq!(unit("7 lb 4 oz", Unit::G), Unit::Lb);
    assert_eq!(unit("116 oz", Unit::Kg), Unit::Lb);
    assert_eq!(unit("7", Unit::G), Unit::G);
    // The thousands trap keeps the unit typed, too.
    assert_eq!(unit("3,040 g", Unit::Kg), Unit::G);
}

#[test]
fn the_search_count_reads_naturally() {
    assert_eq!(
        count_text(0, "  zzz ", false, None),
        "No codes match “zzz”."
    );
    assert_eq!(count_text(1, "werdnig", false, None), "1 code");
    assert_eq!(count_text(12, "", false, None), "12 codes");
    assert_eq!(
        count_text(0, "71894-129-05", true, None),
        "1 kit: the NDC names a kit, not a code."
    );
    assert_eq!(
        count_text(0, "itvisma", false, Some("ITVISMA")),
        "No codes: ITVISMA is not covered by this reference."
    );
}

#[test]
fn an_ndc_search_names_its_kit() {
    let d = data();
    assert_eq!(
        kit_match_text(&d, 9).as_deref(),
        Some("71894-129-05 is the kit for 7.1–7.5 kg: 0 × 5.5 mL + 5 × 8.3 mL = 5 vials. 11-digit NDC 71894-0129-05 (71894012905).")
    );
    assert_eq!(kit_match_text(&d, 37), None);
}
