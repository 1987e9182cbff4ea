//! Dose arithmetic: kit capacity, the table's dose volume, vector genomes
//! and billing units, exactly (integers, never binary floating point).
//!
//! Validation checks the table with these rules and resolution applies
//! them to a patient's weight: one definition for both.

use crate::decimal::{round_half_up, write_trimmed, Decimal, Sci};
use crate::model::{Billing, Dosing};
use crate::weight::Weight;

/// What `vials` of each of the two `fills` hold together, in mL: a kit's
/// capacity.
pub fn capacity(fills: [Decimal; 2], vials: [u32; 2]) -> Decimal {
    Decimal::from_milli(
        fills[0].times(u64::from(vials[0])).milli() + fills[1].times(u64::from(vials[1])).milli(),
        fills[0].places().max(fills[1].places()),
    )
}

/// The table's dose volume for a band's upper limit: upper × mL/kg, rounded
/// half up to 0.1 mL, in thousandths of a mL.
pub fn table_dose_milli(max_kg: Decimal, [num, den]: [u128; 2]) -> u128 {
    // max_kg.milli × num / den is the volume in thousandths of a mL; work in
    // hundred-thousandths so rounding to tenths sees every digit that matters.
    let exact_e6 = u128::from(max_kg.milli()) * num * 1000 / den;
    round_half_up(exact_e6, 6, 1) * 100
}

/// The table's dose volume per kilogram as text (`5.5`).
pub fn ml_per_kg_text(dosing: &Dosing) -> String {
    let [num, den] = dosing.ml_per_kg;
    let mut s = String::new();
    let _ = write_trimmed(&mut s, num * 1000 / den, 3, 1, 3);
    s
}

/// The exact vector genomes for `weight` as `(units, exp10)`: the value
/// is `units × 10^exp10`.
pub(crate) fn exact_vector_genomes(dosing: &Dosing, weight: Weight) -> (u128, i32) {
    let dose = dosing.dose_vg_per_kg;
    // vg = kg × mantissa × 10^exp = units × milli × 10^(exp - 14 - 3).
    let units = weight.units() * u128::from(dose.mantissa.milli());
    (
        units,
        i32::from(dose.exponent) - i32::from(Weight::SCALE) - 3,
    )
}

/// Total vector genomes for `weight`, to 4 significant digits.
pub fn vector_genomes(dosing: &Dosing, weight: Weight) -> Sci {
    let (units, exp10) = exact_vector_genomes(dosing, weight);
    Sci::from_units(units, exp10, 4).unwrap_or(dosing.dose_vg_per_kg)
}

/// Units of the HCPCS code billed for a patient of `kg`.
pub fn hcpcs_units_for_kg(dosing: &Dosing, billing: &Billing, kg: Decimal) -> u32 {
    let (units, exp10) = exact_vector_genomes(dosing, Weight::from_kg(kg));
    hcpcs_units(units, exp10, billing.max_vg_per_unit)
}

/// Units of the HCPCS code: the vector genomes divided by the per-unit
/// ceiling, rounded up.
pub(crate) fn hcpcs_units(vg_units: u128, exp10: i32, ceiling: Sci) -> u32 {
    // Compare vg_units × 10^exp10 with k × milli × 10^(exp - 3) on a
    // common power of ten.
    let ceiling_exp = i32::from(ceiling.exponent) - 3;
    let ceiling_units = u128::from(ceiling.mantissa.milli());
    let (vg, cap) = if exp10 >= ceiling_exp {
        (
            vg_units * 10u128.pow((exp10 - ceiling_exp) as u32),
            ceiling_units,
        )
    } else {
        (
            vg_units,
            ceiling_units * 10u128.pow((ceiling_exp - exp10) as u32),
        )
    };
    u32::try_from(vg.div_ceil(cap)).unwrap_or(u32::MAX)
}
