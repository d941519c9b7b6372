//! Collecting the month: `report template`, its wide layout read back by
//! `report import`, and the shortcuts of `report add`.

use std::io::Read;

use calamine::{Data, Reader, open_workbook_auto};

use crate::common::{Env, TODAY};

fn member(env: &Env, code: &str, name: &str, unit: &str, joined: &str) {
    env.ok(&[
        "member", "add", code, "--name", name, "--unit", unit, "--joined", joined,
    ]);
}

fn pledge(env: &Env, code: &str, year: &str, text: &str) {
    env.ok(&[
        "pledge", "add", code, "--year", year, "--field", "economy", text,
    ]);
}

/// Today is 2026-11-27. NV001 (3 items), NV002 (2), NV003 (1) expected for
/// 2026-10; NV004 left on 2026-09-30; NV005 has no pledge for 2026.
fn setup() -> Env {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn Bình", "Văn phòng", "2020-01-01");
    member(&env, "NV002", "Trần Thị An", "Văn phòng", "2020-01-01");
    member(
        &env,
        "NV003",
        "Lê Văn Cường",
        "Phòng Nghiệp vụ",
        "2020-01-01",
    );
    member(&env, "NV004", "Phạm Thị Dung", "Văn phòng", "2020-01-01");
    member(&env, "NV005", "Hoàng Văn Em", "Văn phòng", "2020-01-01");
    for t in ["Việc một", "Việc hai", "Việc ba"] {
        pledge(&env, "NV001", "2026", t);
    }
    for t in ["Việc một", "Việc hai"] {
        pledge(&env, "NV002", "2026", t);
    }
    pledge(&env, "NV003", "2026", "Việc một");
    pledge(&env, "NV004", "2026", "Việc một");
    pledge(&env, "NV005", "2025", "Năm trước");
    env.ok(&["member", "leave", "NV004", "--on", "2026-09-30"]);
    env
}

fn sheet(path: &str, index: usize) -> Vec<Vec<String>> {
    let mut wb = open_workbook_auto(path).expect("open template");
    let name = wb.sheet_names()[index].clone();
    let range = wb.worksheet_range(&name).expect("sheet");
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn zip_part(path: &str, part: &str) -> String {
    let file = std::fs::File::open(path).expect("open");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    let mut text = String::new();
    zip.by_name(part)
        .expect("part")
        .read_to_string(&mut text)
        .expect("read part");
    text
}

#[test]
fn template_lists_the_expected_members_with_their_reports() {
    let env = setup();
    env.ok(&[
        "report",
        "add",
        "NV002",
        "--month",
        "2026-10",
        "--item",
        "1=done",
        "--item",
        "2=not-done:chờ kinh phí",
        "--on",
        "2026-11-03",
    ]);
    let out = env.dir.path().join("t.xlsx").display().to_string();
    env.ok(&[
        "--lang", "vi", "report", "template", "--month", "2026-10", "--output", &out,
    ]);
    let rows = sheet(&out, 0);
    assert_eq!(
        rows[0],
        [
            "Mã",
            "Họ và tên",
            "Đơn vị",
            "Tháng",
            "Việc 1",
            "Việc 2",
            "Việc 3",
            "Ghi chú 1",
            "Ghi chú 2",
            "Ghi chú 3",
            "Ngày nộp"
        ]
    );
    // member-list order: An, Bình, Cường (by given name).
    let codes: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(codes, ["NV002", "NV001", "NV003"]);
    assert_eq!(rows[1][4], "Đã làm");
    assert_eq!(rows[1][5], "Chưa làm được");
    assert_eq!(rows[1][8], "chờ kinh phí");
    assert_eq!(rows[1][10], "03/11/2026");
    assert_eq!(rows[2][4], "");
    let items = sheet(&out, 1);
    assert_eq!(items.len(), 1 + 3 + 2 + 1);
    assert!(items.iter().any(|r| r[0] == "NV001" && r[4] == "Việc ba"));
    let xml = zip_part(&out, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<sheetProtection"), "{xml}");
    assert!(xml.contains("<dataValidation type=\"list\""), "{xml}");
    assert!(xml.contains("Đã làm,Đang làm,Chưa làm được"), "{xml}");
    let styles = zip_part(&out, "xl/styles.xml");
    assert!(styles.contains("locked=\"0\""), "{styles}");

    let en = env.dir.path().join("t.csv").display().to_string();
    env.ok(&[
        "--lang",
        "en",
        "report",
        "template",
        "--month",
        "2026-10",
        "--unit",
        "văn phòng",
        "--output",
        &en,
    ]);
    let text = std::fs::read_to_string(&en).expect("csv");
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next(),
        Some("Member,Name,Unit,Month,Item 1,Item 2,Item 3,Note 1,Note 2,Note 3,Submitted on")
    );
    assert_eq!(lines.count(), 2);
}

#[test]
fn template_refuses_a_future_month_and_a_bad_target() {
    let env = setup();
    let err = env.fails(&[
        "report", "template", "--month", "2026-12", "--output", "x.xlsx",
    ]);
    assert!(err.contains("has not begun"), "{err}");
    let err = env.fails(&[
        "report", "template", "--month", "2026-10", "--output", "x.docx",
    ]);
    assert!(err.contains(".xlsx or .csv"), "{err}");
    let db = env.db.display().to_string();
    let err = env.fails(&["report", "template", "--month", "2026-10", "--output", &db]);
    assert!(err.contains("database"), "{err}");
}

/// Fill the CSV template: each (code, cells) sets the cells by header.
fn fill(env: &Env, name: &str, fills: &[(&str, &[(&str, &str)])]) -> String {
    let path = env.dir.path().join("blank.csv").display().to_string();
    env.ok(&[
        "report", "template", "--month", "2026-10", "--output", &path,
    ]);
    let text = std::fs::read_to_string(&path).expect("template");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("h")
        .iter()
        .map(String::from)
        .collect();
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&headers).expect("write");
    for record in reader.records() {
        let mut row: Vec<String> = record.expect("row").iter().map(String::from).collect();
        if let Some((_, cells)) = fills.iter().find(|(code, _)| *code == row[0]) {
            for (h, v) in *cells {
                let i = headers.iter().position(|x| x == h).expect("header");
                row[i] = v.to_string();
            }
        }
        out.write_record(&row).expect("write");
    }
    env.file(name, out.into_inner().expect("bytes"))
}

