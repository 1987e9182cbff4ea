//! The guide's texts: present, not too long, phones and addresses well
//! formed.

use super::checker::Checker;
use crate::raw::RawData;

pub(super) fn check_texts(c: &mut Checker, raw: &RawData) {
    let p = &raw.product;
    c.text("product.brand", &p.brand);
    c.text("product.generic", &p.generic);
    c.url(
        "product.prescribing_information_url",
        &p.prescribing_information_url,
    );
    let g = &raw.guide;
    for (at, s) in [
        ("guide.title", &g.title),
        ("guide.publisher", &g.publisher),
        ("guide.overview", &g.overview),
        ("guide.contact", &g.contact),
    ] {
        c.text(at, s);
    }
    let i = &raw.information;
    c.text("information.indication", &i.indication);
    c.text("information.limitations_of_use", &i.limitations_of_use);
    c.text("information.boxed_warning.title", &i.boxed_warning.title);
    c.text("information.boxed_warning.text", &i.boxed_warning.text);
    c.text("information.adverse_reactions", &i.adverse_reactions);
    c.phone("information.tumor_report_phone", &i.tumor_report_phone);
    if i.warnings.is_empty() {
        c.fail(
            "information.warnings",
            "must list the warnings and precautions",
        );
    }
    for (n, w) in i.warnings.iter().enumerate() {
        c.text(&format!("information.warnings[{n}].title"), &w.title);
        c.text(&format!("information.warnings[{n}].text"), &w.text);
    }
    let d = &raw.distribution;
    c.text("distribution.intro", &d.intro);
    for (at, ch) in [
        ("distribution.buy_and_bill", &d.buy_and_bill),
        ("distribution.specialty_pharmacy", &d.specialty_pharmacy),
    ] {
        c.text(&format!("{at}.title"), &ch.title);
        c.text(&format!("{at}.text"), &ch.text);
        if let Some(phone) = &ch.phone {
            c.phone(&format!("{at}.phone"), phone);
        }
    }
    if d.buy_and_bill.phone.is_none() {
        c.fail(
            "distribution.buy_and_bill.phone",
            "is required: staff order by phone",
        );
    }
    c.text("disclaimers.codes", &raw.disclaimers.codes);
    c.text("disclaimers.scope", &raw.disclaimers.scope);
    let f = &raw.facts;
    for (at, s) in [
        ("facts.source_label", &f.source_label),
        ("facts.between_bands", &f.between_bands),
        ("facts.ndc_11", &f.ndc_11),
        ("facts.claim_format", &f.claim_format),
        ("facts.billing_units", &f.billing_units),
        ("facts.cpt_notice", &f.cpt_notice),
        ("facts.hcpcs_cadence", &f.hcpcs_cadence),
        ("facts.icd_cadence", &f.icd_cadence),
        ("facts.edi_delimiters", &f.edi_delimiters),
        ("facts.alias_label", &f.alias_label),
    ] {
        c.text(at, s);
    }
}
