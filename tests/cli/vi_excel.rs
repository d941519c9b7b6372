//! `--excel --lang vi`: CSV as a Vietnamese spreadsheet reads it — the
//! columns' Vietnamese labels, vocabulary labels, `có`/`không`, decimal
//! commas, split on `;` — that imports back to the same records; plain CSV
//! and JSON keep the keys and codes for scripts.

use crate::common::Env;

/// The kinds with both an export and an import, in the order a fresh
/// database takes them (members before what refers to them), with the
/// group whose `import` reads them.
const KINDS: &[(&str, &str)] = &[
    ("members", "member"),
    ("models", "model"),
    ("pledges", "pledge"),
    ("reports", "report"),
    ("evaluations", "evaluate"),
    ("initiatives", "initiative"),
    ("disciplines", "discipline"),
    ("awards", "award"),
];

/// The demo's database: every kind of record, several years of them.
fn demo() -> Env {
    let env = Env::empty();
    env.ok(&["demo"]);
    env
}

/// `export KIND --excel --lang vi`, as text without its byte-order mark.
fn vi_excel(env: &Env, kind: &str) -> String {
    let out = env.ok(&["--lang", "vi", "export", kind, "--excel"]);
    out.strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no byte-order mark: {out}"))
        .to_string()
}

fn header(text: &str) -> &str {
    text.split("\r\n").next().unwrap_or_default()
}

#[test]
fn the_header_is_the_vietnamese_labels_split_on_semicolons() {
    let env = demo();
    let members = vi_excel(&env, "members");
    assert_eq!(
        header(&members),
        "Mã;Họ và tên;Đơn vị;Vai trò;Ngày vào;Ngày thôi;Email;Điện thoại;Ghi chú"
    );
    assert!(members.ends_with("\r\n"), "{members}");
    assert_eq!(
        header(&vi_excel(&env, "reports")),
        "Mã thành viên;Tháng;Việc số;Kết quả;Ghi chú;Ngày nộp;Họ và tên;Đơn vị"
    );
    assert_eq!(
        header(&vi_excel(&env, "evaluations")),
        "Loại;Đối tượng;Năm;Xếp loại;Điển hình;Ghi chú;Tên"
    );
}

#[test]
fn vocabulary_cells_are_vietnamese_labels() {
    let env = demo();
    let members = vi_excel(&env, "members");
    assert!(members.contains(";Đảng viên"), "{members}");
    assert!(!members.contains("party-member"), "{members}");
    let models = vi_excel(&env, "models");
    assert!(models.contains(";Văn hóa - xã hội;"), "{models}");
    assert!(models.contains(";Cấp cơ sở;"), "{models}");
    let reports = vi_excel(&env, "reports");
    assert!(reports.contains(";Đã làm;"), "{reports}");
    assert!(reports.contains(";Đang làm;"), "{reports}");
    assert!(!reports.contains(";done;"), "{reports}");
    let evaluations = vi_excel(&env, "evaluations");
    assert!(
        evaluations.contains("Cá nhân;") && evaluations.contains("Tập thể;"),
        "{evaluations}"
    );
    assert!(
        evaluations.contains(";Hoàn thành tốt nhiệm vụ;"),
        "{evaluations}"
    );
    assert!(
        evaluations.contains(";có;") && evaluations.contains(";không;"),
        "{evaluations}"
    );
    assert!(!evaluations.contains(";false;"), "{evaluations}");
    let awards = vi_excel(&env, "awards");
    assert!(awards.contains(";Lao động tiên tiến;Cá nhân;"), "{awards}");
    let disciplines = vi_excel(&env, "disciplines");
    assert!(disciplines.contains(";Khiển trách;"), "{disciplines}");
    // Dates stay ISO: every spreadsheet reads them as dates.
    assert!(members.contains(";2024-10-01;"), "{members}");
}

#[test]
fn rates_have_a_decimal_comma() {
    let env = demo();
    let out = env.ok(&[
        "--lang", "vi", "export", "summary", "--from", "2024", "--to", "2025", "--excel",
    ]);
    let text = out.strip_prefix('\u{feff}').expect("byte-order mark");
    assert!(text.starts_with("Chỉ tiêu;2024;2025;Tổng\r\n"), "{text}");
    let rate = text
        .lines()
        .find(|l| l.starts_with("Tỷ lệ nộp báo cáo;"))
        .unwrap_or_else(|| panic!("no reporting rate: {text}"));
    let cells: Vec<&str> = rate.trim_end().split(';').collect();
    assert_eq!(cells.len(), 4, "{rate}");
    for cell in &cells[1..] {
        let (whole, tenth) = cell.split_once(',').unwrap_or_else(|| panic!("{rate}"));
        assert!(whole.parse::<u32>().is_ok() && tenth.len() == 1, "{rate}");
    }
    // Counts stay whole numbers.
    assert!(text.contains("\r\nSố thành viên;"), "{text}");
    // With `,` as the delimiter, a cell holding a decimal comma is quoted.
    let comma = env.ok(&[
        "--lang",
        "vi",
        "export",
        "summary",
        "--from",
        "2024",
        "--to",
        "2025",
        "--excel",
        "--delimiter",
        ",",
    ]);
    assert!(comma.contains("\r\nTỷ lệ đăng ký,\"100,0\","), "{comma}");
}

