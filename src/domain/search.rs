//! Code search: a query to ranked matches over code, description, inclusion
//! terms and code-set name.
//!
//! Ranking, best first: the code itself (`G121` or `g12.1` for G12.1), a
//! code prefix (`992` for 99221…), a word starting with the query
//! (`werdnig`, `Hoffman`), then the query anywhere in a word. Each query word
//! must match; a record ranks by its weakest word. Ties keep guide order.
//! Matching ignores case and common Latin diacritics.

use super::data::Code;

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
}

impl SearchIndex {
    /// Prepares `codes` (with their code-set names) for searching.
    pub fn new<'a>(codes: impl IntoIterator<Item = (&'a Code, &'a str)>) -> SearchIndex {
        let entries = codes
            .into_iter()
            .map(|(code, set_name)| {
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
                }
            })
            .collect();
        SearchIndex { entries }
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
                let mut ranks = tokens
                    .iter()
                    .zip(&code_only)
                    .map(|(t, only)| entry.rank(t).filter(|r| !only || *r <= Rank::CodePrefix));
                ranks
                    .try_fold(Rank::ExactCode, |worst, r| Some(worst.max(r?)))
                    .map(|rank| Hit { index, rank })
            })
            .collect();
        // A stable sort keeps guide order within a rank.
        hits.sort_by_key(|h| h.rank);
        hits
    }
}

impl Entry {
    fn rank(&self, token: &str) -> Option<Rank> {
        let key = fold_key(token);
        let words = fold_words(token);
        if key.is_empty() || words.is_empty() {
            return None;
        }
        if key == self.code {
            return Some(Rank::ExactCode);
        }
        if self.code.starts_with(&key) {
            return Some(Rank::CodePrefix);
        }
        // A number in the query matches only the same number in the text:
        // "type 1" is not "ICD-10".
        let every = |matches: fn(&str, &str) -> bool| {
            words.iter().all(|q| {
                let number = q.bytes().all(|b| b.is_ascii_digit());
                self.words
                    .iter()
                    .any(|w| if number { w == q } else { matches(w, q) })
            })
        };
        if every(|w, q| w.starts_with(q)) {
            return Some(Rank::WordPrefix);
        }
        // Inside a code, one character is noise ("1" is in most codes); two
        // or more ("12") are a deliberate partial code.
        let in_code = key.len() >= 2 && self.code.contains(&key);
        let anywhere = every(|w, q| w.contains(q)) || in_code;
        anywhere.then_some(Rank::Anywhere)
    }
}

/// Letters and digits only, folded: what a code is compared by.
fn fold_key(s: &str) -> String {
    s.chars()
        .map(fold_char)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Words of `s` (runs of letters and digits), folded.
fn fold_words(s: &str) -> Vec<String> {
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
