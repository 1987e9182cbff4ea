//! What the result card says: every text of it, for weights on and off the
//! guide's grid and in every unit, checked against the guide's figures.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::data;
use zolgensma_reference::domain::card::{announcement, count_text, read, CardText};
use zolgensma_reference::domain::{Data, Unit, WeightError};

/// The card for `typed` with `unit` selected.
fn card(data: &Data, typed: &str, unit: Unit) -> CardText {
    let (outcome, entered) = read(data, typed, unit);
    let r = outcome.unwrap_or_else(|e| panic!("{typed}: {e}"));
    CardText::new(data, &r, entered)
}

#[test]
fn a_weight_between_bands_gets_the_whole_card() {
    let d = data();
    let rule = &d.facts.between_bands;
    assert_eq!(
        card(&d, "3.04", Unit::Kg),
        CardText {
            title: "Kit for 3.04 kg".into(),
            between: Some(format!(
                "3.04 kg falls between the printed bands 2.6–3.0 kg and 3.1–3.5 kg. {rule} 3.04 kg needs 16.72 mL; this kit holds 19.3 mL."
            )),
            band: "3.1 – 3.5 kg".into(),
            vials: "2 × 5.5 mL + 1 × 8.3 mL = 3 vials".into(),
            dose: "19.3 mL".into(),
            capacity: "19.3 mL".into(),
            patient_dose: "16.72 mL".into(),
            patient_dose_how: " (3.04 kg × 5.5 mL/kg)".into(),
            vg_mantissa: "3.344".into(),
            vg_exponent: 14,
            ndc10: "71894-121-03".into(),
            ndc11: "71894-0121-03".into(),
            ndc11_bare: "71894012103".into(),
            claim: "N471894012103 UN1".into(),
            hcpcs: "J3399 × 1 unit".into(),
        }
    );
}

/// The title, the between-bands note and the vials for one input.
fn check(typed: &str, unit: Unit, title: &str, between: Option<&str>, vials: &str) {
    let d = data();
    let c = card(&d, typed, unit);
    assert_eq!(c.title, title, "{typed}");
    assert_eq!(
        c.between.as_deref().map(|b| b
            .split(&format!(" {} ", d.facts.between_bands))
            .collect::<Vec<_>>()),
        between.map(|b| b.split(" | ").collect::<Vec<_>>()),
        "{typed}"
    );
    assert_eq!(c.vials, vials, "{typed}");
}

#[test]
fn the_title_echoes_the_unit_typed_and_the_note_shows_only_off_the_grid() {
    let band_3_1 = "2 × 5.5 mL + 1 × 8.3 mL = 3 vials";
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
    check("3040 g", Unit::Kg, "Kit for 3040 g (= 3.04 kg)", Some("3.04 kg falls between the printed bands 2.6–3.0 kg and 3.1–3.5 kg. | 3.04 kg needs 16.72 mL; this kit holds 19.3 mL."), band_3_1);
    check("3040", Unit::G, "Kit for 3040 g (= 3.04 kg)", Some("3.04 kg falls between the printed bands 2.6–3.0 kg and 3.1–3.5 kg. | 3.04 kg needs 16.72 mL; this kit holds 19.3 mL."), band_3_1);
    check("7.05 lb", Unit::Kg, "Kit for 7.05 lb (≈ 3.198 kg)", Some("3.198 kg is not on the guide's 0.1 kg grid; it lies inside the printed band 3.1–3.5 kg. | 3.198 kg needs 17.59 mL; this kit holds 19.3 mL."), band_3_1);
    check("3.15", Unit::Kg, "Kit for 3.15 kg", Some("3.15 kg is not on the guide's 0.1 kg grid; it lies inside the printed band 3.1–3.5 kg. | 3.15 kg needs 17.33 mL; this kit holds 19.3 mL."), band_3_1);
    check(
        "21",
        Unit::Kg,
        "Kit for 21.0 kg",
        None,
        "0 × 5.5 mL + 14 × 8.3 mL = 14 vials",
    );
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
    assert_eq!(c.claim, "N471894015614 UN1");
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
    assert!(
        say("30").starts_with("30.0 kg is above 21.0 kg"),
        "{}",
        say("30")
    );
}

#[test]
fn an_unreadable_weight_keeps_the_selected_unit() {
    let d = data();
    assert_eq!(read(&d, "abc", Unit::Lb).1, Unit::Lb);
    assert_eq!(read(&d, "7 lb", Unit::G).1, Unit::Lb);
    assert_eq!(read(&d, "7", Unit::G).1, Unit::G);
}

#[test]
fn the_search_count_reads_naturally() {
    assert_eq!(count_text(0, "  zzz "), "No codes match “zzz”.");
    assert_eq!(count_text(1, "werdnig"), "1 code");
    assert_eq!(count_text(12, ""), "12 codes");
}
