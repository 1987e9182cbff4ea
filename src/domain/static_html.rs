//! The widget's parts that never change while it runs (header, boxed
//! warning, kit table, the result card's notes, product information,
//! footer), written as HTML from the data once, at build time.
//!
//! Written as view code they were a third of the static page's wasm
//! (measured: 14 KB brotli, when the view used Leptos); as HTML they are
//! text the browser parses in one `innerHTML` per part. Each
//! part is the content of one element the view renders (`inner_html`), so
//! the view keeps the parts' own ids and attributes. Every piece of data
//! text goes through `Html::text`, which escapes it: data text is never
//! markup.
//!
//! Ids differ per widget instance, so the HTML holds a marker character
//! before each id that [`crate::ui::Ids::fill`] replaces when a widget
//! mounts ([`ID`]: `\u{1}boxed-warning` -> `zg1-boxed-warning`). Data text
//! may not contain it ([`render`] refuses control characters). The header
//! shows on the static page only, whose section ids are bare (`#codes`).
//!
//! Everything here is what a host page cannot change: the embed API
//! replaces only code sets and codes, which stay view code.

use std::fmt::Display;

use super::data::Data;
use super::text::{parts, tel_href, Part};

/// Stands for the instance's id prefix and a hyphen (`zg1-`).
pub const ID: char = '\u{1}';

/// The static parts: each the content of the element named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaticHtml<S> {
    /// The static page's title and section links (`<header class="zg-header">`).
    pub header: S,
    /// The boxed warning (`<section class="zg-boxed">`).
    pub boxed: S,
    /// The kit section's opening paragraph (`<p class="zg-intro">`).
    pub kit_intro: S,
    /// All kits as a table (`<div class="zg-table-scroll">`).
    pub kit_table: S,
    /// The kit table's footnotes (`<ol class="zg-footnotes">`).
    pub kit_footnotes: S,
    /// The dosing paragraph after the kit table (`<p class="zg-intro">`).
    pub kit_note: S,
    /// How the result card's NDC, claim string and units are formed
    /// (`<details class="zg-about">`, summary included).
    pub card_about: S,
    /// Indication and Important Safety Information, heading included
    /// (`<section class="zg-section">`).
    pub safety: S,
    /// Ordering and distribution, heading included (`<section class="zg-section">`).
    pub ordering: S,
    /// The guide's references, heading included (`<section class="zg-section">`).
    pub references: S,
    /// Disclaimers and the guide's title (`<footer class="zg-footer">`).
    pub footer: S,
}

