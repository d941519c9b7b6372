//! One way out for every list: a header of columns and rows of cells,
//! rendered as a table (labels of the chosen language), CSV or JSON (keys
//! and codes), or an .xlsx workbook. CSV, JSON and workbooks are streamed
//! row by row.

pub mod form;
mod stream;
mod table;
mod xlsx;

pub use stream::{StreamError, message, print_line, prompt, stdout, table_width};
pub use table::visible;
pub use xlsx::WorkbookFailed;

use std::borrow::Cow;
use std::fs::File;
use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::dates::{display_date, iso};
use crate::i18n::{Msg, plain};
use crate::progress::Progress;
use crate::vocab::{Lang, Role, Term, roles_code, roles_label};

/// How lists are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// A column: its stable key (CSV header, JSON field) and its labels.
#[derive(Debug, Clone)]
pub struct Column {
    pub key: Cow<'static, str>,
    pub vi: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Column {
    pub const fn new(key: &'static str, vi: &'static str, en: &'static str) -> Column {
        Column {
            key: Cow::Borrowed(key),
            vi: Cow::Borrowed(vi),
            en: Cow::Borrowed(en),
        }
    }

    /// A column made at run time, such as one per year, labelled by its key.
    pub fn named(key: String) -> Column {
        Column {
            vi: Cow::Owned(key.clone()),
            en: Cow::Owned(key.clone()),
            key: Cow::Owned(key),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }
}

/// One cell. Terms carry their code and labels; the renderer picks.
#[derive(Debug, Clone)]
pub enum Cell {
    Text(String),
    Int(i64),
    Date(Option<NaiveDate>),
    /// A rate `num / den`, shown as a percentage with one decimal.
    Rate(i64, i64),
    Term(&'static str, &'static str, &'static str),
    Roles(Vec<Role>),
    Bool(bool),
    /// A sentence from the catalogues: in the language in tables and
    /// spreadsheets, in English (stable for scripts) in plain CSV and JSON.
    Msg(Msg),
    Empty,
}

impl Cell {
    pub fn term(t: impl Term) -> Cell {
        Cell::Term(t.code(), t.label(Lang::Vi), t.label(Lang::En))
    }

    pub fn opt_term<T: Term>(t: Option<T>) -> Cell {
        t.map_or(Cell::Empty, Cell::term)
    }

    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    pub fn opt_int(v: Option<i64>) -> Cell {
        v.map_or(Cell::Empty, Cell::Int)
    }

    /// The plain value written to CSV, borrowed where the cell holds it.
    fn plain_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(s),
            Cell::Term(code, _, _) => Cow::Borrowed(code),
            Cell::Empty => Cow::Borrowed(""),
            other => Cow::Owned(other.plain()),
        }
    }

    /// The plain value written to CSV.
    fn plain(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Date(d) => d.map(iso).unwrap_or_default(),
            Cell::Rate(num, den) => rate_tenths(*num, *den)
                .map(format_tenths)
                .unwrap_or_default(),
            Cell::Term(code, _, _) => code.to_string(),
            Cell::Roles(roles) => roles_code(roles),
            Cell::Bool(b) => b.to_string(),
            Cell::Msg(m) => m.text(Lang::En),
            Cell::Empty => String::new(),
        }
    }

    /// The value a Vietnamese spreadsheet reads: vocabulary as labels,
    /// yes/no as `có`/`không`, rates with a decimal comma (`97,5`); dates
    /// stay ISO, which a spreadsheet reads in every locale.
    fn spreadsheet(&self, lang: Lang) -> String {
        match self {
            Cell::Rate(num, den) => rate_tenths(*num, *den)
                .map(|t| format_tenths_with(t, decimal_separator(lang)))
                .unwrap_or_default(),
            Cell::Term(..) | Cell::Roles(_) | Cell::Bool(_) | Cell::Msg(_) => self.display(lang),
            other => other.plain(),
        }
    }

    /// The value written to JSON.
    pub fn json(&self) -> Value {
        match self {
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Int(i) => Value::from(*i),
            Cell::Date(d) => d.map_or(Value::Null, |d| Value::String(iso(d))),
            Cell::Rate(num, den) => rate_tenths(*num, *den)
                .and_then(|t| serde_json::Number::from_f64(t as f64 / 10.0))
                .map_or(Value::Null, Value::Number),
            Cell::Term(code, _, _) => Value::String(code.to_string()),
            Cell::Roles(roles) => roles.iter().map(|r| Value::from(r.code())).collect(),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Msg(m) => Value::String(m.text(Lang::En)),
            Cell::Empty => Value::Null,
        }
    }

