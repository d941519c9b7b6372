//! Corrections and undo: removals and their refusals, and `undo` of every
//! kind of change, compared with the database before the change.

use std::time::Duration;

use crate::common::{Env, last_change};

/// Every row of every table but danvan's bookkeeping (the audit log and
/// the undo journal), as text: equal exactly when the records are.
fn dump(env: &Env) -> String {
    crate::common::dump_tables(
        &env.db,
        &[
            "meta",
            "members",
            "models",
            "pledge_items",
            "reports",
            "report_items",
            "evaluations",
        ],
    )
}

fn count(env: &Env, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Two members, their 2026 pledges, a model, a report and an evaluation.
fn cell() -> Env {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Văn An",
        "--unit",
        "Văn phòng",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "NV002",
        "--name",
        "Trần Thị Bình",
        "--unit",
        "Kế toán",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Một cửa",
        "--field",
        "economy",
        "--unit",
        "Văn phòng",
        "--started",
        "2025",
    ]);
    for (code, no) in [("NV001", "một"), ("NV001", "hai"), ("NV002", "ba")] {
        env.ok(&[
            "pledge",
            "add",
            code,
            "--year",
            "2026",
            "--field",
            "economy",
            &format!("Việc {no}"),
        ]);
    }
    env.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "1=done",
        "--item",
        "2=not-done",
    ]);
    env.ok(&[
        "evaluate", "member", "NV002", "--year", "2025", "--rating", "good",
    ]);
    env
}

/// Run a command, check that it changed the records, undo it and check
/// they are as before.
fn undone_as_before(env: &Env, args: &[&str]) {
    let before = dump(env);
    env.ok(args);
    assert_ne!(dump(env), before, "{args:?} changed nothing");
    env.ok(&["undo"]);
    assert_eq!(dump(env), before, "undo of {args:?}");
    assert!(env.ok(&["check"]).contains("ok"));
}

#[test]
fn undo_reverts_every_kind_of_change() {
    let env = cell();
    let members = env.file(
        "m.csv",
        "code,name,unit,joined\nNV003,Lê Văn Cường,Văn phòng,2021-01-01\nNV001,Nguyễn Văn An,Phòng mới,2020-01-01\n",
    );
    let pledges = env.file(
        "p.csv",
        "member,year,no,field,model,text\nNV002,2026,2,economy,MH01,Việc bốn\n",
    );
    let reports = env.file(
        "r.csv",
        "member,month,item,status,note,submitted_on\nNV001,2026-10,1,in-progress,,2026-11-02\nNV001,2026-09,2,done,,2026-10-02\n",
    );
    let evaluations = env.file(
        "e.csv",
        "kind,subject,year,rating,exemplary,note\nmember,NV001,2025,excellent,true,\n",
    );
    let cases: Vec<Vec<&str>> = vec![
        vec!["member", "add", "NV009", "--name", "Phạm Văn Dũng"],
        vec!["member", "edit", "NV001", "--name", "Nguyễn Văn Ân"],
        vec!["member", "leave", "NV002", "--on", "2026-11-01"],
        vec!["member", "import", &members, "--replace"],
        vec![
            "pledge", "add", "NV002", "--year", "2026", "--field", "economy", "Thêm",
        ],
        vec!["pledge", "edit", "NV001/2026/2", "--model", "MH01"],
        vec!["pledge", "remove", "--member", "NV002", "--year", "2026"],
        vec!["pledge", "import", &pledges],
        vec![
            "report",
            "add",
            "NV001",
            "--month",
            "2026-10",
            "--item",
            "1=in-progress",
            "--replace",
        ],
        vec!["report", "remove", "NV001", "--month", "2026-10"],
        vec!["report", "import", &reports, "--replace"],
        vec!["model", "edit", "MH01", "--level", "district"],
        vec!["model", "retire", "MH01", "--year", "2026"],
        vec![
            "evaluate",
            "unit",
            "Văn phòng",
            "--year",
            "2025",
            "--rating",
            "excellent",
        ],
        vec!["evaluate", "remove", "member", "NV002", "--year", "2025"],
        vec!["evaluate", "import", &evaluations],
        vec!["evaluate", "suggest", "--year", "2026", "--apply"],
    ];
    for args in &cases {
        undone_as_before(&env, args);
    }
    // A removal with nothing referring to it.
    env.ok(&["member", "add", "NV010", "--name", "Võ Thị Em"]);
    undone_as_before(&env, &["member", "remove", "NV010"]);
}

