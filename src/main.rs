use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;

use danvan::cli::{Cli, run};
use danvan::error::UserError;

fn main() -> ExitCode {
    use_utf8_console();
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

/// Windows consoles start in the locale's legacy code page (1258 in a
/// Vietnamese locale); danvan writes UTF-8, so the console is switched to it.
/// Rust writes to a console in UTF-16 anyway, but programs a clerk pipes
/// danvan into (`| more`, `findstr`) read the code page.
#[cfg(windows)]
fn use_utf8_console() {
    const UTF8: u32 = 65001;
    // SAFETY: plain calls with a constant; failure (no console) is harmless.
    unsafe {
        windows_sys::Win32::System::Console::SetConsoleOutputCP(UTF8);
        windows_sys::Win32::System::Console::SetConsoleCP(UTF8);
    }
}

#[cfg(not(windows))]
fn use_utf8_console() {}
