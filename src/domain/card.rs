//! What the result card and the kit panel's status line say, as text.
//!
//! Pure, so every sentence the card shows is tested natively
//! (`tests/card.rs`); the view only places these strings in elements.

use super::data::Data;
use super::resolve::{resolve, Resolution};
use super::weight::{Unit, Weight, WeightError};

/// What the resolver shows for the current input.
pub type Outcome = Result<Resolution, WeightError>;

/// Reads what was typed in the weight field with `unit` selected: the
/// outcome, and the unit the weight was typed in (written in the text,
/// else `unit`), which the card's title echoes.
pub fn read(data: &Data, typed: &str, unit: Unit) -> (Outcome, Unit) {
    match Weight::parse_with_unit(typed, unit) {
        Ok((weight, entered)) => (resolve(data, weight), entered),
        Err(e) => (Err(e), unit),
    }
}

/// Every text of the result card for one resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardText {
    /// `Kit for 3.04 kg`, or `Kit for 7.05 lb (≈ 3.198 kg)`.
    pub title: String,
    /// Why this kit when the weight is off the printed grid (the rule and
    /// the volume check), else `None`.
    pub between: Option<String>,
    /// `3.1 – 3.5 kg`.
    pub band: String,
    /// `2 × 5.5 mL + 1 × 8.3 mL = 3 vials`.
    pub vials: String,
    /// The table's dose volume: `19.3 mL`.
    pub dose: String,
    /// What the kit's vials hold: `19.3 mL`.
    pub capacity: String,
    /// The patient's own dose volume: `16.72 mL`.
    pub patient_dose: String,
    /// How that volume is found: ` (3.04 kg × 5.5 mL/kg)`.
    pub patient_dose_how: String,
    /// Total vector genomes: the digits before `× 10`.
    pub vg_mantissa: String,
    /// Total vector genomes: the power of ten.
    pub vg_exponent: u8,
    /// The 10-digit NDC as printed.
    pub ndc10: String,
    /// The 11-digit NDC, hyphenated.
    pub ndc11: String,
    /// The 11-digit NDC without hyphens.
    pub ndc11_bare: String,
    /// The CMS-1500 item 24A string.
    pub claim: String,
    /// `J3399 × 1 unit`.
    pub hcpcs: String,
}

impl CardText {
    /// The card for `r`, the weight having been typed in `entered` (the
    /// unit written in the text, else the selected one).
    pub fn new(data: &Data, r: &Resolution, entered: Unit) -> CardText {
        let (kg, exact) = r.weight.kg_text();
        let title = match entered {
            Unit::Kg => format!("Kit for {kg} kg"),
            other => format!(
                "Kit for {} {} ({} {kg} kg)",
                r.weight.text_in(other),
                other.symbol(),
                if exact { "=" } else { "≈" }
            ),
        };
        let kit = r.kit;
        let fills = data.dosing.vial_fills_ml;
        let patient_dose = r.patient_dose_text();
        let between = r.off_grid.then(|| {
            let previous = r.index.checked_sub(1).and_then(|i| data.kits.get(i));
            let place = if !r.between_bands {
                format!(
                    "{kg} kg is not on the guide's 0.1 kg grid; it lies inside the printed band {}–{} kg.",
                    kit.min_kg, kit.max_kg
                )
            } else if let Some(p) = previous {
                format!(
                    "{kg} kg falls between the printed bands {}–{} kg and {}–{} kg.",
                    p.min_kg, p.max_kg, kit.min_kg, kit.max_kg
                )
            } else {
                format!("{kg} kg is not printed in the table.")
            };
            format!(
                "{place} {} {kg} kg needs {patient_dose} mL; this kit holds {} mL.",
                data.facts.between_bands, r.capacity_ml
            )
        });
        let units = r.hcpcs_units;
        CardText {
            title,
            between,
            band: format!("{} – {} kg", kit.min_kg, kit.max_kg),
            vials: format!(
                "{} × {} mL + {} × {} mL = {} vials",
                kit.vials[0], fills[0], kit.vials[1], fills[1], kit.total_vials
            ),
            dose: format!("{} mL", kit.dose_ml),
            capacity: format!("{} mL", r.capacity_ml),
            patient_dose_how: format!(" ({kg} kg × {} mL/kg)", data.ml_per_kg_text()),
            patient_dose: format!("{patient_dose} mL"),
            vg_mantissa: r.vector_genomes.mantissa_text(),
            vg_exponent: r.vector_genomes.exponent,
            ndc10: kit.ndc.to_string(),
            ndc11: r.ndc11.to_string(),
            ndc11_bare: r.ndc11.bare(),
            claim: r.claim.clone(),
            hcpcs: format!(
                "{} × {units} unit{}",
                r.hcpcs,
                if units == 1 { "" } else { "s" }
            ),
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

/// What the code search's live region says for `count` matches of `query`.
pub fn count_text(count: usize, query: &str) -> String {
    match count {
        0 => format!("No codes match “{}”.", query.trim()),
        1 => "1 code".to_string(),
        n => format!("{n} codes"),
    }
}
