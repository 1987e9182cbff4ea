//! What the result card and the kit panel's status line say, as text.
//!
//! Pure, so every sentence the card shows is tested natively
//! (`tests/card.rs`); the view only places these strings in elements.

use crate::claim::ClaimLines;
use crate::model::Data;
use crate::resolve::{resolve_reading, Resolution};
use crate::weight::{Unit, Weight, WeightError, Written};

/// What the resolver shows for the current input.
pub type Outcome = Result<Resolution, WeightError>;

/// Reads what was typed in the weight field with `unit` selected: the
/// outcome, and how the weight was written (the units typed, else `unit`),
/// which the card's title echoes and the unit switch follows.
pub fn read(data: &Data, typed: &str, unit: Unit) -> (Outcome, Written) {
    match Weight::read(typed, unit) {
        Ok(reading) => (resolve_reading(data, typed, reading), reading.written),
        Err(e) => (Err(e), Written::In(unit)),
    }
}

/// Every text of the result card for one resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText {
    /// `Kit for 3.04 kg`, or `Kit for 7 lb 4 oz (≈ 3.289 kg)`.
    pub title: String,
    /// Why this kit, when the weight falls between two printed bands: one
    /// sentence with the numbers. `None` on the grid or inside a band.
    pub between: Option<String>,
    /// The 10-digit NDC as printed.
    pub ndc10: String,
    /// Every claim line.
    pub claim: ClaimLines,
    /// LIN02 and LIN03 named: `LIN02 N4 · LIN03 71894012103`.
    pub lin_elements: String,
    /// CTP04 and CTP05-01 named: `CTP04 1 · CTP05-01 UN`.
    pub ctp_elements: String,
    /// `J3399 × 1 unit`.
    pub hcpcs: String,
    /// `3.1 – 3.5 kg`.
    pub band: String,
    /// `2 × 5.5 mL + 1 × 8.3 mL = 3 vials`.
    pub vials: String,
    /// The table's dose volume, as the guide prints it: `19.3 mL`.
    pub dose: String,
    /// What the kit's vials hold: `19.3 mL`, `83 mL`.
    pub capacity: String,
    /// The patient's own dose volume: `16.72 mL`.
    pub patient_dose: String,
    /// How that volume is found: ` (3.04 kg × 5.5 mL/kg)`.
    pub patient_dose_how: String,
    /// Total vector genomes: the digits before `× 10`.
    pub vg_mantissa: String,
    /// Total vector genomes: the power of ten.
    pub vg_exponent: u8,
    /// Total vector genomes as plain text, for the clipboard:
    /// `3.344 × 10^14 vg`.
    pub vg_text: String,
}

impl CardText {
    /// The card for `r`, the weight having been written as `written`.
    pub fn new(data: &Data, r: &Resolution, written: Written) -> CardText {
        let (kg, exact) = r.weight.kg_text();
        let title = match written {
            Written::In(Unit::Kg) => format!("Kit for {kg} kg"),
            other => format!(
                "Kit for {} ({} {kg} kg)",
                r.weight.text_written(other),
                if exact { "=" } else { "≈" }
            ),
        };
        let kit = r.kit;
        let fills = data.dosing.vial_fills_ml;
        let patient_dose = r.patient_dose_text();
        let previous = r.index.checked_sub(1).and_then(|i| data.kits.get(i));
        let between = match previous {
            Some(p) if r.off_grid && r.between_bands => Some(format!(
                "{kg} kg is between the printed bands {}–{} and {}–{}: the {}–{} kg kit holds {} mL, which covers {patient_dose} mL.",
                p.min_kg,
                p.max_kg,
                kit.min_kg,
                kit.max_kg,
                kit.min_kg,
                kit.max_kg,
                r.capacity_ml.trimmed()
            )),
            _ => None,
        };
        let billing = &data.billing;
        let units = r.hcpcs_units;
        let vg = r.vector_genomes;
        CardText {
            title,
            between,
            ndc10: kit.ndc.to_string(),
            lin_elements: format!(
                "LIN02 {} · LIN03 {}",
                billing.claim_ndc_qualifier, r.claim.ndc11_bare
            ),
            ctp_elements: format!(
                "CTP04 {} · CTP05-01 {}",
                billing.claim_quantity, billing.claim_unit_qualifier
            ),
            claim: r.claim.clone(),
            hcpcs: format!(
                "{} × {units} unit{}",
                r.hcpcs,
                if units == 1 { "" } else { "s" }
            ),
            band: format!("{} – {} kg", kit.min_kg, kit.max_kg),
            vials: format!(
                "{} × {} mL + {} × {} mL = {} vials",
                kit.vials[0], fills[0], kit.vials[1], fills[1], kit.total_vials
            ),
            dose: format!("{} mL", kit.dose_ml),
            capacity: format!("{} mL", r.capacity_ml.trimmed()),
            patient_dose_how: format!(
                " ({kg} kg × {} mL/kg)",
                crate::dose::ml_per_kg_text(&data.dosing)
            ),
            patient_dose: format!("{patient_dose} mL"),
            vg_mantissa: vg.mantissa_text(),
            vg_exponent: vg.exponent,
            vg_text: format!("{} vg", vg.to_string_trimmed()),
        }
    }
}

/// What the kit panel's polite status region says for `outcome`.
pub fn announcement(outcome: &Outcome) -> String {
    match outcome {
        Ok(r) => format!("Kit {} for {} kg.", r.kit.ndc, r.weight.kg_text().0),
        Err(WeightError::Empty) => String::new(),
        Err(e) => e.to_string(),
    }
}

/// What the code search's live region says for `count` matches of `query`
/// (and whether the query is a kit's NDC, or names a product this
/// reference does not cover, `not_covered`).
pub fn count_text(count: usize, query: &str, kit: bool, not_covered: Option<&str>) -> String {
    match (count, kit, not_covered) {
        (0, true, _) => "1 kit: the NDC names a kit, not a code.".to_string(),
        (0, false, Some(name)) => format!("No codes: {name} is not covered by this reference."),
        (0, false, None) => format!("No codes match “{}”.", query.trim()),
        (1, _, _) => "1 code".to_string(),
        (n, _, _) => format!("{n} codes"),
    }
}

/// What the code search shows when the query is a kit's NDC.
pub fn kit_match_text(data: &Data, index: usize) -> Option<String> {
    let kit = data.kits.get(index)?;
    let fills = data.dosing.vial_fills_ml;
    Some(format!(
        "{} is the kit for {}–{} kg: {} × {} mL + {} × {} mL = {} vials. 11-digit NDC {} ({}).",
        kit.ndc,
        kit.min_kg,
        kit.max_kg,
        kit.vials[0],
        fills[0],
        kit.vials[1],
        fills[1],
        kit.total_vials,
        kit.ndc.to_11(),
        kit.ndc.to_11().bare()
    ))
}
