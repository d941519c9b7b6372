//! `danvan export …`: records for spreadsheets and scripts, streamed to
//! standard output or to a file that appears whole or not at all.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::dates::{year_arg, year_bounds};
use crate::error::{user_error, user_error_hint};
use crate::member::{self, Filter};
use crate::output::{Column, CsvStyle, Format, Printer};
use crate::progress::{Progress, Unit};
use crate::vocab::Lang;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// The member register, in the members import columns
    ///
    /// Example: danvan export members --excel --output thanh-vien.csv
    Members(ExportArgs),
    /// Models, in the models import columns
    ///
    /// Example: danvan export models --output mo-hinh.csv
    Models(ExportArgs),
    /// Pledge items, in the pledges import columns
    ///
    /// Example: danvan export pledges --year 2026 --excel --output dang-ky-2026.csv
    Pledges(ExportArgs),
    /// Monthly report statuses, one row per item, in the reports import columns
    ///
    /// Example: danvan export reports --from 2024 --to 2026 --output bao-cao.csv
    Reports(ExportArgs),
    /// Evaluations, in the evaluations import columns
    ///
    /// Example: danvan export evaluations --year 2025 --format json
    Evaluations(ExportArgs),
    /// Initiatives, in the initiatives import columns
    ///
    /// Example: danvan export initiatives --year 2025 --output sang-kien.csv
    Initiatives(ExportArgs),
    /// Disciplines, in the disciplines import columns
    ///
    /// Example: danvan export disciplines --output ky-luat.csv
    Disciplines(ExportArgs),
    /// Proposed and granted titles with their decisions, in the awards import columns
    ///
    /// Example: danvan export awards --from 2023 --to 2025 --output khen-thuong.csv
    Awards(ExportArgs),
    /// The periodic review: every metric per year and in total, or per unit
    ///
    /// Example: danvan --lang vi export summary --from 2023 --to 2025
    Summary(super::summary::SummaryArgs),
    /// The periodic review as a document for the cell's meeting: Word (.docx) or a workbook (.xlsx)
    ///
    /// Example: danvan --lang vi export review --from 2023 --to 2025 --output so-ket.docx
    Review(super::review::ReviewArgs),
}

/// The years an export covers, and where and how it is written.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this year
    #[arg(long, value_parser = year_arg, conflicts_with_all = ["from", "to"])]
    pub year: Option<i32>,
    /// First year of a period (with --to)
    #[arg(long, value_parser = year_arg, requires = "to")]
    pub from: Option<i32>,
    /// Last year of a period (with --from)
    #[arg(long, value_parser = year_arg, requires = "from")]
    pub to: Option<i32>,
    #[command(flatten)]
    pub target: TargetArgs,
}

/// Where an export goes and in what shape.
#[derive(Debug, Default, Args)]
pub struct TargetArgs {
    /// Write to this file instead of standard output (.csv, .json or .xlsx chooses the format)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// For Excel: byte-order mark, CRLF, formulas neutralised, `;` with --lang vi
    #[arg(long)]
    pub excel: bool,
    /// The CSV delimiter, `,` or `;` (overrides --excel's choice)
    #[arg(long, value_parser = delimiter_arg)]
    pub delimiter: Option<u8>,
}

fn delimiter_arg(s: &str) -> Result<u8, String> {
    match s {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => Err(format!("{s:?} is not a delimiter: use , or ;")),
    }
}

impl ExportArgs {
    /// The inclusive range of years, or None for every year.
    pub fn years(&self) -> Result<Option<(i32, i32)>> {
        match (self.year, self.from, self.to) {
            (Some(y), _, _) => Ok(Some((y, y))),
            (None, Some(from), Some(to)) if from > to => Err(user_error_hint(
                format!("--from {from} is after --to {to}"),
                "give the first year with --from and the last with --to",
            )),
            (None, Some(from), Some(to)) => Ok(Some((from, to))),
            _ => Ok(None),
        }
    }
}

