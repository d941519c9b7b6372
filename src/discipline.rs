//! Disciplines (kỷ luật) of members: any bars LĐTT in its year; a warning
//! or heavier bars the member's unit from a collective title.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, Transaction, params};
use serde::Serialize;

use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::import::{CsvInput, ImportCounts, Layout, keyed};
use crate::initiative::{check_recorded_year, of_years, recorded_year};
use crate::member::{self, MAX_TEXT, check_text};
use crate::output::{Cell, Column};
use crate::pledge::member_id;
use crate::text::{clean, compare_people};
use crate::vocab::{DisciplineForm, from_code};

/// One discipline of a member in a year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Discipline {
    pub member: String,
    pub year: i32,
    pub form: DisciplineForm,
    pub note: String,
}

impl Discipline {
    /// How the audit log and messages name it: `NV001 2025 warning`.
    pub fn key(&self) -> String {
        format!("{} {} {}", self.member, self.year, self.form)
    }
}

#[derive(Debug, Clone)]
pub struct Listed {
    pub discipline: Discipline,
    pub member_name: String,
}

pub const COLUMNS: &[Column] = &[
    Column::new("member", "Mã thành viên", "Member"),
    Column::new("year", "Năm", "Year"),
    Column::new("form", "Hình thức kỷ luật", "Form"),
    Column::new("note", "Ghi chú", "Note"),
    Column::new("member_name", "Họ và tên", "Name"),
];

const IMPORTED: usize = 4;

pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-disciplines"),
    aliases: &[("Hình thức", "form"), ("Kỷ luật", "form")],
    columns: COLUMNS.split_at(IMPORTED).0,
    required: &["member", "year", "form"],
    ignored: &["member_name"],
    labelled: &[COLUMNS],
    wide: None,
};

impl Listed {
    pub fn cells(&self) -> Vec<Cell> {
        let d = &self.discipline;
        vec![
            Cell::text(&d.member),
            Cell::Int(d.year.into()),
            Cell::term(d.form),
            Cell::text(&d.note),
            Cell::text(&self.member_name),
        ]
    }
}

const SELECT: &str = "SELECT m.code, d.year, d.form, d.note, m.name
     FROM disciplines d JOIN members m ON m.id = d.member_id";

fn from_sql(row: &SqlRow<'_>) -> rusqlite::Result<Listed> {
    let form: String = row.get(2)?;
    Ok(Listed {
        discipline: Discipline {
            member: row.get(0)?,
            year: row.get(1)?,
            form: from_code(DisciplineForm::ALL, &form)?,
            note: row.get(3)?,
        },
        member_name: row.get(4)?,
    })
}

fn find(
    conn: &Connection,
    member: &str,
    year: i32,
    form: DisciplineForm,
) -> Result<Option<Discipline>> {
    Ok(conn
        .prepare_cached(&format!(
            "{SELECT} WHERE m.code = ? AND d.year = ? AND d.form = ?"
        ))?
        .query_row(params![member, year, form.to_string()], from_sql)
        .optional()?
        .map(|l| l.discipline))
}

fn insert_sql(w: &Writer<'_>, member_id: i64, d: &Discipline) -> Result<()> {
    w.tx.prepare_cached(
        "INSERT INTO disciplines (member_id, year, form, note) VALUES (?, ?, ?, ?)",
    )?
    .execute(params![member_id, d.year, d.form.to_string(), d.note])?;
    Ok(())
}

/// Record a discipline; the year may not be after today's, and a member
/// has each form at most once a year.
pub fn add(
    w: &Writer<'_>,
    member: &str,
    year: i32,
    form: DisciplineForm,
    note: &str,
    today: NaiveDate,
) -> Result<Discipline> {
    check_recorded_year("discipline", year, today)?;
    let m = member::get(&w.tx, member)?;
    let d = Discipline {
        member: m.code,
        year,
        form,
        note: clean(note),
    };
    check_text("note", &d.note, MAX_TEXT, false)?;
    if find(&w.tx, &d.member, year, form)?.is_some() {
        return Err(user_msg(
            Msg::new("discipline-exists")
                .arg("code", &d.member)
                .arg("form", form.to_string())
                .arg("year", year.to_string()),
            None,
        ));
    }
    insert_sql(w, member_id(&w.tx, &d.member)?, &d)?;
    w.audit(
        "discipline add",
        "discipline",
        &d.key(),
        None::<&()>,
        Some(&d),
    )?;
    Ok(d)
}

