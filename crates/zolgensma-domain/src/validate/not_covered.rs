//! Products this reference does not cover: named, dated, with the words
//! that mean them, their texts' figures filled in from their fields.

use super::checker::Checker;
use super::limits;
use crate::model::NotCovered;
use crate::raw::RawNotCovered;

pub(super) fn check_not_covered(c: &mut Checker, raw: &[RawNotCovered]) -> Vec<NotCovered> {
    let mut out = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let at = format!("not_covered[{i}] ({})", r.name);
        for (field, s) in [
            ("name", &r.name),
            ("generic", &r.generic),
            ("route", &r.route),
            ("dosing", &r.dosing),
        ] {
            c.text(&format!("{at}.{field}"), s);
        }
        if r.min_age_months > 240 {
            c.fail(&at, "min_age_months must be at most 240");
        }
        if r.terms.is_empty() || r.terms.len() > limits::ALIASES {
            c.fail(&at, format!("must list 1 to {} terms", limits::ALIASES));
        }
        for (n, term) in r.terms.iter().enumerate() {
            c.text(&format!("{at}.terms[{n}]"), term);
            if term.chars().any(char::is_uppercase) {
                c.fail(
                    format!("{at}.terms[{n}]"),
                    "terms are written in lower case",
                );
            }
        }
        let Some(approved) = c.date(&format!("{at}.approved"), &r.approved) else {
            continue;
        };
        let mut entry = NotCovered {
            name: r.name.clone(),
            generic: r.generic.clone(),
            route: r.route.clone(),
            dosing: r.dosing.clone(),
            min_age_months: r.min_age_months,
            approved,
            text: String::new(),
            contrast: String::new(),
            scope: String::new(),
            terms: r.terms.clone(),
        };
        let values = [
            ("name", entry.name.clone()),
            ("generic", entry.generic.clone()),
            ("approved", approved.to_string()),
            ("min_age", entry.min_age_text()),
        ];
        entry.text = c.fill(&format!("{at}.text"), &r.text, &values);
        entry.contrast = c.fill(&format!("{at}.contrast"), &r.contrast, &values);
        entry.scope = c.fill(&format!("{at}.scope"), &r.scope, &values);
        c.text(&format!("{at}.text"), &entry.text);
        c.text(&format!("{at}.contrast"), &entry.contrast);
        c.text(&format!("{at}.scope"), &entry.scope);
        out.push(entry);
    }
    out
}
