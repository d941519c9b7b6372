//! The database file: where it lives, how it is opened (pragmas, schema
//! migrations), and how every write happens (one transaction, audited).

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use rusqlite_migration::{M, Migrations};
use serde::Serialize;

use crate::error::user_error_hint;

mod target;
pub use target::check_target;

/// The current schema whole: every new file is made from it.
const SCHEMA: &str = include_str!("../schema.sql");

/// The upgrades of older files, version by version: entry n makes version
/// n + 1. Version 1 is the first schema as released, kept as it was; a later
/// version is a step of its own, appended here and mirrored in `schema.sql`.
const MIGRATION_LIST: &[M<'static>] = &[
    M::up(include_str!("../migrations/1-schema.sql")),
    M::up(include_str!("../migrations/2-status-and-field-checks.sql")),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATION_LIST.len() as i64;

/// The command that makes a directory and its parents, in the platform's
/// shell (PowerShell's `mkdir` makes the parents itself).
const MKDIR: &str = if cfg!(windows) { "mkdir" } else { "mkdir -p" };

/// How long a command waits for another one that holds the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The default database: `danvan.db` in danvan's folder of the platform's
/// data directory (`~/.local/share/danvan` under XDG, `%APPDATA%\danvan` on
/// Windows).
pub fn default_path() -> Result<PathBuf> {
    let dirs = directories::BaseDirs::new().ok_or_else(|| {
        user_error_hint(
            "cannot find a home directory for the default database",
            "name a file with --db PATH or the DANVAN_DB variable",
        )
    })?;
    Ok(dirs.data_dir().join("danvan").join("danvan.db"))
}

/// An open danvan database.
pub struct Db {
    pub conn: Connection,
    pub path: PathBuf,
}

/// Where `DANVAN_TRACE_SQL` asked every statement to be written.
static TRACE: std::sync::OnceLock<Option<std::sync::Mutex<std::fs::File>>> =
    std::sync::OnceLock::new();

/// Append one statement, its parameters expanded, to the trace file. The
/// benchmark runs the review's own SQL in the `sqlite3` shell this way.
fn trace_statement(event: rusqlite::trace::TraceEvent<'_>) {
    let rusqlite::trace::TraceEvent::Stmt(stmt, sql) = event else {
        return;
    };
    // Trigger programs announce themselves as comments; their statements
    // run inside the traced one.
    if sql.starts_with("--") {
        return;
    }
    if let (Some(Some(file)), Some(expanded)) = (TRACE.get(), stmt.expanded_sql())
        && let Ok(mut f) = file.lock()
    {
        use std::io::Write;
        let _ = writeln!(f, "{};", expanded.trim_end().trim_end_matches(';'));
    }
}

/// Follow `DANVAN_TRACE_SQL=FILE`: write every statement run to FILE.
fn start_trace(conn: &Connection) -> Result<()> {
    let Some(path) = std::env::var_os("DANVAN_TRACE_SQL") else {
        return Ok(());
    };
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .with_context(|| {
            format!(
                "cannot write the SQL trace to {}",
                Path::new(&path).display()
            )
        })?;
    TRACE.get_or_init(|| Some(std::sync::Mutex::new(file)));
    conn.trace_v2(
        rusqlite::trace::TraceEventCodes::SQLITE_TRACE_STMT,
        Some(trace_statement),
    );
    Ok(())
}

fn apply_pragmas(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // In WAL mode NORMAL never corrupts the file; it only lets the very last
    // commit before a power cut be lost whole, and spares each commit an
    // fsync of the WAL (seconds, after a 5-million-row import).
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        anyhow::bail!("could not switch the database to WAL mode (it is in {mode} mode)");
    }
    Ok(())
}

fn not_a_database(path: &Path, err: rusqlite::Error) -> anyhow::Error {
    user_error_hint(
        format!("{} is not a danvan database ({err})", path.display()),
        "check the --db path; `danvan check` tells whether a database file is damaged",
    )
}

