//! The member register, through the real binary (the database file's own
//! policy is in `database.rs`).

use crate::common::{Env, fixture};
use unicode_normalization::UnicodeNormalization;

fn members_csv(env: &Env) -> String {
    env.ok(&["member", "list", "--all", "--format", "csv"])
}

#[test]
fn excel_vietnamese_sample_imports_cleanly() {
    let env = Env::new();
    env.run(&["member", "import", &fixture("members-excel-vi.csv")])
        .assert()
        .success();
    let csv = members_csv(&env);
    assert_eq!(csv.lines().count(), 8, "{csv}");
    // Double space folded, NFD composed, roles from labels with and without marks.
    assert!(csv.contains("VP02,Trần Văn Đức,Văn phòng Sở,cadre|party-member,2012-08-15,"));
    assert!(csv.contains("VP03,Lê Thị Ánh Tuyết,"));
    assert!(csv.contains("KH01,Phạm Quốc Ân,Phòng Kế hoạch - Tài chính,party-member|civil-servant,2018-07-01,2025-06-30"));
    assert!(csv.contains("CN01,Hoàng Văn Ơn,Trung tâm Công nghệ thông tin,worker|union-member"));
    assert!(csv.contains(
        "CN02,Vũ Thị Ưng,Trung tâm Công nghệ thông tin,public-employee,2024-02-29,,,,=1+1 (gõ nhầm)"
    ));
    assert!(csv.contains(r#""Trưởng phòng; kiêm ""Bí thư chi bộ""""#));
    // KH01 left in 2025: not active today.
    let active = env.ok(&["member", "list", "--format", "csv"]);
    assert!(!active.contains("KH01"));
    assert_eq!(active.lines().count(), 7);
}

#[test]
fn windows_1258_file_is_refused_with_its_line() {
    let env = Env::new();
    let before = env.db_hash();
    let err = env.fails(&["member", "import", &fixture("members-cp1258.csv")]);
    assert!(err.contains("members-cp1258.csv:2:"), "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(err.contains("CSV UTF-8"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Văn An",
        "--joined",
        "2020-01-01",
    ]);
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &["member", "add", "NV001", "--name", "Trần Văn Bình"],
            "already exists",
        ),
        (
            &["member", "add", "nv001", "--name", "Trần Văn Bình"],
            "already exists",
        ),
        (
            &["member", "add", "NV002", "--name", "X", "--role", "boss"],
            "is not a role",
        ),
        (
            &[
                "member",
                "add",
                "NV002",
                "--name",
                "X",
                "--joined",
                "31/02/2026",
            ],
            "no day 31 in month 2",
        ),
        (
            &[
                "member",
                "add",
                "NV002",
                "--name",
                "X",
                "--joined",
                "2026-13-01",
            ],
            "is not a date",
        ),
        (
            &["member", "add", "NV 2", "--name", "X"],
            "not a valid member code",
        ),
        (
            &["member", "add", "NV/2", "--name", "X"],
            "not a valid member code",
        ),
        (&["member", "add", "NV002"], "needs a name"),
        (
            &["member", "add", "NV002", "--name", "X", "--email", "nope"],
            "not an e-mail",
        ),
        (
            &["member", "leave", "NV001", "--on", "2019-12-31"],
            "before the join date",
        ),
        (
            &["member", "leave", "NV404", "--on", "2026-01-01"],
            "no member with code \"NV404\"",
        ),
        (
            &["member", "edit", "NV404", "--unit", "X"],
            "no member with code",
        ),
        (&["member", "show", "NV404"], "no member with code"),
        (&["member", "list", "--as-of", "hôm qua"], "is not a date"),
    ];
    for (args, expected) in cases {
        let err = env.fails(args);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    }
    let long_name = "A".repeat(100_000);
    let err = env.fails(&["member", "add", "NV003", "--name", &long_name]);
    assert!(err.contains("at most 200"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn syntax_errors_exit_2() {
    let env = Env::new();
    env.run(&["member", "frobnicate"]).assert().code(2);
    env.run(&["member", "list", "--colour"]).assert().code(2);
    env.run(&["member", "leave", "NV001"]).assert().code(2);
    env.run(&["--format", "xml", "member", "list"])
        .assert()
        .code(1);
}

#[test]
fn bad_csv_rows_are_all_listed_and_nothing_is_written() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "OLD1",
        "--name",
        "Đặng Thị Cũ",
        "--joined",
        "2020-01-01",
    ]);
    let before = env.db_hash();
    let file = env.file(
        "bad.csv",
        "code,name,joined,roles\n\
         A1,Nguyễn Văn Một,2020-01-01,\n\
         A2,Trần Văn Hai,31/02/2026,\n\
         A3,,2020-01-01,\n\
         A1,Lê Văn Lặp,2020-01-01,\n\
         A4,Phạm Văn Bốn,2020-01-01,giám đốc\n\
         OLD1,Đặng Thị Cũ,2020-01-01,\n\
         A5,Hồ Văn Năm,2020-01-01\n",
    );
    let err = env.fails(&["member", "import", &file]);
    for expected in [
        "bad.csv:3: joined:",
        "bad.csv:4: the name is empty",
        "bad.csv:5: member A1 appears twice",
        "bad.csv:6: roles:",
        "bad.csv:7: member OLD1 already exists",
        "bad.csv:8: 3 cells where the header has 4",
        "6 bad rows",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in {err}");
    }
    assert!(!err.contains("bad.csv:2:"), "{err}");
    assert_eq!(env.db_hash(), before);

    for (name, contents, expected) in [
        (
            "extra.csv",
            "code,name,joined,birthday\nA1,X,2020-01-01,1990\n",
            "extra.csv:1: column 4 (\"birthday\") is not a known column",
        ),
        ("empty.csv", "", "empty.csv:1: the file is empty"),
        (
            "noname.csv",
            "code,joined\nA1,2020-01-01\n",
            "required column name is missing",
        ),
        (
            "nul.csv",
            "code,name,joined\nA1,X\0Y,2020-01-01\n",
            "nul.csv:2: column 2: the cell holds a NUL byte",
        ),
    ] {
        let path = env.file(name, contents);
        let err = env.fails(&["member", "import", &path]);
        assert!(err.contains(expected), "{name}: {err}");
        assert_eq!(env.db_hash(), before, "{name}");
    }
    let err = env.fails(&["member", "import", env.dir.path().to_str().unwrap()]);
    assert!(err.contains("is a directory"), "{err}");
    let err = env.fails(&["member", "import", "no-such-file.csv"]);
    assert!(err.contains("cannot read no-such-file.csv"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn header_only_file_imports_nothing_and_succeeds() {
    let env = Env::new();
    let file = env.file("header.csv", "code,name,joined\n");
    env.run(&["member", "import", &file])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 0, replaced 0"));
}

#[test]
fn replace_dry_run_and_stdin() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "A1",
        "--name",
        "Nguyễn Văn Một",
        "--unit",
        "Cũ",
        "--joined",
        "2020-01-01",
    ]);
    let file = env.file("m.csv", "Mã;Họ và tên;Đơn vị;Ngày vào\nA1;Nguyễn Văn Một;Mới;01/01/2020\nA2;Trần Thị Hai;Mới;02/01/2020\n");
    let before = env.db_hash();
    env.fails(&["member", "import", &file]);
    assert_eq!(env.db_hash(), before);
    env.run(&["member", "import", &file, "--replace", "--dry-run"])
        .assert()
        .success()
        .stderr(predicates::str::contains("would add 1, replace 1"));
    assert_eq!(env.db_hash(), before);
    env.run(&["member", "import", &file, "--replace"])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 1, replaced 1"));
    let csv = members_csv(&env);
    assert!(csv.contains("A1,Nguyễn Văn Một,Mới,"), "{csv}");
    let log = env.ok(&["log", "--format", "json", "--limit", "1"]);
    assert!(log.contains("member import"), "{log}");
    assert!(
        log.contains(r#"\"unit\":\"Cũ\""#),
        "before-image missing: {log}"
    );
    assert!(log.contains("sha256"), "{log}");

    env.run(&["member", "import", "-"])
        .write_stdin("code,name,joined\nA3,Lê Văn Ba,2021-05-05\n")
        .assert()
        .success()
        .stderr(predicates::str::contains("<stdin>: added 1"));
    assert!(members_csv(&env).contains("A3,Lê Văn Ba"));
}

