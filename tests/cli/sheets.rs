//! Workbooks in and out: imports read .xlsx and .ods sheets like CSV files,
//! exports write real .xlsx workbooks, and neither draws progress on a
//! standard error that is not a terminal.

use std::path::{Path, PathBuf};

use crate::common::{Env, fixture};
use calamine::{Data, Reader, open_workbook_auto};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn members_csv(env: &Env) -> String {
    env.ok(&["member", "list", "--all", "--format", "csv"])
}

/// A workbook whose sheets are given as rows of cells; a cell of the form
/// `date:YYYY-MM-DD` becomes a real date cell, `num:N` a number.
fn workbook(env: &Env, name: &str, sheets: &[(&str, &[&[&str]])]) -> String {
    let path = env.dir.path().join(name);
    let mut book = Workbook::new();
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    for (sheet_name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*sheet_name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                if let Some(iso) = cell.strip_prefix("date:") {
                    let date = ExcelDateTime::parse_from_str(iso).unwrap();
                    sheet
                        .write_datetime_with_format(r, c, &date, &date_format)
                        .unwrap();
                } else if let Some(n) = cell.strip_prefix("num:") {
                    sheet.write_number(r, c, n.parse::<f64>().unwrap()).unwrap();
                } else if !cell.is_empty() {
                    sheet.write_string(r, c, *cell).unwrap();
                }
            }
        }
    }
    book.save(&path).unwrap();
    path.display().to_string()
}

