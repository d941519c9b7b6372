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