impl<S> StaticHtml<S> {
    /// Each part with its field name, in declaration order (the build script
    /// writes them as a Rust literal).
    pub fn named(&self) -> [(&'static str, &S); 11] {
        [
            ("header", &self.header),
            ("boxed", &self.boxed),
            ("kit_intro", &self.kit_intro),
            ("kit_table", &self.kit_table),
            ("kit_footnotes", &self.kit_footnotes),
            ("kit_note", &self.kit_note),
            ("card_about", &self.card_about),
            ("safety", &self.safety),
            ("ordering", &self.ordering),
            ("references", &self.references),
            ("footer", &self.footer),
        ]
    }
}

/// Section links of the static page's header: (section id, label).
pub const NAV: [(&str, &str); 5] = [
    ("kit", "Kit"),
    ("codes", "Codes"),
    ("safety", "Safety"),
    ("ordering", "Ordering"),
    ("references", "References"),
];

/// The static parts of `data`, or which part's data text holds a control
/// character (it could collide with the id markers; no text of the guide
/// has one).
pub fn render(data: &Data) -> Result<StaticHtml<String>, String> {
    let part = |name: &str, html: Result<String, char>| {
        html.map_err(|c| format!("{name}: data text holds the control character {c:?}"))
    };
    Ok(StaticHtml {
        header: part("header", header(data))?,
        boxed: part("boxed", boxed(data))?,
        kit_intro: part("kit_intro", paragraph(&data.dosing.kit_text))?,
        kit_table: part("kit_table", kit_table(data))?,
        kit_footnotes: part("kit_footnotes", footnotes(data))?,
        kit_note: part("kit_note", paragraph(&data.dosing.text))?,
        card_about: part("card_about", card_about(data))?,
        safety: part("safety", safety(data))?,
        ordering: part("ordering", ordering(data))?,
        references: part("references", references(data))?,
        footer: part("footer", footer(data))?,
    })
}

/// An HTML string being written: markup as given, data text escaped.
#[derive(Default)]
struct Html {
    out: String,
    /// The first control character met in text, if any.
    refused: Option<char>,
}

impl Html {
    /// Markup written by this module.
    fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Text, escaped for element content and double-quoted attribute values.
    /// A control character is noted and left out.
    fn text(&mut self, text: impl Display) -> &mut Self {
        for c in text.to_string().chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '"' => self.out.push_str("&quot;"),
                c if c.is_control() => {
                    self.refused.get_or_insert(c);
                }
                c => self.out.push(c),
            }
        }
        self
    }

    /// Data text with powers of ten as superscripts and `phones` as links.
    fn rich(&mut self, text: &str, phones: &[&str]) -> &mut Self {
        for part in parts(text, phones) {
            match part {
                Part::Text(t) => self.text(t),
                Part::PowerOfTen(exp) => self.raw("10<sup>").text(exp).raw("</sup>"),
                Part::Phone(p) => self.tel(p),
            };
        }
        self
    }

    /// A phone number as a `tel:` link.
    fn tel(&mut self, phone: &str) -> &mut Self {
        self.raw("<a class=\"zg-tel\" href=\"")
            .text(tel_href(phone))
            .raw("\">")
            .text(phone)
            .raw("</a>")
    }

    /// A link.
    fn link(&mut self, href: &str, attrs: &str, label: &str) -> &mut Self {
        self.raw("<a")
            .raw(attrs)
            .raw(" href=\"")
            .text(href)
            .raw("\">")
            .text(label)
            .raw("</a>")
    }

    /// A section's `<h2>`, with the id the section is labelled by
    /// (`zg1-safety-title`).
    fn heading(&mut self, name: &str, title: &str) -> &mut Self {
        self.raw(&format!("<h2 id=\"{ID}{name}-title\">"))
            .text(title)
            .raw("</h2>")
    }

    /// The HTML, or the first control character met in text.
    fn done(&mut self) -> Result<String, char> {
        match self.refused {
            Some(c) => Err(c),
            None => Ok(std::mem::take(&mut self.out)),
        }
    }
}

fn paragraph(text: &str) -> Result<String, char> {
    Html::default().rich(text, &[]).done()
}

fn header(data: &Data) -> Result<String, char> {
    let p = &data.product;
    let mut h = Html::default();
    h.raw("<h1 class=\"zg-title\">")
        .text(&p.brand)
        .raw(" kit and coding reference</h1><p class=\"zg-subtitle\">")
        .text(format!(
            "For {}® ({}): kits by patient weight, NDCs for claims, and the guide's HCPCS, CPT and ICD-10-CM codes.",
            p.brand, p.generic
        ))
        .raw("</p><nav class=\"zg-nav\" aria-label=\"Sections\">");
    for (id, label) in NAV {
        h.raw(&format!("<a href=\"#{id}\">"))
            .text(label)
            .raw("</a>");
    }
    h.raw("</nav>").done()
}

fn boxed(data: &Data) -> Result<String, char> {
    let w = &data.information.boxed_warning;
    Html::default()
        .raw("<h2 class=\"zg-boxed-title\" id=\"")
        .raw(&format!("{ID}boxed-warning"))
        .raw("\">Boxed warning: ")
        .text(&w.title)
        .raw("</h2><p>")
        .text(&w.text)
        .raw("</p><p class=\"zg-boxed-link\">See the ")
        .link(
            &data.product.prescribing_information_url,
            "",
            "Full Prescribing Information",
        )
        .raw(" and the Important Safety Information below.</p>")
        .done()
}

fn kit_table(data: &Data) -> Result<String, char> {
    let [a, b] = data.dosing.vial_fills_ml;
    let mut h = Html::default();
    h.raw("<table class=\"zg-table\"><caption id=\"")
        .raw(&format!("{ID}table-caption"))
        .raw("\">")
        .text(format!(
            "All {} ZOLGENSMA kits by patient weight",
            data.kits.len()
        ))
        .raw("</caption><thead><tr>")
        .raw("<th scope=\"col\">Weight (kg)</th>")
        .raw("<th scope=\"col\">Dose volume<sup>a</sup> (mL)</th>")
        .raw("<th scope=\"col\">")
        .text(a)
        .raw(" mL<sup>b</sup> vials</th><th scope=\"col\">")
        .text(b)
        .raw(" mL<sup>c</sup> vials</th>")
        .raw("<th scope=\"col\">Vials</th><th scope=\"col\">NDC</th></tr></thead><tbody>");
    for (i, k) in data.kits.iter().enumerate() {
        h.raw(&format!(
            "<tr data-kit-index=\"{i}\" tabindex=\"-1\"><th scope=\"row\">"
        ))
        .text(format!("{}–{}", k.min_kg, k.max_kg))
        .raw("</th><td>")
        .text(k.dose_ml)
        .raw("</td><td>")
        .text(k.vials[0])
        .raw("</td><td>")
        .text(k.vials[1])
        .raw("</td><td>")
        .text(k.total_vials)
        .raw("</td><td class=\"zg-mono\">")
        .text(k.ndc)
        .raw("<span class=\"zg-vh\"></span></td></tr>");
    }
    h.raw("</tbody></table>").done()
}

