//! Validation: the data file as written ([`RawData`]) to typed [`Data`],
//! every rule of the guide checked once.
//!
//! Each section has its own module; a violation names the row and the rule
//! ([`DataError`]), and one pass reports them all ([`DataErrors`]). A
//! host's code override ([`CodeData`]) goes through the same rules for the
//! sections it replaces ([`Data::with_codes`]).

mod billing;
mod checker;
mod codes;
mod dosing;
mod not_covered;
mod references;
mod texts;

use core::fmt;

use crate::dose::{hcpcs_units_for_kg, ml_per_kg_text, vector_genomes};
use crate::model::{Billing, Data, Dosing, Kit};
use crate::raw::{CodeData, RawCode, RawData};
use crate::weight::Weight;
use billing::{check_billed_code, check_billing};
use checker::Checker;
use codes::{check_aliases, check_code_sets, check_codes};
use dosing::{check_dosing, check_kits};
use not_covered::check_not_covered;
use references::check_references;
use texts::check_texts;

/// The data-file format this code reads.
pub const FORMAT: u32 = 1;

/// Size limits, so that a data override from a host page is refused quickly
/// instead of slowing the widget down.
pub mod limits {
    /// Most code sets.
    pub const CODE_SETS: usize = 10;
    /// Most codes.
    pub const CODES: usize = 500;
    /// Most inclusion terms of one code.
    pub const INCLUDES: usize = 50;
    /// Most references.
    pub const REFERENCES: usize = 50;
    /// Most characters in one text.
    pub const TEXT_CHARS: usize = 4000;
    /// Most search aliases of one code.
    pub const ALIASES: usize = 10;
}

/// One broken rule: where, and which rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// Where in the file (`kits[3] (4.1–4.5 kg)`).
    pub at: String,
    /// The rule, in words.
    pub rule: String,
}

/// Every broken rule found in one pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.rule)
    }
}

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// The size limits of the code part (code sets, codes, their inclusion
/// terms and, when given, references), each broken one recorded. False
/// when one is broken: no other rule is worth checking on such input.
fn code_sizes_ok(
    c: &mut Checker,
    code_sets: usize,
    codes: &[RawCode],
    references: Option<usize>,
) -> bool {
    let counts = [
        c.at_most("code_sets", code_sets, limits::CODE_SETS),
        c.at_most("codes", codes.len(), limits::CODES),
        references.is_none_or(|n| c.at_most("references", n, limits::REFERENCES)),
    ];
    let includes = codes.iter().enumerate().all(|(i, code)| {
        c.at_most(
            &format!("codes[{i}].includes"),
            code.includes.len(),
            limits::INCLUDES,
        )
    });
    !counts.contains(&false) && includes
}

impl Data {
    /// Checks every rule and builds the typed data, or returns every
    /// violation found.
    pub fn from_raw(raw: RawData) -> Result<Data, DataErrors> {
        let mut c = Checker::default();
        if raw.format != FORMAT {
            c.fail(
                "format",
                format!("is {}, this widget reads format {FORMAT}", raw.format),
            );
        }
        let sizes = code_sizes_ok(
            &mut c,
            raw.code_sets.len(),
            &raw.codes,
            Some(raw.references.len()),
        );
        if !sizes {
            return Err(DataErrors(c.errors));
        }
        check_texts(&mut c, &raw);
        let dosing = check_dosing(&mut c, &raw.dosing);
        let kits = match &dosing {
            Some(d) => check_kits(&mut c, &raw.kits, d),
            None => Vec::new(),
        };
        let references = check_references(&mut c, &raw.references);
        let code_sets = check_code_sets(&mut c, &raw.code_sets, &references);
        let codes = check_codes(&mut c, &raw.codes, &code_sets);
        let billing = check_billing(&mut c, &raw.billing, &codes);
        let search_aliases = check_aliases(&mut c, &raw.search_aliases, &codes);
        let not_covered = check_not_covered(&mut c, &raw.not_covered);

        let (Some(dosing), Some(billing), true) = (dosing, billing, c.errors.is_empty()) else {
            return Err(DataErrors(c.errors));
        };
        let values = template_values(
            &dosing,
            &kits,
            &billing,
            &raw.information.tumor_report_phone,
        );
        if kits
            .iter()
            .any(|k| hcpcs_units_for_kg(&dosing, &billing, k.max_kg) != 1)
        {
            c.fail(
                "billing.max_vg_per_unit",
                format!(
                    "every kit must bill as 1 unit of {}: the heaviest weight exceeds the ceiling",
                    billing.hcpcs
                ),
            );
        }
        let dosing = Dosing {
            text: c.fill("dosing.text", &dosing.text, &values),
            kit_text: c.fill("dosing.kit_text", &dosing.kit_text, &values),
            footnotes: [0, 1, 2].map(|i| {
                c.fill(
                    &format!("dosing.footnotes[{i}]"),
                    &dosing.footnotes[i],
                    &values,
                )
            }),
            ..dosing
        };
        let mut information = raw.information;
        for (i, w) in information.warnings.iter_mut().enumerate() {
            w.text = c.fill(&format!("information.warnings[{i}].text"), &w.text, &values);
        }
        let mut facts = raw.facts;
        facts.between_bands = c.fill("facts.between_bands", &facts.between_bands, &values);
        facts.billing_units = c.fill("facts.billing_units", &facts.billing_units, &values);
        let phone = &information.tumor_report_phone;
        let mentions = information
            .warnings
            .iter()
            .filter(|w| w.text.contains(phone.as_str()))
            .count();
        if mentions != 1 {
            c.fail(
                "information.tumor_report_phone",
                "must appear in exactly one warning text (write {tumor_report_phone})",
            );
        }
        if !c.errors.is_empty() {
            return Err(DataErrors(c.errors));
        }
        Ok(Data {
            product: raw.product,
            guide: raw.guide,
            dosing,
            kits,
            billing,
            code_sets,
            codes,
            information,
            distribution: raw.distribution,
            disclaimers: raw.disclaimers,
            references,
            facts,
            not_covered,
            search_aliases,
        })
    }

