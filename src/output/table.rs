//! Tables for a person: laid out for a width without ever breaking a word,
//! or, when the columns cannot fit it, one block of `label: value` lines
//! per record (as `psql \x`). Without a width (piped output) nothing is
//! wrapped.

use std::borrow::Cow;
use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets};
use unicode_width::UnicodeWidthStr;

use crate::i18n::Msg;
use crate::vocab::Lang;

/// A table's frame: `│ a │ b │` is one character per column plus one, and
/// one space of padding on each side of every cell; a compact table, for
/// when that does not fit, has no padding (`│a│b│`).
const FRAME_PER_COLUMN: usize = 3;
const COMPACT_FRAME_PER_COLUMN: usize = 1;
/// Narrower than this, a value beside its label is no longer readable.
const MIN_VALUE_WIDTH: usize = 10;
/// Rows wrapped taller than this on average read worse than records.
const MAX_MEAN_ROW_LINES: usize = 4;

/// Rows collected until the widths are known.
pub(super) struct TableSink {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    width: Option<usize>,
    lang: Lang,
}

impl TableSink {
    pub(super) fn new(header: Vec<String>, width: Option<usize>, lang: Lang) -> TableSink {
        TableSink {
            header: header.iter().map(|h| visible(h).into_owned()).collect(),
            rows: Vec::new(),
            width,
            lang,
        }
    }

    pub(super) fn row(&mut self, cells: Vec<String>) {
        self.rows
            .push(cells.iter().map(|c| visible(c).into_owned()).collect());
    }

    /// Write the table; an empty one writes nothing.
    pub(super) fn write(self, out: &mut dyn Write) -> io::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let Some(width) = self.width else {
            return write_table(out, &self.header, &self.rows, false);
        };
        let fitted = [FRAME_PER_COLUMN, COMPACT_FRAME_PER_COLUMN]
            .into_iter()
            .find_map(|frame| {
                let widths = column_widths(&self.header, &self.rows, width, frame)?;
                let rows: Vec<Vec<String>> =
                    self.rows.iter().map(|r| wrap_row(r, &widths)).collect();
                let lines: usize = rows
                    .iter()
                    .map(|r| r.iter().map(|c| c.lines().count()).max().unwrap_or(1))
                    .sum();
                (lines <= MAX_MEAN_ROW_LINES * rows.len()).then_some((frame, widths, rows))
            });
        match fitted {
            Some((frame, widths, rows)) => write_table(
                out,
                &wrap_row(&self.header, &widths),
                &rows,
                frame == COMPACT_FRAME_PER_COLUMN,
            ),
            None => write_records(out, &self.header, &self.rows, width, self.lang),
        }
    }
}

fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    compact: bool,
) -> io::Result<()> {
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL_CONDENSED);
    // The cells are wrapped already (or must not be): comfy-table's own
    // arrangement breaks words, even inside a letter and its marks.
    table.set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(header);
    for row in rows {
        table.add_row(row);
    }
    if compact {
        for column in table.column_iter_mut() {
            column.set_padding((0, 0));
        }
    }
    writeln!(out, "{table}")?;
    out.flush()
}

/// One block per record: a `-[ RECORD n ]-` line, then `label: value`
/// lines, values wrapped under one another.
fn write_records(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    width: usize,
    lang: Lang,
) -> io::Result<()> {
    let label_width = header.iter().map(|h| display_width(h)).max().unwrap_or(0);
    let value_width = width.saturating_sub(label_width + 2).max(MIN_VALUE_WIDTH);
    let indent = " ".repeat(label_width + 2);
    for (n, row) in rows.iter().enumerate() {
        let title = Msg::new("output-record").arg("n", n + 1).text(lang);
        let dashes = width.min(40).saturating_sub(display_width(&title)).max(1);
        writeln!(out, "{title}{}", "-".repeat(dashes))?;
        for (label, value) in header.iter().zip(row) {
            let pad = " ".repeat(label_width - display_width(label));
            let wrapped = wrap(value, value_width);
            let mut lines = wrapped.lines();
            let first = format!("{label}:{pad} {}", lines.next().unwrap_or(""));
            writeln!(out, "{}", first.trim_end())?;
            for line in lines {
                writeln!(out, "{indent}{line}")?;
            }
        }
    }
    out.flush()
}

