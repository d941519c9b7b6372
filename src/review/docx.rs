//! The review as a Word file in the Party document layout (Hướng dẫn
//! 36-HD/VPTW): A4, Times New Roman, body 14 pt, margins 20 / 20 / 30 /
//! 15 mm, page numbers from page 2.

use anyhow::Result;
use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts,
    SpecialIndentType, Table as DocxTable, TableCell, TableLayoutType, TableRow, WidthType,
};

use super::Draft;
use super::blocks::{Block, Table};
use super::front::{date_line, issuer_short, on_behalf_of, title};
use super::sections::body;
use crate::error::user_msg;
use crate::i18n::{Msg, plain};
use crate::vocab::Lang;

/// A4 in twips (1/1440 inch).
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// Margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right.
pub const MARGIN_TOP: i32 = 1134;
pub const MARGIN_BOTTOM: i32 = 1134;
pub const MARGIN_LEFT: i32 = 1701;
pub const MARGIN_RIGHT: i32 = 851;
const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT as u32 - MARGIN_RIGHT as u32;
/// The masthead's and signature's left column: wide enough for a superior
/// body's name in capitals on one line.
const LEFT_COLUMN: usize = 4700;

pub const FONT: &str = "Times New Roman";
/// Sizes in half-points.
const BODY: usize = 28;
const TABLE: usize = 24;
const SMALL: usize = 22;
const TINY: usize = 20;
/// The masthead's names and date: 13 pt, so that a superior body's name and
/// the date line each fit on one line.
const MASTHEAD: usize = 26;

/// English Metric Units per centimetre, for the picture's size.
const EMU_PER_CM: u32 = 360_000;

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

fn run(text: &str) -> Run {
    Run::new().add_text(text)
}

fn centred(r: Run) -> Paragraph {
    Paragraph::new()
        .add_run(r)
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(0).after(0))
}

/// The two columns at the top of the first page.
fn masthead(d: &Draft) -> DocxTable {
    let lang = d.lang;
    let parent = d.issuer.parent.to_uppercase();
    let cell = d.issuer.cell.to_uppercase();
    let number = Msg::new("review-number")
        .arg("body", issuer_short(&d.issuer.cell))
        .text(lang);
    let left = TableCell::new()
        .width(LEFT_COLUMN, WidthType::Dxa)
        .add_paragraph(centred(run(&parent).size(MASTHEAD)))
        .add_paragraph(centred(run(&cell).bold().size(MASTHEAD)))
        .add_paragraph(centred(run("*")))
        .add_paragraph(centred(run(&number)));
    let motto = plain(lang, "review-motto");
    let right = TableCell::new()
        .width(TEXT_WIDTH as usize - LEFT_COLUMN, WidthType::Dxa)
        .add_paragraph(centred(run(&motto).bold().underline("single").size(
            match lang {
                Lang::Vi => BODY,
                Lang::En => MASTHEAD,
            },
        )))
        .add_paragraph(centred(run("")))
        .add_paragraph(centred(run("")))
        .add_paragraph(centred(run(&date_line(d)).italic().size(MASTHEAD)));
    DocxTable::without_borders(vec![TableRow::new(vec![left, right])])
        .set_grid(vec![LEFT_COLUMN, TEXT_WIDTH as usize - LEFT_COLUMN])
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH as usize, WidthType::Dxa)
}

fn heading(text: &str, level: u8) -> Paragraph {
    let p = Paragraph::new()
        .add_run(run(text).bold())
        .align(AlignmentType::Both)
        .keep_next(true)
        .line_spacing(LineSpacing::new().before(120).after(120));
    if level == 1 {
        p
    } else {
        p.indent(Some(0), Some(SpecialIndentType::FirstLine(567)), None, None)
    }
}

fn text(t: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(t))
        .align(AlignmentType::Both)
        .indent(Some(0), Some(SpecialIndentType::FirstLine(567)), None, None)
        .line_spacing(LineSpacing::new().before(0).after(120).line(312))
}

