//! Each validation rule, broken once: the error names the row and the rule.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{raw_json, validate};
use serde_json::{json, Value};

/// Breaks the built-in data with `mutate` and expects an error whose place
/// contains `at` and whose rule contains `rule`.
fn check(mutate: impl FnOnce(&mut Value), at: &str, rule: &str) {
    let mut value = raw_json();
    mutate(&mut value);
    let errors = match validate(value) {
        Ok(_) => panic!("expected a violation at {at}: {rule}"),
        Err(e) => e,
    };
    assert!(
        errors
            .0
            .iter()
            .any(|e| e.at.contains(at) && e.rule.contains(rule)),
        "expected {at}: {rule}\ngot:\n{errors}"
    );
}

#[test]
fn built_in_data_is_valid() {
    let data = common::data();
    assert_eq!(data.kits.len(), 37);
    assert_eq!(data.codes.len(), 12);
}

#[test]
fn bands_must_be_contiguous_from_the_first_weight_to_the_last() {
    check(
        |v| v["kits"][3]["min_kg"] = json!("4.2"),
        "kits[3] (4.2–4.5 kg)",
        "contiguous at 0.1 kg",
    );
    check(
        |v| v["kits"][0]["min_kg"] = json!("2.5"),
        "kits[0]",
        "must start at 2.6 kg",
    );
    check(
        |v| v["kits"][36]["max_kg"] = json!("21.5"),
        "kits[36]",
        "must end at 21.0 kg",
    );
    check(
        |v| v["kits"][2]["max_kg"] = json!("3.55"),
        "kits[2]",
        "0.1 kg grid",
    );
    check(
        |v| v["kits"][2]["min_kg"] = json!("3,6"),
        "kits[2] (3,6–4.0 kg).min_kg",
        "not a plain decimal",
    );
    check(
        |v| v["kits"][5]["min_kg"] = json!("5.6"),
        "kits[5]",
        "contiguous",
    );
}

#[test]
fn dose_volume_is_upper_limit_times_5_5_rounded_half_up() {
    check(
        |v| v["kits"][1]["dose_ml"] = json!("19.2"),
        "kits[1] (3.1–3.5 kg)",
        "rounded half up to 0.1 mL (19.3 mL)",
    );
    check(
        |v| v["kits"][0]["dose_ml"] = json!("16.6"),
        "kits[0]",
        "(16.5 mL)",
    );
    check(
        |v| v["dosing"]["dose_vg_per_kg"] = json!("1.2e14"),
        "kits[0]",
        "× 6.0 mL/kg",
    );
}

#[test]
fn vials_sum_and_cover_the_dose() {
    check(
        |v| v["kits"][4]["vials"] = json!([1, 2]),
        "kits[4]",
        "do not sum to the total 4",
    );
    check(
        |v| v["kits"][4]["total_vials"] = json!(5),
        "kits[4]",
        "do not sum to the total 5",
    );
    check(
        |v| {
            v["kits"][6]["vials"] = json!([4, 0]);
            v["kits"][6]["total_vials"] = json!(4);
        },
        "kits[6]",
        "capacity 22.0 mL is less than the dose volume 33.0 mL",
    );
}

#[test]
fn ndc_package_and_product_codes() {
    check(
        |v| v["kits"][0]["ndc"] = json!("71894-120-03"),
        "kits[0]",
        "package code 3 must equal the number of vials 2",
    );
    check(
        |v| v["kits"][9]["ndc"] = json!("71894-130-05"),
        "kits[9]",
        "expected 129 after 128",
    );
    check(
        |v| v["kits"][9]["ndc"] = json!("71894-12905"),
        "kits[9] (7.1–7.5 kg).ndc",
        "not a 10-digit NDC",
    );
    check(
        |v| v["kits"][9]["ndc"] = json!("71895-129-05"),
        "kits[9]",
        "same NDC labeler",
    );
}

#[test]
fn codes_are_unique_and_well_formed() {
    check(
        |v| v["codes"][3]["code"] = json!("99221"),
        "codes[3] (99221)",
        "unique",
    );
    check(
        |v| v["codes"][0]["code"] = json!("J339"),
        "codes[0] (J339)",
        "well-formed hcpcs",
    );
    check(
        |v| v["codes"][1]["code"] = json!("9636"),
        "codes[1]",
        "well-formed cpt",
    );
    check(
        |v| v["codes"][8]["code"] = json!("G120"),
        "codes[8]",
        "well-formed icd10cm",
    );
    check(
        |v| v["codes"][8]["code"] = json!("g12.0"),
        "codes[8]",
        "well-formed icd10cm",
    );
    check(
        |v| v["codes"][2]["range"] = json!("99222-99223"),
        "codes[2]",
        "range",
    );
    check(
        |v| v["codes"][2]["set"] = json!("loinc"),
        "codes[2]",
        "not one of the listed code sets",
    );
    check(
        |v| v["codes"][9]["includes"][0] = json!(" "),
        "codes[9] (G12.1).includes[0]",
        "must not be empty",
    );
}