/// Widths for the columns so that the table, `frame_per_column` characters
/// of frame for each, fits `width` and every word fits its column, or None
/// when even the longest words do not fit. Each column starts at its
/// longest word; the room left goes first to the columns that need the
/// least of it to show their values whole.
fn column_widths(
    header: &[String],
    rows: &[Vec<String>],
    width: usize,
    frame_per_column: usize,
) -> Option<Vec<usize>> {
    let columns = header.len();
    let room = width.checked_sub(1 + frame_per_column * columns)?;
    let cells = |col: usize| std::iter::once(&header[col]).chain(rows.iter().map(move |r| &r[col]));
    let longest_line = |col: usize, with_header: bool| {
        cells(col)
            .skip(usize::from(!with_header))
            .flat_map(|c| c.lines())
            .map(display_width)
            .max()
            .unwrap_or(0)
    };
    let full: Vec<usize> = (0..columns).map(|col| longest_line(col, true)).collect();
    if full.iter().sum::<usize>() <= room {
        return Some(full);
    }
    let mut widths: Vec<usize> = (0..columns)
        .map(|col| {
            cells(col)
                .flat_map(|c| words(c))
                .map(|w| display_width(&w))
                .max()
                .unwrap_or(0)
        })
        .collect();
    // When wrapping is needed, the header wraps first: the room goes to
    // showing the values on one line.
    let full: Vec<usize> = (0..columns)
        .map(|col| longest_line(col, false).max(widths[col]))
        .collect();
    let mut left = room.checked_sub(widths.iter().sum())?;
    let mut wanting: Vec<usize> = (0..columns).filter(|&c| widths[c] < full[c]).collect();
    wanting.sort_by_key(|&c| full[c] - widths[c]);
    for (i, &col) in wanting.iter().enumerate() {
        let share = left / (wanting.len() - i);
        let give = (full[col] - widths[col]).min(share);
        widths[col] += give;
        left -= give;
    }
    Some(widths)
}

/// The units a line may break between: words, where a word of punctuation
/// only (the `%` of `97,5 %`) stays with the one before it, and so do the
/// groups of digits of a number written in groups (`0912 345 678`).
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let punctuation = !word.chars().any(char::is_alphanumeric);
        let digits = word.chars().all(|c| c.is_ascii_digit());
        match out.last_mut() {
            Some(last)
                if punctuation
                    || (digits && last.chars().all(|c| c.is_ascii_digit() || c == ' ')) =>
            {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

fn wrap_row(cells: &[String], widths: &[usize]) -> Vec<String> {
    cells.iter().zip(widths).map(|(c, &w)| wrap(c, w)).collect()
}

/// Lines of at most `width` display columns, broken between words only; a
/// word longer than the width stands alone on its line, whole.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for word in words(line) {
            let w = display_width(&word);
            if used > 0 && used + 1 + w > width {
                out.push('\n');
                used = 0;
            } else if used > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(&word);
            used += w;
        }
    }
    out
}

fn display_width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Text safe to show on a terminal: control characters (C0 but the line
/// break, DEL, C1) and the bidirectional overrides and isolates, which
/// could move the cursor, clear the screen or reorder what is read, are
/// shown as escapes (`\x1b`, `\u{202e}`). Data files keep them as stored.
///
/// ```
/// use danvan::output::visible;
/// assert_eq!(visible("An\u{1b}[2J"), "An\\x1b[2J");
/// assert_eq!(visible("Nguyễn\nVăn"), "Nguyễn\nVăn");
/// ```
pub fn visible(s: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| (c.is_control() && c != '\n') || is_bidi_control(c);
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() && c != '\n' && u32::from(c) <= 0xff {
            out.push_str(&format!("\\x{:02x}", u32::from(c)));
        } else if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Marks that change the direction of the text around them.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_a_percent_sign_with_its_number() {
        assert_eq!(words("100,0 % done"), ["100,0 %", "done"]);
        assert_eq!(words("Tel 0912 345 678"), ["Tel", "0912 345 678"]);
        assert_eq!(wrap("hoàn thành nhiệm vụ", 10), "hoàn thành\nnhiệm vụ");
        assert_eq!(wrap("a verylongword b", 4), "a\nverylongword\nb");
    }

    #[test]
    fn widths_never_go_below_the_longest_word() {
        let header = vec!["Name".to_string(), "Note".to_string()];
        let rows = vec![vec![
            "Nguyễn Văn An".to_string(),
            "hoàn thành tốt nhiệm vụ".to_string(),
        ]];
        let widths = column_widths(&header, &rows, 30, FRAME_PER_COLUMN).expect("fits");
        assert!(widths[0] >= "Nguyễn".len() - 2 && widths[1] >= "nhiệm".chars().count());
        assert!(widths.iter().sum::<usize>() + 7 <= 30);
        assert_eq!(column_widths(&header, &rows, 12, FRAME_PER_COLUMN), None);
    }

    #[test]
    fn controls_become_visible() {
        assert_eq!(visible("a\tb\u{9b}c\u{202e}d"), "a\\x09b\\x9bc\\u{202e}d");
        assert!(matches!(visible("Lân"), Cow::Borrowed(_)));
    }
}
