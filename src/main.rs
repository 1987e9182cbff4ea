//! The static page: mounts the widget into `<main id="zg-root">`.

fn main() {
    zolgensma_reference::crash::install();
    zolgensma_reference::ui::start();
}
