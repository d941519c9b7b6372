//! Unit tests of `dates`.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn both_date_forms() {
    assert_eq!(parse_date("2024-02-29").unwrap(), d(2024, 2, 29));
    assert_eq!(parse_date("29/02/2024").unwrap(), d(2024, 2, 29));
    assert_eq!(parse_date("1/3/2015").unwrap(), d(2015, 3, 1));
    assert!(parse_date("31/02/2026").is_err());
    assert!(parse_date("29/02/2025").is_err());
    assert!(parse_date("2026-1-1x").is_err());
    assert!(parse_date("26-01-01").is_err());
    assert!(parse_date("").is_err());
}

#[test]
fn months() {
    let today = d(2026, 1, 15);
    assert_eq!(
        Month::parse("last", today).unwrap(),
        Month {
            year: 2025,
            month: 12
        }
    );
    assert_eq!(
        Month::parse("this", today).unwrap(),
        Month {
            year: 2026,
            month: 1
        }
    );
    assert_eq!(
        Month::parse("2024-02", today).unwrap().last_day(),
        d(2024, 2, 29)
    );
    assert_eq!(
        Month::parse("2025-02", today).unwrap().last_day(),
        d(2025, 2, 28)
    );
    assert_eq!(
        Month::parse("2025-12", today).unwrap().last_day(),
        d(2025, 12, 31)
    );
    assert!(Month::parse("2025-13", today).is_err());
    assert!(Month::parse("2025-00", today).is_err());
    assert_eq!(
        Month {
            year: 2025,
            month: 3
        }
        .to_string(),
        "2025-03"
    );
}
