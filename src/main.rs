use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

use danvan::cli::{Cli, run};
use danvan::error::UserError;
use danvan::output::message;

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
        // The reader of a pipe has all it wanted (`| head`): no error.
        Err(err) if is_closed_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // Standard error may be what failed: then nothing can be said,
            // and the status alone tells.
            let _ = match err.chain().find_map(|e| e.downcast_ref::<UserError>()) {
                Some(user) => message(&format!("error: {}", user.message)).and_then(|()| {
                    user.hint
                        .as_ref()
                        .map_or(Ok(()), |hint| message(&format!("hint: {hint}")))
                }),
                None => message(&format!("error: {err:#}")),
            };
            ExitCode::from(1)
        }
    }
}

fn is_closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
