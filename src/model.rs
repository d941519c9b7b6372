//! "Dân vận khéo" models: what they are, who owns them (a unit or a
//! member), and the years they run.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, Transaction, params};
use serde::Serialize;

use crate::dates::parse_year;
use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::{Lang, Msg};
use crate::import::{CsvInput, ImportCounts, Layout, keyed};
use crate::lookup::{Sought, no_such, unit_matches, units};
use crate::member::{self, MAX_NAME, MAX_TEXT, check_code, check_text};
use crate::output::{Cell, Column};
use crate::text::clean;
use crate::vocab::{Field, Level, from_code};

/// One model. The owner is a unit (`owner_unit`), a member (`owner_member`,
/// their code) or neither (the agency as a whole); never both.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Model {
    pub code: String,
    pub name: String,
    pub field: Field,
    pub level: Level,
    pub owner_unit: String,
    pub owner_member: String,
    pub started: i32,
    pub retired: Option<i32>,
    pub note: String,
}

/// A model as lists show it: with the owner member's name beside the code.
#[derive(Debug, Clone)]
pub struct Listed {
    pub model: Model,
    pub owner_member_name: String,
}

/// The import columns of the models file, then the read-only ones.
pub const COLUMNS: &[Column] = &[
    Column::new("code", "Mã", "Code"),
    Column::new("name", "Tên mô hình", "Name"),
    Column::new("field", "Lĩnh vực", "Field"),
    Column::new("level", "Cấp", "Level"),
    Column::new("owner_unit", "Đơn vị chủ trì", "Owner unit"),
    Column::new("owner_member", "Thành viên chủ trì", "Owner member"),
    Column::new("started", "Năm bắt đầu", "Started"),
    Column::new("retired", "Năm kết thúc", "Retired"),
    Column::new("note", "Ghi chú", "Note"),
    Column::new(
        "owner_member_name",
        "Họ tên người chủ trì",
        "Owner member name",
    ),
];

/// How many of `COLUMNS` an import reads.
const IMPORTED: usize = 9;

pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-models"),
    aliases: &[],
    columns: COLUMNS.split_at(IMPORTED).0,
    required: &["code", "name", "field", "started"],
    ignored: &["owner_member_name"],
    labelled: &[COLUMNS],
    wide: None,
};

const SELECT: &str = "SELECT m.code, m.name, m.field, m.level, coalesce(m.owner_unit, ''),
        coalesce(o.code, ''), m.started, m.retired, m.note, coalesce(o.name, '')
     FROM models m LEFT JOIN members o ON o.id = m.owner_member_id";

impl Model {
    /// Does the model run in `year`: started by then and not retired before?
    pub fn runs_in(&self, year: i32) -> bool {
        self.started <= year && self.retired.is_none_or(|r| year <= r)
    }

    /// Check the record's own rules; `current_year` is today's year.
    pub fn validate(&self, current_year: i32) -> Result<()> {
        check_code(&self.code, "model")?;
        check_text("name", &self.name, MAX_NAME, true)?;
        check_text("owner unit", &self.owner_unit, MAX_NAME, false)?;
        check_text("note", &self.note, MAX_TEXT, false)?;
        if !self.owner_unit.is_empty() && !self.owner_member.is_empty() {
            return Err(user_msg(
                Msg::new("model-two-owners")
                    .arg("code", &self.code)
                    .arg("unit", &self.owner_unit)
                    .arg("member", &self.owner_member),
                Some(Msg::new("hint-model-two-owners")),
            ));
        }
        if self.started > current_year {
            return Err(user_msg(
                Msg::new("model-starts-later")
                    .arg("code", &self.code)
                    .arg("started", self.started.to_string())
                    .arg("current", current_year.to_string()),
                Some(Msg::new("hint-model-starts-later")),
            ));
        }
        if let Some(retired) = self.retired {
            if retired < self.started {
                return Err(user_msg(
                    Msg::new("model-retires-before-start")
                        .arg("code", &self.code)
                        .arg("retired", retired.to_string())
                        .arg("started", self.started.to_string()),
                    Some(Msg::new("hint-model-retires-before-start")),
                ));
            }
            if retired > current_year {
                return Err(user_msg(
                    Msg::new("model-retires-later")
                        .arg("code", &self.code)
                        .arg("retired", retired.to_string())
                        .arg("current", current_year.to_string()),
                    Some(Msg::new("hint-model-retires-later")),
                ));
            }
        }
        Ok(())
    }

