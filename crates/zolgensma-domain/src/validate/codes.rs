//! Code sets, their releases, codes and search aliases.

use super::checker::Checker;
use super::limits;
use crate::calendar::{covers, release_start};
use crate::model::{AsOf, Cadence, Code, CodeSet, CodeSystem, Reference, Release, SearchAlias};
use crate::raw::{RawAlias, RawCode, RawCodeSet, RawRelease};

pub(super) fn check_code_sets(
    c: &mut Checker,
    raw: &[RawCodeSet],
    refs: &[Reference],
) -> Vec<CodeSet> {
    let mut out: Vec<CodeSet> = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let at = format!("code_sets[{i}] ({})", r.id);
        let Some(system) = CodeSystem::from_id(&r.id) else {
            c.fail(&at, "id must be one of hcpcs, cpt, icd10cm");
            continue;
        };
        if out.iter().any(|s| s.system == system) {
            c.fail(&at, "each code set may be listed once");
        }
        for (field, s) in [
            ("name", &r.name),
            ("full_name", &r.full_name),
            ("title", &r.title),
            ("intro", &r.intro),
        ] {
            c.text(&format!("{at}.{field}"), s);
        }
        let Some(reference) = refs.iter().find(|x| x.id == r.source) else {
            c.fail(
                &at,
                format!("source {} is not a reference number", r.source),
            );
            continue;
        };
        let as_of = if r.as_of.len() == 4 {
            match r.as_of.parse::<u16>() {
                Ok(year) if reference.text.contains(&r.as_of) => Some(AsOf::Edition(year)),
                _ => {
                    c.fail(
                        &at,
                        format!(
                            "as_of {} must be an edition year named in reference {}",
                            r.as_of, r.source
                        ),
                    );
                    None
                }
            }
        } else {
            let date = c.date(&format!("{at}.as_of"), &r.as_of);
            if date.is_some() && date != reference.accessed {
                c.fail(
                    &at,
                    format!(
                        "as_of {} must be the access date of reference {}",
                        r.as_of, r.source
                    ),
                );
            }
            date.map(AsOf::Accessed)
        };
        let release = r
            .release
            .as_ref()
            .and_then(|rel| check_release(c, &at, rel, as_of));
        if let Some(as_of) = as_of {
            out.push(CodeSet {
                system,
                name: r.name.clone(),
                full_name: r.full_name.clone(),
                title: r.title.clone(),
                intro: r.intro.clone(),
                source: r.source,
                as_of,
                release,
            });
        }
    }
    out
}

/// A code set's release: a known cadence, starting on one of its
/// boundaries, and covering the date the list was current.
fn check_release(
    c: &mut Checker,
    at: &str,
    raw: &RawRelease,
    as_of: Option<AsOf>,
) -> Option<Release> {
    let Some(cadence) = Cadence::from_id(&raw.cadence) else {
        c.fail(
            format!("{at}.release.cadence"),
            "must be quarterly, fiscal-year or calendar-year",
        );
        return None;
    };
    let from = c.date(&format!("{at}.release.from"), &raw.from)?;
    let release = Release { cadence, from };
    if release_start(cadence, from) != from {
        c.fail(
            format!("{at}.release.from"),
            format!("{from} is not the first day of a {} release", raw.cadence),
        );
        return None;
    }
    let covered = match as_of {
        Some(AsOf::Accessed(date)) => covers(release, date),
        Some(AsOf::Edition(year)) => from.year() == year,
        None => true,
    };
    if !covered {
        c.fail(
            format!("{at}.release"),
            "must be the release in force when the list was current (as_of)",
        );
    }
    Some(release)
}

/// Search aliases: each for a listed code, with a few short terms.
pub(super) fn check_aliases(c: &mut Checker, raw: &[RawAlias], codes: &[Code]) -> Vec<SearchAlias> {
    let mut out = Vec::with_capacity(raw.len());
    for (i, a) in raw.iter().enumerate() {
        let at = format!("search_aliases[{i}] ({})", a.code);
        if !codes.iter().any(|x| x.code == a.code) {
            c.fail(&at, "names a code that is not listed");
        }
        if a.terms.is_empty() || a.terms.len() > limits::ALIASES {
            c.fail(&at, format!("must list 1 to {} terms", limits::ALIASES));
        }
        for (n, term) in a.terms.iter().enumerate() {
            c.text(&format!("{at}.terms[{n}]"), term);
        }
        out.push(SearchAlias {
            code: a.code.clone(),
            terms: a.terms.clone(),
        });
    }
    out
}

pub(super) fn check_codes(c: &mut Checker, raw: &[RawCode], sets: &[CodeSet]) -> Vec<Code> {
    let mut out: Vec<Code> = Vec::with_capacity(raw.len());
    for (i, r) in raw.iter().enumerate() {
        let at = format!("codes[{i}] ({})", r.code);
        let Some(system) =
            CodeSystem::from_id(&r.set).filter(|s| sets.iter().any(|x| x.system == *s))
        else {
            c.fail(
                &at,
                format!("set “{}” is not one of the listed code sets", r.set),
            );
            continue;
        };
        if !system.is_well_formed(&r.code) {
            c.fail(
                &at,
                format!("“{}” is not a well-formed {} code", r.code, system.id()),
            );
        }
        if out.iter().any(|x| x.code == r.code) {
            c.fail(&at, "codes must be unique");
        }
        c.text(&format!("{at}.description"), &r.description);
        for (n, inc) in r.includes.iter().enumerate() {
            c.text(&format!("{at}.includes[{n}]"), inc);
        }
        if let Some(range) = &r.range {
            let ok = range.split_once('-').is_some_and(|(lo, hi)| {
                system.is_well_formed(lo)
                    && system.is_well_formed(hi)
                    && lo <= r.code.as_str()
                    && r.code.as_str() <= hi
            });
            if !ok {
                c.fail(
                    &at,
                    format!("range “{range}” must be two codes of the same set around the code"),
                );
            }
        }
        let effective = r
            .effective
            .as_deref()
            .and_then(|d| c.date(&format!("{at}.effective"), d));
        out.push(Code {
            system,
            code: r.code.clone(),
            description: r.description.clone(),
            range: r.range.clone(),
            includes: r.includes.clone(),
            effective,
        });
    }
    for set in sets {
        if !out.iter().any(|x| x.system == set.system) {
            c.fail(format!("code_sets ({})", set.system.id()), "lists no code");
        }
    }
    out
}
