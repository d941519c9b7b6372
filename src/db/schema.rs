//! The schema a file of each version must have, built from the SQL compiled
//! into this binary, and how a file's own schema differs from it.
//!
//! A file's schema is SQL that SQLite runs: a trigger or view, an index
//! expression, a CHECK constraint. danvan runs only its own, so a file whose
//! schema is not exactly the one its version was made with is refused.

use std::fmt;

use anyhow::{Context, Result};
use rusqlite::Connection;
use rusqlite_migration::Migrations;

use super::{MIGRATION_LIST, SCHEMA, SCHEMA_VERSION};
use crate::i18n::{Lang, Msg};

/// One row of `sqlite_schema`: a table, index, trigger or view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Object {
    pub kind: String,
    pub name: String,
    pub table: String,
    /// The definition as SQLite stores it; None for the indexes SQLite makes
    /// itself for UNIQUE and PRIMARY KEY constraints.
    pub sql: Option<String>,
}

impl Object {
    fn same_definition(&self, other: &Object) -> bool {
        self.table == other.table
            && self.sql.as_deref().map(normalise) == other.sql.as_deref().map(normalise)
    }
}

/// How a file's schema differs from the built-in one of its version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// In the file, not in danvan's schema.
    Foreign(Object),
    /// In danvan's schema, not in the file.
    Missing(Object),
    /// In both under one name, defined otherwise in the file.
    Altered(Object),
}

impl Difference {
    /// The difference in words: `foreign trigger t on members`; the kind
    /// (`table`, `index`, `trigger`, `view`) is named in the language.
    pub fn msg(&self) -> Msg {
        let (id, o) = match self {
            Difference::Foreign(o) if o.kind == "table" || o.kind == "view" => {
                ("schema-foreign", o)
            }
            Difference::Foreign(o) => ("schema-foreign-on", o),
            Difference::Missing(o) => ("schema-missing", o),
            Difference::Altered(o) => ("schema-altered", o),
        };
        let msg = Msg::new(id)
            .arg("kind", o.kind.as_str())
            .arg("name", o.name.as_str());
        match self {
            Difference::Foreign(_) if id == "schema-foreign-on" => {
                msg.arg("table", o.table.as_str())
            }
            _ => msg,
        }
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

/// Whether this difference leaves the tables as danvan made them (only an
/// index, trigger or view is extra, missing or changed).
pub fn tables_intact(differences: &[Difference]) -> bool {
    differences.iter().all(|d| match d {
        Difference::Foreign(o) | Difference::Missing(o) | Difference::Altered(o) => {
            o.kind != "table"
        }
    })
}

/// A file's schema objects, SQLite's statistics tables left out (`ANALYZE`
/// and `PRAGMA optimize` make them; they hold numbers, not SQL).
pub fn objects(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
         WHERE NOT (type = 'table' AND name LIKE 'sqlite\\_stat_' ESCAPE '\\')
         ORDER BY type, name",
    )?;
    stmt.query_map([], |r| {
        Ok(Object {
            kind: r.get(0)?,
            name: r.get(1)?,
            table: r.get(2)?,
            sql: r.get(3)?,
        })
    })?
    .collect()
}

/// The schema a fresh file of `version` has: the current one from
/// `schema.sql`, an older one from the upgrade steps up to it, made in
/// memory (well under a millisecond).
pub fn built_in(version: i64) -> Result<Vec<Object>> {
    let mut conn = Connection::open_in_memory()?;
    if version == SCHEMA_VERSION {
        conn.execute_batch(SCHEMA)?;
    } else {
        let steps = usize::try_from(version)
            .ok()
            .and_then(|v| MIGRATION_LIST.get(..v))
            .with_context(|| format!("danvan has no schema version {version}"))?;
        Migrations::from_slice(steps).to_latest(&mut conn)?;
    }
    Ok(objects(&conn)?)
}

/// The built-in indexes and triggers on `tables`, as their definitions
/// stand in the current schema.
pub fn built_in_indexes_and_triggers(tables: &[&str]) -> Result<Vec<Object>> {
    Ok(built_in(SCHEMA_VERSION)?
        .into_iter()
        .filter(|o| {
            (o.kind == "index" || o.kind == "trigger")
                && o.sql.is_some()
                && tables.contains(&o.table.as_str())
        })
        .collect())
}

/// Every way `found` differs from `expected`, in the order of `sqlite_schema`.
pub fn differences(found: &[Object], expected: &[Object]) -> Vec<Difference> {
    let key = |o: &Object| (o.kind.clone(), o.name.clone());
    let mut out = Vec::new();
    for o in found {
        match expected.iter().find(|e| key(e) == key(o)) {
            None => out.push(Difference::Foreign(o.clone())),
            Some(e) if !e.same_definition(o) => out.push(Difference::Altered(o.clone())),
            Some(_) => {}
        }
    }
    for e in expected {
        if !found.iter().any(|o| key(o) == key(e)) {
            out.push(Difference::Missing(e.clone()));
        }
    }
    out
}

/// Whether a file holds danvan's own tables at all (a file of another
/// program may share its `user_version`).
pub fn looks_like_danvan(found: &[Object]) -> bool {
    ["meta", "members", "audit_log"]
        .iter()
        .all(|t| found.iter().any(|o| o.kind == "table" && o.name == *t))
}

/// A definition with its runs of white space outside quotes made one
/// space: SQLite keeps a statement's text as it was written.
fn normalise(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    let mut space = false;
    for c in sql.trim().chars() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c.is_whitespace() => space = true,
            None => {
                if space {
                    out.push(' ');
                    space = false;
                }
                quote = match c {
                    '\'' | '"' | '`' => Some(c),
                    '[' => Some(']'),
                    _ => None,
                };
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_counts_only_inside_quotes() {
        assert_eq!(
            normalise("CREATE  TABLE t (\n  a TEXT CHECK (a <> '  x'))"),
            "CREATE TABLE t ( a TEXT CHECK (a <> '  x'))"
        );
        assert_ne!(
            normalise("CHECK (a <> ' ')"),
            normalise("CHECK (a <> '  ')")
        );
    }

    #[test]
    fn every_version_has_a_built_in_schema() {
        for version in 1..=SCHEMA_VERSION {
            let objects = built_in(version).unwrap();
            assert!(looks_like_danvan(&objects), "version {version}");
        }
        assert!(built_in(SCHEMA_VERSION + 1).is_err());
    }
}
