//! Unit tests of `import`.

use super::*;

#[test]
fn months_fast_and_slow() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    assert_eq!(
        parse_month("2026-03", today).unwrap(),
        Month {
            year: 2026,
            month: 3
        }
    );
    assert_eq!(
        parse_month("3/2026", today).unwrap(),
        Month {
            year: 2026,
            month: 3
        }
    );
    assert!(parse_month("2026-13", today).is_err());
    assert!(parse_month("2026-1x", today).is_err());
}

#[test]
fn dates_fast_and_slow() {
    let d = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    assert_eq!(parse_day("2024-02-29").unwrap(), d);
    assert_eq!(parse_day("29/02/2024").unwrap(), d);
    assert!(parse_day("2025-02-29").is_err());
    assert!(parse_day("2025-0a-01").is_err());
    assert_eq!(iso_text(d), "2024-02-29");
    assert_eq!(
        iso_text(NaiveDate::from_ymd_opt(987, 12, 1).unwrap()),
        "0987-12-01"
    );
}
