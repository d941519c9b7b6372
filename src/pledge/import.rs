//! `pledge import`: items from a spreadsheet, numbered where `no` is empty.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use rusqlite::params;

use super::{Field, PledgeItem, SELECT, check_item_text, listed_from_sql, model_id, parse_no};
use crate::dates::{parse_year, year_bounds};
use crate::db::Writer;
use crate::i18n::Msg;
use crate::import::{CsvInput, ImportCounts, Outcome, Problems, Subject, at_key, end, row_message};
use crate::member::{Registered, check_name_msg, not_registered_msg, register};
use crate::people::active_during;
use crate::text::cleaned;

use crate::vocab::Term;

/// Import a pledges file: all rows or none. An empty `no` numbers the row
/// after the items the member already has that year (in the database and
/// earlier in the file).
pub fn import(w: &Writer<'_>, input: &mut CsvInput, replace: bool) -> Result<ImportCounts> {
    // New items take the ids above the largest: undo finds them as a range.
    // The items replaced are updated in place, kept as they were only in
    // the audit log's before-image, from which undo puts them back.
    let bulk = w.bulk_inserts_and_updates("pledge_items")?;
    let members: HashMap<String, Registered> = register(&w.tx)?
        .into_iter()
        .map(|m| (m.code.to_ascii_lowercase(), m))
        .collect();
    // The items already there, and the next number of each member and year.
    let mut existing: HashMap<(i64, i32, i64), i64> = HashMap::new();
    let mut next_no: HashMap<(i64, i32), i64> = HashMap::new();
    {
        let mut stmt =
            w.tx.prepare("SELECT member_id, year, no, id FROM pledge_items")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (member_id, year, no): (i64, i32, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
            existing.insert((member_id, year, no), r.get(3)?);
            let next = next_no.entry((member_id, year)).or_insert(1);
            *next = (*next).max(no + 1);
        }
    }
    let mut models: HashMap<String, Option<(i64, String)>> = HashMap::new();
    let mut seen: HashSet<(i64, i32, i64)> = HashSet::new();
    let mut problems = Problems::default();
    let mut replaced = Vec::new();
    let mut added = 0;
    while let Some(row) = input.next_readable(|m| problems.push(m))? {
        // A form's row left blank (`pledge template` writes a few per
        // member, the member's code in each) registers nothing.
        if [3, 4, 5].iter().all(|&j| row.get(j).trim().is_empty()) && row.get(2).trim().is_empty() {
            continue;
        }
        let mut bad = |message: Msg| problems.push(input.at(row.line, message));
        let code = cleaned(row.get(0));
        let Some(m) = members.get(&code.to_ascii_lowercase()) else {
            bad(not_registered_msg(&code));
            continue;
        };
        if let Err(message) = check_name_msg(&m.code, &m.name, row.get(6)) {
            bad(message);
            continue;
        }
        let year = match parse_year(row.get(1)) {
            Ok(y) => y,
            Err(e) => {
                bad(at_key("year", &e));
                continue;
            }
        };
        let (first, last) = year_bounds(year);
        if !active_during(m.joined, m.left, first, last) {
            bad(Msg::new("pledge-row-not-active")
                .arg("code", &m.code)
                .arg("year", year.to_string()));
            continue;
        }
        let explicit_no = {
            let cell = row.get(2).trim();
            if cell.is_empty() {
                None
            } else if let Some(no) = parse_no(cell) {
                Some(no)
            } else {
                bad(Msg::new("pledge-row-bad-no").arg("cell", format!("{cell:?}")));
                continue;
            }
        };
        let field: Field = match row.get(3).parse() {
            Ok(f) => f,
            Err(e) => {
                bad(at_key("field", &e));
                continue;
            }
        };
        let model_code = cleaned(row.get(4));
        let model = if model_code.is_empty() {
            None
        } else {
            let found = match models.get(&model_code.to_ascii_lowercase()) {
                Some(found) => found.clone(),
                None => {
                    let found = model_id(&w.tx, &model_code).ok();
                    models.insert(model_code.to_ascii_lowercase(), found.clone());
                    found
                }
            };
            match found {
                Some(found) => Some(found),
                None => {
                    bad(Msg::new("pledge-row-no-model").arg("code", format!("{model_code:?}")));
                    continue;
                }
            }
        };
        let text = cleaned(row.get(5)).into_owned();
        if let Err(e) = check_item_text(&text) {
            bad(row_message(&e));
            continue;
        }
        let key = (m.id, year);
        let next = next_no.get(&key).copied().unwrap_or(1);
        let no = explicit_no.unwrap_or(next);
        next_no.insert(key, next.max(no + 1));
        let item = PledgeItem {
            member: m.code.clone(),
            year,
            no,
            field,
            model: model.as_ref().map(|m| m.1.clone()),
            text,
        };
        if !seen.insert((m.id, year, no)) {
            bad(Msg::new("pledge-row-twice").arg("item", item.item_ref().to_string()));
            continue;
        }
        let model_row = model.as_ref().map(|m| m.0);
        match existing.get(&(m.id, year, no)) {
            Some(&id) if replace => {
                let old =
                    w.tx.prepare_cached(&format!("{SELECT} WHERE p.id = ?"))?
                        .query_row([id], |row| Ok(listed_from_sql(row)?.item))?;
                w.tx.prepare_cached(
                    "UPDATE pledge_items SET field = ?2, model_id = ?3, text = ?4 WHERE id = ?1",
                )?
                .execute(params![id, field.code(), model_row, item.text])?;
                replaced.push(old);
            }
            Some(_) => bad(Msg::new("pledge-row-exists").arg("item", item.item_ref().to_string())),
            None => {
                w.tx.prepare_cached(
                    "INSERT INTO pledge_items (member_id, year, no, field, model_id, text) VALUES (?, ?, ?, ?, ?, ?)",
                )?
                .execute(params![m.id, year, no, field.code(), model_row, item.text])?;
                added += 1;
            }
        }
    }
    end(
        w,
        input,
        &Subject {
            what: Msg::new("import-what-pledges"),
            action: "pledge import",
            entity: "pledge",
        },
        Outcome {
            problems,
            added,
            replaced: &replaced,
        },
        || bulk.finish(&w.tx),
    )
}
