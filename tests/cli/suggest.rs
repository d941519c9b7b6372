//! `danvan evaluate suggest` through the binary. Pledges and reports are
//! written straight into the database here, so these tests depend only on
//! the schema, not on the pledge and report commands.

use crate::common::Env;
use crate::evaluate::{csv, member};
use rusqlite::{Connection, params};

/// Pledges and monthly reports, inserted with SQL.
struct Activity {
    conn: Connection,
}

impl Activity {
    fn open(env: &Env) -> Activity {
        let conn = Connection::open(&env.db).expect("open db");
        conn.pragma_update(None, "foreign_keys", true)
            .expect("foreign keys");
        Activity { conn }
    }

    fn member_id(&self, code: &str) -> i64 {
        self.conn
            .query_row("SELECT id FROM members WHERE code = ?", [code], |r| {
                r.get(0)
            })
            .expect("member exists")
    }

    /// Pledge items 1..=count of `code` for `year`.
    fn pledge(&self, code: &str, year: i32, count: i64) {
        let id = self.member_id(code);
        for no in 1..=count {
            self.conn
                .execute(
                    "INSERT INTO pledge_items (member_id, year, no, field, text)
                     VALUES (?, ?, ?, 'economy', ?)",
                    params![id, year, no, format!("Việc {no}")],
                )
                .expect("insert pledge item");
        }
    }

    /// A report of `code` for `month` (YYYY-MM) with `done` items done and
    /// `others` not done, on consecutive pledge items from 1.
    fn report(&self, code: &str, month: &str, done: i64, others: i64) {
        let id = self.member_id(code);
        let year: i32 = month[..4].parse().expect("year");
        self.conn
            .execute(
                "INSERT INTO reports (member_id, month, submitted_on) VALUES (?, ?, ?)",
                params![id, month, format!("{month}-28")],
            )
            .expect("insert report");
        let report = self.conn.last_insert_rowid();
        for no in 1..=(done + others) {
            let status = if no <= done { "done" } else { "not-done" };
            self.conn
                .execute(
                    "INSERT INTO report_items (report_id, item_id, status)
                     SELECT ?, id, ? FROM pledge_items WHERE member_id = ? AND year = ? AND no = ?",
                    params![report, status, id, year, no],
                )
                .expect("insert report item");
        }
    }

    /// Reports for `months` (1-based months of `year`), spreading `done`
    /// done items over them, `per_report` statuses each.
    fn reports(&self, code: &str, year: i32, months: &[u32], per_report: i64, mut done: i64) {
        for m in months {
            let here = done.min(per_report);
            done -= here;
            self.report(code, &format!("{year}-{m:02}"), here, per_report - here);
        }
    }
}

/// The CSV row of `code` in `evaluate suggest`, as cells.
fn suggestion(out: &str, code: &str) -> Vec<String> {
    out.lines()
        .find(|l| l.starts_with(&format!("{code},")))
        .unwrap_or_else(|| panic!("{code} is not in:\n{out}"))
        .split(',')
        .map(str::to_string)
        .collect()
}

/// expected, submitted, reporting rate, done, total, done rate, suggestion.
fn numbers(row: &[String]) -> Vec<&str> {
    row[3..10].iter().map(String::as_str).collect()
}

const ALL_YEAR: [u32; 12] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

