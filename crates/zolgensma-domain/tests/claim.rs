//! The claim lines against sources/facts.md's own examples ("NDC formats for
//! claims"): the paper claim's item 24 and the 837 loop 2410 segments.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{data, source};
use zolgensma_domain::{lookup, Unit};

#[test]
fn every_format_is_facts_md_example_for_the_first_kit() {
    let facts = source("facts.md");
    let d = data();
    // sources/facts.md works the example through 71894-120-02, the 2.6–3.0 kg kit.
    let r = lookup(&d, "3", Unit::Kg).unwrap();
    assert_eq!(r.kit.ndc.to_string(), "71894-120-02");
    let c = &r.claim;
    assert!(facts.contains(&format!("71894-120-02 -> {} -> {}", c.ndc11, c.ndc11_bare)));
    for line in [&c.cms_24a, &c.lin, &c.ctp] {
        assert!(
            facts.contains(&format!("`{line}`")),
            "{line} is sources/facts.md's"
        );
    }
    assert!(facts.contains(&format!(
        "item 24D carries the HCPCS code (`{}`)",
        c.cms_24d
    )));
    assert!(facts.contains(&format!("item 24G its units (`{}`)", c.cms_24g)));
}

#[test]
fn every_kit_has_its_own_lines() {
    let d = data();
    for kit in &d.kits {
        let r = lookup(&d, &kit.max_kg.to_string(), Unit::Kg).unwrap();
        let bare = kit.ndc.to_11().bare();
        assert_eq!(r.claim.cms_24a, format!("N4{bare} UN1"));
        assert_eq!(r.claim.lin, format!("LIN**N4*{bare}~"));
        assert_eq!(r.claim.ctp, "CTP****1*UN~");
        assert_eq!(
            (r.claim.cms_24d.as_str(), r.claim.cms_24g.as_str()),
            ("J3399", "1")
        );
        assert_eq!(bare.len(), 11);
    }
}
