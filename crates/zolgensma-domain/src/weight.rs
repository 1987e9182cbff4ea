//! Patient weight: parsing what people type into an exact [`Weight`].
//!
//! Accepted: `3.2`, `3,2`, ` 3.2 kg `, `7 lb`, `7.05 lbs`, `3040 g`,
//! `3040g`, pounds and ounces (`7 lb 4 oz`, `7lb 4oz`, `7 lb, 4.5 oz`),
//! ounces alone (`116 oz`), and digits of any script (`３.０４`). A unit
//! written in the text wins over the selected unit. Conversions are exact:
//! 1 lb is 0.45359237 kg and 1 oz 1/16 lb by definition, and a weight is
//! kept as an integer count of 10^-14 kg, which holds any accepted
//! kilogram, gram, pound or ounce figure without rounding.
//!
//! A comma that reads two ways (`3,040 g`: 3.04 g, or 3040 g) is read as a
//! decimal comma, and the other reading is kept ([`Reading::thousands`]):
//! resolution refuses to guess when only that one has a kit
//! ([`crate::resolve::resolve_reading`]).

use core::fmt;

use crate::decimal::{write_trimmed, Decimal};

/// Integer units per kilogram inside [`Weight`].
const UNITS_PER_KG: u128 = 100_000_000_000_000; // 10^14
/// One avoirdupois pound, exactly 0.45359237 kg, in 10^-14 kg.
const UNITS_PER_LB: u128 = 45_359_237 * 1_000_000;
/// One ounce, exactly 1/16 lb (28.349523125 g), in 10^-14 kg.
const UNITS_PER_OZ: u128 = UNITS_PER_LB / 16;
/// Most significant digits accepted before and after the decimal point.
pub const MAX_DIGITS: usize = 6;
/// Most decimals of an ounce figure: one ounce is 2,834,952,312,500 units,
/// a multiple of 100 but not of 1,000, so hundredths of an ounce are the
/// finest the integer representation holds exactly.
pub const MAX_OUNCE_PLACES: u32 = 2;

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
        match word(s)? {
            Word::Unit(u) => Some(u),
            Word::Ounce => None,
        }
    }

    /// Exact size of one unit in 10^-14 kg.
    const fn units(self) -> u128 {
        match self {
            Unit::Kg => UNITS_PER_KG,
            Unit::Lb => UNITS_PER_LB,
            Unit::G => UNITS_PER_KG / 1000,
        }
    }
}

/// A unit word as typed after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    Unit(Unit),
    Ounce,
}

fn word(s: &str) -> Option<Word> {
    let lower = s.to_ascii_lowercase();
    let word = match lower.as_str() {
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" => Word::Unit(Unit::Kg),
        "lb" | "lbs" | "pound" | "pounds" => Word::Unit(Unit::Lb),
        "g" | "gm" | "gms" | "gram" | "grams" => Word::Unit(Unit::G),
        "oz" | "ounce" | "ounces" => Word::Ounce,
        _ => return None,
    };
    Some(word)
}

/// How a weight was written: the unit typed after it (else the selected
/// one), pounds and ounces, or ounces alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Written {
    /// One figure in one unit (`3.04`, `7 lb`, `3040 g`).
    In(Unit),
    /// Pounds and ounces (`7 lb 4 oz`).
    PoundsOunces,
    /// Ounces alone (`116 oz`).
    Ounces,
}

impl Written {
    /// The unit the switch shows for this writing (pounds for ounces).
    pub const fn switch_unit(self) -> Unit {
        match self {
            Written::In(unit) => unit,
            Written::PoundsOunces | Written::Ounces => Unit::Lb,
        }
    }
}

/// An exact, positive patient weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weight {
    /// Count of 10^-14 kg.
    units: u128,
}

/// What a typed weight reads as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The weight, a comma read as a decimal comma.
    pub weight: Weight,
    /// How it was written.
    pub written: Written,
    /// The other reading of a comma that reads two ways (`3,040` as 3040),
    /// in the same unit.
    pub thousands: Option<Weight>,
}

impl Weight {
    /// A weight from a printed figure in kilograms (for tests and tables).
    pub fn from_kg(kg: Decimal) -> Weight {
        Weight {
            units: u128::from(kg.milli()) * (UNITS_PER_KG / 1000),
        }
    }

