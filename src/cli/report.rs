//! `danvan report …`: monthly self-reports, and the cron reminder of who
//! has not reported.

mod enter;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::args::{ExportArgs, ImportArgs, columns_help};
use super::ctx::{Ctx, month_name};
use super::write::{Export, finish_import, write_form};
use crate::dates::{Month, date_arg, display_date, year_arg};
use crate::i18n::Msg;
use crate::import::CsvInput;
use crate::output::form::{FormCell, FormSheet};
use crate::output::{Cell, Format, print_line};
use crate::removal;
use crate::report::{self, Filter, ItemsStatus, NewReport, Template};
use crate::vocab::{Status, Term, arg};

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Record a member's report for a month: one status (and note) per pledge item
    ///
    /// Statuses: done, in-progress, not-done, or the Vietnamese labels
    /// ("đã làm", "đang làm", "chưa làm được"). Items not named are "not
    /// reported".
    ///
    /// Example: danvan report add NV001 --month last --item 1=done --item "2=chưa làm được:chờ kinh phí"
    ///
    /// Several at once: --item 1-3=done, --item 1,2,4=done, or --all done
    /// with --item for the exceptions (--all done --item 2=not-done).
    Add(AddArgs),
    /// List reports: one row per report with the count of each status
    ///
    /// Example: danvan report list --month 2026-10 --unit "Văn phòng"
    List(ListArgs),
    /// Show a member's report for a month, item by item of their pledge
    ///
    /// Example: danvan report show NV001 --month 2026-10
    Show(ShowArgs),
    /// Members whose report for a month is expected and missing (the cron reminder)
    ///
    /// Expected: members active on the month's last day (today while the
    /// month has not ended) with a pledge item in its year. Prints nothing at
    /// all, in every format, when nobody is missing.
    ///
    /// Example: danvan report missing --month last --unit "Văn phòng"
    Missing(MissingArgs),
    /// Load report statuses from a CSV file (or - for standard input), all rows or none
    ///
    /// Columns: member,month,item,status,note,submitted_on, one row per item;
    /// the rows of one member and month make one report and share one
    /// submitted_on (empty: today). With --replace a report already in the
    /// database is replaced whole.
    ///
    /// The wide form that `report template` writes is read too, known by its
    /// headers: a row per member, a status column per item (Việc 1 / Item 1)
    /// and a note column (Ghi chú 1 / Note 1); an empty status is "not
    /// reported", a row with no status is no report.
    ///
    /// Example: danvan report import bao-cao-thang-10.csv --dry-run
    #[command(after_help = columns_help(&crate::report::LAYOUT))]
    Import(ImportArgs),
    /// Remove a member's report for a month, with its statuses
    ///
    /// Example: danvan report remove NV001 --month 2026-10
    Remove(RemoveArgs),
    /// Write the month's form to fill in: a row per member expected to report
    ///
    /// Columns Mã, Họ và tên, Đơn vị, Tháng, a status column per item number
    /// (Việc 1, Việc 2 …, a drop-down in .xlsx), a note column per item
    /// (Ghi chú 1 …) and Ngày nộp; a second sheet lists the items' texts.
    /// Reports already recorded are filled in. The filled form imports with
    /// `danvan report import` (--replace for the rows filled in already).
    ///
    /// Example: danvan --lang vi report template --month last --output bao-cao-thang.xlsx
    Template(TemplateArgs),
    /// Type the month's reports in at the terminal, one key per item
    ///
    /// Walks the members expected to report who have not, showing each
    /// item's text: d done, p in progress, n not done, Enter skips the item,
    /// b or Backspace goes back one item, q quits. Each member's report is
    /// saved as soon as their last item is answered, so quitting loses only
    /// the member being typed. Needs a terminal.
    ///
    /// Example: danvan --lang vi report enter --month last --unit "Văn phòng"
    Enter(enter::EnterArgs),
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// The month: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>)]
    month: Month,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
    /// The file to write: .xlsx or .csv
    #[arg(long, short, value_name = "FILE")]
    output: std::path::PathBuf,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The member's code
    member: String,
    /// The month reported on: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>)]
    month: Month,
    /// NO=STATUS or NO=STATUS:NOTE for pledge items; repeat for each item.
    /// NO may name several: 1,2,3 or 1-3
    #[arg(long = "item", value_name = "NO=STATUS[:NOTE]", required_unless_present = "all", value_parser = arg::<ItemsStatus>)]
    items: Vec<ItemsStatus>,
    /// Give every pledged item this status; --item sets the exceptions
    /// (--all done --item 2=not-done)
    #[arg(long, value_name = "STATUS", value_parser = arg::<Status>)]
    all: Option<Status>,
    /// The day the report was handed in [default: today]
    #[arg(long, value_parser = date_arg)]
    on: Option<NaiveDate>,
    /// Replace the member's existing report for the month, whole
    #[arg(long)]
    replace: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this month: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>, conflicts_with = "year")]
    month: Option<Month>,
    /// Only the months of this year
    #[arg(long, value_parser = year_arg)]
    year: Option<i32>,
    /// Only this member
    #[arg(long)]
    member: Option<String>,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The member's code
    member: String,
    /// The month: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>)]
    month: Month,
}

