use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

use danvan::cli::{Cli, run};
use danvan::error::UserError;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => ExitCode::SUCCESS,
                // A value that does not parse (a date, a role, a month) is
                // bad input like any other: status 1. Syntax errors stay 2.
                ErrorKind::InvalidValue | ErrorKind::ValueValidation => ExitCode::from(1),
                _ => ExitCode::from(2),
            };
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            match err.chain().find_map(|e| e.downcast_ref::<UserError>()) {
                Some(user) => {
                    eprintln!("error: {}", user.message);
                    if let Some(hint) = &user.hint {
                        eprintln!("hint: {hint}");
                    }
                }
                None => eprintln!("error: {err:#}"),
            }
            ExitCode::from(1)
        }
    }
}
