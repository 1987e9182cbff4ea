//! A serde serializer that writes a value as the Rust expression that builds
//! it: `Kit { min_kg: String::from("2.6"), vials: [2, 1] }`.
//!
//! The widget's `build.rs` uses it to compile the built-in data file into the binary as
//! code, so the wasm needs no parser for it. It writes what the data file's
//! types hold (structs, sequences, fixed-size arrays, options, strings,
//! integers, booleans) and refuses the rest (floats, maps, bytes) with an
//! error rather than writing something that might not mean the same.

use std::fmt::{self, Display, Write};

use serde::ser::{self, Impossible, Serialize};

/// Why a value could not be written.
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn refuse<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!(
        "{what} cannot be written as a Rust literal here"
    )))
}

/// `value` as a Rust expression. Names are written as serde reports them
/// (the type's own name), so the expression must be compiled where those
/// types are in scope. Fixed-size arrays and tuples are both written as
/// arrays: the data file's types hold arrays and no tuples.
pub fn to_rust<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    value.serialize(Writer { out: &mut out })?;
    Ok(out)
}

struct Writer<'a> {
    out: &'a mut String,
}

impl Writer<'_> {
    fn put(self, text: impl Display) -> Result<(), Error> {
        write!(self.out, "{text}").map_err(|e| Error(e.to_string()))
    }

    /// `open` (ending in a parenthesis), `value`, and the closing one.
    fn wrap<T: Serialize + ?Sized>(self, open: &str, value: &T) -> Result<(), Error> {
        let mut items = Items::open(self.out, open, ")");
        items.item(value)?;
        items.end()
    }
}

/// The items of a sequence, array or struct, between their brackets.
struct Items<'a> {
    out: &'a mut String,
    close: &'static str,
}

impl<'a> Items<'a> {
    fn open(out: &'a mut String, open: &str, close: &'static str) -> Items<'a> {
        out.push_str(open);
        Items { out, close }
    }

    fn item<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Writer { out: self.out })?;
        self.out.push_str(", ");
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.out.push_str(key);
        self.out.push_str(": ");
        self.item(value)
    }

    fn end(self) -> Result<(), Error> {
        self.out.push_str(self.close);
        Ok(())
    }
}

macro_rules! integers {
    ($($method:ident: $ty:ty),*) => {
        $(fn $method(self, v: $ty) -> Result<(), Error> {
            self.put(v)
        })*
    };
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Items<'a>;
    type SerializeTuple = Items<'a>;
    type SerializeTupleStruct = Items<'a>;
    type SerializeTupleVariant = Items<'a>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Items<'a>;
    type SerializeStructVariant = Items<'a>;

    integers!(
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
        serialize_i128: i128, serialize_u128: u128
    );

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.put(v)
    }

    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        refuse("a float")
    }

    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        refuse("a float")
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.put(format_args!("{v:?}"))
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // `{:?}` of a str is a valid Rust string literal: quotes,
        // backslashes and control characters come out escaped.
        self.put(format_args!("String::from({v:?})"))
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        refuse("a byte string")
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.put("None")
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.wrap("Some(", value)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.put("()")
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.put(name)
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.put(format_args!("{name}::{variant}"))
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.wrap(&format!("{name}("), value)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.wrap(&format!("{name}::{variant}("), value)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'a>, Error> {
        Ok(Items::open(self.out, "vec![", "]"))
    }

    fn serialize_tuple(self, _: usize) -> Result<Items<'a>, Error> {
        Ok(Items::open(self.out, "[", "]"))
    }

    /// A tuple struct, or, when its name is a path (`Date::ymd`), a call
    /// of that const constructor, evaluated at compile time (`const {
    /// Date::ymd(2024, 11, 27) }`): a constructor that refuses its
    /// arguments then fails the build, not the widget.
    fn serialize_tuple_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        if name.contains("::") {
            Ok(Items::open(self.out, &format!("const {{ {name}("), ") }"))
        } else {
            Ok(Items::open(self.out, &format!("{name}("), ")"))
        }
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        Ok(Items::open(self.out, &format!("{name}::{variant}("), ")"))
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        refuse("a map")
    }

    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Items<'a>, Error> {
        Ok(Items::open(self.out, &format!("{name} {{ "), "}"))
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Items<'a>, Error> {
        Ok(Items::open(
            self.out,
            &format!("{name}::{variant} {{ "),
            "}",
        ))
    }
}

// The six compound kinds differ only in their method's name and whether
// items carry a key; `Items` writes them all.
macro_rules! items {
    ($($trait:ident: $method:ident),*) => {
        $(impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.item(value)
            }
            fn end(self) -> Result<(), Error> {
                Items::end(self)
            }
        })*
    };
    ($($trait:ident),* with keys) => {
        $(impl ser::$trait for Items<'_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                Items::end(self)
            }
        })*
    };
}

items!(
    SerializeSeq: serialize_element,
    SerializeTuple: serialize_element,
    SerializeTupleStruct: serialize_field,
    SerializeTupleVariant: serialize_field
);
items!(SerializeStruct, SerializeStructVariant with keys);
