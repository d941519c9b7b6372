//! Database files that are not what danvan made: a schema with SQL of its
//! own, foreign and empty files, values that break the rules, and files
//! that cannot be written. Each is refused with exit status 1 and a
//! message, and no file of the directory changes.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::common::{Env, TODAY, hash_database};

/// Every file of a directory, by name, with the SHA-256 of its bytes.
fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            let bytes = std::fs::read(&path).expect("read file");
            out.insert(
                path.file_name().unwrap().to_string_lossy().into_owned(),
                format!("{:x}", Sha256::digest(&bytes)),
            );
        }
    }
    out
}

/// Change the test database behind danvan's back, then fold its WAL in so
/// that the directory holds only the database file.
fn tamper(env: &Env, sql: &str) {
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    hash_database(&env.db);
}

/// Run `args`, which must fail with status 1 and leave every file of the
/// directory as it was; returns stderr.
fn refused_untouched(env: &Env, args: &[&str]) -> String {
    let before = files(env.dir.path());
    let err = env.fails(args);
    assert_eq!(
        files(env.dir.path()),
        before,
        "danvan {args:?} changed files"
    );
    err
}

/// A cell with one member, and a second database the attack aims at.
fn cell_and_victim() -> Env {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "M1",
        "--name",
        "Lê Văn An",
        "--joined",
        "2020-01-01",
    ]);
    env.bare(TODAY)
        .args(["--db", "other.db", "init"])
        .assert()
        .success();
    env.bare(TODAY)
        .args([
            "--db",
            "other.db",
            "member",
            "add",
            "V1",
            "--name",
            "Trần Thị Bình",
        ])
        .assert()
        .success();
    hash_database(&env.dir.path().join("other.db"));
    env
}

#[test]
fn sql_hidden_in_an_index_definition_is_never_run() {
    let env = cell_and_victim();
    // The stored definition of an index carries more statements: the old
    // `report import` ran them when it rebuilt its indexes.
    tamper(
        &env,
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = sql || '; ATTACH ''other.db'' AS v; UPDATE v.members SET name = ''Kẻ gian'''
         WHERE name = 'reports_month';
         PRAGMA writable_schema = OFF;",
    );
    let reports = env.file(
        "r.csv",
        "member,month,item,status,note,submitted_on\nM1,2026-10,1,done,,\n",
    );
    for args in [
        &["report", "import", &reports][..],
        &["report", "missing"][..],
        &["member", "list"][..],
    ] {
        let err = refused_untouched(&env, args);
        assert!(
            err.contains("has a schema that danvan did not make")
                && err.contains("altered index reports_month"),
            "{err}"
        );
        assert!(err.contains("hint: ") && err.contains("check"), "{err}");
    }
    let other = env.dir.path().join("other.db");
    let name: String = Connection::open(&other)
        .unwrap()
        .query_row("SELECT name FROM members", [], |r| r.get(0))
        .unwrap();
    assert_eq!(name, "Trần Thị Bình");
}

#[test]
fn a_trigger_that_empties_the_audit_log_is_refused_by_every_command() {
    let env = cell_and_victim();
    tamper(
        &env,
        "CREATE TRIGGER audit_wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END;",
    );
    for args in [
        &["member", "add", "M2", "--name", "Phạm Văn Cường"][..],
        &["member", "list", "--all"][..],
        &["log"][..],
        &["backup", "copy.db"][..],
        &["init"][..],
    ] {
        let err = refused_untouched(&env, args);
        assert!(
            err.contains("foreign trigger audit_wipe on audit_log"),
            "{args:?}: {err}"
        );
    }
    // `check` names it too, and changes nothing either.
    let err = refused_untouched(&env, &["check"]);
    assert!(
        err.contains("schema: foreign trigger audit_wipe on audit_log"),
        "{err}"
    );
}

