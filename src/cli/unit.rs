//! `danvan unit`: the units as one list, and renaming one everywhere.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::ctx::Ctx;
use crate::i18n::Msg;
use crate::output::{Cell, Column};
use crate::unit;

#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    /// The units, with their active and total members
    ///
    /// Example: danvan unit list --all
    List(ListArgs),
    /// Rename a unit on its members, the models it owns and its evaluations, in one change
    ///
    /// `member edit --unit` moves one member; this renames the unit itself.
    ///
    /// Example: danvan unit rename "Phòng Văn hoá" "Phòng Văn hóa - Thông tin"
    Rename(RenameArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Also units without an active member (and those only models or evaluations name)
    #[arg(long)]
    all: bool,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The unit as it is spelled now (any case, diacritics optional)
    old: String,
    /// The new name
    new: String,
    /// Rename onto a unit that exists already, merging the two
    #[arg(long)]
    merge: bool,
}

const COLUMNS: &[Column] = &[
    Column::new("unit", "Đơn vị", "Unit"),
    Column::new("active", "Đang công tác", "Active"),
    Column::new("total", "Tổng số", "Total"),
];

pub fn run(ctx: &Ctx, cmd: UnitCommand) -> Result<()> {
    match cmd {
        UnitCommand::List(a) => {
            let db = ctx.open()?;
            let units = unit::list(&db.conn, a.all, ctx.today()?)?;
            ctx.print_list(COLUMNS, units, |u| {
                vec![Cell::text(&u.name), Cell::Int(u.active), Cell::Int(u.total)]
            })
        }
        UnitCommand::Rename(a) => {
            let mut db = ctx.open()?;
            let r = db.write(|w| unit::rename(w, &a.old, &a.new, a.merge))?;
            ctx.confirm(
                Msg::new("cli-unit-renamed")
                    .arg("old", format!("{:?}", r.old))
                    .arg("new", format!("{:?}", r.new))
                    .arg("members", r.members)
                    .arg("models", r.models)
                    .arg("evaluations", r.evaluations),
            )
        }
    }
}