fn card_about(data: &Data) -> Result<String, char> {
    let f = &data.facts;
    Html::default()
        .raw("<summary>How these are formed</summary><p class=\"zg-source\">")
        .text(format!("{} {} ", f.ndc_11, f.claim_format))
        .rich(&f.billing_units, &[])
        .raw("</p><p class=\"zg-source\">")
        .text(&f.source_label)
        .raw(".</p>")
        .done()
}

fn footnotes(data: &Data) -> Result<String, char> {
    let mut h = Html::default();
    for note in &data.dosing.footnotes {
        h.raw("<li>").rich(note, &[]).raw("</li>");
    }
    h.done()
}

fn safety(data: &Data) -> Result<String, char> {
    let i = &data.information;
    let pi = &data.product.prescribing_information_url;
    let mut h = Html::default();
    h.heading("safety", "Indication and Important Safety Information")
        .raw("<h3>Indication</h3><p>")
        .text(&i.indication)
        .raw("</p><h3>Limitations of use</h3><p>")
        .text(&i.limitations_of_use)
        .raw("</p><details class=\"zg-details\"><summary>Warnings and precautions</summary>");
    for w in &i.warnings {
        h.raw("<h3 class=\"zg-warning-title\">")
            .text(&w.title)
            .raw("</h3><p>")
            .rich(&w.text, &[&i.tumor_report_phone])
            .raw("</p>");
    }
    h.raw("</details><details class=\"zg-details\"><summary>Adverse reactions</summary><p>")
        .text(&i.adverse_reactions)
        .raw("</p></details><p class=\"zg-tumor\">Report tumor development after ZOLGENSMA: Novartis Gene Therapies, ")
        .tel(&i.tumor_report_phone)
        .raw("</p><p>")
        .link(pi, " class=\"zg-pi\"", "Full Prescribing Information (PDF)")
        .raw(", including the Boxed WARNING for Serious Liver Injury and Acute Liver Failure.</p>")
        .done()
}

fn ordering(data: &Data) -> Result<String, char> {
    let d = &data.distribution;
    let mut h = Html::default();
    h.heading("ordering", "Ordering and distribution")
        .raw("<p>")
        .text(&d.intro)
        .raw("</p><div class=\"zg-channels\">");
    for c in [&d.buy_and_bill, &d.specialty_pharmacy] {
        h.raw("<div class=\"zg-channel\"><h3>")
            .text(&c.title)
            .raw("</h3><p>")
            .text(&c.text)
            .raw("</p>");
        if let Some(phone) = &c.phone {
            h.raw("<p>Phone: ").tel(phone).raw("</p>");
        }
        h.raw("</div>");
    }
    h.raw("</div><p>")
        .text(&data.guide.contact)
        .raw("</p>")
        .done()
}

fn references(data: &Data) -> Result<String, char> {
    let mut h = Html::default();
    h.heading("references", "References")
        .raw("<ol class=\"zg-references\">");
    for r in &data.references {
        h.raw(&format!("<li id=\"{ID}ref-{}\">", r.id))
            .text(&r.text);
        if let Some(date) = r.accessed {
            h.text(format!(" Accessed {date}."));
        }
        if let Some(url) = &r.url {
            h.raw(" ").link(url, "", url);
        }
        h.raw("</li>");
    }
    h.raw("</ol>").done()
}

fn footer(data: &Data) -> Result<String, char> {
    let g = &data.guide;
    Html::default()
        .raw("<p>")
        .text(format!(
            "{} {}",
            data.disclaimers.codes, data.disclaimers.scope
        ))
        .raw("</p><p>")
        .text(format!(
            "From the {} ({}). {}",
            g.title, g.publisher, g.overview
        ))
        .raw("</p>")
        .done()
}
