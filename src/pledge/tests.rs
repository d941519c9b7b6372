//! Unit tests of `pledge`.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn item_references() {
    let r: ItemRef = "NV001/2026/2".parse().unwrap();
    assert_eq!(r.to_string(), "NV001/2026/2");
    assert_eq!(r.no, 2);
    for bad in [
        "NV001/2026",
        "NV001/2026/0",
        "NV001/26/1",
        "/2026/1",
        "NV001/2026/x",
        "a/b/c/d",
    ] {
        assert!(bad.parse::<ItemRef>().is_err(), "{bad}");
    }
}

#[test]
fn active_during_a_period() {
    let (first, last) = (d(2026, 3, 1), d(2026, 3, 31));
    assert!(active_during(d(2026, 3, 31), None, first, last));
    assert!(!active_during(d(2026, 4, 1), None, first, last));
    assert!(active_during(
        d(2020, 1, 1),
        Some(d(2026, 3, 2)),
        first,
        last
    ));
    assert!(!active_during(
        d(2020, 1, 1),
        Some(d(2026, 3, 1)),
        first,
        last
    ));
    // Joined and left the same day: never active.
    assert!(!active_during(
        d(2026, 3, 5),
        Some(d(2026, 3, 5)),
        first,
        last
    ));
}

#[test]
fn reference_dates() {
    assert_eq!(reference_date(2026, d(2026, 11, 27)), d(2026, 11, 27));
    assert_eq!(reference_date(2025, d(2026, 11, 27)), d(2025, 12, 31));
}