#[test]
fn code_sets_cite_their_source_and_date() {
    check(
        |v| v["code_sets"][0]["source"] = json!(9),
        "code_sets[0] (hcpcs)",
        "source 9 is not a reference",
    );
    check(
        |v| v["code_sets"][0]["as_of"] = json!("2024-11-28"),
        "code_sets[0]",
        "access date of reference 3",
    );
    check(
        |v| v["code_sets"][1]["as_of"] = json!("2022"),
        "code_sets[1]",
        "edition year named in reference 4",
    );
    check(
        |v| v["code_sets"][2]["as_of"] = json!("27/11/2024"),
        "code_sets[2] (icd10cm).as_of",
        "YYYY-MM-DD",
    );
    check(
        |v| v["code_sets"][2]["id"] = json!("cpt"),
        "code_sets[2]",
        "listed once",
    );
}

#[test]
fn billing_is_consistent() {
    check(
        |v| v["billing"]["hcpcs"] = json!("96365"),
        "billing.hcpcs",
        "HCPCS code",
    );
    check(
        |v| v["billing"]["max_vg_per_unit"] = json!("4e15"),
        "billing.max_vg_per_unit",
        "ceiling in the description",
    );
    check(
        |v| v["billing"]["claim_unit_qualifier"] = json!("unit"),
        "billing",
        "qualifiers",
    );
}

#[test]
fn texts_templates_and_contacts() {
    check(
        |v| v["dosing"]["text"] = json!("{dose} per {nonsense}"),
        "dosing.text",
        "unknown value {nonsense}",
    );
    check(
        |v| v["information"]["indication"] = json!(""),
        "information.indication",
        "must not be empty",
    );
    check(
        |v| v["information"]["tumor_report_phone"] = json!("call us"),
        "information.tumor_report_phone",
        "phone number",
    );
    check(
        |v| v["distribution"]["buy_and_bill"]["phone"] = Value::Null,
        "distribution.buy_and_bill.phone",
        "required",
    );
    check(
        |v| v["product"]["prescribing_information_url"] = json!("http://x"),
        "product.prescribing_information_url",
        "https",
    );
    check(
        |v| v["references"][1]["id"] = json!(7),
        "references[1]",
        "numbered 1, 2, 3",
    );
    check(|v| v["format"] = json!(2), "format", "reads format 1");
}

#[test]
fn code_set_releases_are_checked() {
    check(
        |v| v["code_sets"][0]["release"]["cadence"] = json!("monthly"),
        "code_sets[0] (hcpcs).release.cadence",
        "quarterly, fiscal-year or calendar-year",
    );
    check(
        |v| v["code_sets"][0]["release"]["from"] = json!("2024-11-01"),
        "code_sets[0] (hcpcs).release.from",
        "not the first day of a quarterly release",
    );
    check(
        |v| v["code_sets"][2]["release"]["from"] = json!("2025-01-01"),
        "code_sets[2] (icd10cm).release.from",
        "not the first day of a fiscal-year release",
    );
    // The guide accessed HCPCS on November 27, 2024: the October release.
    check(
        |v| v["code_sets"][0]["release"]["from"] = json!("2024-07-01"),
        "code_sets[0] (hcpcs).release",
        "in force when the list was current",
    );
    check(
        |v| v["code_sets"][1]["release"]["from"] = json!("2024-01-01"),
        "code_sets[1] (cpt).release",
        "in force when the list was current",
    );
    check(
        |v| v["codes"][0]["effective"] = json!("2020-07-32"),
        "codes[0] (J3399).effective",
        "not a date",
    );
}

#[test]
fn search_aliases_name_listed_codes() {
    check(
        |v| v["search_aliases"][0]["code"] = json!("J9999"),
        "search_aliases[0] (J9999)",
        "names a code that is not listed",
    );
    check(
        |v| v["search_aliases"][1]["terms"] = json!([]),
        "search_aliases[1] (G12.0)",
        "1 to 10 terms",
    );
    check(
        |v| v["search_aliases"][1]["terms"] = json!([" "]),
        "search_aliases[1] (G12.0).terms[0]",
        "must not be empty",
    );
}

#[test]
fn unknown_fields_are_refused_when_read() {
    let mut v = raw_json();
    v["kits"][0]["colour"] = json!("red");
    let raw: Result<zolgensma_domain::RawData, _> = serde_json::from_value(v);
    let err = raw.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("unknown field `colour`"), "{err}");
}

