//! What a clerk reads when the database file cannot be used: one function
//! per kind of failure, each with its cause and what to do next.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use super::schema::Difference;
use super::{BUSY_TIMEOUT, shell_quote};
use crate::error::{UserError, user_msg};
use crate::i18n::{Arg, Msg};

/// The path as messages show it.
fn shown(path: &Path) -> String {
    path.display().to_string()
}

fn quoted(path: &Path) -> String {
    shell_quote(&path.display().to_string())
}

pub fn is_a_directory(path: &Path) -> anyhow::Error {
    user_msg(
        Msg::new("db-is-a-directory").arg("path", shown(path)),
        Some(Msg::new("db-is-a-directory-hint")),
    )
}

pub fn missing(path: &Path) -> anyhow::Error {
    FileRefused::Missing {
        path: path.to_path_buf(),
    }
    .into()
}

/// A zero-byte file, or an SQLite file with nothing in it.
pub fn not_initialised(path: &Path) -> anyhow::Error {
    FileRefused::NotInitialised {
        path: path.to_path_buf(),
    }
    .into()
}

pub fn foreign(path: &Path) -> anyhow::Error {
    FileRefused::Foreign {
        path: path.to_path_buf(),
    }
    .into()
}

/// A database read from outside (another cell's) whose last changes are
/// still in its `-wal` or `-journal`: reading it read-only would miss them.
pub fn unsaved_changes(path: &Path) -> anyhow::Error {
    FileRefused::UnsavedChanges {
        path: path.to_path_buf(),
    }
    .into()
}

pub fn newer(path: &Path, version: i64) -> anyhow::Error {
    user_msg(
        Msg::new("db-newer")
            .arg("path", shown(path))
            .arg("version", version)
            .arg("known", super::SCHEMA_VERSION),
        Some(Msg::new("db-newer-hint")),
    )
}

/// A danvan file whose tables, indexes, triggers or views are not the ones
/// danvan made: the file could make SQLite run SQL of its own.
pub fn altered_schema(path: &Path, differences: &[Difference]) -> anyhow::Error {
    FileRefused::AlteredSchema {
        path: path.to_path_buf(),
        differences: differences.iter().map(Difference::msg).collect(),
    }
    .into()
}

/// A database file danvan will not use as it is, and whose way out is a
/// command: `cli` adds the hint that names it.
#[derive(Debug)]
pub enum FileRefused {
    Missing {
        path: PathBuf,
    },
    NotInitialised {
        path: PathBuf,
    },
    Foreign {
        path: PathBuf,
    },
    UnsavedChanges {
        path: PathBuf,
    },
    AlteredSchema {
        path: PathBuf,
        /// The differences, one a line.
        differences: Vec<Msg>,
    },
}

impl FileRefused {
    pub fn msg(&self) -> Msg {
        match self {
            FileRefused::Missing { path } => Msg::new("db-missing").arg("path", shown(path)),
            FileRefused::NotInitialised { path } => {
                Msg::new("db-not-initialised").arg("path", shown(path))
            }
            FileRefused::Foreign { path } => Msg::new("db-foreign").arg("path", shown(path)),
            FileRefused::UnsavedChanges { path } => {
                Msg::new("db-unsaved-changes").arg("path", shown(path))
            }
            FileRefused::AlteredSchema { path, differences } => {
                Msg::new("db-altered-schema").arg("path", shown(path)).arg(
                    "differences",
                    Arg::Lines(
                        differences
                            .iter()
                            .map(|d| Msg::new("db-schema-difference").arg("difference", d.clone()))
                            .collect(),
                    ),
                )
            }
        }
    }

    /// The file, as a shell would need it typed.
    pub fn quoted_path(&self) -> String {
        match self {
            FileRefused::Missing { path }
            | FileRefused::NotInitialised { path }
            | FileRefused::Foreign { path }
            | FileRefused::UnsavedChanges { path }
            | FileRefused::AlteredSchema { path, .. } => quoted(path),
        }
    }
}

impl std::fmt::Display for FileRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for FileRefused {}

pub fn not_a_database(path: &Path, cause: &str) -> anyhow::Error {
    user_msg(
        Msg::new("db-not-a-database")
            .arg("path", shown(path))
            .arg("cause", cause),
        Some(Msg::new("db-not-a-database-hint")),
    )
}

pub fn read_only(path: &Path) -> anyhow::Error {
    user_msg(
        Msg::new("db-read-only").arg("path", shown(path)),
        Some(Msg::new("db-read-only-hint")),
    )
}

pub fn disk_full(path: &Path) -> anyhow::Error {
    user_msg(
        Msg::new("db-disk-full").arg("path", shown(path)),
        Some(Msg::new("db-disk-full-hint")),
    )
}

