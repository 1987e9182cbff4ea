//! The claim check: every finding it can give, each with a paste that
//! triggers it and one that must not, against real-looking claim text.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use zolgensma_domain::claim_check::{announcement, check_claim, Finding, Severity, MAX_CHARS};
use zolgensma_domain::{lookup, Unit};

/// The findings for `pasted` with `weight` (kg) typed, or none.
fn findings(weight: Option<&str>, pasted: &str) -> Vec<Finding> {
    let data = common::data();
    let resolution = weight.map(|w| lookup(&data, w, Unit::Kg).unwrap());
    check_claim(&data, pasted, resolution.as_ref())
}

/// The finding of `severity` whose message contains `says`, if any.
fn find<'a>(all: &'a [Finding], severity: Severity, says: &str) -> Option<&'a Finding> {
    all.iter()
        .find(|f| f.severity == severity && f.message.contains(says))
}

/// `pasted` gives a finding of `severity` saying `says`, with `fix`;
/// `clean` gives none of that severity saying it.
fn check(
    weight: Option<&str>,
    pasted: &str,
    severity: Severity,
    says: &str,
    fix: Option<&str>,
    clean: &str,
) {
    let all = findings(weight, pasted);
    let found = find(&all, severity, says)
        .unwrap_or_else(|| panic!("{pasted:?}: no {severity:?} saying {says:?} in {all:#?}"));
    assert_eq!(found.fix.as_deref(), fix, "{pasted:?}: the fix");
    let other = findings(weight, clean);
    assert!(
        find(&other, severity, says).is_none(),
        "{clean:?} must not say {says:?}: {other:#?}"
    );
}

const W: Option<&str> = Some("3.2");

#[test]
fn ndcs_that_are_not_a_kit() {
    check(
        W,
        "00078-0123-45",
        Severity::Error,
        "is not a ZOLGENSMA NDC: every kit's NDC starts with 71894",
        Some("71894012103"),
        "71894-121-03",
    );
    check(
        None,
        "71894-157-15",
        Severity::Error,
        "is not one of the guide's 37 kits (71894-120-02 to 71894-156-14)",
        None,
        "71894-156-14",
    );
    check(
        W,
        "LIN**N4*71894015799~",
        Severity::Error,
        "is not one of the guide's 37 kits",
        Some("LIN**N4*71894012103~"),
        "LIN**N4*71894012103~",
    );
}

#[test]
fn an_ndc_of_another_kit_than_the_weights_names_both() {
    check(
        Some("7.2"),
        "N471894012103 UN1",
        Severity::Error,
        "71894012103 is the 3.1–3.5 kg kit (71894-121-03); for 7.2 kg the kit is the 7.1–7.5 kg kit (71894-129-05)",
        Some("N471894012905 UN1"),
        "N471894012905 UN1",
    );
    check(
        Some("7.2"),
        "71894-121-03",
        Severity::Error,
        "for 7.2 kg the kit is",
        Some("71894012905"),
        "71894-129-05",
    );
}

#[test]
fn ten_digits_and_zeros_in_the_wrong_segment() {
    check(
        W,
        "71894-121-03",
        Severity::Warning,
        "is the 10-digit NDC of the 3.1–3.5 kg kit",
        Some("71894012103"),
        "71894012103",
    );
    check(
        W,
        "7189412103",
        Severity::Warning,
        "10-digit NDC",
        Some("71894012103"),
        "71894012103",
    );
    check(
        W,
        "LIN**N4*7189412103~",
        Severity::Warning,
        "10-digit NDC",
        Some("LIN**N4*71894012103~"),
        "LIN**N4*71894012103~",
    );
    check(
        W,
        "71894121003",
        Severity::Warning,
        "added zero in the wrong segment",
        Some("71894012103"),
        "71894012103",
    );
    check(
        W,
        "N4718941210 03 UN1",
        Severity::Note,
        "Nothing here",
        None,
        "N471894012103 UN1",
    );
    check(
        W,
        "N471894-0121-03 UN1",
        Severity::Warning,
        "without hyphens",
        Some("N471894012103 UN1"),
        "71894-0121-03",
    );
}

