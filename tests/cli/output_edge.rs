//! Output at its edges: closed pipes and full devices, tables at a
//! terminal's width, control characters in stored text, and output files
//! that must not be written (the database's own files, links, devices).

use std::collections::BTreeSet;
use std::fs::OpenOptions;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::FileTypeExt;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use unicode_width::UnicodeWidthStr;

use crate::common::Env;

/// A demo database: three years of a realistic cell.
fn demo() -> Env {
    let env = Env::empty();
    env.ok(&["demo"]);
    env
}

/// `/dev/full`, opened for writing only: every write to it fails with
/// "no space left on device".
fn dev_full() -> Option<Stdio> {
    OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .ok()
        .map(Stdio::from)
}

fn run(cmd: &mut Command) -> (Option<i32>, String, String) {
    let out = cmd.output().expect("run danvan");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = demo();
    for args in [&["export", "reports"][..], &["member", "list"][..]] {
        let mut child = env
            .spawnable(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // As `| head -1`: one line, then the reader is gone.
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("first line");
        assert!(!line.is_empty());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn a_full_stdout_is_an_error_not_a_panic() {
    let env = demo();
    for args in [
        &["export", "reports"][..],
        &["member", "list"][..],
        &["member", "list", "--format", "json"][..],
    ] {
        let Some(full) = dev_full() else { return };
        let (code, _, stderr) = run(env.spawnable(args).stdout(full));
        assert_eq!(code, Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to standard output"),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.contains("\nhint: check the disk"),
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
    let Some(full) = dev_full() else { return };
    let (code, _, stderr) = run(env.spawnable(&["--help"]).stdout(full));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("cannot write the help"), "{stderr}");
}

/// The change is committed before anything is printed; a confirmation that
/// cannot be written says that the change was saved, so that it is not
/// made twice.
#[test]
fn confirmations_come_after_the_commit_and_say_so_when_they_fail() {
    let env = Env::new();
    // `pledge add` prints the new item's reference on standard output.
    env.ok(&["member", "add", "NV01", "--name", "Nguyễn Văn An"]);
    let Some(full) = dev_full() else { return };
    let (code, _, stderr) = run(env
        .spawnable(&[
            "pledge",
            "add",
            "NV01",
            "--year",
            "2026",
            "--field",
            "economy",
            "Hướng dẫn hộ dân",
        ])
        .stdout(full));
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("the change was saved but its confirmation could not be written"),
        "{stderr}"
    );
    assert!(stderr.contains("do not run the command again"), "{stderr}");
    let pledges = env.ok(&["pledge", "list", "--format", "csv"]);
    assert_eq!(pledges.lines().count(), 2, "{pledges}");

    // `member add` confirms on standard error: a full stdout does not
    // matter, a full stderr ends with status 1 and the member saved.
    let Some(full) = dev_full() else { return };
    let (code, _, stderr) = run(env
        .spawnable(&["member", "add", "NV02", "--name", "Trần Thị Bình"])
        .stdout(full));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("Added member NV02"), "{stderr}");
    let Some(full) = dev_full() else { return };
    let (code, stdout, _) = run(env
        .spawnable(&["member", "add", "NV03", "--name", "Lê Văn Cường"])
        .stderr(full));
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    let members = env.ok(&["member", "list", "--format", "csv"]);
    assert!(members.contains("NV03,Lê Văn Cường"), "{members}");
}

/// The words of a table or of records: what is between the frame's lines
/// and spaces, a label's colon and a record's title line left out.
fn words(table: &str) -> BTreeSet<String> {
    table
        .lines()
        .filter(|l| !l.starts_with("-[ "))
        .flat_map(|l| l.split(|c: char| c.is_whitespace() || "│┆─┌┐└┘├┤┬┴┼╞╡╪═".contains(c)))
        .map(|w| w.trim_end_matches(':'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn at_width(env: &Env, columns: &str, args: &[&str]) -> String {
    let out = env.run(args).env("COLUMNS", columns).output().expect("run");
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn tables_fit_80_columns_without_breaking_a_word() {
    let env = demo();
    let cases: &[&[&str]] = &[
        &["--lang", "vi", "evaluate", "suggest", "--year", "2025"],
        &["--lang", "en", "evaluate", "suggest", "--year", "2025"],
        &["--lang", "vi", "member", "list"],
        &["--lang", "vi", "report", "missing"],
        &[
            "--lang", "en", "export", "summary", "--from", "2024", "--to", "2026", "--format",
            "table",
        ],
    ];
    for args in cases {
        // Piped, without COLUMNS: never wrapped, one line per row.
        let whole = env.ok(args);
        let narrow = at_width(&env, "80", args);
        for line in narrow.lines() {
            assert!(
                line.width() <= 80,
                "{args:?}: {} columns: {line}",
                line.width()
            );
        }
        // Every word shows whole, and no piece of a word shows alone.
        assert_eq!(words(&narrow), words(&whole), "{args:?}:\n{narrow}");
    }
    // The Vietnamese review of suggestions is still a table at 80 columns.
    let vi = at_width(&env, "80", cases[0]);
    assert!(vi.starts_with('┌'), "{vi}");
}

#[test]
fn too_narrow_a_table_becomes_records() {
    let env = demo();
    let args = ["--lang", "en", "evaluate", "suggest", "--year", "2025"];
    let whole = env.ok(&args);
    let records = at_width(&env, "40", &args);
    assert!(records.starts_with("-[ RECORD 1 ]"), "{records}");
    assert!(records.contains("\n-[ RECORD 2 ]"), "{records}");
    assert!(!records.contains('│'), "{records}");
    assert!(records.contains("\nSuggested rating:"), "{records}");
    for line in records.lines() {
        assert!(line.width() <= 40, "{line}");
    }
    // The same words, the header's among them (as labels of each value).
    assert_eq!(words(&records), words(&whole));
    let vi = at_width(&env, "40", &["--lang", "vi", "member", "list"]);
    assert!(vi.starts_with("-[ BẢN GHI 1 ]"), "{vi}");
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let env = Env::new();
    let file = env.file(
        "members.csv",
        "code,name,unit,roles,joined,left,email,phone,note\n\
         NV01,An\u{1b}[2J Bình,Văn phòng,cadre,2020-01-01,,,,ghi \u{202e}chú\u{9b}31m\n",
    );
    let (code, _, stderr) = run(&mut env.spawnable(&["member", "import", &file]));
    assert_eq!(code, Some(0), "{stderr}");
    let table = env.ok(&["member", "list"]);
    for raw in ['\u{1b}', '\u{202e}', '\u{9b}'] {
        assert!(!table.contains(raw), "{raw:?} in {table}");
    }
    assert!(table.contains("An\\x1b[2J"), "{table}");
    assert!(table.contains("\\u{202e}chú\\x9b31m"), "{table}");
    let shown = env.ok(&["member", "show", "NV01"]);
    assert!(!shown.contains('\u{1b}'), "{shown}");
    // Records keep the data as stored: CSV byte for byte, JSON escaped.
    let csv = env.ok(&["member", "list", "--format", "csv"]);
    assert!(csv.contains("An\u{1b}[2J Bình"), "{csv}");
    let json = env.ok(&["member", "list", "--format", "json"]);
    assert!(json.contains(r"An\u001b[2J"), "{json}");
    // Messages too: a confirmation, an error naming what was typed.
    let (_, _, stderr) =
        run(&mut env.spawnable(&["member", "edit", "NV01", "--name", "B\u{1b}]0;x\u{7}"]));
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr}"
    );
    assert!(stderr.contains("B\\x1b]0;x\\x07"), "{stderr}");
    let stderr = env.fails(&["member", "show", "X\u{1b}[31m"]);
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    let stderr = env.fails(&["member", "add", "NV02", "--joined", "\u{1b}[7m"]);
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
}

/// Every regular file in the temporary directory, with its contents, but
/// the database under its two names: reading a file closes it, and closing
/// any descriptor of the database drops this process's locks on it.
fn other_files(env: &Env) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(env.dir.path())
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            !name.starts_with("test.db")
                && name != "hard.db"
                && p.symlink_metadata().is_ok_and(|m| m.is_file())
        })
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read");
            (p.display().to_string(), bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn output_and_backup_never_write_over_the_database_or_through_links() {
    let env = Env::new();
    env.ok(&["member", "add", "NV01", "--name", "Nguyễn Văn An"]);
    let dir = env.dir.path();
    std::os::unix::fs::symlink(&env.db, dir.join("link.db")).expect("symlink");
    std::os::unix::fs::symlink(&env.db, dir.join("link.xlsx")).expect("symlink");
    std::fs::hard_link(&env.db, dir.join("hard.db")).expect("hard link");
    std::fs::write(dir.join("other.csv"), "keep me\n").expect("write");
    std::os::unix::fs::symlink(dir.join("other.csv"), dir.join("to-other.csv")).expect("symlink");
    std::fs::create_dir(dir.join("folder")).expect("mkdir");
    let fifo = dir.join("fifo");
    let c_path = std::ffi::CString::new(fifo.to_str().expect("utf-8 path")).expect("c path");
    // SAFETY: a valid NUL-terminated path; mkfifo only creates the node.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let before = crate::common::hash_database(&env.db);
    // Another connection holds the database open, inside a read, so that
    // its -wal and -shm stay.
    let held = rusqlite::Connection::open(&env.db).expect("open");
    held.execute_batch("BEGIN").expect("begin");
    held.query_row("SELECT count(*) FROM members", [], |r| r.get::<_, i64>(0))
        .expect("read");
    assert!(dir.join("test.db-wal").exists());
    let companions = |suffix: &str| std::fs::read(dir.join(format!("test.db{suffix}"))).ok();
    let wal = companions("-wal");
    let others = other_files(&env);
    let cases: &[(&str, &str)] = &[
        ("test.db", "is the database itself"),
        ("./test.db", "is the database itself"),
        ("link.db", "is the database itself"),
        ("link.xlsx", "is the database itself"),
        ("hard.db", "is the database itself"),
        ("test.db-wal", "write-ahead log"),
        ("test.db-shm", "shared-memory file"),
        ("test.db-journal", "rollback journal"),
        ("to-other.csv", "is a symbolic link"),
        ("folder", "is a directory"),
        ("fifo", "is not a regular file"),
        // Only refused: nothing is ever written to a real device.
        ("/dev/null", "is not a regular file"),
    ];
    for (target, expected) in cases {
        for args in [
            &["export", "members", "--output", target][..],
            &["backup", target][..],
        ] {
            let stderr = env.fails(args);
            assert!(stderr.contains(expected), "{args:?}: {stderr}");
            assert!(stderr.contains("hint:"), "{args:?}: {stderr}");
            assert_eq!(companions("-wal"), wal, "{args:?} wrote the WAL");
            assert_eq!(other_files(&env), others, "{args:?} changed a file");
        }
    }
    assert!(dir.join("test.db-journal").symlink_metadata().is_err());
    assert!(fifo.symlink_metadata().expect("fifo").file_type().is_fifo());
    assert!(
        dir.join("to-other.csv")
            .symlink_metadata()
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_dir(dir.join("folder"))
            .expect("folder")
            .count(),
        0
    );
    drop(held);
    assert_eq!(crate::common::hash_database(&env.db), before);
    // A new path and a regular file are written as before.
    env.ok(&["export", "members", "--output", "other.csv"]);
    assert!(
        std::fs::read_to_string(dir.join("other.csv"))
            .expect("read")
            .starts_with("code,")
    );
    env.ok(&["backup", "copy.db"]);
    assert!(dir.join("copy.db").is_file());
}

/// A file larger than the process may write: the export fails with its
/// cause and a hint, and leaves nothing behind.
#[test]
fn a_write_failure_of_an_output_file_names_its_cause() {
    let env = demo();
    // Held open, the database's shared-memory file exists whole, so that
    // reading needs no write beyond the limit.
    let held = rusqlite::Connection::open(&env.db).expect("open");
    held.query_row("SELECT count(*) FROM members", [], |r| r.get::<_, i64>(0))
        .expect("read");
    for target in ["reports.csv", "reports.xlsx"] {
        let mut cmd = env.spawnable(&["export", "reports", "--output", target]);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                let limit = libc::rlimit {
                    rlim_cur: 64 * 1024,
                    rlim_max: 64 * 1024,
                };
                if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let (code, _, stderr) = run(&mut cmd);
        assert_eq!(code, Some(1), "{target}: {stderr}");
        assert!(
            stderr.contains(&format!("cannot write {target}")),
            "{stderr}"
        );
        assert!(stderr.contains("File too large"), "{stderr}");
        assert!(stderr.contains("hint: check that the disk"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!env.dir.path().join(target).exists());
    }
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .expect("read dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".danvan-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
