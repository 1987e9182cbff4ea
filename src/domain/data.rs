//! The guide's data: read from `data/zolgensma.json`, validated once.
//!
//! [`RawData`] mirrors the file as written (strings for every figure, so
//! nothing passes through binary floating point; see `raw.rs`). The built-in
//! file reaches the binary as code (`super::builtin`). [`Data::from_raw`] checks
//! every rule of the guide and turns it into typed [`Data`]; a violation
//! names the row and the rule. After that, nothing re-checks a string.

use core::fmt;

use serde::Serialize;

use super::date::Date;
use super::decimal::{round_half_up, Decimal, Sci};
use super::ndc::Ndc10;
pub use super::raw::{
    Channel, CodeData, Disclaimers, Distribution, Facts, Guide, Information, Product, RawAlias,
    RawCode, RawCodeSet, RawData, RawReference, RawRelease, Titled,
};
use super::raw::{RawBilling, RawDosing, RawKit};

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

// ---------------------------------------------------------------------------
// Typed, validated data.

/// Dose constants and the guide's dosing text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Dosing {
    /// 1.1 × 10^14 vector genomes per kilogram.
    pub dose_vg_per_kg: Sci,
    /// 2.0 × 10^13 vector genomes per millilitre.
    pub concentration_vg_per_ml: Sci,
    /// The two vial fills, 5.5 mL and 8.3 mL.
    pub vial_fills_ml: [Decimal; 2],
    /// Lowest and highest weight of the table.
    pub weight_range_kg: [Decimal; 2],
    /// The indication's age limit: patients less than this many months old.
    pub max_age_months: u32,
    /// Dose volume per kilogram, exactly `ml_per_kg[0] / ml_per_kg[1]`.
    pub ml_per_kg: [u128; 2],
    /// The guide's dosing paragraph, figures filled in.
    pub text: String,
    /// The guide's sentence introducing the kit table.
    pub kit_text: String,
    /// Table footnotes a, b and c.
    pub footnotes: [String; 3],
}

/// One row of the kit table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Kit {
    /// Lowest weight of the printed band.
    pub min_kg: Decimal,
    /// Highest weight of the printed band.
    pub max_kg: Decimal,
    /// Dose volume from the band's upper limit.
    pub dose_ml: Decimal,
    /// Vials of each fill, in the order of [`Dosing::vial_fills_ml`].
    pub vials: [u32; 2],
    /// Vials in the kit.
    pub total_vials: u32,
    /// The kit's NDC as printed.
    pub ndc: Ndc10,
}

/// What `vials` of each of the two `fills` hold together, in mL: a kit's
/// capacity. Validation and resolution both use it.
pub fn capacity(fills: [Decimal; 2], vials: [u32; 2]) -> Decimal {
    Decimal::from_milli(
        fills[0].times(u64::from(vials[0])).milli() + fills[1].times(u64::from(vials[1])).milli(),
        fills[0].places().max(fills[1].places()),
    )
}

/// Billing constants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Billing {
    /// The product's HCPCS code (J3399).
    pub hcpcs: String,
    /// Vector genomes covered by one unit of that code.
    pub max_vg_per_unit: Sci,
    /// Claim NDC qualifier (`N4`).
    pub claim_ndc_qualifier: String,
    /// Claim unit-of-measure qualifier (`UN`).
    pub claim_unit_qualifier: String,
    /// Kits per claim line.
    pub claim_quantity: u32,
}

/// The code systems the guide uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CodeSystem {
    /// HCPCS Level II.
    Hcpcs,
    /// CPT (AMA).
    Cpt,
    /// ICD-10-CM.
    Icd10Cm,
}

impl CodeSystem {
    fn from_id(id: &str) -> Option<CodeSystem> {
        match id {
            "hcpcs" => Some(CodeSystem::Hcpcs),
            "cpt" => Some(CodeSystem::Cpt),
            "icd10cm" => Some(CodeSystem::Icd10Cm),
            _ => None,
        }
    }

