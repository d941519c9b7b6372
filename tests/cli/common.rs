//! Shared set-up for the integration tests: a temporary database and a way
//! to run the real binary on it with a fixed today.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use tempfile::TempDir;

/// The date every test runs on unless it says otherwise.
pub const TODAY: &str = "2026-11-27";

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

impl Env {
    /// A temporary directory with an initialised database.
    pub fn new() -> Env {
        let env = Env::empty();
        env.run(&["init"]).assert().success();
        env
    }

    /// A temporary directory without a database.
    pub fn empty() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("test.db");
        Env { dir, db }
    }

    /// `danvan --db <test.db> ARGS` with DANVAN_TODAY fixed and English output.
    pub fn run(&self, args: &[&str]) -> Command {
        self.run_on(TODAY, args)
    }

    /// The same, on another day.
    pub fn run_on(&self, today: &str, args: &[&str]) -> Command {
        let mut cmd = self.bare(today);
        cmd.arg("--db").arg(&self.db).args(args);
        cmd
    }

    /// The binary in the test's environment, without --db.
    pub fn bare(&self, today: &str) -> Command {
        Command::from_std(self.process(today))
    }

    /// A plain process (for spawning, killing, piping) with --db and ARGS.
    pub fn spawnable(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = self.process(TODAY);
        cmd.arg("--db").arg(&self.db).args(args);
        cmd
    }

    fn process(&self, today: &str) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("danvan"));
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("DANVAN_TODAY", today)
            .env("LANG", "C")
            .current_dir(self.dir.path());
        cmd
    }

    /// Run and return stdout, asserting success.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args).output().expect("run");
        assert!(
            out.status.success(),
            "danvan {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Run expecting exit status 1 and return stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args).output().expect("run");
        assert_eq!(
            out.status.code(),
            Some(1),
            "danvan {args:?} should fail with 1; stdout: {} stderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let english = String::from_utf8(out.stderr).expect("utf-8 stderr");
        if !args.iter().any(|a| a.starts_with("--lang")) {
            self.fails_in_vietnamese(args, &english);
        }
        english
    }

    /// The same failure with `--lang vi` (a failed command leaves the
    /// database as it was, so running it again is safe): exit 1, `lỗi: …`
    /// first, and no message or hint line left as it was in English unless
    /// it is pure data ([`is_english`]).
    fn fails_in_vietnamese(&self, args: &[&str], english: &str) {
        let mut vi_args = vec!["--lang", "vi"];
        vi_args.extend_from_slice(args);
        let out = self.run(&vi_args).output().expect("run");
        let vi = String::from_utf8(out.stderr).expect("utf-8 stderr");
        assert_eq!(
            out.status.code(),
            Some(1),
            "danvan {vi_args:?} should fail with 1; stderr: {vi}"
        );
        if !english.starts_with("error: ") {
            return;
        }
        assert!(
            vi.starts_with("lỗi: "),
            "danvan {vi_args:?}: not a Vietnamese error:\n{vi}"
        );
        let body = |line: &str| -> String {
            ["error: ", "hint: ", "lỗi: ", "gợi ý: "]
                .iter()
                .find_map(|p| line.strip_prefix(p))
                .unwrap_or(line)
                .to_string()
        };
        for (en, vi_line) in english.lines().zip(vi.lines()) {
            let (en, vi_line) = (body(en), body(vi_line));
            assert!(
                en != vi_line || !is_english(&en),
                "danvan {vi_args:?}: a line is still English in Vietnamese:\n{vi_line}\n--- whole stderr:\n{vi}"
            );
        }
    }

    /// Write a file in the temporary directory and return its path.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).expect("write file");
        path.display().to_string()
    }

    /// SHA-256 of the database file (after a checkpoint so the WAL is in it).
    pub fn db_hash(&self) -> String {
        hash_database(&self.db)
    }
}

/// The number of the newest change in the database (`log`'s `change`).
pub fn last_change(env: &Env) -> i64 {
    let conn = rusqlite::Connection::open(&env.db).expect("open db");
    conn.query_row("SELECT max(id) FROM changes", [], |r| r.get(0))
        .expect("changes")
}

/// Every row of `tables` (in key order) as text: equal exactly when their
/// records are, ids included.
pub fn dump_tables(db: &Path, tables: &[&str]) -> String {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .expect("prepare");
        let n = stmt.column_count();
        let mut rows = stmt.query([]).expect("query");
        while let Some(r) = rows.next().expect("row") {
            out.push_str(table);
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i).expect("value");
                out.push_str(&format!("|{v:?}"));
            }
            out.push('\n');
        }
    }
    out
}

/// The SHA-256 of a database's content: the main file after the WAL is
/// folded in, so two states compare equal exactly when nothing changed.
pub fn hash_database(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).expect("open db");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .expect("checkpoint");
    drop(conn);
    let bytes = std::fs::read(path).expect("read db");
    format!("{:x}", Sha256::digest(&bytes))
}

/// The path of a file in `tests/fixtures`: every file a test reads lives in
/// the repository, so a fresh clone passes alone.
pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// Does a line read as English words rather than data? Quoted and
/// back-quoted parts, paths and codes are left out; what remains is English
/// when it holds two plain lowercase words in a row (a path, a value, a list
/// of codes does not).
fn is_english(line: &str) -> bool {
    let mut plain = String::new();
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (None, '"' | '`' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
    let word = |w: &str| {
        let w = w
            .trim_end_matches([',', ';', ':', '.', ')'])
            .trim_start_matches('(');
        w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase())
    };
    words.windows(2).any(|pair| word(pair[0]) && word(pair[1]))
}
