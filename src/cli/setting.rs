//! `danvan setting …`: who issues and signs the review, and the thresholds
//! of the emulation-title rules.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::ctx::Ctx;
use crate::i18n::Msg;
use crate::output::{Cell, Column};
use crate::setting::{self, Key};

#[derive(Debug, Subcommand)]
pub enum SettingCommand {
    /// Set a setting (organisation, cell, parent, place, signer_title, signer_name, ldtt_min_months, cstdcs_cap_percent, cstdcs_requires_excellent, ttldtt_min_percent)
    ///
    /// Example: danvan setting set cell "Chi bộ Sở Nội vụ"
    Set(SetArgs),
    /// Every setting with its value, or its default when none is set
    ///
    /// Example: danvan setting list
    List,
    /// Remove a setting's value, so its default applies again
    ///
    /// Example: danvan setting unset signer_name
    Unset(UnsetArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The setting's key
    #[arg(value_parser = key_arg)]
    key: Key,
    /// Its value (quote a value with spaces)
    value: String,
}

#[derive(Debug, Args)]
pub struct UnsetArgs {
    /// The setting's key
    #[arg(value_parser = key_arg)]
    key: Key,
}

fn key_arg(s: &str) -> Result<Key, crate::error::ArgError> {
    crate::vocab::arg(s)
}

const COLUMNS: &[Column] = &[
    Column::new("key", "Khóa", "Key"),
    Column::new("value", "Giá trị", "Value"),
    Column::new("default", "Mặc định", "Default"),
    Column::new("is_set", "Đã đặt", "Set"),
];

pub fn run(ctx: &Ctx, cmd: SettingCommand) -> Result<()> {
    match cmd {
        SettingCommand::Set(args) => cmd_set(ctx, args),
        SettingCommand::List => cmd_list(ctx),
        SettingCommand::Unset(args) => cmd_unset(ctx, args),
    }
}

fn cmd_set(ctx: &Ctx, args: SetArgs) -> Result<()> {
    let value = args.key.parse(&args.value)?;
    let mut db = ctx.open()?;
    db.write(|w| setting::set(w, args.key, &value))?;
    ctx.confirm(
        Msg::new("cli-setting-set")
            .arg("key", args.key.to_string())
            .arg("value", format!("{value:?}")),
    )
}

fn cmd_list(ctx: &Ctx) -> Result<()> {
    let db = ctx.open()?;
    let values = setting::list(&db.conn)?;
    ctx.print_list(COLUMNS, values, |v| {
        vec![
            Cell::text(v.key.name),
            Cell::text(v.effective()),
            Cell::text(v.key.default),
            Cell::Bool(v.set.is_some()),
        ]
    })
}

fn cmd_unset(ctx: &Ctx, args: UnsetArgs) -> Result<()> {
    let mut db = ctx.open()?;
    let before = db.write(|w| setting::unset(w, args.key))?;
    match before {
        Some(_) => ctx.confirm(
            Msg::new("cli-setting-unset")
                .arg("key", args.key.to_string())
                .arg("default", format!("{:?}", args.key.default)),
        ),
        None => ctx.note(Msg::new("cli-setting-was-not-set").arg("key", args.key.to_string())),
    }
}
