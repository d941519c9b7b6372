//! `danvan pledge …`: the yearly registrations of concrete actions.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::args::{ExportArgs, ImportArgs, columns_help};
use super::ctx::Ctx;
use super::write::{Export, finish_import, write_form};
use crate::dates::year_arg;
use crate::i18n::Msg;
use crate::import::CsvInput;
use crate::output::form::{FormCell, FormSheet};
use crate::pledge::{self, Filter, FormMember, ItemChanges, ItemRef, NewItem};
use crate::removal::{self, Items};
use crate::vocab::{Field, Term, arg};

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
    Remove(RemoveArgs),
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
    #[command(after_help = columns_help(&crate::pledge::LAYOUT))]
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
    #[arg(value_parser = super::hints::hinted_arg::<ItemRef>)]
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

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The items, as MEMBER/YEAR/NO (e.g. NV001/2026/3); several are removed together or not at all
    #[arg(value_parser = super::hints::hinted_arg::<ItemRef>, required_unless_present = "member", conflicts_with = "member")]
    items: Vec<ItemRef>,
    /// Every item of this member for --year
    #[arg(long, requires = "year")]
    member: Option<String>,
    /// The year of --member's items
    #[arg(long, value_parser = year_arg, requires = "member")]
    year: Option<i32>,
}

pub fn run(ctx: &Ctx, cmd: PledgeCommand) -> Result<()> {
    match cmd {
        PledgeCommand::Add(a) => cmd_add(ctx, a),
        PledgeCommand::List(a) => cmd_list(ctx, a),
        PledgeCommand::Edit(a) => cmd_edit(ctx, a),
        PledgeCommand::Remove(a) => cmd_remove(ctx, a),
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
        ctx.note(Msg::new("cli-nothing-changed"))
    } else {
        ctx.confirm(Msg::new("cli-pledge-updated").arg("item", new.item_ref().to_string()))
    }
}

fn cmd_remove(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let items = match (args.member, args.year) {
        (Some(member), Some(year)) => Items::OfYear { member, year },
        _ => Items::Listed(args.items),
    };
    let mut db = ctx.open()?;
    let old = db.write(|w| removal::remove_pledges(w, &items))?;
    for item in &old {
        ctx.confirm(
            Msg::new("cli-pledge-removed")
                .arg("item", item.item_ref().to_string())
                .arg("text", &item.text),
        )?;
    }
    Ok(())
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
    finish_import(
        ctx,
        &mut db,
        &args,
        Msg::new("cli-noun-pledge-items"),
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
    let sheets = pledge_sheets(ctx, args.year, &members);
    write_form(ctx, &args.output, &sheets)?;
    let carried: usize = members.iter().map(|m| m.carried.len()).sum();
    ctx.note(
        Msg::new("cli-pledge-template-written")
            .arg("file", args.output.display().to_string())
            .arg("members", members.len())
            .arg("year", args.year.to_string())
            .arg("carried", carried)
            .arg("previous", (args.year - 1).to_string()),
    )
}

/// Blank rows per member in the registration form, besides carried items.
const BLANK_ROWS: usize = 3;

/// The year's registration form: rows per member (the items carried from
/// the year before, then blank rows), the field a drop-down; the columns
/// of `pledge import`, the number left empty to number them in order.
pub fn pledge_sheets(ctx: &Ctx, year: i32, members: &[FormMember]) -> Vec<FormSheet> {
    let lang = ctx.lang;
    let headers: Vec<String> = [
        "cli-form-code",
        "cli-form-name",
        "cli-form-unit",
        "cli-form-year",
        "cli-form-no",
        "cli-form-field",
        "cli-form-model",
        "cli-form-pledged",
    ]
    .map(|id| ctx.msg(Msg::new(id)))
    .to_vec();
    let year_text = year.to_string();
    let mut rows = Vec::new();
    for m in members {
        let key = || {
            vec![
                FormCell::fixed(&m.code),
                FormCell::fixed(&m.name),
                FormCell::fixed(&m.unit),
                FormCell::fixed(&year_text),
                FormCell::open(""),
            ]
        };
        for item in &m.carried {
            let mut row = key();
            row.push(FormCell::open(item.field.label(lang)));
            row.push(FormCell::open(&item.model));
            row.push(FormCell::open(&item.text));
            rows.push(row);
        }
        let blanks = if m.carried.is_empty() { BLANK_ROWS } else { 1 };
        for _ in 0..blanks {
            let mut row = key();
            row.extend([FormCell::open(""), FormCell::open(""), FormCell::open("")]);
            rows.push(row);
        }
    }
    let mut choices = vec![Vec::new(); headers.len()];
    choices[5] = Field::ALL
        .iter()
        .map(|f| f.label(lang).to_string())
        .collect();
    vec![FormSheet {
        name: ctx.msg(Msg::new("cli-form-pledges-sheet").arg("year", year.to_string())),
        headers,
        rows,
        choices,
        open_rows: 0,
        widths: vec![10.0, 24.0, 18.0, 7.0, 8.0, 26.0, 10.0, 60.0],
    }]
}
