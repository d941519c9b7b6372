//! The command line: global options, the command tree, and the context every
//! command runs in. Each command group lives in its own file and only parses
//! and prints; the work is done by the domain modules.

mod admin;
mod award;
mod enter;
mod evaluate;
mod export;
mod help;
mod hints;
mod import;
mod init;
mod initiative;
mod member;
mod model;
mod pledge;
mod remove;
mod render;
mod report;
mod review;
mod rollup;
mod setting;
mod shell;
mod summary;
mod template;
mod unit;

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::db::{self, Db};
use crate::output::{Column, Format, Printer};
use crate::vocab::Lang;

pub use help::{command, parse, usage_error};
pub use render::render;

/// Run the "Dân vận khéo" emulation movement of an agency or Party cell:
/// members, yearly pledges, monthly self-reports, evaluations and the
/// periodic review, kept in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "danvan", version, about, max_term_width = 100)]
pub struct Cli {
    /// The database file [default: $DANVAN_DB, else danvan.db in the data directory]
    #[arg(long, global = true, env = "DANVAN_DB", value_name = "PATH")]
    db: Option<PathBuf>,

    /// How lists are written [default: table; CSV for `export KIND`]
    #[arg(long, global = true, value_enum)]
    format: Option<Format>,

    /// Language of tables and messages [default: $DANVAN_LANG, else vi when $LANG starts with vi, else en]
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,

    #[command(subcommand)]
    command: Command,
}

/// The commands, in the order a clerk meets them.
#[derive(Debug, Subcommand)]
enum Command {
    /// Create the database (or upgrade an existing one) and print its path
    ///
    /// Example: danvan init
    Init,
    /// A fresh database with three years of realistic sample data, then the review
    ///
    /// Example: danvan demo
    Demo(init::DemoArgs),
    /// The member register
    ///
    /// Example: danvan member import danh-sach.xlsx --dry-run
    #[command(subcommand)]
    Member(member::MemberCommand),
    /// The units: members and totals, renaming
    ///
    /// Example: danvan unit list
    #[command(subcommand)]
    Unit(unit::UnitCommand),
    /// Yearly pledges: the concrete actions each member registers
    ///
    /// Example: danvan pledge missing --year 2026
    #[command(subcommand)]
    Pledge(pledge::PledgeCommand),
    /// Monthly self-reports against the pledge, and who has not reported
    ///
    /// Example: danvan report missing
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// "Dân vận khéo" models of the unit
    ///
    /// Example: danvan model list --year 2026
    #[command(subcommand)]
    Model(model::ModelCommand),
    /// Yearly ratings of members, units and models; exemplars
    ///
    /// Example: danvan evaluate suggest --year 2025
    #[command(subcommand)]
    Evaluate(evaluate::EvaluateCommand),
    /// Initiatives (sáng kiến) of members, which CSTĐCS titles rest on
    ///
    /// Example: danvan initiative list --year 2025
    #[command(subcommand)]
    Initiative(initiative::InitiativeCommand),
    /// Disciplines (kỷ luật) of members, which bar titles in their year
    ///
    /// Example: danvan discipline add NV007 --year 2025 --form warning
    #[command(subcommand)]
    Discipline(initiative::DisciplineCommand),
    /// Emulation titles: proposals by the rules, the council's decisions, who received what
    ///
    /// Example: danvan award propose --year 2025
    #[command(subcommand)]
    Award(award::AwardCommand),
    /// Write records as CSV, JSON or an .xlsx workbook for spreadsheets and scripts
    ///
    /// Example: danvan --lang vi export summary --from 2023 --to 2025 --output so-ket.xlsx
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// A superior body's review: many cells' summary files or databases summed
    ///
    /// Example: danvan rollup chi-bo/*.json --from 2024 --to 2026 --by cell
    Rollup(rollup::RollupArgs),
    /// Settings of the cell: who issues and signs the review, title thresholds
    ///
    /// Example: danvan setting set place "Kon Tum"
    #[command(subcommand)]
    Setting(setting::SettingCommand),
    /// A consistent copy of the database while others use it
    ///
    /// Example: danvan backup /srv/sao-luu/danvan-2026-11-27.db
    Backup(admin::BackupArgs),
    /// Check the database's integrity and foreign keys
    ///
    /// Example: danvan check
    Check,
    /// The audit log, newest first
    ///
    /// Example: danvan log --limit 20
    Log(admin::LogArgs),
    /// Revert the newest change not yet undone, or change N of `danvan log`
    ///
    /// Example: danvan undo --dry-run
    Undo(admin::UndoArgs),
    /// Print the completion script of a shell
    ///
    /// Example: danvan completions bash > ~/.local/share/bash-completion/completions/danvan
    Completions(shell::CompletionsArgs),
    /// Print the manual page danvan(1)
    ///
    /// Example: danvan man > ~/.local/share/man/man1/danvan.1
    Man(shell::ManArgs),
}

/// What every command needs: where the database is, how to print.
pub struct Ctx {
    db: Option<PathBuf>,
    pub format: Format,
    /// The format given on the command line, if any.
    pub format_given: Option<Format>,
    pub lang: Lang,
}

