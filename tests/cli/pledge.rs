//! `danvan pledge …` and `export pledges` through the real binary.

use crate::common::Env;

/// Three members: two in "Văn phòng", one who left on 2026-07-01.
fn setup() -> Env {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Văn Bình",
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
        "Trần Thị An",
        "--unit",
        "Văn phòng",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "NV003",
        "--name",
        "Lê Văn Cường",
        "--unit",
        "Phòng Nghiệp vụ",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&["member", "leave", "NV003", "--on", "2026-07-01"]);
    env
}

fn add(env: &Env, member: &str, year: &str, text: &str) -> String {
    env.ok(&[
        "pledge",
        "add",
        member,
        "--year",
        year,
        "--field",
        "kinh tế",
        text,
    ])
}

fn add_model(env: &Env, code: &str) {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "INSERT INTO models (code, name, field, level, started) VALUES (?, 'Mô hình thử', 'economy', 'grassroots', 2024)",
        [code],
    )
    .unwrap();
}

#[test]
fn add_numbers_items_per_member_and_year() {
    let env = setup();
    assert_eq!(add(&env, "NV001", "2026", "Việc một"), "NV001/2026/1\n");
    assert_eq!(add(&env, "nv001", "2026", "Việc hai"), "NV001/2026/2\n");
    assert_eq!(add(&env, "NV001", "2025", "Năm trước"), "NV001/2025/1\n");
    assert_eq!(add(&env, "NV002", "2026", "Việc khác"), "NV002/2026/1\n");
    // NV003 left in July: still active on days of 2026.
    assert_eq!(
        add(&env, "NV003", "2026", "Trước khi nghỉ"),
        "NV003/2026/1\n"
    );
}

#[test]
fn add_refuses_bad_input_and_changes_nothing() {
    let env = setup();
    add(&env, "NV001", "2026", "Việc một");
    let before = env.db_hash();
    let err = env.fails(&[
        "pledge", "add", "NV404", "--year", "2026", "--field", "economy", "x",
    ]);
    assert!(err.contains("no member with code \"NV404\""), "{err}");
    let err = env.fails(&[
        "pledge", "add", "NV003", "--year", "2027", "--field", "economy", "x",
    ]);
    assert!(err.contains("not active on any day of 2027"), "{err}");
    assert!(err.contains("danvan member show NV003"), "{err}");
    let err = env.fails(&[
        "pledge", "add", "NV001", "--year", "2019", "--field", "economy", "x",
    ]);
    assert!(err.contains("joined on 2020-01-01"), "{err}");
    let err = env.fails(&[
        "pledge", "add", "NV001", "--year", "2026", "--field", "economy", "--model", "MH9", "x",
    ]);
    assert!(err.contains("no model with code \"MH9\""), "{err}");
    let err = env.fails(&[
        "pledge", "add", "NV001", "--year", "2026", "--field", "sport", "x",
    ]);
    assert!(err.contains("\"sport\" is not a field"), "{err}");
    env.fails(&[
        "pledge", "add", "NV001", "--year", "26", "--field", "economy", "x",
    ]);
    env.fails(&[
        "pledge", "add", "NV001", "--year", "2026", "--field", "economy", "   ",
    ]);
    assert_eq!(env.db_hash(), before);
}