#[test]
fn the_n4_qualifier() {
    check(
        W,
        "71894012103 UN1",
        Severity::Warning,
        "has no qualifier: item 24A starts with N4",
        Some("N471894012103 UN1"),
        "N471894012103 UN1",
    );
    check(
        W,
        "N571894012103 UN1",
        Severity::Error,
        "starts with N5: the qualifier of an 11-digit NDC is N4",
        Some("N471894012103 UN1"),
        "N4 71894012103 UN 1",
    );
    check(
        W,
        "LIN**N5*71894012103~",
        Severity::Error,
        "LIN02 is “N5”",
        Some("LIN**N4*71894012103~"),
        "LIN**N4*71894012103~",
    );
    check(
        W,
        "LIN***71894012103~",
        Severity::Error,
        "LIN02 is empty",
        Some("LIN**N4*71894012103~"),
        "LIN**N4*71894012103~",
    );
}

#[test]
fn unit_qualifiers_and_quantities() {
    check(
        W,
        "N471894012103 ML5.5",
        Severity::Warning,
        "item 24A: the kit is counted in UN (units), not ML",
        Some("N471894012103 UN1"),
        "N471894012103 UN1",
    );
    check(
        W,
        "N471894012103 XX1",
        Severity::Error,
        "“XX” is not a unit-of-measure qualifier (F2, GR, ME, ML, UN)",
        Some("N471894012103 UN1"),
        "N471894012103 UN1",
    );
    check(
        W,
        "N471894012103 UN2",
        Severity::Warning,
        "item 24A: the quantity is 2; one claim line is 1 kit (UN1)",
        Some("N471894012103 UN1"),
        "N471894012103 UN1.000",
    );
    check(
        W,
        "N471894012103",
        Severity::Warning,
        "after the NDC come a space, the unit qualifier and the quantity",
        Some("N471894012103 UN1"),
        "N471894012103 UN1",
    );
    check(
        W,
        "CTP****2*UN~",
        Severity::Warning,
        "CTP: the quantity is 2",
        Some("CTP****1*UN~"),
        "CTP****1*UN~",
    );
    check(
        W,
        "CTP****5.5*ML~",
        Severity::Warning,
        "CTP: the kit is counted in UN (units), not ML",
        Some("CTP****1*UN~"),
        "CTP****1*UN~",
    );
}

#[test]
fn hcpcs_codes_and_units() {
    check(
        W,
        "J3399 2",
        Severity::Warning,
        "J3399 is billed as 1 unit per treatment, not 2",
        Some("J3399 1"),
        "J3399 A 2125000.00 1",
    );
    check(
        W,
        "SV1*HC:J3399*2125000*UN*2~",
        Severity::Warning,
        "not 2",
        Some("SV1*HC:J3399*2125000*UN*1~"),
        "SV1*HC:J3399*2125000*UN*1~",
    );
    check(
        W,
        "SV2*0636*HC:J3399*2125000*UN*3~",
        Severity::Warning,
        "not 3",
        Some("SV2*0636*HC:J3399*2125000*UN*1~"),
        "SV2*0636*HC:J3399*2125000*UN*1~",
    );
    check(
        W,
        "SV1*HC:J3399*2125000*MJ*1~",
        Severity::Warning,
        "J3399 is billed in UN (units), not “MJ”",
        Some("SV1*HC:J3399*2125000*UN*1~"),
        "SV1*HC:J3399*2125000*UN*1~",
    );
    check(
        W,
        "J3590",
        Severity::Warning,
        "J3590 is not the guide's HCPCS code for ZOLGENSMA: the drug line bills J3399",
        Some("J3399"),
        "J3399",
    );
    check(
        W,
        "SV1*HC:C9399*2125000*UN*1~",
        Severity::Warning,
        "C9399 is not the guide's HCPCS code",
        Some("SV1*HC:J3399*2125000*UN*1~"),
        "SV1*HC:J3399*2125000*UN*1~",
    );
    check(
        W,
        "SV1*ZZ:J3399*2125000*UN*1~",
        Severity::Warning,
        "SV101-01 is “ZZ”: HCPCS and CPT codes take the qualifier HC",
        Some("SV1*HC:J3399*2125000*UN*1~"),
        "SV1*HC:J3399*2125000*UN*1~",
    );
}

#[test]
fn before_july_1_2020_there_was_no_j3399_and_no_code_is_named() {
    let early = "SV1*HC:J3399*2125000*UN*1~DTP*472*D8*20200315~";
    check(
        W,
        early,
        Severity::Error,
        "J3399 took effect July 1, 2020: on March 15, 2020, the service date, there was no J3399",
        None,
        "SV1*HC:J3399*2125000*UN*1~DTP*472*D8*20200701~",
    );
    let other = "SV1*HC:J3590*2125000*UN*1~DTP*472*RD8*20200315-20200316~";
    check(W, other, Severity::Note, "J3590: on March 15, 2020 there was no J3399 (it took effect July 1, 2020); this reference names no code for that date", None, "SV1*HC:J3590*2125000*UN*1~");
    // No other code is suggested for that date.
    let all = findings(W, other);
    assert!(all.iter().all(|f| f.fix.is_none()), "{all:#?}");
}

