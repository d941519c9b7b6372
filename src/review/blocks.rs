//! The pieces every section of the review is made of: the blocks, the
//! figures as text in the review's language, and the draft's figures by
//! metric key.

use super::{Draft, metric};
use crate::i18n::{Arg, Msg, count_text, plain};
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

/// The messages `ids` in the review's language, as a table's headers.
pub(super) fn labels(lang: Lang, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| plain(lang, id)).collect()
}

/// A count as the language writes it: `1.988` in Vietnamese, `1,988` in English.
pub fn count(n: i64, lang: Lang) -> String {
    count_text(lang, n)
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

    /// A metric over the whole period as a message's data: a count (which
    /// Fluent's plural selectors see as a number) or a rate.
    pub(super) fn arg(&self, key: &str) -> Arg {
        match self.total(key) {
            Figure::Count(n) => Arg::Count(n),
            rate => Arg::Text(figure(rate, self.lang)),
        }
    }

    /// A message in the review's language.
    pub(super) fn say(&self, msg: Msg) -> String {
        msg.text(self.lang)
    }

    /// "In 2026", "From 2024 to 2026".
    pub(super) fn period(&self) -> String {
        let msg = if self.from == self.to {
            Msg::new("review-period-year").arg("year", i64::from(self.from))
        } else {
            Msg::new("review-period-years")
                .arg("from", i64::from(self.from))
                .arg("to", i64::from(self.to))
        };
        self.say(msg)
    }

    /// A section's heading and the sentence that says the period recorded
    /// none of what it is about (the message `id`, with `$period`).
    pub(super) fn none_recorded(&self, heading: Block, id: &'static str) -> Vec<Block> {
        vec![
            heading,
            Block::Text(self.say(Msg::new(id).arg("period", self.period()))),
        ]
    }

    /// A table with a row per year (and a total row when the period has
    /// several): the year, then `keys` under the headers of their message ids.
    pub(super) fn yearly_table(&self, keys: &[(&str, &str)]) -> Table {
        let lang = self.lang;
        let mut headers = vec![plain(lang, "review-col-year")];
        headers.extend(keys.iter().map(|(_, id)| plain(lang, id)));
        let mut rows: Vec<Vec<String>> = self
            .agency
            .years
            .iter()
            .map(|y| {
                let mut row = vec![y.to_string()];
                row.extend(keys.iter().map(|(k, _)| figure(self.year(k, *y), lang)));
                row
            })
            .collect();
        if self.years() > 1 {
            let mut row = vec![plain(lang, "review-whole-period")];
            row.extend(keys.iter().map(|(k, _)| self.n(k)));
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
        plain(lang, "review-no-unit")
    } else {
        unit.to_string()
    }
}
