//! The reports' totals by month and unit (`report_totals`), which the
//! summary and the review read instead of every report: after every kind
//! of write and its undo they equal the reports counted afresh, an older
//! file gets them when it is upgraded, and `check` names totals that are
//! out of step.

use rusqlite::Connection;

use crate::common::Env;

/// The totals as kept, and as counted from the reports now.
fn kept_and_counted(env: &Env) -> (Vec<String>, Vec<String>) {
    let conn = Connection::open(&env.db).expect("open db");
    let rows = |sql: &str| -> Vec<String> {
        let mut stmt = conn.prepare(sql).expect("prepare");
        stmt.query_map([], |r| {
            Ok(format!(
                "{} {} {} {} {} {}",
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
    };
    (
        rows(
            "SELECT month, unit, reports, done, in_progress, not_done FROM report_totals ORDER BY 1, 2",
        ),
        rows(
            "SELECT r.month, m.unit, count(*), sum(r.done), sum(r.in_progress), sum(r.not_done)
             FROM reports r JOIN members m ON m.id = r.member_id GROUP BY 1, 2 ORDER BY 1, 2",
        ),
    )
}

fn assert_in_step(env: &Env, after: &str) {
    let (kept, counted) = kept_and_counted(env);
    assert_eq!(kept, counted, "after {after}");
}

/// Four members in two units, three items each for 2026.
fn cell() -> Env {
    let env = Env::new();
    for (code, name, unit) in [
        ("NV001", "Nguyễn Văn An", "Phòng Tổ chức"),
        ("NV002", "Trần Thị Bình", "Phòng Tổ chức"),
        ("NV003", "Lê Văn Cường", "Văn phòng"),
        ("NV004", "Phạm Thị Dung", "Văn phòng"),
    ] {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            name,
            "--unit",
            unit,
            "--joined",
            "2020-01-01",
        ]);
        for text in ["Việc một", "Việc hai", "Việc ba"] {
            env.ok(&[
                "pledge", "add", code, "--year", "2026", "--field", "economy", text,
            ]);
        }
    }
    env
}

#[test]
fn totals_follow_every_write_and_every_undo() {
    let env = cell();
    assert_in_step(&env, "the set-up");
    // The first import (into no report: its triggers are off, it counts them itself).
    let first = env.file(
        "first.csv",
        "member,month,item,status,note,submitted_on\n\
         NV001,2026-08,1,done,,2026-09-01\n\
         NV001,2026-08,2,not-done,,2026-09-01\n\
         NV002,2026-08,1,in-progress,,2026-09-02\n\
         NV003,2026-08,3,done,,2026-09-02\n\
         NV001,2026-09,1,done,,2026-10-01\n\
         NV004,2026-09,2,done,,2026-10-03\n",
    );
    let mut steps: Vec<(&str, Vec<&str>)> =
        vec![("the first import", vec!["report", "import", &first])];
    // An import beside reports already there, and one replacing some.
    let second = env.file(
        "second.csv",
        "member,month,item,status,note,submitted_on\n\
         NV002,2026-09,1,done,,2026-10-02\n\
         NV003,2026-09,1,not-done,,2026-10-02\n\
         NV003,2026-09,2,not-done,,2026-10-02\n",
    );
    let third = env.file(
        "third.csv",
        "member,month,item,status,note,submitted_on\n\
         NV001,2026-08,3,in-progress,,2026-09-05\n\
         NV004,2026-10,1,done,,2026-11-02\n",
    );
    steps.push((
        "an import beside reports",
        vec!["report", "import", &second],
    ));
    steps.push((
        "an import replacing reports",
        vec!["report", "import", &third, "--replace"],
    ));
    steps.push((
        "report add",
        vec![
            "report",
            "add",
            "NV002",
            "--month",
            "2026-10",
            "--all",
            "done",
            "--item",
            "2=not-done",
        ],
    ));
    steps.push((
        "report add --replace",
        vec![
            "report",
            "add",
            "NV003",
            "--month",
            "2026-09",
            "--item",
            "1=done",
            "--replace",
        ],
    ));
    steps.push((
        "report remove",
        vec!["report", "remove", "NV004", "--month", "2026-09"],
    ));
    steps.push((
        "a member moving",
        vec!["member", "edit", "NV001", "--unit", "Văn phòng"],
    ));
    steps.push((
        "a unit renamed",
        vec!["unit", "rename", "Văn phòng", "Văn phòng Sở"],
    ));
    steps.push((
        "units merged",
        vec!["unit", "rename", "Phòng Tổ chức", "Văn phòng Sở", "--merge"],
    ));
    for (what, args) in &steps {
        env.ok(args);
        assert_in_step(&env, what);
        assert!(env.ok(&["check"]).contains("ok"), "check after {what}");
    }
    let (kept, _) = kept_and_counted(&env);
    assert!(
        kept.iter().all(|row| row.contains("Văn phòng Sở")),
        "{kept:?}"
    );
    for (what, _) in steps.iter().rev() {
        env.ok(&["undo"]);
        assert_in_step(&env, &format!("undoing {what}"));
    }
    let (kept, _) = kept_and_counted(&env);
    assert!(kept.is_empty(), "no report, no totals: {kept:?}");
}

/// `export summary` of 2026 as CSV, with `more` arguments.
fn summary_2026(env: &Env, more: &[&str]) -> String {
    let mut args = vec![
        "--format", "csv", "export", "summary", "--from", "2026", "--to", "2026",
    ];
    args.extend_from_slice(more);
    env.ok(&args)
}

#[test]
fn the_summary_reads_the_totals_as_the_reports_give_them() {
    let env = cell();
    let file = env.file(
        "r.csv",
        "member,month,item,status,note,submitted_on\n\
         NV001,2026-09,1,done,,2026-10-01\n\
         NV001,2026-09,2,in-progress,,2026-10-01\n\
         NV002,2026-09,1,not-done,,2026-10-01\n\
         NV003,2026-10,1,done,,2026-11-01\n",
    );
    env.ok(&["report", "import", &file]);
    let summary = summary_2026(&env, &[]);
    for line in [
        "submitted_reports,3,3",
        "items_done,2,2",
        "items_in_progress,1,1",
        "items_not_done,1,1",
    ] {
        assert!(summary.lines().any(|l| l == line), "{line}: {summary}");
    }
    // Doubling every kept total doubles the summary's sums: they are read
    // from the totals, not from the reports.
    let conn = Connection::open(&env.db).expect("open db");
    conn.execute_batch(
        "UPDATE report_totals SET done = done * 2, reports = reports * 2,
             in_progress = in_progress * 2, not_done = not_done * 2",
    )
    .expect("tamper");
    drop(conn);
    let doubled = summary_2026(&env, &[]);
    for line in [
        "submitted_reports,6,6",
        "items_done,4,4",
        "items_in_progress,2,2",
        "items_not_done,2,2",
    ] {
        assert!(doubled.lines().any(|l| l == line), "{line}: {doubled}");
    }
    let err = env.fails(&["check"]);
    assert!(err.contains("report totals do not match"), "{err}");
}

#[test]
fn an_older_file_gets_its_totals_when_upgraded() {
    let env = cell();
    let file = env.file(
        "r.csv",
        "member,month,item,status,note,submitted_on\n\
         NV001,2026-09,1,done,,2026-10-01\n\
         NV002,2026-09,1,not-done,,2026-10-01\n\
         NV003,2026-10,1,done,,2026-11-01\n\
         NV003,2026-10,2,done,,2026-11-01\n",
    );
    env.ok(&["report", "import", &file]);
    let summary = summary_2026(&env, &["--by", "unit"]);
    // The same file as version 4 made it: no totals, no triggers.
    let conn = Connection::open(&env.db).expect("open db");
    conn.execute_batch(
        "DROP TRIGGER report_totals_count; DROP TRIGGER report_totals_recount;
         DROP TRIGGER report_totals_uncount; DROP TRIGGER report_totals_move;
         DROP TABLE report_totals; PRAGMA user_version = 4;",
    )
    .expect("make a version 4 file");
    drop(conn);
    let upgraded = summary_2026(&env, &["--by", "unit"]);
    assert_eq!(summary, upgraded);
    assert!(env.dir.path().join("test.v4.bak").exists());
    assert_in_step(&env, "the upgrade");
    let (kept, _) = kept_and_counted(&env);
    assert_eq!(kept.len(), 2, "{kept:?}");
}
