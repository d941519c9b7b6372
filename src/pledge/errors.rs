//! The errors of pledges that carry their data: the command layer adds
//! the hints that name commands.

use super::*;

/// A text that is not an item written `MEMBER/YEAR/NO`. `cli` adds the
/// hint that shows how to list the items.
#[derive(Debug)]
pub struct NotAnItem {
    pub typed: String,
}

impl NotAnItem {
    pub fn msg(&self) -> Msg {
        Msg::new("pledge-not-an-item").arg("typed", format!("{:?}", self.typed))
    }
}

/// A member who was active on no day of the year of a pledge.
#[derive(Debug)]
pub struct NotActiveInYear {
    pub code: String,
    pub name: String,
    pub year: i32,
    /// The member's dates: when they left, or when they joined.
    pub when: Msg,
}

impl NotActiveInYear {
    pub fn msg(&self) -> Msg {
        Msg::new("pledge-not-active-in-year")
            .arg("code", &self.code)
            .arg("name", &self.name)
            .arg("year", self.year.to_string())
            .arg("when", self.when.clone())
    }
}

/// An item number the member does not have in the year.
#[derive(Debug)]
pub struct NoSuchItem {
    pub member: String,
    pub year: i32,
    pub no: i64,
}

impl NoSuchItem {
    pub fn msg(&self) -> Msg {
        Msg::new("pledge-no-such-item")
            .arg("member", &self.member)
            .arg("no", self.no)
            .arg("year", self.year.to_string())
    }
}

/// An item that reports refer to, which cannot be removed.
#[derive(Debug)]
pub struct ItemReported {
    pub item: ItemRef,
    /// The months of the reports, in order; at least one.
    pub months: Vec<Month>,
}

impl ItemReported {
    pub fn msg(&self) -> Msg {
        Msg::new("pledge-item-reported")
            .arg("item", self.item.to_string())
            .arg("n", self.months.len())
            .arg("months", months_arg(&self.months))
    }
}

/// A list of months, as the language writes each: `2026-03, 2026-04`,
/// `tháng 3/2026, tháng 4/2026`.
pub fn months_arg(months: &[Month]) -> Arg {
    match months {
        [] => Arg::Text(String::new()),
        [one] => (*one).into(),
        [first, rest @ ..] => Msg::new("pledge-month-list")
            .arg("first", *first)
            .arg("rest", months_arg(rest))
            .into(),
    }
}

/// The member's dates, as the refusals of a pledge or a report say them:
/// when they left, if that is before the period, else when they joined.
pub fn when_msg(joined: NaiveDate, left: Option<NaiveDate>, first: NaiveDate) -> Msg {
    match left {
        Some(left) if left <= first || left <= joined => {
            Msg::new("pledge-member-left-on").arg("date", left)
        }
        _ => Msg::new("pledge-member-joined-on").arg("date", joined),
    }
}

/// The error of a member found by code whose id then vanished: a bug.
pub fn vanished(code: &str) -> anyhow::Error {
    user_msg(Msg::new("pledge-member-vanished").arg("code", code), None)
}

/// `Display` (the English message, as tests and logs read it) and `Error`
/// for typed errors that have a `msg()`.
macro_rules! english_display {
    ($($name:ident),+) => {
        $(
            impl ::std::fmt::Display for $name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&self.msg().text($crate::i18n::Lang::En))
                }
            }

            impl ::std::error::Error for $name {}
        )+
    };
}
pub(crate) use english_display;

english_display!(NotAnItem, NotActiveInYear, NoSuchItem, ItemReported);
