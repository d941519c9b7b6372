//! `danvan member …`: keep the register.

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::args::{CodeArgs, ExportArgs, ImportArgs, columns_help};
use super::ctx::Ctx;
use super::write::{Export, finish_import, show_record};
use crate::dates::{date_arg, year_bounds};
use crate::i18n::Msg;
use crate::import::CsvInput;
use crate::member::{self, Filter, Member, MemberChanges};
use crate::output::{Cell, Format};
use crate::removal;
use crate::text::clean;
use crate::vocab::{Role, arg};

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Register a new member
    ///
    /// Example: danvan member add NV001 --name "Nguyễn Văn An" --unit "Văn phòng" --role "đảng viên" --joined 01/03/2015
    Add(AddArgs),
    /// List members: those active today, unless --as-of or --all
    ///
    /// Example: danvan member list --unit "Văn phòng" --role party-member
    List(ListArgs),
    /// Find members, including those who left, by any part of the name or code
    ///
    /// Case and diacritics do not matter: "lan" finds Lân, Lan and Lãn, "duc"
    /// finds Đức. The list is that of `member list`, in the same order, with
    /// a last column saying whether each member is active today.
    ///
    /// Example: danvan member find "thu ha"
    Find(FindArgs),
    /// Show one member
    ///
    /// Example: danvan member show NV001
    Show(ShowArgs),
    /// Change a member's record; only the options given change
    ///
    /// Example: danvan member edit NV001 --unit "Phòng Tổ chức" --role cadre --role party-member
    Edit(EditArgs),
    /// Record that a member left on a date
    ///
    /// Example: danvan member leave NV001 --on 30/06/2026 --note "Nghỉ hưu"
    Leave(LeaveArgs),
    /// Load members from a CSV file, a workbook (.xlsx, .ods) or - for standard input, all rows or none
    ///
    /// Example: danvan member import danh-sach.xlsx --sheet "Chi bộ 1" --dry-run
    #[command(after_help = columns_help(&crate::member::LAYOUT))]
    Import(MemberImportArgs),
    /// Remove a member entered by mistake (refused while they have pledges, reports or evaluations)
    ///
    /// Example: danvan member remove NV099
    Remove(CodeArgs),
}

#[derive(Debug, Args)]
pub struct Fields {
    /// Full name, as written in Vietnamese
    #[arg(long)]
    name: Option<String>,
    /// Unit (phòng, bộ phận), free text; moves the member, never renames the unit (`danvan unit rename` does)
    #[arg(long)]
    unit: Option<String>,
    /// Accept a new unit spelled like an existing one (by case, spacing or diacritics)
    #[arg(long)]
    new_unit: bool,
    /// A role (code or Vietnamese label); repeat for several
    #[arg(long = "role", value_parser = arg::<Role>, value_name = "ROLE")]
    roles: Vec<Role>,
    /// Join date, YYYY-MM-DD or DD/MM/YYYY (also D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY) [add: default today]
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    joined: Option<NaiveDate>,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The member's code, their key in every command (e.g. NV001)
    code: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
    /// Only members holding this role
    #[arg(long, value_parser = arg::<Role>)]
    role: Option<Role>,
    /// Members active on this date instead of today
    #[arg(long, value_parser = date_arg, conflicts_with = "all", value_name = "DATE")]
    as_of: Option<NaiveDate>,
    /// Everyone ever registered, including those who left
    #[arg(long)]
    all: bool,
}

#[derive(Debug, Args)]
pub struct FindArgs {
    /// Part of a name or a code (any case, diacritics optional)
    text: String,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    code: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    code: String,
    #[command(flatten)]
    fields: Fields,
}

#[derive(Debug, Args)]
pub struct LeaveArgs {
    code: String,
    /// The day the member left (from that day on they are not active)
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    on: NaiveDate,
    /// A note, such as the reason
    #[arg(long)]
    note: Option<String>,
}

#[derive(Debug, Args)]
pub struct MemberImportArgs {
    #[command(flatten)]
    pub import: ImportArgs,
    /// Accept new units spelled like existing ones (by case, spacing or diacritics)
    #[arg(long)]
    pub new_units: bool,
}

pub fn run(ctx: &Ctx, cmd: MemberCommand) -> Result<()> {
    match cmd {
        MemberCommand::Add(a) => cmd_add(ctx, a),
        MemberCommand::List(a) => cmd_list(ctx, a),
        MemberCommand::Find(a) => cmd_find(ctx, a),
        MemberCommand::Show(a) => cmd_show(ctx, a),
        MemberCommand::Edit(a) => cmd_edit(ctx, a),
        MemberCommand::Leave(a) => cmd_leave(ctx, a),
        MemberCommand::Remove(a) => cmd_remove(ctx, a),
        MemberCommand::Import(a) => cmd_import(ctx, a),
    }
}

