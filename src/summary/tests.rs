//! Unit tests of `summary`.

use super::*;
use crate::vocab::{Rating, Term};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn ended_months_of_a_year() {
    let today = d(2026, 11, 27);
    assert_eq!(ended_months(2025, today), 12);
    assert_eq!(ended_months(2026, today), 10);
    assert_eq!(ended_months(2026, d(2026, 1, 31)), 0);
    assert_eq!(ended_months(2026, d(2026, 2, 1)), 1);
    assert_eq!(ended_months(2027, today), 0);
}

#[test]
fn every_metric_key_is_reachable() {
    for f in Field::ALL {
        assert!(!key_for("pledge_items", *f).is_empty());
        assert!(!key_for("running_models", *f).is_empty());
    }
    assert_eq!(rating_key(Rating::Good.code()), "rated_good");
    for t in crate::vocab::Title::ALL {
        let key = title_key(t.code());
        assert!(METRICS.iter().any(|m| m.key == key), "{t}");
    }
    assert_eq!(title_key("initiatives"), "initiatives");
    assert_eq!(METRICS.len(), 35);
}
