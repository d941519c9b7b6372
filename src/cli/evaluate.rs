//! `danvan evaluate …`: yearly ratings of members, units and models,
//! exemplars, and ratings suggested from the monthly reports.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::args::{ExportArgs, ImportArgs, columns_help};
use super::ctx::Ctx;
use super::write::{Export, finish_import};
use crate::dates::year_arg;
use crate::db::shell_quote;
use crate::error::user_error_hint;
use crate::evaluation::{self, Evaluation, Filter, Marked, Subjects};
use crate::import::CsvInput;
use crate::removal;
use crate::suggestion;
use crate::text::clean;
use crate::vocab::{Kind, Rating, Term, arg};

#[derive(Debug, Subcommand)]
pub enum EvaluateCommand {
    /// Record a member's rating for a year
    ///
    /// Example: danvan evaluate member NV001 --year 2025 --rating "hoàn thành tốt nhiệm vụ" --exemplary
    Member(MemberArgs),
    /// Record a unit's (collective's) rating for a year
    ///
    /// Example: danvan evaluate unit "Văn phòng Sở" --year 2025 --rating excellent --exemplary
    Unit(UnitArgs),
    /// Record a model's rating for a year
    ///
    /// Example: danvan evaluate model MH01 --year 2025 --rating good
    Model(ModelArgs),
    /// Ratings suggested from a year's reports, for every active member with a pledge
    ///
    /// Counts the months of the year that have ended. With --apply, records
    /// the suggestions of members not yet rated that year.
    ///
    /// Example: danvan evaluate suggest --year 2025 --apply
    Suggest(SuggestArgs),
    /// List evaluations by year, kind and subject
    ///
    /// Example: danvan evaluate list --year 2025 --kind member
    List(ListArgs),
    /// Load evaluations from a CSV file (or - for standard input), all rows or none
    ///
    /// Example: danvan evaluate import xep-loai-2025.csv --dry-run
    #[command(after_help = columns_help(&crate::evaluation::LAYOUT))]
    Import(ImportArgs),
    /// Remove the evaluation of a member, unit or model for a year
    ///
    /// Example: danvan evaluate remove member NV001 --year 2025
    Remove(RemoveArgs),
}

/// The rating itself, shared by the three kinds.
#[derive(Debug, Args)]
pub struct RatingArgs {
    /// The year rated (not after the current one)
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// excellent, good, complete, incomplete (or the Vietnamese label);
    /// may be left out with --exemplary when the subject is already rated that year
    #[arg(long, value_parser = arg::<Rating>, required_unless_present = "exemplary")]
    rating: Option<Rating>,
    /// Held up as an exemplar (điển hình tiên tiến); without --rating, marks
    /// the year's existing evaluation and keeps its rating
    #[arg(long)]
    exemplary: bool,
    #[arg(long)]
    note: Option<String>,
    /// Overwrite the subject's evaluation for that year if there is one
    #[arg(long)]
    replace: bool,
}

#[derive(Debug, Args)]
pub struct MemberArgs {
    /// The member's code
    code: String,
    #[command(flatten)]
    rating: RatingArgs,
}

#[derive(Debug, Args)]
pub struct UnitArgs {
    /// The unit, as members have it (any case, diacritics optional)
    unit: String,
    #[command(flatten)]
    rating: RatingArgs,
}

#[derive(Debug, Args)]
pub struct ModelArgs {
    /// The model's code
    code: String,
    #[command(flatten)]
    rating: RatingArgs,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The year (not after the current one)
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// Record the suggestions of members not yet rated that year
    #[arg(long)]
    apply: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this year
    #[arg(long, value_parser = year_arg)]
    year: Option<i32>,
    /// Only this kind: member, unit or model
    #[arg(long, value_parser = arg::<Kind>)]
    kind: Option<Kind>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// member, unit or model
    #[arg(value_parser = arg::<Kind>)]
    kind: Kind,
    /// The member's code, the unit's name or the model's code
    subject: String,
    /// The year rated
    #[arg(long, value_parser = year_arg)]
    year: i32,
}

pub fn run(ctx: &Ctx, cmd: EvaluateCommand) -> Result<()> {
    match cmd {
        EvaluateCommand::Member(a) => cmd_rate(ctx, Kind::Member, &a.code, a.rating),
        EvaluateCommand::Unit(a) => cmd_rate(ctx, Kind::Unit, &a.unit, a.rating),
        EvaluateCommand::Model(a) => cmd_rate(ctx, Kind::Model, &a.code, a.rating),
        EvaluateCommand::Suggest(a) => cmd_suggest(ctx, a),
        EvaluateCommand::List(a) => cmd_list(ctx, a),
        EvaluateCommand::Import(a) => cmd_import(ctx, a),
        EvaluateCommand::Remove(a) => cmd_remove(ctx, a),
    }
}

