//! Splitting the data file's plain text into parts the view renders
//! differently: powers of ten as superscripts, phone numbers as links.
//!
//! The data file writes `1.1 × 10^14`; the page shows 10 with a raised 14.

/// A piece of a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// Plain text.
    Text(&'a str),
    /// `10^exponent`: rendered as 10 with a superscript.
    PowerOfTen(&'a str),
    /// A phone number the data names: rendered as a `tel:` link.
    Phone(&'a str),
}

/// Splits `text` at every `10^digits` and every occurrence of `phones`.
pub fn parts<'a>(text: &'a str, phones: &[&str]) -> Vec<Part<'a>> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let power = rest.find("10^").and_then(|at| {
            let digits = rest[at + 3..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            (digits > 0).then_some((at, 3 + digits))
        });
        let phone = phones
            .iter()
            .filter(|p| !p.is_empty())
            .filter_map(|p| rest.find(*p).map(|at| (at, p.len())))
            .min();
        let next = match (power, phone) {
            (Some(p), Some(t)) if t.0 < p.0 => Some((t, false)),
            (Some(p), _) => Some((p, true)),
            (None, Some(t)) => Some((t, false)),
            (None, None) => None,
        };
        let Some(((at, len), is_power)) = next else {
            if !rest.is_empty() {
                out.push(Part::Text(rest));
            }
            return out;
        };
        if at > 0 {
            out.push(Part::Text(&rest[..at]));
        }
        let found = &rest[at..at + len];
        out.push(if is_power {
            Part::PowerOfTen(&found[3..])
        } else {
            Part::Phone(found)
        });
        rest = &rest[at + len..];
    }
}

/// The digits of a phone number, for a `tel:` link (`+18662638464`).
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    match digits.len() {
        10 => format!("tel:+1{digits}"),
        _ => format!("tel:+{digits}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Part::*;

    #[test]
    fn splits_powers_and_phones() {
        assert_eq!(
            parts(
                "is 1.1 × 10^14 vector genomes; call 1-833-828-3947.",
                &["1-833-828-3947"]
            ),
            vec![
                Text("is 1.1 × "),
                PowerOfTen("14"),
                Text(" vector genomes; call "),
                Phone("1-833-828-3947"),
                Text(".")
            ]
        );
        assert_eq!(parts("10^15", &[]), vec![PowerOfTen("15")]);
        assert_eq!(
            parts("no power 10^ here", &[""]),
            vec![Text("no power 10^ here")]
        );
        assert_eq!(parts("", &[]), vec![]);
    }

    #[test]
    fn tel_links_dial_the_us_number() {
        assert_eq!(tel_href("866-263-8464"), "tel:+18662638464");
        assert_eq!(tel_href("1-833-828-3947"), "tel:+18338283947");
    }
}
