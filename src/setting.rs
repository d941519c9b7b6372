//! Settings of the cell: who issues the review and who signs it, and the
//! thresholds of the emulation-title rules. They live in the `meta` table
//! under `setting.KEY`, so no schema change is needed for them.

use std::fmt;
use std::str::FromStr;

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

use crate::db::Writer;
use crate::error::user_msg;
use crate::i18n::Msg;
use crate::text::clean;

/// What kind of value a setting holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A whole number within an inclusive range.
    Number(i64, i64),
    /// On or off.
    Switch,
}

/// One setting: its key, its kind and its value when none is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    pub default: &'static str,
}

const fn key(name: &'static str, kind: Kind, default: &'static str) -> Key {
    Key {
        name,
        kind,
        default,
    }
}

/// Every setting, in the order `setting list` shows them.
pub const KEYS: &[Key] = &[
    key("organisation", Kind::Text, ""),
    key("cell", Kind::Text, ""),
    key("parent", Kind::Text, ""),
    key("place", Kind::Text, ""),
    key("signer_title", Kind::Text, ""),
    key("signer_name", Kind::Text, ""),
    key("ldtt_min_months", Kind::Number(1, 12), "10"),
    key("cstdcs_cap_percent", Kind::Number(0, 100), "15"),
    key("cstdcs_requires_excellent", Kind::Switch, "off"),
    key("ttldtt_min_percent", Kind::Number(0, 100), "70"),
];

/// The longest text a setting may hold.
const MAX_TEXT: usize = 300;

/// The names of every key, for messages.
pub fn key_names() -> String {
    KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
}

impl FromStr for Key {
    type Err = anyhow::Error;

    fn from_str(s: &str) -> Result<Key> {
        let wanted = s.trim().to_lowercase().replace('-', "_");
        KEYS.iter()
            .find(|k| k.name == wanted)
            .copied()
            .ok_or_else(|| {
                user_msg(
                    Msg::new("setting-unknown").arg("typed", format!("{:?}", s.trim())),
                    Some(Msg::new("setting-unknown-hint").arg("names", key_names())),
                )
            })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl Key {
    /// The key of its row in `meta`.
    fn meta_key(self) -> String {
        format!("setting.{}", self.name)
    }

    /// The value as stored: text cleaned, numbers checked, switches as
    /// `on` or `off`.
    pub fn parse(self, value: &str) -> Result<String> {
        let value = clean(value);
        match self.kind {
            Kind::Text if value.chars().count() > MAX_TEXT => Err(user_msg(
                Msg::new("setting-too-long")
                    .arg("name", self.name)
                    .arg("max", MAX_TEXT.to_string()),
                None,
            )),
            Kind::Text => Ok(value),
            Kind::Number(lo, hi) => match value.parse::<i64>() {
                Ok(n) if (lo..=hi).contains(&n) => Ok(n.to_string()),
                _ => Err(user_msg(
                    Msg::new("setting-not-a-number")
                        .arg("name", self.name)
                        .arg("lo", lo.to_string())
                        .arg("hi", hi.to_string())
                        .arg("value", format!("{value:?}")),
                    Some(Msg::new("setting-not-a-number-hint").arg("default", self.default)),
                )),
            },
            Kind::Switch => match value.to_lowercase().as_str() {
                "on" | "yes" | "true" | "1" | "bật" | "có" => Ok("on".into()),
                "off" | "no" | "false" | "0" | "tắt" | "không" => Ok("off".into()),
                _ => Err(user_msg(
                    Msg::new("setting-not-a-switch")
                        .arg("name", self.name)
                        .arg("value", format!("{value:?}")),
                    Some(Msg::new("setting-not-a-switch-hint")),
                )),
            },
        }
    }
}

/// A setting as `setting list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub key: Key,
    /// The stored value, or None when the default applies.
    pub set: Option<String>,
}

impl Value {
    /// The value in force: the stored one or the default.
    pub fn effective(&self) -> &str {
        self.set.as_deref().unwrap_or(self.key.default)
    }
}

/// Every setting with its stored value, if any.
pub fn list(conn: &Connection) -> Result<Vec<Value>> {
    let mut stmt = conn.prepare_cached("SELECT value FROM meta WHERE key = ?")?;
    KEYS.iter()
        .map(|k| {
            let set = stmt
                .query_row([k.meta_key()], |r| r.get::<_, String>(0))
                .optional()?;
            Ok(Value { key: *k, set })
        })
        .collect()
}

/// The value in force of one key.
pub fn get(conn: &Connection, key: Key) -> Result<String> {
    let set: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = ?",
            [key.meta_key()],
            |r| r.get(0),
        )
        .optional()?;
    Ok(set.unwrap_or_else(|| key.default.to_string()))
}

