//! `danvan model …`: the "Dân vận khéo" models of the unit.

use anyhow::Result;
use chrono::Datelike;
use clap::{Args, Subcommand};

use super::args::{CodeArgs, ExportArgs, ImportArgs, columns_help};
use super::ctx::Ctx;
use super::write::{Export, finish_import, show_record};
use crate::dates::year_arg;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::import::CsvInput;
use crate::model::{self, Filter, Model, ModelChanges};
use crate::removal;
use crate::text::clean;
use crate::vocab::{Field, Level, arg};

#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    /// Register a new model, owned by a unit or a member
    ///
    /// Example: danvan model add MH01 --name "Một cửa thân thiện" --field "kinh tế" --unit "Văn phòng Sở" --started 2024
    Add(AddArgs),
    /// List models by code: all of them, or those running in a year
    ///
    /// Example: danvan model list --year 2026 --field economy
    List(ListArgs),
    /// Show one model
    ///
    /// Example: danvan model show MH01
    Show(ShowArgs),
    /// Change a model's record; only the options given change
    ///
    /// Example: danvan model edit MH01 --level district --member NV001
    Edit(EditArgs),
    /// Record the last year a model ran
    ///
    /// Example: danvan model retire MH01 --year 2025
    Retire(RetireArgs),
    /// Load models from a CSV file (or - for standard input), all rows or none
    ///
    /// Example: danvan model import mo-hinh.csv --dry-run
    #[command(after_help = columns_help(&crate::model::LAYOUT))]
    Import(ImportArgs),
    /// Remove a model (refused while pledge items or evaluations refer to it)
    ///
    /// Example: danvan model remove MH01
    Remove(CodeArgs),
}

#[derive(Debug, Args)]
pub struct Fields {
    /// The model's name
    #[arg(long)]
    name: Option<String>,
    /// Its field of the movement (code or Vietnamese label)
    #[arg(long, value_parser = arg::<Field>)]
    field: Option<Field>,
    /// The level at which it is recognised [add: default grassroots]
    #[arg(long, value_parser = arg::<Level>)]
    level: Option<Level>,
    /// The unit that owns it (a unit some member belongs to; "" for none)
    #[arg(long, conflicts_with = "member")]
    unit: Option<String>,
    /// The member who owns it, by code ("" for none)
    #[arg(long)]
    member: Option<String>,
    /// The year it started [add: default the current year]
    #[arg(long, value_parser = year_arg)]
    started: Option<i32>,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The model's code, its key in every command (e.g. MH01)
    code: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this field
    #[arg(long, value_parser = arg::<Field>)]
    field: Option<Field>,
    /// Only models running in this year (started by then, not retired before)
    #[arg(long, value_parser = year_arg)]
    year: Option<i32>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The model's code (any case)
    code: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The model's code (any case)
    code: String,
    #[command(flatten)]
    fields: Fields,
    /// Clear the retired year: the model runs again
    #[arg(long)]
    running: bool,
}

#[derive(Debug, Args)]
pub struct RetireArgs {
    /// The model's code (any case)
    code: String,
    /// The last year the model ran (it counts as running in that year)
    #[arg(long, value_parser = year_arg)]
    year: i32,
}

pub fn run(ctx: &Ctx, cmd: ModelCommand) -> Result<()> {
    match cmd {
        ModelCommand::Add(a) => cmd_add(ctx, a),
        ModelCommand::List(a) => cmd_list(ctx, a),
        ModelCommand::Show(a) => cmd_show(ctx, a),
        ModelCommand::Edit(a) => cmd_edit(ctx, a),
        ModelCommand::Retire(a) => cmd_retire(ctx, a),
        ModelCommand::Import(a) => cmd_import(ctx, a),
        ModelCommand::Remove(a) => cmd_remove(ctx, a),
    }
}

fn cmd_add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let f = args.fields;
    let code = clean(&args.code);
    let name = f.name.as_deref().map(clean).unwrap_or_default();
    if name.is_empty() {
        return Err(user_msg(
            Msg::new("cli-model-needs-name"),
            Some(Msg::new("cli-hint-model-needs-name").arg("code", &code)),
        ));
    }
    let Some(field) = f.field else {
        return Err(user_msg(
            Msg::new("cli-model-needs-field").arg("code", &code),
            Some(Msg::new("cli-hint-model-needs-field").arg("fields", Field::codes())),
        ));
    };
    let today = ctx.today()?;
    let m = Model {
        code,
        name,
        field,
        level: f.level.unwrap_or(Level::Grassroots),
        owner_unit: f.unit.as_deref().map(clean).unwrap_or_default(),
        owner_member: f.member.as_deref().map(clean).unwrap_or_default(),
        started: f.started.unwrap_or(today.year()),
        retired: None,
        note: f.note.as_deref().map(clean).unwrap_or_default(),
    };
    let mut db = ctx.open()?;
    let m = db.write(|w| model::add(w, m, today.year()))?;
    ctx.confirm(
        Msg::new("cli-model-added")
            .arg("code", &m.code)
            .arg("name", &m.name),
    )
}

fn cmd_list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let db = ctx.open()?;
    let filter = Filter {
        field: args.field,
        running: args.year.map(|y| (y, y)),
    };
    ctx.print_list(model::COLUMNS, model::list(&db.conn, &filter)?, |m| {
        m.cells()
    })
}

fn cmd_show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let db = ctx.open()?;
    let m = model::get(&db.conn, &args.code)?;
    show_record(ctx, model::COLUMNS, &m.cells())
}

fn cmd_edit(ctx: &Ctx, args: EditArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let f = args.fields;
    let changes = ModelChanges {
        name: f.name,
        field: f.field,
        level: f.level,
        unit: f.unit,
        member: f.member,
        started: f.started,
        note: f.note,
        running: args.running,
    };
    let changed = db.write(|w| model::edit(w, &args.code, changes, today.year()))?;
    match changed {
        None => ctx.note(Msg::new("cli-nothing-changed")),
        Some(new) => ctx.confirm(
            Msg::new("cli-model-updated")
                .arg("code", &new.code)
                .arg("name", &new.name),
        ),
    }
}

fn cmd_retire(ctx: &Ctx, args: RetireArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let changed = db.write(|w| model::retire(w, &args.code, args.year, today.year()))?;
    match changed {
        None => ctx.note(Msg::new("cli-nothing-changed")),
        Some(new) => ctx.confirm(
            Msg::new("cli-model-retired")
                .arg("code", &new.code)
                .arg("name", &new.name)
                .arg("year", args.year.to_string()),
        ),
    }
}

fn cmd_import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let current_year = ctx.today()?.year();
    let mut db = ctx.open()?;
    let mut input = CsvInput::open(&args.file, &model::LAYOUT)?;
    finish_import(ctx, &mut db, &args, Msg::new("cli-noun-models"), |w| {
        model::import(w, &mut input, args.replace, current_year)
    })
}

fn cmd_remove(ctx: &Ctx, args: CodeArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_model(w, &args.code))?;
    ctx.confirm(
        Msg::new("cli-model-removed")
            .arg("code", &old.code)
            .arg("name", &old.name),
    )
}

/// `danvan export models`: the models running in the period (every model
/// without one), in the import columns and the owner member's name.
pub fn cmd_export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, model::COLUMNS, true)?;
    let filter = Filter {
        field: None,
        running: years,
    };
    for m in model::list(&db.conn, &filter)? {
        export.row(&m.cells())?;
    }
    export.finish()
}
