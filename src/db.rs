//! The database file: where it lives, how it is opened (pragmas, schema
//! migrations), and how every write happens (one transaction, audited: see
//! `writer`).

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

use crate::error::user_msg;
use crate::i18n::Msg;

mod path;
mod target;
pub use path::{create_private_dir, default_path};
pub use target::check_target;

mod failure;
mod identify;
use identify::{Found, has_content, identify, immutable_uri, inspect, sibling};
pub mod journal;
pub mod log;
pub mod schema;
pub mod totals;
mod writer;

pub use failure::{FileRefused, bad_stored_value, explain};
use schema::Difference;
pub use writer::Writer;

/// The current schema whole: every new file is made from it.
const SCHEMA: &str = include_str!("../schema.sql");

/// The upgrades of older files, version by version: entry n makes version
/// n + 1. Version 1 is the first schema as released, kept as it was; a later
/// version is a step of its own, appended here and mirrored in `schema.sql`.
const MIGRATION_LIST: &[M<'static>] = &[
    M::up(include_str!("../migrations/1-schema.sql")),
    M::up(include_str!("../migrations/2-status-and-field-checks.sql")),
    M::up(include_str!("../migrations/3-undo.sql")),
    M::up(include_str!("../migrations/4-titles.sql")),
    M::up(include_str!("../migrations/5-report-totals.sql")),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATION_LIST.len() as i64;

/// The command that makes a directory and its parents, in the platform's
/// shell (PowerShell's `mkdir` makes the parents itself).
const MKDIR: &str = if cfg!(windows) { "mkdir" } else { "mkdir -p" };

/// How long a command waits for another one that holds the write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A problem SQLite's own checks find in a file: a line of `PRAGMA
/// integrity_check`, or a row that refers to a row no longer there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    Sqlite(String),
    MissingRow {
        table: String,
        row: i64,
        parent: String,
    },
}

impl Integrity {
    /// Whether the file is damaged, beyond values that break a CHECK or
    /// NOT NULL constraint (which `check` names one by one).
    pub fn is_damage(&self) -> bool {
        match self {
            Integrity::Sqlite(line) => {
                !line.starts_with("CHECK constraint failed") && !line.starts_with("NULL value in")
            }
            Integrity::MissingRow { .. } => true,
        }
    }

    /// The problem in words; SQLite's two lines about stored values in the
    /// language, any other as SQLite wrote it.
    pub fn msg(&self) -> Msg {
        match self {
            Integrity::Sqlite(line) => {
                if let Some(table) = line.strip_prefix("CHECK constraint failed in ") {
                    Msg::new("check-sqlite-check-failed").arg("table", table)
                } else if let Some(column) = line.strip_prefix("NULL value in ") {
                    Msg::new("check-sqlite-null").arg("column", column)
                } else {
                    Msg::new("check-sqlite").arg("line", line.as_str())
                }
            }
            Integrity::MissingRow { table, row, parent } => Msg::new("check-missing-row")
                .arg("table", table.as_str())
                .arg("row", *row)
                .arg("parent", parent.as_str()),
        }
    }
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
    // The trace holds names and phone numbers, as the database does.
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&path).with_context(|| {
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

/// Open a connection that runs only the SQL danvan wrote: SQLite's
/// defensive mode (no writes to the schema or to the file's raw pages),
/// `trusted_schema` off (a trigger, view or index of the file calls no
/// function with side effects), no views, and no ATTACH that creates or
/// writes another file.
fn connect(path: &Path, flags: OpenFlags) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    harden(&conn)?;
    Ok(conn)
}

fn harden(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.pragma_update(None, "trusted_schema", false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_ATTACH_CREATE, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_ATTACH_WRITE, false)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(())
}

/// A read-only connection, as hardened as every other (the demo looks at
/// a file it may replace).
pub fn connect_read_only(path: &Path) -> rusqlite::Result<Connection> {
    connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
}

/// Ready a connection to read the same tables over and over (the review
/// runs some fifty statements over every report): a page cache of 256 MiB,
/// taken only as pages are read, so they are read from the file once
/// instead of once a statement (at province scale, 1.7 s of system time).
/// Lists keep the default cache, so a streamed export stays small.
pub fn cache_for_rereading(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "cache_size", -262_144)
}

