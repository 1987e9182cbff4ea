//! The checker every section's validation writes its findings into.

use super::{limits, DataError};
use crate::date::Date;
use crate::decimal::{Decimal, Sci};

/// Every broken rule found so far, and the checks shared by the sections.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) errors: Vec<DataError>,
}

impl Checker {
    pub(super) fn fail(&mut self, at: impl Into<String>, rule: impl Into<String>) {
        self.errors.push(DataError {
            at: at.into(),
            rule: rule.into(),
        });
    }

    pub(super) fn decimal(&mut self, at: &str, s: &str) -> Option<Decimal> {
        let d = Decimal::parse(s);
        if d.is_none() {
            self.fail(at, format!("“{s}” is not a plain decimal like 16.5 (at most 6 digits before and 3 after the point)"));
        }
        d
    }

    pub(super) fn sci(&mut self, at: &str, s: &str) -> Option<Sci> {
        let v = Sci::parse(s);
        if v.is_none() {
            self.fail(at, format!("“{s}” is not a figure like 1.1e14"));
        }
        v
    }

    pub(super) fn text(&mut self, at: &str, s: &str) {
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
    pub(super) fn at_most(&mut self, at: &str, len: usize, max: usize) -> bool {
        if len > max {
            self.fail(at, format!("lists {len} items; at most {max} are allowed"));
        }
        len <= max
    }

    pub(super) fn date(&mut self, at: &str, s: &str) -> Option<Date> {
        let d = Date::parse_iso(s);
        if d.is_none() {
            self.fail(at, format!("“{s}” is not a date written YYYY-MM-DD"));
        }
        d
    }

    pub(super) fn phone(&mut self, at: &str, s: &str) {
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        let ok = s.bytes().all(|b| b.is_ascii_digit() || b == b'-') && (10..=11).contains(&digits);
        if !ok {
            self.fail(
                at,
                format!("“{s}” is not a phone number written with digits and hyphens"),
            );
        }
    }

    pub(super) fn url(&mut self, at: &str, s: &str) {
        if !s.starts_with("https://") || s.contains(char::is_whitespace) {
            self.fail(at, format!("“{s}” is not an https address"));
        }
    }

    /// Fills `{key}` placeholders; an unknown key is a data error.
    pub(super) fn fill(&mut self, at: &str, template: &str, values: &[(&str, String)]) -> String {
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
