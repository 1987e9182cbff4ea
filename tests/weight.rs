//! Weight parsing: what people type, and every error with its message.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use zolgensma_reference::domain::{Unit, Weight, WeightError};

/// Parses `input` with `unit` selected and shows the exact weight in
/// kilograms, or the error.
fn check(input: &str, unit: Unit, expected: Result<&str, WeightError>) {
    let got = Weight::parse(input, unit).map(|w| w.kg_text().0);
    assert_eq!(
        got.as_deref().map_err(Clone::clone),
        expected,
        "parsing {input:?} as {unit:?}"
    );
}

#[test]
fn accepts_what_people_type() {
    use Unit::*;
    check("3.2", Kg, Ok("3.2"));
    check("3,2", Kg, Ok("3.2"));
    check(" 3.2 kg ", Kg, Ok("3.2"));
    check("3.2KG", G, Ok("3.2"));
    check("3.2 kilograms", Lb, Ok("3.2"));
    check("7 lb", Kg, Ok("3.175"));
    check("7.05 lbs", Kg, Ok("3.198"));
    check("7.05", Lb, Ok("3.198"));
    check("3040 g", Kg, Ok("3.04"));
    check("3040g", Kg, Ok("3.04"));
    check("3040", G, Ok("3.04"));
    check("3040 grams", Kg, Ok("3.04"));
    check(".5", Kg, Ok("0.5"));
    check("5.", Kg, Ok("5.0"));
    check("0003.20000000", Kg, Ok("3.2"));
    check("\u{a0}3.2\u{a0}kg", Kg, Ok("3.2"));
}

#[test]
fn conversions_are_exact() {
    // 1 lb is exactly 0.45359237 kg: 7.05 lb is 3.1978262085 kg.
    let lb = Weight::parse("7.05 lb", Unit::Kg).map(Weight::units);
    assert_eq!(lb, Ok(319_782_620_850_000));
    assert_eq!(
        Weight::parse("1 lb", Unit::Kg).map(Weight::units),
        Ok(45_359_237_000_000)
    );
    assert_eq!(
        Weight::parse("3040 g", Unit::Kg),
        Weight::parse("3.04", Unit::Kg)
    );
    assert_eq!(
        Weight::parse("0.000001 lb", Unit::Kg).map(Weight::units),
        Ok(45_359_237)
    );
    let (text, exact) = Weight::parse("7.05 lb", Unit::Kg)
        .map(Weight::kg_text)
        .unwrap_or_default();
    assert_eq!((text.as_str(), exact), ("3.198", false));
}

#[test]
fn every_error_has_its_message_and_hint() {
    use WeightError::*;
    check("", Unit::Kg, Err(Empty));
    check("   ", Unit::Kg, Err(Empty));
    check("abc", Unit::Kg, Err(NotANumber("abc".into())));
    check("NaN", Unit::Kg, Err(NotANumber("NaN".into())));
    check("inf", Unit::Kg, Err(NotANumber("inf".into())));
    check("1e3", Unit::Kg, Err(NotANumber("1e3".into())));
    check("0x10", Unit::Kg, Err(NotANumber("0x10".into())));
    check("3.2.1", Unit::Kg, Err(NotANumber("3.2.1".into())));
    check("3.2,1", Unit::Kg, Err(NotANumber("3.2,1".into())));
    check(".", Unit::Kg, Err(NotANumber(".".into())));
    check("٣", Unit::Kg, Err(NotANumber("٣".into())));
    check("３", Unit::Kg, Err(NotANumber("３".into())));
    check("kg", Unit::Kg, Err(NotANumber("kg".into())));
    check("0", Unit::Kg, Err(ZeroOrNegative));
    check("0.000", Unit::Kg, Err(ZeroOrNegative));
    check("-0", Unit::Kg, Err(ZeroOrNegative));
    check("-3.2", Unit::Kg, Err(ZeroOrNegative));
    check("−3.2", Unit::Kg, Err(ZeroOrNegative));
    check("3.2 st", Unit::Kg, Err(UnknownUnit("st".into())));
    check("3.2 oz", Unit::Kg, Err(UnknownUnit("oz".into())));
    check("1234567", Unit::G, Err(TooManyDigits));
    check("3.1234567", Unit::Kg, Err(TooManyDigits));
    check(&"9".repeat(10_000), Unit::Kg, Err(TooManyDigits));

    let messages = [
        (Empty, "Enter the patient's weight."),
        (NotANumber("abc".into()), "“abc” is not a number."),
        (ZeroOrNegative, "The weight must be greater than zero."),
        (
            UnknownUnit("st".into()),
            "“st” is not a unit this tool knows.",
        ),
        (TooManyDigits, "The number has too many digits."),
    ];
    for (error, message) in messages {
        assert_eq!(error.to_string(), message);
        assert!(!error.hint().is_empty());
    }
    assert!(WeightError::UnknownUnit("st".into())
        .hint()
        .contains("kg, lb or g"));
    assert!(WeightError::TooManyDigits
        .hint()
        .contains("at most 6 digits"));
}

#[test]
fn units_read_and_print() {
    for unit in Unit::ALL {
        assert_eq!(Unit::from_text(unit.symbol()), Some(unit));
    }
    assert_eq!(Unit::from_text("LBS"), Some(Unit::Lb));
    assert_eq!(Unit::from_text("gr"), None, "gr is a grain, not a gram");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        let _ = Weight::parse(&s, Unit::Kg);
    }

    #[test]
    fn never_panics_on_number_shapes(s in "[-−+ ]?[0-9.,٣３]{0,40}[ ]?(kg|KG|lb|lbs|g|e3|x10|NaN|inf|st)?[ ]?") {
        for unit in Unit::ALL {
            let _ = Weight::parse(&s, unit);
        }
    }

    #[test]
    fn huge_digit_runs_are_too_many_digits(n in 7usize..5_000, frac in 0usize..3) {
        let s = format!("{}{}", "7".repeat(n), ".5".repeat(frac.min(1)));
        prop_assert_eq!(Weight::parse(&s, Unit::G), Err(WeightError::TooManyDigits));
    }

    #[test]
    fn grams_and_kilograms_agree(grams in 1u64..999_999) {
        let kg = format!("{}.{:03}", grams / 1000, grams % 1000);
        let g = format!("{grams} g");
        prop_assert_eq!(Weight::parse(&kg, Unit::Kg), Weight::parse(&g, Unit::Kg));
        prop_assert_eq!(Weight::parse(&g, Unit::Kg).map(Weight::units), Ok(Weight::from_grams(grams).units()));
    }

    #[test]
    fn pounds_convert_exactly(micro_lb in 1u64..999_999_999_999) {
        let text = format!("{}.{:06} lb", micro_lb / 1_000_000, micro_lb % 1_000_000);
        // 1 µlb = 0.45359237 µg... in 10^-14 kg: 45_359_237.
        prop_assert_eq!(Weight::parse(&text, Unit::Kg).map(Weight::units), Ok(u128::from(micro_lb) * 45_359_237));
    }
}
