//! Exact decimals for the guide's printed figures.
//!
//! Every comparison the widget makes (is this weight inside that band, does
//! this kit hold enough volume) is done on integers. Binary floating point
//! cannot represent 0.1 exactly, and a kit chosen by a rounding error would
//! cost a clinic real money.

use core::fmt;

use serde::ser::{SerializeTupleStruct, Serializer};
use serde::Serialize;

/// Most digits a data-file figure may have after the decimal point.
pub const MAX_PLACES: u8 = 3;
/// Most digits a data-file figure may have before the decimal point.
pub const MAX_INT_DIGITS: usize = 6;

/// A non-negative decimal as printed in the guide (for example `16.5` or
/// `22.0`), stored exactly as thousandths.
///
/// The number of places it was written with is kept so that it prints back
/// exactly as the guide prints it (`22.0`, not `22`). Equality ignores it.
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    pub(crate) milli: u64,
    pub(crate) places: u8,
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.milli == other.milli
    }
}
impl Eq for Decimal {}
impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.milli.cmp(&other.milli)
    }
}

impl Decimal {
    /// Builds a decimal from thousandths, printed with `places` digits.
    pub const fn from_milli(milli: u64, places: u8) -> Decimal {
        Decimal { milli, places }
    }

    /// The value in thousandths (`16.5` is `16500`).
    pub const fn milli(self) -> u64 {
        self.milli
    }

    /// How many digits after the point the figure was written with.
    pub const fn places(self) -> u8 {
        self.places
    }

    /// Parses `digits[.digits]` with at most [`MAX_INT_DIGITS`] digits before
    /// and [`MAX_PLACES`] after the point. No sign, exponent or spaces: data
    /// figures are written plainly, so anything else is a typo.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (int, frac) = match s.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (s, None),
        };
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty() || int.len() > MAX_INT_DIGITS || !all_digits(int) {
            return None;
        }
        let frac = frac.unwrap_or("");
        if frac.len() > usize::from(MAX_PLACES) || !all_digits(frac) || s.ends_with('.') {
            return None;
        }
        let mut milli: u64 = 0;
        for b in int.bytes() {
            milli = milli * 10 + u64::from(b - b'0');
        }
        let mut frac_milli: u64 = 0;
        for i in 0..usize::from(MAX_PLACES) {
            let d = frac.as_bytes().get(i).map_or(0, |b| u64::from(b - b'0'));
            frac_milli = frac_milli * 10 + d;
        }
        // `frac.len() <= MAX_PLACES` was checked above.
        let places = frac.len() as u8;
        Some(Decimal {
            milli: milli * 1000 + frac_milli,
            places,
        })
    }

    /// The figure as the widget writes figures it computes: no trailing
    /// zero after the point (`83`, `19.3`, `0.5`), sources/facts.md's "Writing
    /// figures". Figures quoted from the guide keep `Display` (`22.0`).
    pub fn trimmed(self) -> String {
        let mut s = String::new();
        let _ = write_trimmed(&mut s, u128::from(self.milli), 3, 0, 3);
        s
    }

    /// `self * n` (a vial fill times a vial count), keeping the places.
    pub const fn times(self, n: u64) -> Decimal {
        Decimal {
            milli: self.milli * n,
            places: self.places,
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_fixed(f, u128::from(self.milli), 3, self.places)
    }
}

/// Writes `units / 10^scale` with exactly `places` digits after the point,
/// rounding half up when `places < scale`.
pub fn write_fixed(w: &mut impl fmt::Write, units: u128, scale: u8, places: u8) -> fmt::Result {
    let rounded = round_half_up(units, scale, places);
    let div = 10u128.pow(u32::from(places));
    let int = rounded / div;
    write!(w, "{int}")?;
    if places > 0 {
        let frac = rounded % div;
        write!(w, ".{frac:0width$}", width = usize::from(places))?;
    }
    Ok(())
}

/// `units / 10^scale` rounded half up to `places` digits, as an integer count
/// of `10^-places`. When `places >= scale` the value is only rescaled.
pub fn round_half_up(units: u128, scale: u8, places: u8) -> u128 {
    if places >= scale {
        return units * 10u128.pow(u32::from(places - scale));
    }
    let div = 10u128.pow(u32::from(scale - places));
    (units + div / 2) / div
}

