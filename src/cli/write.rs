//! What commands write beyond a list, shared by the groups: an export
//! streamed to standard output or to a file that appears whole or not at
//! all, a form to fill in, one record, and the closing line of an import.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::args::{ImportArgs, TargetArgs};
use super::ctx::{Ctx, count};
use crate::db::{Db, Writer};
use crate::error::user_msg;
use crate::i18n::{Arg, Msg};
use crate::import::ImportCounts;
use crate::output::form::{FormSheet, write_csv, write_xlsx};
use crate::output::{Cell, Column, CsvStyle, Format, Printer, WorkbookFailed};
use crate::progress::{Progress, Unit};

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
            if crate::import::sheet::kind_of(&path.to_string_lossy()).is_some() {
                return Err(user_msg(
                    Msg::new("output-workbook-extension").arg("path", path.display().to_string()),
                    Some(Msg::new("output-workbook-extension-hint")),
                ));
            }
        }
        let format = resolved_format(ctx, target, records)?;
        let style = CsvStyle::new(target.excel, target.delimiter, ctx.lang);
        match &target.output {
            None => {
                let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
                let out = crate::output::stdout();
                let width = crate::output::table_width();
                let mut printer = Printer::new(format, ctx.lang, columns, style, out, width)?;
                // A bar would tangle with the records on the same screen.
                if !terminal {
                    let label = Msg::new("progress-export").text(ctx.lang);
                    printer.set_progress(Progress::new(&label, Unit::Rows, None));
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
            return Err(user_msg(Msg::new("output-excel-not-for-xlsx"), None));
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
    pub fn row(&mut self, cells: &[Cell]) -> Result<()> {
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
            return Err(user_msg(
                Msg::new("output-export-no-table"),
                Some(Msg::new("output-export-no-table-hint")),
            ));
        }
        (Some(f), None, _) => f,
        (None, None, true) => Format::Csv,
        (None, None, false) if target.excel => Format::Csv,
        (None, None, false) => ctx.format,
    };
    if target.excel && format != Format::Csv {
        return Err(user_msg(Msg::new("output-excel-only-csv"), None));
    }
    Ok(format)
}

/// A failure to write an output file, with its cause (a full disk, a file
/// too large) and what to do; errors the user can fix already pass as they are.
pub fn cannot_write(path: &Path, err: anyhow::Error) -> anyhow::Error {
    if err.chain().any(|e| e.is::<crate::error::UserError>()) {
        return err;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let cause = match err.downcast_ref::<WorkbookFailed>() {
        Some(failed) => Arg::from(failed.msg()),
        None => Arg::from(format!("{err:#}")),
    };
    user_msg(
        Msg::new("output-cannot-write-file")
            .arg("path", path.display().to_string())
            .arg("cause", cause),
        Some(Msg::new("output-cannot-write-file-hint").arg("dir", dir.display().to_string())),
    )
}

/// A temporary file in the directory of `path`, to be renamed to it.
pub fn temp_beside(path: &Path) -> Result<(std::fs::File, tempfile::TempPath)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".danvan-export-")
        .tempfile_in(dir)
        .map_err(|e| {
            user_msg(
                Msg::new("output-cannot-write-file")
                    .arg("path", path.display().to_string())
                    .arg("cause", e.to_string()),
                Some(Msg::new("output-cannot-create-temp-hint")),
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

/// Write a form to `path` (.xlsx or .csv), through a temporary file beside
/// it that takes its name once it is whole.
pub fn write_form(ctx: &Ctx, path: &Path, sheets: &[FormSheet]) -> Result<()> {
    crate::db::check_target(&ctx.db_path()?.0, path)?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let xlsx = match ext.as_deref() {
        Some("xlsx") => true,
        Some("csv") => false,
        _ => {
            return Err(user_msg(
                Msg::new("output-form-extension").arg("path", path.display().to_string()),
                Some(Msg::new("output-form-extension-hint")),
            ));
        }
    };
    let (file, tmp) = temp_beside(path)?;
    let written = if xlsx {
        write_xlsx(sheets, std::io::BufWriter::new(file))
    } else {
        write_csv(sheets, std::io::BufWriter::new(file))
    };
    written.map_err(|e| cannot_write(path, e))?;
    tmp.persist(path)
        .map_err(|e| cannot_write(path, e.error.into()))
}

/// One record: a two-column table (field, value), or a one-row CSV/JSON list.
pub fn show_record(ctx: &Ctx, columns: &[Column], cells: &[Cell]) -> Result<()> {
    if ctx.format != Format::Table {
        let mut printer = ctx.printer(columns)?;
        printer.row(cells)?;
        return printer.finish();
    }
    let header = [
        Column::new("field", "Mục", "Field"),
        Column::new("value", "Giá trị", "Value"),
    ];
    let mut printer = ctx.printer(&header)?;
    for (column, cell) in columns.iter().zip(cells) {
        printer.row(&[Cell::text(column.label(ctx.lang)), cell.clone()])?;
    }
    printer.finish()
}

/// Run an import in one transaction (rolled back for --dry-run) and say
/// what it did.
pub fn finish_import(
    ctx: &Ctx,
    db: &mut Db,
    args: &ImportArgs,
    what: Msg,
    f: impl FnOnce(&mut Writer<'_>) -> Result<ImportCounts>,
) -> Result<()> {
    let counts = db.write_or_rehearse(!args.dry_run, f)?;
    let id = if args.dry_run {
        "cli-import-dry-run"
    } else {
        "cli-import-done"
    };
    let said = Msg::new(id)
        .arg("file", &counts.file)
        .arg("added", count(counts.added))
        .arg("replaced", count(counts.replaced))
        .arg("what", what);
    if args.dry_run {
        ctx.note(said)
    } else {
        ctx.confirm(said)
    }
}