#[test]
fn every_kind_of_schema_change_is_named() {
    for (sql, named) in [
        ("DROP INDEX members_unit", "missing index members_unit"),
        (
            "ALTER TABLE members ADD COLUMN extra TEXT",
            "altered table members",
        ),
        ("CREATE TABLE notes (x)", "foreign table notes"),
        (
            "CREATE VIEW everyone AS SELECT name, phone FROM members",
            "foreign view everyone",
        ),
        (
            "DROP TRIGGER report_items_count;
             CREATE TRIGGER report_items_count AFTER INSERT ON report_items BEGIN SELECT 1; END;",
            "altered trigger report_items_count",
        ),
        (
            "CREATE INDEX members_phone ON members (phone)",
            "foreign index members_phone on members",
        ),
    ] {
        let env = Env::new();
        tamper(&env, sql);
        let err = refused_untouched(&env, &["report", "missing"]);
        assert!(err.contains(named), "{sql}: {err}");
        let err = refused_untouched(&env, &["check"]);
        assert!(err.contains(&format!("schema: {named}")), "{sql}: {err}");
    }
}

/// The version 1 schema, as the first danvan made it.
const SCHEMA_V1: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/migrations/1-schema.sql"
));

fn version_1_file(env: &Env, extra: &str) {
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch(SCHEMA_V1).unwrap();
    conn.execute_batch(
        "INSERT INTO members (code, name, joined) VALUES ('M1', 'Lê Văn An', '2020-01-01');
         PRAGMA user_version = 1;",
    )
    .unwrap();
    conn.execute_batch(extra).unwrap();
}

#[test]
fn a_version_1_file_is_upgraded_only_when_its_schema_is_danvans() {
    let env = Env::empty();
    version_1_file(
        &env,
        "CREATE TRIGGER audit_wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END;",
    );
    let err = refused_untouched(&env, &["member", "list"]);
    assert!(
        err.contains("foreign trigger audit_wipe on audit_log"),
        "{err}"
    );
    assert!(!env.dir.path().join("test.v1.bak").exists());

    let env = Env::empty();
    version_1_file(&env, "");
    assert!(
        env.ok(&["member", "list", "--format", "csv"])
            .contains("M1,Lê Văn An")
    );
    assert!(env.dir.path().join("test.v1.bak").exists());
    assert!(env.ok(&["check"]).contains("ok"));
}

#[test]
fn foreign_sqlite_files_are_refused_untouched() {
    for version in [1, 2, -1, 0, 99] {
        let env = Env::empty();
        let conn = Connection::open(&env.db).unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT);
             INSERT INTO accounts (owner) VALUES ('someone');
             PRAGMA user_version = {version};"
        ))
        .unwrap();
        drop(conn);
        for args in [&["member", "list"][..], &["init"][..], &["check"][..]] {
            let err = refused_untouched(&env, args);
            assert!(
                err.contains("is an SQLite database, but not one of danvan's")
                    && err.contains("left untouched"),
                "version {version}, {args:?}: {err}"
            );
        }
        assert_eq!(files(env.dir.path()).len(), 1, "version {version}");
    }
}

#[test]
fn a_journal_of_another_program_is_not_played_back() {
    let env = Env::empty();
    let conn = Connection::open(&env.db).unwrap();
    conn.execute_batch("CREATE TABLE accounts (owner TEXT); PRAGMA user_version = 2;")
        .unwrap();
    drop(conn);
    // What another program's crash leaves: a rollback journal beside its
    // file. Reading the file would roll it back (or delete it).
    env.file("test.db-journal", vec![0xd9u8; 4096]);
    let err = refused_untouched(&env, &["member", "list"]);
    assert!(err.contains("not one of danvan's"), "{err}");
    assert!(env.dir.path().join("test.db-journal").exists());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let env = Env::empty();
    std::fs::write(&env.db, "code,name\nM1,Lê Văn An\n".repeat(40)).unwrap();
    let err = refused_untouched(&env, &["member", "list"]);
    assert!(
        err.contains("is not a danvan database: it is not an SQLite file"),
        "{err}"
    );
    assert!(err.contains("hint: "), "{err}");
}

