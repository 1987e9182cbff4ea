//! Patient weight: parsing what people type into an exact [`Weight`].
//!
//! Accepted: `3.2`, `3,2`, ` 3.2 kg `, `7 lb`, `7.05 lbs`, `3040 g`,
//! `3040g`. A unit written in the text wins over the selected unit.
//! Conversions are exact: 1 lb is 0.45359237 kg by definition, and a weight
//! is kept as an integer count of 10^-14 kg, which holds any accepted
//! kilogram, gram or pound figure without rounding.

use core::fmt;

use super::decimal::{write_trimmed, Decimal};

/// Integer units per kilogram inside [`Weight`].
const UNITS_PER_KG: u128 = 100_000_000_000_000; // 10^14
/// Most significant digits accepted before and after the decimal point.
pub const MAX_DIGITS: usize = 6;

/// A unit of mass the widget accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Unit {
    /// Kilograms, the guide's unit.
    #[default]
    Kg,
    /// Avoirdupois pounds (exactly 0.45359237 kg).
    Lb,
    /// Grams, as infant scales show.
    G,
}

impl Unit {
    /// Every unit, in the order the unit switch shows them.
    pub const ALL: [Unit; 3] = [Unit::Kg, Unit::Lb, Unit::G];

    /// The short symbol (`kg`, `lb`, `g`).
    pub const fn symbol(self) -> &'static str {
        match self {
            Unit::Kg => "kg",
            Unit::Lb => "lb",
            Unit::G => "g",
        }
    }

    /// Reads a unit as typed after a number, case-insensitively.
    pub fn from_text(s: &str) -> Option<Unit> {
        let lower = s.to_ascii_lowercase();
        let unit = match lower.as_str() {
            "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" => Unit::Kg,
            "lb" | "lbs" | "pound" | "pounds" => Unit::Lb,
            "g" | "gm" | "gms" | "gram" | "grams" => Unit::G,
            _ => return None,
        };
        Some(unit)
    }

    /// Exact size of one unit in 10^-14 kg.
    const fn units(self) -> u128 {
        match self {
            Unit::Kg => UNITS_PER_KG,
            // 0.45359237 kg = 45_359_237 × 10^-8 kg.
            Unit::Lb => 45_359_237 * 1_000_000,
            Unit::G => UNITS_PER_KG / 1000,
        }
    }
}

/// An exact, positive patient weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weight {
    /// Count of 10^-14 kg.
    units: u128,
}

impl Weight {
    /// A weight from a printed figure in kilograms (for tests and tables).
    pub fn from_kg(kg: Decimal) -> Weight {
        Weight {
            units: u128::from(kg.milli()) * (UNITS_PER_KG / 1000),
        }
    }

    /// A weight of `grams` whole grams.
    pub fn from_grams(grams: u64) -> Weight {
        Weight {
            units: u128::from(grams) * Unit::G.units(),
        }
    }

    /// The exact weight as an integer count of 10^-14 kg.
    pub const fn units(self) -> u128 {
        self.units
    }

    /// Decimal places of the internal unit (10^-14 kg).
    pub const SCALE: u8 = 14;

    /// Compares with a printed figure in kilograms, exactly.
    pub fn cmp_kg(self, kg: Decimal) -> core::cmp::Ordering {
        self.cmp(&Weight::from_kg(kg))
    }

    /// Whether the weight sits on the guide's printed 0.1 kg grid.
    pub fn on_tenth_kg_grid(self) -> bool {
        self.units.is_multiple_of(UNITS_PER_KG / 10)
    }

    /// Parses what a person typed. `default_unit` applies when the text
    /// names no unit.
    pub fn parse(input: &str, default_unit: Unit) -> Result<Weight, WeightError> {
        Weight::parse_with_unit(input, default_unit).map(|(w, _)| w)
    }