/// The cells of a workbook's first sheet.
fn read_sheet(path: &Path) -> (String, Vec<Vec<Data>>) {
    let mut book = open_workbook_auto(path).expect("a workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("the first sheet");
    (name, range.rows().map(<[Data]>::to_vec).collect())
}

const HEADER: &[&str] = &[
    "Mã",
    "Họ và tên",
    "Đơn vị",
    "Vai trò",
    "Ngày vào",
    "Ngày thôi",
    "Điện thoại",
    "Ghi chú",
];

#[test]
fn xlsx_members_import_with_real_dates_and_whole_numbers() {
    let env = Env::new();
    let file = workbook(
        &env,
        "danh-sach.xlsx",
        &[(
            "Danh sách",
            &[
                HEADER,
                &[
                    "NV001",
                    "Nguyễn  Văn An",
                    "Văn phòng",
                    "Đảng viên",
                    "date:2015-03-01",
                    "",
                    "0912 345 678",
                    "num:3",
                ],
                &[],
                &[
                    "NV002",
                    "Trần Thị Bình",
                    "Phòng Tổ chức",
                    "cán bộ|Dang vien",
                    "date:2024-02-29",
                    "date:2025-06-30",
                    "",
                    "num:2.5",
                ],
                &[
                    "NV003",
                    "Lê Văn Cường",
                    "Văn phòng",
                    "worker",
                    "15/08/2012",
                    "",
                    "",
                    "",
                ],
            ],
        )],
    );
    let out = env.run(&["member", "import", &file]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("{file}: added 3, replaced 0 members\n")
    );
    let csv = members_csv(&env);
    assert!(
        csv.contains("NV001,Nguyễn Văn An,Văn phòng,party-member,2015-03-01,,,0912 345 678,3\n"),
        "{csv}"
    );
    assert!(
        csv.contains(
            "NV002,Trần Thị Bình,Phòng Tổ chức,cadre|party-member,2024-02-29,2025-06-30,,,2.5\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("NV003,Lê Văn Cường,Văn phòng,worker,2012-08-15,"),
        "{csv}"
    );
    // The audit log names the file, as for CSV.
    let log = env.ok(&["log", "--format", "csv", "--limit", "1"]);
    assert!(log.contains("member import"), "{log}");
}

#[test]
fn a_bad_row_is_located_by_file_sheet_and_row() {
    let env = Env::new();
    let file = workbook(
        &env,
        "hai-sheet.xlsx",
        &[
            ("Hướng dẫn", &[&["Điền danh sách ở sheet sau"]]),
            (
                "Lỗi",
                &[
                    &["code", "name", "joined"],
                    &["NV010", "Phạm Văn Dũng", "date:2021-05-04"],
                    &["NV011", "Hoàng Thị Em", "31/02/2020"],
                    &["NV012", "", "date:2021-05-04"],
                    &["NV013", "Vũ Văn Giang", "num:44320"],
                ],
            ),
        ],
    );
    let before = env.db_hash();
    let err = env.fails(&["member", "import", &file, "--sheet", "Lỗi"]);
    assert!(
        err.contains(&format!(
            "{file}:Lỗi:3: joined: \"31/02/2020\" is not a date"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{file}:Lỗi:4: the name is empty")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{file}:Lỗi:5: joined: \"44320\"")),
        "{err}"
    );
    assert!(err.contains("format the column as a date"), "{err}");
    assert!(err.contains("3 bad rows"), "{err}");
    assert!(!err.contains(":Lỗi:2:"), "{err}");
    assert_eq!(env.db_hash(), before);

    // Without --sheet the first sheet is read: its heading is no column.
    let err = env.fails(&["member", "import", &file]);
    assert!(
        err.contains(&format!(
            "{file}:Hướng dẫn:1: column 1 (\"Điền danh sách ở sheet sau\") is not a known column"
        )),
        "{err}"
    );
    let err = env.fails(&["member", "import", &file, "--sheet", "Năm 2025"]);
    assert!(
        err.contains("there is no sheet named \"Năm 2025\""),
        "{err}"
    );
    assert!(err.contains("\"Hướng dẫn\", \"Lỗi\""), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn ods_fixture_imports_like_csv() {
    let env = Env::new();
    let file = fixture("members.ods");
    env.ok(&["member", "import", &file]);
    let csv = members_csv(&env);
    assert_eq!(
        csv,
        "code,name,unit,roles,joined,left,email,phone,note\n\
         NV001,Nguyễn Văn An,Văn phòng,party-member,2015-03-01,,,0912 345 678,2025\n\
         NV002,Trần Thị Bình,Phòng Tổ chức,cadre|party-member,2020-02-29,2025-06-30,,,\n\
         NV003,Lê Văn Cường,Văn phòng,worker,2012-08-15,,,,\n"
    );
    let before = env.db_hash();
    let err = env.fails(&["member", "import", &file, "--sheet", "Sai", "--dry-run"]);
    assert!(
        err.contains("members.ods:Sai:2: joined: \"44320\""),
        "{err}"
    );
    assert!(
        err.contains("members.ods:Sai:3: joined: \"31/02/2020\" is not a date"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn reports_take_months_and_dates_as_date_cells() {
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
    for text in ["Hướng dẫn hồ sơ vay vốn", "Vận động trồng cây"] {
        env.ok(&[
            "pledge", "add", "NV001", "--year", "2026", "--field", "economy", text,
        ]);
    }
    // A month typed as 2026-10 is stored by the spreadsheet as 1 October.
    let file = workbook(
        &env,
        "bao-cao.xlsx",
        &[(
            "Tháng 10",
            &[
                &[
                    "Mã thành viên",
                    "Tháng",
                    "Việc số",
                    "Kết quả",
                    "Ghi chú",
                    "Ngày nộp",
                ],
                &[
                    "NV001",
                    "date:2026-10-01",
                    "num:1",
                    "Đã làm",
                    "",
                    "date:2026-11-02",
                ],
                &[
                    "NV001",
                    "2026-10",
                    "num:2",
                    "chưa làm được",
                    "chờ kinh phí",
                    "02/11/2026",
                ],
            ],
        )],
    );
    env.ok(&["report", "import", &file]);
    assert_eq!(
        env.ok(&["export", "reports"])
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        [
            "NV001,2026-10,1,done,,2026-11-02,Nguyễn Văn An,",
            "NV001,2026-10,2,not-done,chờ kinh phí,2026-11-02,Nguyễn Văn An,"
        ]
    );
}

#[test]
fn unreadable_workbooks_and_misplaced_sheets_are_refused() {
    let env = Env::new();
    let before = env.db_hash();
    let junk = env.file("hong.xlsx", "code,name,joined\nNV001,An,2020-01-01\n");
    let err = env.fails(&["member", "import", &junk]);
    assert!(
        err.contains("hong.xlsx is a text (CSV) file, not a workbook"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
    let junk = env.file("hong.ods", [0u8, 1, 2, 3]);
    let err = env.fails(&["model", "import", &junk]);
    assert!(
        err.contains("hong.ods is a binary file (it holds NUL bytes"),
        "{err}"
    );
    let junk = env.file("hong2.xlsx", b"PK\x03\x04xl/workbook.xml but no more");
    let err = env.fails(&["member", "import", &junk]);
    assert!(
        err.contains("hong2.xlsx: cannot read the workbook"),
        "{err}"
    );
    let err = env.fails(&["member", "import", "khong-co.xlsx"]);
    assert!(err.contains("cannot read khong-co.xlsx"), "{err}");
    let csv = env.file("a.csv", "code,name,joined\nNV001,An,2020-01-01\n");
    let err = env.fails(&["member", "import", &csv, "--sheet", "Sheet1"]);
    assert!(err.contains("is not a workbook"), "{err}");
    let empty = workbook(&env, "trong.xlsx", &[("Trống", &[])]);
    let err = env.fails(&["member", "import", &empty]);
    assert!(
        err.contains("trong.xlsx:Trống:1: the sheet is empty"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn every_import_takes_a_sheet() {
    let env = Env::new();
    for command in ["member", "model", "pledge", "report", "evaluate"] {
        let help = env.ok(&[command, "import", "--help"]);
        assert!(help.contains("--sheet <NAME>"), "{command}: {help}");
    }
}

#[test]
fn members_round_trip_through_xlsx() {
    let env = Env::new();
    env.ok(&["member", "import", &fixture("members-excel-vi.csv")]);
    let exported = members_csv(&env);
    let file = env.dir.path().join("thanh-vien.xlsx");
    let path = file.to_str().unwrap();
    let out = env
        .run(&["--lang", "vi", "export", "members", "--output", path])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty() && out.stderr.is_empty());

    let (sheet, rows) = read_sheet(&file);
    assert_eq!(sheet, "thanh-vien");
    let header: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
    assert_eq!(
        header,
        [
            "Mã",
            "Họ và tên",
            "Đơn vị",
            "Vai trò",
            "Ngày vào",
            "Ngày thôi",
            "Email",
            "Điện thoại",
            "Ghi chú"
        ]
    );
    assert_eq!(rows.len(), exported.lines().count());
    // Joined dates are date cells; roles stay codes, so the file imports.
    assert!(
        rows[1..]
            .iter()
            .all(|r| matches!(&r[4], Data::DateTime(d) if d.is_datetime()))
    );
    assert!(
        rows[1..]
            .iter()
            .any(|r| r[3].to_string().contains("party-member"))
    );
    // A formula-looking note is text, never a formula.
    assert!(
        rows.iter()
            .any(|r| r[8] == Data::String("=1+1 (gõ nhầm)".into()))
    );

    let fresh = Env::new();
    let copy = fresh.dir.path().join("thanh-vien.xlsx");
    std::fs::copy(&file, &copy).unwrap();
    fresh.ok(&["member", "import", copy.to_str().unwrap()]);
    assert_eq!(members_csv(&fresh), exported);
}

/// CSV cells of an export, by row and column.
fn csv_cells(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect()
}

fn export_xlsx(env: &Env, args: &[&str], name: &str) -> PathBuf {
    let file = env.dir.path().join(name);
    let mut full = args.to_vec();
    full.extend(["--output", file.to_str().unwrap()]);
    env.ok(&full);
    file
}

#[test]
fn xlsx_exports_hold_the_csv_figures() {
    let env = Env::empty();
    env.ok(&["demo"]);

    // The review: labels of the language, counts as numbers, rates as
    // percentages of the same value.
    let csv = env.ok(&[
        "--format", "csv", "export", "summary", "--from", "2023", "--to", "2026",
    ]);
    let file = export_xlsx(
        &env,
        &[
            "--lang", "vi", "export", "summary", "--from", "2023", "--to", "2026",
        ],
        "so-ket.xlsx",
    );
    let (_, rows) = read_sheet(&file);
    let csv = csv_cells(&csv);
    assert_eq!(rows.len(), csv.len());
    assert_eq!(rows[0][0], Data::String("Chỉ tiêu".into()));
    assert_eq!(rows[0][5], Data::String("Tổng".into()));
    assert_eq!(rows[3][0], Data::String("Tỷ lệ đăng ký".into()));
    let mut rates = 0;
    for (row, expected) in rows[1..].iter().zip(&csv[1..]) {
        for (cell, want) in row[1..].iter().zip(&expected[1..]) {
            let is_rate = expected[0].ends_with("_rate");
            match cell {
                Data::Empty => assert_eq!(want, "", "{expected:?}"),
                Data::Float(v) if is_rate => {
                    rates += 1;
                    let want: f64 = want.parse().unwrap();
                    assert!((v * 100.0 - want).abs() <= 0.05 + 1e-9, "{v} vs {want}");
                }
                Data::Float(v) => assert_eq!(format!("{v}"), *want, "{expected:?}"),
                other => panic!("{other:?} in {expected:?}"),
            }
        }
    }
    assert!(rates >= 15, "{rates}");

    // The members: the same records, dates as dates.
    let csv = csv_cells(&env.ok(&["export", "members"]));
    let file = export_xlsx(&env, &["export", "members"], "members.xlsx");
    let (_, rows) = read_sheet(&file);
    assert_eq!(rows.len(), csv.len());
    assert_eq!(rows[0][0], Data::String("Code".into()));
    for (row, expected) in rows[1..].iter().zip(&csv[1..]) {
        assert_eq!(row[0].to_string(), expected[0]);
        match &row[4] {
            Data::DateTime(d) => {
                let (y, m, day, ..) = d.to_ymd_hms_milli();
                assert_eq!(format!("{y:04}-{m:02}-{day:02}"), expected[4]);
            }
            other => panic!("joined is {other:?}"),
        }
    }

    // Every kind imports again from its workbook.
    let fresh = Env::new();
    for (kind, command) in [
        ("members", "member"),
        ("models", "model"),
        ("pledges", "pledge"),
        ("reports", "report"),
        ("evaluations", "evaluate"),
    ] {
        let file = export_xlsx(
            &env,
            &["--lang", "vi", "export", kind],
            &format!("{kind}.xlsx"),
        );
        fresh.ok(&[command, "import", file.to_str().unwrap()]);
        assert_eq!(
            fresh.ok(&["export", kind]),
            env.ok(&["export", kind]),
            "{kind}"
        );
    }
}

#[test]
fn xlsx_refuses_csv_options() {
    let env = Env::new();
    let err = env.fails(&["export", "members", "--excel", "--output", "a.xlsx"]);
    assert!(err.contains("shape CSV files"), "{err}");
    assert!(!env.dir.path().join("a.xlsx").exists());
    let err = env.fails(&["export", "members", "--output", "a.ods"]);
    assert!(err.contains("as .xlsx only"), "{err}");
    assert!(!env.dir.path().join("a.ods").exists());
}

#[test]
fn no_progress_on_a_stderr_that_is_not_a_terminal() {
    let env = Env::empty();
    env.ok(&["demo"]);
    let reports = env.ok(&["export", "reports"]);
    let file = env.file("reports.csv", &reports);
    let fresh = Env::new();
    fresh.ok(&[
        "member",
        "import",
        &env.file("m.csv", env.ok(&["export", "members"])),
    ]);
    fresh.ok(&[
        "model",
        "import",
        &env.file("mo.csv", env.ok(&["export", "models"])),
    ]);
    fresh.ok(&[
        "pledge",
        "import",
        &env.file("p.csv", env.ok(&["export", "pledges"])),
    ]);
    for (env, args) in [
        (&fresh, vec!["report", "import", file.as_str()]),
        (&env, vec!["export", "reports", "--output", "r.xlsx"]),
        (&env, vec!["export", "reports", "--output", "r.csv"]),
        (&env, vec!["export", "reports"]),
    ] {
        let out = env.run(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            !stderr.contains('\r') && !stderr.contains('\u{1b}') && !stderr.contains("=>"),
            "{args:?}: {stderr:?}"
        );
        assert!(stderr.lines().count() <= 1, "{args:?}: {stderr:?}");
    }
}
