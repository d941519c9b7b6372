//! The review as a workbook: a summary sheet with the title block, by unit
//! (landscape), by month, models and exemplars; each set up to print on A4,
//! fit to width, its header row repeated, with native charts of the rates.

use anyhow::Result;
use rust_xlsxwriter::{Chart, ChartType, Format, Workbook, Worksheet};

use super::Draft;
use super::blocks::{labels, unit_name};
use super::front::{date_line, title};
use crate::i18n::{Msg, plain};
use crate::summary::{Figure, METRICS};
use crate::vocab::{Kind, Term};

/// Excel's paper size number for A4.
const A4: u8 = 9;

struct Formats {
    bold: Format,
    header: Format,
    rate: Format,
    title: Format,
}

fn formats() -> Formats {
    Formats {
        bold: Format::new().set_bold(),
        header: Format::new()
            .set_bold()
            .set_text_wrap()
            .set_border(rust_xlsxwriter::FormatBorder::Thin),
        rate: Format::new().set_num_format("0.0%"),
        title: Format::new().set_bold().set_font_size(14),
    }
}

/// Print on A4, fit to one page wide, the header row on every page.
fn print_setup(sheet: &mut Worksheet, header_row: u32, landscape: bool) -> Result<()> {
    sheet.set_paper_size(A4);
    if landscape {
        sheet.set_landscape();
    } else {
        sheet.set_portrait();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(header_row, header_row)?;
    Ok(())
}

/// A figure in a cell: a count as a number, a rate as its fraction shown
/// as a percentage (empty when there is nothing to divide by).
fn write_figure(sheet: &mut Worksheet, row: u32, col: u16, f: Figure, fm: &Formats) -> Result<()> {
    match f {
        Figure::Count(n) => {
            sheet.write_number(row, col, n as f64)?;
        }
        Figure::Rate(_, 0) => {}
        Figure::Rate(a, b) => {
            // The rate as shown elsewhere: rounded to a tenth of a percent.
            let tenths = crate::output::rate_tenths(a, b).unwrap_or(0);
            sheet.write_number_with_format(row, col, tenths as f64 / 1000.0, &fm.rate)?;
        }
    }
    Ok(())
}

fn headers(sheet: &mut Worksheet, row: u32, names: &[String], fm: &Formats) -> Result<()> {
    for (c, h) in names.iter().enumerate() {
        sheet.write_string_with_format(row, c as u16, h, &fm.header)?;
    }
    Ok(())
}

fn summary_sheet(wb: &mut Workbook, d: &Draft, fm: &Formats) -> Result<String> {
    let lang = d.lang;
    let name = plain(lang, "review-sheet-summary");
    let sheet = wb.add_worksheet();
    sheet.set_name(&name)?;
    sheet.write_string_with_format(0, 0, d.issuer.cell.to_uppercase(), &fm.bold)?;
    sheet.write_string_with_format(1, 0, title(d), &fm.title)?;
    sheet.write_string(2, 0, date_line(d))?;
    if let Some(note) = d.counts_only_note() {
        sheet.write_string(3, 0, note)?;
    }
    let header_row = 4;
    let mut names = vec![plain(lang, "review-col-metric")];
    names.extend(d.agency.years.iter().map(|y| y.to_string()));
    names.push(plain(lang, "review-whole-period"));
    headers(sheet, header_row, &names, fm)?;
    let mut rate_rows = Vec::new();
    for (i, m) in METRICS.iter().enumerate() {
        let row = header_row + 1 + i as u32;
        sheet.write_string(row, 0, lang.pick(m.vi, m.en))?;
        for (j, y) in d.agency.years.iter().enumerate() {
            write_figure(
                sheet,
                row,
                1 + j as u16,
                d.agency.year_figure(m, *y, None),
                fm,
            )?;
        }
        let last = 1 + d.agency.years.len() as u16;
        write_figure(sheet, row, last, d.agency.total_figure(m, None), fm)?;
        if matches!(m.sum, crate::summary::Sum::Rate(..)) {
            rate_rows.push(row);
        }
    }
    sheet.set_column_width(0, 42)?;
    sheet.set_column_range_width(1, names.len() as u16, 12)?;
    print_setup(sheet, header_row, false)?;
    let years = d.agency.years.len() as u16;
    let mut chart = Chart::new(ChartType::Column);
    for row in rate_rows {
        chart
            .add_series()
            .set_name((name.as_str(), row, 0))
            .set_categories((name.as_str(), header_row, 1, header_row, years))
            .set_values((name.as_str(), row, 1, row, years));
    }
    chart
        .title()
        .set_name(&plain(lang, "review-chart-rates-by-year"));
    chart
        .y_axis()
        .set_num_format("0%")
        .set_max(1.0)
        .set_min(0.0);
    let below = header_row + 2 + METRICS.len() as u32;
    sheet.insert_chart(below, 0, &chart)?;
    Ok(name)
}

/// A chart of two rate columns of sheet `name` (rows 1 to `last`, their
/// labels in column 0) on a scale from 0 to 100 %.
fn rates_chart(kind: ChartType, name: &str, last: u32, cols: [u16; 2], title: &str) -> Chart {
    let mut chart = Chart::new(kind);
    for col in cols {
        chart
            .add_series()
            .set_name((name, 0, col))
            .set_categories((name, 1, 0, last, 0))
            .set_values((name, 1, col, last, col));
    }
    chart.title().set_name(title);
    // A bar chart lays its values along the x axis.
    let values = if kind == ChartType::Bar {
        chart.x_axis()
    } else {
        chart.y_axis()
    };
    values.set_num_format("0%").set_min(0.0).set_max(1.0);
    chart
}

fn unit_sheet(wb: &mut Workbook, d: &Draft, fm: &Formats) -> Result<()> {
    let lang = d.lang;
    let name = d.or_cell(
        plain(lang, "review-sheet-by-unit"),
        Msg::new("review-rollup-sheet"),
    );
    let name = name.as_str();
    let sheet = wb.add_worksheet();
    sheet.set_name(name)?;
    let mut names = vec![d.or_cell(
        plain(lang, "review-col-unit"),
        Msg::new("review-rollup-cell"),
    )];
    names.extend(METRICS.iter().map(|m| lang.pick(m.vi, m.en).to_string()));
    headers(sheet, 0, &names, fm)?;
    let units = d.agency.units();
    for (i, u) in units.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, unit_name(u, lang))?;
        for (j, m) in METRICS.iter().enumerate() {
            write_figure(
                sheet,
                row,
                1 + j as u16,
                d.agency.total_figure(m, Some(u)),
                fm,
            )?;
        }
    }
    sheet.set_column_width(0, 32)?;
    sheet.set_column_range_width(1, METRICS.len() as u16, 11)?;
    sheet.set_row_height(0, 75)?;
    print_setup(sheet, 0, true)?;
    if !units.is_empty() {
        let last = units.len() as u32;
        let col = |key| 1 + METRICS.iter().position(|m| m.key == key).unwrap_or(0) as u16;
        let chart = rates_chart(
            ChartType::Bar,
            name,
            last,
            [col("reporting_rate"), col("done_rate")],
            &d.or_cell(
                plain(lang, "review-chart-rates-by-unit"),
                Msg::new("review-rollup-chart"),
            ),
        );
        sheet.insert_chart(last + 2, 0, &chart)?;
    }
    Ok(())
}

