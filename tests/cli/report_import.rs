//! `report import` through the real binary: reports grouped from rows,
//! every bad row listed and nothing written, stdin, the round trip with
//! `export reports`, and imports of many batches.

use crate::common::{Env, TODAY};
use crate::report::{codes, missing, setup};

const HEADER: &str = "member,month,item,status,note,submitted_on\n";

#[test]
fn import_groups_rows_into_reports() {
    let env = setup();
    // NV001's October rows are not contiguous; statuses as labels; `;` and CRLF.
    let file = env.file(
        "r.csv",
        "Mã thành viên;Tháng;Việc số;Kết quả;Ghi chú;Ngày nộp\r\n\
         NV001;2026-10;1;Đã làm;;05/11/2026\r\n\
         NV002;2026-10;2;dang lam;Đang  làm dở;\r\n\
         NV001;2026-10;2;not-done;Thiếu kinh phí;2026-11-05\r\n\
         NV003;2026-10;1;done;;2026-10-31\r\n",
    );
    let before = env.db_hash();
    env.run(&["report", "import", &file, "--dry-run"])
        .assert()
        .success()
        .stderr(predicates::str::contains("would add 3, replace 0 reports"));
    assert_eq!(env.db_hash(), before);
    env.run(&["report", "import", &file])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 3, replaced 0 reports"));
    assert_eq!(
        env.ok(&["--format", "csv", "report", "list"]),
        "member,month,submitted_on,done,in_progress,not_done,not_reported,member_name,unit\n\
         NV002,2026-10,2026-11-27,0,1,0,1,Trần Thị An,Văn phòng\n\
         NV001,2026-10,2026-11-05,1,0,1,0,Nguyễn Văn Bình,Văn phòng\n\
         NV003,2026-10,2026-10-31,1,0,0,1,Lê Văn Cường,Phòng Nghiệp vụ\n"
    );
    let show = env.ok(&[
        "--format", "csv", "report", "show", "NV002", "--month", "2026-10",
    ]);
    assert!(
        show.contains("2,economy,Việc hai,in-progress,Đang làm dở"),
        "{show}"
    );
    let log = env.ok(&["--format", "csv", "log", "--limit", "1"]);
    assert!(log.contains("report import"), "{log}");
    assert!(log.contains("sha256"), "{log}");

    // Again: each report exists; refused without --replace, replaced with it.
    let again = env.file(
        "again.csv",
        format!("{HEADER}NV001,2026-10,2,done,,2026-11-06\nNV004,2026-10,1,done,,\n"),
    );
    let before = env.db_hash();
    let err = env.fails(&["report", "import", &again]);
    assert!(
        err.contains("again.csv:2: NV001 already has a report for 2026-10; add --replace"),
        "{err}"
    );
    assert!(err.contains("1 bad row in the reports file"), "{err}");
    assert_eq!(env.db_hash(), before);
    env.run(&["report", "import", &again, "--replace"])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 1, replaced 1 reports"));
    assert_eq!(
        env.ok(&[
            "--format", "csv", "report", "show", "NV001", "--month", "2026-10"
        ]),
        "item,field,text,status,note\n\
         1,economy,Việc một,not-reported,\n\
         2,economy,Việc hai,done,\n"
    );
    let log = env.ok(&["--format", "csv", "log", "--limit", "1"]);
    assert!(
        log.contains("Thiếu kinh phí"),
        "before-images are logged: {log}"
    );
}