#[test]
fn a_zero_byte_file_is_refused_like_a_missing_one_and_init_fills_it() {
    let env = Env::empty();
    std::fs::write(&env.db, "").unwrap();
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o644)).unwrap();
    for args in [
        &["report", "missing"][..],
        &["member", "list"][..],
        &["check"][..],
        &["backup", "copy.db"][..],
    ] {
        let err = refused_untouched(&env, args);
        assert!(
            err.contains("is empty: it is not a danvan database yet") && err.contains("init`"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(std::fs::metadata(&env.db).unwrap().len(), 0);

    // A clerk who touched the file meant it to be the database.
    env.run(&["init"])
        .assert()
        .success()
        .stderr(predicates::str::contains("Created a new database."));
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    env.ok(&["member", "add", "M1", "--name", "Lê Văn An"]);
    assert!(env.ok(&["check"]).contains("ok"));
}

#[test]
fn check_names_every_value_that_breaks_the_rules() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "M1",
        "--name",
        "Lê Văn An",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "M2",
        "--name",
        "Trần Thị Bình",
        "--joined",
        "2020-01-01",
    ]);
    tamper(
        &env,
        "PRAGMA ignore_check_constraints = ON;
         UPDATE members SET joined = '20:6-09-07' WHERE code = 'M1';
         UPDATE members SET roles = 'cadre|boss', left_on = '2026-02-30' WHERE code = 'M2';
         INSERT INTO reports (member_id, month, submitted_on)
             SELECT id, '2026-13', '2026-12-01' FROM members WHERE code = 'M2';
         INSERT INTO models (code, name, field, level, started)
             VALUES ('MH1', 'Mô hình', 'sport', 'galaxy', 2025);",
    );
    let err = refused_untouched(&env, &["check"]);
    for line in [
        "member M1: joined \"20:6-09-07\" is not a date (YYYY-MM-DD)",
        "member M2: left_on \"2026-02-30\" is not a date (YYYY-MM-DD)",
        "member M2: roles \"cadre|boss\" is not a set of roles",
        "report M2 2026-13: month \"2026-13\" is not a month (YYYY-MM)",
        "model MH1: field \"sport\" is not a field (economy, culture-society",
        "model MH1: level \"galaxy\" is not a model level (grassroots",
    ] {
        assert!(err.contains(line), "missing {line:?} in {err}");
    }
    assert!(err.contains("hint: "), "{err}");

    // Lists name the member and the column instead of a conversion error.
    let err = refused_untouched(&env, &["member", "list", "--all"]);
    assert!(
        err.contains("the database holds a joined for member M1 that is not valid: \"20:6-09-07\""),
        "{err}"
    );
    assert!(err.contains("danvan check"), "{err}");
    assert!(!err.contains("Conversion error"), "{err}");
}

#[test]
fn check_names_an_unknown_report_status() {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "M1",
        "--name",
        "Lê Văn An",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "pledge",
        "add",
        "M1",
        "--year",
        "2026",
        "--field",
        "economy",
        "Việc một",
    ]);
    tamper(
        &env,
        "PRAGMA ignore_check_constraints = ON;
         INSERT INTO reports (id, member_id, month, submitted_on) VALUES (1, 1, '2026-03', '2026-04-01');
         INSERT INTO report_items (report_id, item_id, status) VALUES (1, 1, 'maybe');",
    );
    let err = refused_untouched(&env, &["check"]);
    assert!(
        err.contains("report M1 2026-03, item 1: status \"maybe\" is not a report status (done, in-progress, not-done)"),
        "{err}"
    );
}

/// getpwuid's record is shared by the whole process: one test at a time.
static PASSWD: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The name of the account the tests run as, looked up as danvan should.
fn account_name() -> String {
    let _one = PASSWD.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: getpwuid returns NULL or a record valid until the next call;
    // the name is copied out at once, under the lock.
    unsafe {
        let uid = libc::getuid();
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            return uid.to_string();
        }
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_string_lossy()
            .into_owned()
    }
}