    /// The data file's identifier.
    pub const fn id(self) -> &'static str {
        match self {
            CodeSystem::Hcpcs => "hcpcs",
            CodeSystem::Cpt => "cpt",
            CodeSystem::Icd10Cm => "icd10cm",
        }
    }

    /// Whether `code` has this system's shape: HCPCS Level II is a letter and
    /// four digits; CPT is five characters, four digits and a digit or
    /// letter; ICD-10-CM is a letter, a digit, a digit or letter, then
    /// optionally a point and one to four digits or letters.
    pub fn is_well_formed(self, code: &str) -> bool {
        let b = code.as_bytes();
        let up_or_digit = |c: &u8| c.is_ascii_digit() || c.is_ascii_uppercase();
        match self {
            CodeSystem::Hcpcs => {
                b.len() == 5 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_digit)
            }
            CodeSystem::Cpt => {
                b.len() == 5 && b[..4].iter().all(u8::is_ascii_digit) && up_or_digit(&b[4])
            }
            CodeSystem::Icd10Cm => {
                let head_ok = b.len() >= 3
                    && b[0].is_ascii_uppercase()
                    && b[1].is_ascii_digit()
                    && up_or_digit(&b[2]);
                let tail = &b[b.len().min(3)..];
                head_ok
                    && (tail.is_empty()
                        || (tail[0] == b'.'
                            && (2..=5).contains(&tail.len())
                            && tail[1..].iter().all(up_or_digit)))
            }
        }
    }
}

/// When a code set's list was current.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum AsOf {
    /// The date the guide accessed the source.
    Accessed(Date),
    /// The edition year of a printed source.
    Edition(u16),
}

impl fmt::Display for AsOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AsOf::Accessed(date) => write!(f, "{date}"),
            AsOf::Edition(year) => write!(f, "{year} edition"),
        }
    }
}

/// How often a code set is released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Cadence {
    /// Every quarter, in force from January, April, July and October 1
    /// (HCPCS).
    Quarterly,
    /// Every US fiscal year, October 1 to September 30 (ICD-10-CM).
    FiscalYear,
    /// Every calendar year, from January 1 (CPT).
    CalendarYear,
}

impl Cadence {
    fn from_id(id: &str) -> Option<Cadence> {
        match id {
            "quarterly" => Some(Cadence::Quarterly),
            "fiscal-year" => Some(Cadence::FiscalYear),
            "calendar-year" => Some(Cadence::CalendarYear),
            _ => None,
        }
    }
}

/// The release of a code set that a list comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Release {
    /// How often the set is released.
    pub cadence: Cadence,
    /// When the list's release took effect.
    pub from: Date,
}

/// A code set as the guide presents it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeSet {
    /// Which system.
    pub system: CodeSystem,
    /// Short name (`CPT`).
    pub name: String,
    /// Full name.
    pub full_name: String,
    /// The guide's table title.
    pub title: String,
    /// The guide's text above the table.
    pub intro: String,
    /// Reference number of the source.
    pub source: u32,
    /// When the list was current.
    pub as_of: AsOf,
    /// The release the list comes from, if known.
    pub release: Option<Release>,
}

/// One code of the guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Code {
    /// Its system.
    pub system: CodeSystem,
    /// The code as printed (`G12.1`, `99221`).
    pub code: String,
    /// The guide's description.
    pub description: String,
    /// The printed range the code belongs to (`99221-99223`), if any.
    pub range: Option<String>,
    /// Inclusion terms (G12.1).
    pub includes: Vec<String>,
    /// When the code took effect, where the guide says.
    pub effective: Option<Date>,
}

/// Search terms for one code that the guide's text does not hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SearchAlias {
    /// The code (`J3399`).
    pub code: String,
    /// The terms, as people type them (`zolgensma`).
    pub terms: Vec<String>,
}

/// A numbered reference of the guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// Its number.
    pub id: u32,
    /// The citation without access date or address.
    pub text: String,
    /// When the guide accessed it.
    pub accessed: Option<Date>,
    /// Its address.
    pub url: Option<String>,
}

impl Reference {
    /// The citation as the guide prints it.
    pub fn citation(&self) -> String {
        let mut s = self.text.clone();
        if let Some(date) = self.accessed {
            s.push_str(&format!(" Accessed {date}."));
        }
        if let Some(url) = &self.url {
            s.push(' ');
            s.push_str(url);
        }
        s
    }
}

/// Everything the widget states, validated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Data {
    /// Product names and links.
    pub product: Product,
    /// The guide.
    pub guide: Guide,
    /// Dose constants.
    pub dosing: Dosing,
    /// The 37 kits, lightest first.
    pub kits: Vec<Kit>,
    /// Billing constants.
    pub billing: Billing,
    /// Code sets in guide order.
    pub code_sets: Vec<CodeSet>,
    /// Codes in guide order.
    pub codes: Vec<Code>,
    /// Indication and safety information.
    pub information: Information,
    /// Distribution.
    pub distribution: Distribution,
    /// The guide's limits on its codes.
    pub disclaimers: Disclaimers,
    /// References.
    pub references: Vec<Reference>,
    /// Facts beyond the guide.
    pub facts: Facts,
    /// Search terms added by the widget, by code.
    pub search_aliases: Vec<SearchAlias>,
}