impl Ctx {
    /// The database path, explicit or default.
    pub fn db_path(&self) -> Result<(PathBuf, bool)> {
        match &self.db {
            Some(p) => Ok((p.clone(), false)),
            None => Ok((db::default_path()?, true)),
        }
    }

    /// Open the existing database.
    pub fn open(&self) -> Result<Db> {
        Db::open(&self.db_path()?.0)
    }

    /// Print a whole list: one row of cells per item.
    pub fn print_list<T>(
        &self,
        columns: &[Column],
        items: impl IntoIterator<Item = T>,
        cells: impl Fn(&T) -> Vec<crate::output::Cell>,
    ) -> Result<()> {
        let mut printer = self.printer(columns)?;
        for item in items {
            printer.row(&cells(&item))?;
        }
        printer.finish()
    }

    /// A printer of a list on standard output.
    pub fn printer(&self, columns: &[Column]) -> Result<Printer<'static>> {
        Printer::stdout(self.format, self.lang, columns)
    }

    pub fn today(&self) -> Result<NaiveDate> {
        crate::dates::today()
    }

    /// Say on standard error what a committed change did. The change is
    /// saved whatever happens here, so a failure to say it says that.
    pub fn confirm(&self, line: &str) -> Result<()> {
        crate::output::message(line).map_err(saved_but_unsaid)
    }

    /// Print on standard output the result of a committed change (the
    /// reference of a new item), failing as `confirm` does.
    pub fn confirm_out(&self, line: &str) -> Result<()> {
        crate::output::print_line(line).map_err(saved_but_unsaid)
    }

    /// Say on standard error something that is not about a saved change.
    pub fn note(&self, line: &str) -> Result<()> {
        Ok(crate::output::message(line)?)
    }

    /// Pick the message of the chosen language.
    pub fn say(&self, vi: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(vi, en)
    }
}

/// The error of a confirmation that could not be written after the commit:
/// the user learns that the change is in the file and must not be retried.
fn saved_but_unsaid(err: std::io::Error) -> anyhow::Error {
    crate::error::user_error_hint(
        format!("the change was saved but its confirmation could not be written: {err}"),
        "do not run the command again; `danvan log --limit 1` shows the change",
    )
}

/// Parse the command line and run the command.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx {
        db: cli.db.filter(|p| !p.as_os_str().is_empty()),
        format: cli.format.unwrap_or(Format::Table),
        format_given: cli.format,
        lang: cli.lang.unwrap_or_else(Lang::from_env),
    };
    let result = match cli.command {
        Command::Init => init::cmd_init(&ctx),
        Command::Demo(args) => init::cmd_demo(&ctx, args),
        Command::Member(cmd) => member::run(&ctx, cmd),
        Command::Unit(cmd) => unit::run(&ctx, cmd),
        Command::Pledge(cmd) => pledge::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Model(cmd) => model::run(&ctx, cmd),
        Command::Evaluate(cmd) => evaluate::run(&ctx, cmd),
        Command::Initiative(cmd) => initiative::run(&ctx, cmd),
        Command::Discipline(cmd) => initiative::run_discipline(&ctx, cmd),
        Command::Award(cmd) => award::run(&ctx, cmd),
        Command::Export(cmd) => export::run(&ctx, cmd),
        Command::Rollup(args) => rollup::cmd_rollup(&ctx, args),
        Command::Setting(cmd) => setting::run(&ctx, cmd),
        Command::Backup(args) => admin::cmd_backup(&ctx, args),
        Command::Check => admin::cmd_check(&ctx),
        Command::Log(args) => admin::cmd_log(&ctx, args),
        Command::Undo(args) => admin::cmd_undo(&ctx, args),
        Command::Completions(args) => shell::cmd_completions(args),
        Command::Man(args) => shell::cmd_man(args),
    };
    // A failure of the file itself (read-only, full disk, locked) can
    // happen in any statement: it is explained here, once; a name that
    // matches nothing gets its nearest spellings.
    result
        .map_err(|err| match ctx.db_path() {
            Ok((path, _)) => db::explain(err, &path),
            Err(_) => err,
        })
        .map_err(hints::explain)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    /// Every command's --help shows how it is used, in an example line.
    #[test]
    fn every_command_has_an_example() {
        fn walk(cmd: &mut clap::Command, path: &str, missing: &mut Vec<String>) {
            let path = format!("{path} {}", cmd.get_name());
            if !cmd
                .render_long_help()
                .to_string()
                .contains("Example: danvan")
            {
                missing.push(path.clone());
            }
            for sub in cmd.get_subcommands_mut() {
                if sub.get_name() != "help" {
                    walk(sub, &path, missing);
                }
            }
        }
        let mut cli = Cli::command();
        cli.build();
        let mut missing = Vec::new();
        for sub in cli.get_subcommands_mut() {
            if sub.get_name() != "help" {
                walk(sub, "danvan", &mut missing);
            }
        }
        assert!(missing.is_empty(), "no example in --help of: {missing:?}");
    }
}
