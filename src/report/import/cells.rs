//! The cells of a reports file read fast: millions of months, dates and
//! statuses in the forms `export reports` writes, without chrono's
//! general parser and formatter; other forms take the general way.

use anyhow::Result;
use chrono::{Datelike, NaiveDate};

use crate::dates::{Month, iso, parse_date};
use crate::vocab::Status;

/// `YYYY-MM` without allocating; other forms go through `Month::parse`.
pub(super) fn parse_month(s: &str, today: NaiveDate) -> Result<Month> {
    let b = s.as_bytes();
    if b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
    {
        let year = (0..4).fold(0, |acc, i| acc * 10 + i32::from(b[i] - b'0'));
        let month = u32::from(b[5] - b'0') * 10 + u32::from(b[6] - b'0');
        if (1..=12).contains(&month) {
            return Ok(Month { year, month });
        }
    }
    Month::parse(s, today)
}

/// `YYYY-MM-DD` without chrono's general parser; other forms go through
/// `parse_date`.
pub(super) fn parse_day(s: &str) -> Result<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
        && let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d)
    {
        return Ok(date);
    }
    parse_date(s)
}

/// A date as the database stores it, without chrono's formatter.
pub(super) fn iso_text(d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return iso(d);
    }
    let mut s = String::with_capacity(10);
    for n in [y as u32 / 100, y as u32 % 100] {
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
    }
    for n in [m, day] {
        s.push('-');
        s.push(char::from(b'0' + (n / 10) as u8));
        s.push(char::from(b'0' + (n % 10) as u8));
    }
    s
}

pub(super) fn parse_status(s: &str) -> Result<Status> {
    match s {
        "done" => Ok(Status::Done),
        "in-progress" => Ok(Status::InProgress),
        "not-done" => Ok(Status::NotDone),
        other => other.parse(),
    }
}
