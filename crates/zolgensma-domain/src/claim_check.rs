//! The claim check: claim lines someone else wrote (pasted from a claim, a
//! denial or a note), read and compared with the guide's data and, when a
//! weight is typed, with the kit for that weight.
//!
//! It reads any mix of CMS-1500 text (`N471894012103 UN1`, `J3399`, `1`),
//! 837 segments written with the common delimiters (`LIN**N4*…~`,
//! `CTP****1*UN~`, `SV1*HC:J3399*…*UN*1~`, `SV2*…~`, `HI*ABK:G120~`,
//! `DTP*472*D8*…~`), NDCs in any layout and codes with or without their
//! dot. Each [`Finding`] says what is wrong and, where there is one, the
//! exact text to write instead; the most serious come first. Nothing here
//! fails: any text gives findings (sources/facts.md, "Reading claim
//! lines").

use crate::claim::{ELEMENT, SEGMENT};
use crate::date::Date;
use crate::model::{CodeSystem, Data, NotCovered};
use crate::resolve::Resolution;
use crate::search::fold_words;

/// The qualifier of a procedure code (HCPCS or CPT) in SV101 and SV202.
const PROCEDURE: &str = "HC";

/// Longest paste the check reads: the lines of one claim, many times over.
pub const MAX_CHARS: usize = 20_000;

/// How serious a finding is, most serious first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The claim would bill the wrong thing, or a segment is malformed.
    Error,
    /// A format a payer is likely to reject: fix before it goes out.
    Warning,
    /// Worth knowing; nothing to correct.
    Note,
    /// Everything read matches: what was checked.
    Correct,
}

impl Severity {
    /// The word a finding of this severity starts with.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Error",
            Severity::Warning => "Fix",
            Severity::Note => "Note",
            Severity::Correct => "Matches",
        }
    }
}

/// What a live region says once the person pauses: how many findings of
/// each kind (or that nothing needs correcting), said once, not per
/// keystroke. Empty for no findings.
pub fn announcement(findings: &[Finding]) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (errors, fixes, notes) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Note),
    );
    if errors + fixes == 0 {
        return match findings.iter().find(|f| f.severity == Severity::Correct) {
            Some(correct) => format!("Claim check: {}", correct.message),
            None if notes == 1 => "Claim check: 1 note, nothing to correct.".to_string(),
            None if notes > 1 => format!("Claim check: {notes} notes, nothing to correct."),
            None => String::new(),
        };
    }
    let parts: Vec<String> = [
        (errors, "error", "errors"),
        (fixes, "fix", "fixes"),
        (notes, "note", "notes"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > 0)
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect();
    format!(
        "Claim check: {}. The list follows the field.",
        parts.join(", ")
    )
}

/// One thing the check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is.
    pub severity: Severity,
    /// What was found, in a sentence or two.
    pub message: String,
    /// The exact text to write instead, when there is one.
    pub fix: Option<String>,
}

/// Checks `pasted` against `data` and, when a weight resolved, the kit for
/// it (`weight`). Findings come most serious first; an empty paste gives
/// none.
pub fn check_claim(data: &Data, pasted: &str, weight: Option<&Resolution>) -> Vec<Finding> {
    if pasted.trim().is_empty() {
        return Vec::new();
    }
    let mut check = Check::new(data, weight);
    if pasted.chars().count() > MAX_CHARS {
        check.find(
            Severity::Error,
            format!(
                "Too long to check: paste at most {} characters (the lines of one claim).",
                group_thousands(MAX_CHARS)
            ),
            None,
        );
        return check.findings;
    }
    let text = normalize(pasted);
    let pieces: Vec<&str> = text
        .split(['\n', SEGMENT])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // A service date anywhere (the 837's DTP*472 follows the service line)
    // applies to every code of the paste.
    check.service_date = pieces
        .iter()
        .filter_map(|p| segment(p))
        .find_map(|(id, elements)| (id == "DTP").then(|| service_date(&elements)).flatten());
    for piece in &pieces {
        match segment(piece) {
            Some((id, elements)) => check.segment(id, &elements),
            None => check.free_text(piece),
        }
        check.not_covered(piece);
    }
    check.finish()
}

/// Full-width forms (`Ｊ３３９９`) as ASCII, dashes as hyphens, every kind of
/// space as a space.
fn normalize(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            '\r' => '\n',
            c if c.is_whitespace() && c != '\n' => ' ',
            c => c,
        })
        .collect()
}

