//! Kit resolution: the rule of sources/facts.md, every band, every gram.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::data;
use proptest::prelude::*;
use zolgensma_domain::{lookup, resolve, Data, Decimal, Unit, Weight, WeightError};

/// Resolves `input` and shows the kit's NDC, or the error.
fn check(data: &Data, input: &str, unit: Unit, expected: Result<&str, WeightError>) {
    let got = lookup(data, input, unit).map(|r| r.kit.ndc.to_string());
    assert_eq!(
        got.as_deref().map_err(Clone::clone),
        expected,
        "{input:?} in {unit:?}"
    );
}

fn kg(s: &str) -> Decimal {
    Decimal::parse(s).unwrap_or_else(|| panic!("{s}"))
}

#[test]
fn weights_resolve_to_the_guides_kits() {
    let d = data();
    check(&d, "2.6", Unit::Kg, Ok("71894-120-02"));
    check(&d, "3.0", Unit::Kg, Ok("71894-120-02"));
    check(&d, "3.04", Unit::Kg, Ok("71894-121-03"));
    check(&d, "3040 g", Unit::Kg, Ok("71894-121-03"));
    check(&d, "7.2", Unit::Kg, Ok("71894-129-05"));
    check(&d, "7.05 lb", Unit::Kg, Ok("71894-121-03"));
    check(&d, "15 lb", Unit::Kg, Ok("71894-128-05")); // 6.80388555 kg
    check(&d, "20.95", Unit::Kg, Ok("71894-156-14"));
    check(&d, "21.0", Unit::Kg, Ok("71894-156-14"));
    check(&d, "21000", Unit::G, Ok("71894-156-14"));
}

#[test]
fn outside_the_table_resolves_nothing_and_says_so() {
    let d = data();
    let below = |kg: &str| {
        Err(WeightError::BelowRange {
            kg: kg.into(),
            min_kg: self::kg("2.6"),
        })
    };
    let above = |kg: &str| {
        Err(WeightError::AboveRange {
            kg: kg.into(),
            max_kg: self::kg("21.0"),
        })
    };
    check(&d, "2.599", Unit::Kg, below("2.599"));
    check(&d, "2599 g", Unit::Kg, below("2.599"));
    // Converted weights in messages carry every digit they have (issue 17;
    // these read "1.379" and "21.319" before).
    check(&d, "3.04", Unit::Lb, below("1.3789208048"));
    check(&d, "21.001", Unit::Kg, above("21.001"));
    check(&d, "30", Unit::Kg, above("30.0"));
    check(&d, "47 lb", Unit::Kg, above("21.31884139"));
    let message = lookup(&d, "30", Unit::Kg)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        message,
        // "No kit" is said once, by the card (issue 15): not here as well.
        "30.0 kg is above 21.0 kg, the heaviest weight in the kit table."
    );
    let message = lookup(&d, "3.04", Unit::Lb)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert_eq!(
        message,
        "1.3789208048 kg is below 2.6 kg, the lightest weight in the kit table."
    );
}

#[test]
fn result_carries_what_a_biller_needs() {
    let d = data();
    let r = lookup(&d, "3.04", Unit::Kg).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.kit.ndc.to_string(), "71894-121-03");
    assert_eq!(
        (r.kit.min_kg.to_string(), r.kit.max_kg.to_string()),
        ("3.1".into(), "3.5".into())
    );
    assert_eq!(r.kit.dose_ml.to_string(), "19.3");
    assert_eq!((r.kit.vials, r.kit.total_vials), ([2, 1], 3));
    assert_eq!(r.capacity_ml.to_string(), "19.3");
    assert_eq!(r.patient_dose_text(), "16.72");
    assert_eq!(
        (r.vector_genomes.mantissa_text(), r.vector_genomes.exponent),
        ("3.344".into(), 14)
    );
    assert!(r.off_grid && r.between_bands);
    assert_eq!(r.ndc11.to_string(), "71894-0121-03");
    assert_eq!(r.ndc11.bare(), "71894012103");
    assert_eq!(r.claim.cms_24a, "N471894012103 UN1");
    assert_eq!((r.hcpcs.as_str(), r.hcpcs_units), ("J3399", 1));
    assert_eq!(r.index, 1);

    let r = lookup(&d, "3", Unit::Kg).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.claim.cms_24a, "N471894012002 UN1");
    assert_eq!(
        (r.vector_genomes.mantissa_text(), r.vector_genomes.exponent),
        ("3.3".into(), 14)
    );
    // No trailing zero (sources/facts.md, "Writing figures"): was "16.50".
    assert_eq!(r.patient_dose_text(), "16.5");
    assert!(!r.off_grid && !r.between_bands);
    // 3.25 kg is off the grid but inside the printed band 3.1-3.5.
    let r = lookup(&d, "3.25", Unit::Kg).unwrap_or_else(|e| panic!("{e}"));
    assert!(r.off_grid && !r.between_bands);
    let r = lookup(&d, "21", Unit::Kg).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            r.vector_genomes.to_string_trimmed(),
            r.capacity_ml.to_string()
        ),
        ("2.31 × 10^15".into(), "116.2".into())
    );
}

