//! The thresholds of the title rules, read from the cell's settings.

use anyhow::Result;
use rusqlite::Connection;

use crate::db::bad_stored_value;
use crate::import::parse_yes_no;

/// The rule thresholds (DESIGN.md, "Emulation titles and commendations").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Thresholds {
    /// Months of the year on whose last day an LĐTT was active (Nghị định
    /// 98/2023: at least 10 months of work in the year).
    pub ldtt_min_months: u32,
    /// Whether a CSTĐCS must be rated excellent.
    pub cstdcs_requires_excellent: bool,
    /// CSTĐCS at most this percent of the year's LĐTT (0: no cap).
    pub cstdcs_cap_percent: u32,
    /// A Tập thể LĐTT has at least this percent of its active members LĐTT.
    pub ttldtt_min_percent: u32,
}

/// The share of LĐTT a Tập thể lao động xuất sắc needs: fixed by Luật Thi
/// đua, khen thưởng 2022, not a setting.
pub const TTLDXS_MIN_PERCENT: u32 = 70;

/// One setting in force: its stored value, else its default, both from
/// the settings module (`danvan setting`).
fn setting(conn: &Connection, name: &str) -> Result<String> {
    let key: crate::setting::Key = name.parse()?;
    crate::setting::get(conn, key)
}

fn number(conn: &Connection, key: &str, max: u32) -> Result<u32> {
    let v = setting(conn, key)?;
    v.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| *n <= max)
        .ok_or_else(|| bad_stored_value("setting", key, "value", &format!("{v:?}")))
}

fn switch(conn: &Connection, key: &str) -> Result<bool> {
    let v = setting(conn, key)?;
    match v.trim().to_lowercase().as_str() {
        "on" => Ok(true),
        "off" => Ok(false),
        t => parse_yes_no(t)
            .ok_or_else(|| bad_stored_value("setting", key, "value", &format!("{v:?}"))),
    }
}

/// The thresholds the settings give, each setting's default where unset
/// (the defaults are the settings module's, `setting list` shows them).
pub fn thresholds(conn: &Connection) -> Result<Thresholds> {
    Ok(Thresholds {
        ldtt_min_months: number(conn, "ldtt_min_months", 12)?,
        cstdcs_requires_excellent: switch(conn, "cstdcs_requires_excellent")?,
        cstdcs_cap_percent: number(conn, "cstdcs_cap_percent", 100)?,
        ttldtt_min_percent: number(conn, "ttldtt_min_percent", 100)?,
    })
}

/// How many CSTĐCS the cap allows among `ldtt` LĐTT: the percent rounded
/// down, at least one; None for no cap.
pub fn cstdcs_cap(percent: u32, ldtt: u64) -> Option<u64> {
    if percent == 0 {
        return None;
    }
    Some((ldtt * u64::from(percent) / 100).max(1))
}

/// Whether `part` of `whole` is at least `percent` percent, on the exact
/// fraction (an empty whole never is).
pub fn at_least_percent(part: u64, whole: u64, percent: u32) -> bool {
    whole > 0 && part * 100 >= whole * u64::from(percent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_rounds_down_but_allows_one() {
        assert_eq!(cstdcs_cap(15, 6), Some(1));
        assert_eq!(cstdcs_cap(15, 7), Some(1));
        assert_eq!(cstdcs_cap(15, 20), Some(3));
        assert_eq!(cstdcs_cap(15, 0), Some(1));
        assert_eq!(cstdcs_cap(0, 20), None);
    }

    #[test]
    fn percent_on_the_exact_fraction() {
        assert!(at_least_percent(7, 10, 70));
        assert!(!at_least_percent(69, 100, 70));
        assert!(at_least_percent(70, 100, 70));
        assert!(!at_least_percent(0, 0, 70));
    }
}