/// An 837 segment written with the common delimiters: its identifier and
/// its elements (`elements[1]` is the first, as the guides number them).
fn segment(piece: &str) -> Option<(&str, Vec<&str>)> {
    let (id, _) = piece.split_once(ELEMENT)?;
    let b = id.as_bytes();
    let shaped = (2..=3).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    shaped.then(|| (id, piece.split(ELEMENT).collect()))
}

/// The date of a `DTP*472` (service date) segment: `D8*20200315`, or the
/// start of `RD8*20200315-20200317`.
fn service_date(elements: &[&str]) -> Option<Date> {
    if elements.get(1) != Some(&"472") {
        return None;
    }
    let value = elements.get(3)?;
    let first = value.split('-').next()?;
    let b = first.as_bytes();
    if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |r: core::ops::Range<usize>| first[r].parse::<u16>().ok();
    Date::new(
        n(0..4)?,
        u8::try_from(n(4..6)?).ok()?,
        u8::try_from(n(6..8)?).ok()?,
    )
}

/// `20,000`.
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Where an NDC was written: what the corrected text looks like there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// On its own (a note, a list).
    Alone,
    /// CMS-1500 item 24A, shaded: `N4…`, a space, unit qualifier and
    /// quantity.
    Paper,
    /// 837 loop 2410 `LIN03`.
    Lin,
}

/// What an NDC's digits are.
enum NdcRead {
    /// The kit at this index, and what is wrong with how it is written.
    Kit(usize, Option<Layout>),
    /// Of ZOLGENSMA's labeler, but none of the kits.
    OtherKit,
    /// Not ZOLGENSMA's.
    Foreign,
}

/// What is wrong with how a kit's NDC is written for a claim.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// The FDA's 10 digits.
    TenDigits,
    /// 11 digits with the zero in another segment than the short one.
    WrongPadding,
    /// The right 11 digits, with hyphens.
    Hyphens,
}

struct Check<'a> {
    data: &'a Data,
    /// The units every kit bills (1).
    units: String,
    weight: Option<&'a Resolution>,
    service_date: Option<Date>,
    findings: Vec<Finding>,
    /// What matched, for the line that says so.
    checked: Vec<String>,
    /// Whether any NDC was read (to ask for a weight once).
    ndc_seen: bool,
}