fn month_sheet(wb: &mut Workbook, d: &Draft, fm: &Formats) -> Result<()> {
    let lang = d.lang;
    let name = &plain(lang, "review-sheet-by-month");
    let sheet = wb.add_worksheet();
    sheet.set_name(name)?;
    let names = labels(
        lang,
        &[
            "review-col-month",
            "review-col-expected-reports",
            "review-col-submitted-reports",
            "review-col-unit-reporting-rate",
            "review-col-items-done",
            "review-col-items-reported",
            "review-col-unit-done-rate",
        ],
    );
    headers(sheet, 0, &names, fm)?;
    for (i, m) in d.months.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, format!("{:02}/{}", m.month.month, m.month.year))?;
        if m.ended {
            write_figure(sheet, row, 1, Figure::Count(m.expected_reports), fm)?;
            write_figure(sheet, row, 2, Figure::Count(m.submitted_reports), fm)?;
            write_figure(
                sheet,
                row,
                3,
                Figure::Rate(m.submitted_reports, m.expected_reports),
                fm,
            )?;
        }
        write_figure(sheet, row, 4, Figure::Count(m.items_done), fm)?;
        write_figure(sheet, row, 5, Figure::Count(m.items_reported), fm)?;
        write_figure(
            sheet,
            row,
            6,
            Figure::Rate(m.items_done, m.items_reported),
            fm,
        )?;
    }
    sheet.set_column_range_width(0, 6, 14)?;
    print_setup(sheet, 0, false)?;
    if !d.months.is_empty() {
        let last = d.months.len() as u32;
        let mut chart = rates_chart(
            ChartType::Line,
            name,
            last,
            [3, 6],
            &plain(lang, "review-chart-rates-by-month"),
        );
        chart.set_width(900);
        sheet.insert_chart(1, 8, &chart)?;
    }
    Ok(())
}

