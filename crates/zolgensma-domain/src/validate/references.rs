//! The guide's numbered references.

use super::checker::Checker;
use crate::model::Reference;
use crate::raw::RawReference;

pub(super) fn check_references(c: &mut Checker, raw: &[RawReference]) -> Vec<Reference> {
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
