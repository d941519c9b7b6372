//! Hints of pledges, reports, the summary and the review.

use std::str::FromStr;

use crate::dates::Month;
use crate::error::{ArgError, UserError};
use crate::i18n::Msg;
use crate::pledge::{ItemReported, NoSuchItem, NotActiveInYear, NotAnItem};
use crate::report::{CannotRecord, NoPledge, NotPledged, ReportExists};

/// An error of this area as the clerk reads it, with its hint.
pub(super) fn explain(err: &anyhow::Error) -> Option<UserError> {
    fn find<T: std::error::Error + Send + Sync + 'static>(err: &anyhow::Error) -> Option<&T> {
        err.chain().find_map(|e| e.downcast_ref::<T>())
    }
    let (message, hint) = if let Some(e) = find::<NotAnItem>(err) {
        (e.msg(), Msg::new("hint-pledge-not-an-item"))
    } else if let Some(e) = find::<NotActiveInYear>(err) {
        (
            e.msg(),
            Msg::new("hint-pledge-not-active").arg("code", &e.code),
        )
    } else if let Some(e) = find::<NoSuchItem>(err) {
        (
            e.msg(),
            Msg::new("hint-pledge-see-items")
                .arg("code", &e.member)
                .arg("year", e.year.to_string()),
        )
    } else if let Some(e) = find::<ItemReported>(err) {
        let first = e.months.first().map(Month::to_string).unwrap_or_default();
        (
            e.msg(),
            Msg::new("hint-pledge-item-reported")
                .arg("code", &e.item.member)
                .arg("month", first),
        )
    } else if let Some(e) = find::<CannotRecord>(err) {
        (e.msg(), cannot_record_hint(e))
    } else if let Some(e) = find::<NoPledge>(err) {
        let hint = if e.showing {
            Msg::new("hint-report-see-pledges").arg("code", &e.code)
        } else {
            Msg::new("hint-report-register-first")
                .arg("code", &e.code)
                .arg("year", e.year.to_string())
        };
        (e.msg(), hint)
    } else if let Some(e) = find::<NotPledged>(err) {
        (
            e.msg(),
            Msg::new("hint-report-see-items")
                .arg("code", &e.code)
                .arg("year", e.year.to_string()),
        )
    } else if let Some(e) = find::<ReportExists>(err) {
        (
            e.msg(),
            Msg::new("hint-report-exists")
                .arg("code", &e.code)
                .arg("month", e.month.to_string()),
        )
    } else {
        return None;
    };
    Some(UserError::from_msg(message, Some(hint)))
}

/// The hint of a report refused for its dates: the day it was handed in
/// when `--on` was given wrong, else the month, else the member's dates.
fn cannot_record_hint(e: &CannotRecord) -> Msg {
    let first = e.month.first_day();
    if e.submitted_on != e.today && (e.submitted_on > e.today || e.submitted_on < first) {
        Msg::new("hint-report-give-on")
            .arg("first", first)
            .arg("today", e.today)
    } else if e.month > Month::of(e.today) {
        Msg::new("hint-report-check-month")
    } else {
        Msg::new("hint-report-check-member").arg("code", &e.code)
    }
}

/// A value parser for clap whose typed errors get their hint here, as the
/// errors of commands do (`NotAnItem` for `pledge edit NV001/2026`).
pub(in crate::cli) fn hinted_arg<T: FromStr<Err = anyhow::Error>>(s: &str) -> Result<T, ArgError> {
    s.parse::<T>().map_err(|e| {
        ArgError(Box::new(match super::explain(e).downcast::<UserError>() {
            Ok(u) => u,
            Err(e) => UserError::invalid_value(&e),
        }))
    })
}
