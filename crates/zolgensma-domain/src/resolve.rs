//! Kit resolution: a weight to the one kit of the table, plus what a biller
//! needs next.
//!
//! The rule (sources/facts.md, "weights between the printed bands"): the kit with
//! the smallest band upper limit that is greater than or equal to the
//! weight. Weights below the table's lowest or above its highest weight
//! resolve to nothing.

use crate::claim::ClaimLines;
use crate::decimal::{write_trimmed, Decimal, Sci};
use crate::dose::{capacity, exact_vector_genomes, hcpcs_units, vector_genomes};
use crate::model::{Data, Kit};
use crate::ndc::Ndc11;
use crate::weight::{Reading, Unit, Weight, WeightError};

/// Everything the result card shows for one weight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The weight it was resolved for.
    pub weight: Weight,
    /// The kit.
    pub kit: Kit,
    /// Position of the kit in the table (0-based).
    pub index: usize,
    /// The weight is not on the printed 0.1 kg grid, so the between-bands
    /// rule chose the kit.
    pub off_grid: bool,
    /// The weight lies in the gap between the previous band's upper limit
    /// and this band's printed lower limit (for example 3.04 kg).
    pub between_bands: bool,
    /// Kit capacity: the sum of its vials' fills.
    pub capacity_ml: Decimal,
    /// The patient's own dose volume, weight × mL/kg, in units of
    /// 10^-(14+3) mL: see [`Resolution::patient_dose_text`].
    patient_dose: u128,
    /// The patient's total vector genomes, 4 significant digits.
    pub vector_genomes: Sci,
    /// The 11-digit NDC.
    pub ndc11: Ndc11,
    /// The claim lines (CMS-1500 item 24A: `N471894012002 UN1`; 837 loop
    /// 2410).
    pub claim: ClaimLines,
    /// The HCPCS code to bill.
    pub hcpcs: String,
    /// Billing units of that code.
    pub hcpcs_units: u32,
}

impl Resolution {
    /// The patient's dose volume rounded half up to 0.01 mL, without
    /// trailing zeros (`16.72`, `39.6`, `22`): sources/facts.md, "Writing figures".
    pub fn patient_dose_text(&self) -> String {
        let mut s = String::new();
        let _ = write_trimmed(&mut s, self.patient_dose, Weight::SCALE + 3, 0, 2);
        s
    }

    /// The patient's exact dose volume compared with a volume in mL.
    pub fn patient_dose_exceeds(&self, ml: Decimal) -> bool {
        self.patient_dose > u128::from(ml.milli()) * 10u128.pow(u32::from(Weight::SCALE))
    }
}

/// Parses and resolves in one step: what the weight field does.
pub fn lookup(data: &Data, input: &str, unit: Unit) -> Result<Resolution, WeightError> {
    resolve_reading(data, input, Weight::read(input, unit)?)
}

/// The kit for what was typed (`input`, read as `reading`). A comma that
/// reads two ways resolves only when its decimal reading has a kit; when
/// only the thousands reading has one (`3,040 g`), nothing resolves and the
/// error offers that reading: the widget never guesses between them.
pub fn resolve_reading(
    data: &Data,
    input: &str,
    reading: Reading,
) -> Result<Resolution, WeightError> {
    let resolved = resolve(data, reading.weight);
    let (Err(WeightError::BelowRange { kg, min_kg }), Some(thousands)) =
        (&resolved, reading.thousands)
    else {
        return resolved;
    };
    if resolve(data, thousands).is_err() {
        return resolved;
    }
    let unit = reading.written.switch_unit();
    Err(WeightError::CommaTwoWays {
        typed: input.trim().to_string(),
        decimal: reading.weight.text_written(reading.written),
        decimal_kg: kg.clone(),
        min_kg: *min_kg,
        offer: format!("{} {}", thousands.text_in(unit), unit.symbol()),
    })
}

/// The kit for `weight`, or why there is none.
pub fn resolve(data: &Data, weight: Weight) -> Result<Resolution, WeightError> {
    let [min_kg, max_kg] = data.dosing.weight_range_kg;
    let kg = || weight.kg_exact_text();
    if weight.cmp_kg(min_kg).is_lt() {
        return Err(WeightError::BelowRange { kg: kg(), min_kg });
    }
    let Some(index) = data
        .kits
        .iter()
        .position(|k| weight.cmp_kg(k.max_kg).is_le())
    else {
        return Err(WeightError::AboveRange { kg: kg(), max_kg });
    };
    let kit = data.kits[index];
    let capacity_ml = capacity(data.dosing.vial_fills_ml, kit.vials);
    let [num, den] = data.dosing.ml_per_kg;
    // weight.units × num / den is the volume in 10^-14 mL; × 1000 keeps
    // the µL-exact ratio an integer. num is at most 10^12 and weights are
    // at most the table's top (below 10^6 kg), so this stays inside u128.
    let patient_dose = weight.units() * num * 1000 / den;
    let (vg_units, exp10) = exact_vector_genomes(&data.dosing, weight);
    let ndc11 = kit.ndc.to_11();
    let billing = &data.billing;
    let hcpcs_units = hcpcs_units(vg_units, exp10, billing.max_vg_per_unit);
    let claim = ClaimLines::new(billing, ndc11, hcpcs_units);
    Ok(Resolution {
        weight,
        kit,
        index,
        off_grid: !weight.on_tenth_kg_grid(),
        between_bands: weight.cmp_kg(kit.min_kg).is_lt(),
        capacity_ml,
        patient_dose,
        vector_genomes: vector_genomes(&data.dosing, weight),
        ndc11,
        claim,
        hcpcs: billing.hcpcs.clone(),
        hcpcs_units,
    })
}