#[derive(Debug, Args)]
pub struct MissingArgs {
    /// The month: YYYY-MM, `this` or `last` [default: last]
    #[arg(long, value_parser = arg::<Month>)]
    month: Option<Month>,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
    /// Print only the units that have missing reports, one per line (for scripts)
    #[arg(long, conflicts_with = "letter")]
    list_units: bool,
    /// Print the reminder as a letter to mail (which month, who, what to do)
    /// instead of a table; nothing at all when nobody is missing
    #[arg(long)]
    letter: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The member's code
    code: String,
    /// The month of the report: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>)]
    month: Month,
}

pub fn run(ctx: &Ctx, cmd: ReportCommand) -> Result<()> {
    match cmd {
        ReportCommand::Add(a) => cmd_add(ctx, a),
        ReportCommand::List(a) => cmd_list(ctx, a),
        ReportCommand::Show(a) => cmd_show(ctx, a),
        ReportCommand::Remove(a) => cmd_remove(ctx, a),
        ReportCommand::Missing(a) => cmd_missing(ctx, a),
        ReportCommand::Import(a) => cmd_import(ctx, a),
        ReportCommand::Template(a) => cmd_template(ctx, a),
        ReportCommand::Enter(a) => enter::cmd_enter(ctx, a),
    }
}

fn cmd_add(ctx: &Ctx, args: AddArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let new = NewReport {
        member: args.member,
        month: args.month,
        items: args.items.into_iter().flat_map(|i| i.0).collect(),
        all: args.all,
        submitted_on: args.on,
        replace: args.replace,
    };
    let (old, report) = db.write(|w| report::add(w, &new, today))?;
    let id = if old.is_some() {
        "cli-report-replaced"
    } else {
        "cli-report-recorded"
    };
    ctx.confirm(
        Msg::new(id)
            .arg("member", &report.member)
            .arg("month", report.month)
            .arg("n", report.items.len()),
    )
}

fn cmd_list(ctx: &Ctx, args: ListArgs) -> Result<()> {
    let db = ctx.open()?;
    let filter = Filter {
        month: args.month,
        year: args.year,
        member: args.member,
        unit: args.unit,
    };
    let mut printer = ctx.printer(report::LIST_COLUMNS)?;
    report::list(&db.conn, &filter, |r| printer.row(&r.cells()))?;
    printer.finish()
}

fn cmd_show(ctx: &Ctx, args: ShowArgs) -> Result<()> {
    let db = ctx.open()?;
    let shown = report::show(&db.conn, &args.member, args.month)?;
    if ctx.format == Format::Table {
        let when = match shown.submitted_on {
            Some(d) => Msg::new("cli-report-submitted-on").arg("date", d),
            None => Msg::new("cli-report-not-submitted"),
        };
        ctx.print(
            Msg::new("cli-report-show-head")
                .arg("code", &shown.member.code)
                .arg("name", &shown.member.name)
                .arg("month", args.month)
                .arg("when", when),
        )?;
    }
    ctx.print_list(report::SHOW_COLUMNS, &shown.items, |item| item.cells())
}