fn model_sheet(wb: &mut Workbook, d: &Draft, fm: &Formats) -> Result<()> {
    let lang = d.lang;
    let sheet = wb.add_worksheet();
    sheet.set_name(plain(lang, "review-sheet-models"))?;
    let names = labels(
        lang,
        &[
            "review-col-code",
            "review-col-model",
            "review-col-field",
            "review-col-level",
            "review-col-owner",
            "review-col-started",
            "review-col-retired",
            "review-col-ratings",
        ],
    );
    headers(sheet, 0, &names, fm)?;
    for (i, m) in d.models.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_string(row, 0, &m.code)?;
        sheet.write_string(row, 1, &m.name)?;
        sheet.write_string(row, 2, m.field.label(lang))?;
        sheet.write_string(row, 3, m.level.label(lang))?;
        sheet.write_string(row, 4, &m.owner)?;
        sheet.write_number(row, 5, m.started)?;
        if let Some(r) = m.retired {
            sheet.write_number(row, 6, r)?;
        }
        let ratings = m
            .ratings
            .iter()
            .map(|(y, r)| format!("{y}: {}", r.label(lang)))
            .collect::<Vec<_>>()
            .join("; ");
        sheet.write_string(row, 7, ratings)?;
    }
    for (c, w) in [10, 40, 22, 16, 28, 10, 10, 50].iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    print_setup(sheet, 0, true)?;
    Ok(())
}

fn exemplar_sheet(wb: &mut Workbook, d: &Draft, fm: &Formats) -> Result<()> {
    let lang = d.lang;
    let sheet = wb.add_worksheet();
    sheet.set_name(plain(lang, "review-sheet-exemplars"))?;
    let names = labels(
        lang,
        &[
            "review-col-year",
            "review-col-kind",
            "review-col-code",
            "review-col-short-name",
        ],
    );
    headers(sheet, 0, &names, fm)?;
    for (i, e) in d.exemplars.iter().enumerate() {
        let row = 1 + i as u32;
        sheet.write_number(row, 0, e.year)?;
        sheet.write_string(row, 1, e.kind.label(lang))?;
        sheet.write_string(row, 2, if e.kind == Kind::Member { &e.code } else { "" })?;
        sheet.write_string(row, 3, &e.name)?;
    }
    for (c, w) in [8, 12, 10, 40].iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    print_setup(sheet, 0, false)?;
    Ok(())
}

/// The review as the bytes of an .xlsx file.
pub fn render(d: &Draft) -> Result<Vec<u8>> {
    let fm = formats();
    let mut wb = Workbook::new();
    summary_sheet(&mut wb, d, &fm)?;
    unit_sheet(&mut wb, d, &fm)?;
    month_sheet(&mut wb, d, &fm)?;
    model_sheet(&mut wb, d, &fm)?;
    exemplar_sheet(&mut wb, d, &fm)?;
    Ok(wb.save_to_buffer()?)
}
