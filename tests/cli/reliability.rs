//! Two people (or the clerk and cron) at once, crashes in the middle of a
//! write, damaged and hostile files: nothing may be lost or half-written.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::Duration;

use crate::common::{Env, TODAY};

fn members_file(env: &Env, name: &str, prefix: &str, count: usize) -> String {
    let mut csv = String::from("code,name,unit,joined\n");
    for i in 0..count {
        csv.push_str(&format!(
            "{prefix}{i:05},Nguyễn Văn {prefix}{i},Đơn vị {},2020-01-01\n",
            i % 7
        ));
    }
    env.file(name, csv)
}

fn count(env: &Env, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn concurrent_writers_all_succeed() {
    let env = Env::new();
    let mut children = Vec::new();
    for p in 0..6 {
        let file = members_file(&env, &format!("w{p}.csv"), &format!("I{p}"), 500);
        children.push(env.run(&["member", "import", &file]));
        for i in 0..5 {
            children.push(env.run(&[
                "member",
                "add",
                &format!("A{p}{i}"),
                "--name",
                "Trần Thị Song Song",
            ]));
        }
    }
    let handles: Vec<_> = children
        .into_iter()
        .map(|mut c| std::thread::spawn(move || c.output().unwrap()))
        .collect();
    for h in handles {
        let out = h.join().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(count(&env, "SELECT count(*) FROM members"), 6 * 500 + 6 * 5);
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM audit_log WHERE action = 'member import'"
        ),
        6
    );
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM audit_log WHERE action = 'member add'"
        ),
        30
    );
}