fn cmd_missing(ctx: &Ctx, args: MissingArgs) -> Result<()> {
    let today = ctx.today()?;
    let month = args.month.unwrap_or_else(|| Month::of(today).prev());
    let db = ctx.open()?;
    let people = report::missing(&db.conn, month, args.unit.as_deref(), today)?;
    // Nothing at all when nobody is missing: cron mails whatever is printed.
    if people.is_empty() {
        return Ok(());
    }
    if args.list_units {
        for unit in report::units_of(&people) {
            crate::output::print_line(&unit.to_string())?;
        }
        return Ok(());
    }
    if args.letter {
        return print_letter(ctx, month, today, &people);
    }
    ctx.print_list(report::MISSING_COLUMNS, &people, |p| p.cells())
}

/// The reminder as the body of a mail: which month, who has not reported
/// (a line each, readable in any mail program's font), and what to do.
fn print_letter(
    ctx: &Ctx,
    month: Month,
    today: NaiveDate,
    people: &[report::Missing],
) -> Result<()> {
    ctx.print(
        Msg::new("cli-letter-opening")
            .arg("today", today)
            .arg("n", people.len())
            .arg("month", month_name(month)),
    )?;
    print_line("")?;
    for (i, p) in people.iter().enumerate() {
        let contact: Vec<&str> = [p.email.as_str(), p.phone.as_str()]
            .into_iter()
            .filter(|c| !c.is_empty())
            .collect();
        let unit = if p.unit.is_empty() {
            String::new()
        } else {
            format!(", {}", p.unit)
        };
        let contact = if contact.is_empty() {
            String::new()
        } else {
            format!(" — {}", contact.join(", "))
        };
        print_line(&format!(
            "{:>3}. {} ({}){unit}{contact}",
            i + 1,
            p.name,
            p.code
        ))?;
    }
    print_line("")?;
    ctx.print(Msg::new("cli-letter-ask").arg("month", month_name(month)))?;
    ctx.print(Msg::new("cli-letter-ignore"))
}

fn cmd_template(ctx: &Ctx, args: TemplateArgs) -> Result<()> {
    let today = ctx.today()?;
    let db = ctx.open()?;
    let t = report::template(&db.conn, args.month, args.unit.as_deref(), today)?;
    let sheets = report_sheets(ctx, &t);
    write_form(ctx, &args.output, &sheets)?;
    let reported = t.rows.iter().filter(|r| r.reported.is_some()).count();
    ctx.note(
        Msg::new("cli-report-template-written")
            .arg("file", args.output.display().to_string())
            .arg("members", t.rows.len())
            .arg("month", month_name(args.month))
            .arg("reported", reported),
    )
}

fn cmd_import(ctx: &Ctx, args: ImportArgs) -> Result<()> {
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let mut input = CsvInput::open(&args.file, &report::LAYOUT)?;
    // The import checks every reference itself: members and pledge items
    // come from the database, reports are its own.
    crate::import::with_own_reference_checks(&mut db, |db| {
        finish_import(ctx, db, &args, Msg::new("cli-noun-reports"), |w| {
            report::import(w, &mut input, args.replace, today)
        })
    })
}

/// `danvan export reports`: one row per item status, the import columns,
/// then member_name and unit.
pub fn cmd_export(ctx: &Ctx, args: ExportArgs) -> Result<()> {
    let years = args.years()?;
    let db = ctx.open()?;
    let mut export = Export::start(ctx, &args.target, report::COLUMNS, true)?;
    report::export(&db.conn, years, |r| {
        export.row(&[
            Cell::text(&r.person.code),
            Cell::text(r.month),
            Cell::Int(r.item),
            Cell::term(r.status),
            Cell::text(r.note),
            Cell::text(r.submitted_on),
            Cell::text(&r.person.name),
            Cell::text(&r.person.unit),
        ])
    })?;
    export.finish()
}

