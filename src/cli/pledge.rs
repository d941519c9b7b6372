//! `danvan pledge …`: the yearly registrations of concrete actions.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use super::export::{Export, ExportArgs};
use super::member::ImportArgs;
use crate::dates::year_arg;
use crate::import::CsvInput;
use crate::pledge::{self, Filter, ItemChanges, ItemRef, NewItem};
use crate::vocab::{Field, arg};

#[derive(Debug, Subcommand)]
pub enum PledgeCommand {
    /// Register one action of a member's pledge for a year; prints its MEMBER/YEAR/NO
    ///
    /// Example: danvan pledge add NV001 --year 2026 --field "kinh tế" "Hướng dẫn 10 hộ dân làm hồ sơ vay vốn"
    Add(AddArgs),
    /// List pledge items, by member (Vietnamese order), year and number
    ///
    /// Example: danvan pledge list --year 2026 --unit "Văn phòng"
    List(ListArgs),
    /// Change an item's text, field or model; only the options given change
    ///
    /// Example: danvan pledge edit NV001/2026/2 --field culture-society
    Edit(EditArgs),
    /// Remove items, all or none (refused while a report refers to one)
    ///
    /// Example: danvan pledge remove NV001/2026/3 NV001/2026/4
    Remove(super::remove::PledgeRemoveArgs),
    /// Active members with no pledge item for a year
    ///
    /// Members active on 31 December of the year (today for the current
    /// year) who have registered nothing for it.
    ///
    /// Example: danvan pledge missing --year 2026 --unit "Văn phòng"
    Missing(MissingArgs),
    /// Load pledge items from a CSV file (or - for standard input), all rows or none
    ///
    /// Columns: member,year,no,field,model,text. An empty `no` numbers the
    /// row after the member's items of that year. With --replace a row whose
    /// MEMBER/YEAR/NO exists replaces that item.
    ///
    /// Example: danvan pledge import dang-ky-2026.csv --dry-run
    #[command(after_help = super::import::columns_help(&crate::pledge::LAYOUT))]
    Import(ImportArgs),
    /// Write the year's registration form: rows per active member to fill in
    ///
    /// The columns of `pledge import` (Mã, Họ và tên, Đơn vị, Năm, Việc số,
    /// Lĩnh vực — a drop-down in .xlsx —, Mô hình, Nội dung đăng ký), three
    /// blank rows per member, or with --carry the member's items of the year
    /// before and one blank row. Rows left blank register nothing; the
    /// filled form imports with `danvan pledge import`.
    ///
    /// Example: danvan --lang vi pledge template --year 2027 --carry --output dang-ky-2027.xlsx
    Template(TemplateArgs),
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The year registered for
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
    /// Fill in each member's items of the year before
    #[arg(long)]
    carry: bool,
    /// The file to write: .xlsx or .csv
    #[arg(long, short, value_name = "FILE")]
    output: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The member's code
    member: String,
    /// The year the action is registered for
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// The movement's field (code or Vietnamese label)
    #[arg(long, value_parser = arg::<Field>)]
    field: Field,
    /// The code of the "Dân vận khéo" model the action belongs to
    #[arg(long)]
    model: Option<String>,
    /// What the member undertakes to do
    text: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this year
    #[arg(long, value_parser = year_arg)]
    year: Option<i32>,
    /// Only this member
    #[arg(long)]
    member: Option<String>,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
    /// Only this field
    #[arg(long, value_parser = arg::<Field>)]
    field: Option<Field>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The item, as MEMBER/YEAR/NO (e.g. NV001/2026/2)
    #[arg(value_parser = arg::<ItemRef>)]
    item: ItemRef,
    /// The new text
    #[arg(long)]
    text: Option<String>,
    /// The new field
    #[arg(long, value_parser = arg::<Field>)]
    field: Option<Field>,
    /// The new model code; --model "" removes the model
    #[arg(long)]
    model: Option<String>,
}

