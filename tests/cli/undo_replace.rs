//! `report import --replace` keeps the reports it replaces once — the
//! audit log's before-image, which `log` shows and `undo` puts back — not a
//! second time in the undo journal (issue #23), and its undo is checked
//! against later changes as every other undo is.

use crate::common::{Env, last_change};

fn conn(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(&env.db).expect("open db")
}

/// NV001 and NV002, members since 2020.
fn two_members(env: &Env) {
    for (code, name) in [("NV001", "Nguyễn Văn An"), ("NV002", "Trần Thị Bình")] {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            name,
            "--joined",
            "2020-01-01",
        ]);
    }
}

/// The records, with their ids, without danvan's bookkeeping.
fn records(env: &Env) -> String {
    crate::common::dump_tables(
        &env.db,
        &["members", "pledge_items", "reports", "report_items"],
    )
}

/// Two members with three items each for 2026 and reports of September
/// and October; then an import replacing October's two reports with other
/// statuses, fewer items and other notes, and adding November's.
fn replaced() -> (Env, String, i64) {
    let env = Env::new();
    two_members(&env);
    for code in ["NV001", "NV002"] {
        for text in ["Việc một", "Việc hai", "Việc ba"] {
            env.ok(&[
                "pledge", "add", code, "--year", "2026", "--field", "economy", text,
            ]);
        }
    }
    let first = env.file(
        "first.csv",
        "member,month,item,status,note,submitted_on\n\
         NV001,2026-09,1,done,,2026-10-01\n\
         NV001,2026-10,1,done,xong sớm,2026-11-02\n\
         NV001,2026-10,2,not-done,chờ kinh phí,2026-11-02\n\
         NV001,2026-10,3,in-progress,,2026-11-02\n\
         NV002,2026-10,1,in-progress,,2026-11-03\n\
         NV002,2026-10,2,done,,2026-11-03\n",
    );
    env.ok(&["report", "import", &first]);
    let before = records(&env);
    let second = env.file(
        "second.csv",
        "member,month,item,status,note,submitted_on\n\
         NV001,2026-10,1,not-done,,2026-11-20\n\
         NV002,2026-10,3,done,mới,2026-11-21\n\
         NV002,2026-11,1,done,,2026-11-27\n",
    );
    env.ok(&["report", "import", &second, "--replace"]);
    let import = last_change(&env);
    (env, before, import)
}

#[test]
fn replaced_reports_are_kept_once_and_put_back_by_undo() {
    let (env, before, import) = replaced();
    let conn = conn(&env);
    let images: i64 = conn
        .query_row(
            "SELECT count(*) FROM row_journal WHERE change_id = ? AND before IS NOT NULL",
            [import],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(images, 0, "the journal holds the replaced reports again");
    let replaced: i64 = conn
        .query_row(
            "SELECT json_array_length(before) FROM audit_log
             WHERE action = 'report import' ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(replaced, 2, "the audit log's before-image");
    // `log` shows what was replaced, with the codes and notes as they were.
    let log = env.ok(&["log", "--limit", "1", "--format", "json"]);
    assert!(log.contains("chờ kinh phí"), "{log}");
    // The replacing reports took the replaced ones' ids.
    let ids = |sql: &str| -> Vec<i64> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let october = "SELECT id FROM reports WHERE month = '2026-10' ORDER BY id";
    assert!(before.contains(&format!("reports|Integer({})", ids(october)[0])));

    let imported = records(&env);
    env.ok(&["undo", "--dry-run"]);
    assert_eq!(
        records(&env),
        imported,
        "undo --dry-run changed the records"
    );
    env.ok(&["undo"]);
    assert_eq!(records(&env), before, "undo of the --replace import");
    assert!(env.ok(&["check"]).contains("ok"));
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM row_journal WHERE change_id = ?",
            [import],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "an undone change's journal is deleted");
}

#[test]
fn a_replace_import_is_not_undone_under_a_later_change_of_its_reports() {
    let (env, _, import) = replaced();
    env.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "2=done",
        "--replace",
    ]);
    let later = last_change(&env);
    let before = env.db_hash();
    let err = env.fails(&["undo", &import.to_string()]);
    assert!(
        err.contains(&format!(
            "change {import} cannot be undone alone: the later change {later}"
        )),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
    // Undone in order, both go.
    env.ok(&["undo"]);
    env.ok(&["undo"]);
}