impl<'a> Check<'a> {
    fn new(data: &'a Data, weight: Option<&'a Resolution>) -> Check<'a> {
        let units = data.kits.first().map_or(1, |k| {
            crate::dose::hcpcs_units_for_kg(&data.dosing, &data.billing, k.max_kg)
        });
        Check {
            data,
            units: units.to_string(),
            weight,
            service_date: None,
            findings: Vec::new(),
            checked: Vec::new(),
            ndc_seen: false,
        }
    }

    fn find(&mut self, severity: Severity, message: String, fix: Option<String>) {
        let finding = Finding {
            severity,
            message,
            fix,
        };
        if !self.findings.contains(&finding) {
            self.findings.push(finding);
        }
    }

    fn checked(&mut self, what: String) {
        if !self.checked.contains(&what) {
            self.checked.push(what);
        }
    }

    fn finish(mut self) -> Vec<Finding> {
        let wrong = self
            .findings
            .iter()
            .any(|f| f.severity <= Severity::Warning);
        if self.ndc_seen && self.weight.is_none() {
            self.find(
                Severity::Note,
                "No weight is typed above: type the patient's weight to check the kit against it."
                    .into(),
                None,
            );
        }
        if !wrong && !self.checked.is_empty() {
            let message = format!("Nothing to correct. Checked: {}.", self.checked.join("; "));
            self.find(Severity::Correct, message, None);
        }
        if self.findings.is_empty() {
            let first = self.data.kits.first().map(|k| k.ndc.to_11().bare());
            let example = first.map_or(String::new(), |ndc| {
                format!(
                    " ({}{ndc} {}{}, {}, 837 LIN and CTP, SV1, SV2, HI)",
                    self.data.billing.claim_ndc_qualifier,
                    self.data.billing.claim_unit_qualifier,
                    self.data.billing.claim_quantity,
                    self.data.billing.hcpcs
                )
            });
            self.find(
                Severity::Note,
                format!("Nothing here to check: paste NDCs, codes or claim lines{example}."),
                None,
            );
        }
        crate::small_sort::by_key(&mut self.findings, |f| f.severity);
        self.findings
    }

    // -- Reading -----------------------------------------------------------

    fn segment(&mut self, id: &str, elements: &[&str]) {
        match id {
            "LIN" => self.lin(elements),
            "CTP" => self.ctp(elements),
            "SV1" => self.service_line(elements, 1),
            "SV2" => self.service_line(elements, 2),
            "HI" => self.hi(elements),
            _ => {}
        }
    }

    fn free_text(&mut self, line: &str) {
        let words: Vec<&str> = line
            .split([' ', ',', ';', '|', '(', ')'])
            .map(|w| w.trim_end_matches(['.', ':']))
            .filter(|w| !w.is_empty())
            .collect();
        let mut i = 0;
        while i < words.len() {
            let used = self.paper_ndc(&words[i..]);
            if used > 0 {
                i += used;
                continue;
            }
            let word = words[i];
            if is_ndc_like(word) {
                self.ndc(word, Place::Alone);
            } else if let Some(code) = self.code_in_text(word) {
                match code {
                    Read::Hcpcs(code) => {
                        // CMS-1500: 24D, then 24E to 24G on the same line;
                        // the last small whole number is 24G's units.
                        let units = words[i + 1..]
                            .iter()
                            .rev()
                            .find(|w| w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
                            .copied();
                        self.hcpcs(&code, units, None);
                    }
                    Read::Cpt(code) => self.cpt(&code),
                    Read::Icd { code, dotted } => self.icd(&code, dotted, None),
                }
            }
            i += 1;
        }
    }

    /// A CMS-1500 24A string at the start of `words` (`N471894012103 UN1`,
    /// `N4 71894012103 UN 1`, or without its `N4`); how many words it took.
    fn paper_ndc(&mut self, words: &[&str]) -> usize {
        let Some(first) = words.first() else {
            return 0;
        };
        let ndc_q = self.data.billing.claim_ndc_qualifier.clone();
        // The qualifier and the NDC, joined or apart.
        let (qualifier, ndc, mut used) = if first.len() > 2
            && first.is_char_boundary(2)
            && first[..2].bytes().any(|b| b.is_ascii_alphabetic())
            && first[..2].bytes().all(|b| b.is_ascii_alphanumeric())
            && is_ndc_like(&first[2..])
        {
            (Some(first[..2].to_ascii_uppercase()), &first[2..], 1)
        } else if first.eq_ignore_ascii_case(&ndc_q) && words.get(1).is_some_and(|w| is_ndc_like(w))
        {
            (Some(ndc_q.clone()), words[1], 2)
        } else if is_ndc_like(first) {
            (None, *first, 1)
        } else {
            return 0;
        };
        let unit = unit_and_quantity(&words[used..]);
        if qualifier.is_none() && unit.is_none() {
            // A bare NDC: `free_text` reads it as one.
            return 0;
        }
        let (unit_q, quantity, unit_words) = unit.unwrap_or_default();
        used += unit_words;
        let written = words[..used].join(" ");
        let kit = self.ndc(ndc, Place::Paper);
        let right_ndc = kit.map(|i| self.data.kits[i].ndc.to_11().bare());
        let fix = right_ndc.map(|ndc| self.paper_line(&ndc));
        match &qualifier {
            None => self.find(
                Severity::Warning,
                format!("“{written}” has no qualifier: item 24A starts with {ndc_q} before the 11-digit NDC."),
                fix.clone(),
            ),
            Some(q) if *q != ndc_q => self.find(
                Severity::Error,
                format!("“{written}” starts with {q}: the qualifier of an 11-digit NDC is {ndc_q}."),
                fix.clone(),
            ),
            Some(_) => {}
        }
        if unit_words == 0 {
            self.find(
                Severity::Warning,
                format!(
                    "“{written}”: after the NDC come a space, the unit qualifier and the quantity."
                ),
                fix,
            );
        } else {
            self.quantity("item 24A", &unit_q, &quantity, fix);
        }
        used
    }

    /// The unit qualifier and quantity of 24A or CTP against the guide's
    /// (`UN`, 1 kit).
    fn quantity(&mut self, place: &str, unit_q: &str, quantity: &str, fix: Option<String>) {
        let b = &self.data.billing;
        let (want_q, want_n) = (b.claim_unit_qualifier.clone(), b.claim_quantity);
        if unit_q.is_empty() {
            self.find(
                Severity::Error,
                format!(
                    "{place}: the unit qualifier is missing ({}).",
                    b.unit_qualifiers.join(", ")
                ),
                fix,
            );
            return;
        }
        if !b.unit_qualifiers.iter().any(|q| q == unit_q) {
            self.find(
                Severity::Error,
                format!(
                    "{place}: “{unit_q}” is not a unit-of-measure qualifier ({}).",
                    b.unit_qualifiers.join(", ")
                ),
                fix,
            );
            return;
        }
        if unit_q != want_q {
            self.find(
                Severity::Warning,
                format!("{place}: the kit is counted in {want_q} (units), not {unit_q}."),
                fix,
            );
            return;
        }
        match read_quantity(quantity) {
            None => self.find(
                Severity::Error,
                format!("{place}: the quantity “{quantity}” is not a number (up to 8 digits, and 3 after a point)."),
                fix,
            ),
            Some(n) if n != u64::from(want_n) * 1000 => self.find(
                Severity::Warning,
                format!("{place}: the quantity is {quantity}; one claim line is {want_n} kit ({want_q}{want_n})."),
                fix,
            ),
            Some(_) => self.checked(format!("{want_q}{want_n} ({place})")),
        }
    }

    fn lin(&mut self, elements: &[&str]) {
        let ndc_q = self.data.billing.claim_ndc_qualifier.clone();
        let qualifier = elements.get(2).copied().unwrap_or("");
        let ndc = elements.get(3).copied().unwrap_or("");
        let written = elements.join(&ELEMENT.to_string());
        if ndc.is_empty() {
            let fix = self.weight.map(|r| self.lin_line(&r.ndc11.bare()));
            self.find(
                Severity::Error,
                format!("“{written}~” has no NDC: loop 2410's LIN needs LIN02 = {ndc_q} and LIN03 = the 11-digit NDC."),
                fix,
            );
            return;
        }
        let kit = if is_ndc_like(ndc) {
            self.ndc(ndc, Place::Lin)
        } else {
            self.find(
                Severity::Error,
                format!("LIN03 “{ndc}” is not an NDC: it holds the 11-digit NDC."),
                self.weight.map(|r| self.lin_line(&r.ndc11.bare())),
            );
            None
        };
        if qualifier != ndc_q {
            let right = kit.map(|i| self.data.kits[i].ndc.to_11().bare());
            let said = if qualifier.is_empty() {
                "LIN02 is empty".to_string()
            } else {
                format!("LIN02 is “{qualifier}”")
            };
            self.find(
                Severity::Error,
                format!("{said}: loop 2410's LIN needs {ndc_q} there, the qualifier of the 11-digit NDC in LIN03."),
                right.map(|ndc| self.lin_line(&ndc)),
            );
        } else if kit.is_some() {
            self.checked(format!("LIN02 {ndc_q}"));
        }
    }

    fn ctp(&mut self, elements: &[&str]) {
        let b = &self.data.billing;
        let fix = Some(format!(
            "CTP{0}{0}{0}{0}{1}{0}{2}{3}",
            ELEMENT, b.claim_quantity, b.claim_unit_qualifier, SEGMENT
        ));
        let quantity = elements.get(4).copied().unwrap_or("");
        let unit = elements
            .get(5)
            .and_then(|c| c.split(':').next())
            .unwrap_or("");
        if quantity.is_empty() {
            self.find(
                Severity::Error,
                "CTP04 (the quantity) is missing: CTP04 and CTP05 come together.".into(),
                fix,
            );
            return;
        }
        if read_quantity(quantity).is_none() {
            self.find(
                Severity::Error,
                format!("CTP04 “{quantity}” is not a number: it holds the quantity."),
                fix,
            );
            return;
        }
        if unit.is_empty() {
            self.find(
                Severity::Error,
                "CTP05-01 (the unit of measure) is missing: CTP04 and CTP05 come together.".into(),
                fix,
            );
            return;
        }
        self.quantity("CTP", unit, quantity, fix);
    }

    /// SV1 (professional, `n` = 1) or SV2 (institutional, `n` = 2, after
    /// the revenue code).
    fn service_line(&mut self, elements: &[&str], n: usize) {
        let at = |i: usize| elements.get(n - 1 + i).copied().unwrap_or("");
        let composite = at(1);
        let name = if n == 1 { "SV1" } else { "SV2" };
        let mut parts = composite.split(':');
        let qualifier = parts.next().unwrap_or("");
        let code = parts.next().unwrap_or("").to_ascii_uppercase();
        if code.is_empty() {
            self.find(
                Severity::Error,
                format!(
                    "{name}: “{composite}” has no procedure code ({PROCEDURE}:{}).",
                    self.data.billing.hcpcs
                ),
                None,
            );
            return;
        }
        if qualifier != PROCEDURE {
            let fix = self.rewrite(elements, n, None, false);
            self.find(
                Severity::Warning,
                format!("{name}{n:02}-01 is “{qualifier}”: HCPCS and CPT codes take the qualifier {PROCEDURE}."),
                Some(fix),
            );
        }
        let units = (at(3), at(4));
        match read_code(&code) {
            Some(Read::Hcpcs(c)) => self.hcpcs(&c, Some(units.1), Some((elements, n, units.0))),
            Some(Read::Cpt(c)) => self.cpt(&c),
            _ => self.find(
                Severity::Note,
                format!("{name}: “{code}” is not among the guide's codes."),
                None,
            ),
        }
    }

    fn hi(&mut self, elements: &[&str]) {
        for (i, composite) in elements.iter().enumerate().skip(1) {
            let Some((_, code)) = composite.split_once(':') else {
                continue;
            };
            let code = code.split(':').next().unwrap_or("").to_ascii_uppercase();
            if code.is_empty() {
                continue;
            }
            self.icd(&code, code.contains('.'), Some((elements, i)));
        }
    }

    // -- What was read, against the data -----------------------------------

    /// An NDC written at `place`: the kit it is, if any, with findings on
    /// how it is written and whether it is the weight's kit.
    fn ndc(&mut self, written: &str, place: Place) -> Option<usize> {
        self.ndc_seen = true;
        let corrected = |check: &Check, ndc: &str| match place {
            Place::Alone => ndc.to_string(),
            Place::Paper => check.paper_line(ndc),
            Place::Lin => check.lin_line(ndc),
        };
        let weight_fix = self.weight.map(|r| corrected(self, &r.ndc11.bare()));
        let kits = &self.data.kits;
        match read_ndc(self.data, written) {
            NdcRead::Foreign => {
                let labeler = labeler(self.data);
                self.find(
                    Severity::Error,
                    format!(
                        "{written} is not a ZOLGENSMA NDC: every kit's NDC starts with {labeler}."
                    ),
                    weight_fix,
                );
                None
            }
            NdcRead::OtherKit => {
                let range = match (kits.first(), kits.last()) {
                    (Some(a), Some(b)) => format!(" ({} to {})", a.ndc, b.ndc),
                    _ => String::new(),
                };
                self.find(
                    Severity::Error,
                    format!(
                        "{written} is not one of the guide's {} kits{range}.",
                        kits.len()
                    ),
                    weight_fix,
                );
                None
            }
            NdcRead::Kit(index, layout) => {
                let kit = kits[index];
                let right = kit.ndc.to_11().bare();
                let band = format!("{}–{} kg", kit.min_kg, kit.max_kg);
                match (self.weight, layout) {
                    (Some(r), _) if r.index != index => {
                        let want = r.kit;
                        self.find(
                            Severity::Error,
                            format!(
                                "{written} is the {band} kit ({}); for {} kg the kit is the {}–{} kg kit ({}).",
                                kit.ndc,
                                r.weight.kg_text().0,
                                want.min_kg,
                                want.max_kg,
                                want.ndc
                            ),
                            weight_fix,
                        );
                        return Some(index);
                    }
                    _ => {}
                }
                let fix = Some(corrected(self, &right));
                match layout {
                    Some(Layout::TenDigits) => self.find(
                        Severity::Warning,
                        format!("{written} is the 10-digit NDC of the {band} kit: claims need the 11-digit NDC, 5-4-2, without hyphens."),
                        fix,
                    ),
                    Some(Layout::WrongPadding) => self.find(
                        Severity::Warning,
                        format!("{written} has its added zero in the wrong segment: the 11-digit NDC of {} pads the short product code (5-4-2).", kit.ndc),
                        fix,
                    ),
                    Some(Layout::Hyphens) if place != Place::Alone => self.find(
                        Severity::Warning,
                        format!("{written}: on the claim the 11-digit NDC is written without hyphens."),
                        fix,
                    ),
                    _ => {
                        let against = match self.weight {
                            Some(r) => format!(", the kit for {} kg", r.weight.kg_text().0),
                            None => String::new(),
                        };
                        self.checked(format!("NDC {written} ({band} kit{against})"));
                    }
                }
                Some(index)
            }
        }
    }

    /// An HCPCS code; `units` is what its line bills (24G, SV104, SV205),
    /// `segment` the service line it is on, to write the line corrected.
    fn hcpcs(&mut self, code: &str, units: Option<&str>, segment: Option<(&[&str], usize, &str)>) {
        let billed = self.data.billing.hcpcs.clone();
        let effective = self
            .data
            .codes
            .iter()
            .find(|c| c.code == billed)
            .and_then(|c| c.effective);
        let before = match (self.service_date, effective) {
            (Some(date), Some(from)) if date < from => Some((date, from)),
            _ => None,
        };
        if code != billed {
            let listed = self.data.codes.iter().any(|c| c.code == code);
            if listed {
                self.checked(format!("{code} (the guide's)"));
                return;
            }
            match before {
                Some((date, from)) => self.find(
                    Severity::Note,
                    format!("{code}: on {date} there was no {billed} (it took effect {from}); this reference names no code for that date."),
                    None,
                ),
                None => self.find(
                    Severity::Warning,
                    format!("{code} is not the guide's HCPCS code for ZOLGENSMA: the drug line bills {billed}."),
                    Some(match segment {
                        Some((elements, n, _)) => self.rewrite(elements, n, Some(&billed), false),
                        None => billed.clone(),
                    }),
                ),
            }
            return;
        }
        if let Some((date, from)) = before {
            self.find(
                Severity::Error,
                format!("{billed} took effect {from}: on {date}, the service date, there was no {billed}; this reference names no code for that date."),
                None,
            );
            return;
        }
        let want = self.data.billing.claim_unit_qualifier.clone();
        if let Some((elements, n, unit)) = segment {
            if unit != want {
                let fix = self.rewrite(elements, n, Some(&billed), true);
                self.find(
                    Severity::Warning,
                    format!("{billed} is billed in {want} (units), not “{unit}”."),
                    Some(fix),
                );
            }
        }
        let one = self.units.clone();
        match units {
            Some(n) if n == one => self.checked(format!("{billed}, {one} unit")),
            Some(other) => {
                let fix = match segment {
                    Some((elements, n, _)) => self.rewrite(elements, n, Some(&billed), true),
                    None => format!("{billed} {one}"),
                };
                self.find(
                    Severity::Warning,
                    format!("{billed} is billed as {one} unit per treatment, not {other}: every kit is {one} unit."),
                    Some(fix),
                );
            }
            None => self.checked(billed),
        }
    }

    fn cpt(&mut self, code: &str) {
        if self.data.codes.iter().any(|c| c.code == code) {
            self.checked(format!("CPT {code} (the guide's)"));
        } else {
            self.find(
                Severity::Note,
                format!("CPT {code} is not among the guide's CPT codes (it lists the infusion and hospital care codes for ZOLGENSMA)."),
                None,
            );
        }
    }

    /// An ICD-10-CM code (`dotted` as written); `hi` is the HI segment it
    /// is in and its position there.
    fn icd(&mut self, code: &str, dotted: bool, hi: Option<(&[&str], usize)>) {
        let bare: String = code.chars().filter(|c| *c != '.').collect();
        let listed = self
            .data
            .codes
            .iter()
            .filter(|c| c.system == CodeSystem::Icd10Cm)
            .find(|c| c.code.replace('.', "") == bare);
        let Some(listed) = listed else {
            let guide: Vec<&str> = self
                .data
                .codes
                .iter()
                .filter(|c| c.system == CodeSystem::Icd10Cm)
                .map(|c| c.code.as_str())
                .collect();
            self.find(
                Severity::Note,
                format!(
                    "{code} is not among the guide's ICD-10-CM codes ({}): the guide lists the codes for SMA; other diagnoses are outside it.",
                    guide.join(", ")
                ),
                None,
            );
            return;
        };
        let dot = listed.code.clone();
        match hi {
            Some((elements, i)) if dotted => {
                let mut fixed: Vec<String> = elements.iter().map(|e| e.to_string()).collect();
                if let Some((q, _)) = elements[i].split_once(':') {
                    fixed[i] = format!("{q}:{bare}");
                }
                self.find(
                    Severity::Warning,
                    format!("In an 837 HI segment diagnosis codes are written without the dot: {bare}, not {code}."),
                    Some(format!("{}{SEGMENT}", fixed.join(&ELEMENT.to_string()))),
                );
            }
            Some(_) => self.checked(format!("{dot} (HI {bare})")),
            None if !dotted => self.find(
                Severity::Note,
                format!("{code} is {dot}: write {dot} on paper (CMS-1500 item 21) and in lists, {bare} in an 837 HI segment."),
                None,
            ),
            None => self.checked(dot),
        }
    }

    /// Products this reference does not cover, named in `piece`.
    fn not_covered(&mut self, piece: &str) {
        let words = fold_words(piece);
        let folded = words.join(" ");
        let named: Vec<NotCovered> = self
            .data
            .not_covered
            .iter()
            .filter(|n| {
                n.terms.iter().any(|t| {
                    let term = fold_words(t).join(" ");
                    if term.contains(' ') {
                        folded.contains(&term)
                    } else {
                        words.contains(&term)
                    }
                })
            })
            .cloned()
            .collect();
        for n in named {
            self.find(Severity::Note, format!("{} {}", n.summary(), n.scope), None);
        }
    }

    // -- Written the guide's way -------------------------------------------

    /// CMS-1500 item 24A for the NDC `ndc` (11 digits): `N4… UN1`.
    fn paper_line(&self, ndc: &str) -> String {
        let b = &self.data.billing;
        format!(
            "{}{ndc} {}{}",
            b.claim_ndc_qualifier, b.claim_unit_qualifier, b.claim_quantity
        )
    }

    /// The 837 LIN segment for the NDC `ndc` (11 digits).
    fn lin_line(&self, ndc: &str) -> String {
        format!(
            "LIN{0}{0}{1}{0}{ndc}{SEGMENT}",
            ELEMENT, self.data.billing.claim_ndc_qualifier
        )
    }

    /// An SV1 or SV2 segment written again with the procedure qualifier,
    /// `code` when given, and with `units` the guide's unit and units; the
    /// charge and the rest as pasted.
    fn rewrite(&self, elements: &[&str], n: usize, code: Option<&str>, units: bool) -> String {
        let mut fixed: Vec<String> = elements.iter().map(|e| e.to_string()).collect();
        // SV101 or SV202; then SV103/SV104 or SV204/SV205.
        let (composite, unit_at, count_at) = (n, n + 2, n + 3);
        while fixed.len() <= if units { count_at } else { composite } {
            fixed.push(String::new());
        }
        let mut parts: Vec<String> = fixed[composite].split(':').map(str::to_string).collect();
        parts.resize(parts.len().max(2), String::new());
        parts[0] = PROCEDURE.to_string();
        if let Some(code) = code {
            parts[1] = code.to_string();
        }
        fixed[composite] = parts.join(":");
        if units {
            fixed[unit_at] = self.data.billing.claim_unit_qualifier.clone();
            fixed[count_at] = self.units.clone();
        }
        format!("{}{SEGMENT}", fixed.join(&ELEMENT.to_string()))
    }

    /// A code in free text, by its shape.
    fn code_in_text(&self, word: &str) -> Option<Read> {
        let upper = word.to_ascii_uppercase();
        match read_code(&upper)? {
            // A letter and four digits is an HCPCS code's shape, unless its
            // first three characters are the category of one of the
            // guide's diagnoses (G1221 is G12.21).
            Read::Hcpcs(code) => {
                let category = &code[..3];
                let diagnosis = self
                    .data
                    .codes
                    .iter()
                    .any(|c| c.system == CodeSystem::Icd10Cm && c.code.starts_with(category));
                Some(if diagnosis {
                    Read::Icd {
                        code,
                        dotted: false,
                    }
                } else {
                    Read::Hcpcs(code)
                })
            }
            // Five digits are only a CPT code when it is one of the guide's
            // (other five-digit numbers in a note are not codes).
            Read::Cpt(code) => self
                .data
                .codes
                .iter()
                .any(|c| c.code == code)
                .then_some(Read::Cpt(code)),
            icd => Some(icd),
        }
    }
}