#[test]
fn repeated_undo_walks_back_and_log_marks_what_is_undone() {
    let env = Env::new();
    let empty = dump(&env);
    env.ok(&["member", "add", "NV001", "--name", "Nguyễn Văn An"]);
    let one = dump(&env);
    env.ok(&["member", "edit", "NV001", "--name", "Nguyễn Văn Ân"]);
    let said = env
        .run(&["undo"])
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let said = String::from_utf8_lossy(&said);
    assert!(said.contains("undid change 2 (danvan"), "{said}");
    assert!(said.contains("member edit NV001"), "{said}");
    assert_eq!(dump(&env), one);
    env.ok(&["undo"]);
    assert_eq!(dump(&env), empty);
    let err = env.fails(&["undo"]);
    assert!(err.contains("there is no change to undo"), "{err}");
    let log = env.ok(&["--format", "csv", "log"]);
    let lines: Vec<&str> = log.lines().collect();
    assert!(lines[0].ends_with(",change,undone"), "{log}");
    assert!(
        lines[1].contains(",undo,1,") && lines[1].ends_with(",4,undoes 1"),
        "{log}"
    );
    assert!(lines[2].ends_with(",3,undoes 2"), "{log}");
    assert!(lines[3].ends_with(",2,undone by 3"), "{log}");
    assert!(lines[4].ends_with(",1,undone by 4"), "{log}");
    // An undone change, or an undo, is not undone again.
    let hash = env.db_hash();
    let err = env.fails(&["undo", "1"]);
    assert!(
        err.contains("change 1 was already undone by change 4"),
        "{err}"
    );
    let err = env.fails(&["undo", "4"]);
    assert!(
        err.contains("change 4 is itself the undo of change 1"),
        "{err}"
    );
    let err = env.fails(&["undo", "99"]);
    assert!(err.contains("there is no change 99"), "{err}");
    assert_eq!(env.db_hash(), hash);
}

#[test]
fn dry_run_says_what_it_would_undo_and_changes_nothing() {
    let env = cell();
    let hash = env.db_hash();
    let out = env
        .run(&["undo", "--dry-run"])
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let out = String::from_utf8_lossy(&out);
    assert!(out.contains("would undo change"), "{out}");
    assert!(out.contains("evaluate member NV002"), "{out}");
    assert_eq!(env.db_hash(), hash);
}

#[test]
fn undo_by_number_reverts_an_earlier_change_alone() {
    let env = cell();
    let before = dump(&env);
    env.ok(&["member", "add", "NV005", "--name", "Đỗ Văn Phúc"]);
    env.ok(&["model", "edit", "MH01", "--level", "district"]);
    let number = last_change(&env) - 1;
    env.ok(&["undo", &number.to_string()]);
    assert!(!dump(&env).contains("NV005"));
    env.ok(&["undo", "--dry-run"]);
    env.ok(&["undo"]);
    assert_eq!(dump(&env), before);
}

