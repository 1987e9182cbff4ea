//! Code search: a query to ranked matches over code, description, inclusion
//! terms and code-set name.
//!
//! Ranking, best first: the code itself (`G121` or `g12.1` for G12.1), a
//! code prefix (`992` for 99221…), a word starting with the query
//! (`werdnig`, `Hoffman`), then the query anywhere in a word. Each query word
//! must match; a record ranks by its weakest word. Ties keep guide order.
//! Matching ignores case and common Latin diacritics. Search aliases (words
//! the guide does not print, such as the brand name for J3399) match too,
//! and a hit says when it needed one, so the view can label it.
//!
//! Also here: the parts of a text a query matched ([`marks`],
//! [`code_marks`]), the kit an NDC names ([`kit_for_ndc`]), and the guide's
//! ranges as one entry ([`entries`]).

use crate::model::{Code, Data, Kit};

/// How well a record matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// The query is the code.
    ExactCode,
    /// The query starts the code.
    CodePrefix,
    /// Every query word starts a word of the record.
    WordPrefix,
    /// Every query word appears inside a word of the record.
    Anywhere,
    /// The query was empty: everything, in guide order.
    All,
}

/// One match: which code and how well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into the codes it was built from.
    pub index: usize,
    /// How well it matched.
    pub rank: Rank,
    /// It matched only through a search alias (not the guide's text).
    pub alias: bool,
}

/// Codes prepared for searching, built once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    /// The code, letters and digits only, lowercase (`g121`).
    code: String,
    /// Every searchable word, folded.
    words: Vec<String>,
    /// The words of its search aliases, folded.
    aliases: Vec<String>,
}

impl SearchIndex {
    /// Prepares `codes` (with their code-set names and search aliases) for
    /// searching.
    pub fn new<'a>(
        codes: impl IntoIterator<Item = (&'a Code, &'a str, &'a [String])>,
    ) -> SearchIndex {
        let entries = codes
            .into_iter()
            .map(|(code, set_name, aliases)| {
                let mut words = Vec::new();
                let texts = [
                    code.description.as_str(),
                    set_name,
                    code.range.as_deref().unwrap_or(""),
                ];
                for text in texts
                    .into_iter()
                    .chain(code.includes.iter().map(String::as_str))
                {
                    words.extend(fold_words(text));
                }
                Entry {
                    code: fold_key(&code.code),
                    words,
                    aliases: aliases.iter().flat_map(|a| fold_words(a)).collect(),
                }
            })
            .collect();
        SearchIndex { entries }
    }

    /// Every code of `data`, with its code set's name and its search
    /// aliases.
    pub fn of(data: &Data) -> SearchIndex {
        SearchIndex::new(data.codes.iter().map(|c| {
            let set = data.code_set(c.system).map_or("", |s| s.name.as_str());
            let aliases = data
                .search_aliases
                .iter()
                .find(|a| a.code == c.code)
                .map_or(&[][..], |a| a.terms.as_slice());
            (c, set, aliases)
        }))
    }

    /// Matches for `query`, best first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        // Punctuation alone ("-", ".") is no query; anything else is, even
        // when it can never match (an emoji).
        let tokens: Vec<&str> = query
            .split_whitespace()
            .filter(|t| !t.chars().all(|c| c.is_ascii_punctuation()))
            .collect();
        if tokens.is_empty() {
            return (0..self.entries.len())
                .map(|index| Hit {
                    index,
                    rank: Rank::All,
                    alias: false,
                })
                .collect();
        }
        // A token that is, or starts, some code is read as a code only:
        // "g12.1" means G12.1, not every text with "g12" and "1" in it.
        let code_only: Vec<bool> = tokens
            .iter()
            .map(|t| {
                let key = fold_key(t);
                !key.is_empty() && self.entries.iter().any(|e| e.code.starts_with(&key))
            })
            .collect();
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                let mut ranks = tokens.iter().zip(&code_only).map(|(t, only)| {
                    entry
                        .rank(t)
                        .filter(|(r, _)| !only || *r <= Rank::CodePrefix)
                });
                ranks
                    .try_fold((Rank::ExactCode, false), |(worst, alias), r| {
                        let (rank, via) = r?;
                        Some((worst.max(rank), alias || via))
                    })
                    .map(|(rank, alias)| Hit { index, rank, alias })
            })
            .collect();
        // A stable sort keeps guide order within a rank.
        crate::small_sort::by_key(&mut hits, |h| h.rank);
        hits
    }
}

impl Entry {
    /// How well `token` matches, and whether it needed an alias.
    fn rank(&self, token: &str) -> Option<(Rank, bool)> {
        let key = fold_key(token);
        let words = fold_words(token);
        if key.is_empty() || words.is_empty() {
            return None;
        }
        if key == self.code {
            return Some((Rank::ExactCode, false));
        }
        if self.code.starts_with(&key) {
            return Some((Rank::CodePrefix, false));
        }
        // A number in the query matches only the same number in the text:
        // "type 1" is not "ICD-10".
        let every = |pool: &[String], matches: fn(&str, &str) -> bool| {
            words.iter().all(|q| {
                let number = q.bytes().all(|b| b.is_ascii_digit());
                pool.iter()
                    .any(|w| if number { w == q } else { matches(w, q) })
            })
        };
        let prefix: fn(&str, &str) -> bool = |w, q| w.starts_with(q);
        let inside: fn(&str, &str) -> bool = |w, q| w.contains(q);
        if every(&self.words, prefix) {
            return Some((Rank::WordPrefix, false));
        }
        // Inside a code, one character is noise ("1" is in most codes); two
        // or more ("12") are a deliberate partial code.
        let in_code = key.len() >= 2 && self.code.contains(&key);
        if every(&self.words, inside) || in_code {
            return Some((Rank::Anywhere, false));
        }
        // An alias matches from its start only: "sma" is inside "zolgensma"
        // but means spinal muscular atrophy.
        every(&self.aliases, prefix).then_some((Rank::WordPrefix, true))
    }
}