#[test]
fn import_lists_every_bad_row_and_writes_nothing() {
    let env = setup();
    env.ok(&[
        "report", "add", "NV002", "--month", "2026-09", "--item", "1=done",
    ]);
    let file = env.file(
        "bad.csv",
        format!(
            "{HEADER}\
             NV001,2026-10,1,done,,2026-11-05\n\
             NV001,2026-10,9,done,,2026-11-05\n\
             NV001,2026-10,2,finished,,2026-11-05\n\
             NV001,2026-10,1,not-done,,2026-11-05\n\
             NV001,2026-10,2,done,,2026-11-06\n\
             NV001,2025-13,1,done,,\n\
             NV404,2026-10,1,done,,\n\
             NV003,2026-11,1,done,,\n\
             NV003,2026-11,2,done,,\n\
             NV001,2026-12,1,done,,\n\
             NV001,2026-09,1,done,,2026-08-31\n\
             NV002,2026-09,2,done,,\n\
             NV006,2026-10,1,done,,\n\
             NV001,2026-08,x,done,,\n\
             NV001,2026-07,1,done,,2026-11-28\n"
        ),
    );
    let before = env.db_hash();
    let err = env.fails(&["report", "import", &file]);
    for line in 3..=16 {
        assert!(
            err.contains(&format!("bad.csv:{line}: ")),
            "line {line}: {err}"
        );
    }
    assert!(!err.contains("bad.csv:2:"), "{err}");
    assert!(err.contains("14 bad rows"), "{err}");
    assert!(err.contains("appears twice"), "{err}");
    assert!(err.contains("differs from 2026-11-05 on line 2"), "{err}");
    assert!(err.contains("is not a report status"), "{err}");
    assert!(err.contains("NV001 has no pledge item 9 in 2026"), "{err}");
    assert!(err.contains("(see line 9)"), "{err}");
    assert_eq!(env.db_hash(), before);
    let many = format!("{HEADER}{}", "NV404,2026-10,1,done,,\n".repeat(1005));
    let err = env.fails(&["report", "import", &env.file("many.csv", many)]);
    // Every bad row is listed, however many.
    assert!(err.contains("many.csv:1006: "), "{err}");
    assert_eq!(err.matches("there is no member with code").count(), 1005);
    assert!(err.contains("\n1005 bad rows in the reports file"), "{err}");
    let err = env.fails(&["report", "import", &env.file("e.csv", "")]);
    assert!(err.contains("e.csv:1: the file is empty"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn import_from_stdin() {
    let env = setup();
    env.run(&["report", "import", "-"])
        .write_stdin("member,month,item,status\nNV001,2026-10,1,done\n")
        .assert()
        .success()
        .stderr(predicates::str::contains("<stdin>: added 1"));
    assert_eq!(
        codes(&env.ok(&["--format", "csv", "report", "list"])),
        ["NV001"]
    );
}

#[test]
fn export_then_import_gives_the_same_bytes() {
    let env = setup();
    env.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "2=not-done:\"chờ\", kinh phí",
        "--item",
        "1=done:=SUM(A1)",
        "--on",
        "2026-11-03",
    ]);
    env.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2025-12",
        "--item",
        "1=in-progress",
    ]);
    env.ok(&[
        "report", "add", "NV003", "--month", "2026-10", "--item", "2=done",
    ]);
    env.ok(&[
        "report", "add", "NV004", "--month", "2026-11", "--item", "1=done",
    ]);
    let members = env.ok(&["export", "members"]);
    let pledges = env.ok(&["export", "pledges"]);
    let reports = env.ok(&["export", "reports"]);
    assert_eq!(
        reports,
        "member,month,item,status,note,submitted_on,member_name,unit\n\
         NV001,2025-12,1,in-progress,,2026-11-27,Nguyễn Văn Bình,Văn phòng\n\
         NV001,2026-10,1,done,=SUM(A1),2026-11-03,Nguyễn Văn Bình,Văn phòng\n\
         NV001,2026-10,2,not-done,\"\"\"chờ\"\", kinh phí\",2026-11-03,Nguyễn Văn Bình,Văn phòng\n\
         NV003,2026-10,2,done,,2026-11-27,Lê Văn Cường,Phòng Nghiệp vụ\n\
         NV004,2026-11,1,done,,2026-11-27,Phạm Thị Dung,Phòng Nghiệp vụ\n"
    );
    let copy = Env::new();
    copy.ok(&["member", "import", &copy.file("m.csv", &members)]);
    copy.ok(&["pledge", "import", &copy.file("p.csv", &pledges)]);
    copy.ok(&["report", "import", &copy.file("r.csv", &reports)]);
    assert_eq!(copy.ok(&["export", "reports"]), reports);
    assert_eq!(copy.ok(&["export", "pledges"]), pledges);

    let y2025 = env.ok(&["export", "reports", "--year", "2025"]);
    assert_eq!(y2025.lines().count(), 2, "{y2025}");
    let period = env.ok(&["export", "reports", "--from", "2026", "--to", "2026"]);
    assert_eq!(period.lines().count(), 5, "{period}");
    let excel = env.ok(&[
        "--lang", "vi", "export", "reports", "--excel", "--year", "2026",
    ]);
    assert!(excel.starts_with("\u{feff}Mã thành viên;Tháng;"), "{excel}");
    assert!(excel.contains(";'=SUM(A1);"), "{excel}");
    env.run(&["--format", "table", "export", "reports"])
        .assert()
        .code(1);
    let out = env.dir.path().join("bao-cao.json");
    env.ok(&[
        "export",
        "reports",
        "--output",
        out.to_str().unwrap(),
        "--year",
        "2025",
    ]);
    let json = std::fs::read_to_string(out).unwrap();
    assert!(json.contains("\"status\":\"in-progress\""), "{json}");
}