    /// The cells of a list row, in `COLUMNS` order.
    pub fn cells(&self, owner_member_name: &str) -> Vec<Cell> {
        vec![
            Cell::text(&self.code),
            Cell::text(&self.name),
            Cell::term(self.field),
            Cell::term(self.level),
            Cell::text(&self.owner_unit),
            Cell::text(&self.owner_member),
            Cell::Int(self.started.into()),
            Cell::opt_int(self.retired.map(i64::from)),
            Cell::text(&self.note),
            Cell::text(owner_member_name),
        ]
    }
}

impl Listed {
    pub fn cells(&self) -> Vec<Cell> {
        self.model.cells(&self.owner_member_name)
    }
}

fn from_sql(row: &SqlRow<'_>) -> rusqlite::Result<Listed> {
    let field: String = row.get(2)?;
    let level: String = row.get(3)?;
    Ok(Listed {
        model: Model {
            code: row.get(0)?,
            name: row.get(1)?,
            field: from_code(Field::ALL, &field)?,
            level: from_code(Level::ALL, &level)?,
            owner_unit: row.get(4)?,
            owner_member: row.get(5)?,
            started: row.get(6)?,
            retired: row.get(7)?,
            note: row.get(8)?,
        },
        owner_member_name: row.get(9)?,
    })
}

/// Look a model up by code (any case).
pub fn find(conn: &Connection, code: &str) -> Result<Option<Listed>> {
    Ok(conn
        .prepare_cached(&format!("{SELECT} WHERE m.code = ?"))?
        .query_row([clean(code)], from_sql)
        .optional()?)
}

/// A model that must exist; else a `lookup::NotFound` with the nearest codes.
pub fn get(conn: &Connection, code: &str) -> Result<Listed> {
    match find(conn, code)? {
        Some(m) => Ok(m),
        None => Err(crate::lookup::unknown_model(conn, code)?),
    }
}

/// Which models a list shows.
#[derive(Debug, Default)]
pub struct Filter {
    pub field: Option<Field>,
    /// Models running in at least one year of this inclusive range.
    pub running: Option<(i32, i32)>,
}

