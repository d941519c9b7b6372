//! `danvan evaluate …` (being built).

use anyhow::Result;
use clap::Subcommand;

use super::Ctx;
use super::export::ExportArgs;

#[derive(Debug, Subcommand)]
pub enum EvaluateCommand {
    /// Placeholder until the command group is built
    Placeholder,
}

pub fn run(_ctx: &Ctx, cmd: EvaluateCommand) -> Result<()> {
    match cmd {
        EvaluateCommand::Placeholder => Err(crate::error::user_error("not built yet")),
    }
}

/// `danvan export …` of this command group's records.
pub fn cmd_export(_ctx: &Ctx, _args: ExportArgs) -> Result<()> {
    Err(crate::error::user_error("not built yet"))
}
