//! The pieces every section of the review is made of: the blocks, the
//! figures as text in the review's language, and the draft's figures by
//! metric key.

use std::fmt::Display;

use super::{Draft, metric};
use crate::output::rate_tenths;
use crate::summary::Figure;
use crate::vocab::Lang;

/// One piece of the document.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading: 1 for the parts (I., II.), 2 for their sections.
    Heading(u8, String),
    /// Running text.
    Text(String),
    /// An empty paragraph for the clerk's own words.
    ForTheClerk,
    Table(Table),
    /// The monthly chart (a PNG).
    Chart(Vec<u8>),
    /// The caption under a table or chart.
    Caption(String),
}

/// A table: headers, relative column widths, rows; numbers align right.
#[derive(Debug, Clone)]
pub struct Table {
    pub headers: Vec<String>,
    pub widths: Vec<u32>,
    pub numeric: Vec<bool>,
    pub rows: Vec<Vec<String>>,
}

/// Pick the text of the review's language.
pub(super) fn t(lang: Lang, vi: &str, en: &str) -> String {
    match lang {
        Lang::Vi => vi.to_string(),
        Lang::En => en.to_string(),
    }
}

/// The labels of the review's language, as a table's headers.
pub(super) fn labels(lang: Lang, pairs: &[(&'static str, &'static str)]) -> Vec<String> {
    pairs
        .iter()
        .map(|(vi, en)| lang.pick(vi, en).to_string())
        .collect()
}

/// Pick the sentence of the review's language and put `figures` in its
/// `{}` places, in order: both languages' sentences share one list.
pub(super) fn say(lang: Lang, vi: &str, en: &str, figures: &[impl Display]) -> String {
    let mut rest = match lang {
        Lang::Vi => vi,
        Lang::En => en,
    };
    let mut out = String::with_capacity(rest.len());
    let mut figures = figures.iter();
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(f) = figures.next() {
            out.push_str(&f.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// A count as the language writes it: `1.988` in Vietnamese, `1,988` in English.
pub fn count(n: i64, lang: Lang) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A rate with one decimal as the language writes it (`92,2%`); a dash when
/// there is nothing to divide by.
pub fn rate(a: i64, b: i64, lang: Lang) -> String {
    match rate_tenths(a, b) {
        None => "-".into(),
        Some(t) => match lang {
            Lang::Vi => format!("{},{}%", t / 10, t % 10),
            Lang::En => format!("{}.{}%", t / 10, t % 10),
        },
    }
}

/// A figure as text.
pub fn figure(f: Figure, lang: Lang) -> String {
    match f {
        Figure::Count(n) => count(n, lang),
        Figure::Rate(a, b) => rate(a, b, lang),
    }
}

impl Draft {
    fn year(&self, key: &str, year: i32) -> Figure {
        self.agency.year_figure(metric(key), year, None)
    }

    /// A metric over the whole period, for the agency.
    pub(super) fn total(&self, key: &str) -> Figure {
        self.agency.total_figure(metric(key), None)
    }

    /// A metric over the whole period as text.
    pub(super) fn n(&self, key: &str) -> String {
        figure(self.total(key), self.lang)
    }

    /// "In 2026", "From 2024 to 2026".
    pub(super) fn period(&self) -> String {
        if self.from == self.to {
            say(self.lang, "Năm {}", "In {}", &[self.from])
        } else {
            say(
                self.lang,
                "Giai đoạn {} - {}",
                "From {} to {}",
                &[self.from, self.to],
            )
        }
    }

    /// A section's heading and the sentence that says the period recorded
    /// none of what it is about (`{}` stands for the period).
    pub(super) fn none_recorded(&self, heading: Block, vi: &str, en: &str) -> Vec<Block> {
        vec![
            heading,
            Block::Text(say(self.lang, vi, en, &[self.period()])),
        ]
    }

    /// A table with a row per year (and a total row when the period has
    /// several): the year, then `keys`.
    pub(super) fn yearly_table(&self, first: (&str, &str), keys: &[(&str, &str, &str)]) -> Table {
        let lang = self.lang;
        let mut headers = vec![t(lang, first.0, first.1)];
        headers.extend(keys.iter().map(|(_, vi, en)| t(lang, vi, en)));
        let mut rows: Vec<Vec<String>> = self
            .agency
            .years
            .iter()
            .map(|y| {
                let mut row = vec![y.to_string()];
                row.extend(keys.iter().map(|(k, _, _)| figure(self.year(k, *y), lang)));
                row
            })
            .collect();
        if self.years() > 1 {
            let mut row = vec![t(lang, "Cả giai đoạn", "Whole period")];
            row.extend(keys.iter().map(|(k, _, _)| self.n(k)));
            rows.push(row);
        }
        let mut widths = vec![14];
        widths.extend(keys.iter().map(|_| 10));
        let mut numeric = vec![false];
        numeric.extend(keys.iter().map(|_| true));
        Table {
            headers,
            widths,
            numeric,
            rows,
        }
    }
}

/// A unit's name as the document shows it (members with no unit).
pub fn unit_name(unit: &str, lang: Lang) -> String {
    if unit.is_empty() {
        t(lang, "(chưa xếp đơn vị)", "(no unit)")
    } else {
        unit.to_string()
    }
}