/// Remove a discipline, which must exist.
pub fn remove(w: &Writer<'_>, member: &str, year: i32, form: DisciplineForm) -> Result<Discipline> {
    let m = member::get(&w.tx, member)?;
    let Some(d) = find(&w.tx, &m.code, year, form)? else {
        return Err(user_msg(
            Msg::new("discipline-absent")
                .arg("code", &m.code)
                .arg("form", form.to_string())
                .arg("year", year.to_string()),
            None,
        ));
    };
    w.tx.execute(
        "DELETE FROM disciplines WHERE member_id = ? AND year = ? AND form = ?",
        params![member_id(&w.tx, &m.code)?, year, form.to_string()],
    )?;
    w.audit(
        "discipline remove",
        "discipline",
        &d.key(),
        Some(&d),
        None::<&()>,
    )?;
    Ok(d)
}

/// Disciplines of the years given (all without), of one member if given.
pub fn list(
    conn: &Connection,
    years: Option<(i32, i32)>,
    member: Option<&str>,
) -> Result<Vec<Listed>> {
    let mut list = of_years(conn, SELECT, "d.year", years, member, from_sql)?;
    list.sort_by(|a, b| {
        let (x, y) = (&a.discipline, &b.discipline);
        x.year
            .cmp(&y.year)
            .then_with(|| compare_people(&a.member_name, &x.member, &b.member_name, &y.member))
            .then(x.form.cmp(&y.form))
    });
    Ok(list)
}

/// Import a disciplines file: all rows or none.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    today: NaiveDate,
) -> Result<ImportCounts> {
    crate::import::run(&Disciplines { today }, w, input, replace)
}

struct Disciplines {
    today: NaiveDate,
}

impl crate::import::Records for Disciplines {
    type Record = (i64, Discipline);
    type Old = Discipline;
    type Key = (String, i32, DisciplineForm);
    const WHAT: crate::i18n::Msg = crate::i18n::Msg::new("import-what-disciplines");
    const ACTION: &'static str = "discipline import";
    const ENTITY: &'static str = "discipline";

    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<(i64, Discipline)> {
        let field = |i: usize| clean(&cells[i]);
        let (id, m) = member::named_in_row(tx, &field(0))?;
        let year = recorded_year(&field(1), "discipline", self.today)?;
        let form: DisciplineForm = field(2).parse().map_err(|e| keyed("form", e))?;
        let d = Discipline {
            member: m.code,
            year,
            form,
            note: field(3),
        };
        check_text("note", &d.note, MAX_TEXT, false)?;
        Ok((id, d))
    }

    fn key((_, d): &(i64, Discipline)) -> (String, i32, DisciplineForm) {
        (d.member.clone(), d.year, d.form)
    }

    fn twice((_, d): &(i64, Discipline)) -> crate::i18n::Msg {
        Msg::new("discipline-row-twice")
            .arg("code", &d.member)
            .arg("year", d.year.to_string())
            .arg("form", d.form.to_string())
    }

    fn add(&self, w: &Writer<'_>, (id, d): &(i64, Discipline)) -> Result<bool> {
        if find(&w.tx, &d.member, d.year, d.form)?.is_some() {
            return Ok(false);
        }
        insert_sql(w, *id, d)?;
        Ok(true)
    }

    fn find(&self, tx: &Transaction<'_>, (_, d): &(i64, Discipline)) -> Result<Option<Discipline>> {
        find(tx, &d.member, d.year, d.form)
    }

    fn replace(&self, w: &Writer<'_>, (id, d): &(i64, Discipline)) -> Result<()> {
        w.tx.prepare_cached(
            "UPDATE disciplines SET note = ?4 WHERE member_id = ?1 AND year = ?2 AND form = ?3",
        )?
        .execute(params![id, d.year, d.form.to_string(), d.note])?;
        Ok(())
    }

    fn exists((_, d): &(i64, Discipline), _old: &Discipline) -> crate::i18n::Msg {
        Msg::new("discipline-row-exists")
            .arg("code", &d.member)
            .arg("year", d.year.to_string())
            .arg("form", d.form.to_string())
    }
}