    /// This data with a host's code sets, codes and (when given)
    /// references in place of its own, checked by the same rules as the
    /// data file's (every rule that concerns them: shapes, unique and
    /// well-formed codes, sources, dates, releases, size limits, the HCPCS
    /// code billed being listed). Kits, dosing and safety text stay as
    /// validated at build time; search aliases of codes the host does not
    /// list are dropped (they are the widget's, not the host's).
    pub fn with_codes(&self, codes: CodeData) -> Result<Data, DataErrors> {
        let CodeData {
            code_sets,
            codes,
            references,
        } = codes;
        let mut c = Checker::default();
        let sizes = code_sizes_ok(
            &mut c,
            code_sets.len(),
            &codes,
            references.as_ref().map(Vec::len),
        );
        if !sizes {
            return Err(DataErrors(c.errors));
        }
        let references = match &references {
            Some(raw) => check_references(&mut c, raw),
            None => self.references.clone(),
        };
        let code_sets = check_code_sets(&mut c, &code_sets, &references);
        let codes = check_codes(&mut c, &codes, &code_sets);
        check_billed_code(
            &mut c,
            &self.billing.hcpcs,
            self.billing.max_vg_per_unit,
            &codes,
        );
        if !c.errors.is_empty() {
            return Err(DataErrors(c.errors));
        }
        let search_aliases = self
            .search_aliases
            .iter()
            .filter(|a| codes.iter().any(|x| x.code == a.code))
            .cloned()
            .collect();
        Ok(Data {
            code_sets,
            codes,
            references,
            search_aliases,
            ..self.clone()
        })
    }
}

fn template_values(
    d: &Dosing,
    kits: &[Kit],
    billing: &Billing,
    tumor_phone: &str,
) -> Vec<(&'static str, String)> {
    let top = d.weight_range_kg[1];
    let max_vg = vector_genomes(d, Weight::from_kg(top));
    let min_vials = kits.iter().map(|k| k.total_vials).min().unwrap_or(0);
    let max_vials = kits.iter().map(|k| k.total_vials).max().unwrap_or(0);
    vec![
        ("dose", d.dose_vg_per_kg.to_string()),
        ("concentration", d.concentration_vg_per_ml.to_string()),
        ("fill_0", d.vial_fills_ml[0].to_string()),
        ("fill_1", d.vial_fills_ml[1].to_string()),
        ("min_vials", min_vials.to_string()),
        ("max_vials", max_vials.to_string()),
        ("kit_count", kits.len().to_string()),
        ("min_kg", d.weight_range_kg[0].to_string()),
        ("max_kg", d.weight_range_kg[1].to_string()),
        ("ml_per_kg", ml_per_kg_text(d)),
        ("tumor_report_phone", tumor_phone.to_string()),
        ("max_vg", max_vg.to_string_trimmed()),
        ("hcpcs", billing.hcpcs.clone()),
        ("ceiling", billing.max_vg_per_unit.to_string_trimmed()),
    ]
}