/// What the review needs from the settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Issuer {
    pub organisation: String,
    pub cell: String,
    pub parent: String,
    pub place: String,
    pub signer_title: String,
    pub signer_name: String,
}

/// The issuer of the review, from the settings in force.
pub fn issuer(conn: &Connection) -> Result<Issuer> {
    let values = list(conn)?;
    let next = |name: &str| -> String {
        values
            .iter()
            .find(|v| v.key.name == name)
            .map(|v| v.effective().to_string())
            .unwrap_or_default()
    };
    Ok(Issuer {
        organisation: next("organisation"),
        cell: next("cell"),
        parent: next("parent"),
        place: next("place"),
        signer_title: next("signer_title"),
        signer_name: next("signer_name"),
    })
}

/// Store a value (already parsed by `Key::parse`); returns the one it replaced.
pub fn set(w: &Writer<'_>, key: Key, value: &str) -> Result<Option<String>> {
    let before = stored(w, key)?;
    w.tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key.meta_key(), value.to_string()],
    )?;
    w.audit(
        if before.is_some() { "update" } else { "add" },
        "setting",
        key.name,
        before.as_ref(),
        Some(&value),
    )?;
    Ok(before)
}

/// Remove a stored value so the default applies; returns it, or None when
/// nothing was set (and nothing is written).
pub fn unset(w: &Writer<'_>, key: Key) -> Result<Option<String>> {
    let before = stored(w, key)?;
    if before.is_some() {
        w.tx.execute("DELETE FROM meta WHERE key = ?", [key.meta_key()])?;
        w.audit::<_, String>("remove", "setting", key.name, before.as_ref(), None)?;
    }
    Ok(before)
}

fn stored(w: &Writer<'_>, key: Key) -> Result<Option<String>> {
    Ok(w.tx
        .query_row(
            "SELECT value FROM meta WHERE key = ?",
            [key.meta_key()],
            |r| r.get(0),
        )
        .optional()?)
}

/// Sample values of the demo's agency.
pub const DEMO: &[(&str, &str)] = &[
    ("organisation", "Sở Nội vụ tỉnh Kon Tum"),
    ("cell", "Chi bộ Sở Nội vụ"),
    ("parent", "Đảng bộ Khối các cơ quan tỉnh"),
    ("place", "Kon Tum"),
    ("signer_title", "Bí thư"),
    ("signer_name", "Nguyễn Văn Hùng"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_checked_against_their_range() {
        let k: Key = "ldtt_min_months".parse().unwrap();
        assert_eq!(k.parse(" 11 ").unwrap(), "11");
        assert!(k.parse("0").is_err());
        assert!(k.parse("13").is_err());
        assert!(k.parse("ten").is_err());
        let cap: Key = "cstdcs_cap_percent".parse().unwrap();
        assert_eq!(cap.parse("0").unwrap(), "0");
        assert!(cap.parse("101").is_err());
    }

    #[test]
    fn switches_accept_both_languages() {
        let k: Key = "cstdcs-requires-excellent".parse().unwrap();
        assert_eq!(k.parse("Bật").unwrap(), "on");
        assert_eq!(k.parse("no").unwrap(), "off");
        assert!(k.parse("maybe").is_err());
    }

    #[test]
    fn an_unknown_key_lists_the_keys() {
        let err = "colour".parse::<Key>().unwrap_err();
        let user = err.downcast_ref::<crate::error::UserError>().unwrap();
        assert!(user.hint.as_deref().unwrap().contains("signer_name"));
    }
}
