//! The code panel's state: the query and what it matches, and the date of
//! service with what each code set says for it.

use leptos::prelude::*;

use super::instance::Instance;
use crate::domain::dos::{coverage, Coverage};
use crate::domain::search::{kit_for_ndc, not_covered_for};
use crate::domain::{Date, Hit, SearchIndex};

/// One code panel's signals, and the instance they belong to. `Copy`:
/// every component of the panel takes it.
#[derive(Clone, Copy)]
pub struct CodeState {
    instance: Instance,
    /// What the program last wrote into the search field (the handle, the
    /// clear buttons); typing never writes it back.
    pub(super) field: RwSignal<String>,
    /// The query being searched.
    pub(super) query: RwSignal<String>,
    /// The matches, best first.
    pub(super) hits: Memo<Vec<Hit>>,
    /// The kit whose NDC the query is, if it is one.
    pub(super) kit: Memo<Option<usize>>,
    /// The products this reference does not cover that the query names
    /// (indices into `not_covered` of the data).
    pub(super) not_covered: Memo<Vec<usize>>,
    /// The date-of-service field's value (`YYYY-MM-DD`, or empty). It stays
    /// in the browser: never stored, sent or put in a URL.
    pub(super) service_date: RwSignal<String>,
    /// What each code set says for that date.
    pub(super) coverage: Memo<Option<Vec<Coverage>>>,
}

impl CodeState {
    /// The state of `instance`'s code panel: every code of its data
    /// prepared for searching, and an empty query.
    pub fn new(instance: Instance) -> CodeState {
        let data = instance.data();
        let index = StoredValue::new(SearchIndex::of(&data));
        let query = RwSignal::new(String::new());
        let service_date = RwSignal::new(String::new());
        let data = StoredValue::new(data);
        CodeState {
            instance,
            field: RwSignal::new(String::new()),
            query,
            hits: Memo::new(move |_| index.with_value(|i| query.with(|q| i.search(q)))),
            kit: Memo::new(move |_| data.with_value(|d| query.with(|q| kit_for_ndc(&d.kits, q)))),
            not_covered: Memo::new(move |_| {
                data.with_value(|d| query.with(|q| not_covered_for(d, q)))
            }),
            service_date,
            coverage: Memo::new(move |_| {
                let date = service_date.with(|s| Date::parse_iso(s))?;
                Some(data.with_value(|d| coverage(d, date)))
            }),
        }
    }

    /// The instance the panel belongs to.
    pub fn instance(&self) -> Instance {
        self.instance
    }

    /// The person typed in the search field.
    pub fn typed(&self, query: String) {
        self.query.try_set(query);
    }

    /// Types `query` into the search field, as the host's handle does.
    pub fn set(&self, query: String) {
        self.field.try_set(query.clone());
        self.query.try_set(query);
    }
}
