//! The `remove` commands of every group: each parses, calls
//! `crate::removal`, and says what was removed after the commit.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::dates::{Month, year_arg};
use crate::pledge::ItemRef;
use crate::removal::{self, Items};
use crate::vocab::{Kind, arg};

#[derive(Debug, Args)]
pub struct ReportRemoveArgs {
    /// The member's code
    code: String,
    /// The month of the report: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>)]
    month: Month,
}

#[derive(Debug, Args)]
pub struct EvaluationRemoveArgs {
    /// member, unit or model
    #[arg(value_parser = arg::<Kind>)]
    kind: Kind,
    /// The member's code, the unit's name or the model's code
    subject: String,
    /// The year rated
    #[arg(long, value_parser = year_arg)]
    year: i32,
}

#[derive(Debug, Args)]
pub struct CodeRemoveArgs {
    /// The code
    code: String,
}

#[derive(Debug, Args)]
pub struct PledgeRemoveArgs {
    /// The items, as MEMBER/YEAR/NO (e.g. NV001/2026/3); several are removed together or not at all
    #[arg(value_parser = arg::<ItemRef>, required_unless_present = "member", conflicts_with = "member")]
    items: Vec<ItemRef>,
    /// Every item of this member for --year
    #[arg(long, requires = "year")]
    member: Option<String>,
    /// The year of --member's items
    #[arg(long, value_parser = year_arg, requires = "member")]
    year: Option<i32>,
}

pub fn cmd_report(ctx: &Ctx, args: ReportRemoveArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let month = args.month;
    let old = db.write(|w| removal::remove_report(w, &args.code, month))?;
    ctx.confirm(&format!(
        "{} {} {month} ({} items)",
        ctx.say("Đã xóa báo cáo của", "Removed the report of"),
        old.member,
        old.items.len()
    ))
}

pub fn cmd_evaluation(ctx: &Ctx, args: EvaluationRemoveArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_evaluation(w, args.kind, &args.subject, args.year))?;
    ctx.confirm(&format!(
        "{} {} {} {}",
        ctx.say("Đã xóa đánh giá", "Removed the evaluation of"),
        old.kind,
        old.subject,
        old.year
    ))
}

pub fn cmd_model(ctx: &Ctx, args: CodeRemoveArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_model(w, &args.code))?;
    ctx.confirm(&format!(
        "{} {} ({})",
        ctx.say("Đã xóa mô hình", "Removed model"),
        old.code,
        old.name
    ))
}

pub fn cmd_member(ctx: &Ctx, args: CodeRemoveArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_member(w, &args.code))?;
    ctx.confirm(&format!(
        "{} {} ({})",
        ctx.say("Đã xóa cán bộ", "Removed member"),
        old.code,
        old.name
    ))
}

pub fn cmd_pledge(ctx: &Ctx, args: PledgeRemoveArgs) -> Result<()> {
    let items = match (args.member, args.year) {
        (Some(member), Some(year)) => Items::OfYear { member, year },
        _ => Items::Listed(args.items),
    };
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_pledges(w, &items))?;
    for item in &old {
        ctx.confirm(&format!(
            "{} {}: {}",
            ctx.say("Đã xóa mục đăng ký", "Removed pledge item"),
            item.item_ref(),
            item.text
        ))?;
    }
    Ok(())
}
