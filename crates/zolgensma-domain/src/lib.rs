//! The domain of the ZOLGENSMA kit and coding reference: the guide's data
//! and every rule applied to it.
//!
//! Plain Rust with serde alone: no view framework, no web APIs, no
//! wasm-bindgen (this crate's manifest is where that rule is kept), tested
//! natively. Nothing here panics on input; failures are values
//! ([`WeightError`], [`DataErrors`], [`AgeError`]) with a message for the
//! person reading them. The widget renders these results; this crate never
//! writes HTML.
//!
//! Modules, from the leaves up (each uses only those above it):
//! - [`decimal`], [`date`], [`ndc`], [`text`], [`weight`]: exact values
//!   parsed at the edge;
//! - [`raw`] (the data file as written) and [`model`] (the typed data);
//! - [`dose`] (dose arithmetic) and [`calendar`] (code-set releases);
//! - [`validate`]: the file to [`Data`], every rule checked once;
//! - [`claim`], [`resolve`], [`card`], [`dos`], [`search`],
//!   [`indication`], [`claim_check`]: the questions the widget answers.

pub mod calendar;
pub mod card;
pub mod claim;
pub mod claim_check;
pub mod date;
pub mod decimal;
pub mod dos;
pub mod dose;
pub mod indication;
pub mod model;
pub mod ndc;
pub mod raw;
pub mod resolve;
pub mod search;
mod small_sort;
pub mod text;
pub mod validate;
pub mod weight;

pub use date::Date;
pub use decimal::{Decimal, Sci};
pub use indication::{Age, AgeCheck, AgeError};
pub use model::{Code, CodeSet, CodeSystem, Data, Kit};
pub use ndc::{Ndc10, Ndc11};
pub use raw::{CodeData, RawData};
pub use resolve::{lookup, resolve, resolve_reading, Resolution};
pub use search::{Hit, Rank, SearchIndex};
pub use validate::{DataError, DataErrors};
pub use weight::{Reading, Unit, Weight, WeightError, Written};
