//! The database file itself: where it lives, its permissions, a newer
//! version refused, backup, check and log, demo's guard of other files.

use std::os::unix::fs::PermissionsExt;

use crate::common::{Env, fixture};

fn members_csv(env: &Env) -> String {
    env.ok(&["member", "list", "--all", "--format", "csv"])
}

#[test]
fn database_location_and_permissions() {
    let env = Env::empty();
    // A command other than init never creates a database.
    let err = env.fails(&["member", "list"]);
    assert!(err.contains("there is no database at"), "{err}");
    assert!(err.contains("danvan --db"), "{err}");
    assert!(!env.db.exists());
    env.ok(&["init"]);
    let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    env.ok(&["member", "add", "A1", "--name", "Nguyễn Văn An"]);
    for suffix in ["-wal", "-shm"] {
        let p = format!("{}{suffix}", env.db.display());
        if let Ok(meta) = std::fs::metadata(&p) {
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{p}");
        }
    }
    // init again leaves it as it is.
    env.ok(&["init"]);
    assert!(members_csv(&env).contains("A1"));

    let missing = env.dir.path().join("nowhere/x.db");
    let out = env
        .bare(crate::common::TODAY)
        .args(["--db", missing.to_str().unwrap(), "init"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!missing.exists());
}

#[test]
fn default_database_lives_in_the_xdg_data_directory() {
    let env = Env::empty();
    let data = env.dir.path().join("xdg");
    let mut cmd = assert_cmd::Command::cargo_bin("danvan").unwrap();
    cmd.env_clear()
        .env("HOME", env.dir.path())
        .env("XDG_DATA_HOME", &data)
        .arg("init")
        .assert()
        .success();
    assert!(data.join("danvan/danvan.db").exists());
    let mut cmd = assert_cmd::Command::cargo_bin("danvan").unwrap();
    cmd.env_clear()
        .env("HOME", env.dir.path())
        .env("XDG_DATA_HOME", &data)
        .env("DANVAN_DB", env.dir.path().join("other.db"))
        .args(["member", "list"])
        .assert()
        .code(1);
}

#[test]
fn newer_database_is_refused_and_left_untouched() {
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = env.db_hash();
    let err = env.fails(&["member", "list"]);
    assert!(err.contains("newer danvan"), "{err}");
    let err = env.fails(&["member", "add", "A1", "--name", "X"]);
    assert!(err.contains("schema version 99"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn backup_check_and_log() {
    let env = Env::new();
    env.ok(&["member", "import", &fixture("members-excel-vi.csv")]);
    let copy = env.dir.path().join("copy.db");
    env.ok(&["backup", copy.to_str().unwrap()]);
    let mode = std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let out = env
        .bare(crate::common::TODAY)
        .args([
            "--db",
            copy.to_str().unwrap(),
            "member",
            "list",
            "--all",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("VP01"));
    assert!(env.ok(&["check"]).contains("ok"));

    let garbage = env.dir.path().join("garbage.db");
    std::fs::write(&garbage, vec![b'x'; 8192]).unwrap();
    let out = env
        .bare(crate::common::TODAY)
        .args(["--db", garbage.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a danvan database"));

    let log = env.ok(&["log", "--format", "csv"]);
    assert!(log.starts_with("id,at,user,command,action,subject,before,after,change,undone\n"));
    assert!(log.contains("danvan --db"));
}

#[test]
fn demo_makes_a_fresh_database_and_guards_other_files() {
    let env = Env::empty();
    env.run(&["demo"])
        .assert()
        .success()
        .stdout(predicates::str::contains("member list"));
    let members = members_csv(&env);
    assert!(members.lines().count() > 40, "{members}");
    // A second demo silently replaces the first, with the same data.
    env.ok(&["demo"]);
    assert_eq!(members_csv(&env), members);
    // Any other existing file is refused unless --force.
    let other = env.dir.path().join("real.db");
    std::fs::write(&other, b"precious").unwrap();
    let out = env
        .bare(crate::common::TODAY)
        .args(["--db", other.to_str().unwrap(), "demo"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&other).unwrap(), b"precious");
    env.bare(crate::common::TODAY)
        .args(["--db", other.to_str().unwrap(), "demo", "--force"])
        .assert()
        .success();
}

#[test]
fn bad_backup_and_export_requests_change_nothing() {
    let env = Env::new();
    env.ok(&["member", "import", &fixture("members-excel-vi.csv")]);
    let before = env.db_hash();
    let db = env.db.to_str().unwrap().to_string();
    let missing = env.dir.path().join("no/such/dir/copy.db");
    let cases: &[(&[&str], &str)] = &[
        (&["backup", &db], "is the database itself"),
        (&["backup", missing.to_str().unwrap()], "does not exist"),
        (
            &["--format", "json", "export", "members", "--excel"],
            "--excel shapes CSV",
        ),
        (
            &["export", "members", "--delimiter", "|"],
            "is not a delimiter",
        ),
        (
            &["export", "pledges", "--from", "2026", "--to", "2025"],
            "--from 2026 is after --to 2025",
        ),
        (&["export", "members", "--year", "26"], "is not a year"),
    ];
    for (args, expected) in cases {
        let err = env.fails(args);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    }
    assert!(!missing.exists());
}
