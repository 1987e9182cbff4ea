//! Billing constants and the HCPCS code they bill.

use super::checker::Checker;
use crate::decimal::Sci;
use crate::model::{Billing, Code, CodeSystem};
use crate::raw::RawBilling;

/// The HCPCS code billed is listed, and its description states the
/// per-unit ceiling.
pub(super) fn check_billed_code(c: &mut Checker, hcpcs: &str, ceiling: Sci, codes: &[Code]) {
    match codes.iter().find(|x| x.code == hcpcs) {
        Some(code) if code.system == CodeSystem::Hcpcs => {
            if !code.description.contains(&ceiling.to_string()) {
                c.fail(
                    "billing.max_vg_per_unit",
                    format!("{ceiling} must match the ceiling in the description of {hcpcs}"),
                );
            }
        }
        _ => c.fail(
            "billing.hcpcs",
            format!("{hcpcs} must be an HCPCS code listed in codes"),
        ),
    }
}

pub(super) fn check_billing(c: &mut Checker, raw: &RawBilling, codes: &[Code]) -> Option<Billing> {
    let ceiling = c.sci("billing.max_vg_per_unit", &raw.max_vg_per_unit)?;
    check_billed_code(c, &raw.hcpcs, ceiling, codes);
    let qualifier_ok = |s: &str| {
        s.len() == 2
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    let all_ok = raw.unit_qualifiers.iter().all(|q| qualifier_ok(q));
    if !qualifier_ok(&raw.claim_ndc_qualifier)
        || !qualifier_ok(&raw.claim_unit_qualifier)
        || !all_ok
    {
        c.fail(
            "billing",
            "claim qualifiers are two capital letters or digits (N4, UN)",
        );
    }
    if !raw.unit_qualifiers.contains(&raw.claim_unit_qualifier) {
        c.fail(
            "billing.unit_qualifiers",
            format!(
                "must list the claim's unit qualifier {}",
                raw.claim_unit_qualifier
            ),
        );
    }
    if raw.claim_quantity == 0 {
        c.fail("billing.claim_quantity", "must be at least 1");
    }
    Some(Billing {
        hcpcs: raw.hcpcs.clone(),
        max_vg_per_unit: ceiling,
        claim_ndc_qualifier: raw.claim_ndc_qualifier.clone(),
        claim_unit_qualifier: raw.claim_unit_qualifier.clone(),
        claim_quantity: raw.claim_quantity,
        unit_qualifiers: raw.unit_qualifiers.clone(),
    })
}
