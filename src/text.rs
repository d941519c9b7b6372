//! Text as danvan stores and compares it: NFC, trimmed, inner spaces folded;
//! people ordered by Vietnamese collation.

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// NFC, trimmed, every inner run of whitespace folded to one space.
///
/// ```
/// // "Nguyễn  Văn An" typed on macOS (decomposed) with a double space:
/// let typed = "Nguye\u{302}\u{303}n  Va\u{306}n An ";
/// assert_eq!(danvan::text::clean(typed), "Nguyễn Văn An");
/// ```
pub fn clean(s: &str) -> String {
    // Most text arrives composed already; the quick check avoids recomposing it.
    let nfc: std::borrow::Cow<'_, str> = match is_nfc_quick(s.chars()) {
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

#[cfg(test)]
mod tests;
