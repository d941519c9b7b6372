//! Unit tests of `db`.

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

    let mut next = MIGRATION_LIST.to_vec();
    next.push(M::up("ALTER TABLE meta ADD COLUMN extra TEXT"));
    let conn = Connection::open(&path).unwrap();
    let mut db = Db {
        conn,
        path: path.clone(),
    };
    db.prepare_with(SCHEMA_VERSION, &next).unwrap();
    drop(db);
    assert_eq!(version(&path), SCHEMA_VERSION + 1);
    let copy = dir.path().join(format!("cell.v{SCHEMA_VERSION}.bak"));
    assert_eq!(version(&copy), SCHEMA_VERSION);
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&copy).unwrap().permissions())
            & 0o777,
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

/// Every table, index and trigger with its definition, spaces folded.
fn schema_of(conn: &Connection) -> Vec<(String, String, String)> {
    let mut stmt = conn
        .prepare(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_schema
             WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name",
        )
        .unwrap();
    stmt.query_map([], |r| {
        let sql: String = r.get(2)?;
        Ok((
            r.get(0)?,
            r.get(1)?,
            sql.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

/// A file at `version`, made by the upgrade steps as a file of that
/// version's danvan would be.
fn file_at_version(path: &Path, version: usize) -> Connection {
    let mut conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    Migrations::from_slice(&MIGRATION_LIST[..version])
        .to_latest(&mut conn)
        .unwrap();
    conn
}

#[test]
fn schema_sql_and_the_upgrade_steps_make_the_same_schema() {
    let dir = tempfile::tempdir().unwrap();
    let (fresh, _) = Db::create_or_open(&dir.path().join("new.db")).unwrap();
    let upgraded = file_at_version(&dir.path().join("old.db"), MIGRATION_LIST.len());
    let fresh_schema = schema_of(&fresh.conn);
    assert!(
        fresh_schema
            .iter()
            .any(|(_, name, _)| name == "report_items_count")
    );
    assert_eq!(fresh_schema, schema_of(&upgraded));
    assert_eq!(version(&dir.path().join("new.db")), SCHEMA_VERSION);
}

#[test]
fn a_version_1_file_keeps_its_reports_through_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cell.db");
    let conn = file_at_version(&path, 1);
    conn.execute_batch(
        "INSERT INTO members (id, code, name, joined) VALUES (1, 'M1', 'Lê Văn An', '2020-01-01');
         INSERT INTO models (id, code, name, field, level, started) VALUES
             (1, 'MH1', 'Mô hình', 'economy', 'grassroots', 2025);
         INSERT INTO pledge_items (id, member_id, year, no, field, model_id, text) VALUES
             (1, 1, 2026, 1, 'economy', 1, 'Một'), (2, 1, 2026, 2, 'culture-society', NULL, 'Hai');
         INSERT INTO reports (id, member_id, month, submitted_on) VALUES (1, 1, '2026-03', '2026-04-01');
         INSERT INTO report_items (report_id, item_id, status, note) VALUES
             (1, 1, 'done', 'xong'), (1, 2, 'not-done', '');",
    )
    .unwrap();
    drop(conn);
    assert_eq!(version(&path), 1);

    let db = Db::open(&path).unwrap();
    assert_eq!(version(&path), SCHEMA_VERSION);
    assert_eq!(version(&dir.path().join("cell.v1.bak")), 1);
    let items: Vec<(i64, String, String)> = db
        .conn
        .prepare("SELECT item_id, status, note FROM report_items ORDER BY item_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        items,
        [
            (1, "done".into(), "xong".into()),
            (2, "not-done".into(), String::new())
        ]
    );
    let pledged: Vec<(i64, String, Option<i64>)> = db
        .conn
        .prepare("SELECT no, field, model_id FROM pledge_items ORDER BY no")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        pledged,
        [
            (1, "economy".into(), Some(1)),
            (2, "culture-society".into(), None)
        ]
    );
    let broken: i64 = db
        .conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(broken, 0);
    // The count triggers are back, and the new checks still refuse.
    db.conn
        .execute(
            "UPDATE report_items SET status = 'in-progress' WHERE item_id = 2",
            [],
        )
        .unwrap();
    let counts: (i64, i64, i64) = db
        .conn
        .query_row("SELECT done, in_progress, not_done FROM reports", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(counts, (1, 1, 0));
    assert!(
        db.conn
            .execute(
                "UPDATE report_items SET status = 'maybe' WHERE item_id = 2",
                []
            )
            .is_err()
    );
    for bad in [
        "UPDATE pledge_items SET field = 'sport' WHERE no = 2",
        // report_items points at the new pledge_items: an item with
        // reports cannot go.
        "DELETE FROM pledge_items WHERE no = 1",
    ] {
        assert!(db.conn.execute(bad, []).is_err(), "{bad}");
    }
}

#[test]
fn every_connection_runs_only_danvans_sql() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cell.db");
    let (db, _) = Db::create_or_open(&path).unwrap();
    let trusted: i64 = db
        .conn
        .query_row("PRAGMA trusted_schema", [], |r| r.get(0))
        .unwrap();
    assert_eq!(trusted, 0);
    // Defensive mode: the schema cannot be rewritten behind SQLite's back.
    assert!(
        db.conn
            .execute_batch(
                "PRAGMA writable_schema = ON;
                 UPDATE sqlite_schema SET sql = sql || ' ' WHERE name = 'members';"
            )
            .is_err()
    );
    // ATTACH makes no new file and writes no other one.
    let other = dir.path().join("other.db");
    assert!(
        db.conn
            .execute("ATTACH ?1 AS o", [other.to_str().unwrap()])
            .is_err()
    );
    assert!(!other.exists());
}
