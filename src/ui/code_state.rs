//! The code panel's state: the query and what it matches.

use leptos::prelude::*;

use crate::domain::{Data, Hit, SearchIndex};

/// One code panel's signals. `Copy`: every component of the panel takes it.
#[derive(Clone, Copy)]
pub struct CodeState {
    /// What the program last wrote into the search field (the handle, the
    /// clear buttons); typing never writes it back.
    pub(super) field: RwSignal<String>,
    /// The query being searched.
    pub(super) query: RwSignal<String>,
    /// The matches, best first.
    pub(super) hits: Memo<Vec<Hit>>,
}

impl CodeState {
    /// Every code of `data` prepared for searching, and an empty query.
    pub fn new(data: &Data) -> CodeState {
        let index = StoredValue::new(SearchIndex::new(data.codes.iter().map(|c| {
            let set = data.code_set(c.system).map_or("", |s| s.name.as_str());
            (c, set)
        })));
        let query = RwSignal::new(String::new());
        CodeState {
            field: RwSignal::new(String::new()),
            query,
            hits: Memo::new(move |_| index.with_value(|i| query.with(|q| i.search(q)))),
        }
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