fn table(t: &Table, lang: Lang) -> DocxTable {
    let sum: u32 = t.widths.iter().sum::<u32>().max(1);
    let widths: Vec<usize> = t
        .widths
        .iter()
        .map(|w| (w * TEXT_WIDTH / sum) as usize)
        .collect();
    // Headers of wide tables smaller, so their words fit narrow columns
    // (English words are the longer).
    let header_size = match (t.headers.len() > 7, lang) {
        (false, _) => TABLE,
        (true, Lang::Vi) => SMALL,
        (true, Lang::En) => TINY,
    };
    let cell = |s: &str, width: usize, numeric: bool, header: bool| {
        let align = if header {
            AlignmentType::Center
        } else if numeric {
            AlignmentType::Right
        } else {
            AlignmentType::Left
        };
        // A line break in a cell's text starts a paragraph of its own.
        s.split('\n')
            .fold(TableCell::new().width(width, WidthType::Dxa), |c, line| {
                let r = if header {
                    run(line).size(header_size).bold()
                } else {
                    run(line).size(TABLE)
                };
                c.add_paragraph(
                    Paragraph::new()
                        .add_run(r)
                        .align(align)
                        .line_spacing(LineSpacing::new().before(40).after(40)),
                )
            })
    };
    let mut rows = vec![TableRow::new(
        t.headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| cell(h, *w, false, true))
            .collect(),
    )];
    for row in &t.rows {
        rows.push(
            TableRow::new(
                row.iter()
                    .zip(&widths)
                    .zip(&t.numeric)
                    .map(|((v, w), n)| cell(v, *w, *n, false))
                    .collect(),
            )
            .cant_split(),
        );
    }
    DocxTable::new(rows)
        .set_grid(widths)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH as usize, WidthType::Dxa)
}

/// The signature block: "Nơi nhận:" on the left, the signer on the right.
fn signature(d: &Draft) -> DocxTable {
    let lang = d.lang;
    let left_width = LEFT_COLUMN;
    let recipients = plain(lang, "review-recipients");
    let mut left = TableCell::new()
        .width(left_width, WidthType::Dxa)
        .add_paragraph(Paragraph::new().add_run(run(&recipients).bold().italic().size(TABLE)));
    let mut lines = Vec::new();
    if !d.issuer.parent.is_empty() {
        lines.push(
            Msg::new("review-recipient-parent")
                .arg("parent", &d.issuer.parent)
                .text(lang),
        );
    }
    lines.push(plain(lang, "review-recipient-file"));
    for line in lines {
        left = left.add_paragraph(Paragraph::new().add_run(run(&line).size(SMALL)));
    }
    let mut right = TableCell::new().width(TEXT_WIDTH as usize - left_width, WidthType::Dxa);
    if let Some(line) = on_behalf_of(&d.issuer.cell, lang) {
        right = right.add_paragraph(centred(run(&line).bold()));
    }
    right = right.add_paragraph(centred(run(&d.issuer.signer_title.to_uppercase()).bold()));
    for _ in 0..4 {
        right = right.add_paragraph(centred(run("")));
    }
    right = right.add_paragraph(centred(run(&d.issuer.signer_name).bold()));
    DocxTable::without_borders(vec![TableRow::new(vec![left, right])])
        .set_grid(vec![left_width, TEXT_WIDTH as usize - left_width])
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH as usize, WidthType::Dxa)
}

/// The review as the bytes of a .docx file.
pub fn render(d: &Draft) -> Result<Vec<u8>> {
    let lang = d.lang;
    let report = plain(lang, "review-report");
    let mut doc = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN_TOP,
            bottom: MARGIN_BOTTOM,
            left: MARGIN_LEFT,
            right: MARGIN_RIGHT,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_fonts(fonts())
        .default_size(BODY)
        .title_pg()
        .first_footer(Footer::new().add_paragraph(Paragraph::new()))
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .add_page_num(PageNum::new())
                    .align(AlignmentType::Center),
            ),
        )
        .add_table(masthead(d))
        .add_paragraph(Paragraph::new())
        .add_paragraph(centred(run(&report).bold().size(32)))
        .add_paragraph(centred(run(&title(d)).bold()))
        .add_paragraph(centred(run("-----")))
        .add_paragraph(Paragraph::new());
    for block in body(d)? {
        doc = match block {
            Block::Heading(level, t) => doc.add_paragraph(heading(&t, level)),
            Block::Text(t) => doc.add_paragraph(text(&t)),
            Block::ForTheClerk => doc.add_paragraph(text("")),
            Block::Table(t) => doc.add_table(table(&t, lang)),
            Block::Chart(png) => {
                let pic = Pic::new_with_dimensions(png, super::chart::WIDTH, super::chart::HEIGHT)
                    .size(16 * EMU_PER_CM, 8 * EMU_PER_CM);
                doc.add_paragraph(
                    Paragraph::new()
                        .add_run(Run::new().add_image(pic))
                        .align(AlignmentType::Center)
                        .keep_next(true),
                )
            }
            Block::Caption(t) => doc.add_paragraph(
                Paragraph::new()
                    .add_run(run(&t).italic().size(TABLE))
                    .align(AlignmentType::Center)
                    .line_spacing(LineSpacing::new().before(60).after(180)),
            ),
        };
    }
    doc = doc.add_paragraph(Paragraph::new()).add_table(signature(d));
    let mut out = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut out).map_err(|e| {
        user_msg(
            Msg::new("review-docx-failed").arg("reason", e.to_string()),
            None,
        )
    })?;
    Ok(out.into_inner())
}
