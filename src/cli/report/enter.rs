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

use crate::cli::ctx::{Ctx, month_name};
use crate::dates::Month;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::output::{print_line, prompt};
use crate::report::{self, ItemStatus, NewReport, TemplateRow};
use crate::vocab::{Status, Term, arg};

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
            // Enter typed ahead, while the terminal was out of raw mode
            // between two keys, arrives as a line feed (Ctrl-J).
            KeyCode::Char('j') if ctrl => Key::Skip,
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
        return Err(user_msg(
            Msg::new("cli-enter-not-a-terminal"),
            Some(Msg::new("cli-hint-enter-not-a-terminal")),
        ));
    }
    let today = ctx.today()?;
    let mut db = ctx.open()?;
    let form = report::template(&db.conn, args.month, args.unit.as_deref(), today)?;
    let waiting: Vec<&TemplateRow> = form.rows.iter().filter(|r| r.reported.is_none()).collect();
    let month = month_name(args.month);
    if waiting.is_empty() {
        return ctx.print(Msg::new("cli-enter-all-reported").arg("month", month));
    }
    ctx.print(
        Msg::new("cli-enter-intro")
            .arg("month", month.clone())
            .arg("n", waiting.len()),
    )?;
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
        let Some(items) = ask_member(ctx, m)? else {
            return ctx.print(
                Msg::new("cli-enter-stopped")
                    .arg("saved", saved)
                    .arg("code", &m.code),
            );
        };
        if items.is_empty() {
            ctx.print(Msg::new("cli-enter-nothing").arg("code", &m.code))?;
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
        ctx.print(
            Msg::new("cli-enter-saved")
                .arg("member", &r.member)
                .arg("n", r.items.len()),
        )?;
    }
    print_line("")?;
    ctx.print(
        Msg::new("cli-enter-done")
            .arg("saved", saved)
            .arg("month", month),
    )
}

/// One member's statuses, item by item; None when the clerk quits.
fn ask_member(ctx: &Ctx, m: &TemplateRow) -> Result<Option<Vec<ItemStatus>>> {
    let mut answers: Vec<Option<Status>> = vec![None; m.items.len()];
    let mut at = 0;
    while at < m.items.len() {
        let (no, _, text) = &m.items[at];
        prompt(&format!("   {no}. {text} [d/p/n] "))?;
        match read_key()? {
            Key::Status(s) => {
                answers[at] = Some(s);
                print_line(s.label(ctx.lang))?;
                at += 1;
            }
            Key::Skip => {
                answers[at] = None;
                ctx.print(Msg::new("cli-enter-skipped"))?;
                at += 1;
            }
            Key::Back => {
                ctx.print(Msg::new("cli-enter-back"))?;
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
