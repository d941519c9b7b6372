//! Roll-up across cells: a superior body sums the reviews of many cells,
//! read from their summary files (`export summary --format json`) or their
//! database files, with the rules of one cell's review.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::db::Db;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::summary::{self, CellCounts, Review, Scope};

/// What a summary file says it is.
pub const KIND: &str = "danvan-summary";

/// The version of the summary file this danvan writes; it reads this one
/// and every older one.
pub const VERSION: u32 = 1;

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
        }
    }
}

/// One cell read for a roll-up.
#[derive(Debug)]
pub struct CellInput {
    pub path: PathBuf,
    pub counts: CellCounts,
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
pub fn read(path: &Path, from: i32, to: i32, today: NaiveDate) -> Result<CellInput> {
    let bytes = std::fs::read(path).map_err(|e| {
        user_msg(
            Msg::new("rollup-cannot-read")
                .arg("path", shown(path))
                .arg("error", e.to_string()),
            Some(Msg::new("rollup-cannot-read-hint")),
        )
    })?;
    if bytes.starts_with(b"SQLite format 3\0") {
        return read_database(path, from, to, today);
    }
    read_summary_file(path, &bytes, from, to)
}

fn read_database(path: &Path, from: i32, to: i32, today: NaiveDate) -> Result<CellInput> {
    let (db, _version) = Db::open_read_only(path)?;
    let who = identity(&db.conn)?;
    let review = summary::review(&db.conn, from, to, today, Scope::Agency)?;
    let (yearly, period) = review.agency_counts();
    Ok(CellInput {
        path: path.to_path_buf(),
        counts: CellCounts {
            name: display_name(&who, path),
            yearly,
            period,
        },
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

fn read_summary_file(path: &Path, bytes: &[u8], from: i32, to: i32) -> Result<CellInput> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|_| not_a_summary(path))?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return Err(not_a_summary(path));
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(user_msg(
            Msg::new("rollup-newer")
                .arg("path", shown(path))
                .arg("version", version.to_string())
                .arg("max", VERSION.to_string()),
            Some(Msg::new("rollup-newer-hint")),
        ));
    }
    let file: SummaryFile = serde_json::from_value(value).map_err(|e| {
        anyhow::Error::from(BadCellFile::Damaged {
            path: shown(path),
            error: e.to_string(),
        })
    })?;
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
    })
}

/// Read every cell and sum them: refused when a cell comes twice (by its
/// name, or the same file twice).
pub fn roll_up(paths: &[PathBuf], from: i32, to: i32, today: NaiveDate) -> Result<Review> {
    summary::check_period(from, to, today)?;
    let paths = expand_folders(paths)?;
    let mut cells = Vec::with_capacity(paths.len());
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    let mut seen_files: HashMap<PathBuf, PathBuf> = HashMap::new();
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
        let input = read(path, from, to, today)?;
        if let Some(first) = seen.insert(input.counts.name.clone(), path.clone()) {
            return Err(duplicate(path, &first, &input.counts.name));
        }
        cells.push(input.counts);
    }
    Ok(Review::of_cells((from..=to).collect(), &cells))
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