#[derive(Debug, Args)]
pub struct MissingArgs {
    /// The year
    #[arg(long, value_parser = year_arg)]
    year: i32,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: PledgeCommand) -> Result<()> {
    match cmd {
        PledgeCommand::Add(a) => cmd_add(ctx, a),
        PledgeCommand::List(a) => cmd_list(ctx, a),
        PledgeCommand::Edit(a) => cmd_edit(ctx, a),
        PledgeCommand::Remove(a) => super::remove::cmd_pledge(ctx, a),
        PledgeCommand::Missing(a) => cmd_missing(ctx, a),
        PledgeCommand::Import(a) => cmd_import(ctx, a),
        PledgeCommand::Template(a) => cmd_template(ctx, a),
    }
}

fn cmd_add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let new = NewItem {
        member: args.member,
        year: args.year,
        field: args.field,
        model: args.model,
        text: args.text,
    };
    let item = db.write(|w| pledge::add(w, &new))?;
    ctx.confirm_out(&item.item_ref().to_string())
}

fn cmd_list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let db = ctx.open()?;
    let filter = Filter {
        year: args.year,
        member: args.member,
        unit: args.unit,
        field: args.field,
    };
    let items = pledge::list(&db.conn, &filter)?;
    ctx.print_list(pledge::COLUMNS, &items, |item| item.cells())
}

fn cmd_edit(ctx: &Ctx, args: EditArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let changes = ItemChanges {
        text: args.text,
        field: args.field,
        model: args.model,
    };
    let (old, new) = db.write(|w| pledge::edit(w, &args.item, &changes))?;
    if old == new {
        ctx.note(ctx.say("Không có gì thay đổi.", "Nothing changed."))
    } else {
        ctx.confirm(&format!(
            "{} {}",
            ctx.say("Đã sửa mục đăng ký", "Updated pledge item"),
            new.item_ref()
        ))
    }
}

fn cmd_missing(ctx: &Ctx, args: MissingArgs) -> Result<()> {
    let db = ctx.open()?;
    let people = pledge::missing(&db.conn, args.year, args.unit.as_deref(), ctx.today()?)?;
    let mut printer = ctx.printer(pledge::MISSING_COLUMNS)?;
    for p in &people {
        printer.row(&[
            crate::output::Cell::text(&p.code),
            crate::output::Cell::text(&p.name),
            crate::output::Cell::text(&p.unit),
        ])?;
    }
    printer.finish()
}

fn cmd_import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let mut input = CsvInput::open(&args.file, &pledge::LAYOUT)?;
    super::import::finish(
        ctx,
        &mut db,
        &args,
        ctx.say("mục đăng ký", "pledge items"),
        |w| pledge::import(w, &mut input, args.replace),
    )
}

/// `danvan export pledges`: the import columns, then member_name and unit.
pub fn cmd_export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, pledge::COLUMNS, true)?;
    pledge::export(&db.conn, years, |item| export.row(&item.cells()))?;
    export.finish()
}

fn cmd_template(ctx: &Ctx, args: TemplateArgs) -> Result<()> {
    let today = ctx.today()?;
    let db = ctx.open()?;
    let members = pledge::template(&db.conn, args.year, args.unit.as_deref(), args.carry, today)?;
    let sheets = super::template::pledge_sheets(ctx, args.year, &members);
    super::template::write_form(ctx, &args.output, &sheets)?;
    let carried: usize = members.iter().map(|m| m.carried.len()).sum();
    ctx.note(&match ctx.lang {
        crate::vocab::Lang::Vi => format!(
            "Đã ghi {}: {} đồng chí đăng ký năm {}, {} việc chuyển từ năm {}",
            args.output.display(),
            members.len(),
            args.year,
            carried,
            args.year - 1
        ),
        crate::vocab::Lang::En => format!(
            "Wrote {}: {} members to register for {}, {} items carried from {}",
            args.output.display(),
            members.len(),
            args.year,
            carried,
            args.year - 1
        ),
    })
}