/// Writes `units / 10^scale` with at most `max_places` digits after the
/// point (rounded half up), trailing zeros trimmed but at least `min_places`
/// kept. Returns whether the printed text is the exact value.
pub fn write_trimmed(
    w: &mut impl fmt::Write,
    units: u128,
    scale: u8,
    min_places: u8,
    max_places: u8,
) -> Result<bool, fmt::Error> {
    let rounded = round_half_up(units, scale, max_places);
    let exact = max_places >= scale || rounded * 10u128.pow(u32::from(scale - max_places)) == units;
    let mut places = max_places;
    let mut value = rounded;
    while places > min_places && value.is_multiple_of(10) {
        value /= 10;
        places -= 1;
    }
    write_fixed(w, value, places, places)?;
    Ok(exact)
}

/// A quantity written in scientific notation in the guide, such as
/// `1.1 × 10^14` vector genomes per kilogram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Sci {
    /// The digits before `× 10^`.
    pub mantissa: Decimal,
    /// The power of ten.
    pub exponent: u8,
}

/// Largest exponent a data-file figure may have; keeps every product the
/// widget computes well inside `u128`.
pub const MAX_EXPONENT: u8 = 20;

impl Sci {
    /// Parses `1.1e14` (the data file's spelling).
    pub fn parse(s: &str) -> Option<Sci> {
        let (m, e) = s.split_once('e')?;
        let mantissa = Decimal::parse(m)?;
        if e.is_empty() || e.len() > 2 || !e.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let exponent: u8 = e.parse().ok()?;
        if exponent > MAX_EXPONENT || mantissa.milli() == 0 {
            return None;
        }
        Some(Sci { mantissa, exponent })
    }

    /// Normalizes the exact value `units × 10^(exp10)` to `significant`
    /// significant digits (rounded half up) in scientific notation.
    /// Returns `None` for zero.
    pub fn from_units(units: u128, exp10: i32, significant: u8) -> Option<Sci> {
        if units == 0 {
            return None;
        }
        let digits = units.ilog10() + 1;
        let keep = u32::from(significant.clamp(1, MAX_PLACES + 1));
        let (mut kept, mut exp) = if digits > keep {
            let div = 10u128.pow(digits - keep);
            ((units + div / 2) / div, exp10 + (digits - keep) as i32)
        } else {
            (
                units * 10u128.pow(keep - digits),
                exp10 - (keep - digits) as i32,
            )
        };
        // Rounding 9.995 up gives 10.00: one digit too many.
        if kept >= 10u128.pow(keep) {
            kept /= 10;
            exp += 1;
        }
        let places = keep - 1;
        exp += places as i32;
        let exponent = u8::try_from(exp).ok()?;
        let milli = u64::try_from(kept * 10u128.pow(3 - places)).ok()?;
        Some(Sci {
            mantissa: Decimal::from_milli(milli, places as u8),
            exponent,
        })
    }

    /// The mantissa with trailing zeros trimmed (`3.300` prints as `3.3`).
    pub fn mantissa_text(self) -> String {
        let mut s = String::new();
        // Writing to a String cannot fail.
        let _ = write_trimmed(&mut s, u128::from(self.mantissa.milli()), 3, 1, 3);
        s
    }
}

impl Sci {
    /// Plain text with the mantissa trimmed: `2.31 × 10^15`, `5 × 10^15`.
    pub fn to_string_trimmed(self) -> String {
        let mut s = String::new();
        let _ = write_trimmed(&mut s, u128::from(self.mantissa.milli()), 3, 0, 3);
        format!("{s} × 10^{}", self.exponent)
    }
}

impl fmt::Display for Sci {
    /// Plain-text form used in copied text and data templates: `1.1 × 10^14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} × 10^{}", self.mantissa, self.exponent)
    }
}

