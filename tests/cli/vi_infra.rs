//! The file, the undo, dates, vocabularies and imports in Vietnamese: each
//! error path with `--lang vi` says its message and hint in Vietnamese.

use crate::common::Env;

#[test]
fn an_import_refused_for_its_bad_rows_in_vietnamese() {
    let env = Env::new();
    env.ok(&["member", "add", "OLD1", "--name", "Đặng Thị Cũ"]);
    let before = env.db_hash();
    let file = env.file(
        "bad.csv",
        "code,name,joined,roles\n\
         A1,Nguyễn Văn Một,2020-01-01,\n\
         A1,Lê Văn Lặp,2020-01-01,\n\
         OLD1,Đặng Thị Cũ,2020-01-01,\n\
         A5,Hồ Văn Năm,2020-01-01\n\
         A6,Hồ Văn Sáu,2020-01-01,\0\n",
    );
    let err = env.fails(&["--lang", "vi", "member", "import", &file]);
    for expected in [
        "bad.csv:5: dòng có 3 ô trong khi dòng tên cột có 4 ô; kiểm tra xem có dấu phân cách thừa hoặc thiếu dấu ngoặc kép không\n",
        "bad.csv:6: cột 4: ô chứa ký tự NUL; hãy xóa ký tự đó\n",
        "; thêm --replace để ghi đè\n",
        "\n4 dòng có lỗi trong tệp thành viên; chưa nhập dòng nào\n",
        "gợi ý: sửa các dòng này rồi nhập lại tệp (thêm --dry-run để kiểm tra mà không ghi gì)\n",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in {err}");
    }
    assert!(err.starts_with("lỗi: "), "{err}");
    assert_eq!(env.db_hash(), before);

    // English, unchanged, and one bad row is "1 bad row".
    let one = env.file("one.csv", "code,name,joined\nA1,X\0Y,2020-01-01\n");
    let en = env.fails(&["member", "import", &one]);
    assert!(
        en.contains("one.csv:2: column 2: the cell holds a NUL byte; remove it\n1 bad row in the members file; nothing was imported\n"),
        "{en}"
    );
    assert!(
        en.contains(
            "hint: correct these rows and import the file again (--dry-run checks without writing)"
        ),
        "{en}"
    );
}

#[test]
fn a_refusal_below_title_rows_says_where_the_header_was() {
    let env = Env::new();
    let file = env.file(
        "titles.csv",
        "DANH SÁCH THÀNH VIÊN\n\ncode,name,joined\nA1,X\0Y,2020-01-01\n",
    );
    let err = env.fails(&["--lang", "vi", "member", "import", &file]);
    assert!(
        err.contains(
            "1 dòng có lỗi trong tệp thành viên; chưa nhập dòng nào\n(dòng tên cột lấy ở "
        ),
        "{err}"
    );
    assert!(
        err.contains("titles.csv:3; các dòng phía trên được bỏ qua vì là dòng tiêu đề)"),
        "{err}"
    );
}

