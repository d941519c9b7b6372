//! What a database path holds, found by reading only: nothing is written,
//! switched to WAL or copied before the file is known to be danvan's.

use std::path::{Path, PathBuf};

use anyhow::Result;
use rusqlite::{Connection, OpenFlags};

use super::schema::{self, Difference};
use super::{SCHEMA_VERSION, connect, failure};

/// What an existing path holds, found by reading only: nothing is written,
/// switched to WAL or copied before the file is known to be danvan's.
pub(super) enum Found {
    /// A file of zero bytes (made by `touch`, or an interrupted copy).
    Empty,
    /// An SQLite file without a schema or a version.
    Blank(Connection),
    /// A danvan file of `version`, with how its schema differs from the
    /// built-in one of that version.
    Danvan {
        conn: Connection,
        version: i64,
        differences: Vec<Difference>,
    },
}

pub(super) fn inspect(path: &Path) -> Result<Found> {
    if path.is_dir() {
        return Err(failure::is_a_directory(path));
    }
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(failure::missing(path)),
        Err(e) => return Err(failure::cannot_open(path, &e.to_string())),
    };
    if meta.len() == 0 && !has_content(&sibling(path, "-wal")) {
        return Ok(Found::Empty);
    }
    // danvan's files are always in WAL mode. Reading a file in rollback
    // mode beside a journal would make SQLite play the journal back into
    // it: another program's unfinished transaction, which is not danvan's
    // to finish.
    if header_mode(path)? == Some(JournalMode::Rollback) && has_content(&sibling(path, "-journal"))
    {
        return Err(failure::foreign(path));
    }
    let conn = connect(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| failure::unreadable(path, &e))?;
    identify(path, conn)
}

/// What an open SQLite file is: blank, danvan's of some version (with how
/// its schema differs from that version's), or refused.
pub(super) fn identify(path: &Path, conn: Connection) -> Result<Found> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| failure::unreadable(path, &e))?;
    let objects = schema::objects(&conn).map_err(|e| failure::unreadable(path, &e))?;
    if version == 0 && objects.is_empty() {
        return Ok(Found::Blank(conn));
    }
    if !schema::looks_like_danvan(&objects) || version < 1 {
        return Err(failure::foreign(path));
    }
    if version > SCHEMA_VERSION {
        return Err(failure::newer(path, version));
    }
    let differences = schema::differences(&objects, &schema::built_in(version)?);
    Ok(Found::Danvan {
        conn,
        version,
        differences,
    })
}

#[derive(Debug, PartialEq, Eq)]
pub(super) enum JournalMode {
    Rollback,
    Wal,
}

/// The journal mode an SQLite file's header records (its byte 18), read
/// without SQLite; None for a file too short or without SQLite's header.
pub(super) fn header_mode(path: &Path) -> Result<Option<JournalMode>> {
    use std::io::Read;
    let mut header = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut header));
    match read {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(failure::cannot_open(path, &e.to_string())),
    }
    if !header.starts_with(b"SQLite format 3\0") {
        return Ok(None);
    }
    Ok(match header[18] {
        1 => Some(JournalMode::Rollback),
        2 => Some(JournalMode::Wal),
        _ => None,
    })
}

/// An SQLite URI that opens `path` as an immutable file: no locks, no
/// `-shm`, nothing written. Characters a URI gives a meaning are escaped;
/// a Windows path becomes `file:/C:/…`.
pub(super) fn immutable_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if text.as_bytes().get(1) == Some(&b':') {
        uri.push('/');
    }
    for c in text.chars() {
        match c {
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// The path of a database's `-wal`, `-shm` or `-journal` file.
pub(super) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

pub(super) fn has_content(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > 0)
}
