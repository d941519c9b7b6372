//! `danvan award …`: the year's emulation titles proposed by the rules,
//! the council's decisions, and the titles granted.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::args::{ExportArgs, ImportArgs, columns_help};
use super::ctx::{Ctx, count};
use super::write::{Export, finish_import};
use crate::award::{self, Decision, Filter, Grant, State};
use crate::dates::{date_arg, year_arg};
use crate::i18n::Msg;
use crate::import::CsvInput;
use crate::vocab::{Level, Title, arg};

#[derive(Debug, Subcommand)]
pub enum AwardCommand {
    /// The titles each member and unit qualifies for in a year, with the rule and the facts
    ///
    /// LĐTT, CSTĐCS (capped), Tập thể lao động tiên tiến and xuất sắc, and
    /// the candidates for Bằng khen and Chiến sĩ thi đua cấp tỉnh by streak.
    /// The thresholds are the settings ldtt_min_months, cstdcs_requires_excellent,
    /// cstdcs_cap_percent and ttldtt_min_percent. With --apply, records the
    /// proposals in place of the year's undecided ones.
    ///
    /// Example: danvan award propose --year 2025 --apply
    Propose(ProposeArgs),
    /// Record a decision and grant under it the year's proposals it names
    ///
    /// Example: danvan award decide 70/QĐ-UBND --on 2026-01-15 --issuer "UBND tỉnh Kon Tum" --level province --year 2025 --title advanced-worker
    Decide(DecideArgs),
    /// List proposed and granted titles: who received what, under which decision
    ///
    /// Example: danvan award list --year 2025 --granted
    List(ListArgs),
    /// Load awards (as `export awards` writes them), all rows or none
    ///
    /// Example: danvan award import khen-thuong.csv --dry-run
    #[command(after_help = columns_help(&crate::award::LAYOUT))]
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ProposeArgs {
    /// The year (not after the current one)
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// Record the proposals (titles already granted stay)
    #[arg(long)]
    apply: bool,
}

#[derive(Debug, Args)]
pub struct DecideArgs {
    /// The decision's number, such as 70/QĐ-UBND
    number: String,
    /// The decision's date
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    on: chrono::NaiveDate,
    /// Who issued it, such as "UBND tỉnh Kon Tum"
    #[arg(long)]
    issuer: String,
    /// grassroots, district, province, national (or the Vietnamese label)
    #[arg(long, value_parser = arg::<Level>)]
    level: Level,
    /// The year the titles are for
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// Only proposals of this title; repeat for several [default: every title]
    #[arg(long = "title", value_parser = arg::<Title>, value_name = "TITLE")]
    titles: Vec<Title>,
    /// Only this member (code) or unit (name); repeat for several [default: everyone proposed]
    #[arg(long = "subject", value_name = "CODE|UNIT")]
    subjects: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_parser = year_arg)]
    year: Option<i32>,
    /// Only this title
    #[arg(long, value_parser = arg::<Title>)]
    title: Option<Title>,
    /// Only titles granted under a decision
    #[arg(long, conflicts_with = "proposed")]
    granted: bool,
    /// Only proposals not yet decided
    #[arg(long)]
    proposed: bool,
}

pub fn run(ctx: &Ctx, cmd: AwardCommand) -> Result<()> {
    match cmd {
        AwardCommand::Propose(a) => cmd_propose(ctx, a),
        AwardCommand::Decide(a) => cmd_decide(ctx, a),
        AwardCommand::List(a) => {
            let db = ctx.open()?;
            let filter = Filter {
                year: a.year,
                title: a.title,
                state: match (a.granted, a.proposed) {
                    (true, _) => Some(State::Granted),
                    (_, true) => Some(State::Proposed),
                    _ => None,
                },
                ..Filter::default()
            };
            ctx.print_list(award::COLUMNS, award::list(&db.conn, &filter)?, |l| {
                l.cells()
            })
        }
        AwardCommand::Import(a) => {
            let today = ctx.today()?;
            let mut db = ctx.open()?;
            let mut input = CsvInput::open(&a.file, &award::LAYOUT)?;
            finish_import(ctx, &mut db, &a, Msg::new("cli-noun-awards"), |w| {
                award::import(w, &mut input, a.replace, today)
            })
        }
    }
}

fn cmd_propose(ctx: &Ctx, args: ProposeArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let (proposals, applied) = if args.apply {
        let (p, a) = db.write(|w| {
            let p = award::propose(&w.tx, args.year, today)?;
            let a = award::apply(w, &p, args.year)?;
            Ok((p, a))
        })?;
        (p, Some(a))
    } else {
        (award::propose(&db.conn, args.year, today)?, None)
    };
    if let Some(a) = applied {
        ctx.confirm(
            Msg::new("cli-award-applied")
                .arg("year", a.year.to_string())
                .arg("proposed", count(a.proposed))
                .arg("dropped", count(a.dropped))
                .arg("granted", count(a.granted)),
        )?;
    }
    if let Some(cap) = proposals.cstdcs_cap
        && proposals.cstdcs_qualified as u64 > cap
    {
        ctx.note(
            Msg::new("cli-award-over-cap")
                .arg("n", proposals.cstdcs_qualified)
                .arg(
                    "percent",
                    proposals.thresholds.cstdcs_cap_percent.to_string(),
                )
                .arg("cap", count(cap)),
        )?;
    }
    ctx.print_list(award::PROPOSAL_COLUMNS, &proposals.list, |p| p.cells())
}

fn cmd_decide(ctx: &Ctx, args: DecideArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let decision = Decision {
        number: args.number,
        decided_on: args.on,
        issuer: args.issuer,
        level: args.level,
    };
    let grant = Grant {
        year: args.year,
        titles: args.titles,
        subjects: args.subjects,
    };
    let decided = db.write(|w| award::decide(w, decision, &grant, today))?;
    ctx.confirm(
        Msg::new("cli-award-decided")
            .arg("number", &decided.decision.number)
            .arg("date", decided.decision.decided_on)
            .arg("n", decided.granted.len())
            .arg("year", decided.year.to_string()),
    )
}

/// `danvan export awards`: proposed and granted titles with their decisions.
pub fn cmd_export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, award::COLUMNS, true)?;
    let filter = Filter {
        years,
        ..Filter::default()
    };
    for a in award::list(&db.conn, &filter)? {
        export.row(&a.cells())?;
    }
    export.finish()
}
