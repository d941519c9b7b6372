//! The command line: global options and the command tree, dispatched to
//! the groups. Each command group lives in its own file and only parses and
//! prints; the work is done by the domain modules. A group file uses only
//! the plumbing below the groups — `ctx` (the context every command runs
//! in), `args` (the argument types several groups share), `write` (exports,
//! forms, one record, an import's closing line), `review_out` (the periodic
//! review printed and written) — and the domain: never another group, nor
//! this file.

mod admin;
mod args;
mod award;
mod ctx;
mod evaluate;
mod help;
mod hints;
mod init;
mod initiative;
mod member;
mod model;
mod pledge;
mod render;
mod report;
mod review;
mod review_out;
mod rollup;
mod setting;
mod shell;
mod summary;
mod unit;
mod write;

use std::path::PathBuf;

use anyhow::Result;
use clap::{CommandFactory, Parser, Subcommand};

use crate::db;
use crate::output::Format;
use crate::vocab::Lang;
use ctx::Ctx;

pub use help::{command, parse, usage_error};
pub use render::render;

/// Run the "Dân vận khéo" emulation movement of an agency or Party cell:
/// members, yearly pledges, monthly self-reports, evaluations and the
/// periodic review, kept in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "danvan", version, about, max_term_width = 100)]
pub struct Cli {
    /// The database file [default: $DANVAN_DB, else danvan.db in the data directory]
    #[arg(
        long,
        global = true,
        env = "DANVAN_DB",
        hide_env_values = true,
        value_name = "PATH"
    )]
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
    Export(ExportCommand),
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

/// The kinds `danvan export` writes; each group writes its own.
#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// The member register, in the members import columns
    ///
    /// Example: danvan export members --excel --output thanh-vien.csv
    Members(args::ExportArgs),
    /// Models, in the models import columns
    ///
    /// Example: danvan export models --output mo-hinh.csv
    Models(args::ExportArgs),
    /// Pledge items, in the pledges import columns
    ///
    /// Example: danvan export pledges --year 2026 --excel --output dang-ky-2026.csv
    Pledges(args::ExportArgs),
    /// Monthly report statuses, one row per item, in the reports import columns
    ///
    /// Example: danvan export reports --from 2024 --to 2026 --output bao-cao.csv
    Reports(args::ExportArgs),
    /// Evaluations, in the evaluations import columns
    ///
    /// Example: danvan export evaluations --year 2025 --format json
    Evaluations(args::ExportArgs),
    /// Initiatives, in the initiatives import columns
    ///
    /// Example: danvan export initiatives --year 2025 --output sang-kien.csv
    Initiatives(args::ExportArgs),
    /// Disciplines, in the disciplines import columns
    ///
    /// Example: danvan export disciplines --output ky-luat.csv
    Disciplines(args::ExportArgs),
    /// Proposed and granted titles with their decisions, in the awards import columns
    ///
    /// Example: danvan export awards --from 2023 --to 2025 --output khen-thuong.csv
    Awards(args::ExportArgs),
    /// The periodic review: every metric per year and in total, or per unit
    ///
    /// Example: danvan --lang vi export summary --from 2023 --to 2025
    Summary(summary::SummaryArgs),
    /// The periodic review as a document for the cell's meeting: Word (.docx) or a workbook (.xlsx)
    ///
    /// Example: danvan --lang vi export review --from 2023 --to 2025 --output so-ket.docx
    Review(review::ReviewArgs),
}

fn run_export(ctx: &Ctx, cmd: ExportCommand) -> Result<()> {
    match cmd {
        ExportCommand::Members(args) => member::cmd_export(ctx, args),
        ExportCommand::Models(args) => model::cmd_export(ctx, args),
        ExportCommand::Pledges(args) => pledge::cmd_export(ctx, args),
        ExportCommand::Reports(args) => report::cmd_export(ctx, args),
        ExportCommand::Evaluations(args) => evaluate::cmd_export(ctx, args),
        ExportCommand::Initiatives(args) => initiative::cmd_export_initiatives(ctx, args),
        ExportCommand::Disciplines(args) => initiative::cmd_export_disciplines(ctx, args),
        ExportCommand::Awards(args) => award::cmd_export(ctx, args),
        ExportCommand::Summary(args) => summary::cmd_summary(ctx, args),
        ExportCommand::Review(args) => review::cmd_review(ctx, args),
    }
}

/// Parse the command line and run the command.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx::new(cli.db, cli.format, cli.lang);
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
        Command::Export(cmd) => run_export(&ctx, cmd),
        Command::Rollup(args) => rollup::cmd_rollup(&ctx, args),
        Command::Setting(cmd) => setting::run(&ctx, cmd),
        Command::Backup(args) => admin::cmd_backup(&ctx, args),
        Command::Check => admin::cmd_check(&ctx),
        Command::Log(args) => admin::cmd_log(&ctx, args),
        Command::Undo(args) => admin::cmd_undo(&ctx, args),
        Command::Completions(args) => shell::cmd_completions(args, Cli::command()),
        Command::Man(args) => shell::cmd_man(args, Cli::command()),
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
