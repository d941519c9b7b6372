use std::process::ExitCode;

use clap::error::ErrorKind;

use danvan::cli::{parse, render, run, usage_error};
use danvan::i18n::{Lang, Msg, plain};
use danvan::output::{StreamError, message};

fn main() -> ExitCode {
    use_utf8_console();
    // Known before parsing, so that --help and clap's errors are in it.
    let lang = Lang::from_args(std::env::args_os());
    let cli = match parse(lang) {
        Ok(cli) => cli,
        Err(e) => {
            let printed = match usage_error(&e, lang) {
                Some(text) => message(&text),
                None => print_clap(&e),
            };
            return match e.kind() {
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => match printed {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                    Err(err) => {
                        let _ = message(&cannot_write_help(&err, lang));
                        ExitCode::from(1)
                    }
                },
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
            let (error, hint) = render(&err, lang);
            let _ = message(&error).and_then(|()| hint.map_or(Ok(()), |h| message(&h)));
            ExitCode::from(1)
        }
    }
}

/// `error: cannot write the help: …`, in the language.
fn cannot_write_help(err: &std::io::Error, lang: Lang) -> String {
    format!(
        "{}: {}",
        plain(lang, "error-prefix"),
        Msg::new("output-cannot-write-help")
            .arg("cause", StreamError::cause(err))
            .text(lang)
    )
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

/// Print clap's help or error. When a typed argument holds control
/// characters, which clap would quote raw to a terminal, the error is
/// printed plain with them made visible; otherwise with clap's colours.
fn print_clap(e: &clap::Error) -> std::io::Result<()> {
    let typed_controls = std::env::args_os().any(|a| {
        let a = a.to_string_lossy();
        danvan::output::visible(&a) != a
    });
    if e.use_stderr() && typed_controls {
        return message(e.render().to_string().trim_end());
    }
    e.print()
}

fn is_closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
