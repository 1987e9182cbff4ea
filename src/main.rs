//! The static page's entry: the panic hook, then hydration of the page the
//! build rendered (`ui::page`).

fn main() {
    zolgensma_reference::crash::install();
    #[cfg(feature = "hydrate")]
    zolgensma_reference::ui::page::start();
}
