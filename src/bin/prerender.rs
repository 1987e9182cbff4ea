//! Renders at build time, natively, what the browser hydrates: the same
//! components the wasm runs, with the built-in data.
//!
//! - The static page (`PAGE_FILE`): `scripts/build/page.mjs` puts it into
//!   `index.html`'s `<main id="zg-root">`.
//! - The embed's parts (`PARTS_FILE`, JSON): every part of an embedded
//!   widget rendered once (`parts`: key → HTML), and for each set of
//!   panels a host may ask for, the parts in order (`layouts`: key of the
//!   panels → part keys) and the element that holds them (`frame`: the
//!   HTML before and after). `scripts/build/embed.mjs` puts them into the
//!   loader, which composes a widget's HTML before its wasm runs.
//!
//! Usage: `prerender PAGE_FILE PARTS_FILE`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use leptos::prelude::*;
use zolgensma_reference::builtin;
use zolgensma_reference::ui::page::PageView;
use zolgensma_reference::ui::{
    part_view, parts, CodeState, Input, Instance, KitState, Panels, Services, Surface, WIDGET_CLASS,
};

/// Every set of panels a host may ask for: any non-empty set, the boxed
/// warning always shown with the kit or information panel (the options'
/// rule, `embed::options`).
fn panel_sets() -> Vec<Panels> {
    let mut out = Vec::new();
    for bits in 1u8..8 {
        let (kit, codes, info) = (bits & 1 != 0, bits & 2 != 0, bits & 4 != 0);
        for boxed_warning in [true, false] {
            if !boxed_warning && (kit || info) {
                continue;
            }
            out.push(Panels {
                kit,
                codes,
                info,
                boxed_warning,
            });
        }
    }
    out
}

/// The embed's parts and layouts, as JSON.
fn embed_parts() -> String {
    let mut html = BTreeMap::new();
    let mut layouts = BTreeMap::new();
    for panels in panel_sets() {
        let list = parts(Surface::Embedded, panels);
        for part in &list {
            html.entry(part.key()).or_insert_with(|| {
                Owner::new().with(|| {
                    let instance =
                        Instance::new(builtin::shared(), Surface::Embedded, Services::default());
                    let kit = KitState::new(instance, &Input::default());
                    let codes = CodeState::new(instance);
                    part_view(instance, *part, Some(kit), Some(codes)).to_html()
                })
            });
        }
        let keys: Vec<&str> = list.iter().map(|p| p.key()).collect();
        layouts.insert(panels.key(), keys);
    }
    let frame = [
        format!("<div class=\"{WIDGET_CLASS}\">"),
        "</div>".to_string(),
    ];
    serde_json::json!({ "parts": html, "layouts": layouts, "frame": frame }).to_string()
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(page_file), Some(parts_file)) = (args.next(), args.next()) else {
        eprintln!("prerender: usage: prerender PAGE_FILE PARTS_FILE");
        return ExitCode::FAILURE;
    };
    let page = Owner::new().with(|| view! { <PageView/> }.to_html());
    let written = std::fs::write(&page_file, page)
        .map_err(|e| format!("{page_file}: {e}"))
        .and_then(|()| {
            std::fs::write(&parts_file, embed_parts()).map_err(|e| format!("{parts_file}: {e}"))
        });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