#[test]
fn a_filled_template_imports_as_the_matching_report_adds() {
    let env = setup();
    let file = fill(
        &env,
        "filled.csv",
        &[
            (
                "NV001",
                &[
                    ("Item 1", "done"),
                    ("Item 3", "Chưa làm được"),
                    ("Note 3", "chờ kinh phí"),
                    ("Submitted on", "05/11/2026"),
                ],
            ),
            ("NV002", &[("Item 1", "đang làm"), ("Item 2", "Đã làm")]),
        ],
    );
    env.ok(&["report", "import", &file]);
    let twin = setup();
    twin.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "1=done",
        "--item",
        "3=not-done:chờ kinh phí",
        "--on",
        "2026-11-05",
    ]);
    twin.ok(&[
        "report",
        "add",
        "NV002",
        "--month",
        "2026-10",
        "--item",
        "1=in-progress",
        "--item",
        "2=done",
    ]);
    let a = env.ok(&["export", "reports"]);
    let b = twin.ok(&["export", "reports"]);
    assert_eq!(a, b);
    assert_eq!(a.lines().count(), 1 + 4);
    // NV003's row, every status empty, is no report.
    assert!(!a.contains("NV003"));
}

#[test]
fn a_filled_workbook_imports_too() {
    let env = setup();
    let out = env.dir.path().join("t.xlsx").display().to_string();
    env.ok(&[
        "--lang", "vi", "report", "template", "--month", "2026-10", "--output", &out,
    ]);
    // The clerk's copy: the template's first sheet, filled in.
    let rows = sheet(&out, 0);
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let value = match (r, c) {
                (2, 4) => "Đã làm",
                (2, 6) => "Đang làm",
                (3, 4) => "Chưa làm được",
                _ => cell.as_str(),
            };
            ws.write_string(r as u32, c as u16, value).expect("cell");
        }
    }
    let filled = env.dir.path().join("filled.xlsx");
    wb.save(&filled).expect("save");
    env.ok(&["report", "import", &filled.display().to_string()]);
    let a = env.ok(&["export", "reports"]);
    assert!(a.contains("NV001,2026-10,1,done,"), "{a}");
    assert!(a.contains("NV001,2026-10,3,in-progress,"), "{a}");
    assert!(a.contains("NV003,2026-10,1,not-done,"), "{a}");
    assert_eq!(a.lines().count(), 4);
}

