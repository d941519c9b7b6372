//! The member register: who belongs to the cell, in which unit and roles,
//! and from when to when.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row as SqlRow, Transaction, params};
use serde::Serialize;

use crate::dates::parse_date;
use crate::db::{Writer, bad_stored_value};
use crate::error::user_msg;
use crate::i18n::{Lang, Msg};
use crate::import::{CsvInput, ImportCounts, Layout, keyed};
use crate::lookup::{Sought, check_unit, no_such, unit_matches, unknown_member};
use crate::output::{Cell, Column};
use crate::people::{active_during, active_sql, sort_people};
use crate::text::{clean, fold};
use crate::vocab::{Role, parse_roles, roles_code};

pub use crate::text::{MAX_NAME, MAX_TEXT, check_text};
pub use import::import;

mod import;

/// One person of the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub roles: Vec<Role>,
    pub joined: NaiveDate,
    pub left: Option<NaiveDate>,
    pub email: String,
    pub phone: String,
    pub note: String,
}

/// The columns of a member, then `$extra` (a slice of them is a constant,
/// and constants cannot be joined).
macro_rules! member_columns {
    ($($extra:expr),*) => {
        &[
            Column::new("code", "Mã", "Code"),
            Column::new("name", "Họ và tên", "Name"),
            Column::new("unit", "Đơn vị", "Unit"),
            Column::new("roles", "Vai trò", "Roles"),
            Column::new("joined", "Ngày vào", "Joined"),
            Column::new("left", "Ngày thôi", "Left"),
            Column::new("email", "Email", "Email"),
            Column::new("phone", "Điện thoại", "Phone"),
            Column::new("note", "Ghi chú", "Note"),
            $($extra),*
        ]
    };
}

/// The columns of `member list`, `export members` and the import file.
pub const COLUMNS: &[Column] = member_columns!();

pub const LAYOUT: Layout = Layout {
    what: crate::i18n::Msg::new("import-layout-members"),
    columns: COLUMNS,
    required: &["code", "name", "joined"],
    ignored: &[],
    labelled: &[],
    aliases: &[
        ("Mã thành viên", "code"),
        ("Mã cán bộ", "code"),
        ("Họ tên", "name"),
    ],
    wide: None,
};

const SELECT: &str =
    "SELECT code, name, unit, roles, joined, left_on, email, phone, note FROM members";

impl Member {
    /// Active on `date`: joined on or before it and not yet left.
    pub fn is_active_on(&self, date: NaiveDate) -> bool {
        active_during(self.joined, self.left, date, date)
    }

    /// Active on at least one day from `first` to `last`.
    pub fn is_active_during(&self, first: NaiveDate, last: NaiveDate) -> bool {
        active_during(self.joined, self.left, first, last)
    }

    /// A member as stored; a value that does not read (the file was
    /// changed outside danvan) is an error naming the member and column.
    fn from_sql(row: &SqlRow<'_>) -> Result<Member> {
        let code: String = row.get(0)?;
        let bad = |column: &str, index: usize| {
            let value = row
                .get_ref(index)
                .map(|v| match v {
                    rusqlite::types::ValueRef::Text(t) => {
                        format!("{:?}", String::from_utf8_lossy(t))
                    }
                    rusqlite::types::ValueRef::Null => "nothing".to_string(),
                    other => format!("a value of type {}", other.data_type()),
                })
                .unwrap_or_default();
            bad_stored_value("member", &code, column, &value)
        };
        let roles: String = row.get(3).map_err(|_| bad("roles", 3))?;
        Ok(Member {
            name: row.get(1).map_err(|_| bad("name", 1))?,
            unit: row.get(2).map_err(|_| bad("unit", 2))?,
            roles: parse_roles(&roles).map_err(|_| bad("roles", 3))?,
            joined: row.get(4).map_err(|_| bad("joined", 4))?,
            left: row.get(5).map_err(|_| bad("left_on", 5))?,
            email: row.get(6).map_err(|_| bad("email", 6))?,
            phone: row.get(7).map_err(|_| bad("phone", 7))?,
            note: row.get(8).map_err(|_| bad("note", 8))?,
            code,
        })
    }