pub fn run(ctx: &Ctx, cmd: ExportCommand) -> Result<()> {
    match cmd {
        ExportCommand::Members(args) => cmd_members(ctx, args),
        ExportCommand::Models(args) => super::model::cmd_export(ctx, args),
        ExportCommand::Pledges(args) => super::pledge::cmd_export(ctx, args),
        ExportCommand::Reports(args) => super::report::cmd_export(ctx, args),
        ExportCommand::Evaluations(args) => super::evaluate::cmd_export(ctx, args),
        ExportCommand::Initiatives(args) => super::initiative::cmd_export_initiatives(ctx, args),
        ExportCommand::Disciplines(args) => super::initiative::cmd_export_disciplines(ctx, args),
        ExportCommand::Awards(args) => super::award::cmd_export(ctx, args),
        ExportCommand::Summary(args) => super::summary::cmd_summary(ctx, args),
        ExportCommand::Review(args) => super::review::cmd_review(ctx, args),
    }
}

/// An export in progress: the printer and, for --output, the temporary
/// file that becomes the output once everything is written.
pub struct Export {
    printer: Printer<'static>,
    file: Option<(tempfile::TempPath, PathBuf)>,
}

impl Export {
    /// Start an export of `columns`. `records` is true for `export KIND`
    /// (CSV unless JSON is asked for; no tables).
    pub fn start(
        ctx: &Ctx,
        target: &TargetArgs,
        columns: &[Column],
        records: bool,
    ) -> Result<Export> {
        if let Some(path) = target.output.as_deref() {
            crate::db::check_target(&ctx.db_path()?.0, path)?;
            if is_workbook(path) {
                return Export::start_workbook(ctx, target, path, columns, records);
            }
            if crate::sheetin::kind_of(&path.to_string_lossy()).is_some() {
                return Err(user_error_hint(
                    format!("{}: danvan writes workbooks as .xlsx only", path.display()),
                    "name the file .xlsx (LibreOffice opens it too), or .csv",
                ));
            }
        }
        let format = resolved_format(ctx, target, records)?;
        let style = CsvStyle {
            excel: target.excel,
            delimiter: target
                .delimiter
                .unwrap_or(if target.excel && ctx.lang == Lang::Vi {
                    b';'
                } else {
                    b','
                }),
        };
        match &target.output {
            None => {
                let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
                let out = crate::output::stdout();
                let width = crate::output::table_width();
                let mut printer = Printer::new(format, ctx.lang, columns, style, out, width)?;
                // A bar would tangle with the records on the same screen.
                if !terminal {
                    printer.set_progress(Progress::new("export", Unit::Rows, None));
                }
                Ok(Export {
                    printer,
                    file: None,
                })
            }
            Some(path) => {
                let (file, tmp_path) = temp_beside(path)?;
                let out: Box<dyn Write> = Box::new(BufWriter::new(file));
                let mut printer = Printer::new(format, ctx.lang, columns, style, out, None)?;
                printer.set_progress(progress_for(path));
                Ok(Export {
                    printer,
                    file: Some((tmp_path, path.clone())),
                })
            }
        }
    }