/// A code read by its shape.
enum Read {
    /// A letter and four digits (`J3399`).
    Hcpcs(String),
    /// Five characters, four digits and a digit or letter (`96365`).
    Cpt(String),
    /// An ICD-10-CM code, with or without its dot.
    Icd { code: String, dotted: bool },
}

fn read_code(code: &str) -> Option<Read> {
    let b = code.as_bytes();
    if CodeSystem::Hcpcs.is_well_formed(code) {
        return Some(Read::Hcpcs(code.to_string()));
    }
    if CodeSystem::Cpt.is_well_formed(code) {
        return Some(Read::Cpt(code.to_string()));
    }
    if CodeSystem::Icd10Cm.is_well_formed(code) {
        return Some(Read::Icd {
            code: code.to_string(),
            dotted: code.contains('.'),
        });
    }
    // An ICD-10-CM code without its dot: a letter, a digit, then two to
    // five digits or letters (`G120`).
    let undotted = (4..=7).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_digit()
        && b[2..]
            .iter()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && b.iter().filter(|c| c.is_ascii_digit()).count() >= 3;
    undotted.then(|| Read::Icd {
        code: code.to_string(),
        dotted: false,
    })
}

/// Digits and hyphens only, 10 or 11 digits, not starting or ending with a
/// hyphen: how NDCs are written.
fn is_ndc_like(word: &str) -> bool {
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    word.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && (10..=11).contains(&digits)
        && !word.starts_with('-')
        && !word.ends_with('-')
        && !word.contains("--")
}

