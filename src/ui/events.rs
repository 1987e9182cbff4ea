//! What the widget tells its host: a kit was resolved or cleared, something
//! was copied. The static page ignores these; the embed API turns them into
//! DOM `CustomEvent`s and callbacks.
//!
//! No event carries the patient's weight or age.

use std::rc::Rc;

use serde::Serialize;

use crate::domain::{Data, Resolution};

/// An event for the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    /// The weight now resolves to a (different) kit.
    KitResolved(KitDetail),
    /// The weight no longer resolves to a kit.
    KitCleared,
    /// Typing paused on a result different from the last settled one: the
    /// kit (or `None`: no kit). Hosts that want only what the person
    /// settled on listen to this instead of the two above, which follow
    /// every keystroke.
    KitSettled(Option<KitDetail>),
    /// A code of the code reference was copied.
    CodeCopied(CodeCopied),
    /// An NDC or the claim string was copied.
    Copied(Copied),
}

/// The `detail` of `zolgensma:code-copied`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeCopied {
    /// The code (`G12.1`).
    pub code: String,
    /// Its code set (`ICD-10-CM`).
    pub code_set: String,
}

/// The `detail` of `zolgensma:copied`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Copied {
    /// What it was (`11-digit NDC`).
    pub what: String,
    /// The text that was copied.
    pub text: String,
}

impl WidgetEvent {
    /// The DOM event name (`zolgensma:kit-resolved`).
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::KitResolved(_) => "zolgensma:kit-resolved",
            WidgetEvent::KitCleared => "zolgensma:kit-cleared",
            WidgetEvent::KitSettled(_) => "zolgensma:kit-settled",
            WidgetEvent::CodeCopied(_) => "zolgensma:code-copied",
            WidgetEvent::Copied(_) => "zolgensma:copied",
        }
    }
}

/// The `detail` of `zolgensma:kit-resolved`: the kit and its billing
/// identifiers, never the weight that chose it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KitDetail {
    /// The 10-digit NDC as printed (`71894-121-03`).
    pub ndc10: String,
    /// The 11-digit NDC, hyphenated (`71894-0121-03`).
    pub ndc11: String,
    /// The 11-digit NDC without hyphens (`71894012103`).
    pub ndc11_digits: String,
    /// The CMS-1500 item 24A string (`N471894012103 UN1`).
    pub claim: String,
    /// The printed weight band in kg, as strings (`["3.1", "3.5"]`).
    pub band_kg: [String; 2],
    /// The table's dose volume in mL (`"19.3"`).
    pub dose_volume_ml: String,
    /// Vials of each fill (`[{"fillMl": "5.5", "count": 2}, …]`).
    pub vials: Vec<VialCount>,
    /// Vials in the kit.
    pub total_vials: u32,
    /// The HCPCS code and its units.
    pub hcpcs: String,
    /// Units of that code.
    pub hcpcs_units: u32,
}

/// How many vials of one fill a kit holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VialCount {
    /// The fill (`"5.5"`).
    pub fill_ml: String,
    /// How many.
    pub count: u32,
}

impl KitDetail {
    /// The detail of a resolution.
    pub fn new(data: &Data, r: &Resolution) -> KitDetail {
        let fills = data.dosing.vial_fills_ml;
        KitDetail {
            ndc10: r.kit.ndc.to_string(),
            ndc11: r.ndc11.to_string(),
            ndc11_digits: r.ndc11.bare(),
            claim: r.claim.cms_24a.clone(),
            band_kg: [r.kit.min_kg.to_string(), r.kit.max_kg.to_string()],
            dose_volume_ml: r.kit.dose_ml.to_string(),
            vials: (0..2)
                .map(|i| VialCount {
                    fill_ml: fills[i].to_string(),
                    count: r.kit.vials[i],
                })
                .collect(),
            total_vials: r.kit.total_vials,
            hcpcs: r.hcpcs.clone(),
            hcpcs_units: r.hcpcs_units,
        }
    }
}

/// Where events go: a function the embed layer provides.
#[derive(Clone)]
pub struct EventSink(Rc<dyn Fn(WidgetEvent)>);

impl EventSink {
    /// A sink from a function.
    pub fn new(f: impl Fn(WidgetEvent) + 'static) -> EventSink {
        EventSink(Rc::new(f))
    }

    /// Sends `event`.
    pub fn send(&self, event: WidgetEvent) {
        (self.0)(event);
    }
}

/// What a copy button copies: its name for people, and the event it sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CopyKind {
    /// One value for a claim or the pharmacy, named (`11-digit NDC`).
    Billing(&'static str),
    /// Several lines, named (`claim lines`): announced by name only.
    Lines(&'static str),
    /// A code, with its code set's name (`ICD-10-CM`).
    Code(String),
    /// A correction the claim check wrote from pasted text, named: copied
    /// like the rest, but never sent to the host (nothing pasted is).
    Correction(&'static str),
}

impl CopyKind {
    /// How the button names what it copies (after "Copy").
    pub fn label(&self, text: &str) -> String {
        match self {
            CopyKind::Billing(what) | CopyKind::Lines(what) | CopyKind::Correction(what) => {
                (*what).to_string()
            }
            CopyKind::Code(set) => format!("{set} code {text}"),
        }
    }

    /// What the live region says once `text` is copied, each thing once:
    /// `Copied 11-digit NDC 71894012103.`, `Copied ICD-10-CM code G12.0.`
    pub fn copied(&self, text: &str) -> String {
        match self {
            CopyKind::Billing(what) | CopyKind::Correction(what) => {
                format!("Copied {what} {text}.")
            }
            CopyKind::Lines(what) => format!("Copied the {what}."),
            CopyKind::Code(_) => format!("Copied {}.", self.label(text)),
        }
    }

    /// What the live region says when the browser refused to copy `text`.
    pub fn refused(&self, text: &str) -> String {
        match self {
            CopyKind::Lines(what) => {
                format!("Could not copy the {what}. Select them on the card and copy them by hand.")
            }
            _ => format!(
                "Could not copy {}. Select {text} and copy it by hand.",
                self.label(text)
            ),
        }
    }

    /// The event sent after `text` was copied, if any.
    pub fn event(&self, text: String) -> Option<WidgetEvent> {
        match self {
            CopyKind::Billing(what) | CopyKind::Lines(what) => Some(WidgetEvent::Copied(Copied {
                what: (*what).to_string(),
                text,
            })),
            CopyKind::Code(set) => Some(WidgetEvent::CodeCopied(CodeCopied {
                code: text,
                code_set: set.clone(),
            })),
            CopyKind::Correction(_) => None,
        }
    }
}