    /// A weight of `pounds` whole pounds and `ounces` whole ounces.
    pub fn from_pounds_ounces(pounds: u32, ounces: u32) -> Weight {
        Weight {
            units: u128::from(pounds) * UNITS_PER_LB + u128::from(ounces) * UNITS_PER_OZ,
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

    /// Parses what a person typed, telling how the weight was written and
    /// the other reading of an ambiguous comma. `default_unit` applies when
    /// the text names no unit.
    pub fn read(input: &str, default_unit: Unit) -> Result<Reading, WeightError> {
        let normalized = normalize(input);
        let text = normalized.trim();
        if text.is_empty() {
            return Err(WeightError::Empty);
        }
        let not_a_number = || WeightError::NotANumber(input.trim().to_string());
        let (negative, text) = match text.strip_prefix(['-', '−']) {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text),
        };
        let (number, rest) = split_number(text);
        if !number.bytes().any(|b| b.is_ascii_digit()) {
            return Err(not_a_number());
        }
        if rest.contains(|c: char| c.is_ascii_digit()) {
            return pounds_and_ounces(input, negative, number, rest);
        }
        let unit_text = rest.trim();
        let written = if unit_text.is_empty() {
            Word::Unit(default_unit)
        } else {
            word(unit_text).ok_or_else(|| WeightError::UnknownUnit(unit_text.to_string()))?
        };
        let (mantissa, places) = parse_plain_number(number, input)?;
        if negative || mantissa == 0 {
            return Err(WeightError::ZeroOrNegative);
        }
        let (size, written) = match written {
            Word::Unit(unit) => (unit.units(), Written::In(unit)),
            Word::Ounce if places > MAX_OUNCE_PLACES => return Err(WeightError::OunceDecimals),
            Word::Ounce => (UNITS_PER_OZ, Written::Ounces),
        };
        // mantissa < 10^12 and a unit is at most 10^14, so no overflow; the
        // sizes of kg, g and lb are multiples of 10^6 and an ounce of 10^2,
        // so dividing by 10^places (at most 10^6, 10^2 for ounces) is exact.
        let weight = Weight {
            units: mantissa * size / 10u128.pow(places),
        };
        let thousands = thousands_reading(number).map(|whole| Weight {
            units: whole * size,
        });
        Ok(Reading {
            weight,
            written,
            thousands,
        })
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

    /// The weight as it was written, with its units: `3.04 kg`, `7 lb 4 oz`,
    /// `116 oz`. Exact for every weight parsed that way.
    pub fn text_written(self, written: Written) -> String {
        let ounces = |units: u128| {
            let mut s = String::new();
            let hundredths = units * 100 / UNITS_PER_OZ;
            let _ = write_trimmed(&mut s, hundredths, 2, 0, 2);
            s
        };
        match written {
            Written::In(unit) => format!("{} {}", self.text_in(unit), unit.symbol()),
            Written::PoundsOunces => format!(
                "{} lb {} oz",
                self.units / UNITS_PER_LB,
                ounces(self.units % UNITS_PER_LB)
            ),
            Written::Ounces => format!("{} oz", ounces(self.units)),
        }
    }

    /// The weight in kilograms, rounded half up to the gram, trailing zeros
    /// trimmed (`3.04`, `3.0`, `1.379`). The flag says whether it is exact.
    pub fn kg_text(self) -> (String, bool) {
        let mut s = String::new();
        let exact = write_trimmed(&mut s, self.units, Self::SCALE, 1, 3).unwrap_or(false);
        (s, exact)
    }

    /// The weight in kilograms with every digit it has (`0.00304`,
    /// `0.45359237`, `30.0`): what an error message quotes, so that a
    /// converted figure is never rounded to a misleading `0.003`.
    pub fn kg_exact_text(self) -> String {
        let mut s = String::new();
        let _ = write_trimmed(&mut s, self.units, Self::SCALE, 1, Self::SCALE);
        s
    }
}

/// Digits of every script as ASCII digits (`３` and `٣` are 3), and the
/// full-width forms of ASCII (`．`, `ｋｇ`, the ideographic space) as ASCII;
/// everything else as typed.
pub fn normalize(input: &str) -> String {
    input
        .chars()
        .map(|c| {
            if let Some(d) = unicode_digit(c) {
                char::from(b'0' + d)
            } else {
                match c {
                    '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
                    '\u{3000}' => ' ',
                    // The Arabic decimal and thousands separators.
                    '\u{066B}' => '.',
                    '\u{066C}' => ',',
                    c => c,
                }
            }
        })
        .collect()
}

/// The first code point of every run of ten decimal digits (Unicode
/// category Nd, Unicode 14), ASCII's aside.
const DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a non-ASCII decimal digit.
fn unicode_digit(c: char) -> Option<u8> {
    let code = u32::from(c);
    if code < 0x660 {
        return None;
    }
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| u8::try_from(code - zero).ok())
}

/// Splits the leading run of digits, points and commas off `text`.
fn split_number(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    text.split_at(end)
}

/// `7 lb 4 oz` and its variants, `rest` being everything after the first
/// number (`" lb, 4 oz"`).
fn pounds_and_ounces(
    input: &str,
    negative: bool,
    pounds: &str,
    rest: &str,
) -> Result<Reading, WeightError> {
    let not_a_number = || WeightError::NotANumber(input.trim().to_string());
    let not_one = || WeightError::NotOneWeight(input.trim().to_string());
    let rest = rest.trim_start();
    let first_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let (first, rest) = rest.split_at(first_end);
    match word(first) {
        Some(Word::Unit(Unit::Lb)) => {}
        // Letters that are no unit between digits: `1e3`, `0x10`.
        None => return Err(not_a_number()),
        Some(_) => return Err(not_one()),
    }
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    if negative || rest.starts_with(['-', '−']) {
        return Err(WeightError::ZeroOrNegative);
    }
    let (ounces, rest) = split_number(rest);
    let second = rest.trim();
    match word(second) {
        Some(Word::Ounce) => {}
        Some(Word::Unit(Unit::Lb)) => return Err(WeightError::PoundsTwice),
        _ => return Err(not_one()),
    }
    if !ounces.bytes().any(|b| b.is_ascii_digit()) || pounds.contains(['.', ',']) {
        return Err(not_one());
    }
    let (lb, lb_places) = parse_plain_number(pounds, input)?;
    let (oz, oz_places) = parse_plain_number(ounces, input)?;
    if oz_places > MAX_OUNCE_PLACES {
        return Err(WeightError::OunceDecimals);
    }
    debug_assert_eq!(lb_places, 0);
    // Ounces after pounds are less than a pound: `7 lb 16 oz` is a typo
    // for 8 lb or for 7 lb 1.6 oz, and the widget does not guess which.
    if oz >= 16 * 10u128.pow(oz_places) {
        return Err(WeightError::OuncesOverPound(ounces.to_string()));
    }
    let units = lb * UNITS_PER_LB + oz * UNITS_PER_OZ / 10u128.pow(oz_places);
    if units == 0 {
        return Err(WeightError::ZeroOrNegative);
    }
    Ok(Reading {
        weight: Weight { units },
        written: Written::PoundsOunces,
        thousands: None,
    })
}

/// `3,040` read with a thousands comma (3040), when that is a reading at
/// all: one comma, three digits after it, no point.
fn thousands_reading(number: &str) -> Option<u128> {
    let (whole, group) = number.split_once(',')?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 3 || group.len() != 3 || !digits(whole) || !digits(group) {
        return None;
    }
    let mut value: u128 = 0;
    for b in whole.bytes().chain(group.bytes()) {
        value = value * 10 + u128::from(b - b'0');
    }
    (value > 0).then_some(value)
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
    /// A word after the number that is not kg, lb, oz or g.
    UnknownUnit(String),
    /// More than [`MAX_DIGITS`] digits before or after the point.
    TooManyDigits,
    /// Several figures that are not pounds then ounces (`7 kg 4 oz`,
    /// `7 lb 4`, `7.5 lb 4 oz`); the text as typed.
    NotOneWeight(String),
    /// Pounds after pounds (`7 lb 2 lb`).
    PoundsTwice,
    /// Sixteen ounces or more after pounds (the ounces as typed).
    OuncesOverPound(String),
    /// An ounce figure with more than [`MAX_OUNCE_PLACES`] decimals.
    OunceDecimals,
    /// Lighter than the lightest band of the table.
    BelowRange {
        /// The weight in kilograms, every digit it has.
        kg: String,
        /// The table's lowest weight.
        min_kg: Decimal,
    },
    /// Heavier than the heaviest band of the table.
    AboveRange {
        /// The weight in kilograms, every digit it has.
        kg: String,
        /// The table's highest weight.
        max_kg: Decimal,
    },
    /// A comma that reads two ways, of which only the thousands reading
    /// has a kit (`3,040 g`): nothing resolves until the person chooses.
    CommaTwoWays {
        /// What was typed, trimmed.
        typed: String,
        /// The decimal-comma reading as written (`3.04 g`).
        decimal: String,
        /// That reading in kilograms, every digit (`0.00304`).
        decimal_kg: String,
        /// The table's lowest weight.
        min_kg: Decimal,
        /// The thousands reading, ready for the field (`3040 g`).
        offer: String,
    },
}

impl WeightError {
    /// A short suggestion how to fix the input.
    pub fn hint(&self) -> String {
        match self {
            WeightError::Empty => {
                "Type the weight, for example 3.2 (kg), 7 lb 4 oz or 3040 g.".into()
            }
            WeightError::NotANumber(_) => {
                "Use digits with one decimal point or comma, for example 3.2 or 3,2.".into()
            }
            WeightError::ZeroOrNegative => "Enter the patient's weight as a positive number.".into(),
            WeightError::UnknownUnit(_) => {
                "Write kg, lb, oz or g after the number, or choose the unit with the switch.".into()
            }
            WeightError::TooManyDigits => {
                format!("Use at most {MAX_DIGITS} digits before and {MAX_DIGITS} after the decimal point.")
            }
            WeightError::NotOneWeight(_) => {
                "Write one number with its unit (3.2 kg, 7.25 lb, 3040 g) or whole pounds and ounces (7 lb 4 oz).".into()
            }
            WeightError::PoundsTwice => "Write pounds once, then ounces: 7 lb 4 oz.".into(),
            WeightError::OuncesOverPound(_) => {
                "Carry 16 oz into the pounds (7 lb 16 oz is 8 lb 0 oz), or type ounces alone (128 oz).".into()
            }
            WeightError::OunceDecimals => {
                format!("Round the ounces to {MAX_OUNCE_PLACES} decimals, for example 4.25 oz.")
            }
            WeightError::BelowRange { .. } | WeightError::AboveRange { .. } => {
                "Check the number and its unit (kg, lb or g).".into()
            }
            WeightError::CommaTwoWays { offer, .. } => {
                format!("If the comma separates thousands, the weight is {offer}.")
            }
        }
    }

