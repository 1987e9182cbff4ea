//! The guide's data, typed and validated: what every other module reads.
//!
//! [`crate::validate`] builds it from the data file as written
//! ([`crate::raw`]); after that, nothing re-checks a string. Figures are
//! exact ([`Decimal`], [`Sci`]); texts are the guide's, their figures
//! filled in from the figures.

use core::fmt;

use serde::Serialize;

use crate::date::Date;
use crate::decimal::{Decimal, Sci};
use crate::ndc::Ndc10;
pub use crate::raw::{
    Channel, Disclaimers, Distribution, Facts, Guide, Information, Product, Titled,
};

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
    /// Every unit-of-measure qualifier a claim's NDC quantity may carry
    /// (`F2`, `GR`, `ME`, `ML`, `UN`).
    pub unit_qualifiers: Vec<String>,
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
    /// The system of a data-file identifier (`icd10cm`).
    pub(crate) fn from_id(id: &str) -> Option<CodeSystem> {
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
    /// The cadence of a data-file identifier (`fiscal-year`).
    pub(crate) fn from_id(id: &str) -> Option<Cadence> {
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

/// A product people may look for here that this reference does not cover
/// (ITVISMA): the widget says so in the search, the age check and the claim
/// check. Facts beyond the guide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NotCovered {
    /// Its brand name (`ITVISMA`).
    pub name: String,
    /// Its generic name (`onasemnogene abeparvovec-brve`).
    pub generic: String,
    /// How it is given (`intrathecal`).
    pub route: String,
    /// How it is dosed (`fixed dose`).
    pub dosing: String,
    /// The youngest patients it is approved for, in months.
    pub min_age_months: u32,
    /// Its FDA approval.
    pub approved: Date,
    /// What it is, its figures filled in.
    pub text: String,
    /// What this reference covers instead (ZOLGENSMA, and how it differs).
    pub contrast: String,
    /// That this reference gives nothing of it.
    pub scope: String,
    /// What people type that means it (`itvisma`, `brve`), lower case.
    pub terms: Vec<String>,
}

impl NotCovered {
    /// Its youngest patients' age as the label says it (`2 years`).
    pub fn min_age_text(&self) -> String {
        age_text(self.min_age_months)
    }

    /// What it is, in one sentence: `ITVISMA (onasemnogene
    /// abeparvovec-brve) is a different product: intrathecal, fixed dose,
    /// for patients 2 years of age and older (FDA approval November 24,
    /// 2025).`
    pub fn summary(&self) -> String {
        format!(
            "{} ({}) is a different product: {}, {}, for patients {} of age and older (FDA approval {}).",
            self.name,
            self.generic,
            self.route,
            self.dosing,
            self.min_age_text(),
            self.approved
        )
    }
}

/// An age in months as labels write it: `2 years`, `1 year`, `18 months`.
pub fn age_text(months: u32) -> String {
    match (months / 12, months % 12) {
        (1, 0) => "1 year".to_string(),
        (years, 0) => format!("{years} years"),
        _ => format!("{months} months"),
    }
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
    /// The access date as the guide prints it after the citation
    /// (`Accessed November 27, 2024.`).
    pub fn accessed_text(&self) -> Option<String> {
        self.accessed.map(|date| format!("Accessed {date}."))
    }

    /// The citation as the guide prints it.
    pub fn citation(&self) -> String {
        let mut s = self.text.clone();
        if let Some(accessed) = self.accessed_text() {
            s.push(' ');
            s.push_str(&accessed);
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
    /// Products this reference does not cover.
    pub not_covered: Vec<NotCovered>,
    /// Search terms added by the widget, by code.
    pub search_aliases: Vec<SearchAlias>,
}

impl Data {
    /// The code set of `system`.
    pub fn code_set(&self, system: CodeSystem) -> Option<&CodeSet> {
        self.code_sets.iter().find(|s| s.system == system)
    }

    /// The reference numbered `id`.
    pub fn reference(&self, id: u32) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }
}
