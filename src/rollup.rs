//! Roll-up across cells: a superior body sums the reviews of many cells,
//! read from their summary files (`export summary --format json`) or their
//! database files, with the rules of one cell's review.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::user_msg;
use crate::i18n::{Lang, Msg};
use crate::review::{Details, Draft};
use crate::setting::Issuer;
use crate::summary::{self, CellCounts, Review, Scope};

mod details;

use details::FileDetails;

/// What a summary file says it is.
pub const KIND: &str = "danvan-summary";

/// The version of the summary file this danvan writes; it reads this one
/// and every older one. Version 2 added the review's details.
pub const VERSION: u32 = 2;

/// A cell's review as a file: who sent it, for which period, the rows as
/// the review shows them, and every count behind them.
#[derive(Debug, Serialize, Deserialize)]
pub struct SummaryFile {
    pub kind: String,
    pub version: u32,
    pub cell: String,
    pub organisation: String,
    pub from: i32,
    pub to: i32,
    /// The day the figures were counted (ISO).
    pub counted_on: String,
    /// The review's rows, as `export summary --format json` always gave
    /// them: `metric`, one value per year, `total`.
    pub rows: Vec<serde_json::Value>,
    pub counts: FileCounts,
    /// What the superior's review needs beyond the counts (version 2 on;
    /// left out by a roll-up some of whose cells sent counts only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<FileDetails>,
}

/// The counts of a summary file: per year (keyed by the year as text, as
/// JSON objects are), and the distinct stocks of the period.
#[derive(Debug, Serialize, Deserialize)]
pub struct FileCounts {
    pub years: BTreeMap<String, BTreeMap<String, i64>>,
    pub period: BTreeMap<String, i64>,
}

/// Who a cell is: its `cell` and `organisation` settings.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub cell: String,
    pub organisation: String,
}

/// The identity stored in a database: its `cell` and `organisation`
/// settings.
pub fn identity(conn: &Connection) -> Result<Identity> {
    let issuer = crate::setting::issuer(conn)?;
    Ok(Identity {
        cell: issuer.cell,
        organisation: issuer.organisation,
    })
}

impl SummaryFile {
    /// The summary file of a review.
    pub fn new(
        review: &Review,
        who: &Identity,
        from: i32,
        to: i32,
        today: NaiveDate,
        rows: Vec<serde_json::Value>,
        details: Option<&Details>,
    ) -> SummaryFile {
        let (yearly, period) = review.agency_counts();
        SummaryFile {
            kind: KIND.into(),
            version: VERSION,
            cell: who.cell.clone(),
            organisation: who.organisation.clone(),
            from,
            to,
            counted_on: crate::dates::iso(today),
            rows,
            counts: FileCounts {
                years: yearly
                    .into_iter()
                    .map(|(y, c)| (y.to_string(), c))
                    .collect(),
                period,
            },
            details: details.map(FileDetails::new),
        }
    }
}

/// One cell read for a roll-up.
#[derive(Debug)]
pub struct CellInput {
    pub path: PathBuf,
    pub counts: CellCounts,
    /// The review's details, when asked for and the file has them (a
    /// summary file of version 1 has counts only).
    pub details: Option<Details>,
}

/// What a roll-up reads of each cell: the counts, or the review's details too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Counts,
    Details,
}

