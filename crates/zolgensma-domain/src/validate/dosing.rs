//! Dose constants and the kit table: every band contiguous on the 0.1 kg
//! grid, every dose volume the guide's rule, every kit holding its dose.

use super::checker::Checker;
use crate::decimal::Decimal;
use crate::dose::{capacity, ml_per_kg_text, table_dose_milli};
use crate::model::{Dosing, Kit};
use crate::ndc::Ndc10;
use crate::raw::{RawDosing, RawKit};

pub(super) fn check_dosing(c: &mut Checker, raw: &RawDosing) -> Option<Dosing> {
    let dose = c.sci("dosing.dose_vg_per_kg", &raw.dose_vg_per_kg);
    let conc = c.sci(
        "dosing.concentration_vg_per_ml",
        &raw.concentration_vg_per_ml,
    );
    let fill0 = c.decimal("dosing.vial_fills_ml[0]", &raw.vial_fills_ml[0]);
    let fill1 = c.decimal("dosing.vial_fills_ml[1]", &raw.vial_fills_ml[1]);
    let lo = c.decimal("dosing.weight_range_kg[0]", &raw.weight_range_kg[0]);
    let hi = c.decimal("dosing.weight_range_kg[1]", &raw.weight_range_kg[1]);
    let (dose, conc, fill0, fill1, lo, hi) = (dose?, conc?, fill0?, fill1?, lo?, hi?);
    if fill0.milli() == 0 || fill1.milli() == 0 || fill0 >= fill1 {
        c.fail(
            "dosing.vial_fills_ml",
            "must be two positive fills, smaller first",
        );
    }
    if lo.milli() == 0 || lo >= hi {
        c.fail(
            "dosing.weight_range_kg",
            "must be a positive lowest weight below the highest",
        );
    }
    if raw.max_age_months == 0 || raw.max_age_months > 240 {
        c.fail("dosing.max_age_months", "must be between 1 and 240");
    }
    // mL per kg = (dose vg/kg) / (concentration vg/mL), as an exact fraction.
    let Some(shift) = dose.exponent.checked_sub(conc.exponent).filter(|s| *s <= 6) else {
        c.fail(
            "dosing",
            "the dose's power of ten must be 0 to 6 above the concentration's",
        );
        return None;
    };
    let num = u128::from(dose.mantissa.milli()) * 10u128.pow(u32::from(shift));
    let den = u128::from(conc.mantissa.milli());
    if (num * 1000) % den != 0 {
        c.fail(
            "dosing",
            "dose ÷ concentration must be a whole number of µL per kg",
        );
    }
    Some(Dosing {
        dose_vg_per_kg: dose,
        concentration_vg_per_ml: conc,
        vial_fills_ml: [fill0, fill1],
        weight_range_kg: [lo, hi],
        max_age_months: raw.max_age_months,
        ml_per_kg: [num, den],
        text: raw.text.clone(),
        kit_text: raw.kit_text.clone(),
        footnotes: raw.footnotes.clone(),
    })
}

pub(super) fn check_kits(c: &mut Checker, raw: &[RawKit], d: &Dosing) -> Vec<Kit> {
    let tenth = Decimal::from_milli(100, 1);
    let mut kits: Vec<Kit> = Vec::with_capacity(raw.len());
    if raw.is_empty() {
        c.fail("kits", "must list at least one kit");
    }
    for (i, r) in raw.iter().enumerate() {
        let at = format!("kits[{i}] ({}–{} kg)", r.min_kg, r.max_kg);
        let min = c.decimal(&format!("{at}.min_kg"), &r.min_kg);
        let max = c.decimal(&format!("{at}.max_kg"), &r.max_kg);
        let dose = c.decimal(&format!("{at}.dose_ml"), &r.dose_ml);
        let ndc = match Ndc10::parse(&r.ndc) {
            Ok(n) => Some(n),
            Err(e) => {
                c.fail(format!("{at}.ndc"), e.to_string());
                None
            }
        };
        let (Some(min_kg), Some(max_kg), Some(dose_ml), Some(ndc)) = (min, max, dose, ndc) else {
            continue;
        };
        for (name, v) in [("min_kg", min_kg), ("max_kg", max_kg)] {
            if v.milli() % tenth.milli() != 0 {
                c.fail(&at, format!("{name} must be on the 0.1 kg grid"));
            }
        }
        if min_kg > max_kg {
            c.fail(&at, "the band's lower limit is above its upper limit");
        }
        match kits.last() {
            None if min_kg != d.weight_range_kg[0] => c.fail(
                &at,
                format!("the first band must start at {} kg", d.weight_range_kg[0]),
            ),
            Some(prev) if min_kg.milli() != prev.max_kg.milli() + tenth.milli() => c.fail(
                &at,
                format!(
                    "bands must be contiguous at 0.1 kg: after {} kg the next band starts at {}",
                    prev.max_kg,
                    Decimal::from_milli(prev.max_kg.milli() + 100, 1)
                ),
            ),
            _ => {}
        }
        let expected = table_dose_milli(max_kg, d.ml_per_kg);
        if u128::from(dose_ml.milli()) != expected {
            c.fail(
                &at,
                format!("dose volume {dose_ml} mL must be the upper limit × {} mL/kg rounded half up to 0.1 mL ({} mL)", ml_per_kg_text(d), Decimal::from_milli(u64::try_from(expected).unwrap_or(u64::MAX), 1)),
            );
        }
        let sum: u64 = r.vials.iter().map(|v| u64::from(*v)).sum();
        if sum != u64::from(r.total_vials) {
            c.fail(
                &at,
                format!(
                    "vial counts {} + {} do not sum to the total {}",
                    r.vials[0], r.vials[1], r.total_vials
                ),
            );
        }
        if r.total_vials == 0 || r.total_vials > 99 {
            c.fail(&at, "a kit holds 1 to 99 vials");
        }
        let capacity = capacity(d.vial_fills_ml, r.vials);
        if capacity.milli() < dose_ml.milli() {
            c.fail(
                &at,
                format!("kit capacity {capacity} mL is less than the dose volume {dose_ml} mL"),
            );
        }
        if ndc.package() != r.total_vials {
            c.fail(
                &at,
                format!(
                    "NDC package code {} must equal the number of vials {}",
                    ndc.package(),
                    r.total_vials
                ),
            );
        }
        if let Some(prev) = kits.last() {
            if ndc.labeler() != prev.ndc.labeler() {
                c.fail(&at, "every kit must have the same NDC labeler code");
            }
            if ndc.product() != prev.ndc.product() + 1 {
                c.fail(
                    &at,
                    format!(
                        "NDC product codes must run in order: expected {} after {}",
                        prev.ndc.product() + 1,
                        prev.ndc.product()
                    ),
                );
            }
        }
        kits.push(Kit {
            min_kg,
            max_kg,
            dose_ml,
            vials: r.vials,
            total_vials: r.total_vials,
            ndc,
        });
    }
    if let Some(last) = kits.last() {
        if last.max_kg != d.weight_range_kg[1] {
            c.fail(
                format!("kits[{}]", kits.len() - 1),
                format!("the last band must end at {} kg", d.weight_range_kg[1]),
            );
        }
    }
    kits
}
