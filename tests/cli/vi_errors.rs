//! Errors that were English in every language (issue #16): the schema's
//! differences, `check`'s findings, an import's code or unit that names
//! nothing, and the column before a cell's problem. Each is run in English
//! (`Env::fails` then runs it with `--lang vi` and sees no English line
//! left) and its Vietnamese words are asserted here.

use rusqlite::Connection;

use crate::common::{Env, hash_database};

/// Change the file behind danvan's back, as `sqlite3` would.
fn tamper(env: &Env, sql: &str) {
    let conn = Connection::open(&env.db).expect("open db");
    conn.execute_batch(sql).expect("tamper");
    drop(conn);
    hash_database(&env.db);
}

/// `danvan --lang vi ARGS`, which must fail with status 1; its stderr.
fn fails_vi(env: &Env, args: &[&str]) -> String {
    let mut all = vec!["--lang", "vi"];
    all.extend_from_slice(args);
    let out = env.run(&all).output().expect("run");
    assert_eq!(out.status.code(), Some(1), "danvan {all:?}");
    String::from_utf8(out.stderr).expect("utf-8 stderr")
}

fn member(env: &Env, code: &str, name: &str, unit: &str) {
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
}

#[test]
fn a_schema_danvan_did_not_make_is_refused_in_both_languages() {
    let env = Env::new();
    member(&env, "M1", "Lê Văn An", "Văn phòng");
    tamper(
        &env,
        "CREATE INDEX extra_names ON members(name);
         CREATE VIEW extra_view AS SELECT 1;
         DROP INDEX reports_month;",
    );
    let before = env.db_hash();
    let en = env.fails(&["member", "list"]);
    for line in [
        "has a schema that danvan did not make; it was left untouched:",
        "\n  foreign index extra_names on members\n",
        "\n  foreign view extra_view\n",
        "\n  missing index reports_month\n",
    ] {
        assert!(en.contains(line), "missing {line:?} in {en}");
    }
    let vi = fails_vi(&env, &["member", "list"]);
    for line in [
        "có cấu trúc (schema) không do danvan tạo ra; tệp được giữ nguyên:",
        "\n  chỉ mục (index) \"extra_names\" trên bảng \"members\" không do danvan tạo ra\n",
        "\n  khung nhìn (view) \"extra_view\" không do danvan tạo ra\n",
        "\n  thiếu chỉ mục (index) \"reports_month\"\n",
    ] {
        assert!(vi.contains(line), "missing {line:?} in {vi}");
    }
    assert_eq!(env.db_hash(), before);
}

#[test]
fn check_names_its_findings_in_both_languages() {
    let env = Env::new();
    member(&env, "M1", "Lê Văn An", "Văn phòng");
    env.ok(&[
        "pledge",
        "add",
        "M1",
        "--year",
        "2026",
        "--field",
        "economy",
        "Việc một",
    ]);
    tamper(
        &env,
        "PRAGMA ignore_check_constraints = ON;
         UPDATE members SET joined = 'hôm qua', roles = 'cadre|boss' WHERE code = 'M1';
         INSERT INTO reports (id, member_id, month, submitted_on) VALUES (1, 1, '2026-03', '2026-04-01');
         INSERT INTO report_items (report_id, item_id, status) VALUES (1, 1, 'maybe');
         INSERT INTO models (code, name, field, level, started)
             VALUES ('MH1', 'Mô hình', 'sport', 'galaxy', 2025);
         INSERT INTO reports (id, member_id, month, submitted_on) VALUES (2, 1, '2026-13', '2026-04-01');
         INSERT INTO evaluations (kind, subject, year, rating) VALUES ('member', 'M1', 2025, 'superb');",
    );
    let before = env.db_hash();
    let en = env.fails(&["check"]);
    for line in [
        "CHECK constraint failed in models",
        "member M1: joined \"hôm qua\" is not a date (YYYY-MM-DD)",
        "member M1: roles \"cadre|boss\" is not a set of roles (cadre,",
        "model MH1: field \"sport\" is not a field (economy,",
        "model MH1: level \"galaxy\" is not a model level (grassroots,",
        "report M1 2026-03, item 1: status \"maybe\" is not a report status (done, in-progress, not-done)",
        "report M1 2026-13: month \"2026-13\" is not a month (YYYY-MM)",
        "evaluation member M1 2025: rating \"superb\" is not a rating (",
    ] {
        assert!(en.contains(line), "missing {line:?} in {en}");
    }
    let vi = fails_vi(&env, &["check"]);
    assert!(
        vi.starts_with("lỗi: ") && vi.contains("bị hỏng hoặc đã bị sửa ngoài danvan:\n"),
        "{vi}"
    );
    for line in [
        "có giá trị vi phạm ràng buộc CHECK trong bảng \"models\"",
        "thành viên M1: cột joined có giá trị \"hôm qua\", không phải là một ngày (YYYY-MM-DD)",
        "thành viên M1: cột roles có giá trị \"cadre|boss\", không phải là một tập vai trò (mã: cadre,",
        "mô hình MH1: cột field có giá trị \"sport\", không phải là lĩnh vực hợp lệ (mã: economy,",
        "mô hình MH1: cột level có giá trị \"galaxy\", không phải là cấp mô hình hợp lệ (mã: grassroots,",
        "báo cáo M1 tháng 3/2026, việc 1: cột status có giá trị \"maybe\", không phải là trạng thái báo cáo hợp lệ (mã: done, in-progress, not-done)",
        "báo cáo M1 2026-13: cột month có giá trị \"2026-13\", không phải là một tháng (YYYY-MM)",
        "đánh giá thành viên M1 năm 2025: cột rating có giá trị \"superb\", không phải là mức xếp loại hợp lệ (mã: ",
    ] {
        assert!(vi.contains(line), "missing {line:?} in {vi}");
    }
    assert_eq!(env.db_hash(), before);
}

