//! Shell completions, the man page and the help a clerk reads.

use crate::common::Env;

/// The top-level commands, in the order a clerk meets them.
const COMMANDS: [&str; 20] = [
    "init",
    "demo",
    "member",
    "unit",
    "pledge",
    "report",
    "model",
    "evaluate",
    "initiative",
    "discipline",
    "award",
    "export",
    "rollup",
    "setting",
    "backup",
    "check",
    "log",
    "undo",
    "completions",
    "man",
];

#[test]
fn bash_completions_know_every_command() {
    let env = Env::empty();
    let script = env.ok(&["completions", "bash"]);
    assert!(script.contains("complete -F _danvan"), "{script}");
    for command in COMMANDS {
        assert!(script.contains(&format!("danvan,{command})")), "{command}");
    }
    // Offered in the clerk's order after `danvan `.
    assert!(
        script.contains(&format!("{} help\"", COMMANDS.join(" "))),
        "{script}"
    );
    // The script is valid bash.
    let path = env.file("danvan.bash", &script);
    let status = std::process::Command::new("bash")
        .args(["-n", &path])
        .status()
        .unwrap();
    assert!(status.success());
    // Subcommands and their options too.
    assert!(script.contains("--sheet"));
    assert!(script.contains("--output"));
}

#[test]
fn every_shell_gets_a_script() {
    let env = Env::empty();
    for (shell, marker) in [
        ("zsh", "#compdef danvan"),
        ("fish", "complete -c danvan"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = env.ok(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: {script}");
        assert!(script.contains("evaluate"), "{shell}");
    }
    // An unknown shell is a bad value: status 1, the shells listed.
    let err = env.fails(&["completions", "cmd.exe"]);
    assert!(err.contains("bash"), "{err}");
    // No shell at all is a syntax error: status 2.
    env.run(&["completions"]).assert().code(2);
}

#[test]
fn the_man_page_renders() {
    let env = Env::empty();
    let page = env.ok(&["man"]);
    assert!(page.contains(".TH danvan 1"), "{page}");
    assert!(page.contains(".SH NAME"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    for command in COMMANDS {
        assert!(
            page.contains(&format!("danvan\\-{command}")),
            "{command}: {page}"
        );
    }
    // No database is needed, none is made.
    assert!(!env.db.exists());

    let dir = env.dir.path().join("man1");
    std::fs::create_dir(&dir).unwrap();
    env.ok(&["man", "--dir", dir.to_str().unwrap()]);
    for page in ["danvan.1", "danvan-member.1", "danvan-member-import.1"] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        assert!(text.contains(".TH"), "{page}");
    }
    let err = env.fails(&["man", "--dir", "khong-co"]);
    assert!(err.contains("cannot write the man pages"), "{err}");
}

#[test]
fn help_lists_commands_in_the_clerks_order_with_examples() {
    let env = Env::empty();
    let help = env.ok(&["--help"]);
    let positions: Vec<usize> = COMMANDS
        .iter()
        .map(|c| {
            help.find(&format!("\n  {c} "))
                .unwrap_or_else(|| panic!("{c} not in {help}"))
        })
        .collect();
    assert!(positions.is_sorted(), "{help}");
    // The database's variable is named, its value (a path) never shown.
    let out = env
        .spawnable(&["--help"])
        .env("DANVAN_DB", "/private/cell.db")
        .output()
        .expect("run danvan --help");
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("[env: DANVAN_DB]"), "{shown}");
    assert!(!shown.contains("/private/cell.db"), "{shown}");
    for command in COMMANDS {
        let help = env.ok(&[command, "--help"]);
        assert!(help.contains("Example: danvan"), "{command}: {help}");
    }
}
