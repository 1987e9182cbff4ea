//! Weight parsing: what people type, and every error with its message.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use proptest::prelude::*;
use zolgensma_domain::card::read;
use zolgensma_domain::{lookup, Decimal, Unit, Weight, WeightError, Written};

/// The weight read from what a person typed.
fn parse(input: &str, unit: Unit) -> Result<Weight, WeightError> {
    Weight::read(input, unit).map(|r| r.weight)
}

/// `grams` whole grams, built without the parser: a gram is a thousandth
/// of a kilogram.
fn from_grams(grams: u64) -> Weight {
    Weight::from_kg(Decimal::from_milli(grams, 3))
}

/// Parses `input` with `unit` selected and shows the exact weight in
/// kilograms (every digit), or the error.
fn check(input: &str, unit: Unit, expected: Result<&str, WeightError>) {
    let got = parse(input, unit).map(Weight::kg_exact_text);
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
    check("7 lb", Kg, Ok("3.17514659"));
    check("7.05 lbs", Kg, Ok("3.1978262085"));
    check("7.05", Lb, Ok("3.1978262085"));
    check("3040 g", Kg, Ok("3.04"));
    check("3040g", Kg, Ok("3.04"));
    check("3040", G, Ok("3.04"));
    check("3040 grams", Kg, Ok("3.04"));
    check(".5", Kg, Ok("0.5"));
    check("5.", Kg, Ok("5.0"));
    check("0003.20000000", Kg, Ok("3.2"));
    check("\u{a0}3.2\u{a0}kg", Kg, Ok("3.2"));
}

/// Written forms of pounds and ounces, and their exact kilograms
/// (1 oz = 28.349523125 g).
#[test]
fn pounds_and_ounces_read_exactly() {
    use Unit::*;
    for (typed, kg) in [
        ("7 lb 4 oz", "3.2885446825"),
        ("7lb 4oz", "3.2885446825"),
        ("7lb4oz", "3.2885446825"),
        ("7 lbs 4 oz", "3.2885446825"),
        ("7 lb, 4 oz", "3.2885446825"),
        ("7 pounds 4 ounces", "3.2885446825"),
        ("7 LB 4 OZ", "3.2885446825"),
        ("116 oz", "3.2885446825"),
        ("116 ounces", "3.2885446825"),
        ("7 lbs 4.5 oz", "3.3027194440625"),
        ("7 lb 0 oz", "3.17514659"),
        ("0 lb 15 oz", "0.425242846875"),
        ("7 lb 4.25 oz", "3.29563206328125"),
        ("1 oz", "0.028349523125"),
        ("0.01 oz", "0.00028349523125"),
    ] {
        check(typed, Kg, Ok(kg));
        // The selected unit does not matter when the text names its units.
        check(typed, G, Ok(kg));
    }
}

#[test]
fn digits_of_any_script_are_the_digits_they_are() {
    use Unit::*;
    check("３.０４", Kg, Ok("3.04"));
    check("３．０４", Kg, Ok("3.04"));
    check("３０４０ｇ", Kg, Ok("3.04"));
    check("٣٫٠٤", Kg, Ok("3.04"));
    check("३.०४", Kg, Ok("3.04"));
    check("७ lb ४ oz", Kg, Ok("3.2885446825"));
    // Normalising changes nothing else: an unknown unit stays unknown.
    check("３ st", Kg, Err(WeightError::UnknownUnit("st".into())));
}

#[test]
fn conversions_are_exact() {
    // 1 lb is exactly 0.45359237 kg: 7.05 lb is 3.1978262085 kg.
    let lb = parse("7.05 lb", Unit::Kg).map(Weight::units);
    assert_eq!(lb, Ok(319_782_620_850_000));
    assert_eq!(
        parse("1 lb", Unit::Kg).map(Weight::units),
        Ok(45_359_237_000_000)
    );
    assert_eq!(parse("16 oz", Unit::Kg), parse("1 lb", Unit::Kg));
    assert_eq!(parse("3040 g", Unit::Kg), parse("3.04", Unit::Kg));
    assert_eq!(
        parse("0.000001 lb", Unit::Kg).map(Weight::units),
        Ok(45_359_237)
    );
    let (text, exact) = parse("7.05 lb", Unit::Kg)
        .map(Weight::kg_text)
        .unwrap_or_default();
    assert_eq!((text.as_str(), exact), ("3.198", false));
}

