//! The journal that makes every write undoable, whatever its command.
//!
//! A write is one *change* (a row of `changes`). While it runs, temporary
//! triggers (in the connection's `temp` schema, never in the file) write to
//! `row_journal` the key of every row inserted and the image, as JSON, of
//! every row before it is updated or deleted — those the schema's own
//! triggers touch included. Undo puts the images back in reverse order.
//! A bulk import turns the triggers off for its big tables and records the
//! range of keys it inserted instead (`bulk_rows`): one row per import, not
//! one per row. The reports a `report import --replace` replaces are kept
//! once, as the audit log's before-image, which undo reads (see `undo`).

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, Transaction, params};

/// danvan's own bookkeeping: never journalled.
const UNJOURNALLED: &[&str] = &[
    "audit_log",
    "changes",
    "row_journal",
    "bulk_rows",
    "report_totals",
];

/// A journalled table: its columns and the columns of its key.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub columns: Vec<String>,
    /// One or two integer columns; `rowid` for a table keyed otherwise.
    pub key: Vec<String>,
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Table {
    /// `json_object('c', P.c, …)` over every column (and the rowid when it
    /// is the key), for P = OLD, NEW or a table name.
    pub fn image(&self, of: &str) -> String {
        let mut parts = Vec::new();
        if self.key[0] == "rowid" {
            parts.push(format!("'rowid', {of}.rowid"));
        }
        for c in &self.columns {
            parts.push(format!("'{}', {of}.{}", c.replace('\'', "''"), quote(c)));
        }
        format!("json_object({})", parts.join(", "))
    }

    /// The key expressions of P, the second NULL for a one-column key.
    pub fn key_of(&self, of: &str) -> (String, String) {
        let k1 = format!("{of}.{}", quote(&self.key[0]));
        let k2 = self
            .key
            .get(1)
            .map_or("NULL".to_string(), |k| format!("{of}.{}", quote(k)));
        (k1, k2)
    }

    /// `WHERE` on the key as parameters ?1 and ?2.
    pub fn key_match(&self) -> String {
        let mut s = format!("{} = ?1", quote(&self.key[0]));
        if let Some(k) = self.key.get(1) {
            s.push_str(&format!(" AND {} = ?2", quote(k)));
        }
        s
    }

    /// The columns written back from an image: the rowid too when it is
    /// the key.
    pub fn restored_columns(&self) -> Vec<String> {
        let mut cols = Vec::new();
        if self.key[0] == "rowid" {
            cols.push("rowid".to_string());
        }
        cols.extend(self.columns.iter().cloned());
        cols
    }

    /// The table name, quoted.
    pub fn quoted(&self) -> String {
        quote(&self.name)
    }
}

/// Every table a change can touch, read from the file's schema.
pub fn tables(conn: &Connection) -> Result<Vec<Table>> {
    let mut names: Vec<String> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT name FROM main.sqlite_schema
             WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        for n in rows {
            let n = n?;
            if !UNJOURNALLED.contains(&n.as_str()) {
                names.push(n);
            }
        }
    }
    let mut out = Vec::new();
    for name in names {
        let mut columns = Vec::new();
        let mut pk: Vec<(i64, String, String)> = Vec::new();
        let mut stmt = conn.prepare("SELECT name, type, pk FROM pragma_table_info(?)")?;
        let mut rows = stmt.query([&name])?;
        while let Some(r) = rows.next()? {
            let col: String = r.get(0)?;
            let ty: String = r.get(1)?;
            let pk_at: i64 = r.get(2)?;
            if pk_at > 0 {
                pk.push((pk_at, col.clone(), ty.to_ascii_uppercase()));
            }
            columns.push(col);
        }
        pk.sort();
        let integer = |p: &(i64, String, String)| p.2 == "INTEGER";
        let key = if (pk.len() == 1 || pk.len() == 2) && pk.iter().all(integer) {
            pk.into_iter().map(|p| p.1).collect()
        } else {
            vec!["rowid".to_string()]
        };
        out.push(Table { name, columns, key });
    }
    Ok(out)
}

/// The temporary triggers' names for a table.
fn trigger_names(table: &str) -> [String; 3] {
    ["insert", "update", "delete"].map(|e| format!("undo_journal_{table}_{e}"))
}

/// Start a change: its row, the context the triggers read its id from, and
/// the triggers on every table.
pub fn begin(tx: &Transaction<'_>) -> Result<i64> {
    tx.execute("INSERT INTO changes DEFAULT VALUES", [])?;
    let change = tx.last_insert_rowid();
    tx.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS undo_context (change_id INTEGER NOT NULL);
         DELETE FROM temp.undo_context;",
    )?;
    tx.execute("INSERT INTO temp.undo_context VALUES (?)", [change])?;
    for t in tables(tx)? {
        let [ins, upd, del] = trigger_names(&t.name);
        let lit = t.name.replace('\'', "''");
        let (n1, n2) = t.key_of("NEW");
        let (o1, o2) = t.key_of("OLD");
        let old = t.image("OLD");
        let on = format!("main.{}", t.quoted());
        tx.execute_batch(&format!(
            "CREATE TEMP TRIGGER {ins} AFTER INSERT ON {on} BEGIN
                 INSERT INTO row_journal (change_id, tbl, key1, key2, before)
                 SELECT change_id, '{lit}', {n1}, {n2}, NULL FROM undo_context;
             END;
             CREATE TEMP TRIGGER {upd} AFTER UPDATE ON {on} BEGIN
                 INSERT INTO row_journal (change_id, tbl, key1, key2, before)
                 SELECT change_id, '{lit}', {o1}, {o2}, {old} FROM undo_context;
             END;
             CREATE TEMP TRIGGER {del} AFTER DELETE ON {on} BEGIN
                 INSERT INTO row_journal (change_id, tbl, key1, key2, before)
                 SELECT change_id, '{lit}', {o1}, {o2}, {old} FROM undo_context;
             END;"
        ))?;
    }
    Ok(change)
}