// ---------------------------------------------------------------------------
// Errors.

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

#[derive(Default)]
struct Checker {
    errors: Vec<DataError>,
}

impl Checker {
    fn fail(&mut self, at: impl Into<String>, rule: impl Into<String>) {
        self.errors.push(DataError {
            at: at.into(),
            rule: rule.into(),
        });
    }

    fn decimal(&mut self, at: &str, s: &str) -> Option<Decimal> {
        let d = Decimal::parse(s);
        if d.is_none() {
            self.fail(at, format!("“{s}” is not a plain decimal like 16.5 (at most 6 digits before and 3 after the point)"));
        }
        d
    }

    fn sci(&mut self, at: &str, s: &str) -> Option<Sci> {
        let v = Sci::parse(s);
        if v.is_none() {
            self.fail(at, format!("“{s}” is not a figure like 1.1e14"));
        }
        v
    }

    fn text(&mut self, at: &str, s: &str) {
        if s.trim().is_empty() {
            self.fail(at, "must not be empty");
        } else if s.len() > limits::TEXT_CHARS {
            self.fail(
                at,
                format!("is longer than {} characters", limits::TEXT_CHARS),
            );
        }
    }

    /// Refuses lists longer than `max` before any of their items is read.
    fn at_most(&mut self, at: &str, len: usize, max: usize) -> bool {
        if len > max {
            self.fail(at, format!("lists {len} items; at most {max} are allowed"));
        }
        len <= max
    }

    fn date(&mut self, at: &str, s: &str) -> Option<Date> {
        let d = Date::parse_iso(s);
        if d.is_none() {
            self.fail(at, format!("“{s}” is not a date written YYYY-MM-DD"));
        }
        d
    }

    fn phone(&mut self, at: &str, s: &str) {
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        let ok = s.bytes().all(|b| b.is_ascii_digit() || b == b'-') && (10..=11).contains(&digits);
        if !ok {
            self.fail(
                at,
                format!("“{s}” is not a phone number written with digits and hyphens"),
            );
        }
    }

    fn url(&mut self, at: &str, s: &str) {
        if !s.starts_with("https://") || s.contains(char::is_whitespace) {
            self.fail(at, format!("“{s}” is not an https address"));
        }
    }

    /// Fills `{key}` placeholders; an unknown key is a data error.
    fn fill(&mut self, at: &str, template: &str, values: &[(&str, String)]) -> String {
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.fail(at, "has a “{” without a closing “}”");
                return out;
            };
            let key = &after[..close];
            match values.iter().find(|(k, _)| *k == key) {
                Some((_, v)) => out.push_str(v),
                None => self.fail(at, format!("names an unknown value {{{key}}}")),
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

// ---------------------------------------------------------------------------
// Validation.

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
            .any(|k| super::resolve::hcpcs_units_for_kg(&dosing, &billing, k.max_kg) != 1)
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

    /// The code set of `system`.
    pub fn code_set(&self, system: CodeSystem) -> Option<&CodeSet> {
        self.code_sets.iter().find(|s| s.system == system)
    }

    /// The reference numbered `id`.
    pub fn reference(&self, id: u32) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }

    /// The table's dose volume per kilogram as text (`5.5`).
    pub fn ml_per_kg_text(&self) -> String {
        ratio_text(self.dosing.ml_per_kg)
    }
}

fn ratio_text([num, den]: [u128; 2]) -> String {
    let mut s = String::new();
    let _ = super::decimal::write_trimmed(&mut s, num * 1000 / den, 3, 1, 3);
    s
}

fn template_values(
    d: &Dosing,
    kits: &[Kit],
    billing: &Billing,
    tumor_phone: &str,
) -> Vec<(&'static str, String)> {
    let top = d.weight_range_kg[1];
    let max_vg = super::resolve::vector_genomes(d, super::weight::Weight::from_kg(top));
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
        ("ml_per_kg", ratio_text(d.ml_per_kg)),
        ("tumor_report_phone", tumor_phone.to_string()),
        ("max_vg", max_vg.to_string_trimmed()),
        ("hcpcs", billing.hcpcs.clone()),
        ("ceiling", billing.max_vg_per_unit.to_string_trimmed()),
    ]
}