    /// Another reading of what was typed, for the person to choose with
    /// one tap (`3040 g` for `3,040 g`).
    pub fn offer(&self) -> Option<&str> {
        match self {
            WeightError::CommaTwoWays { offer, .. } => Some(offer),
            _ => None,
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
            WeightError::NotOneWeight(s) => write!(f, "“{s}” is not one weight."),
            WeightError::PoundsTwice => f.write_str("The weight names pounds twice."),
            WeightError::OuncesOverPound(oz) => {
                write!(f, "{oz} oz after pounds is a pound or more: ounces after pounds must be less than 16.")
            }
            WeightError::OunceDecimals => f.write_str("The ounces have too many decimals."),
            WeightError::BelowRange { kg, min_kg } => write!(
                f,
                "{kg} kg is below {min_kg} kg, the lightest weight in the kit table."
            ),
            WeightError::AboveRange { kg, max_kg } => write!(
                f,
                "{kg} kg is above {max_kg} kg, the heaviest weight in the kit table."
            ),
            WeightError::CommaTwoWays {
                typed,
                decimal,
                decimal_kg,
                min_kg,
                ..
            } => write!(
                f,
                "“{typed}” was read with a decimal comma: {decimal} ({decimal_kg} kg), below the table's {min_kg} kg."
            ),
        }
    }
}
