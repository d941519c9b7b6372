//! The periodic review on a small hand-built cell whose every figure is
//! worked out by hand below (today is 2026-11-27, so 2026 has ten ended
//! months and its members are counted on today).

use crate::common::Env;
use rusqlite::{Connection, params};

/// A1 and B2 in "Văn phòng", C3 and D4 in "Phòng Nghiệp vụ".
/// B2 joins 15/03/2025 (expected from March), C3 leaves 01/06/2026
/// (expected January to May 2026), D4 pledges nothing in 2026.
fn cell() -> Env {
    let env = Env::new();
    for args in [
        ["A1", "Nguyễn Văn An", "Văn phòng", "2020-01-01"],
        ["B2", "Trần Thị Bình", "Văn phòng", "2025-03-15"],
        ["C3", "Lê Văn Cường", "Phòng Nghiệp vụ", "2020-01-01"],
        ["D4", "Phạm Thị Dung", "Phòng Nghiệp vụ", "2020-01-01"],
    ] {
        env.ok(&[
            "member", "add", args[0], "--name", args[1], "--unit", args[2], "--joined", args[3],
        ]);
    }
    env.ok(&["member", "leave", "C3", "--on", "2026-06-01"]);

    let conn = Connection::open(&env.db).unwrap();
    let id = |code: &str| -> i64 {
        conn.query_row("SELECT id FROM members WHERE code = ?", [code], |r| {
            r.get(0)
        })
        .unwrap()
    };
    let item = |code: &str, year: i32, no: i32, field: &str| -> i64 {
        conn.execute(
            "INSERT INTO pledge_items (member_id, year, no, field, text) VALUES (?, ?, ?, ?, 'việc')",
            params![id(code), year, no, field],
        )
        .unwrap();
        conn.last_insert_rowid()
    };
    let a1_25 = [
        item("A1", 2025, 1, "economy"),
        item("A1", 2025, 2, "culture-society"),
    ];
    let b2_25 = item("B2", 2025, 1, "political-system");
    item("C3", 2025, 1, "defense-security");
    let d4_25 = item("D4", 2025, 1, "economy");
    let a1_26 = item("A1", 2026, 1, "defense-security");
    item("B2", 2026, 1, "economy");
    let c3_26 = item("C3", 2026, 1, "political-system");

    let report = |code: &str, month: String, items: &[i64], status: &str| {
        conn.execute(
            "INSERT INTO reports (member_id, month, submitted_on) VALUES (?, ?, ?)",
            params![id(code), month, format!("{month}-28")],
        )
        .unwrap();
        let r = conn.last_insert_rowid();
        for i in items {
            conn.execute(
                "INSERT INTO report_items (report_id, item_id, status) VALUES (?, ?, ?)",
                params![r, i, status],
            )
            .unwrap();
        }
    };
    for m in 1..=12 {
        report("A1", format!("2025-{m:02}"), &a1_25, "done");
    }
    for m in 3..=7 {
        report("B2", format!("2025-{m:02}"), &[b2_25], "in-progress");
    }
    for m in 1..=6 {
        report("D4", format!("2025-{m:02}"), &[d4_25], "not-done");
    }
    // November 2026 has not ended: its report counts in the statuses only.
    for m in 1..=11 {
        report("A1", format!("2026-{m:02}"), &[a1_26], "done");
    }
    for m in 1..=5 {
        report("C3", format!("2026-{m:02}"), &[c3_26], "in-progress");
    }

    conn.execute_batch(
        "INSERT INTO models (code, name, field, level, owner_unit, started, retired)
             VALUES ('M1', 'Mô hình một', 'economy', 'grassroots', 'Văn phòng', 2024, 2025);
         INSERT INTO models (code, name, field, level, owner_member_id, started)
             VALUES ('M2', 'Mô hình hai', 'culture-society', 'grassroots', (SELECT id FROM members WHERE code = 'C3'), 2025);
         INSERT INTO evaluations (kind, subject, year, rating, exemplary) VALUES
             ('member', 'A1', 2025, 'excellent', 1),
             ('member', 'B2', 2025, 'good', 0),
             ('member', 'C3', 2025, 'complete', 0),
             ('unit', 'Văn phòng', 2025, 'excellent', 1),
             ('unit', 'Phòng Nghiệp vụ', 2025, 'good', 0),
             ('model', 'M1', 2025, 'good', 0),
             ('model', 'M2', 2025, 'complete', 0);",
    )
    .unwrap();
    env
}

const BY_YEAR: &str = "\
metric,2025,2026,total
active_members,4,3,4
registered_members,4,2,4
registration_rate,100.0,66.7,85.7
pledge_items,5,3,8
pledge_items_economy,2,1,3
pledge_items_culture_society,1,0,1
pledge_items_defense_security,1,1,2
pledge_items_political_system,1,1,2
expected_reports,46,25,71
submitted_reports,23,15,38
reporting_rate,50.0,60.0,53.5
items_done,24,11,35
items_in_progress,5,5,10
items_not_done,6,0,6
done_rate,68.6,68.8,68.6
rated_excellent,1,0,1
rated_good,1,0,1
rated_complete,1,0,1
rated_incomplete,0,0,0
not_evaluated,1,3,4
exemplary_individuals,1,0,1
exemplary_collectives,1,0,1
running_models,2,1,2
running_models_economy,1,0,1
running_models_culture_society,1,1,1
running_models_defense_security,0,0,0
running_models_political_system,0,0,0
models_good_or_better,1,0,1
initiatives,0,0,0
title_advanced_worker,0,0,0
title_grassroots_emulation_fighter,0,0,0
title_advanced_collective,0,0,0
title_excellent_collective,0,0,0
award_provincial_certificate,0,0,0
award_provincial_emulation_fighter,0,0,0
";