#[test]
fn weights_print_as_they_were_written() {
    let text = |typed: &str| {
        let r = Weight::read(typed, Unit::Kg).unwrap();
        r.weight.text_written(r.written)
    };
    assert_eq!(text("7 lb 4 oz"), "7 lb 4 oz");
    assert_eq!(text("7lb 4.50oz"), "7 lb 4.5 oz");
    assert_eq!(text("7 lb 0 oz"), "7 lb 0 oz");
    assert_eq!(text("116 oz"), "116 oz");
    assert_eq!(text("3040 g"), "3040 g");
    assert_eq!(text("3.040"), "3.04 kg");
    assert_eq!(text("7.05 lb"), "7.05 lb");
    assert_eq!(
        Weight::read("7 lb 4 oz", Unit::Kg).map(|r| r.written),
        Ok(Written::PoundsOunces)
    );
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
    check("kg", Unit::Kg, Err(NotANumber("kg".into())));
    check("0", Unit::Kg, Err(ZeroOrNegative));
    check("0.000", Unit::Kg, Err(ZeroOrNegative));
    check("-0", Unit::Kg, Err(ZeroOrNegative));
    check("-3.2", Unit::Kg, Err(ZeroOrNegative));
    check("−3.2", Unit::Kg, Err(ZeroOrNegative));
    check("3.2 st", Unit::Kg, Err(UnknownUnit("st".into())));
    check("1234567", Unit::G, Err(TooManyDigits));
    check("3.1234567", Unit::Kg, Err(TooManyDigits));
    check(&"9".repeat(10_000), Unit::Kg, Err(TooManyDigits));
    // Pounds and ounces that are not one weight.
    check("7 lb 16 oz", Unit::Kg, Err(OuncesOverPound("16".into())));
    check(
        "7 lb 16.5 oz",
        Unit::Kg,
        Err(OuncesOverPound("16.5".into())),
    );
    check("7 lb 2 lb", Unit::Kg, Err(PoundsTwice));
    check("-7 lb 4 oz", Unit::Kg, Err(ZeroOrNegative));
    check("7 lb -4 oz", Unit::Kg, Err(ZeroOrNegative));
    check("0 lb 0 oz", Unit::Kg, Err(ZeroOrNegative));
    check("7 lb 4", Unit::Kg, Err(NotOneWeight("7 lb 4".into())));
    check("7 kg 4 oz", Unit::Kg, Err(NotOneWeight("7 kg 4 oz".into())));
    check(
        "7.5 lb 4 oz",
        Unit::Kg,
        Err(NotOneWeight("7.5 lb 4 oz".into())),
    );
    check(
        "7 lb 4 oz 3",
        Unit::Kg,
        Err(NotOneWeight("7 lb 4 oz 3".into())),
    );
    check("7 lb 4.125 oz", Unit::Kg, Err(OunceDecimals));
    check("4.125 oz", Unit::Kg, Err(OunceDecimals));
    check("1234567 lb 4 oz", Unit::Kg, Err(TooManyDigits));

    let messages = [
        (Empty, "Enter the patient's weight."),
        (NotANumber("abc".into()), "“abc” is not a number."),
        (ZeroOrNegative, "The weight must be greater than zero."),
        (
            UnknownUnit("st".into()),
            "“st” is not a unit this tool knows.",
        ),
        (TooManyDigits, "The number has too many digits."),
        (
            NotOneWeight("7 kg 4 oz".into()),
            "“7 kg 4 oz” is not one weight.",
        ),
        (PoundsTwice, "The weight names pounds twice."),
        (
            OuncesOverPound("16".into()),
            "16 oz after pounds is a pound or more: ounces after pounds must be less than 16.",
        ),
        (OunceDecimals, "The ounces have too many decimals."),
    ];
    for (error, message) in messages {
        assert_eq!(error.to_string(), message);
        assert!(!error.hint().is_empty());
        assert_eq!(error.offer(), None);
    }
    assert!(UnknownUnit("st".into()).hint().contains("kg, lb, oz or g"));
    assert!(TooManyDigits.hint().contains("at most 6 digits"));
    assert!(OuncesOverPound("16".into()).hint().contains("8 lb 0 oz"));
    assert!(NotOneWeight(String::new()).hint().contains("7 lb 4 oz"));
    assert!(OunceDecimals.hint().contains("2 decimals"));
}