fn cmd_add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let f = args.fields;
    let m = Member {
        code: clean(&args.code),
        name: f.name.as_deref().map(clean).unwrap_or_default(),
        unit: f.unit.as_deref().map(clean).unwrap_or_default(),
        roles: member::sorted_roles(f.roles),
        joined: match f.joined {
            Some(d) => d,
            None => ctx.today()?,
        },
        left: None,
        email: f.email.as_deref().map(clean).unwrap_or_default(),
        phone: f.phone.as_deref().map(clean).unwrap_or_default(),
        note: f.note.as_deref().map(clean).unwrap_or_default(),
    };
    if m.name.is_empty() {
        return Err(crate::error::user_msg(
            Msg::new("cli-member-needs-name"),
            Some(Msg::new("cli-hint-member-needs-name").arg("code", &m.code)),
        ));
    }
    let mut db = ctx.open()?;
    db.write(|w| {
        crate::unit::check_new(&w.tx, &m.unit, f.new_unit)?;
        member::add(w, &m)
    })?;
    ctx.confirm(
        Msg::new("cli-member-added")
            .arg("code", &m.code)
            .arg("name", &m.name),
    )
}

fn cmd_list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let db = ctx.open()?;
    let filter = Filter {
        unit: args.unit,
        role: args.role,
        active_on: if args.all {
            None
        } else {
            Some(match args.as_of {
                Some(d) => d,
                None => ctx.today()?,
            })
        },
    };
    ctx.print_list(member::COLUMNS, member::list(&db.conn, &filter)?, |m| {
        m.cells()
    })
}

fn cmd_find(ctx: &Ctx, args: FindArgs) -> Result<()> {
    let db = ctx.open()?;
    let today = ctx.today()?;
    let found = member::search(&db.conn, &args.text)?;
    ctx.print_list(member::FIND_COLUMNS, found, |m| {
        let mut cells = m.cells();
        cells.push(Cell::Bool(m.is_active_on(today)));
        cells
    })
}

fn cmd_show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let db = ctx.open()?;
    let m = member::get(&db.conn, &args.code)?;
    show_record(ctx, member::COLUMNS, &m.cells())?;
    if ctx.format == Format::Table {
        let today = ctx.today()?;
        let status = if m.is_active_on(today) {
            Msg::new("cli-member-active")
        } else {
            Msg::new("cli-member-not-active")
        };
        ctx.print(
            Msg::new("cli-member-status-on")
                .arg("date", today)
                .arg("status", status),
        )?;
    }
    Ok(())
}

fn cmd_edit(ctx: &Ctx, args: EditArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let f = args.fields;
    let changes = MemberChanges {
        name: f.name,
        unit: f.unit,
        new_unit: f.new_unit,
        roles: f.roles,
        joined: f.joined,
        email: f.email,
        phone: f.phone,
        note: f.note,
    };
    let changed = db.write(|w| member::edit(w, &args.code, changes))?;
    match changed {
        None => ctx.note(Msg::new("cli-nothing-changed")),
        Some(new) => ctx.confirm(
            Msg::new("cli-member-updated")
                .arg("code", &new.code)
                .arg("name", &new.name),
        ),
    }
}

fn cmd_leave(ctx: &Ctx, args: LeaveArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let new = db.write(|w| member::leave(w, &args.code, args.on, args.note.as_deref()))?;
    ctx.confirm(
        Msg::new("cli-member-left")
            .arg("code", &new.code)
            .arg("name", &new.name)
            .arg("date", args.on),
    )
}

fn cmd_import(ctx: &Ctx, args: MemberImportArgs) -> Result<()> {
    let new_units = args.new_units;
    let args = args.import;
    let mut db = ctx.open()?;
    let mut input = CsvInput::open(&args.file, &member::LAYOUT)?;
    finish_import(ctx, &mut db, &args, Msg::new("cli-noun-members"), |w| {
        member::import(w, &mut input, args.replace, new_units)
    })
}

fn cmd_remove(ctx: &Ctx, args: CodeArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_member(w, &args.code))?;
    ctx.confirm(
        Msg::new("cli-member-removed")
            .arg("code", &old.code)
            .arg("name", &old.name),
    )
}

/// `danvan export members`: the members active on a day of the period
/// (everyone without one), in the import columns.
pub fn cmd_export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, member::COLUMNS, true)?;
    for m in member::list(&db.conn, &Filter::default())? {
        // A member belongs to a period when active on at least one of its days.
        let in_period = years
            .is_none_or(|(from, to)| m.is_active_during(year_bounds(from).0, year_bounds(to).1));
        if in_period {
            export.row(&m.cells())?;
        }
    }
    export.finish()
}
