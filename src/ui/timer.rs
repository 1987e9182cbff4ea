//! A delayed action of which only the latest runs: a second request
//! replaces a pending one, and the instance's disposal cancels it.

use std::time::Duration;

use leptos::prelude::*;

/// One pending delayed action at most. `Copy`: closures and components
/// share it freely.
#[derive(Clone, Copy)]
pub struct Later {
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Later {
    /// A slot owned by the current reactive owner: when that owner goes
    /// (the widget unmounts), a pending action is cancelled.
    pub fn new() -> Later {
        let pending = StoredValue::new(None::<TimeoutHandle>);
        on_cleanup(move || {
            if let Some(Some(handle)) = pending.try_get_value() {
                handle.clear();
            }
        });
        Later { pending }
    }

    /// Runs `action` after `ms` milliseconds, unless another `after` or
    /// [`Later::cancel`] comes first.
    pub fn after(&self, ms: u64, action: impl FnOnce() + 'static) {
        self.cancel();
        let handle = set_timeout_with_handle(action, Duration::from_millis(ms)).ok();
        self.pending.try_set_value(handle);
    }

    /// Cancels the pending action, if any.
    pub fn cancel(&self) {
        if let Some(Some(handle)) = self.pending.try_get_value() {
            handle.clear();
        }
    }
}