#[test]
fn every_kind_imports_back_to_the_same_records() {
    let env = demo();
    let copy = Env::new();
    let mut exported = Vec::new();
    for (kind, group) in KINDS {
        let path = env.dir.path().join(format!("{kind}-vi.csv"));
        let path = path.display().to_string();
        env.ok(&["--lang", "vi", "export", kind, "--excel", "--output", &path]);
        let bytes = std::fs::read(&path).expect("export file");
        copy.ok(&["--lang", "vi", group, "import", &path]);
        exported.push(bytes);
    }
    for ((kind, _), first) in KINDS.iter().zip(exported) {
        assert_eq!(
            copy.ok(&["export", kind]),
            env.ok(&["export", kind]),
            "{kind}: the records differ after the round trip"
        );
        let again = copy
            .run(&["--lang", "vi", "export", kind, "--excel"])
            .output()
            .expect("export again");
        assert_eq!(
            String::from_utf8_lossy(&again.stdout),
            String::from_utf8_lossy(&first),
            "{kind}: export, import, export gives other bytes"
        );
    }
}

#[test]
fn plain_csv_json_and_english_excel_keep_the_codes() {
    let env = demo();
    let plain = env.ok(&["--lang", "vi", "export", "members"]);
    assert!(plain.starts_with("code,name,unit,roles,joined,"), "{plain}");
    assert!(plain.contains("party-member"), "{plain}");
    let reports = env.ok(&["--lang", "vi", "export", "reports", "--format", "csv"]);
    assert!(
        reports.starts_with("member,month,item,status,"),
        "{reports}"
    );
    assert!(reports.contains(",done,"), "{reports}");
    let json = env.ok(&["--lang", "vi", "export", "evaluations", "--format", "json"]);
    assert!(json.contains("\"rating\":\"good\""), "{json}");
    assert!(json.contains("\"exemplary\":false"), "{json}");
    let english = env.ok(&["--lang", "en", "export", "members", "--excel"]);
    assert!(
        english.starts_with("\u{feff}code,name,unit,roles,"),
        "{english}"
    );
    assert!(english.contains("party-member"), "{english}");
    let summary = env.ok(&[
        "--lang", "vi", "--format", "csv", "export", "summary", "--from", "2025", "--to", "2025",
    ]);
    assert!(summary.contains("\nregistration_rate,100.0,"), "{summary}");
}

/// Run expecting exit status 1; return standard error.
fn fails_vi(env: &Env, args: &[&str]) -> String {
    let mut all = vec!["--lang", "vi"];
    all.extend_from_slice(args);
    env.fails(&all)
}