/// The kits' labeler code as written in an 11-digit NDC (`71894`).
fn labeler(data: &Data) -> String {
    data.kits
        .first()
        .map(|k| k.ndc.to_11().bare()[..5].to_string())
        .unwrap_or_default()
}

/// Which kit an NDC is, and how it is written.
fn read_ndc(data: &Data, written: &str) -> NdcRead {
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    for (i, kit) in data.kits.iter().enumerate() {
        let eleven = kit.ndc.to_11().bare();
        let ten: String = eleven
            .chars()
            .enumerate()
            .filter(|(n, _)| *n != padded_at(kit.ndc.layout()))
            .map(|(_, c)| c)
            .collect();
        if digits == eleven {
            let layout = written.contains('-').then_some(Layout::Hyphens);
            return NdcRead::Kit(i, layout);
        }
        if digits == ten {
            return NdcRead::Kit(i, Some(Layout::TenDigits));
        }
        // Eleven digits: the ten with a zero added somewhere else.
        if digits.len() == 11
            && (0..11).any(|at| {
                digits.as_bytes()[at] == b'0' && {
                    let mut without = digits.clone();
                    without.remove(at);
                    without == ten
                }
            })
        {
            return NdcRead::Kit(i, Some(Layout::WrongPadding));
        }
    }
    if digits.starts_with(&labeler(data)) {
        NdcRead::OtherKit
    } else {
        NdcRead::Foreign
    }
}

