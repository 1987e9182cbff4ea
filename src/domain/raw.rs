//! The data file as written: the shapes `data/zolgensma.json` must have.
//!
//! Strings for every figure, so nothing passes through binary floating
//! point; [`super::data::Data::from_raw`] checks the rules and types them.
//! This file depends on serde alone: `build.rs` compiles it too, to turn the
//! built-in file into Rust (see [`super::builtin`]).

use serde::{Deserialize, Serialize};

/// The data file as written. Only [`Data::from_raw`](super::data::Data::from_raw) looks inside.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawData {
    pub(super) format: u32,
    pub(super) product: Product,
    pub(super) guide: Guide,
    pub(super) dosing: RawDosing,
    pub(super) kits: Vec<RawKit>,
    pub(super) billing: RawBilling,
    pub(super) code_sets: Vec<RawCodeSet>,
    pub(super) codes: Vec<RawCode>,
    pub(super) information: Information,
    pub(super) distribution: Distribution,
    pub(super) disclaimers: Disclaimers,
    pub(super) references: Vec<RawReference>,
    pub(super) facts: Facts,
    /// Words people search for that the guide's text does not hold
    /// (`zolgensma` for J3399); the widget labels matches through them.
    #[serde(default)]
    pub(super) search_aliases: Vec<RawAlias>,
}

/// Search terms for one code, added by the widget (not the guide's text).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlias {
    pub(super) code: String,
    pub(super) terms: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDosing {
    pub(super) dose_vg_per_kg: String,
    pub(super) concentration_vg_per_ml: String,
    pub(super) vial_fills_ml: [String; 2],
    pub(super) weight_range_kg: [String; 2],
    pub(super) max_age_months: u32,
    pub(super) text: String,
    pub(super) kit_text: String,
    pub(super) footnotes: [String; 3],
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawKit {
    pub(super) min_kg: String,
    pub(super) max_kg: String,
    pub(super) dose_ml: String,
    pub(super) vials: [u32; 2],
    pub(super) total_vials: u32,
    pub(super) ndc: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawBilling {
    pub(super) hcpcs: String,
    pub(super) max_vg_per_unit: String,
    pub(super) claim_ndc_qualifier: String,
    pub(super) claim_unit_qualifier: String,
    pub(super) claim_quantity: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
/// A code set as written in the data file.
pub struct RawCodeSet {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) full_name: String,
    pub(super) title: String,
    pub(super) intro: String,
    pub(super) source: u32,
    pub(super) as_of: String,
    /// Which release of the code set the list is, for the date-of-service
    /// check; without it the check says the release is not known.
    #[serde(default)]
    pub(super) release: Option<RawRelease>,
}

/// A code-set release: how often the set is released and when the list's
/// release took effect (`{"cadence": "quarterly", "from": "2024-10-01"}`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelease {
    pub(super) cadence: String,
    pub(super) from: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
/// A code as written in the data file.
pub struct RawCode {
    pub(super) set: String,
    pub(super) code: String,
    pub(super) description: String,
    #[serde(default)]
    pub(super) range: Option<String>,
    #[serde(default)]
    pub(super) includes: Vec<String>,
    /// The date the code took effect, where the guide gives one.
    #[serde(default)]
    pub(super) effective: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
/// A reference as written in the data file.
pub struct RawReference {
    pub(super) id: u32,
    pub(super) text: String,
    #[serde(default)]
    pub(super) accessed: Option<String>,
    #[serde(default)]
    pub(super) url: Option<String>,
}

/// Replacement codes from a host page, in the data file's format: the code
/// sets, the codes and optionally the references. Kits, dose constants and
/// safety text cannot be overridden.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CodeData {
    pub(super) code_sets: Vec<RawCodeSet>,
    pub(super) codes: Vec<RawCode>,
    #[serde(default)]
    pub(super) references: Option<Vec<RawReference>>,
}

impl RawData {
    /// The data with `codes` in place of its code sets, codes and (when
    /// given) references. Validate the result with [`Data::from_raw`](super::data::Data::from_raw).
    pub fn with_codes(mut self, codes: CodeData) -> RawData {
        self.code_sets = codes.code_sets;
        self.codes = codes.codes;
        if let Some(references) = codes.references {
            self.references = references;
        }
        self
    }
}

/// The product's names and its prescribing information.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// `ZOLGENSMA`.
    pub brand: String,
    /// `onasemnogene abeparvovec-xioi`.
    pub generic: String,
    /// Link to the Full Prescribing Information.
    pub prescribing_information_url: String,
}

/// The guide itself.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    /// The guide's title.
    pub title: String,
    /// Who publishes it.
    pub publisher: String,
    /// The guide's own summary of what it covers.
    pub overview: String,
    /// Whom to ask.
    pub contact: String,
}

/// Indication and safety information, verbatim from the guide.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Information {
    /// The indication.
    pub indication: String,
    /// Limitations of use.
    pub limitations_of_use: String,
    /// The boxed warning.
    pub boxed_warning: Titled,
    /// Warnings and precautions, in the guide's order.
    pub warnings: Vec<Titled>,
    /// Adverse reactions.
    pub adverse_reactions: String,
    /// Where to report tumor development.
    pub tumor_report_phone: String,
}

/// A paragraph under a title.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Titled {
    /// The heading.
    pub title: String,
    /// The paragraph.
    pub text: String,
}

/// How ZOLGENSMA is distributed.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Distribution {
    /// The guide's sentence on purchasing.
    pub intro: String,
    /// Buy and Bill through CuraScript SD.
    pub buy_and_bill: Channel,
    /// The limited network of specialty pharmacies.
    pub specialty_pharmacy: Channel,
}

/// One distribution channel.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Heading.
    pub title: String,
    /// What the guide says of it.
    pub text: String,
    /// Its phone number, where the guide gives one.
    #[serde(default)]
    pub phone: Option<String>,
}

/// The guide's limits on its codes.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Disclaimers {
    /// Subject to change, illustrative, provider's responsibility.
    pub codes: String,
    /// Other aspects of SMA and comorbidities are not included.
    pub scope: String,
}

/// Public billing facts beyond the guide (facts.md); the widget labels them.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// The label shown next to these facts.
    pub source_label: String,
    /// The rule for weights between printed bands (template: `{ml_per_kg}`).
    pub between_bands: String,
    /// How the 11-digit NDC is made.
    pub ndc_11: String,
    /// The CMS-1500 claim string.
    pub claim_format: String,
    /// Why every kit bills as one unit.
    pub billing_units: String,
    /// The AMA notice shown wherever CPT descriptors are.
    pub cpt_notice: String,
    /// HCPCS update cadence.
    pub hcpcs_cadence: String,
    /// ICD-10-CM update cadence.
    pub icd_cadence: String,
    /// The note under 837 segments: which delimiters they are written with.
    pub edi_delimiters: String,
    /// How a match through a search alias is labelled.
    pub alias_label: String,
}