/// Stop journalling row by row: the triggers go (before any other write
/// of the change's).
pub fn stop(tx: &Transaction<'_>) -> Result<()> {
    for t in tables(tx)? {
        for name in trigger_names(&t.name) {
            tx.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{name}"))?;
        }
    }
    Ok(())
}

/// Finish a change: the audit entries it made, and no more triggers.
/// Returns whether it changed anything at all (a write that found nothing
/// to do leaves the file as it was, not even a change number).
pub fn finish(tx: &Transaction<'_>, change: i64, audit_before: i64) -> Result<bool> {
    stop(tx)?;
    let changed: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit_log WHERE id > ?2)
             OR EXISTS (SELECT 1 FROM row_journal WHERE change_id = ?1)
             OR EXISTS (SELECT 1 FROM bulk_rows WHERE change_id = ?1)",
        params![change, audit_before],
        |r| r.get(0),
    )?;
    if !changed {
        return Ok(false);
    }
    tx.execute(
        "UPDATE changes SET
             audit_first = (SELECT min(id) FROM audit_log WHERE id > ?2),
             audit_last = (SELECT max(id) FROM audit_log WHERE id > ?2)
         WHERE id = ?1",
        params![change, audit_before],
    )?;
    Ok(true)
}

/// One table a bulk write inserts into without the row triggers: its rows
/// of keys above the largest key before are the change's.
pub struct Bulk {
    change: i64,
    table: Table,
    first: i64,
}

impl Bulk {
    /// Turn the row triggers of `table` off for the rest of the change;
    /// its new rows are those from `first` (None: above its largest key).
    pub fn start(
        tx: &Transaction<'_>,
        change: i64,
        table: &str,
        first: Option<i64>,
    ) -> Result<Bulk> {
        let table = tables(tx)?
            .into_iter()
            .find(|t| t.name == table)
            .with_context(|| format!("no table {table}"))?;
        for name in trigger_names(&table.name) {
            tx.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{name}"))?;
        }
        Bulk::range(tx, change, table, first)
    }

    /// Journal the inserts into `table` as a range, its updates and
    /// deletes row by row as before.
    pub fn inserts(tx: &Transaction<'_>, change: i64, table: &str) -> Result<Bulk> {
        let table = tables(tx)?
            .into_iter()
            .find(|t| t.name == table)
            .with_context(|| format!("no table {table}"))?;
        let [insert, _, _] = trigger_names(&table.name);
        tx.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{insert}"))?;
        Bulk::range(tx, change, table, None)
    }

    /// As `inserts`, and the updates of `table` are not journalled either:
    /// the import keeps the rows it updates as its audit before-image,
    /// which undo reads back (see `undo::replaced`).
    pub fn inserts_and_updates(tx: &Transaction<'_>, change: i64, table: &str) -> Result<Bulk> {
        let bulk = Bulk::inserts(tx, change, table)?;
        let [_, update, _] = trigger_names(table);
        tx.execute_batch(&format!("DROP TRIGGER IF EXISTS temp.{update}"))?;
        Ok(bulk)
    }

    fn range(tx: &Transaction<'_>, change: i64, table: Table, first: Option<i64>) -> Result<Bulk> {
        let first: i64 = match first {
            Some(first) => first,
            None => tx.query_row(
                &format!(
                    "SELECT coalesce(max({}), 0) + 1 FROM {}",
                    quote(&table.key[0]),
                    table.quoted()
                ),
                [],
                |r| r.get(0),
            )?,
        };
        Ok(Bulk {
            change,
            table,
            first,
        })
    }

    /// The first key of the rows this change inserts.
    pub fn first_key(&self) -> i64 {
        self.first
    }

    /// Record the range of keys inserted: every key from the first one on,
    /// as no other write runs while the change holds the lock.
    pub fn finish(self, tx: &Transaction<'_>) -> Result<()> {
        let last: i64 = tx.query_row(
            &format!(
                "SELECT coalesce(max({}), 0) FROM {}",
                quote(&self.table.key[0]),
                self.table.quoted()
            ),
            [],
            |r| r.get(0),
        )?;
        if last >= self.first {
            tx.execute(
                "INSERT INTO bulk_rows (change_id, tbl, first_key, last_key) VALUES (?, ?, ?, ?)",
                params![self.change, self.table.name, self.first, last],
            )?;
        }
        Ok(())
    }
}

/// Refuse a table name that is not one of the file's journalled tables
/// (a journal row written by another program).
pub fn find<'t>(tables: &'t [Table], name: &str) -> Result<&'t Table> {
    match tables.iter().find(|t| t.name == name) {
        Some(t) => Ok(t),
        None => bail!("the undo journal names a table {name:?} that danvan does not have"),
    }
}
