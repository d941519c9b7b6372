//! `danvan initiative …` and `danvan discipline …`: the records the title
//! rules read beside the ratings.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::args::{ExportArgs, ImportArgs, columns_help};
use super::ctx::Ctx;
use super::write::{Export, finish_import};
use crate::dates::year_arg;
use crate::discipline;
use crate::i18n::Msg;
use crate::import::CsvInput;
use crate::initiative::{self, InitiativeRef, NewInitiative};
use crate::vocab::{DisciplineForm, Level, arg};

#[derive(Debug, Subcommand)]
pub enum InitiativeCommand {
    /// Record a member's recognised initiative (sáng kiến); prints its MEMBER/YEAR/NO
    ///
    /// Example: danvan initiative add NV001 --year 2025 --recognised-by "Hội đồng sáng kiến Sở" "Số hóa hồ sơ một cửa"
    Add(InitiativeAddArgs),
    /// List initiatives, with the title each backs
    ///
    /// Example: danvan initiative list --year 2025
    List(RecordListArgs),
    /// Remove an initiative (refused while a title rests on it)
    ///
    /// Example: danvan initiative remove NV001/2025/1
    Remove(InitiativeRemoveArgs),
    /// Load initiatives from a CSV file or workbook, all rows or none
    ///
    /// Example: danvan initiative import sang-kien-2025.xlsx --dry-run
    #[command(after_help = columns_help(&crate::initiative::LAYOUT))]
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct InitiativeAddArgs {
    /// The member's code
    member: String,
    /// The year it was recognised (not after the current one)
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// Who recognised it (a council, a decision)
    #[arg(long, default_value = "")]
    recognised_by: String,
    /// grassroots, district, province, national (or the Vietnamese label)
    #[arg(long, value_parser = arg::<Level>, default_value = "grassroots")]
    level: Level,
    /// The initiative's title
    title: String,
}

#[derive(Debug, Args)]
pub struct RecordListArgs {
    /// Only this year
    #[arg(long, value_parser = year_arg)]
    year: Option<i32>,
    /// Only this member
    #[arg(long)]
    member: Option<String>,
}

#[derive(Debug, Args)]
pub struct InitiativeRemoveArgs {
    /// MEMBER/YEAR/NO, as `initiative list` shows it
    #[arg(value_parser = arg::<InitiativeRef>)]
    initiative: InitiativeRef,
}

pub fn run(ctx: &Ctx, cmd: InitiativeCommand) -> Result<()> {
    match cmd {
        InitiativeCommand::Add(a) => {
            let today = ctx.today()?;
            let new = NewInitiative {
                member: a.member,
                year: a.year,
                title: a.title,
                recognised_by: a.recognised_by,
                level: a.level,
            };
            let mut db = ctx.open()?;
            let i = db.write(|w| initiative::add(w, &new, today))?;
            ctx.confirm_out(&i.reference().to_string())
        }
        InitiativeCommand::List(a) => {
            let db = ctx.open()?;
            let list = initiative::list(&db.conn, a.year.map(|y| (y, y)), a.member.as_deref())?;
            ctx.print_list(initiative::COLUMNS, &list, |i| i.cells())
        }
        InitiativeCommand::Remove(a) => {
            let mut db = ctx.open()?;
            let i = db.write(|w| initiative::remove(w, &a.initiative))?;
            ctx.confirm(
                Msg::new("cli-initiative-removed")
                    .arg("initiative", i.reference().to_string())
                    .arg("title", &i.title),
            )
        }
        InitiativeCommand::Import(a) => {
            let today = ctx.today()?;
            let mut db = ctx.open()?;
            let mut input = CsvInput::open(&a.file, &initiative::LAYOUT)?;
            finish_import(ctx, &mut db, &a, Msg::new("cli-noun-initiatives"), |w| {
                initiative::import(w, &mut input, a.replace, today)
            })
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum DisciplineCommand {
    /// Record a member's discipline (kỷ luật) of a year
    ///
    /// Example: danvan discipline add NV007 --year 2025 --form "cảnh cáo"
    Add(DisciplineArgs),
    /// List disciplines
    ///
    /// Example: danvan discipline list --year 2025
    List(RecordListArgs),
    /// Remove a discipline recorded by mistake
    ///
    /// Example: danvan discipline remove NV007 --year 2025 --form warning
    Remove(DisciplineArgs),
    /// Load disciplines from a CSV file or workbook, all rows or none
    ///
    /// Example: danvan discipline import ky-luat-2025.csv
    #[command(after_help = columns_help(&crate::discipline::LAYOUT))]
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct DisciplineArgs {
    /// The member's code
    member: String,
    /// The year of the discipline (not after the current one)
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// reprimand, warning, demotion, dismissal (or the Vietnamese label)
    #[arg(long, value_parser = arg::<DisciplineForm>)]
    form: DisciplineForm,
    #[arg(long, default_value = "")]
    note: String,
}

pub fn run_discipline(ctx: &Ctx, cmd: DisciplineCommand) -> Result<()> {
    match cmd {
        DisciplineCommand::Add(a) => {
            let today = ctx.today()?;
            let mut db = ctx.open()?;
            let d = db.write(|w| discipline::add(w, &a.member, a.year, a.form, &a.note, today))?;
            ctx.confirm(Msg::new("cli-discipline-recorded").arg("discipline", d.key()))
        }
        DisciplineCommand::List(a) => {
            let db = ctx.open()?;
            let list = discipline::list(&db.conn, a.year.map(|y| (y, y)), a.member.as_deref())?;
            ctx.print_list(discipline::COLUMNS, &list, |d| d.cells())
        }
        DisciplineCommand::Remove(a) => {
            let mut db = ctx.open()?;
            let d = db.write(|w| discipline::remove(w, &a.member, a.year, a.form))?;
            ctx.confirm(Msg::new("cli-discipline-removed").arg("discipline", d.key()))
        }
        DisciplineCommand::Import(a) => {
            let today = ctx.today()?;
            let mut db = ctx.open()?;
            let mut input = CsvInput::open(&a.file, &discipline::LAYOUT)?;
            finish_import(ctx, &mut db, &a, Msg::new("cli-noun-disciplines"), |w| {
                discipline::import(w, &mut input, a.replace, today)
            })
        }
    }
}

/// `danvan export initiatives`.
pub fn cmd_export_initiatives(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, initiative::COLUMNS, true)?;
    for i in initiative::list(&db.conn, years, None)? {
        export.row(&i.cells())?;
    }
    export.finish()
}

/// `danvan export disciplines`.
pub fn cmd_export_disciplines(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, discipline::COLUMNS, true)?;
    for d in discipline::list(&db.conn, years, None)? {
        export.row(&d.cells())?;
    }
    export.finish()
}
