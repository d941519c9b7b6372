//! `pledge template`: the year's registration form, a block of rows per
//! active member, last year's items carried into it when asked.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, params};

use crate::dates::reference_date;
use crate::lookup::{check_unit, unit_matches};
use crate::people::{active_sql, sort_people};
use crate::vocab::{Field, from_code};

/// An item carried from the year before: field, model code, text.
#[derive(Debug, Clone)]
pub struct CarriedItem {
    pub field: Field,
    pub model: String,
    pub text: String,
}

/// A member who registers for the year, with the items carried for them.
#[derive(Debug, Clone)]
pub struct FormMember {
    pub code: String,
    pub name: String,
    pub unit: String,
    pub carried: Vec<CarriedItem>,
}

/// Every member active on the reference date of `year` (31 December, or
/// today for the current year), of `unit` when given, in the order of
/// `member list`; with `carry`, each one's items of the year before.
pub fn template(
    conn: &Connection,
    year: i32,
    unit: Option<&str>,
    carry: bool,
    today: NaiveDate,
) -> Result<Vec<FormMember>> {
    let on = reference_date(year, today);
    let mut stmt = conn.prepare(&format!(
        "SELECT id, code, name, unit FROM members
         WHERE {}",
        active_sql("", "?1", "?1"),
    ))?;
    let mut members = stmt
        .query_map(params![on], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                FormMember {
                    code: r.get(1)?,
                    name: r.get(2)?,
                    unit: r.get(3)?,
                    carried: Vec::new(),
                },
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if let Some(unit) = unit {
        members.retain(|(_, m)| unit_matches(&m.unit, unit));
        if members.is_empty() {
            check_unit(conn, unit)?;
        }
    }
    sort_people(&mut members, |(_, m)| (&m.name, &m.code));
    if carry {
        let mut items = conn.prepare_cached(
            "SELECT p.field, coalesce(mo.code, ''), p.text FROM pledge_items p
             LEFT JOIN models mo ON mo.id = p.model_id
             WHERE p.member_id = ? AND p.year = ? ORDER BY p.no",
        )?;
        for (id, m) in &mut members {
            m.carried = items
                .query_map(params![*id, year - 1], |r| {
                    let field: String = r.get(0)?;
                    Ok(CarriedItem {
                        field: from_code(Field::ALL, &field)?,
                        model: r.get(1)?,
                        text: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
    }
    Ok(members.into_iter().map(|(_, m)| m).collect())
}