#[test]
fn suggestions_at_and_below_each_threshold() {
    let env = Env::new();
    let people = [
        ("A01", "Nguyễn Văn An", "2020-01-01"),
        ("A02", "Lê Văn Bảo", "2020-01-01"),
        ("A03", "Trần Thị Cúc", "2025-03-15"),
        ("A04", "Phạm Văn Dũng", "2025-03-01"),
        ("A05", "Hoàng Thị Giang", "2025-04-01"),
        ("A06", "Vũ Văn Hải", "2020-01-01"),
        ("A07", "Đỗ Thị Hoa", "2020-01-01"),
        ("A08", "Bùi Văn Khánh", "2020-01-01"),
        ("A09", "Ngô Thị Lan", "2020-01-01"),
        ("A10", "Đinh Văn Minh", "2020-01-01"),
        ("A11", "Lý Thị Nga", "2020-01-01"),
    ];
    for (code, name, joined) in people {
        member(&env, code, name, "Văn phòng", joined);
    }
    // Not listed: a member who left during 2025, one without a pledge.
    member(&env, "B01", "Cao Văn Phúc", "Văn phòng", "2020-01-01");
    member(&env, "B02", "Dương Văn Quân", "Văn phòng", "2020-01-01");
    env.ok(&["member", "leave", "B01", "--on", "2025-10-01"]);
    {
        let a = Activity::open(&env);
        for (code, _, _) in people {
            a.pledge(code, 2025, 10);
        }
        a.pledge("B01", 2025, 10);
        a.pledge("B02", 2024, 10);
        // r = 12/12, d = 108/120 = 90 %: excellent.
        a.reports("A01", 2025, &ALL_YEAR, 10, 108);
        // r = 12/12, d = 107/120 = 89.2 %: good.
        a.reports("A02", 2025, &ALL_YEAR, 10, 107);
        // Joined 15 March: expected March to December (10); r = 9/10, d = 63/90 = 70 %: good.
        a.reports("A03", 2025, &[3, 4, 5, 6, 7, 8, 9, 10, 11], 10, 63);
        // r = 9/10, d = 62/90 = 68.9 %: complete.
        a.reports("A04", 2025, &[3, 4, 5, 6, 7, 8, 9, 10, 11], 10, 62);
        // Joined 1 April: 9 expected; r = 8/9 = 88.9 %, d = 100 %: complete.
        a.reports("A05", 2025, &[4, 5, 6, 7, 8, 9, 10, 11], 10, 80);
        // r = 9/12 = 75 %, d = 45/90 = 50 %: complete.
        a.reports("A06", 2025, &[1, 2, 3, 4, 5, 6, 7, 8, 9], 10, 45);
        // r = 9/12, d = 44/90 = 48.9 %: incomplete.
        a.reports("A07", 2025, &[1, 2, 3, 4, 5, 6, 7, 8, 9], 10, 44);
        // r = 8/12 = 66.7 %, d = 100 %: incomplete.
        a.reports("A08", 2025, &[1, 2, 3, 4, 5, 6, 7, 8], 10, 80);
        // A09 never reported: incomplete, no done rate.
        // r = 12/12 with no item status at all: no done rate, incomplete.
        for m in ALL_YEAR {
            a.conn
                .execute(
                    "INSERT INTO reports (member_id, month, submitted_on) VALUES (?, ?, '2026-01-05')",
                    params![a.member_id("A10"), format!("2025-{m:02}")],
                )
                .expect("insert report");
        }
        // r = 11/12 = 91.7 %, d = 70/110 = 63.6 %: complete; a 2024 report does not count.
        a.reports("A11", 2025, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 10, 70);
        a.pledge("A11", 2024, 10);
        a.reports("A11", 2024, &[12], 10, 0);
    }
    let before = env.db_hash();
    let out = csv(&env, &["evaluate", "suggest", "--year", "2025"]);
    assert_eq!(env.db_hash(), before, "suggest writes nothing");
    assert_eq!(
        out.lines().next(),
        Some(
            "code,name,unit,expected_reports,submitted_reports,reporting_rate,items_done,items_total,done_rate,suggested_rating,current_rating"
        )
    );
    let expect = [
        (
            "A01",
            ["12", "12", "100.0", "108", "120", "90.0", "excellent"],
        ),
        ("A02", ["12", "12", "100.0", "107", "120", "89.2", "good"]),
        ("A03", ["10", "9", "90.0", "63", "90", "70.0", "good"]),
        ("A04", ["10", "9", "90.0", "62", "90", "68.9", "complete"]),
        ("A05", ["9", "8", "88.9", "80", "80", "100.0", "complete"]),
        ("A06", ["12", "9", "75.0", "45", "90", "50.0", "complete"]),
        ("A07", ["12", "9", "75.0", "44", "90", "48.9", "incomplete"]),
        (
            "A08",
            ["12", "8", "66.7", "80", "80", "100.0", "incomplete"],
        ),
        ("A09", ["12", "0", "0.0", "0", "0", "", "incomplete"]),
        ("A10", ["12", "12", "100.0", "0", "0", "", "incomplete"]),
        ("A11", ["12", "11", "91.7", "70", "110", "63.6", "complete"]),
    ];
    for (code, numbers_wanted) in expect {
        assert_eq!(
            numbers(&suggestion(&out, code)),
            numbers_wanted,
            "{code}: {out}"
        );
    }
    assert!(!out.contains("B01"), "left during the year: {out}");
    assert!(!out.contains("B02"), "no pledge that year: {out}");
    // The Vietnamese order of people: by given name.
    let codes: Vec<&str> = out.lines().skip(1).map(|l| &l[..3]).collect();
    assert_eq!(
        codes,
        [
            "A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A09", "A10", "A11"
        ]
    );
    let table = env.ok(&["--lang", "vi", "evaluate", "suggest", "--year", "2025"]);
    assert!(table.contains("89,2 %"), "{table}");
    assert!(table.contains("Hoàn thành xuất sắc nhiệm vụ"), "{table}");
}

