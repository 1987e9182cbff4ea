//! What goes on the claim for one kit, in the formats sources/facts.md describes:
//! the CMS-1500 paper claim's item 24 and the 837P/837I electronic claim's
//! loop 2410 segments.
//!
//! The qualifiers, the quantity and the HCPCS code come from the data file
//! (`billing`); only the formats' own structure (item numbers, segment
//! names, the common delimiters) is written here. `tests/claim.rs` checks
//! every line against sources/facts.md's examples.

use crate::model::Billing;
use crate::ndc::Ndc11;

/// The element separator and segment terminator most 837 files use. A
/// submitter's interchange header (ISA) may declare others.
pub(crate) const ELEMENT: char = '*';
/// The segment terminator most 837 files use.
pub(crate) const SEGMENT: char = '~';

/// Every claim line for one kit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimLines {
    /// The 11-digit NDC, hyphenated (`71894-0129-05`).
    pub ndc11: String,
    /// The 11-digit NDC as claims carry it (`71894012905`).
    pub ndc11_bare: String,
    /// CMS-1500 item 24A, shaded area: `N471894012905 UN1`.
    pub cms_24a: String,
    /// CMS-1500 item 24D: the HCPCS code (`J3399`).
    pub cms_24d: String,
    /// CMS-1500 item 24G: its units (`1`).
    pub cms_24g: String,
    /// 837 loop 2410 LIN segment: `LIN**N4*71894012905~`.
    pub lin: String,
    /// 837 loop 2410 CTP segment: `CTP****1*UN~`.
    pub ctp: String,
}

impl ClaimLines {
    /// The lines for a kit of NDC `ndc11` billed as `units` units.
    pub fn new(billing: &Billing, ndc11: Ndc11, units: u32) -> ClaimLines {
        let bare = ndc11.bare();
        let (ndc_q, unit_q, qty) = (
            &billing.claim_ndc_qualifier,
            &billing.claim_unit_qualifier,
            billing.claim_quantity,
        );
        // LIN01 is not used: the segment starts with two separators.
        let lin = format!("LIN{ELEMENT}{ELEMENT}{ndc_q}{ELEMENT}{bare}{SEGMENT}");
        // CTP01 to CTP03 are not used; CTP04 is the quantity, CTP05-01 the
        // unit of measure.
        let ctp = format!("CTP{0}{0}{0}{0}{qty}{0}{unit_q}{SEGMENT}", ELEMENT);
        ClaimLines {
            ndc11: ndc11.to_string(),
            cms_24a: format!("{ndc_q}{bare} {unit_q}{qty}"),
            cms_24d: billing.hcpcs.clone(),
            cms_24g: units.to_string(),
            lin,
            ctp,
            ndc11_bare: bare,
        }
    }

    /// Every line as plain text, one per line, each named: what "Copy claim
    /// lines" puts on the clipboard.
    pub fn plain_text(&self) -> String {
        [
            (
                "NDC, 11 digits",
                format!("{} ({})", self.ndc11_bare, self.ndc11),
            ),
            ("CMS-1500 24A, shaded", self.cms_24a.clone()),
            ("CMS-1500 24D", self.cms_24d.clone()),
            ("CMS-1500 24G", self.cms_24g.clone()),
            ("837P/837I loop 2410 LIN", self.lin.clone()),
            ("837P/837I loop 2410 CTP", self.ctp.clone()),
        ]
        .iter()
        .map(|(name, value)| format!("{name}: {value}\n"))
        .collect()
    }
}
