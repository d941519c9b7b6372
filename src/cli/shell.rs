//! `danvan completions SHELL` and `danvan man`: what a packager or a clerk
//! installs once so the shell completes commands and `man danvan` works.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use crate::error::user_msg;
use crate::i18n::Msg;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write one page per command (danvan.1, danvan-member.1, …) into this
    /// directory instead of printing danvan(1)
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// `command` is the whole command tree, which the caller builds.
pub fn cmd_completions(args: CompletionsArgs, mut command: clap::Command) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "danvan", &mut script);
    print(&script)
}

pub fn cmd_man(args: ManArgs, command: clap::Command) -> Result<()> {
    match args.dir {
        Some(dir) => clap_mangen::generate_to(command, &dir).map_err(|e| {
            user_msg(
                Msg::new("cli-man-cannot-write")
                    .arg("dir", dir.display().to_string())
                    .arg("error", e.to_string()),
                Some(Msg::new("cli-hint-man-cannot-write")),
            )
        }),
        None => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command).render(&mut page)?;
            print(&page)
        }
    }
}

/// Write to standard output; a closed pipe (`| head`) is no failure, any
/// other failure is named in the language (`output::StreamError`).
fn print(bytes: &[u8]) -> Result<()> {
    let mut out = crate::output::stdout();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