/// Where the 11-digit form adds its zero, by layout.
fn padded_at(layout: crate::ndc::NdcLayout) -> usize {
    use crate::ndc::NdcLayout;
    match layout {
        NdcLayout::L442 => 0,
        NdcLayout::L532 => 5,
        NdcLayout::L541 => 9,
    }
}

/// The unit qualifier and quantity at the start of `words` (`UN1`, `UN 1`,
/// `ML5.5`), and how many words they took.
fn unit_and_quantity(words: &[&str]) -> Option<(String, String, usize)> {
    let first = words.first()?;
    let b = first.as_bytes();
    if b.len() < 2 || !b[..2].iter().all(u8::is_ascii_alphanumeric) || !b[0].is_ascii_alphabetic() {
        return None;
    }
    let (q, rest) = first.split_at(2);
    let q = q.to_ascii_uppercase();
    if !rest.is_empty() {
        let numeric = rest.bytes().all(|c| c.is_ascii_digit() || c == b'.');
        return numeric.then(|| (q, rest.to_string(), 1));
    }
    let next = words.get(1)?;
    let numeric = next.bytes().all(|c| c.is_ascii_digit() || c == b'.') && !next.is_empty();
    numeric.then(|| (q, next.to_string(), 2))
}

/// A claim quantity in thousandths: up to 8 digits before a point and 3
/// after.
fn read_quantity(text: &str) -> Option<u64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || int.len() > 8 || frac.len() > 3 || !digits(int) || !digits(frac) {
        return None;
    }
    let int: u64 = int.parse().ok()?;
    let frac: u64 = format!("{frac:0<3}").parse().ok()?;
    Some(int * 1000 + frac)
}
