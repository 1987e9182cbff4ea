//! Product information: boxed warning, indication and safety, ordering,
//! references, footer. All text is the guide's, from the data file.

use std::sync::Arc;

use leptos::prelude::*;

use super::rich::Rich;
use super::Ids;
use crate::domain::text::tel_href;
use crate::domain::Data;

/// The boxed warning, always shown in full (never behind a control).
#[component]
pub fn BoxedWarning(
    /// The widget's data.
    data: Arc<Data>,
    /// Id prefix of this widget instance.
    ids: Ids,
) -> impl IntoView {
    let w = data.information.boxed_warning.clone();
    let heading_id = ids.id("boxed-warning");
    let heading_id_ref = heading_id.clone();
    view! {
        <section class="zg-boxed" aria-labelledby=heading_id_ref>
            <h2 id=heading_id class="zg-boxed-title">"Boxed warning: " {w.title}</h2>
            <p>{w.text}</p>
            <p class="zg-boxed-link">
                "See the " <a href=data.product.prescribing_information_url.clone()>"Full Prescribing Information"</a>
                " and the Important Safety Information below."
            </p>
        </section>
    }
}

/// Indication, limitations of use, warnings and precautions, adverse
/// reactions.
#[component]
pub fn SafetyInfo(
    /// The widget's data.
    data: Arc<Data>,
) -> impl IntoView {
    let info = data.information.clone();
    let phones = vec![info.tumor_report_phone.clone()];
    view! {
        <h3>"Indication"</h3>
        <p>{info.indication}</p>
        <h3>"Limitations of use"</h3>
        <p>{info.limitations_of_use}</p>
        <details class="zg-details">
            <summary>"Warnings and precautions"</summary>
            {info
                .warnings
                .into_iter()
                .map(|w| view! {
                    <h3 class="zg-warning-title">{w.title}</h3>
                    <p><Rich text=w.text phones=phones.clone()/></p>
                })
                .collect_view()}
        </details>
        <details class="zg-details">
            <summary>"Adverse reactions"</summary>
            <p>{info.adverse_reactions}</p>
        </details>
        <p class="zg-tumor">
            "Report tumor development after ZOLGENSMA: Novartis Gene Therapies, "
            <a class="zg-tel" href=tel_href(&info.tumor_report_phone)>{info.tumor_report_phone.clone()}</a>
        </p>
        <p>
            <a class="zg-pi" href=data.product.prescribing_information_url.clone()>"Full Prescribing Information (PDF)"</a>
            ", including the Boxed WARNING for Serious Liver Injury and Acute Liver Failure."
        </p>
    }
}

/// How ZOLGENSMA is ordered.
#[component]
pub fn Ordering(
    /// The widget's data.
    data: Arc<Data>,
) -> impl IntoView {
    let d = data.distribution.clone();
    let channel = |c: crate::domain::data::Channel| {
        view! {
            <div class="zg-channel">
                <h3>{c.title}</h3>
                <p>{c.text}</p>
                {c.phone.map(|p| view! { <p>"Phone: " <a class="zg-tel" href=tel_href(&p)>{p.clone()}</a></p> })}
            </div>
        }
    };
    view! {
        <p>{d.intro}</p>
        <div class="zg-channels">{channel(d.buy_and_bill)} {channel(d.specialty_pharmacy)}</div>
        <p>{data.guide.contact.clone()}</p>
    }
}

/// The guide's numbered references, each with an anchor the codes link to.
#[component]
pub fn References(
    /// The widget's data.
    data: Arc<Data>,
    /// Id prefix of this widget instance.
    ids: Ids,
) -> impl IntoView {
    view! {
        <ol class="zg-references">
            {data
                .references
                .iter()
                .map(|r| {
                    let accessed = r.accessed.map(|d| format!(" Accessed {d}."));
                    let url = r.url.clone().map(|u| view! { " " <a href=u.clone()>{u.clone()}</a> });
                    view! { <li id=ids.id(&format!("ref-{}", r.id))>{r.text.clone()} {accessed} {url}</li> }
                })
                .collect_view()}
        </ol>
    }
}
