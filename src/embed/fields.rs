//! The field names of a `#[derive(Deserialize)]` struct, asked of serde
//! itself, so that unknown keys in a host's object can be named.
//!
//! serde-wasm-bindgen reads a struct by looking up its known fields only;
//! it never sees other keys, so `deny_unknown_fields` cannot fire in the
//! browser. [`unknown_key`] closes that gap with the same list serde uses.

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// The fields `T` reads, in declaration order (empty if `T` is no struct).
pub fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe {
        names: &mut fields,
        variants: false,
    });
    fields
}

/// The variants `T` reads (an enum's names as serde spells them; empty if
/// `T` is no enum).
pub fn variant_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut variants: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe {
        names: &mut variants,
        variants: true,
    });
    variants
}

/// The first of `keys` that `fields` does not hold, with the message serde
/// itself would give (`unknown field `colour`, expected one of …`).
pub fn unknown_key<'a>(
    keys: impl IntoIterator<Item = &'a str>,
    fields: &[&str],
) -> Option<(String, String)> {
    let key = keys.into_iter().find(|k| !fields.contains(k))?;
    let expected: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
    Some((
        key.to_string(),
        format!(
            "unknown field `{key}`, expected one of {}",
            expected.join(", ")
        ),
    ))
}

/// A deserializer that only records the names a derived `Deserialize`
/// asks for, a struct's fields or (with `variants`) an enum's, and stops.
struct Probe<'a> {
    names: &'a mut &'static [&'static str],
    variants: bool,
}

#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field names probed")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Stop
    }
}

impl<'de> Deserializer<'de> for Probe<'_> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        if !self.variants {
            *self.names = fields;
        }
        Err(Stop)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        if self.variants {
            *self.names = variants;
        }
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::options::RawOptions;

    #[test]
    fn names_the_fields_serde_reads() {
        assert_eq!(
            field_names::<RawOptions>(),
            ["panels", "unit", "weight", "boxedWarning", "theme"]
        );
        assert_eq!(field_names::<String>(), [] as [&str; 0]);
    }

    #[test]
    fn names_the_variants_serde_reads() {
        use crate::embed::options::{PanelName, UnitName};
        assert_eq!(variant_names::<PanelName>(), ["kit", "codes", "info"]);
        assert_eq!(variant_names::<UnitName>(), ["kg", "lb", "g"]);
        assert_eq!(variant_names::<RawOptions>(), [] as [&str; 0]);
    }

    #[test]
    fn finds_the_first_unknown_key() {
        let fields = field_names::<RawOptions>();
        assert_eq!(unknown_key(["unit", "weight"], fields), None);
        assert_eq!(
            unknown_key(["unit", "colour", "x"], fields),
            Some((
                "colour".to_string(),
                "unknown field `colour`, expected one of `panels`, `unit`, `weight`, `boxedWarning`, `theme`".to_string()
            ))
        );
    }
}