#[test]
fn every_band_limit_resolves_to_its_kit() {
    let d = data();
    for (i, kit) in d.kits.iter().enumerate() {
        for limit in [kit.min_kg, kit.max_kg] {
            let r = resolve(&d, Weight::from_kg(limit)).map(|r| r.index);
            assert_eq!(r, Ok(i), "{limit} kg");
        }
    }
}

/// The rule of sources/facts.md, written independently: the first kit whose upper
/// limit is at least the weight, with weights compared in grams × 1000.
fn expected_index(d: &Data, milligrams: u64) -> Option<usize> {
    let [lo, hi] = d.dosing.weight_range_kg;
    if milligrams < lo.milli() * 1000 || milligrams > hi.milli() * 1000 {
        return None;
    }
    d.kits
        .iter()
        .position(|k| k.max_kg.milli() * 1000 >= milligrams)
}

#[test]
fn every_gram_from_2600_to_21000_resolves_to_exactly_the_smallest_covering_kit() {
    let d = data();
    let mut previous = 0;
    for grams in 2600..=21_000u64 {
        let r = resolve(&d, Weight::from_kg(Decimal::from_milli(grams, 3)))
            .unwrap_or_else(|e| panic!("{grams} g: {e}"));
        assert_eq!(Some(r.index), expected_index(&d, grams * 1000), "{grams} g");
        let covering: Vec<usize> = (0..d.kits.len())
            .filter(|&i| {
                d.kits[i].max_kg.milli() >= grams
                    && (i == 0 || d.kits[i - 1].max_kg.milli() < grams)
            })
            .collect();
        assert_eq!(
            covering,
            [r.index],
            "{grams} g: exactly one smallest covering band"
        );
        assert!(
            !r.patient_dose_exceeds(r.capacity_ml),
            "{grams} g: capacity {} mL < {} mL",
            r.capacity_ml,
            r.patient_dose_text()
        );
        assert!(
            r.index >= previous,
            "{grams} g: kits must not get smaller as weight grows"
        );
        previous = r.index;
        assert_eq!(r.hcpcs_units, 1);
        // The same mass typed in kg and in g agrees.
        let as_kg = lookup(
            &d,
            &format!("{}.{:03}", grams / 1000, grams % 1000),
            Unit::Kg,
        )
        .map(|x| x.index);
        let as_g = lookup(&d, &format!("{grams}"), Unit::G).map(|x| x.index);
        assert_eq!((as_kg, as_g), (Ok(r.index), Ok(r.index)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn pounds_resolve_like_the_same_mass_in_kilograms(micro_lb in 5_000_000u64..47_000_000) {
        let d = data();
        let got = lookup(&d, &format!("{}.{:06}", micro_lb / 1_000_000, micro_lb % 1_000_000), Unit::Lb).map(|r| r.index).ok();
        // micro_lb × 0.45359237 mg, compared exactly: kit limits × 10^8.
        let mass = u128::from(micro_lb) * 45_359_237; // 10^-14 kg
        let [lo, hi] = d.dosing.weight_range_kg;
        let in_kg_units = |m: Decimal| u128::from(m.milli()) * 100_000_000_000;
        let expected = (mass >= in_kg_units(lo) && mass <= in_kg_units(hi))
            .then(|| d.kits.iter().position(|k| in_kg_units(k.max_kg) >= mass))
            .flatten();
        prop_assert_eq!(got, expected);
    }

    #[test]
    fn any_resolved_kit_covers_the_patients_dose(milligrams in 2_600_000u64..=21_000_000) {
        let d = data();
        let text = format!("{}.{:06}", milligrams / 1_000_000, milligrams % 1_000_000);
        let r = lookup(&d, &text, Unit::Kg);
        prop_assert!(r.is_ok());
        if let Ok(r) = r {
            prop_assert!(!r.patient_dose_exceeds(r.capacity_ml));
            prop_assert_eq!(Some(r.index), expected_index(&d, milligrams));
        }
    }
}
