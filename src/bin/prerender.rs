//! Renders the static page to HTML at build time: the same components the
//! browser hydrates, with the built-in data. `scripts/postbuild.mjs` runs
//! it and puts its output into `index.html`'s `<main id="zg-root">`.
//!
//! Usage: `prerender OUT_FILE` (or standard output without an argument).

use std::io::Write;
use std::process::ExitCode;

use leptos::prelude::*;
use zolgensma_reference::ui::page::PageView;

fn main() -> ExitCode {
    let html = Owner::new().with(|| view! { <PageView/> }.to_html());
    let written = match std::env::args().nth(1) {
        Some(path) => std::fs::write(&path, html).map_err(|e| format!("{path}: {e}")),
        None => std::io::stdout()
            .write_all(html.as_bytes())
            .map_err(|e| format!("standard output: {e}")),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
