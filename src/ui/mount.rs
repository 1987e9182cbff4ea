//! Mounting a view and keeping what drives it.

use std::cell::Cell;
use std::rc::Rc;

/// Runs `mount` (Leptos' `mount_to` or `hydrate_from`, given the view
/// function) on a view function that also makes what the caller keeps to
/// drive the view afterwards (its panels' states). Leptos runs the view
/// function before `mount` returns; `None` only if it did not.
pub fn keep<K: 'static, V: 'static, H>(
    make: impl FnOnce() -> (K, V) + 'static,
    mount: impl FnOnce(Box<dyn FnOnce() -> V>) -> H,
) -> (Option<K>, H) {
    let slot = Rc::new(Cell::new(None));
    let out = slot.clone();
    let handle = mount(Box::new(move || {
        let (kept, view) = make();
        out.set(Some(kept));
        view
    }));
    (slot.take(), handle)
}