#[test]
fn export_shape_errors_are_vietnamese() {
    let env = demo();
    let before = env.db_hash();
    let err = fails_vi(&env, &["--format", "table", "export", "members"]);
    assert!(
        err.contains("lỗi: lệnh export ghi dữ liệu dạng CSV hoặc JSON, không in thành bảng"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: dùng --format csv (mặc định) hoặc --format json"),
        "{err}"
    );
    let err = fails_vi(&env, &["--format", "json", "export", "members", "--excel"]);
    assert!(
        err.contains("--excel chỉ dùng cho tệp CSV, không áp dụng cho JSON hay bảng"),
        "{err}"
    );
    let err = fails_vi(
        &env,
        &["export", "members", "--excel", "--output", "a.xlsx"],
    );
    assert!(
        err.contains("--excel và --delimiter chỉ dùng cho tệp CSV; tệp .xlsx đã là bảng tính"),
        "{err}"
    );
    assert!(!env.dir.path().join("a.xlsx").exists());
    let err = fails_vi(&env, &["export", "members", "--output", "a.ods"]);
    assert!(
        err.contains("a.ods: danvan chỉ ghi bảng tính dạng .xlsx"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: đặt tên tệp có đuôi .xlsx (LibreOffice cũng mở được), hoặc .csv"),
        "{err}"
    );
    let err = fails_vi(
        &env,
        &[
            "report", "template", "--month", "2026-11", "--output", "mau.txt",
        ],
    );
    assert!(
        err.contains("mau.txt: biểu mẫu chỉ ghi được dạng .xlsx hoặc .csv"),
        "{err}"
    );
    assert!(err.contains("khóa các cột mã"), "{err}");
    let err = fails_vi(&env, &["export", "members", "--output", "khong-co/tv.csv"]);
    assert!(
        err.contains("lỗi: không ghi được tệp khong-co/tv.csv: "),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó"),
        "{err}"
    );
    let err = fails_vi(
        &env,
        &["export", "pledges", "--from", "2026", "--to", "2025"],
    );
    assert!(
        err.contains("lỗi: năm bắt đầu (--from 2026) ở sau năm kết thúc (--to 2025)"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: ghi năm đầu của giai đoạn bằng --from và năm cuối bằng --to"),
        "{err}"
    );
    let err = fails_vi(&env, &["export", "members", "--delimiter", "|"]);
    assert!(
        err.contains("\"|\" không phải là dấu phân cách: dùng , hoặc ;"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[cfg(unix)]
#[test]
fn a_full_stdout_is_said_in_vietnamese() {
    let env = demo();
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let out = env
        .spawnable(&["--lang", "vi", "export", "members"])
        .stdout(full)
        .output()
        .expect("run danvan");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("lỗi: không ghi được ra đầu ra chuẩn (stdout): "),
        "{stderr}"
    );
    assert!(
        stderr.contains("\ngợi ý: kiểm tra ổ đĩa hoặc thiết bị nhận kết quả"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    // A confirmation that cannot be written says the change was saved.
    let env = Env::new();
    env.ok(&["member", "add", "NV01", "--name", "Nguyễn Văn An"]);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = env
        .spawnable(&[
            "--lang",
            "vi",
            "pledge",
            "add",
            "NV01",
            "--year",
            "2026",
            "--field",
            "economy",
            "Hướng dẫn hộ dân",
        ])
        .stdout(full)
        .output()
        .expect("run danvan");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(
            "lỗi: thay đổi đã được lưu nhưng không ghi được lời xác nhận: không ghi được ra đầu ra chuẩn (stdout): "
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("gợi ý: đừng chạy lại lệnh; `danvan log --limit 1`"),
        "{stderr}"
    );
    let pledges = env.ok(&["pledge", "list", "--format", "csv"]);
    assert_eq!(pledges.lines().count(), 2, "{pledges}");
}

#[test]
fn cells_neutralised_against_formulas_import_back_as_they_were() {
    let env = Env::new();
    let members = "code,name,joined,note\n\
                   A1,An,2020-01-01,- ghi chú đầu dòng\n\
                   A2,Bình,2020-01-01,=1+1\n\
                   A3,Chi,2020-01-01,'=x\n\
                   A4,Dũng,2020-01-01,'không phải công thức\n";
    env.ok(&["member", "import", &env.file("m.csv", members)]);
    let plain = env.ok(&["export", "members"]);
    for lang in ["vi", "en"] {
        let path = env.dir.path().join(format!("excel-{lang}.csv"));
        let path = path.display().to_string();
        env.ok(&[
            "--lang", lang, "export", "members", "--excel", "--output", &path,
        ]);
        let written = std::fs::read_to_string(&path).expect("export file");
        assert!(written.contains("'- ghi chú đầu dòng\r\n"), "{written}");
        assert!(written.contains("'=1+1\r\n"), "{written}");
        assert!(written.contains("''=x\r\n"), "{written}");
        assert!(written.contains("'không phải công thức\r\n"), "{written}");
        let copy = Env::new();
        copy.ok(&["member", "import", &path]);
        assert_eq!(copy.ok(&["export", "members"]), plain, "{lang}");
    }
    // Plain CSV is read as it is: no byte-order mark, nothing neutralised.
    let copy = Env::new();
    copy.ok(&["member", "import", &copy.file("plain.csv", &plain)]);
    assert_eq!(copy.ok(&["export", "members"]), plain);
}

#[test]
fn the_closing_line_of_an_import_is_vietnamese() {
    let env = Env::new();
    let file = env.file(
        "tv.csv",
        "code,name,joined\nNV001,Nguyễn Văn An,2020-01-01\n",
    );
    let before = env.db_hash();
    let out = env
        .run(&["--lang", "vi", "member", "import", &file, "--dry-run"])
        .output()
        .expect("run danvan");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("tv.csv: sẽ thêm 1, thay thế 0 thành viên (chạy thử, chưa ghi gì)"),
        "{stderr}"
    );
    assert_eq!(env.db_hash(), before);
    let out = env
        .run(&["--lang", "vi", "member", "import", &file])
        .output()
        .expect("run danvan");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tv.csv: đã thêm 1, thay thế 0 thành viên"),
        "{stderr}"
    );
    let out = env
        .run(&["member", "import", &file, "--replace"])
        .output()
        .expect("run danvan");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tv.csv: added 0, replaced 1 members"),
        "{stderr}"
    );
}
