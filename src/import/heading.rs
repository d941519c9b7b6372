//! The header of an import file: which row it is (clerks put title rows
//! above it) and which column each of its cells names, by key, label or a
//! heading clerks use, without regard to case or diacritics.

use crate::error::user_msg;
use crate::i18n::{Arg, Lang, Msg};
use crate::output::Column;
use crate::text::fold;

/// What an import file may hold.
pub struct Layout {
    /// What the file is, for messages: "member list".
    pub what: Msg,
    /// The columns, in the order the importer wants them.
    pub columns: &'static [Column],
    /// Keys of the columns that must be present.
    pub required: &'static [&'static str],
    /// Read-only columns that exports add and imports ignore.
    pub ignored: &'static [&'static str],
    /// Columns whose labels also name the ignored columns of the same key:
    /// the export's, whose workbook heads its columns with labels, the
    /// read-only ones included, and must import again.
    pub labelled: &'static [&'static [Column]],
    /// Headings clerks use beside the labels: (heading, key of a column or
    /// of an ignored column).
    pub aliases: &'static [(&'static str, &'static str)],
    /// The wide form of the file, if it has one: numbered groups of
    /// columns (`Việc 1`, `Ghi chú 1`, `Việc 2` …) that stand for one row
    /// each.
    pub wide: Option<&'static Wide>,
}

/// Numbered groups of columns, each read as one row of the layout: the
/// group's number goes to the column `number`, its cells to `cells`.
pub struct Wide {
    /// The key of the column the group's number fills.
    pub number: &'static str,
    /// The key of each cell of a group, with the headings it goes by before
    /// the number (`Việc`, `Item`). A group whose first cell is empty
    /// stands for no row.
    pub cells: &'static [(&'static str, &'static [&'static str])],
}

/// One numbered group of a wide file's header.
#[derive(Debug, Clone)]
pub struct Group {
    pub no: i64,
    /// The heading of its first cell, as the file writes it, for messages.
    pub heading: String,
}

/// A header matched to a layout: for each cell, the row column it feeds.
/// Columns past the layout's hold the groups' cells: group g's cell s is
/// column `layout.columns.len() + g * cells + s`.
#[derive(Debug, Clone)]
pub struct HeaderMap {
    pub mapping: Vec<Option<usize>>,
    pub groups: Vec<Group>,
}

