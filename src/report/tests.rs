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
