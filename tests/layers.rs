//! The code's layers, read from its source: no module of the widget
//! (`src/`) or of the domain crate (`crates/zolgensma-domain/src/`)
//! imports, however indirectly, a module that imports it back; and the
//! domain crate depends on serde alone.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every module of the crate whose source is under `src` (`ui::kit_state`
/// for `src/ui/kit_state.rs`; the crate root is ``), with its text.
fn modules(src: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                let name = join(prefix, &stem);
                walk(&path, &name, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = match stem.as_str() {
                    "mod" | "lib" | "main" => prefix.to_string(),
                    _ => join(prefix, &stem),
                };
                if prefix.is_empty() && stem == "main"
                    || path.parent().is_some_and(|p| p.ends_with("bin"))
                {
                    continue; // binaries are not modules of the library
                }
                out.insert(name, fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(src, "", &mut out);
    out
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}::{name}")
    }
}

/// The modules `text` (the source of `module`) refers to through `crate::`
/// or `super::` paths, as the longest known module prefix of each path.
fn imports(module: &str, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut out = BTreeSet::new();
    // Comments mention paths too (doc links): only code counts.
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    for (root, base) in [("crate::", ""), ("super::", parent)] {
        for (at, _) in code.match_indices(root) {
            // `crate::ui::{a, b}` names `ui` and, inside the braces, more.
            let rest = &code[at + root.len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut full = base.to_string();
            let mut found = None;
            for segment in path.split("::").filter(|s| !s.is_empty()) {
                full = join(&full, segment);
                if known.contains(&full) {
                    found = Some(full.clone());
                }
            }
            let found = found.unwrap_or_else(|| base.to_string());
            let braces = rest[path.len()..].strip_prefix('{');
            if let Some(inner) = braces {
                let inner = &inner[..inner.find('}').unwrap_or(0)];
                for name in inner
                    .split(',')
                    .map(|n| n.trim().split("::").next().unwrap_or(""))
                {
                    let candidate = join(&found, name);
                    out.insert(if known.contains(&candidate) {
                        candidate
                    } else {
                        found.clone()
                    });
                }
            } else {
                out.insert(found);
            }
        }
    }
    // A module declaring and re-exporting its own submodules is structure,
    // not a dependency on them.
    out.retain(|m| {
        m != module
            && !(m.starts_with(module)
                && (module.is_empty() || m[module.len()..].starts_with("::")))
    });
    out
}

/// A cycle of the import graph of the crate under `src`, if there is one.
fn cycle(src: &Path) -> Option<Vec<String>> {
    let mods = modules(src);
    let known: BTreeSet<String> = mods.keys().cloned().collect();
    let graph: BTreeMap<String, BTreeSet<String>> = mods
        .iter()
        .map(|(m, text)| (m.clone(), imports(m, text, &known)))
        .collect();
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == m) {
            let mut cycle = path[at..].to_vec();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in graph.get(m).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, &graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_widgets_modules_import_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    assert_eq!(cycle(&src), None, "an import cycle among src/ modules");
}

#[test]
fn the_domains_modules_import_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/zolgensma-domain/src");
    assert_eq!(
        cycle(&src),
        None,
        "an import cycle among the domain's modules"
    );
}

#[test]
fn a_cycle_is_found() {
    // The check above can fail: two modules importing each other.
    let dir = std::env::temp_dir().join(format!("zg-layers-{}", std::process::id()));
    fs::create_dir_all(dir.join("ui")).unwrap();
    fs::write(dir.join("lib.rs"), "pub mod a;\npub mod ui;\n").unwrap();
    fs::write(dir.join("a.rs"), "use crate::ui::b::Thing;\n").unwrap();
    fs::write(dir.join("ui/mod.rs"), "pub mod b;\npub use b::Thing;\n").unwrap();
    fs::write(
        dir.join("ui/b.rs"),
        "use crate::{a, ui};\npub struct Thing;\n",
    )
    .unwrap();
    let found = cycle(&dir);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found, Some(vec!["a".into(), "ui::b".into(), "a".into()]));
}

#[test]
fn the_domain_depends_on_serde_alone() {
    let manifest = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/zolgensma-domain/Cargo.toml"
    ))
    .unwrap();
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .unwrap()
        .split("\n[")
        .next()
        .unwrap();
    let names: Vec<&str> = deps
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split('=').next().map(str::trim))
        .collect();
    assert_eq!(names, ["serde"]);
}