#[test]
fn all_violations_are_reported_together() {
    let mut v = raw_json();
    v["kits"][1]["dose_ml"] = json!("19.2");
    v["codes"][0]["code"] = json!("J339");
    let errors = validate(v).err().map(|e| e.0).unwrap_or_default();
    let places: Vec<&str> = errors.iter().map(|e| e.at.as_str()).collect();
    // J339 also leaves billing.hcpcs and J3399's search aliases pointing
    // at a code that is not listed.
    assert_eq!(
        places,
        [
            "kits[1] (3.1–3.5 kg)",
            "codes[0] (J339)",
            "billing.hcpcs",
            "search_aliases[0] (J3399)"
        ]
    );
}

#[test]
fn size_limits_refuse_huge_overrides_quickly() {
    check(
        |v| {
            let one = v["codes"][1].clone();
            v["codes"] = Value::Array(vec![one; 100_000]);
        },
        "codes",
        "lists 100000 items; at most 500 are allowed",
    );
    check(
        |v| v["codes"][1]["description"] = json!("x".repeat(1 << 20)),
        "codes[1] (96365).description",
        "longer than 4000 characters",
    );
    check(
        |v| v["codes"][9]["includes"] = json!(vec!["term"; 51]),
        "codes[9].includes",
        "at most 50",
    );
}

#[test]
fn a_hosts_codes_take_the_same_rules_as_the_data_file() {
    use zolgensma_domain::CodeData;
    let raw = raw_json();
    let builtin = common::data();
    // The override checked alone (what the embed does) and the whole data
    // file with the override written into it.
    let with = |codes: Value| {
        let mut file = raw.clone();
        for list in ["code_sets", "codes", "references"] {
            if let Some(items) = codes.get(list) {
                file[list] = items.clone();
            }
        }
        let codes: CodeData = serde_json::from_value(codes).unwrap();
        let fast = builtin.with_codes(codes).map_err(|e| e.to_string());
        let whole = validate(file).map_err(|e| e.to_string());
        (fast, whole)
    };
    let mut extra = raw["codes"].as_array().unwrap().clone();
    extra.push(
        json!({"set": "icd10cm", "code": "G12.25", "description": "Progressive muscular atrophy"}),
    );
    let (fast, whole) = with(json!({"code_sets": raw["code_sets"], "codes": extra}));
    assert_eq!(fast, whole, "a valid override: the same data either way");
    assert_eq!(fast.unwrap().codes.len(), 13);
    let mut twice = raw["codes"].as_array().unwrap().clone();
    twice.push(raw["codes"][0].clone());
    let (fast, whole) = with(json!({"code_sets": raw["code_sets"], "codes": twice}));
    assert_eq!(fast, whole);
    assert!(fast
        .unwrap_err()
        .contains("codes[12] (J3399): codes must be unique"));
    let mut bad = raw["codes"].as_array().unwrap().clone();
    bad[1]["code"] = json!("9636");
    bad[0]["description"] = json!("Injection, per treatment");
    let (fast, whole) = with(json!({"code_sets": raw["code_sets"], "codes": bad}));
    assert_eq!(fast, whole);
    let message = fast.unwrap_err();
    assert!(
        message.contains("“9636” is not a well-formed cpt code"),
        "{message}"
    );
    assert!(
        message.contains("must match the ceiling in the description of J3399"),
        "{message}"
    );
    // Without J3399 the kits could not be billed: refused either way.
    let without: Vec<Value> = raw["codes"].as_array().unwrap()[1..].to_vec();
    let (fast, _) = with(json!({"code_sets": raw["code_sets"], "codes": without}));
    assert!(fast
        .unwrap_err()
        .contains("J3399 must be an HCPCS code listed in codes"));
}

#[test]
fn products_not_covered_are_named_dated_and_templated() {
    let at = "not_covered[0] (ITVISMA)";
    check(
        |v| v["not_covered"][0]["terms"][0] = json!("ITVISMA"),
        &format!("{at}.terms[0]"),
        "lower case",
    );
    check(
        |v| v["not_covered"][0]["terms"] = json!([]),
        at,
        "must list 1 to 10 terms",
    );
    check(
        |v| v["not_covered"][0]["approved"] = json!("2025-11-31"),
        &format!("{at}.approved"),
        "YYYY-MM-DD",
    );
    check(
        |v| v["not_covered"][0]["scope"] = json!("The dosing of {nmae}."),
        &format!("{at}.scope"),
        "unknown value {nmae}",
    );
    check(
        |v| v["not_covered"][0]["route"] = json!(" "),
        &format!("{at}.route"),
        "must not be empty",
    );
}

#[test]
fn the_claims_unit_qualifier_is_one_of_the_unit_qualifiers() {
    check(
        |v| v["billing"]["unit_qualifiers"] = json!(["F2", "ML"]),
        "billing.unit_qualifiers",
        "must list the claim's unit qualifier UN",
    );
    check(
        |v| v["billing"]["unit_qualifiers"] = json!(["UN", "millilitre"]),
        "billing",
        "two capital letters or digits",
    );
}