#[test]
fn list_in_vietnamese_order_with_filters() {
    let env = setup();
    add_model(&env, "MH01");
    add(&env, "NV001", "2026", "Bình một");
    env.ok(&[
        "pledge",
        "add",
        "NV002",
        "--year",
        "2026",
        "--field",
        "political-system",
        "--model",
        "mh01",
        "An  một",
    ]);
    add(&env, "NV002", "2025", "An năm trước");
    add(&env, "NV003", "2026", "Cường một");
    let csv = env.ok(&["--format", "csv", "pledge", "list"]);
    assert_eq!(
        csv,
        "member,year,no,field,model,text,member_name,unit\n\
         NV002,2025,1,economy,,An năm trước,Trần Thị An,Văn phòng\n\
         NV002,2026,1,political-system,MH01,An một,Trần Thị An,Văn phòng\n\
         NV001,2026,1,economy,,Bình một,Nguyễn Văn Bình,Văn phòng\n\
         NV003,2026,1,economy,,Cường một,Lê Văn Cường,Phòng Nghiệp vụ\n"
    );
    let csv = env.ok(&[
        "--format",
        "csv",
        "pledge",
        "list",
        "--year",
        "2026",
        "--unit",
        "van phong",
    ]);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    let csv = env.ok(&[
        "--format",
        "csv",
        "pledge",
        "list",
        "--field",
        "Xây dựng hệ thống chính trị",
    ]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    let csv = env.ok(&["--format", "csv", "pledge", "list", "--member", "NV001"]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    let table = env.ok(&["--lang", "vi", "pledge", "list", "--member", "NV002"]);
    assert!(table.contains("Nội dung đăng ký"), "{table}");
    assert!(table.contains("Xây dựng hệ thống chính trị"), "{table}");
    assert_eq!(
        env.ok(&["--format", "json", "pledge", "list", "--year", "2000"]),
        "[]\n"
    );
    env.fails(&["pledge", "list", "--member", "NV404"]);
}

#[test]
fn edit_and_remove() {
    let env = setup();
    add_model(&env, "MH01");
    add(&env, "NV001", "2026", "Việc một");
    add(&env, "NV001", "2026", "Việc hai");
    env.ok(&[
        "pledge",
        "edit",
        "NV001/2026/2",
        "--text",
        "Việc  hai, sửa",
        "--field",
        "defense-security",
        "--model",
        "MH01",
    ]);
    let csv = env.ok(&["--format", "csv", "pledge", "list"]);
    assert!(
        csv.contains("NV001,2026,2,defense-security,MH01,\"Việc hai, sửa\""),
        "{csv}"
    );
    env.ok(&["pledge", "edit", "NV001/2026/2", "--model", ""]);
    let csv = env.ok(&["--format", "csv", "pledge", "list"]);
    assert!(csv.contains("NV001,2026,2,defense-security,,"), "{csv}");

    let before = env.db_hash();
    let err = env.fails(&["pledge", "edit", "NV001-2026-2", "--text", "x"]);
    assert!(err.contains("MEMBER/YEAR/NO"), "{err}");
    let err = env.fails(&["pledge", "edit", "NV001/2026/9", "--text", "x"]);
    assert!(err.contains("NV001 has no pledge item 9 in 2026"), "{err}");
    assert!(
        err.contains("danvan pledge list --member NV001 --year 2026"),
        "{err}"
    );
    env.fails(&["pledge", "edit", "NV001/2026/1", "--model", "MH9"]);
    env.fails(&["pledge", "remove", "NV001/2026/0"]);
    assert_eq!(env.db_hash(), before);

    // Referred to by two reports: refused, naming the months.
    env.ok(&[
        "report", "add", "NV001", "--month", "2026-09", "--item", "1=done",
    ]);
    env.ok(&[
        "report", "add", "NV001", "--month", "2026-10", "--item", "1=done",
    ]);
    let before = env.db_hash();
    let err = env.fails(&["pledge", "remove", "NV001/2026/1"]);
    assert!(
        err.contains("reports of 2026-09, 2026-10 refer to it"),
        "{err}"
    );
    assert!(
        err.contains("danvan report show NV001 --month 2026-09"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);

    env.ok(&["pledge", "remove", "NV001/2026/2"]);
    let csv = env.ok(&["--format", "csv", "pledge", "list"]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    // The next item takes the number after the highest left.
    assert_eq!(add(&env, "NV001", "2026", "Việc ba"), "NV001/2026/2\n");
    let log = env.ok(&["--format", "csv", "log", "--limit", "20"]);
    assert!(log.contains("pledge remove"), "{log}");
    assert!(log.contains("pledge edit"), "{log}");
}

#[test]
fn missing_pledges_use_the_reference_date() {
    let env = setup();
    add(&env, "NV001", "2026", "Việc một");
    // 2026 is the current year: the reference date is today, and NV003 has left.
    assert_eq!(
        env.ok(&["--format", "csv", "pledge", "missing", "--year", "2026"]),
        "code,name,unit\nNV002,Trần Thị An,Văn phòng\n"
    );
    // 2025: everyone was active on 31 December, nobody pledged.
    assert_eq!(
        env.ok(&["--format", "csv", "pledge", "missing", "--year", "2025"]),
        "code,name,unit\nNV002,Trần Thị An,Văn phòng\nNV001,Nguyễn Văn Bình,Văn phòng\nNV003,Lê Văn Cường,Phòng Nghiệp vụ\n"
    );
    add(&env, "NV002", "2026", "Việc");
    assert_eq!(
        env.ok(&["--format", "csv", "pledge", "missing", "--year", "2026"]),
        "code,name,unit\n"
    );
    assert_eq!(env.ok(&["pledge", "missing", "--year", "2026"]), "");
}

#[test]
fn import_numbers_checks_and_replaces() {
    let env = setup();
    add_model(&env, "MH01");
    add(&env, "NV001", "2026", "Có sẵn");
    let file = env.file(
        "p.csv",
        "member;year;no;field;model;text\r\n\
         NV001;2026;;economy;;Thêm một\r\n\
         NV002;2026;;Kinh tế;mh01;An một\r\n\
         NV001;2026;;culture-society;;Thêm hai\r\n\
         NV002;2026;5;economy;;An năm\r\n\
         NV002;2026;;economy;;An sáu\r\n",
    );
    let before = env.db_hash();
    env.run(&["pledge", "import", &file, "--dry-run"])
        .assert()
        .success()
        .stderr(predicates::str::contains("would add 5"));
    assert_eq!(env.db_hash(), before);
    env.ok(&["pledge", "import", &file]);
    let csv = env.ok(&["--format", "csv", "pledge", "list", "--year", "2026"]);
    assert_eq!(
        csv,
        "member,year,no,field,model,text,member_name,unit\n\
         NV002,2026,1,economy,MH01,An một,Trần Thị An,Văn phòng\n\
         NV002,2026,5,economy,,An năm,Trần Thị An,Văn phòng\n\
         NV002,2026,6,economy,,An sáu,Trần Thị An,Văn phòng\n\
         NV001,2026,1,economy,,Có sẵn,Nguyễn Văn Bình,Văn phòng\n\
         NV001,2026,2,economy,,Thêm một,Nguyễn Văn Bình,Văn phòng\n\
         NV001,2026,3,culture-society,,Thêm hai,Nguyễn Văn Bình,Văn phòng\n"
    );

    // An existing MEMBER/YEAR/NO: an error without --replace, replaced with it.
    let again = env.file(
        "again.csv",
        "member,year,no,field,model,text\nNV001,2026,1,economy,,Sửa lại\n",
    );
    let before = env.db_hash();
    let err = env.fails(&["pledge", "import", &again]);
    assert!(
        err.contains("again.csv:2: NV001/2026/1 already exists"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
    env.run(&["pledge", "import", &again, "--replace"])
        .assert()
        .success()
        .stderr(predicates::str::contains("added 0, replaced 1"));
    let csv = env.ok(&["--format", "csv", "pledge", "list", "--member", "NV001"]);
    assert!(csv.contains("NV001,2026,1,economy,,Sửa lại"), "{csv}");
    let log = env.ok(&["--format", "csv", "log", "--limit", "1"]);
    assert!(log.contains("Có sẵn"), "the before-image is logged: {log}");
}

#[test]
fn import_lists_every_bad_row_and_writes_nothing() {
    let env = setup();
    add(&env, "NV001", "2026", "Có sẵn");
    let file = env.file(
        "bad.csv",
        "member,year,no,field,model,text\n\
         NV001,2026,,economy,,Tốt\n\
         NV404,2026,,economy,,Không ai\n\
         NV001,26,,economy,,Năm sai\n\
         NV001,2026,x,economy,,Số sai\n\
         NV001,2026,,sport,,Lĩnh vực sai\n\
         NV001,2026,,economy,MH9,Mô hình sai\n\
         NV001,2026,,economy,,\n\
         NV003,2027,,economy,,Đã nghỉ\n\
         NV002,2026,1,economy,,Một\n\
         NV002,2026,1,economy,,Một lần nữa\n\
         NV001,2026,1,economy,,Trùng có sẵn\n",
    );
    let before = env.db_hash();
    let err = env.fails(&["pledge", "import", &file]);
    for line in [3, 4, 5, 6, 7, 8, 9, 11, 12] {
        assert!(
            err.contains(&format!("bad.csv:{line}: ")),
            "line {line}: {err}"
        );
    }
    assert!(!err.contains("bad.csv:2:"), "{err}");
    assert!(!err.contains("bad.csv:10:"), "{err}");
    assert!(
        err.contains("field: \"sport\" is not a field; use one of: economy"),
        "{err}"
    );
    assert!(err.contains("9 bad rows"), "{err}");
    assert_eq!(env.db_hash(), before);
    let err = env.fails(&["pledge", "import", &env.file("h.csv", "member,year,what\n")]);
    assert!(err.contains("not a known column"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn import_from_stdin() {
    let env = setup();
    env.run(&["pledge", "import", "-"])
        .write_stdin("member,year,field,text\nNV001,2026,economy,Từ stdin\n")
        .assert()
        .success();
    let csv = env.ok(&["--format", "csv", "pledge", "list"]);
    assert!(csv.contains("NV001,2026,1,economy,,Từ stdin"), "{csv}");
}

#[test]
fn export_then_import_gives_the_same_bytes() {
    let env = setup();
    add_model(&env, "MH01");
    add(&env, "NV001", "2026", "Việc \"một\", có dấu phẩy");
    add(&env, "NV001", "2025", "=1+1 không phải công thức");
    env.ok(&[
        "pledge",
        "add",
        "NV002",
        "--year",
        "2026",
        "--field",
        "economy",
        "--model",
        "MH01",
        "Có mô hình",
    ]);
    add(&env, "NV003", "2026", "Trước khi nghỉ");
    add(&env, "NV003", "2026", "Việc hai");
    env.ok(&["pledge", "remove", "NV003/2026/1"]);
    let members = env.ok(&["export", "members"]);
    let pledges = env.ok(&["export", "pledges"]);
    assert!(pledges.starts_with("member,year,no,field,model,text,member_name,unit\n"));

    let copy = Env::new();
    add_model(&copy, "MH01");
    let m = copy.file("m.csv", &members);
    copy.ok(&["member", "import", &m]);
    let p = copy.file("p.csv", &pledges);
    copy.ok(&["pledge", "import", &p]);
    assert_eq!(copy.ok(&["export", "pledges"]), pledges);
    assert!(pledges.contains("NV003,2026,2,"), "gaps survive: {pledges}");

    assert_eq!(
        env.ok(&["export", "pledges", "--year", "2025"]),
        "member,year,no,field,model,text,member_name,unit\n\
         NV001,2025,1,economy,,=1+1 không phải công thức,Nguyễn Văn Bình,Văn phòng\n"
    );
    let json = env.ok(&["export", "pledges", "--format", "json", "--year", "2025"]);
    assert!(
        json.contains("\"member_name\":\"Nguyễn Văn Bình\""),
        "{json}"
    );
}