pub fn busy(path: &Path) -> anyhow::Error {
    user_msg(
        Msg::new("db-busy")
            .arg("path", shown(path))
            .arg("seconds", BUSY_TIMEOUT.as_secs() as i64),
        Some(Msg::new("db-busy-hint")),
    )
}

pub fn cannot_open(path: &Path, cause: &str) -> anyhow::Error {
    user_msg(
        Msg::new("db-cannot-open")
            .arg("path", shown(path))
            .arg("cause", cause),
        Some(Msg::new("db-cannot-open-hint")),
    )
}

/// A stored value of a type or form danvan cannot read, met where no
/// command names its record.
pub fn unreadable_value(path: &Path, cause: &str) -> anyhow::Error {
    user_msg(
        Msg::new("db-unreadable-value")
            .arg("path", path.display().to_string())
            .arg("cause", cause),
        Some(Msg::new("db-unreadable-value-hint").arg("db", quoted(path))),
    )
}

/// A failure met while reading a file's header and schema.
pub fn unreadable(path: &Path, err: &rusqlite::Error) -> anyhow::Error {
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            not_a_database(path, &err.to_string())
        }
        _ => explain_sqlite(path, err).unwrap_or_else(|| not_a_database(path, &err.to_string())),
    }
}

fn explain_sqlite(path: &Path, err: &rusqlite::Error) -> Option<anyhow::Error> {
    if let rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..) =
        err
    {
        return Some(unreadable_value(path, &err.to_string()));
    }
    Some(match err.sqlite_error_code()? {
        ErrorCode::ReadOnly => read_only(path),
        ErrorCode::DiskFull => disk_full(path),
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => busy(path),
        ErrorCode::CannotOpen => cannot_open(path, &err.to_string()),
        ErrorCode::NotADatabase => not_a_database(path, &err.to_string()),
        _ => return None,
    })
}

/// Turn an SQLite failure that the user can act on (a read-only file, a
/// full disk, a lock held too long, a file that cannot be opened or is not
/// a database) into a message with its cause and a hint; any other error
/// is returned as it is.
pub fn explain(err: anyhow::Error, path: &Path) -> anyhow::Error {
    if err
        .chain()
        .any(|e| e.is::<UserError>() || e.is::<FileRefused>())
    {
        return err;
    }
    err.chain()
        .find_map(|e| e.downcast_ref::<rusqlite::Error>())
        .and_then(|e| explain_sqlite(path, e))
        .unwrap_or(err)
}

/// A stored value that danvan cannot read (the file was changed outside
/// it): which record, which column, what is there.
pub fn bad_stored_value(what: &str, key: &str, column: &str, value: &str) -> anyhow::Error {
    user_msg(
        Msg::new("db-bad-stored-value")
            .arg("column", column)
            .arg("what", what)
            .arg("key", key)
            .arg("value", value),
        Some(Msg::new("db-bad-stored-value-hint")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite(code: i32) -> anyhow::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None).into()
    }

    fn message(err: &anyhow::Error) -> (String, String) {
        let user = err.downcast_ref::<UserError>().expect("a user error");
        (user.message.clone(), user.hint.clone().unwrap_or_default())
    }

    #[test]
    fn each_failure_of_the_file_has_a_cause_and_a_hint() {
        let path = Path::new("/srv/cell.db");
        for (code, cause, hint) in [
            (
                rusqlite::ffi::SQLITE_READONLY,
                "read-only",
                "write permission",
            ),
            (
                rusqlite::ffi::SQLITE_FULL,
                "the disk is full",
                "free some space",
            ),
            (
                rusqlite::ffi::SQLITE_BUSY,
                "write lock",
                "run the command again",
            ),
            (
                rusqlite::ffi::SQLITE_LOCKED,
                "write lock",
                "run the command again",
            ),
            (rusqlite::ffi::SQLITE_CANTOPEN, "cannot open", "ls -l"),
            (
                rusqlite::ffi::SQLITE_NOTADB,
                "not a danvan database",
                "backup",
            ),
        ] {
            let err = explain(sqlite(code).context("while writing"), path);
            let (message, h) = message(&err);
            assert!(message.contains(cause), "{code}: {message}");
            assert!(message.contains("/srv/cell.db"), "{code}: {message}");
            assert!(h.contains(hint), "{code}: {h}");
        }
        let conversion =
            rusqlite::Error::InvalidColumnType(4, "joined".into(), rusqlite::types::Type::Integer);
        let (message, h) = message(&explain(conversion.into(), path));
        assert!(message.contains("cannot read"), "{message}");
        assert!(h.contains("check"), "{h}");
        let other = explain(sqlite(rusqlite::ffi::SQLITE_CONSTRAINT), path);
        assert!(other.downcast_ref::<UserError>().is_none());
    }
}
