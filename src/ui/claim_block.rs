//! The claim block at the top of the result card: every line a biller
//! types into a claim, each with its copy button, and all of them at once.

use leptos::prelude::*;

use super::copy::{Announcer, CopyButton};
use super::events::CopyKind;
use super::kit_state::KitState;
use crate::domain::card::CardText;

/// The 11-digit NDC, the CMS-1500 line (items 24A, 24D, 24G) and the
/// 837P/837I loop 2410 segments, as sources/facts.md gives them.
#[component]
pub fn ClaimBlock(
    /// The panel's state: the claim lines of the kit shown.
    state: KitState,
    /// Where copies are announced.
    announcer: Announcer,
) -> impl IntoView {
    let instance = state.instance();
    let delimiters = state.data().facts.edi_delimiters.clone();
    let heading = instance.id("claim-title");
    let labelled = heading.clone();
    let text = move |get| state.card_text(get);
    let signal = move |get| state.card_signal(get);
    let line = move |term: &'static str,
                     get: fn(&CardText) -> &str,
                     testid: &'static str,
                     kind: CopyKind| {
        view! {
            <div>
                <dt>{term}</dt>
                <dd>
                    <code class="zg-claim-value" data-testid=testid>{text(get)}</code>
                    <CopyButton text=signal(get) kind instance announcer/>
                </dd>
            </div>
        }
    };
    let all = Signal::derive(move || {
        state
            .card
            .with(|c| c.as_ref().map(|c| c.claim.plain_text()).unwrap_or_default())
    });
    view! {
        <section class="zg-claim" aria-labelledby=labelled>
            <h4 id=heading class="zg-card-sub">
                "For the claim: "
                <span data-testid="kit-hcpcs">{text(|c| &c.hcpcs)}</span>
            </h4>
            <dl class="zg-claim-lines">
                <div>
                    <dt>"11-digit NDC"</dt>
                    <dd>
                        <code class="zg-claim-value" data-testid="kit-ndc11">{text(|c| &c.claim.ndc11)}</code>
                        <span class="zg-aside">" · no hyphens "</span>
                        <code class="zg-claim-value" data-testid="kit-ndc11-bare">{text(|c| &c.claim.ndc11_bare)}</code>
                        <CopyButton text=signal(|c| &c.claim.ndc11_bare) kind=CopyKind::Billing("11-digit NDC") instance announcer/>
                    </dd>
                </div>
                {line("CMS-1500 item 24A, shaded", |c| &c.claim.cms_24a, "kit-claim", CopyKind::Billing("claim NDC string"))}
                {line("CMS-1500 item 24D", |c| &c.claim.cms_24d, "kit-24d", CopyKind::Billing("HCPCS code"))}
                {line("CMS-1500 item 24G", |c| &c.claim.cms_24g, "kit-24g", CopyKind::Billing("HCPCS units"))}
                <div>
                    <dt>"837P/837I loop 2410"</dt>
                    <dd>
                        <code class="zg-claim-value" data-testid="kit-lin">{text(|c| &c.claim.lin)}</code>
                        <CopyButton text=signal(|c| &c.claim.lin) kind=CopyKind::Billing("LIN segment") instance announcer/>
                        <span class="zg-elements">{text(|c| &c.lin_elements)}</span>
                    </dd>
                    <dd>
                        <code class="zg-claim-value" data-testid="kit-ctp">{text(|c| &c.claim.ctp)}</code>
                        <CopyButton text=signal(|c| &c.claim.ctp) kind=CopyKind::Billing("CTP segment") instance announcer/>
                        <span class="zg-elements">{text(|c| &c.ctp_elements)}</span>
                    </dd>
                </div>
            </dl>
            <p class="zg-source">{delimiters}</p>
            <CopyButton text=all kind=CopyKind::Lines("claim lines") instance announcer label="Copy claim lines"/>
        </section>
    }
}
