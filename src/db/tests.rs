//! Unit tests of `db`.

use std::os::unix::fs::PermissionsExt;

use super::*;

fn version(path: &Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_older_file_is_upgraded_with_a_copy_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cell.db");
    let (db, created) = Db::create_or_open(&path).unwrap();
    assert!(created);
    db.conn
        .execute("INSERT INTO meta (key, value) VALUES ('x', 'kept')", [])
        .unwrap();
    drop(db);
    assert_eq!(version(&path), SCHEMA_VERSION);

    let next = [
        M::up(include_str!("../../schema.sql")),
        M::up("ALTER TABLE meta ADD COLUMN extra TEXT"),
    ];
    let conn = Connection::open(&path).unwrap();
    let mut db = Db {
        conn,
        path: path.clone(),
    };
    db.prepare_with(&next).unwrap();
    drop(db);
    assert_eq!(version(&path), SCHEMA_VERSION + 1);
    let copy = dir.path().join(format!("cell.v{SCHEMA_VERSION}.bak"));
    assert_eq!(version(&copy), SCHEMA_VERSION);
    assert_eq!(
        std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let kept: String = Connection::open(&copy)
        .unwrap()
        .query_row("SELECT value FROM meta WHERE key = 'x'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, "kept");

    // This binary's own list is now behind the file: refused, untouched.
    let before = std::fs::read(&path).unwrap();
    let err = Db::open(&path).err().unwrap();
    assert!(err.to_string().contains("newer danvan"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