#[test]
fn a_comma_that_reads_two_ways_resolves_only_the_way_that_has_a_kit() {
    let d = common::data();
    let offer = |typed: &str, unit: Unit| match lookup(&d, typed, unit) {
        Err(e) => (e.to_string(), e.offer().map(str::to_string)),
        Ok(r) => (r.kit.ndc.to_string(), None),
    };
    // The decimal reading has no kit, the thousands reading has one: no
    // guess, and the other reading is offered.
    assert_eq!(
        offer("3,040 g", Unit::Kg),
        (
            "“3,040 g” was read with a decimal comma: 3.04 g (0.00304 kg), below the table's 2.6 kg."
                .into(),
            Some("3040 g".into())
        )
    );
    assert_eq!(offer("3,040g", Unit::Kg).1.as_deref(), Some("3040 g"));
    assert_eq!(offer("3,040", Unit::G).1.as_deref(), Some("3040 g"));
    assert_eq!(offer("6,500 g", Unit::Kg).1.as_deref(), Some("6500 g"));
    // Applying the offer gives the kit.
    assert_eq!(offer("3040 g", Unit::Kg).0, "71894-121-03");
    // A comma that only reads one way works as before.
    assert_eq!(offer("3,04 kg", Unit::Kg).0, "71894-121-03");
    assert_eq!(offer("3,2", Unit::Kg).0, "71894-121-03");
    // Both readings valid, but only the decimal one has a kit: it resolves.
    assert_eq!(offer("3,040 kg", Unit::Kg).0, "71894-121-03");
    // Neither has a kit: the plain range error.
    let (message, none) = offer("1,000 g", Unit::Kg);
    assert!(message.starts_with("0.001 kg is below 2.6 kg"), "{message}");
    assert_eq!(none, None);
    // The card and the switch keep the unit typed.
    assert_eq!(read(&d, "3,040 g", Unit::Kg).1, Written::In(Unit::G));
}

#[test]
fn units_read_and_print() {
    for unit in Unit::ALL {
        assert_eq!(Unit::from_text(unit.symbol()), Some(unit));
    }
    assert_eq!(Unit::from_text("LBS"), Some(Unit::Lb));
    assert_eq!(Unit::from_text("gr"), None, "gr is a grain, not a gram");
    assert_eq!(
        Unit::from_text("oz"),
        None,
        "ounces are written, not chosen"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        let _ = parse(&s, Unit::Kg);
    }

    #[test]
    fn never_panics_on_number_shapes(s in "[-−+ ]?[0-9.,٣３]{0,40}[ ]?(kg|KG|lb|lbs|g|oz|e3|x10|NaN|inf|st)?[ ,]?[0-9.,]{0,8}[ ]?(oz|lb|g)?[ ]?") {
        for unit in Unit::ALL {
            let _ = parse(&s, unit);
        }
    }

    #[test]
    fn huge_digit_runs_are_too_many_digits(n in 7usize..5_000, frac in 0usize..3) {
        let s = format!("{}{}", "7".repeat(n), ".5".repeat(frac.min(1)));
        prop_assert_eq!(parse(&s, Unit::G), Err(WeightError::TooManyDigits));
    }

    #[test]
    fn grams_and_kilograms_agree(grams in 1u64..999_999) {
        let kg = format!("{}.{:03}", grams / 1000, grams % 1000);
        let g = format!("{grams} g");
        prop_assert_eq!(parse(&kg, Unit::Kg), parse(&g, Unit::Kg));
        prop_assert_eq!(parse(&g, Unit::Kg).map(Weight::units), Ok(from_grams(grams).units()));
    }

    #[test]
    fn pounds_convert_exactly(micro_lb in 1u64..999_999_999_999) {
        let text = format!("{}.{:06} lb", micro_lb / 1_000_000, micro_lb % 1_000_000);
        // 1 µlb = 0.45359237 µg... in 10^-14 kg: 45_359_237.
        prop_assert_eq!(parse(&text, Unit::Kg).map(Weight::units), Ok(u128::from(micro_lb) * 45_359_237));
    }
}

/// Every whole ounce from 6 lb 0 oz to 47 lb: "L lb O oz", "LlbOoz" and
/// "N oz" agree with each other and with grams, and resolve to the kit the
/// rule gives (the smallest band upper limit at or above the weight).
#[test]
fn every_whole_ounce_reads_the_same_three_ways_and_resolves_by_the_rule() {
    let d = common::data();
    for total in (6 * 16)..=(47 * 16) {
        let (lb, oz) = (total / 16, total % 16);
        let forms = [
            format!("{lb} lb {oz} oz"),
            format!("{lb}lb{oz}oz"),
            format!("{total} oz"),
        ];
        let expected = Weight::from_pounds_ounces(lb, oz);
        for form in &forms {
            assert_eq!(parse(form, Unit::Kg), Ok(expected), "{form}");
        }
        // 1 oz = 28.349523125 g exactly: in 10^-14 kg, total × 2,834,952,312,500.
        assert_eq!(expected.units(), u128::from(total) * 2_834_952_312_500);
        let by_rule = {
            let [lo, hi] = d.dosing.weight_range_kg;
            if expected.cmp_kg(lo).is_lt() || expected.cmp_kg(hi).is_gt() {
                None
            } else {
                d.kits
                    .iter()
                    .find(|k| expected.cmp_kg(k.max_kg).is_le())
                    .map(|k| k.ndc.to_string())
            }
        };
        for form in &forms {
            let got = lookup(&d, form, Unit::Kg)
                .ok()
                .map(|r| r.kit.ndc.to_string());
            assert_eq!(got, by_rule, "{form}");
        }
    }
}
