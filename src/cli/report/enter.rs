//! `danvan report enter`: the month's reports typed in at the terminal, one
//! key per item, each member's report committed as soon as it is complete.
//!
//! Keys are read one at a time in the terminal's raw mode (crossterm, which
//! also drives the Windows console), so a clerk types `d d n` without Enter.

use std::io::IsTerminal;

use anyhow::Result;
use clap::Args;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal;

use crate::cli::ctx::Ctx;
use crate::dates::{Month, display_month};
use crate::error::user_error_hint;
use crate::output::{print_line, prompt};
use crate::report::{self, ItemStatus, NewReport, TemplateRow};
use crate::vocab::{Lang, Status, Term, arg};

#[derive(Debug, Args)]
pub struct EnterArgs {
    /// The month: YYYY-MM, `this` or `last`
    #[arg(long, value_parser = arg::<Month>)]
    month: Month,
    /// Only members of this unit (any case, diacritics optional)
    #[arg(long)]
    unit: Option<String>,
}

/// What one key asks for.
enum Key {
    Status(Status),
    Skip,
    Back,
    Quit,
}

/// Raw mode for as long as this lives, restored however the session ends.
struct RawMode;

impl RawMode {
    fn on() -> Result<RawMode> {
        terminal::enable_raw_mode()?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// The next key that means something; others are passed over.
fn read_key() -> Result<Key> {
    let _raw = RawMode::on()?;
    loop {
        let Event::Key(key) = event::read()? else {
            continue;
        };
        // Windows reports releases too.
        if key.kind != KeyEventKind::Press {
            continue;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        return Ok(match key.code {
            KeyCode::Char('c' | 'd') if ctrl => Key::Quit,
            KeyCode::Char('d' | 'D') => Key::Status(Status::Done),
            KeyCode::Char('p' | 'P') => Key::Status(Status::InProgress),
            KeyCode::Char('n' | 'N') => Key::Status(Status::NotDone),
            KeyCode::Enter => Key::Skip,
            KeyCode::Backspace | KeyCode::Left | KeyCode::Char('b' | 'B') => Key::Back,
            KeyCode::Char('q' | 'Q') | KeyCode::Esc => Key::Quit,
            _ => continue,
        });
    }
}

pub fn cmd_enter(ctx: &Ctx, args: EnterArgs) -> Result<()> {
    if !std::io::stdin().is_terminal() {
        return Err(user_error_hint(
            "report enter reads keys at a terminal, and standard input is not one",
            "run it in a terminal window; to load reports from a file use `danvan report import FILE` (a form from `danvan report template` fills in quickly)",
        ));
    }
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let form = report::template(&db.conn, args.month, args.unit.as_deref(), today)?;
    let waiting: Vec<&TemplateRow> = form.rows.iter().filter(|r| r.reported.is_none()).collect();
    let lang = ctx.lang;
    let month = display_month(args.month, lang);
    if waiting.is_empty() {
        return print_line(&match lang {
            Lang::Vi => format!("Mọi đồng chí phải báo cáo {month} đều đã có báo cáo."),
            Lang::En => format!("Everyone expected to report for {month} has reported."),
        })
        .map_err(Into::into);
    }
    print_line(&match lang {
        Lang::Vi => format!(
            "Báo cáo {month}: {} đồng chí chưa báo cáo. Mỗi việc một phím: d đã làm, p đang làm, n chưa làm được, Enter bỏ qua, b quay lại, q dừng.",
            waiting.len()
        ),
        Lang::En => format!(
            "Reports for {month}: {} members have not reported. One key per item: d done, p in progress, n not done, Enter skips, b goes back, q quits.",
            waiting.len()
        ),
    })?;
    let mut saved = 0usize;
    for (i, m) in waiting.iter().enumerate() {
        print_line("")?;
        print_line(&format!(
            "[{}/{}] {} — {}{}",
            i + 1,
            waiting.len(),
            m.code,
            m.name,
            if m.unit.is_empty() {
                String::new()
            } else {
                format!(", {}", m.unit)
            }
        ))?;
        let Some(items) = ask_member(lang, m)? else {
            print_line(&match lang {
                Lang::Vi => format!(
                    "Đã dừng. {saved} báo cáo đã lưu; các phím vừa nhập cho {} chưa được lưu.",
                    m.code
                ),
                Lang::En => format!(
                    "Stopped. {} saved; what was typed for {} is not saved.",
                    reports_en(saved),
                    m.code
                ),
            })?;
            return Ok(());
        };
        if items.is_empty() {
            print_line(&match lang {
                Lang::Vi => format!(
                    "   Không có việc nào được nhập: {} chưa có báo cáo.",
                    m.code
                ),
                Lang::En => format!("   Nothing entered: {} still has no report.", m.code),
            })?;
            continue;
        }
        let new = NewReport {
            member: m.code.clone(),
            month: args.month,
            items,
            all: None,
            submitted_on: None,
            replace: false,
        };
        let (_, r) = db.write(|w| report::add(w, &new, today))?;
        saved += 1;
        print_line(&match lang {
            Lang::Vi => format!(
                "   Đã lưu báo cáo của {} ({} việc).",
                r.member,
                r.items.len()
            ),
            Lang::En => format!(
                "   Saved the report of {} ({} items).",
                r.member,
                r.items.len()
            ),
        })?;
    }
    print_line("")?;
    print_line(&match lang {
        Lang::Vi => format!("Xong: {saved} báo cáo {month} đã lưu."),
        Lang::En => format!("Done: {} for {month} saved.", reports_en(saved)),
    })?;
    Ok(())
}

/// "1 report", "2 reports".
fn reports_en(n: usize) -> String {
    format!("{n} report{}", if n == 1 { "" } else { "s" })
}

/// One member's statuses, item by item; None when the clerk quits.
fn ask_member(lang: Lang, m: &TemplateRow) -> Result<Option<Vec<ItemStatus>>> {
    let mut answers: Vec<Option<Status>> = vec![None; m.items.len()];
    let mut at = 0;
    while at < m.items.len() {
        let (no, _, text) = &m.items[at];
        prompt(&format!("   {no}. {text} [d/p/n] "))?;
        match read_key()? {
            Key::Status(s) => {
                answers[at] = Some(s);
                print_line(s.label(lang))?;
                at += 1;
            }
            Key::Skip => {
                answers[at] = None;
                print_line(match lang {
                    Lang::Vi => "(bỏ qua)",
                    Lang::En => "(skipped)",
                })?;
                at += 1;
            }
            Key::Back => {
                print_line(match lang {
                    Lang::Vi => "(quay lại)",
                    Lang::En => "(back)",
                })?;
                at = at.saturating_sub(1);
            }
            Key::Quit => {
                print_line("")?;
                return Ok(None);
            }
        }
    }
    Ok(Some(
        m.items
            .iter()
            .zip(answers)
            .filter_map(|((no, _, _), s)| {
                s.map(|status| ItemStatus {
                    no: *no,
                    status,
                    note: String::new(),
                })
            })
            .collect(),
    ))
}
