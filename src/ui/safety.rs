//! Indication and Important Safety Information.

use leptos::prelude::*;

use super::instance::Instance;
use super::rich::{Rich, Tel};

/// The indication, its limitations, the warnings and precautions, adverse
/// reactions, where to report tumors, and the prescribing information.
#[component]
pub fn Safety(
    /// Whose safety information, and whose ids.
    instance: Instance,
) -> impl IntoView {
    let data = instance.data();
    let i = &data.information;
    let heading = instance.id("safety-title");
    let phone = i.tumor_report_phone.clone();
    let warnings = i
        .warnings
        .iter()
        .map(|w| {
            view! {
                <h3 class="zg-warning-title">{w.title.clone()}</h3>
                <p><Rich text=w.text.clone() phones=vec![phone.clone()]/></p>
            }
        })
        .collect_view();
    let labelled = heading.clone();
    view! {
        <section id=instance.section("safety") class="zg-section" aria-labelledby=labelled tabindex="-1">
            <h2 id=heading>"Indication and Important Safety Information"</h2>
            <h3>"Indication"</h3>
            <p>{i.indication.clone()}</p>
            <h3>"Limitations of use"</h3>
            <p>{i.limitations_of_use.clone()}</p>
            <details class="zg-details">
                <summary>"Warnings and precautions"</summary>
                {warnings}
            </details>
            <details class="zg-details">
                <summary>"Adverse reactions"</summary>
                <p>{i.adverse_reactions.clone()}</p>
            </details>
            <p class="zg-tumor">
                {format!("Report tumor development after {}: {}, ", data.product.brand, data.guide.publisher)}
                <Tel phone=i.tumor_report_phone.clone()/>
            </p>
            <p>
                <a class="zg-pi" href=data.product.prescribing_information_url.clone()>
                    "Full Prescribing Information (PDF)"
                </a>
                {format!(", including the Boxed WARNING for {}.", i.boxed_warning.title)}
            </p>
        </section>
    }
}
