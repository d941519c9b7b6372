//! Putting a change's rows back: its bulk inserts removed, its journal
//! replayed newest first, the records an import replaced put back.

use anyhow::Result;
use rusqlite::{Transaction, params};

use super::replaced;
use crate::db::journal::{self, Table};
use crate::db::{schema, totals};

/// Put back every row `change` touched: its bulk inserts removed, then its
/// journal replayed newest first. The schema's triggers are off meanwhile
/// (the journal holds what they did), but for those of the reports' totals,
/// which count what is put back as they count every write; references are
/// checked at the commit.
pub(super) fn revert(tx: &Transaction<'_>, tables: &[Table], change: i64) -> Result<(u64, u64)> {
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let names: Vec<&str> = tables.iter().map(|t| t.name.as_str()).collect();
    let triggers: Vec<_> = schema::built_in_indexes_and_triggers(&names)?
        .into_iter()
        .filter(|o| o.kind == "trigger" && !totals::TRIGGERS.contains(&o.name.as_str()))
        .collect();
    for t in &triggers {
        tx.execute_batch(&format!(
            "DROP TRIGGER IF EXISTS main.\"{}\"",
            t.name.replace('"', "\"\"")
        ))?;
    }
    let mut removed = 0u64;
    let mut restored = 0u64;
    let mut ranges: Vec<(String, i64, i64)> = Vec::new();
    {
        let mut stmt = tx.prepare(
            "SELECT tbl, first_key, last_key FROM bulk_rows WHERE change_id = ? ORDER BY rowid DESC",
        )?;
        let mut rows = stmt.query([change])?;
        while let Some(r) = rows.next()? {
            ranges.push((r.get(0)?, r.get(1)?, r.get(2)?));
        }
    }
    for (name, first, last) in ranges {
        let t = journal::find(tables, &name)?;
        let key = format!("\"{}\"", t.key[0].replace('"', "\"\""));
        // A table whose every row is the change's (the first import) is
        // emptied whole: SQLite then drops its pages instead of deleting
        // row by row.
        let whole: bool = tx.query_row(
            &format!(
                "SELECT NOT EXISTS (SELECT 1 FROM {} WHERE {key} < ?1 OR {key} > ?2)",
                t.quoted()
            ),
            params![first, last],
            |r| r.get(0),
        )?;
        removed += if whole && name == "reports" {
            totals::delete_all_reports(tx)?
        } else if whole {
            tx.execute(&format!("DELETE FROM {}", t.quoted()), [])?
        } else {
            tx.execute(
                &format!("DELETE FROM {} WHERE {key} BETWEEN ? AND ?", t.quoted()),
                params![first, last],
            )?
        } as u64;
    }
    let mut stmt = tx.prepare(
        "SELECT tbl, key1, key2, before FROM row_journal WHERE change_id = ? ORDER BY id DESC",
    )?;
    let mut rows = stmt.query([change])?;
    while let Some(r) = rows.next()? {
        let name: String = r.get(0)?;
        let key1: i64 = r.get(1)?;
        let key2: Option<i64> = r.get(2)?;
        let before: Option<String> = r.get(3)?;
        let t = journal::find(tables, &name)?;
        let keys = params![key1, key2];
        let keys = if t.key.len() == 2 { keys } else { &keys[..1] };
        match before {
            None => {
                removed += tx
                    .prepare_cached(&format!(
                        "DELETE FROM {} WHERE {}",
                        t.quoted(),
                        t.key_match()
                    ))?
                    .execute(keys)? as u64;
            }
            Some(image) => {
                restored += 1;
                let cols = t.restored_columns();
                let value = |c: &String| format!("json_extract(?3, '$.\"{c}\"')");
                let set: Vec<String> = t
                    .columns
                    .iter()
                    .map(|c| format!("\"{c}\" = {}", value(c)))
                    .collect();
                let updated = tx
                    .prepare_cached(&format!(
                        "UPDATE {} SET {} WHERE {}",
                        t.quoted(),
                        set.join(", "),
                        t.key_match()
                    ))?
                    .execute(params![key1, key2, image])?;
                if updated == 0 {
                    let list: Vec<String> = cols.iter().map(|c| format!("\"{c}\"")).collect();
                    let values: Vec<String> = cols.iter().map(value).collect();
                    tx.prepare_cached(&format!(
                        "INSERT INTO {} ({}) VALUES ({})",
                        t.quoted(),
                        list.join(", "),
                        values.join(", ")
                    ))?
                    .execute(params![key1, key2, image])?;
                }
            }
        }
    }
    let (put_back, put_away) = replaced::put_back(tx)?;
    restored += put_back;
    removed += put_away;
    for t in &triggers {
        if let Some(sql) = &t.sql {
            tx.execute_batch(sql)?;
        }
    }
    Ok((restored, removed))
}
