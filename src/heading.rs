//! The header of an import file: which row it is (clerks put title rows
//! above it) and which column each of its cells names, by key, label or a
//! heading clerks use, without regard to case or diacritics.

use crate::error::user_error_hint;
use crate::output::Column;
use crate::text::fold;

/// What an import file may hold.
pub struct Layout {
    /// What the file is, for messages: "member list".
    pub what: &'static str,
    /// The columns, in the order the importer wants them.
    pub columns: &'static [Column],
    /// Keys of the columns that must be present.
    pub required: &'static [&'static str],
    /// Read-only columns that exports add and imports ignore.
    pub ignored: &'static [&'static str],
    /// Headings clerks use beside the labels: (heading, key of a column or
    /// of an ignored column).
    pub aliases: &'static [(&'static str, &'static str)],
}

/// Running-number columns, ignored in every import: a sheet's row count,
/// never the pledge item number.
pub const RUNNING_NUMBER: &[&str] = &["STT", "TT", "Số TT"];

/// Rows searched for the header from the top of a file.
pub const HEADER_SEARCH_ROWS: usize = 50;

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    /// The layout's column at this index.
    Column(usize),
    /// A column the import reads past.
    Ignored,
    Unknown,
}

impl Layout {
    /// What the header cell `cell` names.
    pub fn heading(&self, cell: &str) -> Heading {
        let wanted = fold(cell);
        if RUNNING_NUMBER.iter().any(|h| fold(h) == wanted) {
            return Heading::Ignored;
        }
        let by_key = |key: &str| {
            if let Some(j) = self.columns.iter().position(|c| c.key() == key) {
                Some(Heading::Column(j))
            } else if self.ignored.contains(&key) {
                Some(Heading::Ignored)
            } else {
                None
            }
        };
        if let Some(j) = self
            .columns
            .iter()
            .position(|c| wanted == c.key() || wanted == fold(&c.vi) || wanted == fold(&c.en))
        {
            return Heading::Column(j);
        }
        if let Some(found) = self
            .aliases
            .iter()
            .filter(|(heading, _)| fold(heading) == wanted)
            .find_map(|(_, key)| by_key(key))
        {
            return found;
        }
        if self
            .ignored
            .iter()
            .any(|key| *key == wanted || read_only_label(key, &wanted))
        {
            return Heading::Ignored;
        }
        Heading::Unknown
    }

    /// The Vietnamese headings each column is known by (its label, then
    /// the headings clerks use), in the order of the columns.
    pub fn headings(&self) -> Vec<Vec<&str>> {
        self.columns
            .iter()
            .map(|c| {
                let mut names: Vec<&str> = vec![&c.vi];
                names.extend(
                    self.aliases
                        .iter()
                        .filter(|(_, key)| *key == c.key())
                        .map(|(heading, _)| *heading),
                );
                names
            })
            .collect()
    }

    /// The columns for the hint of an unknown column:
    /// `member (Mã thành viên / Mã / Mã cán bộ, required)`.
    pub fn accepted_headers(&self) -> Vec<String> {
        self.columns
            .iter()
            .zip(self.headings())
            .map(|(c, names)| {
                let required = if self.required.contains(&c.key()) {
                    ", required"
                } else {
                    ""
                };
                format!("{} ({}{required})", c.key(), names.join(" / "))
            })
            .collect()
    }
}

/// Is `cells` a header: do its non-empty cells all name columns, one of
/// them at least a column the layout reads?
pub fn is_header(cells: &[String], layout: &Layout) -> bool {
    let (known, unknown) = count_known(cells, layout);
    known > 0 && !unknown
}

/// How many of `cells` name the layout's columns, and whether any names
/// nothing known.
fn count_known(cells: &[String], layout: &Layout) -> (usize, bool) {
    let mut known = 0;
    let mut unknown = false;
    for cell in cells.iter().filter(|c| !c.trim().is_empty()) {
        match layout.heading(cell) {
            Heading::Column(_) => known += 1,
            Heading::Ignored => {}
            Heading::Unknown => unknown = true,
        }
    }
    (known, unknown)
}

/// Which of `rows` (the first non-blank rows of a file) is the header: the
/// first that `is_header`. Failing that, the row naming the most columns,
/// else the first, so that the error lists what is unknown in it.
pub fn find_header(rows: &[Vec<String>], layout: &Layout) -> usize {
    let mut best = (0, 0);
    for (i, cells) in rows.iter().enumerate() {
        let (known, unknown) = count_known(cells, layout);
        if known > 0 && !unknown {
            return i;
        }
        if known > best.1 {
            best = (i, known);
        }
    }
    best.0
}

/// Match the header (located at `place`) to the layout's columns: for each
/// cell, the layout column it feeds, or None.
pub fn map_header(
    place: &str,
    header: &[String],
    layout: &Layout,
) -> anyhow::Result<Vec<Option<usize>>> {
    let mut mapping = Vec::with_capacity(header.len());
    let mut seen = vec![false; layout.columns.len()];
    let mut problems = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        match layout.heading(cell) {
            Heading::Column(j) if seen[j] => {
                problems.push(format!(
                    "{place}: column {} ({cell:?}) repeats the column {}",
                    i + 1,
                    layout.columns[j].key
                ));
                mapping.push(None);
            }
            Heading::Column(j) => {
                seen[j] = true;
                mapping.push(Some(j));
            }
            Heading::Ignored => mapping.push(None),
            Heading::Unknown => {
                problems.push(format!(
                    "{place}: column {} ({cell:?}) is not a known column",
                    i + 1
                ));
                mapping.push(None);
            }
        }
    }
    for key in layout.required {
        let j = layout.columns.iter().position(|c| c.key() == *key);
        if j.is_none_or(|j| !seen[j]) {
            problems.push(format!("{place}: the required column {key} is missing"));
        }
    }
    if problems.is_empty() {
        Ok(mapping)
    } else {
        Err(user_error_hint(
            problems.join("\n"),
            format!(
                "the columns are (key, then the headings accepted for it, in any case, with or without diacritics): {}; a column headed {} is ignored",
                layout.accepted_headers().join(", "),
                RUNNING_NUMBER.join(" / ")
            ),
        ))
    }
}

/// Is `folded` a label that exports give the read-only column `key`? A
/// workbook written by `export KIND --output FILE.xlsx` heads its columns
/// with labels, the read-only ones included, and must import again.
fn read_only_label(key: &str, folded: &str) -> bool {
    [
        crate::model::COLUMNS,
        crate::pledge::COLUMNS,
        crate::report::COLUMNS,
        crate::evaluation::COLUMNS,
    ]
    .iter()
    .flat_map(|columns| columns.iter())
    .any(|c| c.key() == key && (folded == fold(&c.vi) || folded == fold(&c.en)))
}