#[test]
fn the_audit_log_names_the_account_not_the_user_variable() {
    let env = Env::new();
    env.run(&["member", "add", "M1", "--name", "Lê Văn An"])
        .env("USER", "mallory")
        .env("LOGNAME", "mallory")
        .assert()
        .success();
    let user: String = Connection::open(&env.db)
        .unwrap()
        .query_row("SELECT os_user FROM audit_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(user, account_name());
}

#[test]
fn an_account_without_a_name_is_logged_by_its_number() {
    use std::os::unix::process::CommandExt;
    // Only root can run a command as a user id that has no account; as
    // anyone else this test has nothing to check.
    if !is_root() {
        return;
    }
    let mut env = Env::empty();
    let dir = env.dir.path().join("cell");
    std::fs::create_dir(&dir).unwrap();
    env.db = dir.join("cell.db");
    env.ok(&["init"]);
    let uid = 54321;
    // SAFETY: getpwuid returns NULL or a record valid until the next call.
    assert!(
        unsafe { libc::getpwuid(uid) }.is_null(),
        "uid {uid} has an account"
    );
    std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    std::os::unix::fs::chown(&dir, Some(uid), Some(uid)).unwrap();
    std::os::unix::fs::chown(&env.db, Some(uid), Some(uid)).unwrap();
    let out = env
        .spawnable(&["member", "add", "M1", "--name", "Lê Văn An"])
        .env("USER", "mallory")
        .uid(uid)
        .gid(uid)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let user: String = Connection::open(&env.db)
        .unwrap()
        .query_row("SELECT os_user FROM audit_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(user, uid.to_string());
}

#[test]
fn data_directories_and_the_sql_trace_are_private_under_umask_000() {
    let env = Env::empty();
    let home = env.dir.path();
    let trace = home.join("trace.sql");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 000 && exec \"$0\" init")
        .arg(assert_cmd::cargo::cargo_bin!("danvan"))
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("DANVAN_TODAY", TODAY)
        .env("DANVAN_TRACE_SQL", &trace)
        .env("LANG", "C")
        .current_dir(home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (path, mode) in [
        (home.join(".local"), 0o700),
        (home.join(".local/share"), 0o700),
        (home.join(".local/share/danvan"), 0o700),
        (home.join(".local/share/danvan/danvan.db"), 0o600),
        (trace, 0o600),
    ] {
        let got = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(got, mode, "{}: {got:o}", path.display());
    }
}

fn is_root() -> bool {
    // SAFETY: geteuid cannot fail.
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn a_read_only_directory_and_file_give_the_cause_and_a_hint() {
    use std::os::unix::process::CommandExt;
    let mut env = Env::empty();
    let dir = env.dir.path().join("ro");
    std::fs::create_dir(&dir).unwrap();
    env.db = dir.join("cell.db");
    env.ok(&["init"]);
    env.ok(&["member", "add", "M1", "--name", "Lê Văn An"]);
    hash_database(&env.db);
    // Permissions do not bite root: as root the command runs as `nobody`
    // (uid 65534), who owns the file and directory as the clerk would.
    let nobody = 65534;
    if is_root() {
        std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::chown(&dir, Some(nobody), Some(nobody)).unwrap();
        std::os::unix::fs::chown(&env.db, Some(nobody), Some(nobody)).unwrap();
    }
    std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(0o400)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let before = files(&dir);
    let mut cmd = env.spawnable(&["member", "add", "M2", "--name", "Trần Thị Bình"]);
    if is_root() {
        cmd.uid(nobody).gid(nobody);
    }
    let out = cmd.output().unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cell.db: the file or its directory is read-only for this account")
            || err.contains("cannot open"),
        "{err}"
    );
    assert!(err.contains("hint: ") && err.contains("ls -l"), "{err}");
    assert!(!err.contains("Error code"), "{err}");
    assert_eq!(files(&dir), before);
}

#[test]
fn a_lock_held_past_the_busy_timeout_gives_the_cause_and_a_hint() {
    let env = Env::new();
    env.ok(&["member", "add", "M1", "--name", "Lê Văn An"]);
    let before = env.db_hash();
    // Another program holds the write lock for longer than danvan waits
    // (its 10 seconds; the test pays them once).
    let holder = Connection::open(&env.db).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    // Readers are not blocked meanwhile.
    assert!(
        env.ok(&["member", "list", "--format", "csv"])
            .contains("M1")
    );
    let err = env.fails(&["member", "add", "M2", "--name", "Trần Thị Bình"]);
    assert!(
        err.contains(
            "is in use: another program has held its write lock for longer than 10 seconds"
        ),
        "{err}"
    );
    assert!(
        err.contains("hint: ") && err.contains("nothing was changed"),
        "{err}"
    );
    assert!(!err.contains("Error code"), "{err}");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(env.db_hash(), before);
    env.ok(&["member", "add", "M2", "--name", "Trần Thị Bình"]);
}

// A full disk is not tested here: a tiny file system to fill needs a mount,
// and so root. The message for it (SQLITE_FULL) is checked with the other
// failures of the file in src/db/failure.rs.