    /// Write a whole document (a summary file's JSON) to the target: a
    /// file that takes its name once written whole, or standard output.
    pub fn document(ctx: &Ctx, target: &TargetArgs, text: &str) -> Result<()> {
        let Some(path) = target.output.as_deref() else {
            return crate::output::print_line(text).map_err(anyhow::Error::from);
        };
        crate::db::check_target(&ctx.db_path()?.0, path)?;
        let (file, tmp) = temp_beside(path)?;
        let mut out = BufWriter::new(file);
        out.write_all(text.as_bytes())
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.flush())
            .map_err(|e| cannot_write(path, e.into()))?;
        drop(out);
        tmp.persist(path)
            .map_err(|e| cannot_write(path, e.error.into()))
    }

    /// An export to an .xlsx workbook: labels of the language in the header;
    /// codes in the cells of records, so that the file imports again; labels
    /// in a review.
    fn start_workbook(
        ctx: &Ctx,
        target: &TargetArgs,
        path: &Path,
        columns: &[Column],
        records: bool,
    ) -> Result<Export> {
        if target.excel || target.delimiter.is_some() {
            return Err(user_error(
                "--excel and --delimiter shape CSV files; an .xlsx file is a workbook already",
            ));
        }
        let (file, tmp_path) = temp_beside(path)?;
        let sheet = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut printer = Printer::xlsx(ctx.lang, columns, &sheet, !records, file)?;
        printer.set_progress(progress_for(path));
        Ok(Export {
            printer,
            file: Some((tmp_path, path.to_path_buf())),
        })
    }

    /// Write one record.
    pub fn row(&mut self, cells: &[crate::output::Cell]) -> Result<()> {
        let written = self.printer.row(cells);
        match &self.file {
            Some((_, path)) => written.map_err(|e| cannot_write(path, e)),
            None => written,
        }
    }

    /// Finish writing; an output file takes its name only now.
    pub fn finish(self) -> Result<()> {
        let Some((tmp, path)) = self.file else {
            return self.printer.finish();
        };
        self.printer.finish().map_err(|e| cannot_write(&path, e))?;
        tmp.persist(&path)
            .map_err(|e| cannot_write(&path, e.error.into()))
    }
}

/// The format an export to `target` is written in: the output file's
/// extension, else `--format`, else CSV for records and `--format`'s
/// default for a review. A workbook is `Format::Csv` here; callers ask
/// `is_workbook` first.
pub fn resolved_format(ctx: &Ctx, target: &TargetArgs, records: bool) -> Result<Format> {
    let by_extension = target.output.as_deref().and_then(format_of_extension);
    let format = match (ctx.format_given, by_extension, records) {
        (_, Some(f), _) => f,
        (Some(Format::Table), None, true) => {
            return Err(user_error_hint(
                "export writes records as CSV or JSON, not as a table",
                "use --format csv (the default) or --format json",
            ));
        }
        (Some(f), None, _) => f,
        (None, None, true) => Format::Csv,
        (None, None, false) if target.excel => Format::Csv,
        (None, None, false) => ctx.format,
    };
    if target.excel && format != Format::Csv {
        return Err(user_error(
            "--excel shapes CSV files; it does not apply to JSON or tables",
        ));
    }
    Ok(format)
}

/// A failure to write an output file, with its cause (a full disk, a file
/// too large) and what to do; errors the user can fix already pass as they are.
pub(super) fn cannot_write(path: &Path, err: anyhow::Error) -> anyhow::Error {
    if err.chain().any(|e| e.is::<crate::error::UserError>()) {
        return err;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    user_error_hint(
        format!("cannot write {}: {err:#}", path.display()),
        format!(
            "check that the disk holding {} has room and that you may write there; nothing was written",
            dir.display()
        ),
    )
}

/// A temporary file in the directory of `path`, to be renamed to it.
pub(super) fn temp_beside(path: &Path) -> Result<(std::fs::File, tempfile::TempPath)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".danvan-export-")
        .tempfile_in(dir)
        .map_err(|e| {
            user_error_hint(
                format!("cannot write {}: {e}", path.display()),
                "check that the directory exists and that you may write in it",
            )
        })?;
    Ok(tmp.into_parts())
}

fn progress_for(path: &Path) -> Progress {
    Progress::new(&path.display().to_string(), Unit::Rows, None)
}

pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

fn format_of_extension(path: &Path) -> Option<Format> {
    match path.extension()?.to_str()?.to_lowercase().as_str() {
        "csv" => Some(Format::Csv),
        "json" => Some(Format::Json),
        _ => None,
    }
}

fn cmd_members(ctx: &Ctx, args: ExportArgs) -> Result<()> {
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
