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
fn every_date_form() {
    for typed in [
        "2026-03-01",
        "01/03/2026",
        "1/3/2026",
        "01-03-2026",
        "1-3-2026",
        "01.03.2026",
        "1.3.2026",
        " 1/03/2026 ",
    ] {
        assert_eq!(parse_date(typed).unwrap(), d(2026, 3, 1), "{typed}");
    }
}

#[test]
fn dates_at_the_boundaries() {
    // 29 February: a leap year, a common year, a century that is not leap.
    for typed in ["29/2/2024", "29-02-2024", "29.02.2024", "2024-02-29"] {
        assert_eq!(parse_date(typed).unwrap(), d(2024, 2, 29), "{typed}");
    }
    assert_eq!(parse_date("29.2.2000").unwrap(), d(2000, 2, 29));
    for typed in ["29/2/2025", "29-02-2025", "29.02.1900", "2025-02-29"] {
        let e = parse_date(typed).unwrap_err().to_string();
        assert!(e.contains("there is no day 29 in month 2"), "{typed}: {e}");
    }
    // 30 days hath April.
    assert_eq!(parse_date("30/4/2026").unwrap(), d(2026, 4, 30));
    assert!(parse_date("31/4/2026").is_err());
    assert!(parse_date("31.04.2026").is_err());
    assert_eq!(parse_date("31.12.2026").unwrap(), d(2026, 12, 31));
    assert_eq!(parse_date("1.1.2026").unwrap(), d(2026, 1, 1));
    assert!(parse_date("0/1/2026").is_err());
    assert!(parse_date("1/13/2026").is_err());
    assert!(parse_date("32/1/2026").is_err());
}

#[test]
fn what_is_not_a_date_lists_the_forms() {
    for typed in [
        "1/3/26",
        "2026/03/01",
        "2026.03.01",
        "01/03-2026",
        "001/03/2026",
        "1/3/2026/1",
        "1 3 2026",
        "hôm qua",
        "1/3/２０２６",
    ] {
        let e = parse_date(typed).unwrap_err().to_string();
        assert!(e.contains("is not a date"), "{typed}: {e}");
        assert!(e.contains(DATE_FORMS), "{typed}: {e}");
    }
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

#[test]
fn reference_dates() {
    let today = d(2026, 11, 27);
    assert_eq!(reference_date(2026, today), today);
    assert_eq!(reference_date(2025, today), d(2025, 12, 31));
    assert_eq!(reference_date(2026, d(2026, 12, 31)), d(2026, 12, 31));
    assert_eq!(reference_date(2026, d(2026, 1, 1)), d(2026, 1, 1));
    // A year to come (next year's pledges) is counted on its own end.
    assert_eq!(reference_date(2027, today), d(2027, 12, 31));
}

#[test]
fn years_have_bounds() {
    assert_eq!(year_bounds(2024), (d(2024, 1, 1), d(2024, 12, 31)));
}
