//! Forms to fill in (`report template`, `pledge template`): the sheets in
//! the user's language, written to `--output` whole or not at all.

use std::path::Path;

use anyhow::Result;

use super::Ctx;
use super::export::{cannot_write, temp_beside};
use crate::dates::display_date;
use crate::error::user_error_hint;
use crate::output::form::{FormCell, FormSheet, write_csv, write_xlsx};
use crate::pledge::FormMember;
use crate::report::Template;
use crate::vocab::{Field, Lang, Status, Term};

/// The month's report form: the members' sheet, then their items' texts.
pub fn report_sheets(ctx: &Ctx, t: &Template) -> Vec<FormSheet> {
    let lang = ctx.lang;
    let (item, note) = match lang {
        Lang::Vi => ("Việc", "Ghi chú"),
        Lang::En => ("Item", "Note"),
    };
    let mut headers: Vec<String> = [
        ctx.say("Mã", "Member"),
        ctx.say("Họ và tên", "Name"),
        ctx.say("Đơn vị", "Unit"),
        ctx.say("Tháng", "Month"),
    ]
    .map(String::from)
    .to_vec();
    headers.extend(t.numbers.iter().map(|n| format!("{item} {n}")));
    headers.extend(t.numbers.iter().map(|n| format!("{note} {n}")));
    headers.push(ctx.say("Ngày nộp", "Submitted on").to_string());
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
        name: format!("{} {month}", ctx.say("Báo cáo", "Reports")),
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
        name: ctx.say("Việc đã đăng ký", "Pledged items").to_string(),
        headers: [
            ctx.say("Mã", "Member"),
            ctx.say("Họ và tên", "Name"),
            ctx.say("Việc số", "Item"),
            ctx.say("Lĩnh vực", "Field"),
            ctx.say("Nội dung đăng ký", "Pledged action"),
        ]
        .map(String::from)
        .to_vec(),
        rows: item_rows,
        choices: Vec::new(),
        open_rows: 0,
        widths: vec![10.0, 24.0, 8.0, 24.0, 60.0],
    };
    vec![main, items]
}

/// Blank rows per member in the registration form, besides carried items.
const BLANK_ROWS: usize = 3;

/// The year's registration form: rows per member (the items carried from
/// the year before, then blank rows), the field a drop-down; the columns
/// of `pledge import`, the number left empty to number them in order.
pub fn pledge_sheets(ctx: &Ctx, year: i32, members: &[FormMember]) -> Vec<FormSheet> {
    let lang = ctx.lang;
    let headers: Vec<String> = [
        ctx.say("Mã", "Member"),
        ctx.say("Họ và tên", "Name"),
        ctx.say("Đơn vị", "Unit"),
        ctx.say("Năm", "Year"),
        ctx.say("Việc số", "No."),
        ctx.say("Lĩnh vực", "Field"),
        ctx.say("Mô hình", "Model"),
        ctx.say("Nội dung đăng ký", "Pledged action"),
    ]
    .map(String::from)
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
        name: format!("{} {year}", ctx.say("Đăng ký", "Pledges")),
        headers,
        rows,
        choices,
        open_rows: 0,
        widths: vec![10.0, 24.0, 18.0, 7.0, 8.0, 26.0, 10.0, 60.0],
    }]
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
            return Err(user_error_hint(
                format!("{}: a form is written as .xlsx or .csv", path.display()),
                "name the file .xlsx (drop-downs, locked key columns) or .csv",
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
