//! Which code-set releases apply on a date of service (sources/facts.md,
//! "Decision: which code-set releases apply on a date of service").
//!
//! Code sets change on fixed dates: HCPCS every quarter, ICD-10-CM every
//! fiscal year (October 1 to September 30), CPT every calendar year. For a
//! date of service, each code set either is covered by the release the
//! guide's list comes from, or falls under another release, which is named
//! so the person can confirm the codes there. Nothing here says a code is
//! valid or invalid in a release the widget does not hold.

use crate::calendar::{covers, period_text, release_end, release_name, release_start};
use crate::date::Date;
use crate::model::{Cadence, CodeSystem, Data};

/// What one code set says for a date of service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    /// Which code set.
    pub system: CodeSystem,
    /// Whether the guide's list covers the date.
    pub covered: bool,
    /// The sentence shown.
    pub text: String,
}

/// For each code set of `data`, whether the guide's list covers a service
/// on `date`, and if not, which release does.
pub fn coverage(data: &Data, date: Date) -> Vec<Coverage> {
    data.code_sets
        .iter()
        .map(|set| {
            let name = &set.name;
            // A code the guide dates (J3399, July 1, 2020) did not exist before.
            let not_yet = data
                .codes
                .iter()
                .filter(|c| c.system == set.system)
                .find_map(|c| c.effective.filter(|from| date < *from).map(|from| (c, from)));
            if let Some((code, from)) = not_yet {
                return Coverage {
                    system: set.system,
                    covered: false,
                    text: format!(
                        "{name}: {} took effect {from}; on {date} there was no {}.",
                        code.code, code.code
                    ),
                };
            }
            let Some(release) = set.release else {
                return Coverage {
                    system: set.system,
                    covered: false,
                    text: format!(
                        "{name}: the release of this list is not known; confirm the codes for {date}."
                    ),
                };
            };
            let guide = release_name(release.cadence, release.from);
            let guide_period = period_text(release.from, release_end(release.cadence, release.from));
            let update = if release.cadence == Cadence::FiscalYear {
                " CMS may also publish an April 1 update within a fiscal year."
            } else {
                ""
            };
            if covers(release, date) {
                return Coverage {
                    system: set.system,
                    covered: true,
                    text: format!(
                        "{name}: the guide's list is the {guide} ({guide_period}), which covers {date}.{update}"
                    ),
                };
            }
            let start = release_start(release.cadence, date);
            let applies = release_name(release.cadence, start);
            let period = period_text(start, release_end(release.cadence, start));
            Coverage {
                system: set.system,
                covered: false,
                text: format!(
                    "{name}: {date} falls under the {applies} ({period}), not the guide's {guide}: confirm the codes there.{update}"
                ),
            }
        })
        .collect()
}
