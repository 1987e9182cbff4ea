//! Helpers shared by the widget's native test files.
#![allow(dead_code)]

use zolgensma_reference::builtin;
use zolgensma_reference::domain::Data;

/// The built-in data as the widget has it: the validated data that build.rs
/// compiled in (`literal.rs` proves it equal to validating the data file).
pub fn data() -> Data {
    builtin::data()
}