/// `count` members M00, M01 … (M000 … from 100 on) in three units, each
/// with pledge items 1 and 2 for 2026, imported.
fn many_members(count: usize) -> Env {
    let env = Env::new();
    let width = if count > 100 { 3 } else { 2 };
    let mut members = String::from("code,name,unit,roles,joined,left,email,phone,note\n");
    let mut pledges = String::from("member,year,no,field,model,text\n");
    for i in 0..count {
        members.push_str(&format!(
            "M{i:0width$},Người Số {i},Đơn vị {},,2020-01-01,,,,\n",
            i % 3
        ));
        for no in 1..=2 {
            pledges.push_str(&format!("M{i:0width$},2026,{no},economy,,Việc {no}\n"));
        }
    }
    env.ok(&["member", "import", &env.file("m.csv", members)]);
    env.ok(&["pledge", "import", &env.file("p.csv", pledges)]);
    env
}

#[test]
fn large_import_in_batches_keeps_the_indexes_and_references() {
    let env = many_members(40);
    // Month by month: each member's rows are far apart.
    let mut reports = String::from(HEADER);
    for month in 1..=11 {
        for i in 0..40 {
            for no in [2, 1] {
                reports.push_str(&format!("M{i:02},2026-{month:02},{no},done,,\n"));
            }
        }
    }
    env.run(&["report", "import", &env.file("r.csv", reports)])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 440, replaced 0 reports"));
    env.run(&["check"]).assert().success();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let indexes: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('reports_month', 'reports_count',
                 'report_items_count', 'report_items_uncount', 'report_items_recount')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        indexes, 5,
        "the import must put back the indexes and triggers it dropped"
    );
    let (items, fk): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM report_items),
                    (SELECT count(*) FROM pragma_foreign_key_check)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((items, fk), (880, 0));
    drop(conn);
    assert_eq!(
        missing(&env, TODAY, "2026-11"),
        Vec::<String>::new(),
        "everyone reported"
    );

    // Into a table that has reports: replaced whole, others added.
    let mut again = String::from(HEADER);
    for i in 0..40 {
        again.push_str(&format!("M{i:02},2026-10,1,not-done,lại,2026-11-20\n"));
    }
    again.push_str("M00,2025-12,1,done,,\n");
    let file = env.file("again.csv", &again);
    let err = env.fails(&["report", "import", &file, "--replace"]);
    assert!(err.contains("has no pledge item 1 in 2025"), "{err}");
    let file = env.file("again.csv", again.replace("M00,2025-12,1,done,,\n", ""));
    env.run(&["report", "import", &file, "--replace"])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 0, replaced 40 reports"));
    let list = env.ok(&["--format", "csv", "report", "list", "--month", "2026-10"]);
    assert_eq!(list.matches(",2026-11-20,0,0,1,1,").count(), 40, "{list}");
    env.run(&["check"]).assert().success();
}

