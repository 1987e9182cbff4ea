//! The domain: the guide's data and every rule applied to it.
//!
//! Plain Rust with no web APIs, tested natively. Nothing here
//! panics on input; failures are values ([`WeightError`], [`DataErrors`],
//! [`AgeError`]) with a message for the person reading them.

pub mod builtin;
pub mod card;
pub mod claim;
pub mod data;
pub mod date;
pub mod decimal;
pub mod dos;
pub mod indication;
pub mod ndc;
mod raw;
pub mod resolve;
pub mod search;
pub mod text;
pub mod weight;

pub use data::{Code, CodeSet, CodeSystem, Data, DataError, DataErrors, Kit, RawData};
pub use date::Date;
pub use decimal::{Decimal, Sci};
pub use indication::{Age, AgeCheck, AgeError};
pub use ndc::{Ndc10, Ndc11};
pub use resolve::{lookup, resolve, resolve_reading, Resolution};
pub use search::{Hit, Rank, SearchIndex};
pub use weight::{Reading, Unit, Weight, WeightError, Written};
