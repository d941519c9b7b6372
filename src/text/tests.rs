//! Unit tests of `text`.

use super::*;

#[test]
fn clean_folds_spaces_and_composes() {
    assert_eq!(clean("  Trần  Văn\tĐức "), "Trần Văn Đức");
    let decomposed: String = "Lê Thị Ánh Tuyết".nfd().collect();
    assert_ne!(decomposed, "Lê Thị Ánh Tuyết");
    assert_eq!(clean(&decomposed), "Lê Thị Ánh Tuyết");
}

#[test]
fn fold_drops_marks_and_case() {
    assert_eq!(fold("Đảng viên"), "dang vien");
    assert_eq!(fold("DANG  VIEN"), "dang vien");
    assert_eq!(fold("Người lao động"), "nguoi lao dong");
}

#[test]
fn vietnamese_letters_order() {
    let mut words: Vec<String> = ["đa", "da", "ơ", "ô", "o", "â", "ă", "a", "ư", "u", "ê", "e"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    sort_vi(&mut words);
    assert_eq!(
        words,
        ["a", "ă", "â", "da", "đa", "e", "ê", "o", "ô", "ơ", "u", "ư"]
    );
}

#[test]
fn people_sorted_by_given_name_first() {
    let mut people = [
        ("Nguyễn Văn Bình", "3"),
        ("Trần Thị An", "2"),
        ("Lê Văn An", "1"),
    ];
    people.sort_by(|a, b| compare_people(a.0, a.1, b.0, b.1));
    let codes: Vec<&str> = people.iter().map(|p| p.1).collect();
    assert_eq!(codes, ["1", "2", "3"]);
}

#[test]
fn nearest_spellings() {
    let units = [
        "Văn phòng Sở",
        "Phòng Kế hoạch - Tài chính",
        "Trung tâm Công nghệ thông tin",
        "Thanh tra Sở",
        "Phòng Tổ chức",
    ];
    // Contained, whatever the case and the marks.
    assert_eq!(nearest(units, "van phong", 3)[0], "Văn phòng Sở");
    assert_eq!(nearest(units, "VĂN PHÒNG SỞ", 1), ["Văn phòng Sở"]);
    // One slip.
    assert_eq!(nearest(units, "Thanh tre Sở", 3)[0], "Thanh tra Sở");
    // A shared word: the more shared the nearer.
    assert_eq!(
        nearest(units, "Văn phòng UBND", 3),
        [
            "Văn phòng Sở",
            "Phòng Tổ chức",
            "Phòng Kế hoạch - Tài chính"
        ]
    );
    assert_eq!(nearest(units, "Phòng Ma", 2).len(), 2);
    // Nothing near.
    assert!(nearest(units, "Kho bạc", 3).is_empty());
    assert!(nearest(units, "", 3).is_empty());
    // Codes: a missing digit, another case.
    let codes = ["NV001", "NV010", "KH01", "VP02"];
    assert_eq!(nearest(codes, "nv01", 3), ["NV010", "NV001"]);
    assert!(nearest(codes, "NV999", 3).is_empty());
    // đ is d.
    assert_eq!(nearest(["Đội thuế"], "doi thue", 3), ["Đội thuế"]);
}

#[test]
fn edit_distances() {
    let d = |a: &str, b: &str| {
        edit_distance(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
        )
    };
    assert_eq!(d("", ""), 0);
    assert_eq!(d("abc", ""), 3);
    assert_eq!(d("kitten", "sitting"), 3);
    assert_eq!(d("nv01", "nv001"), 1);
    assert_eq!(d("ân", "an"), 1);
}

#[test]
fn cleaning_borrows_clean_cells() {
    assert!(matches!(cleaned("NV001"), Cow::Borrowed(_)));
    assert!(matches!(cleaned("Đã làm xong"), Cow::Borrowed(_)));
    let decomposed: String = "Đã làm".nfd().collect();
    assert_eq!(cleaned(&decomposed), "Đã làm");
    assert_eq!(cleaned(" Xong  rồi "), "Xong rồi");
    assert_eq!(cleaned("a\tb"), "a b");
}
