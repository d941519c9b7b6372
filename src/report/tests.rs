//! Unit tests of `report`.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn month(y: i32, m: u32) -> Month {
    Month { year: y, month: m }
}

#[test]
fn expected_on_the_last_day_or_today() {
    let today = d(2026, 11, 27);
    assert_eq!(expected_on(month(2026, 10), today), Some(d(2026, 10, 31)));
    assert_eq!(expected_on(month(2026, 11), today), Some(today));
    assert_eq!(expected_on(month(2026, 12), today), None);
    assert_eq!(expected_on(month(2024, 2), today), Some(d(2024, 2, 29)));
    assert_eq!(
        expected_on(month(2026, 11), d(2026, 11, 30)),
        Some(d(2026, 11, 30))
    );
}

#[test]
fn report_dates() {
    let today = d(2026, 11, 27);
    let joined = d(2020, 1, 1);
    let ok = |m, l, on| check_report_dates(m, joined, l, on, today);
    assert!(ok(month(2026, 10), None, d(2026, 10, 1)).is_ok());
    assert!(ok(month(2026, 10), None, d(2026, 9, 30)).is_err());
    assert!(ok(month(2026, 11), None, d(2026, 11, 28)).is_err());
    assert!(ok(month(2026, 12), None, today).is_err());
    // Left on the first day of the month: not active on any day of it.
    assert!(ok(month(2026, 10), Some(d(2026, 10, 1)), today).is_err());
    assert!(ok(month(2026, 10), Some(d(2026, 10, 2)), today).is_ok());
    // Joining later this month does not count yet.
    assert!(check_report_dates(month(2026, 11), d(2026, 11, 28), None, today, today).is_err());
}

#[test]
fn item_status_arguments() {
    let s: ItemStatus = "2=chưa làm được:chờ kinh phí: quý 4".parse().unwrap();
    assert_eq!(s.no, 2);
    assert_eq!(s.status, Status::NotDone);
    assert_eq!(s.note, "chờ kinh phí: quý 4");
    let s: ItemStatus = "1=Da lam".parse().unwrap();
    assert_eq!((s.no, s.status, s.note.as_str()), (1, Status::Done, ""));
    assert!("1=finished".parse::<ItemStatus>().is_err());
    assert!("x=done".parse::<ItemStatus>().is_err());
    assert!("done".parse::<ItemStatus>().is_err());
}

/// The refusals of a report's dates, as an import's problem list and
/// `report add` say them, in both languages.
#[test]
fn report_dates_in_both_languages() {
    use crate::i18n::Lang;
    let today = d(2026, 11, 27);
    let refused = |m, l, on| {
        check_report_dates(m, d(2020, 1, 1), l, on, today)
            .unwrap_err()
            .msg()
    };
    let early = refused(month(2026, 10), None, d(2026, 9, 30));
    assert_eq!(
        early.text(Lang::Vi),
        "ngày nộp 30/09/2026 sớm hơn ngày đầu của tháng 10/2026"
    );
    assert_eq!(
        early.text(Lang::En),
        "the submission date 2026-09-30 is before 2026-10 begins"
    );
    let left = refused(month(2026, 10), Some(d(2026, 10, 1)), today);
    assert_eq!(
        left.text(Lang::Vi),
        "thành viên không công tác ngày nào trong tháng 10/2026: đã rời cơ quan ngày 01/10/2026"
    );
    let row = Msg::new("report-row-refused")
        .arg("code", "NV001")
        .arg("month", month(2026, 12))
        .arg("problem", refused(month(2026, 12), None, today));
    assert_eq!(
        row.text(Lang::Vi),
        "báo cáo của NV001 cho tháng 12/2026 không được nhận: tháng 12/2026 chưa bắt đầu \
         (hôm nay là 27/11/2026); chỉ báo cáo cho tháng này hoặc các tháng trước"
    );
    assert_eq!(
        row.text(Lang::En),
        "the report of NV001 for 2026-12 is refused: 2026-12 has not begun \
         (today is 2026-11-27); a report is for the current month or an earlier one"
    );
}

/// A cell's error in an import row keeps its catalogue message and hint.
#[test]
fn a_cell_problem_keeps_its_message_and_hint() {
    use crate::i18n::Lang;
    let e = "x".parse::<ItemStatus>().unwrap_err();
    let cell = crate::import::at_key("status", &e);
    assert_eq!(
        cell.text(Lang::En),
        format!("status: {}", crate::import::row_message(&e).text(Lang::En))
    );
    assert!(
        cell.text(Lang::Vi)
            .starts_with("Kết quả: \"x\" không phải là kết quả của một việc: "),
        "{}",
        cell.text(Lang::Vi)
    );
}