#[test]
fn by_year_with_totals() {
    let env = cell();
    let csv = env.ok(&[
        "--format", "csv", "export", "summary", "--from", "2025", "--to", "2026",
    ]);
    assert_eq!(csv, BY_YEAR);
}

#[test]
fn one_year() {
    let env = cell();
    let csv = env.ok(&[
        "--format", "csv", "export", "summary", "--from", "2026", "--to", "2026",
    ]);
    let expected: String = BY_YEAR
        .lines()
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            // For one year the total of stocks is that year's own count.
            let total = if cells[0] == "metric" {
                "total"
            } else {
                cells[2]
            };
            format!("{},{},{total}\n", cells[0], cells[2])
        })
        .collect();
    assert_eq!(csv, expected);
}

#[test]
fn by_unit_over_the_period() {
    let env = cell();
    let csv = env.ok(&[
        "--format", "csv", "export", "summary", "--from", "2025", "--to", "2026", "--by", "unit",
    ]);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header
            .starts_with("unit,active_members,registered_members,registration_rate,pledge_items,")
    );
    assert!(header.ends_with(
        ",models_good_or_better,initiatives,title_advanced_worker,title_grassroots_emulation_fighter,\
         title_advanced_collective,title_excellent_collective,award_provincial_certificate,\
         award_provincial_emulation_fighter"
    ));
    assert_eq!(
        lines.collect::<Vec<_>>(),
        [
            "Phòng Nghiệp vụ,2,2,66.7,3,1,0,1,1,29,11,37.9,0,5,6,0.0,0,0,1,0,2,0,0,1,0,1,0,0,0,0,0,0,0,0,0,0",
            "Văn phòng,2,2,100.0,5,2,1,1,1,42,27,64.3,35,5,0,87.5,1,1,0,0,2,1,1,1,1,0,0,0,1,0,0,0,0,0,0,0",
        ]
    );
}

#[test]
fn table_in_both_languages_and_json() {
    let env = cell();
    let vi = env.ok(&[
        "--lang", "vi", "export", "summary", "--from", "2025", "--to", "2026",
    ]);
    for expected in [
        "Chỉ tiêu",
        "Tổng",
        "Tỷ lệ đăng ký",
        "66,7 %",
        "85,7 %",
        "Số báo cáo tháng đã nộp",
        "Tỷ lệ nộp báo cáo",
    ] {
        assert!(vi.contains(expected), "{expected:?} missing in\n{vi}");
    }
    let en = env.ok(&[
        "--lang", "en", "export", "summary", "--from", "2025", "--to", "2026",
    ]);
    for expected in [
        "Metric",
        "Registration rate",
        "66.7 %",
        "Submitted monthly reports",
    ] {
        assert!(en.contains(expected), "{expected:?} missing in\n{en}");
    }
    let json = env.ok(&[
        "--format", "json", "export", "summary", "--from", "2025", "--to", "2026",
    ]);
    let file: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(file["kind"], "danvan-summary");
    let rows = &file["rows"];
    assert_eq!(rows[2]["metric"], "registration_rate");
    assert_eq!(rows[2]["2026"], 66.7);
    assert_eq!(rows[0]["total"], 4);
    let by_unit = env.ok(&[
        "--format", "json", "--lang", "vi", "export", "summary", "--from", "2025", "--to", "2026",
        "--by", "unit",
    ]);
    let rows: serde_json::Value = serde_json::from_str(&by_unit).unwrap();
    assert_eq!(rows[1]["unit"], "Văn phòng");
    assert_eq!(rows[1]["done_rate"], 87.5);
}

#[test]
fn output_file_and_bad_input() {
    let env = cell();
    let out = env.dir.path().join("so-ket.csv");
    env.ok(&[
        "export",
        "summary",
        "--from",
        "2025",
        "--to",
        "2026",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), BY_YEAR);

    let err = env.fails(&["export", "summary", "--from", "2026", "--to", "2025"]);
    assert!(err.contains("--from 2026 is after --to 2025"), "{err}");
    let err = env.fails(&["export", "summary", "--from", "2025", "--to", "2027"]);
    assert!(err.contains("after the current year"), "{err}");
    env.run(&["export", "budget"]).assert().code(2);

    let missing_dir = env.dir.path().join("no/such/dir/review.csv");
    let err = env.fails(&[
        "export",
        "summary",
        "--from",
        "2025",
        "--to",
        "2026",
        "--output",
        missing_dir.to_str().unwrap(),
    ]);
    assert!(err.contains("cannot write"), "{err}");
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".danvan-export")
        })
        .collect();
    assert!(leftovers.is_empty());
}
