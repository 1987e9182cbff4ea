//! The static page: mounts the widget into `<main id="zg-root">`.

fn main() {
    console_error_panic_hook::set_once();
    zolgensma_reference::ui::start();
}