impl HeaderMap {
    /// Cells of a row as the header maps them: the layout's, then the groups'.
    pub fn width(&self, layout: &Layout) -> usize {
        layout.columns.len() + self.groups.len() * layout.wide.map_or(0, |w| w.cells.len())
    }
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
    /// Cell `slot` of the wide layout's group numbered `no`.
    Group(usize, i64),
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
            .any(|key| *key == wanted || self.read_only_label(key, &wanted))
        {
            return Heading::Ignored;
        }
        self.group_heading(&wanted).unwrap_or(Heading::Unknown)
    }

    /// Is `folded` a label that the export gives the read-only column `key`?
    fn read_only_label(&self, key: &str, folded: &str) -> bool {
        self.labelled
            .iter()
            .flat_map(|columns| columns.iter())
            .any(|c| c.key() == key && (folded == fold(&c.vi) || folded == fold(&c.en)))
    }

    /// `Việc 3`, `item 3`, `Ghi chú 3` (folded) as a wide layout's group cell.
    fn group_heading(&self, folded: &str) -> Option<Heading> {
        let wide = self.wide?;
        let digits = folded.len() - folded.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let (prefix, number) = folded.split_at(folded.len() - digits);
        let no: i64 = number.parse().ok().filter(|&n| n >= 1)?;
        let prefix = prefix.trim_end();
        let slot = wide
            .cells
            .iter()
            .position(|(_, names)| names.iter().any(|n| fold(n) == prefix))?;
        Some(Heading::Group(slot, no))
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

    /// The columns for the hint of an unknown column, the word "required"
    /// in the language: `member (Mã thành viên / Mã / Mã cán bộ, required)`.
    pub fn accepted_headers(&self) -> Arg {
        let list = |required_word: &str| -> String {
            self.columns
                .iter()
                .zip(self.headings())
                .map(|(c, names)| {
                    let required = if self.required.contains(&c.key()) {
                        format!(", {required_word}")
                    } else {
                        String::new()
                    };
                    format!("{} ({}{required})", c.key(), names.join(" / "))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let word = |lang| Msg::new("heading-required-word").text(lang);
        Arg::Term {
            vi: list(&word(Lang::Vi)),
            en: list(&word(Lang::En)),
        }
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
            Heading::Column(_) | Heading::Group(..) => known += 1,
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
/// cell, the layout column it feeds, or None, and the wide layout's groups.
pub fn map_header(place: &str, header: &[String], layout: &Layout) -> anyhow::Result<HeaderMap> {
    let mut mapping = Vec::with_capacity(header.len());
    let mut seen = vec![false; layout.columns.len()];
    let mut problems = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut group_seen: Vec<Vec<bool>> = Vec::new();
    // (header cell, its place among the groups' cells)
    let mut group_cells: Vec<(usize, usize)> = Vec::new();
    let slots = layout.wide.map_or(0, |w| w.cells.len());
    for (i, cell) in header.iter().enumerate() {
        match layout.heading(cell) {
            Heading::Group(slot, no) => {
                let g = match groups.iter().position(|g| g.no == no) {
                    Some(g) => g,
                    None => {
                        groups.push(Group {
                            no,
                            heading: String::new(),
                        });
                        group_seen.push(vec![false; slots]);
                        groups.len() - 1
                    }
                };
                if group_seen[g][slot] {
                    problems.push(
                        Msg::new("heading-repeats-earlier")
                            .arg("place", place)
                            .arg("column", i + 1)
                            .arg("cell", format!("{cell:?}")),
                    );
                    mapping.push(None);
                    continue;
                }
                group_seen[g][slot] = true;
                if slot == 0 {
                    groups[g].heading = cell.trim().to_string();
                }
                group_cells.push((i, g * slots + slot));
                mapping.push(None);
            }
            Heading::Column(j) if seen[j] => {
                problems.push(
                    Msg::new("heading-repeats")
                        .arg("place", place)
                        .arg("column", i + 1)
                        .arg("cell", format!("{cell:?}"))
                        .arg("key", term(&layout.columns[j])),
                );
                mapping.push(None);
            }
            Heading::Column(j) => {
                seen[j] = true;
                mapping.push(Some(j));
            }
            Heading::Ignored => mapping.push(None),
            Heading::Unknown => {
                problems.push(
                    Msg::new("heading-unknown")
                        .arg("place", place)
                        .arg("column", i + 1)
                        .arg("cell", format!("{cell:?}")),
                );
                mapping.push(None);
            }
        }
    }
    let wide = layout.wide.filter(|_| !groups.is_empty());
    if let Some(wide) = wide {
        for (g, group) in groups.iter().enumerate() {
            if !group_seen[g][0] {
                problems.push(
                    Msg::new("heading-group-without-first")
                        .arg("place", place)
                        .arg("no", group.no)
                        .arg(
                            "heading",
                            format!("{:?}", format!("{} {}", wide.cells[0].1[0], group.no)),
                        ),
                );
            }
        }
        for (i, at) in group_cells {
            mapping[i] = Some(layout.columns.len() + at);
        }
    }
    for key in layout.required {
        // The wide form gives these in its groups.
        if wide.is_some_and(|w| w.number == *key || w.cells.iter().any(|(k, _)| k == key)) {
            continue;
        }
        let j = layout.columns.iter().position(|c| c.key() == *key);
        if j.is_none_or(|j| !seen[j]) {
            let named = match j {
                Some(j) => term(&layout.columns[j]),
                None => Arg::from(*key),
            };
            problems.push(
                Msg::new("heading-required-missing")
                    .arg("place", place)
                    .arg("key", named),
            );
        }
    }
    if wide.is_some_and(|w| {
        layout.columns.iter().enumerate().any(|(j, c)| {
            seen[j] && (c.key() == w.number || w.cells.iter().any(|(k, _)| *k == c.key()))
        })
    }) {
        problems.push(Msg::new("heading-both-forms").arg("place", place));
    }
    if problems.is_empty() {
        Ok(HeaderMap { mapping, groups })
    } else {
        Err(user_msg(
            Msg::new("heading-problems").arg("problems", Arg::Lines(problems)),
            Some(
                Msg::new("heading-columns-are")
                    .arg("columns", layout.accepted_headers())
                    .arg("ignored", RUNNING_NUMBER.join(" / ")),
            ),
        ))
    }
}

/// A column in a message: its Vietnamese heading in Vietnamese, its key
/// in English.
fn term(column: &Column) -> Arg {
    Arg::Term {
        vi: column.vi.to_string(),
        en: column.key().to_string(),
    }
}