impl Db {
    /// Open an existing database, upgrading an older schema. A missing file
    /// is an error that points at `danvan init`.
    pub fn open(path: &Path) -> Result<Db> {
        if path.is_dir() {
            return Err(user_error_hint(
                format!("{} is a directory, not a database file", path.display()),
                "give the path of a file with --db",
            ));
        }
        if !path.exists() {
            return Err(user_error_hint(
                format!("there is no database at {}", path.display()),
                format!(
                    "create it with `danvan --db {} init`, or point --db / DANVAN_DB at an existing one",
                    shell_quote(&path.display().to_string())
                ),
            ));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open {}", path.display()))?;
        let mut db = Db {
            conn,
            path: path.to_path_buf(),
        };
        db.prepare()?;
        Ok(db)
    }

    /// Create a new database (mode 0600), or open and upgrade an existing
    /// one. Returns whether the file was created.
    pub fn create_or_open(path: &Path) -> Result<(Db, bool)> {
        if path.exists() {
            return Ok((Db::open(path)?, false));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.is_dir()
        {
            return Err(user_error_hint(
                format!("the directory {} does not exist", dir.display()),
                format!(
                    "create it first ({MKDIR} {}) or choose another --db path",
                    shell_quote(&dir.display().to_string())
                ),
            ));
        }
        create_private_file(path)?;
        let conn =
            Connection::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        // 16 KiB pages, set before the first table: a province's 5.4 million
        // statuses go in with far less b-tree work than with 4 KiB pages
        // (the benchmark's report import: about 17 s down to 13.5 s).
        conn.pragma_update(None, "page_size", 16384)?;
        let mut db = Db {
            conn,
            path: path.to_path_buf(),
        };
        if let Err(e) = db.prepare() {
            let _ = std::fs::remove_file(path);
            return Err(e);
        }
        Ok((db, true))
    }

    /// Check the schema version, set the pragmas, migrate.
    fn prepare(&mut self) -> Result<()> {
        self.prepare_with(MIGRATION_LIST)
    }

    /// `prepare` with a given list of schema versions (tests pass longer
    /// lists to exercise an upgrade before a second version exists).
    fn prepare_with(&mut self, versions: &[M<'_>]) -> Result<()> {
        let latest = versions.len() as i64;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| not_a_database(&self.path, e))?;
        if version > latest {
            return Err(user_error_hint(
                format!(
                    "{} was written by a newer danvan (schema version {version}; this danvan knows up to {latest})",
                    self.path.display()
                ),
                "install the newer danvan to use it; the file was left untouched",
            ));
        }
        if version == 0 {
            let tables: i64 = self.conn.query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
                [],
                |r| r.get(0),
            )?;
            if tables > 0 {
                return Err(user_error_hint(
                    format!(
                        "{} is an SQLite database, but not one of danvan's",
                        self.path.display()
                    ),
                    "point --db at a danvan database, or at a new file to create one with `danvan init`",
                ));
            }
        }
        apply_pragmas(&self.conn)?;
        start_trace(&self.conn)?;
        if version == 0 {
            // A new file: the current schema at once, not version 1 and
            // every step since.
            let tx = self.conn.transaction()?;
            tx.execute_batch(SCHEMA)?;
            tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
            tx.commit()?;
        } else if version < latest {
            let copy = self.path.with_extension(format!("v{version}.bak"));
            self.backup_to(&copy).with_context(|| {
                format!("cannot keep a copy before upgrading: {}", copy.display())
            })?;
        }
        Migrations::from_slice(versions)
            .to_latest(&mut self.conn)
            .with_context(|| format!("cannot upgrade the schema of {}", self.path.display()))?;
        Ok(())
    }

    /// A consistent copy of the database, made with SQLite's online backup
    /// API while others may be writing; the copy is mode 0600 and appears
    /// whole or not at all. The target is checked as `check_target` does.
    pub fn backup_to(&self, target: &Path) -> Result<()> {
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if !dir.is_dir() {
            return Err(user_error_hint(
                format!("the directory {} does not exist", dir.display()),
                "create it first or choose another backup path",
            ));
        }
        check_target(&self.path, target)?;
        let tmp = tempfile::Builder::new()
            .prefix(".danvan-backup-")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write in {}", dir.display()))?;
        {
            let mut dst = Connection::open(tmp.path())?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        tmp.persist(target)
            .with_context(|| format!("cannot write {}", target.display()))?;
        Ok(())
    }

    /// Run `f` in one immediate transaction with an audit context; commit
    /// only if it succeeds.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.write_or_rehearse(true, f)
    }

    /// Like `write`, but with `commit` false the transaction is rolled back
    /// even when `f` succeeds (a dry run sees exactly what a real run would).
    pub fn write_or_rehearse<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        // 64 MiB of page cache for writes, used only as needed: big imports
        // touch every index, and the default 2 MiB makes them re-read pages.
        // Reads keep the default, so a streamed export stays small.
        self.conn.pragma_update(None, "cache_size", -65536)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut writer = Writer {
            tx,
            at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            user: os_user(),
            command: command_line(),
        };
        let value = f(&mut writer)?;
        if commit {
            writer.tx.commit()?;
        }
        Ok(value)
    }
}

/// Create an empty file readable by its owner only, which SQLite then
/// fills; its WAL and shared-memory files inherit the mode.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    // On Windows the file inherits the ACL of its directory: under the
    // user's profile (%APPDATA%), the user, SYSTEM and Administrators.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .map(drop)
        .with_context(|| format!("cannot create {}", path.display()))
}

/// A write in progress: the transaction and who is making it.
pub struct Writer<'c> {
    pub tx: Transaction<'c>,
    at: String,
    user: String,
    command: String,
}

impl Writer<'_> {
    /// Record one change in the audit log, with the record before and after.
    pub fn audit<B: Serialize, A: Serialize>(
        &self,
        action: &str,
        entity: &str,
        subject: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<()> {
        let before = before.map(serde_json::to_string).transpose()?;
        let after = after.map(serde_json::to_string).transpose()?;
        self.tx
            .prepare_cached(
                "INSERT INTO audit_log (at, os_user, command, action, entity, subject, before, after)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            )?
            .execute(rusqlite::params![
                self.at,
                self.user,
                self.command,
                action,
                entity,
                subject,
                before,
                after
            ])?;
        Ok(())
    }
}

fn os_user() -> String {
    std::env::var("USER")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(whoami::username)
}

/// The command line as typed, quoted where a shell would need it.
fn command_line() -> String {
    let mut parts = vec!["danvan".to_string()];
    parts.extend(std::env::args().skip(1).map(|a| shell_quote(&a)));
    parts.join(" ")
}

/// Quote a word for a POSIX shell when it needs it.
pub fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./=:@%+,".contains(&b));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests;