fn cmd_remove(ctx: &Ctx, args: RemoveArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let month = args.month;
    let old = db.write(|w| removal::remove_report(w, &args.code, month))?;
    ctx.confirm(
        Msg::new("cli-report-removed")
            .arg("member", &old.member)
            .arg("month", month)
            .arg("n", old.items.len()),
    )
}

/// The month's report form: the members' sheet, then their items' texts.
pub fn report_sheets(ctx: &Ctx, t: &Template) -> Vec<FormSheet> {
    let lang = ctx.lang;
    let header = |id: &'static str| ctx.msg(Msg::new(id));
    let numbered = |id: &'static str, n: i64| ctx.msg(Msg::new(id).arg("no", n));
    let mut headers: Vec<String> = [
        "cli-form-code",
        "cli-form-name",
        "cli-form-unit",
        "cli-form-month",
    ]
    .map(header)
    .to_vec();
    headers.extend(t.numbers.iter().map(|&n| numbered("cli-form-item", n)));
    headers.extend(t.numbers.iter().map(|&n| numbered("cli-form-note", n)));
    headers.push(header("cli-form-submitted"));
    let month = t.month.to_string();
    let rows = t
        .rows
        .iter()
        .map(|m| {
            let mut cells = vec![
                FormCell::fixed(&m.code),
                FormCell::fixed(&m.name),
                FormCell::fixed(&m.unit),
                FormCell::fixed(&month),
            ];
            let reported = m.reported.as_ref();
            let given = |no: i64| reported.and_then(|(_, s)| s.iter().find(|s| s.no == no));
            let pledged = |no: i64| m.items.iter().any(|i| i.0 == no);
            for &no in &t.numbers {
                cells.push(match (pledged(no), given(no)) {
                    (true, Some(s)) => FormCell::open(s.status.label(lang)),
                    (true, None) => FormCell::open(""),
                    (false, _) => FormCell::fixed(""),
                });
            }
            for &no in &t.numbers {
                cells.push(match (pledged(no), given(no)) {
                    (true, Some(s)) => FormCell::open(&s.note),
                    (true, None) => FormCell::open(""),
                    (false, _) => FormCell::fixed(""),
                });
            }
            cells.push(FormCell::open(
                reported.map_or(String::new(), |(on, _)| display_date(*on, lang)),
            ));
            cells
        })
        .collect();
    let statuses: Vec<String> = Status::ALL
        .iter()
        .map(|s| s.label(lang).to_string())
        .collect();
    let mut choices = vec![Vec::new(); headers.len()];
    for c in choices.iter_mut().skip(4).take(t.numbers.len()) {
        *c = statuses.clone();
    }
    let mut widths = vec![10.0, 24.0, 18.0, 9.0];
    widths.extend(t.numbers.iter().map(|_| 15.0));
    widths.extend(t.numbers.iter().map(|_| 18.0));
    widths.push(12.0);
    let main = FormSheet {
        name: ctx.msg(Msg::new("cli-form-reports-sheet").arg("month", &month)),
        headers,
        rows,
        choices,
        open_rows: 0,
        widths,
    };
    let item_rows = t
        .rows
        .iter()
        .flat_map(|m| {
            m.items.iter().map(|(no, field, text)| {
                vec![
                    FormCell::fixed(&m.code),
                    FormCell::fixed(&m.name),
                    FormCell::fixed(no.to_string()),
                    FormCell::fixed(field.label(lang)),
                    FormCell::fixed(text),
                ]
            })
        })
        .collect();
    let items = FormSheet {
        name: header("cli-form-items-sheet"),
        headers: [
            "cli-form-code",
            "cli-form-name",
            "cli-form-item-no",
            "cli-form-field",
            "cli-form-pledged",
        ]
        .map(header)
        .to_vec(),
        rows: item_rows,
        choices: Vec::new(),
        open_rows: 0,
        widths: vec![10.0, 24.0, 8.0, 24.0, 60.0],
    };
    vec![main, items]
}