    pub fn cells(&self) -> Vec<Cell> {
        vec![
            Cell::text(&self.code),
            Cell::text(&self.name),
            Cell::text(&self.unit),
            Cell::Roles(self.roles.clone()),
            Cell::Date(Some(self.joined)),
            Cell::Date(self.left),
            Cell::text(&self.email),
            Cell::text(&self.phone),
            Cell::text(&self.note),
        ]
    }

    /// Check the record's own rules; the message names the field.
    pub fn validate(&self) -> Result<()> {
        check_code(&self.code, "member")?;
        check_text("name", &self.name, MAX_NAME, true)?;
        check_text("unit", &self.unit, MAX_NAME, false)?;
        check_text("email", &self.email, MAX_NAME, false)?;
        check_text("phone", &self.phone, MAX_NAME, false)?;
        check_text("note", &self.note, MAX_TEXT, false)?;
        if !self.email.is_empty() && !self.email.contains('@') {
            return Err(user_msg(
                Msg::new("member-bad-email").arg("email", format!("{:?}", self.email)),
                None,
            ));
        }
        if let Some(left) = self.left
            && left < self.joined
        {
            return Err(user_msg(
                Msg::new("member-left-before-joined")
                    .arg("left", left)
                    .arg("joined", self.joined)
                    .arg("code", &self.code),
                Some(Msg::new("hint-member-left-before-joined")),
            ));
        }
        Ok(())
    }
}

/// A code (`what`: "member" or "model"): letters, digits, `-`, `_`, `.`;
/// at most 32.
pub fn check_code(code: &str, what: &str) -> Result<()> {
    let ok = !code.is_empty()
        && code.chars().count() <= 32
        && code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(user_msg(
            Msg::new("code-invalid")
                .arg("code", format!("{code:?}"))
                .arg("what", what),
            Some(Msg::new("hint-code-invalid")),
        ))
    }
}

/// A name a pledges or reports file gives beside a member's code must be
/// the register's (in any case, with or without diacritics, as a clerk
/// types it): a code typed on the wrong row is caught here, not filed
/// under someone else.
pub fn check_name(code: &str, register: &str, named: &str) -> Result<(), String> {
    check_name_msg(code, register, named).map_err(|m| m.text(Lang::En))
}

/// [`check_name`], its problem as a catalogue message.
pub fn check_name_msg(code: &str, register: &str, named: &str) -> Result<(), Msg> {
    // Most files copy the register's name byte for byte: compare as typed
    // first, clean without copying next, and fold only what still differs.
    if named == register {
        return Ok(());
    }
    let named = crate::text::cleaned(named);
    if named.is_empty()
        || named == register
        || crate::text::fold(&named) == crate::text::fold(register)
    {
        Ok(())
    } else {
        Err(Msg::new("member-name-mismatch")
            .arg("named", format!("{named:?}"))
            .arg("code", code)
            .arg("register", format!("{register:?}")))
    }
}

/// Look a member up by code (any case).
pub fn find(conn: &Connection, code: &str) -> Result<Option<Member>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE code = ?"))?;
    let mut rows = stmt.query([clean(code)])?;
    rows.next()?.map(Member::from_sql).transpose()
}

/// A member that must exist; else a `lookup::NotFound` with the nearest codes.
pub fn get(conn: &Connection, code: &str) -> Result<Member> {
    match find(conn, code)? {
        Some(m) => Ok(m),
        None => Err(unknown_member(conn, code)?),
    }
}

/// The database id of a member code, if any.
pub fn id_of(conn: &Connection, code: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM members WHERE code = ?")?
        .query_row([code], |r| r.get(0))
        .optional()?)
}

/// The member a row's cell names (any case), with its database id; else
/// a `lookup::NotFound`.
pub fn named_in_row(conn: &Connection, typed: &str) -> Result<(i64, Member)> {
    let Some(m) = find(conn, typed)? else {
        return Err(no_such(Sought::Member, typed));
    };
    let id = id_of(conn, &m.code)?
        .ok_or_else(|| user_msg(Msg::new("member-vanished").arg("code", &m.code), None))?;
    Ok((id, m))
}