#[test]
fn a_value_outside_a_vocabulary_lists_the_vietnamese_labels() {
    let env = Env::new();
    let before = env.db_hash();
    let vi = env.fails(&[
        "--lang",
        "vi",
        "member",
        "add",
        "A1",
        "--name",
        "X",
        "--role",
        "giám đốc",
    ]);
    assert!(
        vi.contains("\"giám đốc\" không phải là vai trò hợp lệ"),
        "{vi}"
    );
    assert!(
        vi.contains("gợi ý: hãy dùng một trong các giá trị: Cán bộ; Đảng viên; Công chức; Viên chức; Người lao động; Đoàn viên, hội viên (hoặc mã: cadre, party-member, civil-servant, public-employee, worker, union-member)"),
        "{vi}"
    );
    let en = env.fails(&["member", "add", "A1", "--name", "X", "--role", "giám đốc"]);
    assert!(en.contains("\"giám đốc\" is not a role\n\nhint: use one of: cadre, party-member, civil-servant, public-employee, worker, union-member (or the Vietnamese label)\n"), "{en}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn dates_and_months_typed_wrong_in_vietnamese() {
    let env = Env::new();
    let before = env.db_hash();
    let day = env.fails(&[
        "--lang",
        "vi",
        "member",
        "add",
        "A1",
        "--name",
        "X",
        "--joined",
        "31/02/2026",
    ]);
    assert!(
        day.contains("\"31/02/2026\" không phải là ngày: tháng 2 năm 2026 không có ngày 31"),
        "{day}"
    );
    let month = env.fails(&["--lang", "vi", "report", "list", "--month", "2026-13"]);
    assert!(
        month.contains("\"2026-13\" không phải là tháng: không có tháng 13"),
        "{month}"
    );
    assert!(
        month.contains("gợi ý: tháng chỉ từ 01 đến 12, ví dụ 03/2026"),
        "{month}"
    );
    let not_a_month = env.fails(&["--lang", "vi", "report", "list", "--month", "mười hai"]);
    assert!(
        not_a_month.contains("\"mười hai\" không phải là tháng"),
        "{not_a_month}"
    );
    let year = env.fails(&["--lang", "vi", "pledge", "list", "--year", "26"]);
    assert!(
        year.contains("\"26\" không phải là năm: hãy viết đủ bốn chữ số, ví dụ 2026"),
        "{year}"
    );
    let (code, _, err) = {
        let out = env
            .run(&["--lang", "vi", "member", "list"])
            .env("DANVAN_TODAY", "hôm nay")
            .output()
            .expect("run");
        (
            out.status.code(),
            String::from_utf8(out.stdout).expect("utf-8"),
            String::from_utf8(out.stderr).expect("utf-8"),
        )
    };
    assert_eq!(code, Some(1));
    assert!(
        err.contains("DANVAN_TODAY=\"hôm nay\" không phải là ngày"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: hãy đặt theo dạng YYYY-MM-DD, hoặc bỏ biến này để dùng ngày của máy"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn an_undo_refused_in_vietnamese() {
    let env = Env::new();
    let nothing = env.fails(&["--lang", "vi", "undo"]);
    assert_eq!(
        nothing,
        "lỗi: không còn thay đổi nào để hoàn tác\n\
         gợi ý: xem các thay đổi và những thay đổi đã hoàn tác bằng `danvan log`\n"
    );
    env.ok(&["member", "add", "A1", "--name", "An"]);
    env.ok(&["undo"]);
    let hash = env.db_hash();
    let again = env.fails(&["--lang", "vi", "undo", "1"]);
    assert!(
        again.starts_with("lỗi: thay đổi số 1 đã được hoàn tác bởi thay đổi số 2\n"),
        "{again}"
    );
    let undo_of = env.fails(&["--lang", "vi", "undo", "2"]);
    assert!(
        undo_of.contains("thay đổi số 2 chính là lần hoàn tác thay đổi số 1"),
        "{undo_of}"
    );
    assert!(
        undo_of.contains("gợi ý: muốn đổi lại việc thay đổi số 1 đã làm, hãy chạy lại lệnh đó"),
        "{undo_of}"
    );
    let none = env.fails(&["--lang", "vi", "undo", "99"]);
    assert!(
        none.starts_with("lỗi: không có thay đổi số 99 nào có thể hoàn tác\n"),
        "{none}"
    );
    let en = env.fails(&["undo", "99"]);
    assert_eq!(
        en,
        "error: there is no change 99 that can be undone\n\
         hint: see the changes and which are undone with `danvan log`\n"
    );
    assert_eq!(env.db_hash(), hash);
}

#[test]
fn a_header_that_names_no_column_in_vietnamese() {
    let env = Env::new();
    let before = env.db_hash();
    let file = env.file(
        "extra.csv",
        "code,name,joined,birthday\nA1,X,2020-01-01,1990\n",
    );
    let err = env.fails(&["--lang", "vi", "member", "import", &file]);
    assert!(
        err.contains("extra.csv:1: cột 4 (\"birthday\") không phải là cột nào đã biết\n"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: các cột gồm (mã cột, rồi các tên cột được chấp nhận"),
        "{err}"
    );
    assert!(
        err.contains("code (Mã / Mã thành viên / Mã cán bộ, bắt buộc)")
            && !err.contains("required"),
        "{err}"
    );
    let missing = env.file("noname.csv", "code,joined\nA1,2020-01-01\n");
    let err = env.fails(&["--lang", "vi", "member", "import", &missing]);
    assert!(
        err.contains("noname.csv:1: thiếu cột bắt buộc \"Họ và tên\""),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn a_file_that_is_no_import_file_in_vietnamese() {
    let env = Env::new();
    let before = env.db_hash();
    let pdf = env.file("members.csv", "%PDF-1.7\n");
    let err = env.fails(&["--lang", "vi", "member", "import", &pdf]);
    assert!(
        err.contains("là một tài liệu PDF, không phải danh sách thành viên\n"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: hãy nhập danh sách thành viên dưới dạng CSV UTF-8"),
        "{err}"
    );
    let empty = env.file("empty.csv", "");
    let err = env.fails(&["--lang", "vi", "member", "import", &empty]);
    assert!(
        err.contains("empty.csv:1: tệp trống: không có dòng tên cột\n"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: dòng đầu tiên ghi tên các cột, ví dụ: code,"),
        "{err}"
    );
    let err = env.fails(&["--lang", "vi", "member", "import", "nowhere.csv"]);
    assert!(
        err.starts_with("lỗi: không đọc được nowhere.csv: "),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: hãy kiểm tra tên tệp và quyền đọc tệp\n"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

/// `danvan --lang vi --db DB ARGS`: its exit status and standard error.
fn on_db(env: &Env, db: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = env
        .bare(crate::common::TODAY)
        .args(["--lang", "vi", "--db", db])
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn a_database_file_that_cannot_be_used_in_vietnamese() {
    let env = Env::new();
    let dir = env.db.with_file_name("thu-muc");
    std::fs::create_dir(&dir).expect("mkdir");
    let (code, err) = on_db(&env, &dir.display().to_string(), &["member", "list"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("là một thư mục, không phải tệp cơ sở dữ liệu\n"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: hãy chỉ đường dẫn tới một tệp bằng --db\n"),
        "{err}"
    );
    let junk = env.file(
        "rac.db",
        "đây không phải cơ sở dữ liệu, chỉ là chữ ".repeat(200),
    );
    let (code, err) = on_db(&env, &junk, &["member", "list"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "không phải là cơ sở dữ liệu danvan: đây không phải tệp SQLite, hoặc tệp đã hỏng"
        ),
        "{err}"
    );
    assert!(err.contains("gợi ý: hãy kiểm tra đường dẫn --db;"), "{err}");
}

#[test]
fn a_sheet_that_is_not_there_in_vietnamese() {
    let env = Env::new();
    let before = env.db_hash();
    let file = crate::common::fixture("members.ods");
    let err = env.fails(&[
        "--lang",
        "vi",
        "member",
        "import",
        &file,
        "--sheet",
        "Năm 2025",
    ]);
    assert!(
        err.contains(": không có trang tính nào tên là \"Năm 2025\"\n"),
        "{err}"
    );
    assert!(err.contains("gợi ý: các trang tính hiện có: \""), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn a_setting_and_a_file_to_write_refused_in_vietnamese() {
    let env = Env::new();
    let before = env.db_hash();
    let err = env.fails(&["--lang", "vi", "setting", "set", "ldtt_min_months", "hai"]);
    assert!(
        err.starts_with("lỗi: ldtt_min_months phải là một số nguyên từ "),
        "{err}"
    );
    assert!(err.contains("gợi ý: giá trị mặc định là "), "{err}");
    let err = env.fails(&["--lang", "vi", "setting", "set", "khong-co", "x"]);
    assert!(
        err.contains("\"khong-co\" không phải là một thiết lập")
            && err.contains("các thiết lập là: organisation"),
        "{err}"
    );
    let dir = env.dir.path().display().to_string();
    let err = env.fails(&["--lang", "vi", "export", "members", "--output", &dir]);
    assert!(err.contains(&format!("{dir} là một thư mục")), "{err}");
    assert!(
        err.contains("gợi ý: hãy ghi một tên tệp, chẳng hạn một tên bên trong thư mục đó"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
    // English, as before.
    let err = env.fails(&["setting", "set", "khong-co", "x"]);
    assert!(
        err.contains("\"khong-co\" is not a setting")
            && err.contains("the settings are: organisation"),
        "{err}"
    );
}

#[test]
fn a_missing_or_empty_database_in_vietnamese_names_the_command() {
    let env = Env::new();
    let missing = env.db.with_file_name("chua-co.db");
    let (code, err) = on_db(&env, &missing.display().to_string(), &["member", "list"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.starts_with(&format!(
            "lỗi: không có cơ sở dữ liệu nào ở {}\ngợi ý: hãy tạo bằng `danvan --db ",
            missing.display()
        )),
        "{err}"
    );
    assert!(err.contains(" init`, hoặc chỉ --db / DANVAN_DB"), "{err}");
    assert!(!missing.exists());
    let empty = env.file("trong.db", "");
    let (code, err) = on_db(&env, &empty, &["member", "list"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(
            "đang trống: chưa phải là cơ sở dữ liệu danvan\ngợi ý: hãy khởi tạo bằng `danvan --db "
        ),
        "{err}"
    );
    assert_eq!(std::fs::metadata(&empty).expect("still there").len(), 0);
}