#[test]
fn readers_see_before_or_after_a_large_import() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "X1",
        "--name",
        "Lê Văn Đọc",
        "--joined",
        "2020-01-01",
    ]);
    let file = members_file(&env, "big.csv", "B", 30_000);
    let mut writer = env.run(&["member", "import", &file]);
    let import = std::thread::spawn(move || writer.output().unwrap());
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..15 {
        let out = env
            .run(&["member", "list", "--format", "csv"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        seen.insert(String::from_utf8(out.stdout).unwrap().lines().count() - 1);
    }
    assert!(import.join().unwrap().status.success());
    assert!(
        seen.iter().all(|n| *n == 1 || *n == 30_001),
        "partial states seen: {seen:?}"
    );
}

#[test]
fn a_killed_import_leaves_nothing_and_can_run_again() {
    let env = Env::new();
    let file = members_file(&env, "big.csv", "K", 60_000);
    for delay_ms in [5u64, 40, 120] {
        let mut child = env.spawnable(&["member", "import", &file]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        assert!(env.ok(&["check"]).contains("ok"));
        let n = count(&env, "SELECT count(*) FROM members");
        assert!(n == 0 || n == 60_000, "half an import: {n}");
        if n == 60_000 {
            return; // finished before the kill: nothing to redo
        }
    }
    env.ok(&["member", "import", &file]);
    assert_eq!(count(&env, "SELECT count(*) FROM members"), 60_000);
}

#[test]
fn backup_during_a_write_is_consistent() {
    let env = Env::new();
    let file = members_file(&env, "big.csv", "C", 30_000);
    let mut writer = env.run(&["member", "import", &file]);
    let import = std::thread::spawn(move || writer.output().unwrap());
    let copy = env.dir.path().join("copy.db");
    env.ok(&["backup", copy.to_str().unwrap()]);
    assert!(import.join().unwrap().status.success());
    let out = env
        .bare(TODAY)
        .args(["--db", copy.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let n: i64 = conn
        .query_row("SELECT count(*) FROM members", [], |r| r.get(0))
        .unwrap();
    assert!(n == 0 || n == 30_000, "{n}");
    let mode = std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_damaged_database_fails_check_with_a_message() {
    let env = Env::new();
    let file = members_file(&env, "m.csv", "D", 3_000);
    env.ok(&["member", "import", &file]);
    env.db_hash(); // fold the WAL into the main file
    let page: usize = count(&env, "PRAGMA page_size") as usize;
    let mut bytes = std::fs::read(&env.db).unwrap();
    assert!(bytes.len() > 4 * page);
    // Pages 2 to 4 hold the members' b-trees: scribble over them.
    for b in &mut bytes[page + 8..4 * page] {
        *b = 0xA5;
    }
    std::fs::write(&env.db, &bytes).unwrap();
    let out = env.run(&["check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn hostile_files() {
    let env = Env::new();
    let before = env.db_hash();

    let long = format!(
        "code,name,joined\nL1,{},2020-01-01\n",
        "x".repeat(10 * 1024 * 1024)
    );
    let file = env.file("long.csv", long);
    let err = env.fails(&["member", "import", &file]);
    assert!(
        err.contains("long.csv:2: the line is longer than 1048576 bytes"),
        "{}",
        &err[..err.len().min(300)]
    );

    let name = "Nguyễn".repeat(20_000);
    let file = env.file(
        "name.csv",
        format!("code,name,joined\nL2,{name},2020-01-01\n"),
    );
    let err = env.fails(&["member", "import", &file]);
    assert!(
        err.contains("name.csv:2:") && err.contains("at most 200"),
        "{}",
        &err[..err.len().min(300)]
    );
    assert_eq!(env.db_hash(), before);

    let mut empty_lines = String::from("code,name,joined\n");
    empty_lines.push_str(&"\n".repeat(1_000_000));
    empty_lines.push_str("E1,Phạm Văn Cuối,2020-01-01\n");
    let file = env.file("empty-lines.csv", empty_lines);
    env.ok(&["member", "import", &file]);
    assert!(
        env.ok(&["member", "list", "--format", "csv"])
            .contains("E1,Phạm Văn Cuối")
    );

    let before = env.db_hash();
    let mut child = env
        .spawnable(&["member", "import", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"code,name,joined\nN1,A\0B,2020-01-01\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("<stdin>:2: column 2: the cell holds a NUL byte")
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn database_files_are_private() {
    let env = Env::new();
    env.ok(&["member", "add", "P1", "--name", "Võ Thị Riêng"]);
    // Keep a reader open so the WAL and shared-memory files exist.
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let _: i64 = conn
        .query_row("SELECT count(*) FROM members", [], |r| r.get(0))
        .unwrap();
    env.ok(&["member", "add", "P2", "--name", "Võ Văn Riêng"]);
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", env.db.display());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{path}");
    }
    drop(conn);
}

#[test]
fn check_finds_report_counts_that_do_not_match_their_items() {
    let env = Env::empty();
    env.ok(&["demo"]);
    assert!(env.ok(&["check"]).contains("ok"));
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute("UPDATE reports SET done = done + 1 WHERE id = 1", [])
            .unwrap();
    }
    let err = env.fails(&["check"]);
    assert!(
        err.contains("1 reports whose status counts do not match"),
        "{err}"
    );
}

/// Members, their 2025 pledges, and a report file of `members` × 12 months
/// × 3 items for 2025.
fn report_files(env: &Env, members: usize) -> String {
    let file = members_file(env, "rm.csv", "R", members);
    env.ok(&["member", "import", &file]);
    let mut pledges = String::from("member,year,no,field,model,text\n");
    let mut reports = String::from("member,month,item,status,note,submitted_on\n");
    for i in 0..members {
        for no in 1..=3 {
            pledges.push_str(&format!("R{i:05},2025,{no},economy,,Việc số {no}\n"));
        }
        for month in 1..=12 {
            for no in 1..=3 {
                let status = ["done", "in-progress", "not-done"][(i + month + no) % 3];
                reports.push_str(&format!(
                    "R{i:05},2025-{month:02},{no},{status},,2026-01-05\n"
                ));
            }
        }
    }
    let p = env.file("pledges.csv", pledges);
    env.ok(&["pledge", "import", &p]);
    env.file("reports.csv", reports)
}

#[test]
fn a_killed_report_import_leaves_nothing_and_can_run_again() {
    let env = Env::new();
    let file = report_files(&env, 4_000);
    let before = env.db_hash();
    for delay_ms in [20u64, 150, 400] {
        let mut child = env.spawnable(&["report", "import", &file]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        assert!(env.ok(&["check"]).contains("ok"));
        let n = count(&env, "SELECT count(*) FROM report_items");
        assert!(n == 0 || n == 4_000 * 36, "half an import: {n}");
        if n > 0 {
            return; // it finished before the kill
        }
        assert_eq!(env.db_hash(), before);
    }
    env.ok(&["report", "import", &file]);
    assert_eq!(count(&env, "SELECT count(*) FROM report_items"), 4_000 * 36);
    assert!(env.ok(&["check"]).contains("ok"));
}

#[test]
fn readers_during_a_report_import_see_before_or_after() {
    let env = Env::new();
    let file = report_files(&env, 3_000);
    let mut writer = env.run(&["report", "import", &file]);
    let import = std::thread::spawn(move || writer.output().unwrap());
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..10 {
        for args in [
            &["report", "missing", "--month", "2025-12", "--format", "csv"][..],
            &[
                "--format", "csv", "export", "summary", "--from", "2025", "--to", "2025",
            ][..],
        ] {
            let out = env.run(args).output().unwrap();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = String::from_utf8(out.stdout).unwrap();
            if args[0] == "report" {
                // Everybody missing before, nobody (no output at all) after.
                seen.insert(text.lines().count().saturating_sub(1));
            } else {
                let submitted = text
                    .lines()
                    .find(|l| l.starts_with("submitted_reports,"))
                    .unwrap()
                    .to_string();
                assert!(
                    submitted == "submitted_reports,0,0"
                        || submitted == "submitted_reports,36000,36000",
                    "{submitted}"
                );
            }
        }
    }
    assert!(import.join().unwrap().status.success());
    assert!(
        seen.iter().all(|n| *n == 0 || *n == 3_000),
        "partial states seen: {seen:?}"
    );
}
