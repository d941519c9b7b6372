//! Unit tests of `xlsx`.

use super::*;

#[test]
fn a_worksheet_holds_at_most_a_million_rows() {
    let columns = [Column::new("n", "Số", "No.")];
    let out = tempfile::tempfile().expect("a temporary file");
    let mut sink = XlsxSink::new(Lang::En, &columns, "x", false, out).expect("a sink");
    sink.row(&[Cell::Int(1)]).expect("a row");
    sink.row = MAX_ROWS - 1;
    sink.row(&[Cell::Int(2)]).expect("the last row");
    let err = sink.row(&[Cell::Int(3)]).expect_err("one row too many");
    assert!(
        err.to_string().contains("more than a worksheet holds"),
        "{err}"
    );
}

#[test]
fn sheet_names_are_what_a_spreadsheet_accepts() {
    assert_eq!(sheet_name("thanh-vien"), "thanh-vien");
    assert_eq!(sheet_name("a/b:c"), "abc");
    assert_eq!(sheet_name("'x'"), "x");
    assert_eq!(sheet_name("[]"), "danvan");
    assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
}

#[test]
fn messages_keep_their_english_words() {
    use crate::i18n::{Lang, Msg};
    let too_many = Msg::new("output-xlsx-too-many-rows").arg("max", i64::from(MAX_ROWS - 1));
    assert_eq!(
        too_many.text(Lang::En),
        "the export has more than 1048575 rows, more than a worksheet holds"
    );
    assert_eq!(
        too_many.text(Lang::Vi),
        "bản xuất có hơn 1048575 dòng, quá số dòng một trang tính chứa được"
    );
    let failed = WorkbookFailed {
        cause: None,
        temp_dir: "/tmp".into(),
    };
    assert_eq!(
        failed.to_string(),
        "the workbook writer failed (the rows of a workbook wait in the temporary directory, /tmp, until it is saved)"
    );
}
