//! Dates and months as the clerk types them: `YYYY-MM-DD`, `DD/MM/YYYY`,
//! `D/M/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`; `YYYY-MM`, `this`, `last`; and
//! today, which `DANVAN_TODAY` can fix.

use std::fmt;
use std::str::FromStr;

use anyhow::Result;
use chrono::{Datelike, Local, NaiveDate};

use crate::error::{ArgError, UserError, user_msg};
use crate::i18n::Msg;
use crate::vocab::Lang;

/// Today's date: `DANVAN_TODAY` when set (tests, re-running a past month's
/// reminder), else the local clock.
pub fn today() -> Result<NaiveDate> {
    match std::env::var("DANVAN_TODAY") {
        Ok(value) if !value.trim().is_empty() => parse_date(&value).map_err(|_| {
            user_msg(
                Msg::new("dates-today-env").arg("value", format!("{value:?}")),
                Some(Msg::new("dates-today-env-hint")),
            )
        }),
        _ => Ok(Local::now().date_naive()),
    }
}

/// The date forms `parse_date` accepts, as a message lists them.
pub const DATE_FORMS: &str = "YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026) or DD.MM.YYYY (31.03.2026)";

/// Parse a date as people type it: `YYYY-MM-DD`, or day, month and a
/// four-digit year separated by `/`, `-` or `.` (`31/03/2026`, `1/3/2026`,
/// `31-03-2026`, `31.03.2026`); day and month may have one digit.
pub fn parse_date(input: &str) -> Result<NaiveDate> {
    let s = input.trim();
    // A date cell that lost its date format shows its serial number.
    let serial = s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit());
    let bad = || {
        let id = if serial {
            "dates-not-a-date-serial"
        } else {
            "dates-not-a-date"
        };
        user_msg(Msg::new(id).arg("value", format!("{s:?}")), None)
    };
    let (y, m, d) = date_parts(s).ok_or_else(bad)?;
    let (y, m, d): (i32, u32, u32) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
        user_msg(
            Msg::new("dates-no-such-day")
                .arg("value", format!("{s:?}"))
                .arg("day", i64::from(d))
                .arg("month", i64::from(m))
                .arg("year", i64::from(y)),
            Some(Msg::new("dates-no-such-day-hint")),
        )
    })
}

/// The year, month and day of a date in one of the `DATE_FORMS`, each
/// made of digits only (a four-digit year; day and month of one or two).
fn date_parts(s: &str) -> Option<(&str, &str, &str)> {
    let sep = s.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = s.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    // Only `-` may come year first, as ISO writes it.
    let (y, m, d) = if sep == '-' && a.len() == 4 {
        (a, b, c)
    } else {
        (c, b, a)
    };
    let digits = |p: &str, min: usize, max: usize| {
        (min..=max).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    (digits(y, 4, 4) && digits(m, 1, 2) && digits(d, 1, 2)).then_some((y, m, d))
}

/// A date as clap parses it from the command line.
pub fn date_arg(s: &str) -> Result<NaiveDate, ArgError> {
    parse_date(s).map_err(arg_error)
}

/// A year as clap parses it: four digits.
pub fn year_arg(s: &str) -> Result<i32, ArgError> {
    parse_year(s).map_err(arg_error)
}

/// A value parser's error, clap printing its message (without its hint,
/// as it always has) in the language.
fn arg_error(e: anyhow::Error) -> ArgError {
    let user = match e.downcast::<UserError>() {
        Ok(u) => UserError {
            hint: None,
            localized: u.localized.map(|mut l| {
                l.hint = None;
                l
            }),
            ..u
        },
        Err(e) => UserError::invalid_value(&e),
    };
    ArgError(Box::new(user))
}

/// A year: four digits, 1900–9999.
pub fn parse_year(s: &str) -> Result<i32> {
    let t = s.trim();
    match t.parse::<i32>() {
        Ok(y) if t.len() == 4 && (1900..=9999).contains(&y) => Ok(y),
        _ => Err(user_msg(
            Msg::new("dates-not-a-year").arg("value", format!("{t:?}")),
            None,
        )),
    }
}

/// ISO form, as CSV and JSON write dates.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A date in the language's form, as tables show it.
pub fn display_date(d: NaiveDate, lang: Lang) -> String {
    crate::i18n::date_text(lang, d)
}

/// A month in running text: `tháng 11/2026`, `November 2026`.
pub fn display_month(m: Month, lang: Lang) -> String {
    match lang {
        Lang::Vi => crate::i18n::month_text(lang, m.year, m.month),
        Lang::En => m.first_day().format("%B %Y").to_string(),
    }
}

/// The first and last day of `year` (the ends of the calendar for a year
/// beyond it).
pub fn year_bounds(year: i32) -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX),
    )
}

/// The date on which a year's active members are counted (DESIGN "The
/// numbers"): 31 December of `year`, or today for the current year. A
/// later year, which only pledges reach (summaries, suggestions and
/// awards refuse it), is counted on its own 31 December, not on today.
pub fn reference_date(year: i32, today: NaiveDate) -> NaiveDate {
    if year == today.year() {
        today
    } else {
        year_bounds(year).1
    }
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

/// A month in a message: `tháng 11/2026` in Vietnamese, `2026-11` in English.
impl From<Month> for crate::i18n::Arg {
    fn from(m: Month) -> crate::i18n::Arg {
        crate::i18n::Arg::Month(m.year, m.month)
    }
}

impl Month {
    pub fn of(date: NaiveDate) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("a Month is always valid")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next()
            .first_day()
            .pred_opt()
            .expect("a Month is always valid")
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                year: self.year,
                month: self.month + 1,
            }
        }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                year: self.year,
                month: self.month - 1,
            }
        }
    }

    /// Parse `YYYY-MM` (also `MM/YYYY`), `this` or `last`, relative to `today`.
    pub fn parse(input: &str, today: NaiveDate) -> Result<Month> {
        let s = input.trim();
        match s.to_lowercase().as_str() {
            "this" | "tháng này" => return Ok(Month::of(today)),
            "last" | "tháng trước" => return Ok(Month::of(today).prev()),
            _ => {}
        }
        let bad = || {
            user_msg(
                Msg::new("dates-not-a-month").arg("value", format!("{s:?}")),
                Some(Msg::new("dates-not-a-month-hint")),
            )
        };
        let (y, m) = if let Some((y, m)) = s.split_once('-') {
            (y, m)
        } else if let Some((m, y)) = s.split_once('/') {
            (y, m)
        } else {
            return Err(bad());
        };
        if y.len() != 4 || m.is_empty() || m.len() > 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u32 = m.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(user_msg(
                Msg::new("dates-no-such-month")
                    .arg("value", format!("{s:?}"))
                    .arg("month", i64::from(month)),
                Some(Msg::new("dates-no-such-month-hint")),
            ));
        }
        Ok(Month { year, month })
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for Month {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Month> {
        Month::parse(s, today()?)
    }
}

/// A month as clap parses it from the command line.
pub fn month_arg(s: &str) -> Result<Month, ArgError> {
    s.parse::<Month>().map_err(arg_error)
}

#[cfg(test)]
mod tests;
