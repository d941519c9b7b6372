//! Files as clerks really hand them over: title rows above the header, a
//! running-number column, their own headings, workbooks under any name,
//! Word documents and PDFs by mistake, and files built to cost memory.

use crate::common::{Env, fixture};
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;

/// A workbook in the test's directory: one sheet, the cells at (row, col).
fn sparse_workbook(env: &Env, name: &str, cells: &[(u32, u16, &str)]) -> String {
    let path = env.dir.path().join(name);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (r, c, text) in cells {
        sheet.write_string(*r, *c, *text).expect("write a cell");
    }
    book.save(&path).expect("save the workbook");
    path.display().to_string()
}

/// A workbook whose rows start at A1.
fn workbook(env: &Env, name: &str, rows: &[&[&str]]) -> String {
    let cells: Vec<(u32, u16, &str)> = rows
        .iter()
        .enumerate()
        .flat_map(|(r, row)| {
            row.iter()
                .enumerate()
                .filter(|(_, cell)| !cell.is_empty())
                .map(move |(c, cell)| (r as u32, c as u16, *cell))
        })
        .collect();
    sparse_workbook(env, name, &cells)
}

/// The database has the clerks' members of `members-title-stt.xlsx`.
fn with_members() -> Env {
    let env = Env::new();
    env.ok(&["member", "import", &fixture("members-title-stt.xlsx")]);
    env
}