fn cmd_rate(ctx: &Ctx, kind: Kind, typed: &str, args: RatingArgs) -> Result<()> {
    let today = ctx.today()?;
    evaluation::check_year(args.year, today)?;
    // clap asks for --rating unless --exemplary is given.
    let Some(rating) = args.rating else {
        return cmd_exemplar(ctx, kind, typed, args);
    };
    let mut db = ctx.open()?;
    let (e, name, old) = db.write(|w| {
        let subject = Subjects::load(&w.tx)?.resolve(&w.tx, kind, typed, args.year)?;
        let e = Evaluation {
            kind,
            subject: subject.subject,
            year: args.year,
            rating,
            exemplary: args.exemplary,
            note: args.note.as_deref().map(clean).unwrap_or_default(),
        };
        let old = evaluation::record(w, &e, args.replace)?;
        Ok((e, subject.name, old))
    })?;
    let who = if name.is_empty() {
        e.subject.clone()
    } else {
        format!("{} ({name})", e.subject)
    };
    ctx.confirm(&format!(
        "{} {} {who}, {}: {}{}{}",
        if old.is_some() {
            ctx.say("Đã thay đánh giá", "Replaced the evaluation of")
        } else {
            ctx.say("Đã ghi đánh giá", "Recorded the evaluation of")
        },
        e.kind.label(ctx.lang).to_lowercase(),
        e.year,
        e.rating.label(ctx.lang),
        if e.exemplary {
            ctx.say(", điển hình", ", exemplary")
        } else {
            ""
        },
        match &old {
            Some(old) => format!(
                " ({} {})",
                ctx.say("trước đây:", "was:"),
                old.rating.label(ctx.lang)
            ),
            None => String::new(),
        }
    ))
}

/// `evaluate KIND SUBJECT --year Y --exemplary` without --rating: mark
/// the year's evaluation as exemplary and keep its rating.
fn cmd_exemplar(ctx: &Ctx, kind: Kind, typed: &str, args: RatingArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let note = args.note.as_deref().map(clean);
    let (subject, e, already) = db.write(|w| {
        let subject = Subjects::load(&w.tx)?.resolve(&w.tx, kind, typed, args.year)?;
        match evaluation::mark_exemplary(w, kind, &subject.subject, args.year, note)? {
            Marked::NotRated => Err(user_error_hint(
                format!(
                    "{kind} {} has no rating for {}: a rating is needed to mark it exemplary",
                    subject.subject, args.year
                ),
                format!(
                    "give the rating too: `danvan evaluate {kind} {} --year {} --rating RATING --exemplary` (ratings: {})",
                    shell_quote(&subject.subject),
                    args.year,
                    Rating::codes()
                ),
            )),
            Marked::Already(e) => Ok((subject, e, true)),
            Marked::Marked { new, .. } => Ok((subject, new, false)),
        }
    })?;
    let who = if subject.name.is_empty() {
        subject.subject.clone()
    } else {
        format!("{} ({})", subject.subject, subject.name)
    };
    let said = if already {
        ctx.say("đã là điển hình", "was already exemplary")
    } else {
        ctx.say(
            "đã ghi là điển hình, giữ xếp loại",
            "marked exemplary, rating kept",
        )
    };
    ctx.confirm(&format!(
        "{} {who}, {}: {said} ({})",
        e.kind.label(ctx.lang),
        e.year,
        e.rating.label(ctx.lang)
    ))
}

fn cmd_suggest(ctx: &Ctx, args: SuggestArgs) -> Result<()> {
    let today = ctx.today()?;
    evaluation::check_year(args.year, today)?;
    let mut db = ctx.open()?;
    let list = if args.apply {
        let (list, applied) = db.write(|w| suggestion::apply(w, args.year, today))?;
        ctx.confirm(&format!(
            "{}: {} {}, {} {}{}",
            args.year,
            ctx.say("đã ghi", "recorded"),
            applied.written,
            ctx.say("bỏ qua", "skipped"),
            applied.skipped,
            ctx.say(" (đã có xếp loại)", " (already rated)"),
        ))?;
        if applied.without_suggestion > 0 {
            ctx.confirm(&format!(
                "{} {}",
                applied.without_suggestion,
                ctx.say(
                    "thành viên chưa có đề xuất (chưa hết tháng nào của năm)",
                    "members without a suggestion (no month of the year has ended)"
                )
            ))?;
        }
        list
    } else {
        suggestion::list(&db.conn, args.year, today)?
    };
    ctx.print_list(suggestion::COLUMNS, &list, |s| s.cells())
}

fn cmd_list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let db = ctx.open()?;
    let filter = Filter {
        years: args.year.map(|y| (y, y)),
        kind: args.kind,
    };
    ctx.print_list(
        evaluation::COLUMNS,
        evaluation::list(&db.conn, &filter)?,
        |e| e.cells(),
    )
}

fn cmd_import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let mut input = CsvInput::open(&args.file, &evaluation::LAYOUT)?;
    finish_import(
        ctx,
        &mut db,
        &args,
        ctx.say("đánh giá", "evaluations"),
        |w| evaluation::import(w, &mut input, args.replace, today),
    )
}

/// `danvan export evaluations`: the evaluations of the period's years
/// (every year without one), in the import columns and the subject's name.
pub fn cmd_export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, evaluation::COLUMNS, true)?;
    let filter = Filter { years, kind: None };
    for e in evaluation::list(&db.conn, &filter)? {
        export.row(&e.cells())?;
    }
    export.finish()
}

fn cmd_remove(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
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
