//! Text as danvan stores and compares it: NFC, trimmed, inner spaces folded;
//! people ordered by Vietnamese collation.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::error::user_msg;
use crate::i18n::Msg;

/// The longest name or unit accepted, in characters.
pub const MAX_NAME: usize = 200;
/// The longest free text (notes, pledge texts) accepted, in characters.
pub const MAX_TEXT: usize = 4000;

/// A text field: within its length, and present when required.
pub fn check_text(field: &str, value: &str, max: usize, required: bool) -> anyhow::Result<()> {
    if required && value.is_empty() {
        return Err(user_msg(
            Msg::new("text-required").arg("field", field),
            None,
        ));
    }
    let len = value.chars().count();
    if len > max {
        return Err(user_msg(
            Msg::new("text-too-long")
                .arg("field", field)
                .arg("len", len.to_string())
                .arg("max", max.to_string()),
            None,
        ));
    }
    Ok(())
}

/// NFC, trimmed, every inner run of whitespace folded to one space.
///
/// ```
/// // "Nguyễn  Văn An" typed on macOS (decomposed) with a double space:
/// let typed = "Nguye\u{302}\u{303}n  Va\u{306}n An ";
/// assert_eq!(danvan::text::clean(typed), "Nguyễn Văn An");
/// ```
pub fn clean(s: &str) -> String {
    // Most text arrives composed already; the quick check avoids recomposing it.
    let nfc: Cow<'_, str> = match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s.into(),
        _ => s.nfc().collect::<String>().into(),
    };
    let mut out = String::with_capacity(nfc.len());
    for word in nfc.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `clean`, borrowing when the text already is clean (most cells of an
/// import are).
pub fn cleaned(s: &str) -> Cow<'_, str> {
    let spaced = s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace)
        || s.contains("  ")
        || s.contains(|c: char| c.is_whitespace() && c != ' ');
    if !spaced && (s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(clean(s))
    }
}

/// The form used to compare labels and headers typed with or without
/// diacritics and in any case: lower case, tone and vowel marks dropped,
/// `đ` read as `d`, whitespace folded.
pub fn fold(s: &str) -> String {
    let lower = clean(s).to_lowercase();
    lower
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// The Vietnamese collator (CLDR `vi`: a ă â b c d đ e ê …, tones after the
/// letters), built once on first use.
pub fn collator() -> &'static CollatorBorrowed<'static> {
    static COLLATOR: OnceLock<CollatorBorrowed<'static>> = OnceLock::new();
    COLLATOR.get_or_init(|| {
        Collator::try_new(locale!("vi").into(), CollatorOptions::default())
            .expect("the Vietnamese collation data is compiled into the binary")
    })
}

/// Split a Vietnamese full name into the given name (its last word) and the
/// rest (family and middle names).
pub fn given_and_rest(name: &str) -> (&str, &str) {
    match name.rsplit_once(' ') {
        Some((rest, given)) => (given, rest),
        None => (name, ""),
    }
}

/// The Vietnamese order of people: by given name, then the rest of the
/// name, then code. `people::sort_people` sorts lists in this order.
pub fn compare_people(name_a: &str, code_a: &str, name_b: &str, code_b: &str) -> Ordering {
    let c = collator();
    let (given_a, rest_a) = given_and_rest(name_a);
    let (given_b, rest_b) = given_and_rest(name_b);
    c.compare(given_a, given_b)
        .then_with(|| c.compare(rest_a, rest_b))
        .then_with(|| c.compare(code_a, code_b))
}

/// Sort plain strings (units) by Vietnamese collation.
pub fn sort_vi(items: &mut [String]) {
    let c = collator();
    items.sort_by(|a, b| c.compare(a, b));
}

/// The nearest spellings of `wanted` among `candidates`, at most `max`,
/// nearest first, compared folded (case and diacritics ignored): those
/// that contain it or that it contains, then those within a few typing
/// slips (edit distance), then those sharing a word with it. Empty when
/// none is near.
pub fn nearest<'a>(
    candidates: impl IntoIterator<Item = &'a str>,
    wanted: &str,
    max: usize,
) -> Vec<&'a str> {
    let wanted = fold(wanted);
    if wanted.is_empty() {
        return Vec::new();
    }
    let wanted_chars: Vec<char> = wanted.chars().collect();
    let wanted_words: Vec<&str> = wanted.split(' ').collect();
    // About one slip in three characters, and at least one.
    let slips = (wanted_chars.len() / 3).max(1);
    let mut near: Vec<((u8, usize, usize), &str)> = Vec::new();
    for candidate in candidates {
        let folded = fold(candidate);
        if folded.is_empty() {
            continue;
        }
        let chars: Vec<char> = folded.chars().collect();
        let distance = edit_distance(&wanted_chars, &chars);
        let shared = folded
            .split(' ')
            .filter(|w| wanted_words.contains(w))
            .count();
        let rank = if folded.contains(&wanted) || wanted.contains(&folded) {
            (0, distance, 0)
        } else if distance <= slips {
            (1, distance, 0)
        } else if shared > 0 {
            (2, usize::MAX - shared, distance)
        } else {
            continue;
        };
        near.push((rank, candidate));
    }
    let c = collator();
    near.sort_by(|(ra, a), (rb, b)| ra.cmp(rb).then_with(|| c.compare(a, b)));
    near.dedup_by(|(_, a), (_, b)| a == b);
    near.into_iter().take(max).map(|(_, s)| s).collect()
}

/// Levenshtein distance: the fewest characters inserted, removed or
/// replaced to turn `a` into `b`.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if ca == cb {
                diagonal
            } else {
                1 + diagonal.min(above).min(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests;
