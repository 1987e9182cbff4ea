//! The data file as written: the shapes `data/zolgensma.json` must have.
//!
//! Strings for every figure, so nothing passes through binary floating
//! point; [`Data::from_raw`](crate::model::Data::from_raw) checks the rules and types them.
//! The widget's build script reads its built-in data file into these
//! types, validates them and compiles the result into the widget.

use serde::{Deserialize, Serialize};

/// The data file as written. Only [`Data::from_raw`](crate::model::Data::from_raw) looks inside.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawData {
    pub(crate) format: u32,
    pub(crate) product: Product,
    pub(crate) guide: Guide,
    pub(crate) dosing: RawDosing,
    pub(crate) kits: Vec<RawKit>,
    pub(crate) billing: RawBilling,
    pub(crate) code_sets: Vec<RawCodeSet>,
    pub(crate) codes: Vec<RawCode>,
    pub(crate) information: Information,
    pub(crate) distribution: Distribution,
    pub(crate) disclaimers: Disclaimers,
    pub(crate) references: Vec<RawReference>,
    pub(crate) facts: Facts,
    /// Products people may look for here that this reference does not
    /// cover (ITVISMA), said where a person meets them.
    #[serde(default)]
    pub(crate) not_covered: Vec<RawNotCovered>,
    /// Words people search for that the guide's text does not hold
    /// (`zolgensma` for J3399); the widget labels matches through them.
    #[serde(default)]
    pub(crate) search_aliases: Vec<RawAlias>,
}

/// A product this reference does not cover, as written (facts beyond the
/// guide).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawNotCovered {
    pub(crate) name: String,
    pub(crate) generic: String,
    pub(crate) route: String,
    pub(crate) dosing: String,
    pub(crate) min_age_months: u32,
    pub(crate) approved: String,
    pub(crate) text: String,
    pub(crate) contrast: String,
    pub(crate) scope: String,
    pub(crate) terms: Vec<String>,
}

/// Search terms for one code, added by the widget (not the guide's text).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawAlias {
    pub(crate) code: String,
    pub(crate) terms: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDosing {
    pub(crate) dose_vg_per_kg: String,
    pub(crate) concentration_vg_per_ml: String,
    pub(crate) vial_fills_ml: [String; 2],
    pub(crate) weight_range_kg: [String; 2],
    pub(crate) max_age_months: u32,
    pub(crate) text: String,
    pub(crate) kit_text: String,
    pub(crate) footnotes: [String; 3],
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawKit {
    pub(crate) min_kg: String,
    pub(crate) max_kg: String,
    pub(crate) dose_ml: String,
    pub(crate) vials: [u32; 2],
    pub(crate) total_vials: u32,
    pub(crate) ndc: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBilling {
    pub(crate) hcpcs: String,
    pub(crate) max_vg_per_unit: String,
    pub(crate) claim_ndc_qualifier: String,
    pub(crate) claim_unit_qualifier: String,
    pub(crate) claim_quantity: u32,
    pub(crate) unit_qualifiers: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
/// A code set as written in the data file.
pub struct RawCodeSet {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) full_name: String,
    pub(crate) title: String,
    pub(crate) intro: String,
    pub(crate) source: u32,
    pub(crate) as_of: String,
    /// Which release of the code set the list is, for the date-of-service
    /// check; without it the check says the release is not known.
    #[serde(default)]
    pub(crate) release: Option<RawRelease>,
}

/// A code-set release: how often the set is released and when the list's
/// release took effect (`{"cadence": "quarterly", "from": "2024-10-01"}`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawRelease {
    pub(crate) cadence: String,
    pub(crate) from: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
/// A code as written in the data file.
pub struct RawCode {
    pub(crate) set: String,
    pub(crate) code: String,
    pub(crate) description: String,
    #[serde(default)]
    pub(crate) range: Option<String>,
    #[serde(default)]
    pub(crate) includes: Vec<String>,
    /// The date the code took effect, where the guide gives one.
    #[serde(default)]
    pub(crate) effective: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
/// A reference as written in the data file.
pub struct RawReference {
    pub(crate) id: u32,
    pub(crate) text: String,
    #[serde(default)]
    pub(crate) accessed: Option<String>,
    #[serde(default)]
    pub(crate) url: Option<String>,
}

/// Replacement codes from a host page, in the data file's format: the code
/// sets, the codes and optionally the references. Kits, dose constants and
/// safety text cannot be overridden.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CodeData {
    pub(crate) code_sets: Vec<RawCodeSet>,
    pub(crate) codes: Vec<RawCode>,
    #[serde(default)]
    pub(crate) references: Option<Vec<RawReference>>,
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

/// Public billing facts beyond the guide (sources/facts.md); the widget labels them.
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