#[test]
fn diagnosis_codes_outside_the_guide_and_their_dot() {
    check(
        W,
        "G12.21",
        Severity::Note,
        "G12.21 is not among the guide's ICD-10-CM codes (G12.0, G12.1, G12.8, G12.9)",
        None,
        "G12.1",
    );
    check(
        W,
        "G1221",
        Severity::Note,
        "G1221 is not among the guide's ICD-10-CM codes",
        None,
        "G121",
    );
    check(
        W,
        "HI*ABK:G1221~",
        Severity::Note,
        "not among the guide's",
        None,
        "HI*ABK:G120~",
    );
    check(W, "G120", Severity::Note, "G120 is G12.0: write G12.0 on paper (CMS-1500 item 21) and in lists, G120 in an 837 HI segment", None, "G12.0");
    check(
        W,
        "HI*ABK:G12.0*ABF:G121~",
        Severity::Warning,
        "without the dot: G120, not G12.0",
        Some("HI*ABK:G120*ABF:G121~"),
        "HI*ABK:G120*ABF:G121~",
    );
    // Never "invalid": a code the guide does not list may be right for
    // another diagnosis.
    for f in findings(W, "G12.21 G1221 HI*ABK:M62.81~") {
        assert!(!f.message.to_lowercase().contains("invalid"), "{f:?}");
    }
}

#[test]
fn malformed_loop_2410_segments() {
    check(
        W,
        "LIN**N4~",
        Severity::Error,
        "has no NDC: loop 2410's LIN needs LIN02 = N4 and LIN03 = the 11-digit NDC",
        Some("LIN**N4*71894012103~"),
        "LIN**N4*71894012103~",
    );
    check(
        W,
        "LIN**N4*ABC~",
        Severity::Error,
        "LIN03 “ABC” is not an NDC",
        Some("LIN**N4*71894012103~"),
        "LIN**N4*71894012103~",
    );
    check(
        W,
        "CTP*****UN~",
        Severity::Error,
        "CTP04 (the quantity) is missing",
        Some("CTP****1*UN~"),
        "CTP****1*UN~",
    );
    check(
        W,
        "CTP****one*UN~",
        Severity::Error,
        "CTP04 “one” is not a number",
        Some("CTP****1*UN~"),
        "CTP****1*UN~",
    );
    check(
        W,
        "CTP****1~",
        Severity::Error,
        "CTP05-01 (the unit of measure) is missing",
        Some("CTP****1*UN~"),
        "CTP****1*UN:1~",
    );
    check(
        W,
        "CTP****1*XX~",
        Severity::Error,
        "CTP: “XX” is not a unit-of-measure qualifier",
        Some("CTP****1*UN~"),
        "CTP****1*UN~",
    );
}

#[test]
fn itvisma_is_named_as_not_covered() {
    for pasted in [
        "itvisma",
        "ITVISMA 1 kit",
        "brve",
        "onasemnogene abeparvovec-brve",
        "Intrathecal injection",
    ] {
        let all = findings(None, pasted);
        let note = find(&all, Severity::Note, "ITVISMA (onasemnogene abeparvovec-brve) is a different product: intrathecal, fixed dose, for patients 2 years of age and older (FDA approval November 24, 2025).")
            .unwrap_or_else(|| panic!("{pasted}: {all:#?}"));
        assert!(note
            .message
            .contains("This reference does not give the dosing or codes of ITVISMA."));
        assert_eq!(note.fix, None, "no code is named for it");
    }
    for pasted in ["onasemnogene abeparvovec-xioi", "intravenous", "zolgensma"] {
        let all = findings(None, pasted);
        assert!(
            find(&all, Severity::Note, "ITVISMA").is_none(),
            "{pasted}: {all:#?}"
        );
    }
}

#[test]
fn a_claim_that_matches_says_so_and_what_was_checked() {
    let paper = "N471894012103 UN1\nJ3399 A 2125000 00 1\nG12.0";
    let all = findings(W, paper);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].severity, Severity::Correct);
    assert_eq!(
        all[0].message,
        "Nothing to correct. Checked: NDC 71894012103 (3.1–3.5 kg kit, the kit for 3.2 kg); UN1 (item 24A); J3399, 1 unit; G12.0."
    );
    let electronic = "LIN**N4*71894012103~CTP****1*UN~SV1*HC:J3399*2125000*UN*1~HI*ABK:G120~";
    let all = findings(W, electronic);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        all[0].message,
        "Nothing to correct. Checked: NDC 71894012103 (3.1–3.5 kg kit, the kit for 3.2 kg); LIN02 N4; UN1 (CTP); J3399, 1 unit; G12.0 (HI G120)."
    );
    // The same claim with an error does not say so.
    let all = findings(Some("7.2"), electronic);
    assert!(find(&all, Severity::Correct, "Nothing to correct").is_none());
}