#[test]
fn a_file_of_many_batches_is_read_whole_and_located_to_the_line() {
    use sha2::{Digest, Sha256};
    // 150 members, 2 items, 11 months: 3,300 rows, read on the CSV
    // thread in several batches, with CRLF line ends.
    let env = many_members(150);
    let mut lines = vec![HEADER.trim_end().to_string()];
    for i in 0..150 {
        for month in 1..=11 {
            for no in 1..=2 {
                lines.push(format!("M{i:03},2026-{month:02},{no},done,,"));
            }
        }
    }
    let file = |lines: &[String]| lines.join("\r\n").into_bytes();
    let before = env.db_hash();

    // A bad row deep in the file: its own line, nothing written.
    let mut bad = lines.clone();
    bad[2999] = bad[2999].replace("done", "finished");
    let err = env.fails(&["report", "import", &env.file("bad.csv", file(&bad))]);
    assert!(err.contains("bad.csv:3000: status:"), "{err}");
    assert!(err.contains("1 bad row in the reports file"), "{err}");
    assert_eq!(env.db_hash(), before);

    // A byte in another encoding after several batches: the whole file is
    // refused at that line.
    let mut bytes = file(&lines);
    let at = bytes.len() - "one,,".len();
    bytes[at] = 0xe0;
    let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
    let err = env.fails(&["report", "import", &env.file("latin.csv", bytes)]);
    assert!(
        err.contains(&format!("latin.csv:{line}: the file is not UTF-8")),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);

    // The whole file: every report, and the hash of every byte.
    let good = file(&lines);
    let sha = Sha256::digest(&good)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    env.run(&["report", "import", &env.file("good.csv", &good)])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 1650, replaced 0 reports"));
    let log = env.ok(&["--format", "csv", "log", "--limit", "1"]);
    assert!(log.contains(&sha), "{log}");
    let list = env.ok(&["--format", "csv", "report", "list", "--month", "2026-11"]);
    assert_eq!(list.lines().count(), 151, "{list}");
}

/// A name typed decomposed (NFD, as macOS writes it) or in another case is
/// the register's name, in the long and the wide layout; another name is
/// refused at its row, and nothing is written.
#[test]
fn import_matches_names_in_nfd_or_case_and_refuses_others() {
    let env = setup();
    let nfd = "Nguye\u{302}\u{303}n Va\u{306}n Bi\u{300}nh";
    let long = env.file(
        "long.csv",
        format!(
            "member,month,item,status,note,submitted_on,member_name\n\
             NV001,2026-10,1,done,,2026-11-05,{nfd}\n\
             NV003,2026-10,1,done,,2026-11-05,LÊ VĂN CƯỜNG\n"
        ),
    );
    env.ok(&["report", "import", &long, "--dry-run"]);
    let wide = env.file(
        "wide.csv",
        format!(
            "Member,Name,Month,Item 1,Item 2,Submitted on\n\
             NV001,{nfd},2026-10,done,,2026-11-05\n\
             NV003,lê văn cường,2026-10,done,,2026-11-05\n"
        ),
    );
    env.ok(&["report", "import", &wide, "--dry-run"]);
    let before = env.db_hash();
    for (name, text) in [
        (
            "long-bad.csv",
            "member,month,item,status,note,submitted_on,member_name\n\
             NV001,2026-10,1,done,,2026-11-05,Nguyễn Văn Bình\n\
             NV003,2026-10,1,done,,2026-11-05,Trần Thị An\n",
        ),
        (
            "wide-bad.csv",
            "Member,Name,Month,Item 1,Item 2,Submitted on\n\
             NV001,Nguyễn Văn Bình,2026-10,done,,2026-11-05\n\
             NV003,Trần Thị An,2026-10,done,,2026-11-05\n",
        ),
    ] {
        let file = env.file(name, text);
        let err = env.fails(&["report", "import", &file]);
        assert!(err.contains(&format!("{name}:3")), "{err}");
        assert!(
            err.contains("Trần Thị An") && err.contains("Lê Văn Cường"),
            "{err}"
        );
    }
    assert_eq!(env.db_hash(), before);
}
