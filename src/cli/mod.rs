//! The command line: global options, the command tree, and the context every
//! command runs in. Each command group lives in its own file and only parses
//! and prints; the work is done by the domain modules.

mod admin;
mod evaluate;
mod export;
mod import;
mod init;
mod member;
mod model;
mod pledge;
mod report;
mod summary;

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::db::{self, Db};
use crate::output::{Column, Format, Printer};
use crate::vocab::Lang;

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

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the database (or upgrade an existing one) and print its path
    Init,
    /// A fresh database with three years of realistic sample data, then the review
    Demo(init::DemoArgs),
    /// The member register
    #[command(subcommand)]
    Member(member::MemberCommand),
    /// "Dân vận khéo" models of the unit
    #[command(subcommand)]
    Model(model::ModelCommand),
    /// Yearly pledges: the concrete actions each member registers
    #[command(subcommand)]
    Pledge(pledge::PledgeCommand),
    /// Monthly self-reports against the pledge, and who has not reported
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// Yearly ratings of members, units and models; exemplars
    #[command(subcommand)]
    Evaluate(evaluate::EvaluateCommand),
    /// Write records as CSV (or JSON) for spreadsheets and scripts
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// A consistent copy of the database while others use it
    Backup(admin::BackupArgs),
    /// Check the database's integrity and foreign keys
    Check,
    /// The audit log, newest first
    Log(admin::LogArgs),
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

    /// A printer of a list on standard output.
    pub fn printer(&self, columns: &[Column]) -> Result<Printer<'static>> {
        Printer::stdout(self.format, self.lang, columns)
    }

    pub fn today(&self) -> Result<NaiveDate> {
        crate::dates::today()
    }

    /// Pick the message of the chosen language.
    pub fn say(&self, vi: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(vi, en)
    }
}

/// Parse the command line and run the command.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx {
        db: cli.db.filter(|p| !p.as_os_str().is_empty()),
        format: cli.format.unwrap_or(Format::Table),
        format_given: cli.format,
        lang: cli.lang.unwrap_or_else(Lang::from_env),
    };
    match cli.command {
        Command::Init => init::cmd_init(&ctx),
        Command::Demo(args) => init::cmd_demo(&ctx, args),
        Command::Member(cmd) => member::run(&ctx, cmd),
        Command::Model(cmd) => model::run(&ctx, cmd),
        Command::Pledge(cmd) => pledge::run(&ctx, cmd),
        Command::Report(cmd) => report::run(&ctx, cmd),
        Command::Evaluate(cmd) => evaluate::run(&ctx, cmd),
        Command::Export(cmd) => export::run(&ctx, cmd),
        Command::Backup(args) => admin::cmd_backup(&ctx, args),
        Command::Check => admin::cmd_check(&ctx),
        Command::Log(args) => admin::cmd_log(&ctx, args),
    }
}
