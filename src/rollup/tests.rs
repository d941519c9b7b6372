//! Unit tests of `rollup`.

use std::collections::BTreeMap;

use super::*;
use crate::summary::{Figure, METRICS, count_keys};

fn cell(name: &str, active: i64, registered: i64, done: i64, reported: i64) -> CellCounts {
    let mut year = BTreeMap::new();
    year.insert("active_members".to_string(), active);
    year.insert("registered_members".to_string(), registered);
    year.insert("items_done".to_string(), done);
    year.insert("items_reported".to_string(), reported);
    let mut period = BTreeMap::new();
    period.insert("active_members".to_string(), active + 1);
    CellCounts {
        name: name.into(),
        yearly: BTreeMap::from([(2025, year)]),
        period,
    }
}

fn metric(key: &str) -> &'static crate::summary::Metric {
    METRICS.iter().find(|m| m.key == key).unwrap()
}

#[test]
fn rates_are_recomputed_from_summed_counts() {
    let review = Review::of_cells(
        vec![2025],
        &[cell("A", 10, 10, 1, 4), cell("B", 30, 15, 9, 6)],
    );
    assert_eq!(
        review.year_figure(metric("registration_rate"), 2025, None),
        Figure::Rate(25, 40)
    );
    // 10/10 done over 4 and 6 reported: 10/10, not the mean of 25 % and 150 %.
    assert_eq!(
        review.total_figure(metric("done_rate"), None),
        Figure::Rate(10, 10)
    );
    // Stocks of the period: each cell's distinct count, summed.
    assert_eq!(
        review.total_figure(metric("active_members"), None),
        Figure::Count(42)
    );
    assert_eq!(
        review.total_figure(metric("active_members"), Some("B")),
        Figure::Count(31)
    );
}

#[test]
fn every_rate_has_its_counts_in_the_file() {
    let keys = count_keys();
    assert!(keys.contains(&"items_reported"));
    for m in METRICS {
        if let crate::summary::Sum::Rate(num, den) = m.sum {
            assert!(keys.contains(&num) && keys.contains(&den), "{}", m.key);
        } else {
            assert!(keys.contains(&m.key), "{}", m.key);
        }
    }
}