/// Models matching the filter, by code.
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<Listed>> {
    let (from, to) = filter.running.unzip();
    let mut stmt = conn.prepare(&format!(
        "{SELECT}
         WHERE (?1 IS NULL OR m.field = ?1)
           AND (?3 IS NULL OR m.started <= ?3)
           AND (?2 IS NULL OR m.retired IS NULL OR m.retired >= ?2)
         ORDER BY m.code"
    ))?;
    let rows = stmt.query_map(
        params![filter.field.map(|f| f.to_string()), from, to],
        from_sql,
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stored spelling of a unit that has or had a member, matched the way
/// `member list --unit` matches (any case, diacritics optional); an exact
/// match wins over a folded one.
pub fn find_unit(units: &[String], wanted: &str) -> Option<String> {
    let wanted = clean(wanted);
    if let Some(exact) = units.iter().find(|u| **u == wanted) {
        return Some(exact.clone());
    }
    let mut matches: Vec<&String> = units.iter().filter(|u| unit_matches(u, &wanted)).collect();
    matches.sort();
    matches.first().map(|u| (*u).clone())
}

/// Replace the owner as typed by the stored spellings: the unit as members
/// have it, the member's code as registered. Errors name the model.
fn resolve_owner(conn: &Connection, units: &[String], model: &mut Model) -> Result<()> {
    if !model.owner_unit.is_empty() {
        model.owner_unit = find_unit(units, &model.owner_unit).ok_or_else(|| OwnerUnknown {
            model: model.code.clone(),
            owner: Owner::Unit(model.owner_unit.clone()),
        })?;
    }
    if !model.owner_member.is_empty() {
        let owner = member::find(conn, &model.owner_member)?.ok_or_else(|| OwnerUnknown {
            model: model.code.clone(),
            owner: Owner::Member(model.owner_member.clone()),
        })?;
        model.owner_member = owner.code;
    }
    Ok(())
}

/// The owner a model names is no unit or member that exists. `cli` adds
/// the hint.
#[derive(Debug)]
pub struct OwnerUnknown {
    pub model: String,
    pub owner: Owner,
}

/// An owner as typed.
#[derive(Debug)]
pub enum Owner {
    Unit(String),
    Member(String),
}

impl OwnerUnknown {
    pub fn msg(&self) -> Msg {
        match &self.owner {
            Owner::Unit(u) => Msg::new("model-owner-unit-unknown").arg("unit", format!("{u:?}")),
            Owner::Member(m) => {
                Msg::new("model-owner-member-unknown").arg("member", format!("{m:?}"))
            }
        }
        .arg("code", &self.model)
    }
}

impl std::fmt::Display for OwnerUnknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for OwnerUnknown {}

/// A new model's code is already taken. `cli` adds the hint.
#[derive(Debug)]
pub struct ModelExists {
    pub code: String,
    pub name: String,
}

impl ModelExists {
    pub fn msg(&self) -> Msg {
        Msg::new("model-exists")
            .arg("code", &self.code)
            .arg("name", &self.name)
    }
}

impl std::fmt::Display for ModelExists {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for ModelExists {}

fn owner_id(conn: &Connection, model: &Model) -> Result<Option<i64>> {
    if model.owner_member.is_empty() {
        return Ok(None);
    }
    member::id_of(conn, &model.owner_member)?
        .ok_or_else(|| no_such(Sought::Member, &model.owner_member))
        .map(Some)
}

fn non_empty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

fn insert_sql(w: &Writer<'_>, m: &Model) -> Result<()> {
    let owner = owner_id(&w.tx, m)?;
    w.tx.prepare_cached(
        "INSERT INTO models (code, name, field, level, owner_unit, owner_member_id, started, retired, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )?
    .execute(params![
        m.code,
        m.name,
        m.field.to_string(),
        m.level.to_string(),
        non_empty(&m.owner_unit),
        owner,
        m.started,
        m.retired,
        m.note
    ])?;
    Ok(())
}

fn update_sql(w: &Writer<'_>, m: &Model) -> Result<()> {
    let owner = owner_id(&w.tx, m)?;
    w.tx.prepare_cached(
        "UPDATE models SET name = ?2, field = ?3, level = ?4, owner_unit = ?5,
                owner_member_id = ?6, started = ?7, retired = ?8, note = ?9
         WHERE code = ?1",
    )?
    .execute(params![
        m.code,
        m.name,
        m.field.to_string(),
        m.level.to_string(),
        non_empty(&m.owner_unit),
        owner,
        m.started,
        m.retired,
        m.note
    ])?;
    Ok(())
}

/// Add a new model; the owner is matched to a known unit or member.
/// Returns the model as stored.
pub fn add(w: &Writer<'_>, mut m: Model, current_year: i32) -> Result<Model> {
    m.validate(current_year)?;
    if let Some(existing) = find(&w.tx, &m.code)? {
        return Err(ModelExists {
            code: existing.model.code,
            name: existing.model.name,
        }
        .into());
    }
    resolve_owner(&w.tx, &units(&w.tx)?, &mut m)?;
    insert_sql(w, &m)?;
    w.audit("model add", "model", &m.code, None::<&()>, Some(&m))?;
    Ok(m)
}

/// Replace a model's record with `new` (same code), logging both under
/// `action` (`model edit`, `model retire`). Returns the model as stored.
pub fn update(
    w: &Writer<'_>,
    action: &str,
    old: &Model,
    mut new: Model,
    current_year: i32,
) -> Result<Model> {
    new.validate(current_year)?;
    resolve_owner(&w.tx, &units(&w.tx)?, &mut new)?;
    update_sql(w, &new)?;
    w.audit(action, "model", &new.code, Some(old), Some(&new))?;
    Ok(new)
}

/// What `model edit` changes: each field given replaces the stored one,
/// the others are kept.
#[derive(Debug, Default)]
pub struct ModelChanges {
    pub name: Option<String>,
    pub field: Option<Field>,
    pub level: Option<Level>,
    /// A unit as the owner, in place of the owner member.
    pub unit: Option<String>,
    /// A member as the owner, in place of the owner unit.
    pub member: Option<String>,
    pub started: Option<i32>,
    pub note: Option<String>,
    /// Clear the retired year: the model runs again.
    pub running: bool,
}

/// Change a model's record; returns it as stored, or None when the changes
/// leave it as it was (and nothing is written).
pub fn edit(
    w: &Writer<'_>,
    code: &str,
    changes: ModelChanges,
    current_year: i32,
) -> Result<Option<Model>> {
    let old = get(&w.tx, code)?.model;
    let mut new = old.clone();
    if let Some(v) = changes.name {
        new.name = clean(&v);
    }
    if let Some(v) = changes.field {
        new.field = v;
    }
    if let Some(v) = changes.level {
        new.level = v;
    }
    if let Some(v) = changes.unit {
        new.owner_unit = clean(&v);
        new.owner_member.clear();
    }
    if let Some(v) = changes.member {
        new.owner_member = clean(&v);
        new.owner_unit.clear();
    }
    if let Some(v) = changes.started {
        new.started = v;
    }
    if let Some(v) = changes.note {
        new.note = clean(&v);
    }
    if changes.running {
        new.retired = None;
    }
    if new == old {
        return Ok(None);
    }
    update(w, "model edit", &old, new, current_year).map(Some)
}

/// Record `year` as the last a model ran; returns it as stored, or None
/// when that year is its last already.
pub fn retire(w: &Writer<'_>, code: &str, year: i32, current_year: i32) -> Result<Option<Model>> {
    let old = get(&w.tx, code)?.model;
    if old.retired == Some(year) {
        return Ok(None);
    }
    let mut new = old.clone();
    new.retired = Some(year);
    update(w, "model retire", &old, new, current_year).map(Some)
}

/// Import a models file: all rows or none.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    current_year: i32,
) -> Result<ImportCounts> {
    let models = Models {
        units: units(&w.tx)?,
        current_year,
    };
    crate::import::run(&models, w, input, replace)
}

/// Models as a file imports them: owner units are checked against the
/// units the members have or had.
struct Models {
    units: Vec<String>,
    current_year: i32,
}

impl crate::import::Records for Models {
    type Record = Model;
    type Old = Model;
    type Key = String;
    const WHAT: crate::i18n::Msg = crate::i18n::Msg::new("import-what-models");
    const ACTION: &'static str = "model import";
    const ENTITY: &'static str = "model";

    fn read(&self, tx: &Transaction<'_>, cells: &[String]) -> Result<Model> {
        let mut model = model_from_row(cells, self.current_year)?;
        // A row's problem is its message alone, in the clerk's language.
        resolve_owner(tx, &self.units, &mut model).map_err(|e| {
            match e.downcast_ref::<OwnerUnknown>() {
                Some(unknown) => user_msg(unknown.msg(), None),
                None => e,
            }
        })?;
        Ok(model)
    }

    fn key(model: &Model) -> String {
        model.code.to_lowercase()
    }

    fn twice(model: &Model) -> crate::i18n::Msg {
        Msg::new("model-row-twice").arg("code", &model.code)
    }

    fn add(&self, w: &Writer<'_>, model: &Model) -> Result<bool> {
        if find(&w.tx, &model.code)?.is_some() {
            return Ok(false);
        }
        insert_sql(w, model)?;
        Ok(true)
    }

    fn find(&self, tx: &Transaction<'_>, model: &Model) -> Result<Option<Model>> {
        Ok(find(tx, &model.code)?.map(|old| old.model))
    }

    fn replace(&self, w: &Writer<'_>, model: &Model) -> Result<()> {
        update_sql(w, model)
    }

    fn exists(_: &Model, old: &Model) -> crate::i18n::Msg {
        ModelExists {
            code: old.code.clone(),
            name: old.name.clone(),
        }
        .msg()
    }
}

/// A model from an import row (layout order), cleaned and checked.
fn model_from_row(cells: &[String], current_year: i32) -> Result<Model> {
    let field = |i: usize| clean(&cells[i]);
    let started = field(6);
    if started.is_empty() {
        return Err(user_msg(Msg::new("model-row-started-empty"), None));
    }
    let retired = field(7);
    let level = field(3);
    let model = Model {
        code: field(0),
        name: field(1),
        field: field(2).parse().map_err(|e| keyed("field", e))?,
        level: if level.is_empty() {
            Level::Grassroots
        } else {
            level.parse().map_err(|e| keyed("level", e))?
        },
        owner_unit: field(4),
        owner_member: field(5),
        started: parse_year(&started).map_err(|e| keyed("started", e))?,
        retired: if retired.is_empty() {
            None
        } else {
            Some(parse_year(&retired).map_err(|e| keyed("retired", e))?)
        },
        note: field(8),
    };
    model.validate(current_year)?;
    Ok(model)
}

#[cfg(test)]
mod tests;