#[test]
fn every_bad_cell_is_located_and_nothing_is_written() {
    let env = setup();
    let file = fill(
        &env,
        "bad.csv",
        &[
            // NV002 pledged two items only.
            ("NV002", &[("Item 1", "done"), ("Item 3", "done")]),
            ("NV001", &[("Item 2", "finished")]),
            ("NV003", &[("Note 1", "a note alone")]),
        ],
    );
    // A member not expected that month, and a future month.
    let mut text = std::fs::read_to_string(&file).expect("read");
    text.push_str("NV004,Phạm Thị Dung,Văn phòng,2026-10,done,,,,,,\n");
    text.push_str("NV001,Nguyễn Văn Bình,Văn phòng,2026-12,done,,,,,,\n");
    let file = env.file("bad.csv", text);
    let before = env.db_hash();
    let err = env.fails(&["report", "import", &file]);
    for want in [
        "bad.csv:2: Item 3: item: NV002 has no pledge item 3",
        "bad.csv:3: Item 2: status: \"finished\" is not a report status",
        "bad.csv:4: Item 1: the cell is empty but the other cells",
        "bad.csv:5: the report of NV004 for 2026-10 is refused",
        "bad.csv:6: the report of NV001 for 2026-12 is refused",
    ] {
        assert!(err.contains(want), "{want} in {err}");
    }
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn report_add_shortcuts() {
    let env = setup();
    env.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--all",
        "done",
        "--item",
        "2=not-done:chờ",
    ]);
    env.ok(&[
        "report",
        "add",
        "NV002",
        "--month",
        "2026-10",
        "--item",
        "1-2=in-progress",
    ]);
    env.ok(&[
        "report", "add", "NV001", "--month", "2026-09", "--item", "1,3=done",
    ]);
    let a = env.ok(&["export", "reports"]);
    for line in [
        "NV001,2026-10,1,done,",
        "NV001,2026-10,2,not-done,chờ",
        "NV001,2026-10,3,done,",
        "NV002,2026-10,1,in-progress,",
        "NV002,2026-10,2,in-progress,",
        "NV001,2026-09,1,done,",
        "NV001,2026-09,3,done,",
    ] {
        assert!(a.contains(line), "{line} in {a}");
    }
    assert_eq!(a.lines().count(), 1 + 7);
    let before = env.db_hash();
    let err = env.fails(&[
        "report", "add", "NV003", "--month", "2026-10", "--item", "3-1=done",
    ]);
    assert!(err.contains("not an item status"), "{err}");
    let err = env.fails(&[
        "report", "add", "NV002", "--month", "2026-09", "--item", "1-3=done",
    ]);
    assert!(err.contains("has no item 3"), "{err}");
    let err = env.fails(&[
        "report", "add", "NV002", "--month", "2026-09", "--item", "1-2=done", "--item", "2=done",
    ]);
    assert!(err.contains("item 2 is given twice"), "{err}");
    assert_eq!(env.db_hash(), before);
    let _ = TODAY;
}

#[test]
fn pledge_template_round_trips_through_pledge_import() {
    let env = setup();
    // Without --carry: blank rows per active member; filling two imports two.
    let blank = env.dir.path().join("p.csv").display().to_string();
    env.ok(&["pledge", "template", "--year", "2027", "--output", &blank]);
    let text = std::fs::read_to_string(&blank).expect("template");
    let text = text.trim_start_matches('\u{feff}');
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    assert_eq!(
        lines[0],
        "Member,Name,Unit,Year,No.,Field,Model,Pledged action"
    );
    // NV004 left in 2026: four active members, three rows each.
    assert_eq!(lines.len(), 1 + 4 * 3);
    let first = lines
        .iter()
        .position(|l| l.starts_with("NV003,"))
        .expect("NV003 row");
    lines[first] = lines[first].replace(",2027,,,,", ",2027,,economy,,Việc mới");
    lines[first + 1] = lines[first + 1].replace(",2027,,,,", ",2027,,Kinh tế,,Việc thứ hai");
    let filled = env.file("p-filled.csv", lines.join("\n") + "\n");
    env.ok(&["pledge", "import", &filled]);
    let out = env.ok(&["export", "pledges", "--year", "2027"]);
    assert!(out.contains("NV003,2027,1,economy,,Việc mới"), "{out}");
    assert!(out.contains("NV003,2027,2,economy,,Việc thứ hai"), "{out}");
    assert_eq!(out.lines().count(), 3);

    // With --carry, as a workbook: 2026's items come back for 2027 as they were.
    let carried = env.dir.path().join("c.xlsx").display().to_string();
    env.ok(&[
        "--lang",
        "vi",
        "pledge",
        "template",
        "--year",
        "2027",
        "--carry",
        "--unit",
        "Văn phòng",
        "--output",
        &carried,
    ]);
    let rows = sheet(&carried, 0);
    assert_eq!(rows[0][5], "Lĩnh vực");
    let nv001: Vec<&Vec<String>> = rows.iter().filter(|r| r[0] == "NV001").collect();
    assert_eq!(nv001.len(), 3 + 1);
    assert_eq!(nv001[0][5], "Kinh tế");
    assert_eq!(nv001[2][7], "Việc ba");
    let xml = zip_part(&carried, "xl/worksheets/sheet1.xml");
    assert!(xml.contains("<dataValidation type=\"list\""), "{xml}");
    assert!(xml.contains("<sheetProtection"), "{xml}");
    env.ok(&["pledge", "import", &carried]);
    let out = env.ok(&["export", "pledges", "--year", "2027"]);
    assert!(out.contains("NV001,2027,3,economy,,Việc ba"), "{out}");
    assert!(out.contains("NV002,2027,2,economy,,Việc hai"), "{out}");
    // NV005 pledged nothing in 2026: only blank rows, nothing imported.
    assert!(!out.contains("NV005"), "{out}");
}
