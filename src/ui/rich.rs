//! Renders data-file text: powers of ten as superscripts, phone numbers as
//! `tel:` links. Text is always inserted as text, never as HTML.

use leptos::prelude::*;

use crate::domain::text::{parts, tel_href, Part};

/// A run of data-file text.
#[component]
pub fn Rich(
    /// The text, as the data file writes it (`1.1 × 10^14`).
    #[prop(into)]
    text: String,
    /// Phone numbers in it to render as links.
    #[prop(optional)]
    phones: Vec<String>,
) -> impl IntoView {
    let phones: Vec<&str> = phones.iter().map(String::as_str).collect();
    parts(&text, &phones)
        .into_iter()
        .map(|part| match part {
            Part::Text(t) => t.to_string().into_any(),
            Part::PowerOfTen(exp) => view! { "10" <sup>{exp.to_string()}</sup> }.into_any(),
            Part::Phone(p) => {
                view! { <a class="zg-tel" href=tel_href(p)>{p.to_string()}</a> }.into_any()
            }
        })
        .collect_view()
}

/// `mantissa × 10^exponent` with a real superscript (`3.3 × 10¹⁴` as HTML).
#[component]
pub fn Power(
    /// Digits before the `×`.
    #[prop(into)]
    mantissa: String,
    /// The power of ten.
    exponent: u8,
) -> impl IntoView {
    view! { {mantissa} " × 10" <sup>{exponent}</sup> }
}