/// Written as the constructor call that makes it
/// (`Decimal::from_milli(16500, 1)`): the widget's build script compiles
/// its data this way.
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut call = serializer.serialize_tuple_struct("Decimal::from_milli", 2)?;
        call.serialize_field(&self.milli)?;
        call.serialize_field(&self.places)?;
        call.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_parse(input: &str, expected: Option<(u64, u8)>) {
        let got = Decimal::parse(input).map(|d| (d.milli(), d.places()));
        assert_eq!(got, expected, "parsing {input:?}");
    }

    #[test]
    fn parses_printed_figures() {
        check_parse("16.5", Some((16_500, 1)));
        check_parse("22.0", Some((22_000, 1)));
        check_parse("110.0", Some((110_000, 1)));
        check_parse("5", Some((5_000, 0)));
        check_parse("0.125", Some((125, 3)));
        check_parse("999999.999", Some((999_999_999, 3)));
    }

    #[test]
    fn rejects_what_is_not_a_plain_figure() {
        for bad in [
            "", ".", "5.", ".5", "-1", "+1", "1e3", "1.2345", "1234567", "1,5", " 1", "1.2.3", "٣",
        ] {
            check_parse(bad, None);
        }
    }

    #[test]
    fn prints_as_written() {
        for s in ["16.5", "22.0", "110.0", "5", "0.125", "2.0"] {
            assert_eq!(Decimal::parse(s).map(|d| d.to_string()).as_deref(), Some(s));
        }
        assert_eq!(
            Decimal::parse("5.5")
                .map(|d| d.times(3).to_string())
                .as_deref(),
            Some("16.5")
        );
    }

    #[test]
    fn equality_ignores_written_places() {
        assert_eq!(Decimal::parse("22"), Decimal::parse("22.000"));
        assert!(Decimal::parse("19.3") < Decimal::parse("19.35"));
    }

    #[test]
    fn rounds_half_up() {
        // 19.25 -> 19.3 (the guide's 3.5 kg row), 19.24 -> 19.2, 19.2499 -> 19.2.
        assert_eq!(round_half_up(1925, 2, 1), 193);
        assert_eq!(round_half_up(1924, 2, 1), 192);
        assert_eq!(round_half_up(192_499, 4, 1), 192);
        assert_eq!(round_half_up(5, 0, 2), 500);
    }

    #[test]
    fn trims_and_reports_exactness() {
        let show = |units, scale, min, max| {
            let mut s = String::new();
            let exact = write_trimmed(&mut s, units, scale, min, max).map_err(|_| ());
            (s, exact)
        };
        assert_eq!(show(30_400, 4, 1, 3), ("3.04".to_string(), Ok(true)));
        assert_eq!(show(300, 2, 1, 3), ("3.0".to_string(), Ok(true)));
        assert_eq!(
            show(31_978_262_085, 10, 1, 3),
            ("3.198".to_string(), Ok(false))
        );
    }

    #[test]
    fn scientific_notation() {
        let sci = |s| Sci::parse(s).map(|v| v.to_string());
        assert_eq!(sci("1.1e14").as_deref(), Some("1.1 × 10^14"));
        assert_eq!(sci("2.0e13").as_deref(), Some("2.0 × 10^13"));
        assert_eq!(sci("5e15").as_deref(), Some("5 × 10^15"));
        for bad in ["1.1", "e14", "1.1e", "1.1e-3", "1.1e99", "0e5", "1.1E14"] {
            assert_eq!(sci(bad), None, "{bad}");
        }
    }

    #[test]
    fn normalizes_to_significant_digits() {
        let norm = |units, exp, sig| {
            Sci::from_units(units, exp, sig).map(|s| (s.mantissa_text(), s.exponent))
        };
        // 3 kg × 1.1e14 = 3.3e14.
        assert_eq!(norm(33, 13, 4), Some(("3.3".to_string(), 14)));
        // 3.1978262085 kg × 1.1e14 = 3.51760882935e14 -> 3.518e14.
        assert_eq!(norm(351_760_882_935, 3, 4), Some(("3.518".to_string(), 14)));
        // 9.9996 rounds up to 10.00 and moves the exponent.
        assert_eq!(norm(99_996, 10, 4), Some(("1.0".to_string(), 15)));
        assert_eq!(norm(231, 13, 4), Some(("2.31".to_string(), 15)));
        assert_eq!(norm(0, 0, 4), None);
    }
}