fn apply_pragmas(conn: &Connection) -> Result<()> {
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

impl Db {
    /// Open an existing database, upgrading an older schema. A missing or
    /// empty file is an error that points at `danvan init`; a file whose
    /// schema is not danvan's is refused untouched.
    pub fn open(path: &Path) -> Result<Db> {
        match inspect(path)? {
            Found::Empty | Found::Blank(_) => Err(failure::not_initialised(path)),
            Found::Danvan {
                differences, conn, ..
            } if !differences.is_empty() => {
                drop(conn);
                Err(failure::altered_schema(path, &differences))
            }
            Found::Danvan { conn, version, .. } => Db::upgrade(conn, path, version),
        }
    }

    /// Open another cell's database to read its figures (`rollup`): read
    /// only and immutable, so nothing is written beside it (no `-wal` or
    /// `-shm` left behind), never upgraded. A file with unsaved changes in
    /// its `-wal` is refused: the cell sends a copy made by `backup`.
    pub fn open_read_only(path: &Path) -> Result<(Db, i64)> {
        if path.is_dir() {
            return Err(failure::is_a_directory(path));
        }
        if !path.exists() {
            return Err(failure::missing(path));
        }
        if has_content(&sibling(path, "-wal")) || has_content(&sibling(path, "-journal")) {
            return Err(failure::unsaved_changes(path));
        }
        let conn = connect(
            Path::new(&immutable_uri(path)),
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| failure::unreadable(path, &e))?;
        match identify(path, conn)? {
            Found::Empty | Found::Blank(_) => Err(failure::not_initialised(path)),
            Found::Danvan { differences, .. } if !differences.is_empty() => {
                Err(failure::altered_schema(path, &differences))
            }
            Found::Danvan { conn, version, .. } => Ok((
                Db {
                    conn,
                    path: path.to_path_buf(),
                },
                version,
            )),
        }
    }

    /// Open a database for `check`: a file with a schema that differs from
    /// danvan's is opened as it is (nothing upgraded or switched to WAL),
    /// with the differences.
    pub fn open_to_check(path: &Path) -> Result<(Db, Vec<Difference>)> {
        match inspect(path)? {
            Found::Empty | Found::Blank(_) => Err(failure::not_initialised(path)),
            Found::Danvan {
                conn, differences, ..
            } if !differences.is_empty() => Ok((
                Db {
                    conn,
                    path: path.to_path_buf(),
                },
                differences,
            )),
            Found::Danvan { conn, version, .. } => {
                Ok((Db::upgrade(conn, path, version)?, Vec::new()))
            }
        }
    }

    /// Create a new database (mode 0600), or open and upgrade an existing
    /// one. A zero-byte file (a clerk's `touch`) or an SQLite file with
    /// nothing in it is made a new database in place. Returns whether a
    /// database was created.
    pub fn create_or_open(path: &Path) -> Result<(Db, bool)> {
        if !path.exists() {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
                && !dir.is_dir()
            {
                return Err(user_msg(
                    Msg::new("db-no-such-dir").arg("dir", dir.display().to_string()),
                    Some(Msg::new("db-no-such-dir-hint").arg(
                        "mkdir",
                        format!("{MKDIR} {}", shell_quote(&dir.display().to_string())),
                    )),
                ));
            }
            create_private_file(path)?;
            let made = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
                .map_err(anyhow::Error::from)
                .and_then(|conn| Db::initialise(conn, path));
            if made.is_err() {
                let _ = std::fs::remove_file(path);
            }
            return Ok((made?, true));
        }
        match inspect(path)? {
            Found::Empty => {
                make_private(path)?;
                let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
                    .map_err(|e| failure::unreadable(path, &e))?;
                let made = Db::initialise(conn, path);
                if made.is_err() {
                    // Leave the file as empty as it was found.
                    for suffix in ["-wal", "-shm"] {
                        let _ = std::fs::remove_file(sibling(path, suffix));
                    }
                    let _ = OpenOptions::new()
                        .write(true)
                        .open(path)
                        .and_then(|f| f.set_len(0));
                }
                Ok((made?, true))
            }
            Found::Blank(conn) => {
                make_private(path)?;
                Ok((Db::initialise(conn, path)?, true))
            }
            Found::Danvan { differences, .. } if !differences.is_empty() => {
                Err(failure::altered_schema(path, &differences))
            }
            Found::Danvan { conn, version, .. } => Ok((Db::upgrade(conn, path, version)?, false)),
        }
    }

    /// Give an empty file the current schema whole (not version 1 and every
    /// step since).
    fn initialise(conn: Connection, path: &Path) -> Result<Db> {
        // 16 KiB pages, set before the first table: a province's 5.4 million
        // statuses go in with far less b-tree work than with 4 KiB pages
        // (the benchmark's report import: about 17 s down to 13.5 s).
        conn.pragma_update(None, "page_size", 16384)?;
        let mut db = Db {
            conn,
            path: path.to_path_buf(),
        };
        apply_pragmas(&db.conn)?;
        start_trace(&db.conn)?;
        let tx = db.conn.transaction()?;
        tx.execute_batch(SCHEMA)?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(db)
    }

    /// A danvan file with its schema as built: set the pragmas, and bring
    /// an older version up to date.
    fn upgrade(conn: Connection, path: &Path, version: i64) -> Result<Db> {
        let mut db = Db {
            conn,
            path: path.to_path_buf(),
        };
        db.prepare_with(version, MIGRATION_LIST)?;
        Ok(db)
    }

    /// Set the pragmas and migrate a file of `version` with a given list of
    /// schema versions (tests pass longer lists to exercise an upgrade
    /// before a next version exists).
    fn prepare_with(&mut self, version: i64, versions: &[M<'_>]) -> Result<()> {
        let latest = versions.len() as i64;
        apply_pragmas(&self.conn)?;
        start_trace(&self.conn)?;
        if version < latest {
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

    /// SQLite's own checks: the file's pages and indexes, and the
    /// references between tables.
    pub fn integrity_problems(&self) -> Result<Vec<Integrity>> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let line: String = r.get(0)?;
            if line != "ok" {
                problems.push(Integrity::Sqlite(line));
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            problems.push(Integrity::MissingRow {
                table: r.get(0)?,
                row: r.get::<_, Option<i64>>(1)?.unwrap_or_default(),
                parent: r.get(2)?,
            });
        }
        Ok(problems)
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
            return Err(user_msg(
                Msg::new("db-no-such-dir").arg("dir", dir.display().to_string()),
                Some(Msg::new("db-no-such-backup-dir-hint")),
            ));
        }
        check_target(&self.path, target)?;
        let tmp = tempfile::Builder::new()
            .prefix(".danvan-backup-")
            .tempfile_in(dir)
            .map_err(|e| {
                user_msg(
                    Msg::new("db-cannot-write-in")
                        .arg("dir", dir.display().to_string())
                        .arg("reason", e.to_string()),
                    None,
                )
            })?;
        {
            let mut dst = connect(
                tmp.path(),
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
            )?;
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut dst)?;
            backup.run_to_completion(256, Duration::from_millis(5), None)?;
        }
        tmp.persist(target).map_err(|e| {
            user_msg(
                Msg::new("db-cannot-write")
                    .arg("path", target.display().to_string())
                    .arg("reason", e.to_string()),
                None,
            )
        })?;
        Ok(())
    }
}

/// Make an existing file readable by its owner only before SQLite fills it.
/// On Windows the file keeps its directory's ACL.
fn make_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(|e| {
            user_msg(
                Msg::new("db-cannot-make-private")
                    .arg("path", path.display().to_string())
                    .arg("reason", e.to_string()),
                None,
            )
        })?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
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
    options.open(path).map(drop).map_err(|e| {
        user_msg(
            Msg::new("db-cannot-create")
                .arg("path", path.display().to_string())
                .arg("reason", e.to_string()),
            None,
        )
    })
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
