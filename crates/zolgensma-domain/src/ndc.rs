//! National Drug Codes: the FDA's 10-digit form and the 11-digit claim form.
//!
//! The FDA prints an NDC as 10 digits in one of three layouts (4-4-2, 5-3-2,
//! 5-4-1). HIPAA claims use 11 digits in a 5-4-2 layout, made by adding one
//! leading zero to the short segment (sources/facts.md, "NDC formats for claims").

use core::fmt;

use serde::ser::{SerializeTupleStruct, Serializer};
use serde::Serialize;

/// The three layouts of a 10-digit NDC, named by segment lengths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum NdcLayout {
    /// 4-digit labeler, 4-digit product, 2-digit package.
    L442,
    /// 5-digit labeler, 3-digit product, 2-digit package.
    L532,
    /// 5-digit labeler, 4-digit product, 1-digit package.
    L541,
}

impl NdcLayout {
    const fn lengths(self) -> [usize; 3] {
        match self {
            NdcLayout::L442 => [4, 4, 2],
            NdcLayout::L532 => [5, 3, 2],
            NdcLayout::L541 => [5, 4, 1],
        }
    }
}

/// A 10-digit NDC as printed, with its layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ndc10 {
    pub(crate) digits: [u8; 10],
    pub(crate) layout: NdcLayout,
}

/// An NDC that is not 10 digits in one of the three hyphenated layouts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NdcError(pub String);

impl fmt::Display for NdcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "“{}” is not a 10-digit NDC in a 4-4-2, 5-3-2 or 5-4-1 layout",
            self.0
        )
    }
}

impl Ndc10 {
    /// Parses `71894-120-02`. The hyphens are required: without them a
    /// 10-digit string does not say which segment is short.
    pub fn parse(s: &str) -> Result<Ndc10, NdcError> {
        let err = || NdcError(s.to_string());
        let mut segments = s.split('-');
        let parts = [segments.next(), segments.next(), segments.next()];
        let [Some(a), Some(b), Some(c)] = parts else {
            return Err(err());
        };
        if segments.next().is_some() {
            return Err(err());
        }
        let lens = [a.len(), b.len(), c.len()];
        let layout = [NdcLayout::L442, NdcLayout::L532, NdcLayout::L541]
            .into_iter()
            .find(|l| l.lengths() == lens)
            .ok_or_else(err)?;
        let mut digits = [0u8; 10];
        for (slot, byte) in digits
            .iter_mut()
            .zip(a.bytes().chain(b.bytes()).chain(c.bytes()))
        {
            if !byte.is_ascii_digit() {
                return Err(err());
            }
            *slot = byte - b'0';
        }
        Ok(Ndc10 { digits, layout })
    }

    /// An NDC known to be well formed, for constants such as the built-in
    /// data (evaluated in a `const` block, a digit above 9 fails the build
    /// there).
    #[allow(clippy::panic)]
    pub const fn from_digits(digits: [u8; 10], layout: NdcLayout) -> Ndc10 {
        let mut i = 0;
        while i < digits.len() {
            if digits[i] > 9 {
                panic!("an NDC digit is 0 to 9");
            }
            i += 1;
        }
        Ndc10 { digits, layout }
    }

    /// The layout the NDC was printed in.
    pub const fn layout(self) -> NdcLayout {
        self.layout
    }

    fn segment(&self, index: usize) -> &[u8] {
        let lens = self.layout.lengths();
        let start: usize = lens[..index].iter().sum();
        &self.digits[start..start + lens[index]]
    }

    /// The labeler segment as a number (71894).
    pub fn labeler(&self) -> u32 {
        to_number(self.segment(0))
    }

    /// The product segment as a number (120).
    pub fn product(&self) -> u32 {
        to_number(self.segment(1))
    }

    /// The package segment as a number (2).
    pub fn package(&self) -> u32 {
        to_number(self.segment(2))
    }

    /// The 11-digit 5-4-2 form: a zero is added in front of the short segment.
    pub fn to_11(self) -> Ndc11 {
        let pad = match self.layout {
            NdcLayout::L442 => 0,
            NdcLayout::L532 => 5,
            NdcLayout::L541 => 9,
        };
        let mut digits = [0u8; 11];
        digits[..pad].copy_from_slice(&self.digits[..pad]);
        digits[pad + 1..].copy_from_slice(&self.digits[pad..]);
        Ndc11 { digits }
    }
}

fn to_number(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, d| n * 10 + u32::from(*d))
}

fn write_digits(f: &mut impl fmt::Write, digits: &[u8]) -> fmt::Result {
    digits
        .iter()
        .try_for_each(|d| f.write_char(char::from(b'0' + d)))
}

impl fmt::Display for Ndc10 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for i in 0..3 {
            if i > 0 {
                f.write_str("-")?;
            }
            write_digits(f, self.segment(i))?;
        }
        Ok(())
    }
}

/// An 11-digit NDC in the 5-4-2 claim layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ndc11 {
    digits: [u8; 11],
}

impl Ndc11 {
    /// The 11 digits without hyphens, as written on a claim (`71894012002`).
    pub fn bare(self) -> String {
        let mut s = String::with_capacity(11);
        // Writing to a String cannot fail.
        let _ = write_digits(&mut s, &self.digits);
        s
    }
}

impl fmt::Display for Ndc11 {
    /// The hyphenated 5-4-2 form (`71894-0120-02`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_digits(f, &self.digits[..5])?;
        f.write_str("-")?;
        write_digits(f, &self.digits[5..9])?;
        f.write_str("-")?;
        write_digits(f, &self.digits[9..])
    }
}

/// Written as the constructor call that makes it
/// (`Ndc10::from_digits([7, 1, …], NdcLayout::L532)`): the widget's build
/// script compiles its data this way.
impl Serialize for Ndc10 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut call = serializer.serialize_tuple_struct("Ndc10::from_digits", 2)?;
        call.serialize_field(&self.digits)?;
        call.serialize_field(&self.layout)?;
        call.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(ten: &str, eleven: &str, bare: &str) {
        let ndc = Ndc10::parse(ten).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(ndc.to_string(), ten, "prints back as printed");
        assert_eq!(ndc.to_11().to_string(), eleven, "{ten}");
        assert_eq!(ndc.to_11().bare(), bare, "{ten}");
    }

    #[test]
    fn converts_each_layout_to_eleven_digits() {
        // 5-3-2, the ZOLGENSMA layout (sources/facts.md example).
        check("71894-120-02", "71894-0120-02", "71894012002");
        check("71894-156-14", "71894-0156-14", "71894015614");
        // 4-4-2 pads the labeler; 5-4-1 pads the package.
        check("1234-5678-90", "01234-5678-90", "01234567890");
        check("12345-6789-0", "12345-6789-00", "12345678900");
    }

    #[test]
    fn exposes_segments_as_numbers() {
        let ndc = Ndc10::parse("71894-121-03").map_err(|e| e.to_string());
        let ndc = ndc
            .as_ref()
            .map(|n| (n.labeler(), n.product(), n.package(), n.layout()));
        assert_eq!(ndc, Ok((71894, 121, 3, NdcLayout::L532)));
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "",
            "7189412002",
            "71894-120-2",
            "71894-120-002",
            "71894-12a-02",
            "71894-120-02-1",
            "71894--120-02",
            "718941-20-02",
            "71894 120 02",
            "71894-120-０２",
        ] {
            assert_eq!(Ndc10::parse(bad), Err(NdcError(bad.to_string())), "{bad:?}");
        }
        assert!(NdcError("x".into()).to_string().contains("5-3-2"));
    }
}