#[test]
fn check_counts_the_bad_values_past_the_first_twenty_and_names_the_schema() {
    let env = Env::new();
    for i in 1..=22 {
        member(&env, &format!("M{i:02}"), "Lê Văn An", "Văn phòng");
    }
    tamper(
        &env,
        "PRAGMA ignore_check_constraints = ON;
         UPDATE members SET left_on = 'sau';
         CREATE INDEX extra_names ON members(name);",
    );
    let en = env.fails(&["check"]);
    assert!(
        en.contains("\nschema: foreign index extra_names on members\n"),
        "{en}"
    );
    assert!(
        en.contains("member M20: left_on \"sau\" is not a date"),
        "{en}"
    );
    assert!(!en.contains("member M21:"), "{en}");
    assert!(en.contains("\n… and 2 more in members.left_on\n"), "{en}");
    let vi = fails_vi(&env, &["check"]);
    assert!(
        vi.contains(
            "\ncấu trúc: chỉ mục (index) \"extra_names\" trên bảng \"members\" không do danvan tạo ra\n"
        ),
        "{vi}"
    );
    assert!(
        vi.contains("\n… và 2 giá trị nữa trong members.left_on\n"),
        "{vi}"
    );
}

#[test]
fn an_import_naming_no_member_or_unit_says_so_in_both_languages() {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn An", "Văn phòng Sở");
    let before = env.db_hash();
    let bad = env.file(
        "bad.csv",
        "kind,subject,year,rating,exemplary,note\n\
         member,NV999,2025,good,,\n\
         unit,Phòng Ma,2025,good,,\n",
    );
    let en = env.fails(&["evaluate", "import", &bad]);
    assert!(
        en.contains("bad.csv:2: there is no member with code \"NV999\"\n"),
        "{en}"
    );
    assert!(
        en.contains(
            "bad.csv:3: there is no unit \"Phòng Ma\": no member belongs to it, nor ever did\n"
        ),
        "{en}"
    );
    let vi = fails_vi(&env, &["evaluate", "import", &bad]);
    assert!(
        vi.contains("bad.csv:2: không có thành viên nào mang mã \"NV999\"\n"),
        "{vi}"
    );
    assert!(
        vi.contains(
            "bad.csv:3: không có đơn vị \"Phòng Ma\": chưa từng có thành viên nào thuộc đơn vị này\n"
        ),
        "{vi}"
    );

    let discipline = env.file(
        "ky-luat.csv",
        "Mã thành viên,Năm,Hình thức kỷ luật\nNV999,2025,warning\n",
    );
    let en = env.fails(&["discipline", "import", &discipline]);
    assert!(
        en.contains("ky-luat.csv:2: there is no member with code \"NV999\""),
        "{en}"
    );
    let vi = fails_vi(&env, &["discipline", "import", &discipline]);
    assert!(
        vi.contains("ky-luat.csv:2: không có thành viên nào mang mã \"NV999\""),
        "{vi}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn a_cells_problem_is_led_by_its_column_heading_in_vietnamese() {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn An", "Văn phòng Sở");
    env.ok(&[
        "pledge",
        "add",
        "NV001",
        "--year",
        "2026",
        "--field",
        "economy",
        "Việc một",
    ]);
    let before = env.db_hash();
    let cases: [(&str, &str, &[&str], &str, &str); 4] = [
        (
            "danh-gia.csv",
            "kind,subject,year,rating,exemplary,note\nmember,NV001,2025,tuyệt,,\n",
            &["evaluate", "import"],
            ":2: rating: \"tuyệt\" is not a rating",
            ":2: Xếp loại: \"tuyệt\" không phải là mức xếp loại hợp lệ",
        ),
        (
            "danh-gia-nam.csv",
            "kind,subject,year,rating,exemplary,note\nmember,NV001,26,good,,\n",
            &["evaluate", "import"],
            ":2: year: \"26\" is not a year",
            ":2: Năm: \"26\"",
        ),
        (
            "dang-ky.csv",
            "member,year,no,field,model,text\nNV001,2027,,kinh doanh,,Việc hai\n",
            &["pledge", "import"],
            ":2: field: \"kinh doanh\" is not a field",
            ":2: Lĩnh vực: \"kinh doanh\"",
        ),
        (
            "bao-cao.csv",
            "member,month,item,status,note,submitted_on\nNV001,2026-10,1,finished,,\n",
            &["report", "import"],
            ":2: status: \"finished\" is not a report status",
            ":2: Kết quả: \"finished\"",
        ),
    ];
    for (name, text, command, english, vietnamese) in cases {
        let file = env.file(name, text);
        let mut args = command.to_vec();
        args.push(&file);
        let en = env.fails(&args);
        assert!(en.contains(english), "{args:?}: {en}");
        let vi = fails_vi(&env, &args);
        assert!(vi.contains(vietnamese), "{args:?}: {vi}");
    }
    assert_eq!(env.db_hash(), before);
}

