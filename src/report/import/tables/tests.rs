//! Unit tests of `tables`.

use super::Tables;
use crate::db::Db;
use crate::vocab::Status;

/// The batches are written `OR FAIL` (no statement journal: the one
/// transaction of the import is what makes it whole or absent). A row the
/// file cannot have (a status twice) in the middle of a batch must fail
/// the import, and the rows before it in that batch go with the rest.
#[test]
fn a_row_refused_in_the_middle_of_a_batch_fails_the_whole_import() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, _) = Db::create_or_open(&dir.path().join("t.db")).unwrap();
    db.conn.pragma_update(None, "foreign_keys", false).unwrap();
    let audit = |db: &Db| -> i64 {
        db.conn
            .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
            .unwrap()
    };
    let before = audit(&db);
    let result = db.write(|w| {
        let mut tables = Tables::prepare(w)?;
        // 64 rows, one batch: item 41 is item 1 again.
        for i in 1..=64 {
            let item = if i == 41 { 1 } else { i };
            tables.add_item(&w.tx, 1, item, Status::Done, String::new())?;
        }
        Ok(())
    });
    let error = format!("{:#}", result.expect_err("a status twice was written"));
    assert!(error.contains("UNIQUE constraint failed"), "{error}");
    let items: i64 = db
        .conn
        .query_row("SELECT count(*) FROM report_items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(items, 0);
    assert_eq!(audit(&db), before);
    // What the import dropped is there again.
    let indexes: i64 = db
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'reports_month'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 1);
}