#[test]
fn the_most_serious_come_first() {
    let all = findings(W, "G120\nJ3590\n00078-0123-45\nN471894012103 UN2");
    let order: Vec<Severity> = all.iter().map(|f| f.severity).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    assert_eq!(order.first(), Some(&Severity::Error));
}

#[test]
fn without_a_weight_it_asks_for_one_and_without_anything_to_check_it_says_so() {
    check(
        None,
        "71894012103",
        Severity::Note,
        "No weight is typed above",
        None,
        "J3399 1",
    );
    check(W, "hello, world", Severity::Note, "Nothing here to check: paste NDCs, codes or claim lines (N471894012002 UN1, J3399, 837 LIN and CTP, SV1, SV2, HI)", None, "J3399");
    assert!(
        findings(W, "  \n ").is_empty(),
        "an empty field says nothing"
    );
    let long = "x".repeat(MAX_CHARS + 1);
    check(
        W,
        &long,
        Severity::Error,
        "Too long to check: paste at most 20,000 characters",
        None,
        "x",
    );
}

#[test]
fn full_width_digits_and_dashes_read_as_written_ascii() {
    let all = findings(W, "Ｎ４７１８９４０１２１０３　ＵＮ１");
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].severity, Severity::Correct);
    check(
        W,
        "71894–121–03",
        Severity::Warning,
        "10-digit NDC",
        Some("71894012103"),
        "71894012103",
    );
}

#[test]
fn the_announcement_counts_each_kind_once() {
    let f = |severity| Finding {
        severity,
        message: "m".into(),
        fix: None,
    };
    use Severity::*;
    assert_eq!(announcement(&[]), "");
    assert_eq!(
        announcement(&[f(Error), f(Warning), f(Warning), f(Note)]),
        "Claim check: 1 error, 2 fixes, 1 note. The list follows the field."
    );
    assert_eq!(
        announcement(&[f(Note)]),
        "Claim check: 1 note, nothing to correct."
    );
    assert_eq!(
        announcement(&findings(W, "N471894012103 UN1")),
        "Claim check: Nothing to correct. Checked: NDC 71894012103 (3.1–3.5 kg kit, the kit for 3.2 kg); UN1 (item 24A)."
    );
}

#[test]
fn the_readmes_three_examples() {
    let w = Some("7.2");
    let messages = |pasted: &str| -> Vec<(Severity, String, Option<String>)> {
        findings(w, pasted)
            .into_iter()
            .map(|f| (f.severity, f.message, f.fix))
            .collect()
    };
    assert_eq!(
        messages("N471894012103 UN1"),
        [(
            Severity::Error,
            "71894012103 is the 3.1–3.5 kg kit (71894-121-03); for 7.2 kg the kit is the 7.1–7.5 kg kit (71894-129-05).".to_string(),
            Some("N471894012905 UN1".to_string())
        )]
    );
    assert_eq!(
        messages("LIN**N4*7189412905~CTP****5.5*ML~SV1*HC:J3399*2125000*UN*2~"),
        [
            (
                Severity::Warning,
                "7189412905 is the 10-digit NDC of the 7.1–7.5 kg kit: claims need the 11-digit NDC, 5-4-2, without hyphens.".to_string(),
                Some("LIN**N4*71894012905~".to_string())
            ),
            (
                Severity::Warning,
                "CTP: the kit is counted in UN (units), not ML.".to_string(),
                Some("CTP****1*UN~".to_string())
            ),
            (
                Severity::Warning,
                "J3399 is billed as 1 unit per treatment, not 2: every kit is 1 unit.".to_string(),
                Some("SV1*HC:J3399*2125000*UN*1~".to_string())
            ),
        ]
    );
    assert_eq!(
        messages("N471894012905 UN1\nJ3399 1\nHI*ABK:G120~"),
        [(
            Severity::Correct,
            "Nothing to correct. Checked: NDC 71894012905 (7.1–7.5 kg kit, the kit for 7.2 kg); UN1 (item 24A); J3399, 1 unit; G12.0 (HI G120).".to_string(),
            None
        )]
    );
}