/// Run an import expected to fail with 1, check the database is unchanged
/// and return its stderr.
fn refused(env: &Env, args: &[&str]) -> String {
    let before = env.db_hash();
    let err = env.fails(args);
    assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn the_clerks_member_sheet_imports_with_its_titles_and_stt_ignored() {
    let env = with_members();
    let list = env.ok(&["--format", "csv", "member", "list"]);
    let mut rows: Vec<&str> = list.lines().skip(1).collect();
    rows.sort();
    assert_eq!(rows.len(), 5, "{list}");
    assert!(
        rows[0]
            .starts_with("TT01,Nguyễn Văn An,Văn phòng Sở,party-member|civil-servant,2015-03-01,")
    );
    // "Đoàn viên, hội viên" holds a comma and stays one role.
    assert!(
        rows[3].starts_with("TT04,Phạm Thị Lan,Văn phòng Sở,worker|union-member,2021-10-10,"),
        "{}",
        rows[3]
    );
    // Phones kept as text; a leap-day join date.
    assert!(rows[3].contains(",0935777888,"), "{}", rows[3]);
    assert!(rows[4].contains(",2016-02-29,"), "{}", rows[4]);
}

#[test]
fn the_clerks_pledge_sheet_numbers_items_not_rows() {
    let env = with_members();
    env.ok(&["pledge", "import", &fixture("pledges-title-stt.xlsx")]);
    let list = env.ok(&["--format", "csv", "pledge", "list", "--year", "2026"]);
    let mut items: Vec<String> = list
        .lines()
        .skip(1)
        .map(|l| l.split(',').take(3).collect::<Vec<_>>().join(","))
        .collect();
    items.sort();
    assert_eq!(
        items,
        [
            "TT01,2026,1",
            "TT01,2026,2",
            "TT02,2026,1",
            "TT02,2026,2",
            "TT03,2026,1",
            "TT04,2026,1",
            "TT05,2026,1"
        ]
    );
}

#[test]
fn an_stt_column_is_never_the_item_number() {
    let env = with_members();
    let file = env.file(
        "dk.csv",
        "STT,member,year,field,text\n5,TT01,2026,economy,Một\n6,TT01,2026,economy,Hai\n",
    );
    env.ok(&["pledge", "import", &file]);
    let list = env.ok(&["--format", "csv", "pledge", "list", "--member", "TT01"]);
    assert!(list.contains("TT01,2026,1,economy,,Một"), "{list}");
    assert!(list.contains("TT01,2026,2,economy,,Hai"), "{list}");
    // `Việc số` is the item number.
    let file = env.file(
        "dk2.csv",
        "Số TT;Mã cán bộ;Năm;Việc số;Lĩnh vực;Việc làm cụ thể\n1;TT02;2026;7;Kinh tế;Bảy\n",
    );
    env.ok(&["pledge", "import", &file]);
    let list = env.ok(&["--format", "csv", "pledge", "list", "--member", "TT02"]);
    assert!(list.contains("TT02,2026,7,economy,,Bảy"), "{list}");
}

#[test]
fn a_later_error_says_which_row_was_taken_as_the_header() {
    let env = with_members();
    let file = workbook(
        &env,
        "dk.xlsx",
        &[
            &["BẢN ĐĂNG KÝ NĂM 2026"],
            &[],
            &["STT", "Mã", "Họ và tên", "Năm", "Lĩnh vực", "Nội dung"],
            &["1", "TT01", "Nguyễn Văn An", "2026", "Kinh tế", "Một việc"],
            &["2", "TT01", "Nguyễn Văn An", "20x6", "Kinh tế", "Việc hai"],
        ],
    );
    let err = refused(&env, &["pledge", "import", &file]);
    assert!(err.contains("dk.xlsx:Sheet1:5: year:"), "{err}");
    assert!(
        err.contains("the header was taken from ") && err.contains("dk.xlsx:Sheet1:3"),
        "{err}"
    );
    // The same in a CSV file with title lines, `;` and CRLF.
    let file = env.file(
        "ds.csv",
        "DANH SÁCH CÁN BỘ, ĐẢNG VIÊN;;\r\n;;\r\nMã;Họ và tên;Ngày vào\r\nTT09;Đỗ An;2020-13-01\r\n",
    );
    let err = refused(&env, &["member", "import", &file]);
    assert!(err.contains("ds.csv:4: "), "{err}");
    assert!(
        err.contains("the header was taken from ") && err.contains("ds.csv:3"),
        "{err}"
    );
}

#[test]
fn a_name_beside_the_code_must_be_the_registers() {
    let env = with_members();
    let file = env.file(
        "dk.csv",
        "Mã;Họ tên;Năm;Lĩnh vực;Nội dung đăng ký\nTT01;Nguyễn Văn An;2026;Kinh tế;Một\nTT02;Lê Hoàng Long;2026;Kinh tế;Hai\n",
    );
    let err = refused(&env, &["pledge", "import", &file]);
    assert!(err.contains("dk.csv:3: "), "{err}");
    assert!(
        err.contains("\"Lê Hoàng Long\"") && err.contains("\"Trần Thị Bích Ngọc\""),
        "{err}"
    );
    assert!(!err.contains("dk.csv:2:"), "{err}");
    // Reports are checked the same way.
    env.ok(&["pledge", "import", &fixture("pledges-title-stt.xlsx")]);
    let file = env.file(
        "bc.csv",
        "Mã cán bộ,Họ và tên,Tháng,Việc số,Kết quả\nTT03,Phạm Thị Lan,2026-10,1,done\n",
    );
    let err = refused(&env, &["report", "import", &file]);
    assert!(
        err.contains("bc.csv:2: ")
            && err.contains("\"Phạm Thị Lan\"")
            && err.contains("\"Lê Hoàng Long\""),
        "{err}"
    );
    let file = env.file(
        "bc.csv",
        "Mã cán bộ,Họ và tên,Tháng,Việc số,Kết quả,Nội dung\nTT03,le hoang  long,2026-10,1,done,Hỗ trợ\n",
    );
    env.ok(&["report", "import", &file]);
}

#[test]
fn unknown_columns_list_the_accepted_headings() {
    let env = Env::new();
    let file = env.file(
        "ds.csv",
        "Mã;Họ và tên;Ngày vao;Chức vụ\nTT01;An;2020-01-01;x\n",
    );
    let err = refused(&env, &["member", "import", &file]);
    assert!(
        err.contains("ds.csv:1: column 4 (\"Chức vụ\") is not a known column"),
        "{err}"
    );
    assert!(
        err.contains("code (Mã / Mã thành viên / Mã cán bộ, required)"),
        "{err}"
    );
    assert!(err.contains("roles (Vai trò)"), "{err}");
}

#[test]
fn every_import_help_lists_its_vietnamese_headings() {
    let env = Env::new();
    for (group, heading) in [
        ("member", "Họ và tên / Họ tên"),
        ("model", "Năm bắt đầu"),
        ("pledge", "Nội dung đăng ký / Nội dung / Việc làm cụ thể"),
        ("report", "Việc số / Số thứ tự việc"),
        ("evaluate", "Năm"),
    ] {
        let help = env.ok(&[group, "import", "--help"]);
        assert!(help.contains("Columns ("), "{group}: {help}");
        assert!(help.contains(heading), "{group}: {help}");
        assert!(help.contains("STT / TT / Số TT"), "{group}: {help}");
    }
}

#[test]
fn files_are_known_by_their_content() {
    let env = Env::new();
    // A workbook named .csv is read as the workbook it is.
    let book = workbook(
        &env,
        "ds.csv",
        &[
            &["Mã", "Họ và tên", "Ngày vào"],
            &["TT01", "An", "2020-01-01"],
        ],
    );
    env.ok(&["member", "import", &book]);
    assert!(
        env.ok(&["--format", "csv", "member", "list"])
            .contains("TT01,An,")
    );

    let csv = env.file("ds.xlsx", "code,name,joined\nTT02,Bình,2020-01-01\n");
    let err = refused(&env, &["member", "import", &csv]);
    assert!(
        err.contains("ds.xlsx is a text (CSV) file, not a workbook"),
        "{err}"
    );

    let docx = env.file(
        "ds.docx",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00[Content_Types].xml....word/document.xml....",
    );
    let err = refused(&env, &["member", "import", &docx]);
    assert!(
        err.contains("ds.docx is a Word document, not a member list"),
        "{err}"
    );
    let docx_as_csv = env.file("ds2.csv", std::fs::read(&docx).expect("read"));
    let err = refused(&env, &["pledge", "import", &docx_as_csv]);
    assert!(
        err.contains("ds2.csv is a Word document, not a pledge list"),
        "{err}"
    );

    let pdf = env.file("ds.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    let err = refused(&env, &["report", "import", &pdf]);
    assert!(
        err.contains("ds.pdf is a PDF document, not a report list"),
        "{err}"
    );

    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.extend(vec![0; 500]);
    doc.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    let doc = env.file("ds.doc", doc);
    let err = refused(&env, &["member", "import", &doc]);
    assert!(
        err.contains("ds.doc is a Word 97-2003 document, not a member list"),
        "{err}"
    );
}

#[test]
fn a_lone_cell_at_the_last_address_is_refused_without_spending_memory() {
    let env = Env::new();
    let file = sparse_workbook(
        &env,
        "far.xlsx",
        &[
            (0, 0, "code"),
            (0, 1, "name"),
            (0, 2, "joined"),
            (1048575, 16383, "x"),
        ],
    );
    let err = refused(&env, &["member", "import", &file]);
    assert!(
        err.contains("far.xlsx: the sheet \"Sheet1\" is too large to import"),
        "{err}"
    );
    assert!(err.contains("A1:XFD1048576"), "{err}");
    // Alone it spans one cell, and is read as one.
    let file = sparse_workbook(&env, "far2.xlsx", &[(1048575, 16383, "x")]);
    let err = refused(&env, &["member", "import", &file]);
    assert!(
        err.contains("far2.xlsx:Sheet1:1048576: column 1 (\"x\") is not a known column"),
        "{err}"
    );
}

#[test]
fn a_far_cell_within_the_limits_is_one_cell() {
    let env = Env::new();
    let file = sparse_workbook(
        &env,
        "z.xlsx",
        &[
            (0, 0, "code"),
            (0, 1, "name"),
            (0, 2, "joined"),
            (1, 0, "TT01"),
            (1, 1, "An"),
            (1, 2, "2020-01-01"),
            (1048575, 25, "x"),
        ],
    );
    let err = refused(&env, &["member", "import", &file]);
    assert!(
        err.contains("z.xlsx:Sheet1:1048576: column 26 holds \"x\" but has no heading"),
        "{err}"
    );
}

#[test]
fn a_sheet_row_of_more_than_a_mebibyte_is_refused() {
    let env = Env::new();
    // A cell holds at most 32,767 characters: twenty of them make 1.3 MB.
    let long = "é".repeat(32_767);
    let mut cells = vec![(0, 0, "code"), (0, 1, "name"), (0, 2, "joined")];
    cells.extend((0..20).map(|c| (1, c, long.as_str())));
    let file = sparse_workbook(&env, "long.xlsx", &cells);
    let err = refused(&env, &["member", "import", &file]);
    assert!(
        err.contains("long.xlsx: the sheet \"Sheet1\" is too large to import: row 2 holds more than 1048576 bytes"),
        "{err}"
    );
}

#[test]
fn a_workbook_on_standard_input_is_read_as_one() {
    let env = Env::new();
    let file = workbook(
        &env,
        "ds.xlsx",
        &[
            &["TIÊU ĐỀ"],
            &["Mã", "Họ tên", "Ngày vào"],
            &["TT01", "An", "2020-01-01"],
        ],
    );
    env.run(&["member", "import", "-"])
        .pipe_stdin(&file)
        .expect("stdin")
        .assert()
        .success();
    assert!(
        env.ok(&["--format", "csv", "member", "list"])
            .contains("TT01,An,")
    );
}

#[test]
fn csv_lines_are_bounded_and_counted_at_any_line_end() {
    let env = Env::new();
    let nul = env.file("nul.csv", vec![0u8; 3 << 20]);
    let err = refused(&env, &["member", "import", &nul]);
    assert!(err.contains("nul.csv is a binary file"), "{err}");
    let long = env.file("long.csv", "x".repeat(3 << 20));
    let err = refused(&env, &["member", "import", &long]);
    assert!(
        err.contains("long.csv:1: the line is longer than 1048576 bytes"),
        "{err}"
    );
    let mac = env.file(
        "mac.csv",
        "code,name,joined\rTT01,An,2020-01-01\rTT02,Bình,2020-02-30\r",
    );
    let err = refused(&env, &["member", "import", &mac]);
    assert!(err.contains("mac.csv:3: "), "{err}");
    let fixed = env.file(
        "mac.csv",
        "code,name,joined\rTT01,An,2020-01-01\rTT02,Bình,2020-02-28\r",
    );
    env.ok(&["member", "import", &fixed]);
}

/// A cell of a generated workbook: header words, dates, junk, long text.
fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("code".to_string()),
        Just("name".to_string()),
        Just("joined".to_string()),
        Just("STT".to_string()),
        Just("Họ và tên".to_string()),
        Just("2020-01-01".to_string()),
        Just("29/02/2023".to_string()),
        "[A-Za-zĐđơư0-9 ,;|]{0,12}",
        (1usize..2000).prop_map(|n| "é".repeat(n)),
    ]
}