#[test]
fn export_import_export_gives_the_same_bytes() {
    let env = Env::new();
    env.ok(&["member", "import", &fixture("members-excel-vi.csv")]);
    env.ok(&[
        "member",
        "leave",
        "VP01",
        "--on",
        "2026-06-30",
        "--note",
        "=SUM(A1) \"quoted\", comma",
    ]);
    let first = env.ok(&["export", "members"]);
    let other = Env::new();
    let file = other.file("members.csv", &first);
    other.ok(&["member", "import", &file]);
    assert_eq!(other.ok(&["export", "members"]), first);

    let out = env.dir.path().join("members.json");
    env.ok(&["export", "members", "--output", out.to_str().unwrap()]);
    let json = std::fs::read_to_string(&out).unwrap();
    assert!(json.trim_start().starts_with('['), "{json}");
}

#[test]
fn excel_export_has_bom_crlf_and_neutralised_formulas() {
    let env = Env::new();
    env.ok(&["member", "import", &fixture("members-excel-vi.csv")]);
    let out = env
        .run(&["--lang", "vi", "export", "members", "--excel"])
        .output()
        .unwrap();
    let bytes = out.stdout;
    assert!(bytes.starts_with("\u{feff}Mã;Họ và tên;".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\r\n"));
    assert!(text.contains(";'=1+1 (gõ nhầm)\r\n"), "{text}");
    let en = env.ok(&[
        "--lang",
        "en",
        "export",
        "members",
        "--excel",
        "--delimiter",
        ";",
    ]);
    assert!(en.contains("code;name"));
    let plain = env.ok(&["export", "members", "--excel"]);
    assert!(plain.contains("code,name"));
    env.run(&["--format", "table", "export", "members"])
        .assert()
        .code(1);
}

#[test]
fn vietnamese_order_of_letters_and_tones() {
    let env = Env::new();
    let people = [
        ("P01", "Nguyễn Văn Ư"),
        ("P02", "Nguyễn Văn U"),
        ("P03", "Nguyễn Văn Ơ"),
        ("P04", "Nguyễn Văn Ô"),
        ("P05", "Nguyễn Văn O"),
        ("P06", "Nguyễn Văn Ê"),
        ("P07", "Nguyễn Văn E"),
        ("P08", "Nguyễn Văn Đa"),
        ("P09", "Nguyễn Văn Da"),
        ("P10", "Nguyễn Văn Â"),
        ("P11", "Nguyễn Văn Ă"),
        ("P12", "Nguyễn Văn A"),
        ("P13", "Trần Thị Á"),
        ("P14", "Lê Văn À"),
        ("P15", "Bùi Văn A"),
    ];
    for (code, name) in people {
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
    let csv = members_csv(&env);
    let names: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Bùi Văn A",
            "Nguyễn Văn A",
            "Lê Văn À",
            "Trần Thị Á",
            "Nguyễn Văn Ă",
            "Nguyễn Văn Â",
            "Nguyễn Văn Da",
            "Nguyễn Văn Đa",
            "Nguyễn Văn E",
            "Nguyễn Văn Ê",
            "Nguyễn Văn O",
            "Nguyễn Văn Ô",
            "Nguyễn Văn Ơ",
            "Nguyễn Văn U",
            "Nguyễn Văn Ư",
        ]
    );
}

#[test]
fn decomposed_name_is_the_same_as_its_composed_twin() {
    let env = Env::new();
    let nfd: String = "Lê Thị Ánh Tuyết".nfd().collect();
    let unit_nfd: String = "Văn phòng Sở".nfd().collect();
    env.ok(&[
        "member",
        "add",
        "VP03",
        "--name",
        &nfd,
        "--unit",
        &unit_nfd,
        "--joined",
        "2020-01-02",
    ]);
    let csv = members_csv(&env);
    assert!(csv.contains("VP03,Lê Thị Ánh Tuyết,Văn phòng Sở,"), "{csv}");
    // Filtering with the composed unit finds the member typed decomposed.
    let listed = env.ok(&[
        "member",
        "list",
        "--unit",
        "Văn phòng Sở",
        "--format",
        "csv",
    ]);
    assert!(listed.contains("VP03"));
    let file = env.file(
        "nfd.csv",
        format!("code,name,joined\nVP03,{nfd},2020-01-02\n"),
    );
    let err = env.fails(&["member", "import", &file]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn list_filters_and_empty_lists() {
    let env = Env::new();
    assert_eq!(env.ok(&["member", "list"]), "");
    assert_eq!(env.ok(&["member", "list", "--format", "json"]), "[]\n");
    assert_eq!(
        env.ok(&["member", "list", "--format", "csv"]),
        "code,name,unit,roles,joined,left,email,phone,note\n"
    );
    env.ok(&[
        "member",
        "add",
        "A1",
        "--name",
        "Nguyễn Văn An",
        "--joined",
        "2026-01-31",
        "--role",
        "cán bộ",
    ]);
    env.ok(&[
        "member",
        "add",
        "A2",
        "--name",
        "Trần Văn Bình",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&["member", "leave", "A2", "--on", "2026-02-01"]);
    let on = |date: &str| env.ok(&["member", "list", "--as-of", date, "--format", "csv"]);
    assert!(!on("2026-01-30").contains("A1"));
    assert!(on("2026-01-31").contains("A1"));
    assert!(on("31/01/2026").contains("A2"));
    assert!(!on("2026-02-01").contains("A2"));
    assert!(
        !env.ok(&["member", "list", "--format", "csv"])
            .contains("A2")
    );
    assert!(
        env.ok(&["member", "list", "--all", "--format", "csv"])
            .contains("A2")
    );
    let cadres = env.ok(&["member", "list", "--role", "can bo", "--format", "csv"]);
    assert!(cadres.contains("A1") && !cadres.contains("A2"));
}

#[test]
fn edit_changes_only_what_is_given_and_is_audited() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "A1",
        "--name",
        "Nguyễn Văn An",
        "--unit",
        "Văn phòng",
        "--email",
        "an@example.vn",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "edit",
        "A1",
        "--unit",
        "Phòng Nghiệp vụ",
        "--role",
        "worker",
    ]);
    let csv = members_csv(&env);
    assert!(
        csv.contains("A1,Nguyễn Văn An,Phòng Nghiệp vụ,worker,2020-01-01,,an@example.vn,,"),
        "{csv}"
    );
    let log = env.ok(&["log", "--format", "csv"]);
    assert!(log.contains("member edit"));
    assert!(log.contains("Văn phòng") && log.contains("Phòng Nghiệp vụ"));
    assert_eq!(log.lines().count(), 3, "{log}");
}