#[test]
fn suggestions_in_the_current_year_expect_ended_months_only() {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn An", "Văn phòng", "2020-01-01");
    member(&env, "NV002", "Trần Văn Bình", "Văn phòng", "2026-11-02");
    {
        let a = Activity::open(&env);
        a.pledge("NV001", 2026, 2);
        a.pledge("NV002", 2026, 2);
        // January to October have ended on 27 November; November has not,
        // so it is not expected, but its statuses count like every report's.
        a.reports("NV001", 2026, &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 2, 22);
        a.reports("NV002", 2026, &[11], 2, 2);
    }
    let out = csv(&env, &["evaluate", "suggest", "--year", "2026"]);
    assert_eq!(
        numbers(&suggestion(&out, "NV001")),
        ["10", "10", "100.0", "22", "22", "100.0", "excellent"]
    );
    // Joined in November: no month of theirs has ended, so no suggestion.
    assert_eq!(
        numbers(&suggestion(&out, "NV002")),
        ["0", "0", "", "2", "2", "100.0", ""]
    );

    // On 31 January nothing has ended yet: nobody gets a suggestion.
    let out = env
        .run_on(
            "2026-01-31",
            &[
                "--format", "csv", "evaluate", "suggest", "--year", "2026", "--apply",
            ],
        )
        .output()
        .expect("run");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        numbers(&suggestion(&stdout, "NV001")),
        ["0", "0", "", "22", "22", "100.0", ""]
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("recorded 0"));
    assert_eq!(csv(&env, &["evaluate", "list"]).lines().count(), 1);

    let before = env.db_hash();
    let err = env.fails(&["evaluate", "suggest", "--year", "2027"]);
    assert!(err.contains("2027 is after the current year 2026"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn apply_records_only_unrated_members_and_is_idempotent() {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn An", "Văn phòng", "2020-01-01");
    member(&env, "NV002", "Trần Văn Bình", "Văn phòng", "2020-01-01");
    member(&env, "NV003", "Lê Thị Chi", "Văn phòng", "2020-01-01");
    {
        let a = Activity::open(&env);
        for code in ["NV001", "NV002", "NV003"] {
            a.pledge(code, 2025, 1);
        }
        a.reports("NV001", 2025, &ALL_YEAR, 1, 12);
        a.reports("NV002", 2025, &ALL_YEAR, 1, 12);
    }
    env.ok(&[
        "evaluate",
        "member",
        "NV002",
        "--year",
        "2025",
        "--rating",
        "good",
        "--exemplary",
    ]);
    let out = env
        .run(&[
            "--format", "csv", "evaluate", "suggest", "--year", "2025", "--apply",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "2025: recorded 2, skipped 1 (already rated)\n"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(",excellent,excellent\n"), "{stdout}");
    assert_eq!(
        csv(&env, &["evaluate", "list", "--year", "2025"]),
        "kind,subject,year,rating,exemplary,note,subject_name\n\
         member,NV001,2025,excellent,false,,Nguyễn Văn An\n\
         member,NV002,2025,good,true,,Trần Văn Bình\n\
         member,NV003,2025,incomplete,false,,Lê Thị Chi\n"
    );
    let log = csv(&env, &["log", "--limit", "1"]);
    assert!(log.contains("evaluate suggest --apply"), "{log}");
    assert!(log.contains("\"\"written\"\":2"), "{log}");

    let before = env.db_hash();
    let out = env
        .run(&["evaluate", "suggest", "--year", "2025", "--apply"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "2025: recorded 0, skipped 3 (already rated)\n"
    );
    assert_eq!(env.db_hash(), before, "a second --apply changes nothing");
}
