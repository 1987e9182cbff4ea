//! The browser build's entry: the panic hook, then, in the static page's
//! build (`page`), hydration of the page the build rendered (`ui::page`).
//! The embed's build starts nothing: its loader calls it.

fn main() {
    zolgensma_reference::crash::install();
    #[cfg(feature = "page")]
    zolgensma_reference::ui::page::start();
}