#[test]
fn undo_by_number_is_refused_for_a_later_dependent_change() {
    let env = Env::new();
    let members = env.file(
        "m.csv",
        "code,name,joined\nNV001,Nguyễn Văn An,2020-01-01\nNV002,Trần Thị Bình,2020-01-01\n",
    );
    env.ok(&["member", "import", &members]);
    let import = last_change(&env);
    env.ok(&[
        "pledge", "add", "NV002", "--year", "2026", "--field", "economy", "Việc",
    ]);
    let pledge = last_change(&env);
    let hash = env.db_hash();
    let err = env.fails(&["undo", &import.to_string()]);
    assert!(
        err.contains(&format!(
            "change {import} cannot be undone alone: the later change {pledge} (danvan"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("`danvan undo {pledge}`")), "{err}");
    assert_eq!(env.db_hash(), hash);
    // A later change to the same record is one too.
    env.ok(&["undo"]);
    env.ok(&["member", "edit", "NV001", "--name", "Nguyễn Văn Ân"]);
    let edit = last_change(&env);
    let err = env.fails(&["undo", &import.to_string()]);
    assert!(err.contains(&format!("the later change {edit} ")), "{err}");
    // An evaluation names its member by code.
    env.ok(&["undo"]);
    env.ok(&[
        "evaluate", "member", "NV001", "--year", "2025", "--rating", "good",
    ]);
    let rated = last_change(&env);
    let err = env.fails(&["undo", &import.to_string()]);
    assert!(err.contains(&format!("the later change {rated} ")), "{err}");
    // Once the later change is undone, the earlier one can be.
    env.ok(&["undo"]);
    env.ok(&["undo", &import.to_string()]);
    assert_eq!(count(&env, "SELECT count(*) FROM members"), 0);
}

#[test]
fn removals_are_refused_while_something_refers_to_them() {
    let env = cell();
    let before = dump(&env);
    let hash = env.db_hash();
    let err = env.fails(&["member", "remove", "NV001"]);
    assert!(
        err.contains("member NV001 cannot be removed: 2 pledge items, 1 reports still refer to it"),
        "{err}"
    );
    assert!(err.contains("danvan member leave"), "{err}");
    let err = env.fails(&["member", "remove", "NV002"]);
    assert!(err.contains("1 pledge items, 1 evaluations"), "{err}");
    assert_eq!(env.db_hash(), hash);
    env.ok(&["pledge", "edit", "NV002/2026/1", "--model", "MH01"]);
    env.ok(&[
        "evaluate", "model", "MH01", "--year", "2025", "--rating", "good",
    ]);
    let hash2 = env.db_hash();
    let err = env.fails(&["model", "remove", "MH01"]);
    assert!(
        err.contains("model MH01 cannot be removed: pledge item NV002/2026/1, its evaluation of 2025 still refer to it"),
        "{err}"
    );
    assert_eq!(env.db_hash(), hash2);
    env.ok(&["undo"]);
    env.ok(&["undo"]);
    assert_eq!(dump(&env), before);
    let hash = env.db_hash();
    // Several items: all or nothing.
    let err = env.fails(&["pledge", "remove", "NV002/2026/1", "NV001/2026/1"]);
    assert!(err.contains("NV001/2026/1 cannot be removed"), "{err}");
    assert_eq!(env.db_hash(), hash);
    let err = env.fails(&["report", "remove", "NV001", "--month", "2026-09"]);
    assert!(
        err.contains("there is no report of NV001 for 2026-09"),
        "{err}"
    );
    let err = env.fails(&["evaluate", "remove", "member", "NV001", "--year", "2025"]);
    assert!(
        err.contains("there is no member evaluation of NV001 for 2025"),
        "{err}"
    );
    let err = env.fails(&["pledge", "remove", "--member", "NV002", "--year", "2024"]);
    assert!(
        err.contains("there is no pledge item of NV002 for 2024"),
        "{err}"
    );
    assert_eq!(env.db_hash(), hash);
}

#[test]
fn removals_remove_and_are_logged_with_the_record() {
    let env = cell();
    env.ok(&["report", "remove", "NV001", "--month", "2026-10"]);
    env.ok(&["pledge", "remove", "NV001/2026/1", "NV001/2026/2"]);
    env.ok(&["evaluate", "remove", "member", "nv002", "--year", "2025"]);
    env.ok(&["model", "remove", "MH01"]);
    env.ok(&["member", "remove", "NV001"]);
    assert_eq!(count(&env, "SELECT count(*) FROM members"), 1);
    assert_eq!(count(&env, "SELECT count(*) FROM reports"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM evaluations"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM models"), 0);
    let log = env.ok(&["--format", "csv", "log", "--limit", "6"]);
    for action in [
        "member remove",
        "model remove",
        "evaluate remove",
        "pledge remove",
        "report remove",
    ] {
        assert!(log.contains(&format!(",{action},")), "{action}: {log}");
    }
    assert!(log.contains("Nguyễn Văn An"), "{log}");
}

/// Members, pledges and a big report file, imported.
fn imported(env: &Env, members: usize) {
    let mut m = String::from("code,name,joined\n");
    let mut p = String::from("member,year,no,field,model,text\n");
    let mut r = String::from("member,month,item,status,note,submitted_on\n");
    for i in 0..members {
        m.push_str(&format!("U{i:05},Nguyễn Văn {i},2020-01-01\n"));
        for no in 1..=3 {
            p.push_str(&format!("U{i:05},2025,{no},economy,,Việc {no}\n"));
            for month in 1..=12 {
                let status = ["done", "in-progress", "not-done"][(i + month + no) % 3];
                r.push_str(&format!(
                    "U{i:05},2025-{month:02},{no},{status},,2026-01-05\n"
                ));
            }
        }
    }
    env.ok(&["member", "import", &env.file("m.csv", m)]);
    env.ok(&["pledge", "import", &env.file("p.csv", p)]);
    env.ok(&["report", "import", &env.file("r.csv", r)]);
}

#[test]
fn undo_of_a_report_import_removes_it_whole_and_keeps_nothing_of_it() {
    let env = Env::new();
    imported(&env, 300);
    assert_eq!(count(&env, "SELECT count(*) FROM report_items"), 300 * 36);
    // The import journalled no row one by one.
    assert_eq!(
        count(&env, "SELECT count(*) FROM row_journal WHERE change_id = 3"),
        0
    );
    env.ok(&["undo"]);
    assert_eq!(count(&env, "SELECT count(*) FROM report_items"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM reports"), 0);
    env.ok(&["undo"]);
    env.ok(&["undo"]);
    assert_eq!(dump(&env), dump(&Env::new()));
    assert!(env.ok(&["check"]).contains("ok"));
}

#[test]
fn a_killed_undo_leaves_the_before_or_the_after() {
    let env = Env::new();
    imported(&env, 3_000);
    let after_import = dump(&env);
    let hash = env.db_hash();
    for delay_ms in [10u64, 60, 200] {
        let mut child = env.spawnable(&["undo"]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        assert!(env.ok(&["check"]).contains("ok"));
        let n = count(&env, "SELECT count(*) FROM report_items");
        assert!(n == 0 || n == 3_000 * 36, "half an undo: {n}");
        if n == 0 {
            // It finished before the kill: the reports are gone whole.
            assert_eq!(count(&env, "SELECT count(*) FROM reports"), 0);
            return;
        }
        assert_eq!(env.db_hash(), hash);
        assert_eq!(dump(&env), after_import);
    }
    env.ok(&["undo"]);
    assert_eq!(count(&env, "SELECT count(*) FROM reports"), 0);
}

#[test]
fn unit_list_counts_active_and_all_members() {
    let env = cell();
    env.ok(&["member", "leave", "NV002", "--on", "2026-01-01"]);
    let list = env.ok(&["--format", "csv", "unit", "list"]);
    assert_eq!(list, "unit,active,total\nVăn phòng,1,1\n");
    let all = env.ok(&["--format", "csv", "unit", "list", "--all"]);
    assert_eq!(all, "unit,active,total\nKế toán,0,1\nVăn phòng,1,1\n");
}

#[test]
fn unit_rename_renames_members_models_and_evaluations_in_one_change() {
    let env = cell();
    env.ok(&[
        "evaluate",
        "unit",
        "van phong",
        "--year",
        "2025",
        "--rating",
        "good",
    ]);
    let before = dump(&env);
    let said = env
        .run(&["unit", "rename", "van phong", "Văn phòng Sở"])
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let said = String::from_utf8_lossy(&said);
    assert!(
        said.contains("1 members, 1 models, 1 evaluations"),
        "{said}"
    );
    let records = dump(&env);
    assert!(!records.contains("\"Văn phòng\""), "{records}");
    assert_eq!(records.matches("\"Văn phòng Sở\"").count(), 3, "{records}");
    env.ok(&["undo"]);
    assert_eq!(dump(&env), before);
    // Onto an existing unit only with --merge.
    let hash = env.db_hash();
    let err = env.fails(&["unit", "rename", "Văn phòng", "kế toán"]);
    assert!(err.contains("the unit \"Kế toán\" exists already"), "{err}");
    assert!(err.contains("--merge"), "{err}");
    let err = env.fails(&["unit", "rename", "Phòng X", "Y"]);
    assert!(err.contains("Phòng X"), "{err}");
    assert_eq!(env.db_hash(), hash);
    env.ok(&["unit", "rename", "Văn phòng", "kế toán", "--merge"]);
    let all = env.ok(&["--format", "csv", "unit", "list", "--all"]);
    assert_eq!(all, "unit,active,total\nKế toán,2,2\n");
}

#[test]
fn a_new_unit_spelled_like_an_existing_one_is_refused() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Văn An",
        "--unit",
        "Phòng Văn hoá",
    ]);
    let hash = env.db_hash();
    for typed in [
        "Phòng Văn hóa",
        "phòng văn hoá",
        "Phòng  VănHoá",
        "Phong Van Hoa",
    ] {
        let err = env.fails(&[
            "member",
            "add",
            "NV002",
            "--name",
            "Trần Thị Bình",
            "--unit",
            typed,
        ]);
        assert!(
            err.contains("is spelled like the existing unit \"Phòng Văn hoá\""),
            "{err}"
        );
        assert!(err.contains("--new-unit"), "{err}");
    }
    let err = env.fails(&["member", "edit", "NV001", "--unit", "Phòng Văn hóa"]);
    assert!(err.contains("spelled like"), "{err}");
    assert_eq!(env.db_hash(), hash);
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "X",
        "--field",
        "economy",
        "--unit",
        "phong van hoa",
    ]);
    let file = env.file("m.csv", "code,name,unit,joined\nNV003,Lê Văn Cường,Thuỷ lợi,2020-01-01\nNV004,Lê Văn Dũng,Thủy lợi,2020-01-01\n");
    let err = env.fails(&["member", "import", &file]);
    assert!(
        err.contains("\"Thủy lợi\" is new, but is spelled like the existing unit \"Thuỷ lợi\""),
        "{err}"
    );
    assert_eq!(dump(&env).matches("Thủy lợi").count(), 0);
    env.ok(&["member", "import", &file, "--new-units"]);
    env.ok(&[
        "member",
        "add",
        "NV002",
        "--name",
        "Trần Thị Bình",
        "--unit",
        "Phòng Văn hóa",
        "--new-unit",
    ]);
}

#[test]
fn a_pledge_import_depends_on_the_member_import_before_it() {
    let env = Env::new();
    let members = env.file(
        "m.csv",
        "code,name,joined\nNV001,Nguyễn Văn An,2020-01-01\n",
    );
    env.ok(&["member", "import", &members]);
    let before = dump(&env);
    let pledges = env.file(
        "p.csv",
        "member,year,no,field,model,text\nNV001,2026,1,economy,,Một\nNV001,2026,2,economy,,Hai\n",
    );
    env.ok(&["pledge", "import", &pledges]);
    // Journalled as one range, not row by row.
    assert_eq!(
        count(&env, "SELECT count(*) FROM row_journal WHERE change_id = 2"),
        0
    );
    assert_eq!(
        count(&env, "SELECT count(*) FROM bulk_rows WHERE change_id = 2"),
        1
    );
    let hash = env.db_hash();
    let err = env.fails(&["undo", "1"]);
    assert!(err.contains("the later change 2 (danvan --db"), "{err}");
    assert!(err.contains("pledge import"), "{err}");
    assert_eq!(env.db_hash(), hash);
    env.ok(&["undo"]);
    assert_eq!(dump(&env), before);
}
