//! `danvan model …` (being built).

use anyhow::Result;
use clap::Subcommand;

use super::Ctx;
use super::export::ExportArgs;

#[derive(Debug, Subcommand)]
pub enum ModelCommand {
    /// Placeholder until the command group is built
    Placeholder,
}

pub fn run(_ctx: &Ctx, cmd: ModelCommand) -> Result<()> {
    match cmd {
        ModelCommand::Placeholder => Err(crate::error::user_error("not built yet")),
    }
}

/// `danvan export …` of this command group's records.
pub fn cmd_export(_ctx: &Ctx, _args: ExportArgs) -> Result<()> {
    Err(crate::error::user_error("not built yet"))
}