/// `text` in pieces, each marked when it is part of a word matched by a
/// word of `query` (case and common diacritics ignored): what the view
/// highlights. Words of one character mark nothing.
pub fn marks<'a>(text: &'a str, query: &str) -> Vec<(&'a str, bool)> {
    let tokens: Vec<String> = fold_words(query)
        .into_iter()
        .filter(|t| t.chars().count() >= 2)
        .collect();
    let folded: Vec<char> = text.chars().map(fold_char).collect();
    let mut marked = vec![false; folded.len()];
    for token in &tokens {
        let t: Vec<char> = token.chars().collect();
        for start in 0..folded.len() {
            if folded[start..].starts_with(&t) {
                marked[start..start + t.len()].fill(true);
            }
        }
    }
    pieces(text, &marked)
}

/// The code `code` in pieces, its start marked when a word of `query` is
/// the code or starts it (`992` in 99221, `g12.1` and `G121` in G12.1).
pub fn code_marks<'a>(code: &'a str, query: &str) -> Vec<(&'a str, bool)> {
    let chars: Vec<char> = code.chars().collect();
    let mut marked = vec![false; chars.len()];
    for token in query.split_whitespace() {
        let key: Vec<char> = fold_key(token).chars().collect();
        if key.is_empty() {
            continue;
        }
        // Walk the code's letters and digits, skipping its punctuation.
        let (mut k, mut end) = (0, 0);
        for (i, c) in chars.iter().enumerate() {
            if k == key.len() {
                break;
            }
            if c.is_ascii_alphanumeric() {
                if fold_char(*c) != key[k] {
                    break;
                }
                k += 1;
                end = i + 1;
            }
        }
        if k == key.len() {
            marked[..end].fill(true);
        }
    }
    pieces(code, &marked)
}

/// `text` split where `marked` (one flag per character) changes.
fn pieces<'a>(text: &'a str, marked: &[bool]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut state = None;
    for (i, (at, _)) in text.char_indices().enumerate() {
        let m = marked.get(i).copied().unwrap_or(false);
        if state != Some(m) {
            if let Some(prev) = state {
                out.push((&text[start..at], prev));
            }
            start = at;
            state = Some(m);
        }
    }
    if let Some(m) = state {
        out.push((&text[start..], m));
    }
    out
}

/// The kit whose NDC `query` is, in any of its written forms: the 10-digit
/// NDC as printed (`71894-129-05`), the 11-digit one hyphenated
/// (`71894-0129-05`) or bare (`71894012905`), or the 10 digits bare.
/// Hyphens, when written, must sit where the form puts them.
pub fn kit_for_ndc(kits: &[Kit], query: &str) -> Option<usize> {
    let q = query.trim();
    if q.is_empty() || !q.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    kits.iter().position(|k| {
        let ndc10 = k.ndc.to_string();
        let ndc11 = k.ndc.to_11();
        let bare10: String = ndc10.chars().filter(char::is_ascii_digit).collect();
        [ndc10, ndc11.to_string(), ndc11.bare(), bare10].contains(&q.to_string())
    })
}

/// Hits grouped into entries as the guide prints them: codes of one range
/// (`99221-99223`) are one entry, at the place of its best hit, its codes
/// in guide order; every other code is an entry of its own.
pub fn entries(codes: &[Code], hits: &[Hit]) -> Vec<Vec<Hit>> {
    let mut out: Vec<Vec<Hit>> = Vec::new();
    for hit in hits {
        let range = codes.get(hit.index).and_then(|c| c.range.as_deref());
        let same = out.iter_mut().find(|entry| {
            range.is_some()
                && entry.first().is_some_and(|first| {
                    codes.get(first.index).and_then(|c| c.range.as_deref()) == range
                })
        });
        match same {
            Some(entry) => {
                entry.push(*hit);
                crate::small_sort::by_key(entry, |h| h.index);
            }
            None => out.push(vec![*hit]),
        }
    }
    out
}

/// The products this reference does not cover that `query` names, by
/// index into `data.not_covered`: one of their one-word terms (`itvisma`,
/// `brve`, `intrathecal`) begun with at least four letters, or a
/// several-word term (`onasemnogene abeparvovec-brve`) contained whole.
pub fn not_covered_for(data: &Data, query: &str) -> Vec<usize> {
    let words = fold_words(query);
    let folded = words.join(" ");
    data.not_covered
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            n.terms.iter().any(|term| {
                let term = fold_words(term).join(" ");
                if term.contains(' ') {
                    folded.contains(&term)
                } else {
                    words
                        .iter()
                        .any(|w| w.len() >= 4 && term.starts_with(w.as_str()))
                }
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// Letters and digits only, folded: what a code is compared by.
fn fold_key(s: &str) -> String {
    s.chars()
        .map(fold_char)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Words of `s` (runs of letters and digits), folded.
pub(crate) fn fold_words(s: &str) -> Vec<String> {
    s.chars()
        .map(fold_char)
        .collect::<String>()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Lowercases ASCII and strips the diacritics of common Latin letters.
/// Anything else passes through (and then never matches a word, which is
/// right: the guide's text is ASCII apart from symbols).
fn fold_char(c: char) -> char {
    let folded = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'İ' | 'ı' => 'i',
        'Ł' | 'ł' => 'l',
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => 'o',
        'Ř' | 'ř' => 'r',
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' => 's',
        'Ť' | 'ť' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'z',
        other => other,
    };
    folded.to_ascii_lowercase()
}