    /// Like [`Weight::parse`], also telling which unit applied (the one
    /// written in the text, else `default_unit`).
    pub fn parse_with_unit(input: &str, default_unit: Unit) -> Result<(Weight, Unit), WeightError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(WeightError::Empty);
        }
        let (negative, text) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text),
        };
        let number_end = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(text.len());
        let (number, rest) = text.split_at(number_end);
        let unit_text = rest.trim();
        let not_a_number = || WeightError::NotANumber(input.trim().to_string());
        if !number.bytes().any(|b| b.is_ascii_digit()) {
            return Err(not_a_number());
        }
        // Digits after the number ("1e3", "0x10") mean it was not a plain number.
        if unit_text
            .chars()
            .any(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(not_a_number());
        }
        let unit = if unit_text.is_empty() {
            default_unit
        } else {
            Unit::from_text(unit_text)
                .ok_or_else(|| WeightError::UnknownUnit(unit_text.to_string()))?
        };
        let (mantissa, places) = parse_plain_number(number, input)?;
        if negative || mantissa == 0 {
            return Err(WeightError::ZeroOrNegative);
        }
        // mantissa < 10^12 and a unit is at most 10^14, so no overflow; every
        // unit size is a multiple of 10^6, so dividing by 10^places (at most
        // 10^6) is exact.
        let weight = Weight {
            units: mantissa * unit.units() / 10u128.pow(places),
        };
        Ok((weight, unit))
    }

    /// The weight in `unit`, exact up to 6 decimals, trailing zeros trimmed
    /// (`7.05` for 7.05 lb). Every weight parsed in `unit` prints exactly.
    pub fn text_in(self, unit: Unit) -> String {
        // units / unit.units() with 6 decimals: units × 10^6 / unit size.
        let micro = self.units * 1_000_000 / unit.units();
        let mut s = String::new();
        let _ = write_trimmed(&mut s, micro, 6, 0, 6);
        s
    }

    /// The weight in kilograms, rounded half up to the gram, trailing zeros
    /// trimmed (`3.04`, `3.0`, `1.379`). The flag says whether it is exact.
    pub fn kg_text(self) -> (String, bool) {
        let mut s = String::new();
        let exact = write_trimmed(&mut s, self.units, Self::SCALE, 1, 3).unwrap_or(false);
        (s, exact)
    }
}

/// Splits `123.45` or `123,45` into `(12345, 2)`. Leading zeros of the
/// whole part and trailing zeros of the fraction do not count against
/// [`MAX_DIGITS`], so the result is below 10^12 with at most 6 places.
fn parse_plain_number(s: &str, original: &str) -> Result<(u128, u32), WeightError> {
    let mut parts = s.split(['.', ',']);
    let int = parts.next().unwrap_or("");
    let frac = parts.next().unwrap_or("");
    if parts.next().is_some() {
        return Err(WeightError::NotANumber(original.trim().to_string()));
    }
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    if int.len() > MAX_DIGITS || frac.len() > MAX_DIGITS {
        return Err(WeightError::TooManyDigits);
    }
    let mut value: u128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        value = value * 10 + u128::from(b - b'0');
    }
    // At most MAX_DIGITS (6) places.
    Ok((value, frac.len() as u32))
}

/// Why a typed weight gives no kit. Each has a message for the person
/// ([`fmt::Display`]) and a suggestion how to fix it ([`WeightError::hint`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WeightError {
    /// Nothing was typed.
    Empty,
    /// The text is not a number (the text as typed, trimmed).
    NotANumber(String),
    /// Zero or a negative number.
    ZeroOrNegative,
    /// A word after the number that is not kg, lb or g.
    UnknownUnit(String),
    /// More than [`MAX_DIGITS`] digits before or after the point.
    TooManyDigits,
    /// Lighter than the lightest band of the table.
    BelowRange {
        /// The weight in kilograms, as shown.
        kg: String,
        /// The table's lowest weight.
        min_kg: Decimal,
    },
    /// Heavier than the heaviest band of the table.
    AboveRange {
        /// The weight in kilograms, as shown.
        kg: String,
        /// The table's highest weight.
        max_kg: Decimal,
    },
}

impl WeightError {
    /// A short suggestion how to fix the input.
    pub fn hint(&self) -> String {
        match self {
            WeightError::Empty => "Type the weight, for example 3.2 (kg), 7 lb or 3040 g.".into(),
            WeightError::NotANumber(_) => {
                "Use digits with one decimal point or comma, for example 3.2 or 3,2.".into()
            }
            WeightError::ZeroOrNegative => "Enter the patient's weight as a positive number.".into(),
            WeightError::UnknownUnit(_) => {
                "Write kg, lb or g after the number, or choose the unit with the switch.".into()
            }
            WeightError::TooManyDigits => {
                format!("Use at most {MAX_DIGITS} digits before and {MAX_DIGITS} after the decimal point.")
            }
            WeightError::BelowRange { .. } | WeightError::AboveRange { .. } => {
                "Check the number and its unit (kg, lb or g). The guide lists no kit for this weight.".into()
            }
        }
    }
}

impl fmt::Display for WeightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WeightError::Empty => f.write_str("Enter the patient's weight."),
            WeightError::NotANumber(s) => write!(f, "“{s}” is not a number."),
            WeightError::ZeroOrNegative => f.write_str("The weight must be greater than zero."),
            WeightError::UnknownUnit(u) => write!(f, "“{u}” is not a unit this tool knows."),
            WeightError::TooManyDigits => f.write_str("The number has too many digits."),
            WeightError::BelowRange { kg, min_kg } => write!(
                f,
                "{kg} kg is below {min_kg} kg, the lightest weight in the kit table. No kit is listed for it."
            ),
            WeightError::AboveRange { kg, max_kg } => write!(
                f,
                "{kg} kg is above {max_kg} kg, the heaviest weight in the kit table. No kit is listed for it."
            ),
        }
    }
}