fn check_texts(c: &mut Checker, raw: &RawData) {
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

fn check_dosing(c: &mut Checker, raw: &RawDosing) -> Option<Dosing> {
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

/// The table's dose volume for a band's upper limit: upper × mL/kg, rounded
/// half up to 0.1 mL, in thousandths of a mL.
pub fn table_dose_milli(max_kg: Decimal, [num, den]: [u128; 2]) -> u128 {
    // max_kg.milli × num / den is the volume in thousandths of a mL; work in
    // hundred-thousandths so rounding to tenths sees every digit that matters.
    let exact_e6 = u128::from(max_kg.milli()) * num * 1000 / den;
    round_half_up(exact_e6, 6, 1) * 100
}

fn check_kits(c: &mut Checker, raw: &[RawKit], d: &Dosing) -> Vec<Kit> {
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
                format!("dose volume {dose_ml} mL must be the upper limit × {} mL/kg rounded half up to 0.1 mL ({} mL)", ratio_text(d.ml_per_kg), Decimal::from_milli(u64::try_from(expected).unwrap_or(u64::MAX), 1)),
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

fn check_references(c: &mut Checker, raw: &[RawReference]) -> Vec<Reference> {
    let mut out = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let at = format!("references[{i}]");
        if r.id as usize != i + 1 {
            c.fail(
                &at,
                format!(
                    "references must be numbered 1, 2, 3… in order; found {}",
                    r.id
                ),
            );
        }
        c.text(&format!("{at}.text"), &r.text);
        let accessed = r
            .accessed
            .as_deref()
            .and_then(|s| c.date(&format!("{at}.accessed"), s));
        if let Some(url) = &r.url {
            c.url(&format!("{at}.url"), url);
        }
        out.push(Reference {
            id: r.id,
            text: r.text.clone(),
            accessed,
            url: r.url.clone(),
        });
    }
    out
}

fn check_code_sets(c: &mut Checker, raw: &[RawCodeSet], refs: &[Reference]) -> Vec<CodeSet> {
    let mut out: Vec<CodeSet> = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let at = format!("code_sets[{i}] ({})", r.id);
        let Some(system) = CodeSystem::from_id(&r.id) else {
            c.fail(&at, "id must be one of hcpcs, cpt, icd10cm");
            continue;
        };
        if out.iter().any(|s| s.system == system) {
            c.fail(&at, "each code set may be listed once");
        }
        for (field, s) in [
            ("name", &r.name),
            ("full_name", &r.full_name),
            ("title", &r.title),
            ("intro", &r.intro),
        ] {
            c.text(&format!("{at}.{field}"), s);
        }
        let Some(reference) = refs.iter().find(|x| x.id == r.source) else {
            c.fail(
                &at,
                format!("source {} is not a reference number", r.source),
            );
            continue;
        };
        let as_of = if r.as_of.len() == 4 {
            match r.as_of.parse::<u16>() {
                Ok(year) if reference.text.contains(&r.as_of) => Some(AsOf::Edition(year)),
                _ => {
                    c.fail(
                        &at,
                        format!(
                            "as_of {} must be an edition year named in reference {}",
                            r.as_of, r.source
                        ),
                    );
                    None
                }
            }
        } else {
            let date = c.date(&format!("{at}.as_of"), &r.as_of);
            if date.is_some() && date != reference.accessed {
                c.fail(
                    &at,
                    format!(
                        "as_of {} must be the access date of reference {}",
                        r.as_of, r.source
                    ),
                );
            }
            date.map(AsOf::Accessed)
        };
        let release = r
            .release
            .as_ref()
            .and_then(|rel| check_release(c, &at, rel, as_of));
        if let Some(as_of) = as_of {
            out.push(CodeSet {
                system,
                name: r.name.clone(),
                full_name: r.full_name.clone(),
                title: r.title.clone(),
                intro: r.intro.clone(),
                source: r.source,
                as_of,
                release,
            });
        }
    }
    out
}

/// A code set's release: a known cadence, starting on one of its
/// boundaries, and covering the date the list was current.
fn check_release(
    c: &mut Checker,
    at: &str,
    raw: &RawRelease,
    as_of: Option<AsOf>,
) -> Option<Release> {
    let Some(cadence) = Cadence::from_id(&raw.cadence) else {
        c.fail(
            format!("{at}.release.cadence"),
            "must be quarterly, fiscal-year or calendar-year",
        );
        return None;
    };
    let from = c.date(&format!("{at}.release.from"), &raw.from)?;
    let release = Release { cadence, from };
    if super::dos::release_start(cadence, from) != from {
        c.fail(
            format!("{at}.release.from"),
            format!("{from} is not the first day of a {} release", raw.cadence),
        );
        return None;
    }
    let covered = match as_of {
        Some(AsOf::Accessed(date)) => super::dos::covers(release, date),
        Some(AsOf::Edition(year)) => from.year() == year,
        None => true,
    };
    if !covered {
        c.fail(
            format!("{at}.release"),
            "must be the release in force when the list was current (as_of)",
        );
    }
    Some(release)
}

/// Search aliases: each for a listed code, with a few short terms.
fn check_aliases(c: &mut Checker, raw: &[RawAlias], codes: &[Code]) -> Vec<SearchAlias> {
    let mut out = Vec::with_capacity(raw.len());
    for (i, a) in raw.iter().enumerate() {
        let at = format!("search_aliases[{i}] ({})", a.code);
        if !codes.iter().any(|x| x.code == a.code) {
            c.fail(&at, "names a code that is not listed");
        }
        if a.terms.is_empty() || a.terms.len() > limits::ALIASES {
            c.fail(&at, format!("must list 1 to {} terms", limits::ALIASES));
        }
        for (n, term) in a.terms.iter().enumerate() {
            c.text(&format!("{at}.terms[{n}]"), term);
        }
        out.push(SearchAlias {
            code: a.code.clone(),
            terms: a.terms.clone(),
        });
    }
    out
}

fn check_codes(c: &mut Checker, raw: &[RawCode], sets: &[CodeSet]) -> Vec<Code> {
    let mut out: Vec<Code> = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let at = format!("codes[{i}] ({})", r.code);
        let Some(system) =
            CodeSystem::from_id(&r.set).filter(|s| sets.iter().any(|x| x.system == *s))
        else {
            c.fail(
                &at,
                format!("set “{}” is not one of the listed code sets", r.set),
            );
            continue;
        };
        if !system.is_well_formed(&r.code) {
            c.fail(
                &at,
                format!("“{}” is not a well-formed {} code", r.code, system.id()),
            );
        }
        if out.iter().any(|x| x.code == r.code) {
            c.fail(&at, "codes must be unique");
        }
        c.text(&format!("{at}.description"), &r.description);
        for (n, inc) in r.includes.iter().enumerate() {
            c.text(&format!("{at}.includes[{n}]"), inc);
        }
        if let Some(range) = &r.range {
            let ok = range.split_once('-').is_some_and(|(lo, hi)| {
                system.is_well_formed(lo)
                    && system.is_well_formed(hi)
                    && lo <= r.code.as_str()
                    && r.code.as_str() <= hi
            });
            if !ok {
                c.fail(
                    &at,
                    format!("range “{range}” must be two codes of the same set around the code"),
                );
            }
        }
        let effective = r
            .effective
            .as_deref()
            .and_then(|d| c.date(&format!("{at}.effective"), d));
        out.push(Code {
            system,
            code: r.code.clone(),
            description: r.description.clone(),
            range: r.range.clone(),
            includes: r.includes.clone(),
            effective,
        });
    }
    for set in sets {
        if !out.iter().any(|x| x.system == set.system) {
            c.fail(format!("code_sets ({})", set.system.id()), "lists no code");
        }
    }
    out
}

/// The HCPCS code billed is listed, and its description states the
/// per-unit ceiling.
fn check_billed_code(c: &mut Checker, hcpcs: &str, ceiling: Sci, codes: &[Code]) {
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

fn check_billing(c: &mut Checker, raw: &RawBilling, codes: &[Code]) -> Option<Billing> {
    let ceiling = c.sci("billing.max_vg_per_unit", &raw.max_vg_per_unit)?;
    check_billed_code(c, &raw.hcpcs, ceiling, codes);
    let qualifier_ok = |s: &str| {
        s.len() == 2
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    };
    if !qualifier_ok(&raw.claim_ndc_qualifier) || !qualifier_ok(&raw.claim_unit_qualifier) {
        c.fail(
            "billing",
            "claim qualifiers are two capital letters or digits (N4, UN)",
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
    })
}