#[test]
fn a_replace_import_is_not_undone_once_an_item_its_replaced_reports_named_is_removed() {
    let (env, before, import) = replaced();
    // NV002's October named item 2; after the import no report does, so it
    // can be removed: putting October back would refer to nothing.
    env.ok(&["pledge", "remove", "NV002/2026/2"]);
    let removal = last_change(&env);
    let hash = env.db_hash();
    for dry in [false, true] {
        let n = import.to_string();
        let mut args = vec!["undo", n.as_str()];
        if dry {
            args.push("--dry-run");
        }
        let err = env.fails(&args);
        assert!(!err.contains("FOREIGN KEY"), "{err}");
        assert!(err.contains(&format!("`danvan undo {removal}`")), "{err}");
        assert_eq!(env.db_hash(), hash, "undo {args:?} changed the database");
    }
    env.ok(&["undo", &removal.to_string()]);
    env.ok(&["undo", &import.to_string()]);
    assert_eq!(records(&env), before);
}

/// Two members' 2026 items, one with a model; then an import replacing two
/// of them (another field, no model, another text) and adding one.
fn pledges_replaced() -> (Env, String, i64) {
    let env = Env::new();
    two_members(&env);
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Dân vận khéo ở khu phố",
        "--field",
        "economy",
    ]);
    let first = env.file(
        "p1.csv",
        "member,year,no,field,model,text\n\
         NV001,2026,1,economy,MH01,Việc một\n\
         NV001,2026,2,culture-society,,Việc hai\n\
         NV002,2026,1,economy,,Việc ba\n",
    );
    env.ok(&["pledge", "import", &first]);
    let before = records(&env);
    let second = env.file(
        "p2.csv",
        "member,year,no,field,model,text\n\
         NV001,2026,1,political-system,,Việc một đã sửa\n\
         NV002,2026,1,defense-security,MH01,Việc ba đã sửa\n\
         NV002,2026,2,economy,,Việc bốn\n",
    );
    env.ok(&["pledge", "import", &second, "--replace"]);
    let import = last_change(&env);
    (env, before, import)
}

#[test]
fn replaced_pledge_items_are_kept_once_and_put_back_by_undo() {
    let (env, before, import) = pledges_replaced();
    let images: i64 = conn(&env)
        .query_row(
            "SELECT count(*) FROM row_journal WHERE change_id = ? AND before IS NOT NULL",
            [import],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(images, 0, "the journal holds the replaced items again");
    assert_ne!(records(&env), before);
    let log = env.ok(&["log", "--limit", "1", "--format", "json"]);
    assert!(log.contains("Việc ba"), "{log}");
    env.ok(&["undo"]);
    assert_eq!(records(&env), before, "undo of the --replace pledge import");
    assert!(env.ok(&["check"]).contains("ok"));
}

#[test]
fn a_replace_pledge_import_is_not_undone_under_a_later_edit_or_removal() {
    let (env, before, import) = pledges_replaced();
    env.ok(&["pledge", "edit", "NV001/2026/1", "--text", "Sửa lần nữa"]);
    let edit = last_change(&env);
    let hash = env.db_hash();
    let err = env.fails(&["undo", &import.to_string()]);
    assert!(err.contains(&format!("`danvan undo {edit}`")), "{err}");
    assert_eq!(env.db_hash(), hash);
    env.ok(&["undo"]);
    // A replaced item removed later: putting it back would find nothing.
    env.ok(&["pledge", "remove", "NV002/2026/1"]);
    let removal = last_change(&env);
    let hash = env.db_hash();
    let err = env.fails(&["undo", &import.to_string(), "--dry-run"]);
    assert!(err.contains(&format!("`danvan undo {removal}`")), "{err}");
    assert_eq!(env.db_hash(), hash);
    env.ok(&["undo"]);
    env.ok(&["undo"]);
    assert_eq!(records(&env), before);
}
