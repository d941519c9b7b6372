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