    fn display(&self, lang: Lang) -> String {
        match self {
            Cell::Date(d) => d.map(|d| display_date(d, lang)).unwrap_or_default(),
            Cell::Rate(num, den) => rate_tenths(*num, *den)
                .map(|t| crate::i18n::rate_text(lang, t))
                .unwrap_or_default(),
            Cell::Term(_, vi, en) => lang.pick(vi, en).to_string(),
            Cell::Roles(roles) => roles_label(roles, lang),
            Cell::Msg(m) => m.text(lang),
            // The words import reads back (`import::parse_yes_no`).
            Cell::Bool(true) => plain(lang, "output-yes"),
            Cell::Bool(false) => plain(lang, "output-no"),
            other => other.plain(),
        }
    }
}

/// A rate in tenths of a percent, rounded half up on the exact fraction as a
/// spreadsheet's ROUND does: ⌊(2000·a + b) / 2b⌋. None when `b` is zero.
///
/// ```
/// use danvan::output::rate_tenths;
/// assert_eq!(rate_tenths(1, 16), Some(63)); // 6.25 % shows as 6.3 %
/// assert_eq!(rate_tenths(39, 40), Some(975));
/// assert_eq!(rate_tenths(3, 0), None); // nothing to divide by: empty
/// ```
pub fn rate_tenths(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    Some((2000 * a + b).div_euclid(2 * b))
}

fn format_tenths(t: i64) -> String {
    format_tenths_with(t, '.')
}

fn format_tenths_with(t: i64, separator: char) -> String {
    let sign = if t < 0 { "-" } else { "" };
    let t = t.abs();
    format!("{sign}{}{separator}{}", t / 10, t % 10)
}

/// The decimal separator of a language's spreadsheets.
fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::Vi => ',',
        Lang::En => '.',
    }
}

/// Options for CSV meant for spreadsheets.
#[derive(Debug, Clone, Copy)]
pub struct CsvStyle {
    /// Byte-order mark, CRLF, formula-looking cells neutralised.
    pub excel: bool,
    pub delimiter: u8,
    /// The header as the language's labels and the cells as its
    /// spreadsheets read them (vocabulary labels, decimal commas) instead
    /// of keys and codes: `--excel` with `--lang vi`. Import reads both.
    pub labels: bool,
}

impl CsvStyle {
    /// The style of `--excel` (`excel`) and `--delimiter` (`delimiter`) in
    /// `lang`: a Vietnamese spreadsheet gets Vietnamese labels and decimal
    /// commas, so its cells split on `;` unless told otherwise (a cell
    /// holding the delimiter is quoted either way).
    pub fn new(excel: bool, delimiter: Option<u8>, lang: Lang) -> CsvStyle {
        let vietnamese = excel && lang == Lang::Vi;
        CsvStyle {
            excel,
            delimiter: delimiter.unwrap_or(if vietnamese { b';' } else { b',' }),
            labels: vietnamese,
        }
    }
}

impl Default for CsvStyle {
    fn default() -> Self {
        CsvStyle {
            excel: false,
            delimiter: b',',
            labels: false,
        }
    }
}

/// A cell that a spreadsheet would run as a formula gets a leading `'`;
/// so does one that would look neutralised (`'=…`), so that
/// [`unneutralise`] gives every cell back as it was.
fn neutralise(s: &str) -> std::borrow::Cow<'_, str> {
    if starts_a_formula(s.trim_start_matches('\'')) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// A cell of an `--excel` file as it was before [`neutralise`].
pub fn unneutralise(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if starts_a_formula(rest.trim_start_matches('\'')) => rest,
        _ => s,
    }
}