/// The problem of a row naming `code`, which is not in the register.
pub fn not_registered(code: &str) -> String {
    not_registered_msg(code).text(Lang::En)
}

/// [`not_registered`] as a catalogue message.
pub fn not_registered_msg(code: &str) -> Msg {
    Msg::new("member-not-registered").arg("code", format!("{code:?}"))
}

/// A member as an import checks a row against them.
pub struct Registered {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub joined: NaiveDate,
    pub left: Option<NaiveDate>,
}

/// Every member of the register, for an import to look its rows' codes up.
pub fn register(conn: &Connection) -> Result<Vec<Registered>> {
    let mut stmt = conn.prepare("SELECT id, code, joined, left_on, name FROM members")?;
    let rows = stmt.query_map([], |r| {
        Ok(Registered {
            id: r.get(0)?,
            code: r.get(1)?,
            joined: r.get(2)?,
            left: r.get(3)?,
            name: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Which members a list shows.
#[derive(Debug, Default)]
pub struct Filter {
    pub unit: Option<String>,
    pub role: Option<Role>,
    /// Members active on this date; None lists everyone.
    pub active_on: Option<NaiveDate>,
}

/// Members matching the filter, in the Vietnamese order of people.
pub fn list(conn: &Connection, filter: &Filter) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare(&format!(
        "{SELECT} WHERE (?1 IS NULL OR {})",
        active_sql("", "?1", "?1")
    ))?;
    let mut rows = stmt.query([filter.active_on])?;
    let mut members = Vec::new();
    while let Some(row) = rows.next()? {
        let m = Member::from_sql(row)?;
        if filter
            .unit
            .as_deref()
            .is_some_and(|u| !unit_matches(&m.unit, u))
        {
            continue;
        }
        if filter.role.is_some_and(|r| !m.roles.contains(&r)) {
            continue;
        }
        members.push(m);
    }
    if members.is_empty()
        && let Some(unit) = &filter.unit
    {
        check_unit(conn, unit)?;
    }
    sort_people(&mut members, |m| (&m.name, &m.code));
    Ok(members)
}

/// The columns of `member find`: those of `member list`, then whether the
/// member is active today, so that those who left stand out.
pub const FIND_COLUMNS: &[Column] =
    member_columns!(Column::new("active", "Đang hoạt động", "Active"));

/// Every member, including those who left, whose name or code contains
/// `text` compared folded (any case, diacritics optional: "lan" finds
/// "Lân", "Lan" and "Lãn", "d" finds "đ"), in the Vietnamese order of
/// people. An empty text is refused: it would find everyone.
pub fn search(conn: &Connection, text: &str) -> Result<Vec<Member>> {
    let wanted = fold(text);
    if wanted.is_empty() {
        return Err(user_msg(Msg::new("member-search-empty"), None));
    }
    let mut stmt = conn.prepare(SELECT)?;
    let mut rows = stmt.query([])?;
    let mut members = Vec::new();
    while let Some(row) = rows.next()? {
        let m = Member::from_sql(row)?;
        if fold(&m.name).contains(&wanted) || fold(&m.code).contains(&wanted) {
            members.push(m);
        }
    }
    sort_people(&mut members, |m| (&m.name, &m.code));
    Ok(members)
}

/// Insert a member whose code is new; false (and nothing written) when the
/// code exists already.
fn insert_sql(w: &Writer<'_>, m: &Member) -> Result<bool> {
    let changed = execute_with(
        w,
        "INSERT INTO members (code, name, unit, roles, joined, left_on, email, phone, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (code) DO NOTHING",
        m,
    )?;
    Ok(changed == 1)
}

fn update_sql(w: &Writer<'_>, m: &Member) -> Result<()> {
    execute_with(
        w,
        "UPDATE members SET name = ?2, unit = ?3, roles = ?4, joined = ?5, left_on = ?6,
                email = ?7, phone = ?8, note = ?9
         WHERE code = ?1",
        m,
    )?;
    Ok(())
}

/// Run `sql` with the member's columns as its parameters 1 to 9, in the
/// order of the table; how many rows it changed.
fn execute_with(w: &Writer<'_>, sql: &str, m: &Member) -> Result<usize> {
    Ok(w.tx.prepare_cached(sql)?.execute(params![
        m.code,
        m.name,
        m.unit,
        roles_code(&m.roles),
        m.joined,
        m.left,
        m.email,
        m.phone,
        m.note
    ])?)
}

/// A new member's code is already someone's. `cli` adds the hint.
#[derive(Debug)]
pub struct MemberExists {
    pub code: String,
    pub name: String,
}

impl MemberExists {
    pub fn msg(&self) -> crate::i18n::Msg {
        crate::i18n::Msg::new("member-exists")
            .arg("code", &self.code)
            .arg("name", &self.name)
    }
}

impl std::fmt::Display for MemberExists {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(crate::i18n::Lang::En))
    }
}

impl std::error::Error for MemberExists {}

/// Add a new member.
pub fn add(w: &Writer<'_>, m: &Member) -> Result<()> {
    m.validate()?;
    if let Some(existing) = find(&w.tx, &m.code)? {
        return Err(MemberExists {
            code: existing.code,
            name: existing.name,
        }
        .into());
    }
    insert_sql(w, m)?;
    w.audit("member add", "member", &m.code, None::<&()>, Some(m))
}

/// Replace a member's record with `new` (same code), logging both.
pub fn update(w: &Writer<'_>, old: &Member, new: &Member) -> Result<()> {
    new.validate()?;
    update_sql(w, new)?;
    w.audit("member edit", "member", &new.code, Some(old), Some(new))
}

/// What `member edit` changes: each field given replaces the stored one,
/// the others are kept.
#[derive(Debug, Default)]
pub struct MemberChanges {
    pub name: Option<String>,
    /// A move to another unit, refused when spelled like an existing unit
    /// unless `new_unit`.
    pub unit: Option<String>,
    pub new_unit: bool,
    /// The roles in place of the stored ones; none keeps them.
    pub roles: Vec<Role>,
    pub joined: Option<NaiveDate>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub note: Option<String>,
}

/// Change a member's record; returns it as changed, or None when the
/// changes leave it as it was (and nothing is written).
pub fn edit(w: &Writer<'_>, code: &str, changes: MemberChanges) -> Result<Option<Member>> {
    let old = get(&w.tx, code)?;
    let mut new = old.clone();
    if let Some(v) = changes.name {
        new.name = clean(&v);
    }
    if let Some(v) = changes.unit {
        new.unit = clean(&v);
        if new.unit != old.unit {
            crate::unit::check_new(&w.tx, &new.unit, changes.new_unit)?;
        }
    }
    if !changes.roles.is_empty() {
        new.roles = sorted_roles(changes.roles);
    }
    if let Some(d) = changes.joined {
        new.joined = d;
    }
    if let Some(v) = changes.email {
        new.email = clean(&v);
    }
    if let Some(v) = changes.phone {
        new.phone = clean(&v);
    }
    if let Some(v) = changes.note {
        new.note = clean(&v);
    }
    if new == old {
        return Ok(None);
    }
    update(w, &old, &new)?;
    Ok(Some(new))
}

/// Record that a member left `on` a day, with a note (the reason) in place
/// of the stored one when given; returns the member as changed.
pub fn leave(w: &Writer<'_>, code: &str, on: NaiveDate, note: Option<&str>) -> Result<Member> {
    let old = get(&w.tx, code)?;
    let mut new = old.clone();
    new.left = Some(on);
    if let Some(note) = note {
        new.note = clean(note);
    }
    update(w, &old, &new)?;
    Ok(new)
}

/// Roles in their order, each once: as a record keeps them.
pub fn sorted_roles(mut roles: Vec<Role>) -> Vec<Role> {
    roles.sort();
    roles.dedup();
    roles
}

#[cfg(test)]
mod tests;
