//! How every write happens: one immediate transaction with an audit
//! context (who, when, by what command), journalled so undo can put it
//! back, and rolled back whole on a dry run.

use anyhow::Result;
use rusqlite::{Transaction, TransactionBehavior};
use serde::Serialize;

use super::{Db, journal, shell_quote};

impl Db {
    /// Run `f` in one immediate transaction with an audit context; commit
    /// only if it succeeds.
    pub fn write<T>(&mut self, f: impl FnOnce(&mut Writer<'_>) -> Result<T>) -> Result<T> {
        self.write_or_rehearse(true, f)
    }

    /// Like `write`, but with `commit` false the transaction is rolled back
    /// even when `f` succeeds (a dry run sees exactly what a real run would).
    pub fn write_or_rehearse<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T>,
    ) -> Result<T> {
        // 64 MiB of page cache for writes, used only as needed: big imports
        // touch every index, and the default 2 MiB makes them re-read pages.
        // Reads keep the default, so a streamed export stays small.
        self.conn.pragma_update(None, "cache_size", -65536)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let audit_before: i64 =
            tx.query_row("SELECT coalesce(max(id), 0) FROM audit_log", [], |r| {
                r.get(0)
            })?;
        let change = journal::begin(&tx)?;
        let mut writer = Writer {
            tx,
            at: chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            user: os_user(),
            command: command_line(),
            change,
        };
        let value = f(&mut writer)?;
        let changed = journal::finish(&writer.tx, change, audit_before)?;
        if commit && changed {
            writer.tx.commit()?;
        }
        Ok(value)
    }
}

/// A write in progress: the transaction and who is making it.
pub struct Writer<'c> {
    pub tx: Transaction<'c>,
    at: String,
    user: String,
    command: String,
    /// The number of this change (a row of `changes`).
    change: i64,
}

impl Writer<'_> {
    /// The number of the change this write makes.
    pub fn change(&self) -> i64 {
        self.change
    }

    /// Write many rows into `table` without journalling them one by one
    /// (see `journal::Bulk`); `first` for a table whose new rows are keyed
    /// by another's new keys (an import's report items by their reports).
    pub fn bulk(&self, table: &str, first: Option<i64>) -> Result<journal::Bulk> {
        journal::Bulk::start(&self.tx, self.change, table, first)
    }

    /// Journal the rows this write inserts into `table` as one range of
    /// keys (they must be new keys above the largest), its updates and
    /// deletes row by row.
    pub fn bulk_inserts(&self, table: &str) -> Result<journal::Bulk> {
        journal::Bulk::inserts(&self.tx, self.change, table)
    }

    /// As `bulk_inserts`, and its updates of `table` are kept only as the
    /// audit before-image of what it replaced.
    pub fn bulk_inserts_and_updates(&self, table: &str) -> Result<journal::Bulk> {
        journal::Bulk::inserts_and_updates(&self.tx, self.change, table)
    }

    /// Record one change in the audit log, with the record before and after.
    pub fn audit<B: Serialize, A: Serialize>(
        &self,
        action: &str,
        entity: &str,
        subject: &str,
        before: Option<&B>,
        after: Option<&A>,
    ) -> Result<()> {
        let before = before.map(serde_json::to_string).transpose()?;
        let after = after.map(serde_json::to_string).transpose()?;
        self.tx
            .prepare_cached(
                "INSERT INTO audit_log (at, os_user, command, action, entity, subject, before, after)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            )?
            .execute(rusqlite::params![
                self.at,
                self.user,
                self.command,
                action,
                entity,
                subject,
                before,
                after
            ])?;
        Ok(())
    }
}

/// The operating system's account running danvan, from the process's
/// user id: `$USER` is whatever the caller set. An id without an account
/// (a container's) is written as the number.
#[cfg(unix)]
fn os_user() -> String {
    // SAFETY: getuid cannot fail; getpwuid_r writes only into `pwd` and
    // `buf`, whose sizes it is given, and its name points into `buf`.
    let uid = unsafe { libc::getuid() };
    let mut buf = vec![0u8; 4096];
    loop {
        let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let rc = unsafe {
            libc::getpwuid_r(
                uid,
                &mut pwd,
                buf.as_mut_ptr().cast(),
                buf.len(),
                &mut found,
            )
        };
        if rc == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 2, 0);
            continue;
        }
        if rc != 0 || found.is_null() || pwd.pw_name.is_null() {
            return uid.to_string();
        }
        // SAFETY: a successful getpwuid_r leaves a NUL-terminated name in `buf`.
        let name = unsafe { std::ffi::CStr::from_ptr(pwd.pw_name) };
        return match name.to_str() {
            Ok(n) if !n.is_empty() => n.to_string(),
            _ => uid.to_string(),
        };
    }
}

#[cfg(windows)]
fn os_user() -> String {
    whoami::username()
}

/// The command line as typed, quoted where a shell would need it.
fn command_line() -> String {
    let mut parts = vec!["danvan".to_string()];
    parts.extend(std::env::args().skip(1).map(|a| shell_quote(&a)));
    parts.join(" ")
}
