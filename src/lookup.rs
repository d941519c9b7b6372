//! What a filter or a code typed by the clerk names — a unit, a member, a
//! model — and, when it names nothing that exists, the nearest existing
//! spellings, so that a typo is never read as "nobody".

use std::fmt;

use anyhow::Result;
use rusqlite::Connection;

use crate::i18n::{Lang, Msg};
use crate::text::{clean, fold, nearest};

/// How many near spellings an error offers.
const NEAREST: usize = 3;

/// What was looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sought {
    Unit,
    Member,
    Model,
}

/// A unit, member code or model code that names nothing that exists, with
/// the nearest existing spellings. `cli` adds the hint that names commands.
#[derive(Debug)]
pub struct NotFound {
    pub sought: Sought,
    /// What the clerk typed, cleaned.
    pub typed: String,
    /// The nearest existing spellings with the member's or model's name
    /// (empty for a unit), nearest first.
    pub nearest: Vec<(String, String)>,
    /// For a member code: some member's name contains the text typed, so
    /// the clerk probably typed a name where a code was wanted.
    pub is_a_name: bool,
}

impl NotFound {
    /// The message, by catalogue id; the typed text quoted as Rust quotes
    /// it, so that control characters show.
    pub fn msg(&self) -> Msg {
        let id = match self.sought {
            Sought::Unit => "unknown-unit",
            Sought::Member => "unknown-member",
            Sought::Model => "unknown-model",
        };
        Msg::new(id).arg("typed", format!("{:?}", self.typed))
    }
}

impl fmt::Display for NotFound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for NotFound {}

/// Does a stored unit match what the clerk typed (any case, diacritics optional)?
pub fn unit_matches(unit: &str, wanted: &str) -> bool {
    fold(unit) == fold(wanted)
}

/// Every unit that has or had a member.
pub fn units(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT unit FROM members WHERE unit <> ''")?;
    let units = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(units)
}

/// Check a `--unit` filter: some member belongs or belonged to it (an
/// empty filter asks for members without a unit, which is no typo).
/// Lists call it when they found nothing, so a unit with nobody active
/// lists nobody while a unit that never existed is an error.
pub fn check_unit(conn: &Connection, wanted: &str) -> Result<()> {
    let typed = clean(wanted);
    if typed.is_empty() {
        return Ok(());
    }
    let units = units(conn)?;
    if units.iter().any(|u| unit_matches(u, &typed)) {
        return Ok(());
    }
    Err(unknown_unit(&units, &typed))
}

/// The error for a unit that is none of `units` (every unit that has or
/// had a member), with the nearest of them.
pub fn unknown_unit(units: &[String], typed: &str) -> anyhow::Error {
    let typed = clean(typed);
    let nearest = nearest(units.iter().map(String::as_str), &typed, NEAREST)
        .into_iter()
        .map(|u| (u.to_string(), String::new()))
        .collect();
    NotFound {
        sought: Sought::Unit,
        typed,
        nearest,
        is_a_name: false,
    }
    .into()
}

/// The error for a member code that does not exist: the nearest codes,
/// and whether the text is part of a member's name.
pub fn unknown_member(conn: &Connection, typed: &str) -> Result<anyhow::Error> {
    let people = code_and_name(conn, "SELECT code, name FROM members")?;
    let folded = fold(typed);
    let is_a_name = !folded.is_empty() && people.iter().any(|(_, n)| fold(n).contains(&folded));
    Ok(not_found(Sought::Member, typed, &people, is_a_name))
}

/// The error for a model code that does not exist, with the nearest codes.
pub fn unknown_model(conn: &Connection, typed: &str) -> Result<anyhow::Error> {
    let models = code_and_name(conn, "SELECT code, name FROM models")?;
    Ok(not_found(Sought::Model, typed, &models, false))
}

/// The error for a code or unit that does not exist, without looking for
/// the nearest spellings (for the many rows of an import).
pub fn no_such(sought: Sought, typed: &str) -> anyhow::Error {
    NotFound {
        sought,
        typed: clean(typed),
        nearest: Vec::new(),
        is_a_name: false,
    }
    .into()
}

fn code_and_name(conn: &Connection, sql: &str) -> Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
    Ok(rows)
}

fn not_found(
    sought: Sought,
    typed: &str,
    known: &[(String, String)],
    is_a_name: bool,
) -> anyhow::Error {
    let typed = clean(typed);
    let codes = nearest(known.iter().map(|(c, _)| c.as_str()), &typed, NEAREST);
    let nearest = codes
        .into_iter()
        .filter_map(|code| known.iter().find(|(c, _)| c == code).cloned())
        .collect();
    NotFound {
        sought,
        typed,
        nearest,
        is_a_name,
    }
    .into()
}