/// An address: mostly near A1, sometimes anywhere up to XFD1048576.
fn address() -> impl Strategy<Value = (u32, u16)> {
    prop_oneof![
        4 => (0u32..8, 0u16..6),
        1 => (0u32..1_048_576, 0u16..16_384),
        1 => (prop_oneof![Just(1_048_575u32), 0u32..3], prop_oneof![Just(16_383u16), Just(25u16)]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever a small workbook holds, an import ends with 0 or a message
    /// and 1, never a panic or an abort, and a refusal writes nothing.
    #[test]
    fn any_small_workbook_is_imported_or_refused(
        cells in proptest::collection::vec((address(), cell_text()), 0..24),
        kind in 0usize..3,
    ) {
        let env = Env::new();
        let cells: Vec<(u32, u16, &str)> =
            cells.iter().map(|((r, c), t)| (*r, *c, t.as_str())).collect();
        let file = sparse_workbook(&env, "fuzz.xlsx", &cells);
        let group = ["member", "pledge", "model"][kind];
        let before = env.db_hash();
        let out = env.run(&[group, "import", &file]).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        prop_assert!(matches!(out.status.code(), Some(0 | 1)), "status {:?}: {}", out.status, err);
        prop_assert!(!err.contains("panicked"), "{}", err);
        if out.status.code() == Some(1) {
            prop_assert_eq!(env.db_hash(), before);
            prop_assert!(err.starts_with("error: "), "{}", err);
        }
    }
}

/// An .ods workbook of one sheet whose `content.xml` holds `rows`.
fn ods(env: &Env, name: &str, rows: &str) -> String {
    use std::io::Write;
    let path = env.dir.path().join(name);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#)
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    write!(
        zip,
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Danh sách">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    )
    .unwrap();
    zip.finish().unwrap();
    path.display().to_string()
}

#[test]
fn an_ods_sheet_of_repeated_cells_is_refused_before_it_is_expanded() {
    let env = Env::new();
    // Under a kilobyte, asking for 90 million cells: calamine would expand
    // them all when the workbook opens.
    let header = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>code</text:p></table:table-cell></table:table-row>"#;
    let bomb = format!(
        r#"{header}<table:table-row table:number-rows-repeated="9000"><table:table-cell table:number-columns-repeated="10000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#
    );
    let file = ods(&env, "bomb.ods", &bomb);
    assert!(std::fs::metadata(&file).unwrap().len() < 2048);
    let started = std::time::Instant::now();
    let err = refused(&env, &["member", "import", &file]);
    assert!(
        err.contains("bomb.ods: the sheet \"Danh sách\" is too large to import"),
        "{err}"
    );
    assert!(err.contains("9001 rows by 10000 columns"), "{err}");
    // Refused at once, not after minutes of expanding (a loose bound: the
    // expansion took over two minutes).
    assert!(started.elapsed() < std::time::Duration::from_secs(20));

    // LibreOffice's own padding (empty cells and rows repeated to the
    // sheet's edge) is no content and passes.
    let padded = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>code</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>name</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>joined</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16381"/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>X1</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Lê Văn Xuân</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>01/02/2020</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16381"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#;
    let file = ods(&env, "padded.ods", padded);
    env.ok(&["member", "import", &file]);
    assert!(
        env.ok(&["member", "list", "--format", "csv"])
            .contains("X1,Lê Văn Xuân")
    );
}