#[test]
fn a_workbook_cell_holding_an_error_is_named_in_both_languages() {
    let env = Env::new();
    let path = env.dir.path().join("ds.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, heading) in ["code", "name", "unit", "roles", "joined"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *heading).expect("write");
    }
    sheet.write_string(1, 0, "NV001").expect("write");
    sheet
        .write_formula(
            1,
            1,
            rust_xlsxwriter::Formula::new("=1/0").set_result("#DIV/0!"),
        )
        .expect("write");
    book.save(&path).expect("save");
    let file = path.display().to_string();
    let before = env.db_hash();
    let en = env.fails(&["member", "import", &file]);
    assert!(
        en.contains(":2: cell B2 holds the spreadsheet error #DIV/0!; correct it"),
        "{en}"
    );
    let vi = fails_vi(&env, &["member", "import", &file]);
    assert!(
        vi.contains(":2: ô B2 đang chứa lỗi của bảng tính #DIV/0!; hãy sửa ô này"),
        "{vi}"
    );
    assert_eq!(env.db_hash(), before);
}

/// `completions` to a full disk: the stream's failure with its hint, in
/// both languages.
#[cfg(unix)]
#[test]
fn completions_to_a_full_disk_fail_in_the_language() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let env = Env::empty();
    for (lang, message, hint) in [
        (
            "en",
            "error: cannot write to standard output: ",
            "\nhint: check the disk",
        ),
        (
            "vi",
            "lỗi: không ghi được ra đầu ra chuẩn (stdout): ",
            "\ngợi ý: kiểm tra ổ đĩa",
        ),
    ] {
        let out = env
            .spawnable(&["--lang", lang, "completions", "bash"])
            .stdout(full.try_clone().expect("clone"))
            .output()
            .expect("run");
        let err = String::from_utf8(out.stderr).expect("utf-8 stderr");
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.starts_with(message) && err.contains(hint), "{err}");
    }
}

/// The Vietnamese heading `import-keyed` puts before a cell's problem is
/// the label an import layout gives that key, so the clerk finds the
/// column on the sheet (the catalogue names them one by one).
#[test]
fn the_heading_before_a_cells_problem_is_a_layouts_label() {
    use danvan::i18n::{Lang, Msg};
    let layouts = [
        &danvan::member::LAYOUT,
        &danvan::model::LAYOUT,
        &danvan::pledge::LAYOUT,
        &danvan::report::LAYOUT,
        &danvan::evaluation::LAYOUT,
        &danvan::discipline::LAYOUT,
        &danvan::initiative::LAYOUT,
        &danvan::award::LAYOUT,
    ];
    let mut named = 0;
    for layout in layouts {
        for column in layout.columns {
            let key = column.key();
            let shown = Msg::new("import-keyed")
                .arg("key", key)
                .arg("problem", "…")
                .text(Lang::Vi);
            let heading = shown.strip_suffix(": …").expect("a heading");
            assert_eq!(
                Msg::new("import-keyed")
                    .arg("key", key)
                    .arg("problem", "…")
                    .text(Lang::En),
                format!("{key}: …")
            );
            if heading == key {
                continue;
            }
            named += 1;
            let labels: Vec<&str> = layouts
                .iter()
                .flat_map(|l| l.columns.iter())
                .filter(|c| c.key() == key)
                .map(|c| c.label(Lang::Vi))
                .collect();
            assert!(
                labels.contains(&heading),
                "{key}: {heading:?} is none of {labels:?}"
            );
        }
    }
    assert!(named > 20, "{named}");
}
