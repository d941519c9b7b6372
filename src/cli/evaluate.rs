//! `danvan evaluate …`: yearly ratings of members, units and models,
//! exemplars, and ratings suggested from the monthly reports.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::args::{ExportArgs, ImportArgs, columns_help};
use super::ctx::{Ctx, count};
use super::write::{Export, finish_import};
use crate::dates::year_arg;
use crate::db::shell_quote;
use crate::error::user_msg;
use crate::evaluation::{self, Evaluation, Filter, Marked, Subjects};
use crate::i18n::Msg;
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
    let said = match &old {
        Some(old) => Msg::new("cli-evaluation-replaced").arg("was", old.rating.label(ctx.lang)),
        None => Msg::new("cli-evaluation-recorded"),
    };
    ctx.confirm(
        said.arg("kind", e.kind.label(ctx.lang).to_lowercase())
            .arg("who", who)
            .arg("year", e.year.to_string())
            .arg("rating", e.rating.label(ctx.lang))
            .arg("exemplary", if e.exemplary { "yes" } else { "no" }),
    )
}

/// `evaluate KIND SUBJECT --year Y --exemplary` without --rating: mark
/// the year's evaluation as exemplary and keep its rating.
fn cmd_exemplar(ctx: &Ctx, kind: Kind, typed: &str, args: RatingArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let note = args.note.as_deref().map(clean);
    let (subject, e, already) = db.write(|w| {
        let subject = Subjects::load(&w.tx)?.resolve(&w.tx, kind, typed, args.year)?;
        match evaluation::mark_exemplary(w, kind, &subject.subject, args.year, note)? {
            Marked::NotRated => Err(user_msg(
                Msg::new("cli-evaluation-not-rated")
                    .arg("kind", kind.to_string())
                    .arg("subject", &subject.subject)
                    .arg("year", args.year.to_string()),
                Some(
                    Msg::new("cli-hint-evaluation-not-rated")
                        .arg("kind", kind.to_string())
                        .arg("subject", shell_quote(&subject.subject))
                        .arg("year", args.year.to_string())
                        .arg("ratings", Rating::codes()),
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
    let id = if already {
        "cli-evaluation-already-exemplary"
    } else {
        "cli-evaluation-marked-exemplary"
    };
    ctx.confirm(
        Msg::new(id)
            .arg("kind", e.kind.label(ctx.lang))
            .arg("who", who)
            .arg("year", e.year.to_string())
            .arg("rating", e.rating.label(ctx.lang)),
    )
}

fn cmd_suggest(ctx: &Ctx, args: SuggestArgs) -> Result<()> {
    let today = ctx.today()?;
    evaluation::check_year(args.year, today)?;
    let mut db = ctx.open()?;
    let list = if args.apply {
        let (list, applied) = db.write(|w| suggestion::apply(w, args.year, today))?;
        ctx.confirm(
            Msg::new("cli-suggest-applied")
                .arg("year", args.year.to_string())
                .arg("written", count(applied.written))
                .arg("skipped", count(applied.skipped)),
        )?;
        if applied.without_suggestion > 0 {
            ctx.confirm(
                Msg::new("cli-suggest-without").arg("n", count(applied.without_suggestion)),
            )?;
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
    finish_import(ctx, &mut db, &args, Msg::new("cli-noun-evaluations"), |w| {
        evaluation::import(w, &mut input, args.replace, today)
    })
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
    ctx.confirm(
        Msg::new("cli-evaluation-removed")
            .arg("kind", old.kind.to_string())
            .arg("subject", &old.subject)
            .arg("year", old.year.to_string()),
    )
}