fn starts_a_formula(s: &str) -> bool {
    matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

enum Sink<'w> {
    Table(table::TableSink, Box<dyn Write + 'w>),
    Csv(Box<csv::Writer<Box<dyn Write + 'w>>>, CsvStyle),
    Json(Box<dyn Write + 'w>, usize),
    Xlsx(Box<xlsx::XlsxSink>),
}

/// Writes one list, row by row.
pub struct Printer<'w> {
    lang: Lang,
    columns: Vec<Column>,
    sink: Sink<'w>,
    rows: u64,
    progress: Progress,
    rendered: Rendered,
}

/// The message last rendered in each column, with its text: a list often
/// repeats one sentence down a column (the rule of 45,000 proposals in
/// `award propose`), and the catalogue then renders it once, not per row.
#[derive(Default)]
struct Rendered(Vec<Option<(Msg, Lang, String)>>);

impl Rendered {
    /// `msg` in `lang`, as `Msg::text` gives it, in column `column`.
    fn text(&mut self, column: usize, msg: &Msg, lang: Lang) -> &str {
        if self.0.len() <= column {
            self.0.resize_with(column + 1, || None);
        }
        let slot = &mut self.0[column];
        let same = matches!(slot, Some((m, l, _)) if *l == lang && m == msg);
        if !same {
            *slot = Some((msg.clone(), lang, msg.text(lang)));
        }
        match slot {
            Some((_, _, text)) => text,
            None => unreachable!("the slot was just filled"),
        }
    }

    /// A cell's text where a message is rendered once per run of it:
    /// `display` in `lang` for tables, or what `plain` gives for CSV.
    fn display(&mut self, column: usize, cell: &Cell, lang: Lang) -> String {
        match cell {
            Cell::Msg(m) => self.text(column, m, lang).to_string(),
            other => other.display(lang),
        }
    }
}

impl<'w> Printer<'w> {
    pub fn new(
        format: Format,
        lang: Lang,
        columns: &[Column],
        csv_style: CsvStyle,
        mut out: Box<dyn Write + 'w>,
        width: Option<usize>,
    ) -> Result<Printer<'w>> {
        let sink = match format {
            Format::Table => Sink::Table(
                table::TableSink::new(
                    columns.iter().map(|c| c.label(lang).to_string()).collect(),
                    width,
                    lang,
                ),
                out,
            ),
            Format::Csv => {
                if csv_style.excel {
                    out.write_all("\u{feff}".as_bytes())?;
                }
                let mut writer = csv::WriterBuilder::new()
                    .delimiter(csv_style.delimiter)
                    .terminator(if csv_style.excel {
                        csv::Terminator::CRLF
                    } else {
                        csv::Terminator::Any(b'\n')
                    })
                    .from_writer(out);
                writer
                    .write_record(columns.iter().map(|c| {
                        if csv_style.labels {
                            neutralise(c.label(lang)).into_owned()
                        } else {
                            c.key().to_string()
                        }
                    }))
                    .map_err(csv_error)?;
                Sink::Csv(Box::new(writer), csv_style)
            }
            Format::Json => Sink::Json(out, 0),
        };
        Ok(Printer {
            lang,
            columns: columns.to_vec(),
            sink,
            rows: 0,
            progress: Progress::none(),
            rendered: Rendered::default(),
        })
    }

    /// A printer writing one sheet, named `sheet`, of an .xlsx workbook to
    /// `out`: headers in `lang`, vocabulary as labels when `labels`, else as
    /// codes (records that import again).
    pub fn xlsx(
        lang: Lang,
        columns: &[Column],
        sheet: &str,
        labels: bool,
        out: File,
    ) -> Result<Printer<'static>> {
        Ok(Printer {
            lang,
            columns: columns.to_vec(),
            sink: Sink::Xlsx(Box::new(xlsx::XlsxSink::new(
                lang, columns, sheet, labels, out,
            )?)),
            rows: 0,
            progress: Progress::none(),
            rendered: Rendered::default(),
        })
    }

    /// Show the rows written on a progress bar.
    pub fn set_progress(&mut self, progress: Progress) {
        self.progress = progress;
    }

    /// A printer on standard output; tables fit the terminal.
    pub fn stdout(format: Format, lang: Lang, columns: &[Column]) -> Result<Printer<'static>> {
        Printer::new(
            format,
            lang,
            columns,
            CsvStyle::default(),
            stdout(),
            table_width(),
        )
    }

    pub fn row(&mut self, cells: &[Cell]) -> Result<()> {
        debug_assert_eq!(cells.len(), self.columns.len());
        let rendered = &mut self.rendered;
        match &mut self.sink {
            Sink::Table(table, _) => {
                let lang = self.lang;
                table.row(
                    cells
                        .iter()
                        .enumerate()
                        .map(|(i, c)| rendered.display(i, c, lang))
                        .collect(),
                );
            }
            Sink::Csv(writer, style) => {
                if style.excel {
                    let lang = self.lang;
                    let labels = style.labels;
                    writer
                        .write_record(cells.iter().map(|c| {
                            let text = if labels {
                                c.spreadsheet(lang)
                            } else {
                                c.plain()
                            };
                            neutralise(&text).into_owned()
                        }))
                        .map_err(csv_error)?;
                } else {
                    // Field by field, each as the cell holds it (no copy),
                    // then the record's end: the bytes `write_record` writes.
                    for (i, cell) in cells.iter().enumerate() {
                        match cell {
                            Cell::Msg(m) => writer.write_field(rendered.text(i, m, Lang::En)),
                            other => writer.write_field(other.plain_text().as_bytes()),
                        }
                        .map_err(csv_error)?;
                    }
                    writer
                        .write_record(std::iter::empty::<&[u8]>())
                        .map_err(csv_error)?;
                }
            }
            Sink::Json(out, count) => {
                let mut object = Map::new();
                for (i, (column, cell)) in self.columns.iter().zip(cells).enumerate() {
                    let value = match cell {
                        Cell::Msg(m) => Value::String(rendered.text(i, m, Lang::En).to_string()),
                        other => other.json(),
                    };
                    object.insert(column.key().to_string(), value);
                }
                out.write_all(if *count == 0 { b"[\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut *out, &Value::Object(object))
                    .map_err(std::io::Error::from)?;
                *count += 1;
            }
            Sink::Xlsx(sink) => sink.row(cells)?,
        }
        self.rows += 1;
        self.progress.update(self.rows);
        Ok(())
    }

    /// Finish the list: an empty table prints nothing, empty JSON is `[]`.
    pub fn finish(mut self) -> Result<()> {
        self.progress.finish();
        match self.sink {
            Sink::Table(table, mut out) => table.write(&mut out)?,
            Sink::Csv(mut writer, _) => writer.flush()?,
            Sink::Json(mut out, count) => {
                out.write_all(if count == 0 { b"[]\n" } else { b"\n]\n" })?;
                out.flush()?;
            }
            Sink::Xlsx(sink) => sink.finish()?,
        }
        Ok(())
    }
}

/// A CSV write error as the I/O error under it, so that a closed pipe is
/// known as one.
fn csv_error(err: csv::Error) -> anyhow::Error {
    if !err.is_io_error() {
        return err.into();
    }
    match err.into_kind() {
        csv::ErrorKind::Io(e) => e.into(),
        other => anyhow::anyhow!("cannot write CSV: {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_round_half_up_on_the_exact_fraction() {
        assert_eq!(rate_tenths(1, 16), Some(63));
        assert_eq!(rate_tenths(39, 40), Some(975));
        assert_eq!(rate_tenths(2, 3), Some(667));
        assert_eq!(rate_tenths(1, 3), Some(333));
        assert_eq!(rate_tenths(5, 5), Some(1000));
        assert_eq!(rate_tenths(0, 7), Some(0));
        assert_eq!(rate_tenths(1, 0), None);
        assert_eq!(format_tenths(975), "97.5");
        assert_eq!(format_tenths(1000), "100.0");
    }

    #[test]
    fn vietnamese_spreadsheets_read_labels_and_decimal_commas() {
        use crate::vocab::Status;
        assert_eq!(Cell::Rate(39, 40).spreadsheet(Lang::Vi), "97,5");
        assert_eq!(Cell::Rate(1, 1).spreadsheet(Lang::Vi), "100,0");
        assert_eq!(Cell::Rate(1, 0).spreadsheet(Lang::Vi), "");
        assert_eq!(Cell::Rate(39, 40).plain(), "97.5");
        assert_eq!(
            Cell::term(Status::NotDone).spreadsheet(Lang::Vi),
            "Chưa làm được"
        );
        assert_eq!(Cell::Bool(true).spreadsheet(Lang::Vi), "có");
        assert_eq!(Cell::Int(12).spreadsheet(Lang::Vi), "12");
        let d = NaiveDate::from_ymd_opt(2026, 12, 1);
        assert_eq!(Cell::Date(d).spreadsheet(Lang::Vi), "2026-12-01");
        let style = CsvStyle::new(true, None, Lang::Vi);
        assert!(style.labels && style.delimiter == b';');
        let style = CsvStyle::new(true, None, Lang::En);
        assert!(!style.labels && style.delimiter == b',');
        assert!(!CsvStyle::new(false, None, Lang::Vi).labels);
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("-5"), "'-5");
        assert_eq!(neutralise("Nguyễn"), "Nguyễn");
        assert_eq!(neutralise("'=x"), "''=x");
        assert_eq!(neutralise("'abc"), "'abc");
        assert_eq!(neutralise("'"), "'");
        for s in [
            "=1+1", "-5", "'=x", "''@a", "'abc", "'", "", "Nguyễn", "a-b",
        ] {
            assert_eq!(unneutralise(&neutralise(s)), s, "{s:?}");
        }
        assert_eq!(unneutralise("'abc"), "'abc");
    }
}
