//! The static page's fallback text quotes the data file exactly.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

mod common;

use zolgensma_reference::domain::text::tel_href;

#[test]
fn fallback_phone_numbers_and_link_match_the_data() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).unwrap();
    let d = common::data();
    let phones = [
        d.distribution.buy_and_bill.phone.clone().unwrap(),
        d.information.tumor_report_phone.clone(),
    ];
    for phone in phones {
        let link = format!("<a href=\"{}\">{phone}</a>", tel_href(&phone));
        assert!(
            page.contains(&link),
            "index.html must link {phone} as {link}"
        );
    }
    assert!(page.contains(&format!(
        "href=\"{}\"",
        d.product.prescribing_information_url
    )));
    // Every tel: link on the page is one of the data file's numbers.
    assert_eq!(page.matches("href=\"tel:").count(), 2);
}