/// The name a cell is known by in a roll-up: its `cell` setting, else its
/// `organisation`, else the file's name.
fn display_name(who: &Identity, path: &Path) -> String {
    [&who.cell, &who.organisation]
        .into_iter()
        .find(|s| !s.is_empty())
        .cloned()
        .unwrap_or_else(|| {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
}

/// Read one cell: a summary file or a database, for the years `from..=to`.
pub fn read(
    path: &Path,
    from: i32,
    to: i32,
    today: NaiveDate,
    reading: Reading,
) -> Result<CellInput> {
    let bytes = std::fs::read(path).map_err(|e| {
        user_msg(
            Msg::new("rollup-cannot-read")
                .arg("path", shown(path))
                .arg("error", e.to_string()),
            Some(Msg::new("rollup-cannot-read-hint")),
        )
    })?;
    if bytes.starts_with(b"SQLite format 3\0") {
        return read_database(path, from, to, today, reading);
    }
    read_summary_file(path, &bytes, from, to, reading)
}

fn read_database(
    path: &Path,
    from: i32,
    to: i32,
    today: NaiveDate,
    reading: Reading,
) -> Result<CellInput> {
    let (db, _version) = Db::open_read_only(path)?;
    let who = identity(&db.conn)?;
    let review = summary::review(&db.conn, from, to, today, Scope::Agency)?;
    let (yearly, period) = review.agency_counts();
    let details = match reading {
        Reading::Counts => None,
        Reading::Details => Some(Details::gather(&db.conn, from, to, today)?),
    };
    Ok(CellInput {
        path: path.to_path_buf(),
        counts: CellCounts {
            name: display_name(&who, path),
            yearly,
            period,
        },
        details,
    })
}

/// A cell's file that cannot be rolled up as it is; `cli` adds the hint
/// that names the command the cell runs to make a good one.
#[derive(Debug)]
pub enum BadCellFile {
    NotASummary {
        path: String,
    },
    Damaged {
        path: String,
        error: String,
    },
    OtherPeriod {
        path: String,
        file_from: i32,
        file_to: i32,
        from: i32,
        to: i32,
    },
}

impl BadCellFile {
    pub fn msg(&self) -> Msg {
        match self {
            BadCellFile::NotASummary { path } => Msg::new("rollup-not-a-summary").arg("path", path),
            BadCellFile::Damaged { path, error } => Msg::new("rollup-damaged")
                .arg("path", path)
                .arg("error", error),
            BadCellFile::OtherPeriod {
                path,
                file_from,
                file_to,
                from,
                to,
            } => Msg::new("rollup-other-period")
                .arg("path", path)
                .arg("file_from", file_from.to_string())
                .arg("file_to", file_to.to_string())
                .arg("from", from.to_string())
                .arg("to", to.to_string()),
        }
    }
}

impl std::fmt::Display for BadCellFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for BadCellFile {}

fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn not_a_summary(path: &Path) -> anyhow::Error {
    BadCellFile::NotASummary { path: shown(path) }.into()
}

/// What a JSON file says it is: a summary file has `kind` and `version`.
#[derive(Deserialize)]
struct Head {
    kind: Option<String>,
    version: Option<u64>,
}

/// A summary file as a roll-up reads it: `D` its details, or
/// [`IgnoredAny`] when only the counts are wanted. The rows are only
/// checked to be there: the counts behind them are what is summed.
#[derive(Deserialize)]
struct CellFile<D> {
    cell: String,
    organisation: String,
    from: i32,
    to: i32,
    #[serde(rename = "counted_on")]
    _counted_on: IgnoredAny,
    #[serde(rename = "rows")]
    _rows: IgnoredAny,
    counts: FileCounts,
    #[serde(default = "Option::default")]
    details: Option<D>,
}

impl<D> CellFile<D> {
    /// The file without its details (taken out before, or never read).
    fn strip(self) -> CellFile<IgnoredAny> {
        CellFile {
            cell: self.cell,
            organisation: self.organisation,
            from: self.from,
            to: self.to,
            _counted_on: IgnoredAny,
            _rows: IgnoredAny,
            counts: self.counts,
            details: None,
        }
    }
}

fn read_summary_file(
    path: &Path,
    bytes: &[u8],
    from: i32,
    to: i32,
    reading: Reading,
) -> Result<CellInput> {
    let head: Head = serde_json::from_slice(bytes).map_err(|_| not_a_summary(path))?;
    if head.kind.as_deref() != Some(KIND) {
        return Err(not_a_summary(path));
    }
    let version = head.version.unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(user_msg(
            Msg::new("rollup-newer")
                .arg("path", shown(path))
                .arg("version", version.to_string())
                .arg("max", VERSION.to_string()),
            Some(Msg::new("rollup-newer-hint")),
        ));
    }
    let damaged = |error: String| {
        anyhow::Error::from(BadCellFile::Damaged {
            path: shown(path),
            error,
        })
    };
    // Counts only: the details are skipped over, not made into records.
    let (file, details) = match reading {
        Reading::Counts => {
            let file: CellFile<IgnoredAny> =
                serde_json::from_slice(bytes).map_err(|e| damaged(e.to_string()))?;
            (file.strip(), None)
        }
        Reading::Details => {
            let mut file: CellFile<FileDetails> =
                serde_json::from_slice(bytes).map_err(|e| damaged(e.to_string()))?;
            let details = match file.details.take() {
                Some(d) => Some(d.details().map_err(damaged)?),
                None => None,
            };
            (file.strip(), details)
        }
    };
    if (file.from, file.to) != (from, to) {
        return Err(BadCellFile::OtherPeriod {
            path: shown(path),
            file_from: file.from,
            file_to: file.to,
            from,
            to,
        }
        .into());
    }
    let mut yearly = BTreeMap::new();
    for (year, counts) in file.counts.years {
        let year: i32 = year.parse().map_err(|_| not_a_summary(path))?;
        yearly.insert(year, counts);
    }
    let who = Identity {
        cell: file.cell,
        organisation: file.organisation,
    };
    Ok(CellInput {
        path: path.to_path_buf(),
        counts: CellCounts {
            name: display_name(&who, path),
            yearly,
            period: file.counts.period,
        },
        details,
    })
}

/// A roll-up: the cells' counts summed, and with [`Reading::Details`] the
/// cells' details together.
pub struct RollUp {
    pub review: Review,
    pub details: Details,
    /// The cells whose files carry counts only (none with [`Reading::Counts`]).
    pub counts_only: Vec<String>,
}

/// Read every cell and sum them: refused when a cell comes twice (by its
/// name, or the same file twice).
pub fn roll_up(
    paths: &[PathBuf],
    from: i32,
    to: i32,
    today: NaiveDate,
    reading: Reading,
) -> Result<RollUp> {
    summary::check_period(from, to, today)?;
    let paths = expand_folders(paths)?;
    let mut cells = Vec::with_capacity(paths.len());
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut seen_files: HashMap<PathBuf, PathBuf> = HashMap::new();
    let mut together = details::Together::default();
    let mut counts_only = Vec::new();
    for path in &paths {
        if let Ok(real) = std::fs::canonicalize(path)
            && let Some(first) = seen_files.insert(real, path.clone())
        {
            return Err(user_msg(
                Msg::new("rollup-named-twice")
                    .arg("path", shown(path))
                    .arg("first", shown(&first)),
                Some(Msg::new("rollup-named-twice-hint")),
            ));
        }
        let input = read(path, from, to, today, reading)?;
        if let Some(first) = seen.insert(input.counts.name.clone(), path.clone()) {
            return Err(duplicate(path, &first, &input.counts.name));
        }
        match input.details {
            Some(d) => together.add(&input.counts.name, d),
            None if reading == Reading::Details => counts_only.push(input.counts.name.clone()),
            None => {}
        }
        cells.push(input.counts);
    }
    crate::text::sort_vi(&mut counts_only);
    Ok(RollUp {
        review: Review::of_cells((from..=to).collect(), &cells),
        details: together.finish(),
        counts_only,
    })
}

/// The superior body's review document of the cells' files: the cells
/// as the rows of its by-unit parts, `issuer` its own settings.
pub fn review(
    paths: &[PathBuf],
    from: i32,
    to: i32,
    today: NaiveDate,
    lang: Lang,
    issuer: Issuer,
) -> Result<Draft> {
    let up = roll_up(paths, from, to, today, Reading::Details)?;
    Draft::of_cells(up.review, up.details, up.counts_only, issuer, today, lang)
}

/// The files named, a folder standing for its summary and database files
/// (`.json`, `.db`, `.sqlite`, `.sqlite3`, in name order): Windows' shells
/// do not expand `*.json`, so a clerk there names the folder.
fn expand_folders(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::with_capacity(paths.len());
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let entries = std::fs::read_dir(path).map_err(|e| {
            user_msg(
                Msg::new("rollup-cannot-read-folder")
                    .arg("path", shown(path))
                    .arg("error", e.to_string()),
                Some(Msg::new("rollup-cannot-read-folder-hint")),
            )
        })?;
        let mut inside = Vec::new();
        for entry in entries {
            let file = entry?.path();
            let wanted = file.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                ["json", "db", "sqlite", "sqlite3"].contains(&e.to_ascii_lowercase().as_str())
            });
            if wanted && file.is_file() {
                inside.push(file);
            }
        }
        inside.sort();
        files.extend(inside);
    }
    Ok(files)
}

fn duplicate(path: &Path, first: &Path, name: &str) -> anyhow::Error {
    user_msg(
        Msg::new("rollup-same-cell")
            .arg("path", shown(path))
            .arg("name", name)
            .arg("first", shown(first)),
        Some(Msg::new("rollup-same-cell-hint")),
    )
}

#[cfg(test)]
mod tests;
