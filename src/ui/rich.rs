//! Data-file text as the page shows it: powers of ten as superscripts,
//! phone numbers as `tel:` links. Text is always text, never HTML.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::domain::text::{parts, tel_href, Part};

/// `text` as the data file writes it (`1.1 × 10^14`), with each of `phones`
/// in it as a link.
#[component]
pub fn Rich(
    /// The text, with `10^n` for powers of ten.
    #[prop(into)]
    text: String,
    /// Phone numbers in the text that become `tel:` links.
    #[prop(optional)]
    phones: Vec<String>,
) -> impl IntoView {
    let phones: Vec<&str> = phones.iter().map(String::as_str).collect();
    parts(&text, &phones)
        .into_iter()
        .map(|part| match part {
            Part::Text(t) => EitherOf3::A(t.to_string()),
            Part::PowerOfTen(exp) => EitherOf3::B(view! { "10" <sup>{exp.to_string()}</sup> }),
            Part::Phone(p) => EitherOf3::C(view! { <Tel phone=p.to_string()/> }),
        })
        .collect_view()
}

/// A phone number as a `tel:` link.
#[component]
pub fn Tel(
    /// The number as the guide prints it (`866-263-8464`).
    phone: String,
) -> impl IntoView {
    let href = tel_href(&phone);
    view! { <a class="zg-tel" href=href>{phone}</a> }
}

/// `mantissa × 10^exponent` with a real superscript (`3.3 × 10¹⁴`).
#[component]
pub fn Power(
    /// The digits before `× 10`.
    #[prop(into)]
    mantissa: Signal<String>,
    /// The power of ten.
    #[prop(into)]
    exponent: Signal<u8>,
) -> impl IntoView {
    view! { {mantissa} " × 10" <sup>{move || exponent.get().to_string()}</sup> }
}
