//! Renders data-file text: powers of ten as superscripts, phone numbers as
//! `tel:` links. Text is always inserted as text, never as HTML.

use super::dom::{el, El};
use crate::domain::text::{parts, tel_href, Part};

/// Appends `text` (as the data file writes it: `1.1 × 10^14`) to `parent`,
/// with each of `phones` in it as a link.
pub fn rich(mut parent: El, text: &str, phones: &[&str]) -> El {
    for part in parts(text, phones) {
        parent = match part {
            Part::Text(t) => parent.text(t),
            Part::PowerOfTen(exp) => parent.text("10").child(el("sup").text(exp)),
            Part::Phone(p) => {
                parent.child(el("a").class("zg-tel").attr("href", &tel_href(p)).text(p))
            }
        };
    }
    parent
}

/// Appends `mantissa × 10^exponent` with a real superscript (`3.3 × 10¹⁴`).
pub fn power(parent: El, mantissa: &str, exponent: u8) -> El {
    parent
        .text(mantissa)
        .text(" × 10")
        .child(el("sup").text(&exponent.to_string()))
}
