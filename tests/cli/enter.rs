//! `report enter` driven through a pseudo-terminal: keys in, each member's
//! report saved as soon as it is complete, quitting and SIGKILL losing only
//! the member being typed.

use rexpect::process::{Signal, WaitStatus};
use rexpect::session::{PtySession, spawn_command};

use crate::common::Env;

/// NV002 Trần Thị An (2 items), NV001 Nguyễn Văn Bình (3), NV003 Lê Văn
/// Cường (1), all expected for 2026-10, in that (member-list) order.
fn setup() -> Env {
    let env = Env::new();
    for (code, name) in [
        ("NV001", "Nguyễn Văn Bình"),
        ("NV002", "Trần Thị An"),
        ("NV003", "Lê Văn Cường"),
    ] {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            name,
            "--unit",
            "Văn phòng",
            "--joined",
            "2020-01-01",
        ]);
    }
    for (code, n) in [("NV001", 3), ("NV002", 2), ("NV003", 1)] {
        for i in 1..=n {
            env.ok(&[
                "pledge",
                "add",
                code,
                "--year",
                "2026",
                "--field",
                "economy",
                &format!("Việc {i} của {code}"),
            ]);
        }
    }
    env
}

fn session(env: &Env) -> PtySession {
    let cmd = env.spawnable(&["report", "enter", "--month", "2026-10"]);
    spawn_command(cmd, Some(10_000)).expect("spawn in a pty")
}

/// Wait for `text`: rexpect reads the terminal byte by byte, each byte a
/// char, so the UTF-8 text is looked for in that form.
fn expect(p: &mut PtySession, text: &str) -> Result<String, rexpect::error::Error> {
    let bytes: String = text.bytes().map(char::from).collect();
    p.exp_string(&bytes)
}

fn key(p: &mut PtySession, k: &str) {
    p.send(k).expect("send");
    p.flush().expect("flush");
}

#[test]
fn quitting_mid_member_keeps_the_members_finished() {
    let env = setup();
    let mut p = session(&env);
    expect(&mut p, "3 members have not reported").expect("intro");
    expect(&mut p, "[1/3] NV002").expect("first member");
    expect(&mut p, "1. Việc 1 của NV002").expect("item text");
    key(&mut p, "d");
    expect(&mut p, "2. Việc 2 của NV002").expect("second item");
    key(&mut p, "n");
    expect(&mut p, "Saved the report of NV002 (2 items)").expect("saved");
    expect(&mut p, "[2/3] NV001").expect("second member");
    key(&mut p, "d");
    key(&mut p, "b");
    expect(&mut p, "(back)").expect("back");
    key(&mut p, "p");
    key(&mut p, "\r");
    expect(&mut p, "(skipped)").expect("skip");
    expect(&mut p, "3. Việc 3 của NV001").expect("third item");
    key(&mut p, "q");
    expect(
        &mut p,
        "Stopped. 1 report saved; what was typed for NV001 is not saved.",
    )
    .expect("stopped");
    p.exp_eof().expect("ends");
    let out = env.ok(&["export", "reports"]);
    assert_eq!(
        out.lines()
            .skip(1)
            .map(|l| l.split(',').take(5).collect::<Vec<_>>().join(","))
            .collect::<Vec<_>>(),
        ["NV002,2026-10,1,done,", "NV002,2026-10,2,not-done,"],
        "{out}"
    );
    let log = env.ok(&["--format", "csv", "log"]);
    assert!(log.contains("report add"), "{log}");

    // A second session walks only those still missing, back in order.
    let mut p = session(&env);
    expect(&mut p, "[1/2] NV001").expect("NV001 again");
    key(&mut p, "p");
    key(&mut p, "\r");
    key(&mut p, "d");
    expect(&mut p, "Saved the report of NV001 (2 items)").expect("saved");
    expect(&mut p, "[2/2] NV003").expect("NV003");
    key(&mut p, "\r");
    expect(&mut p, "Nothing entered: NV003 still has no report.").expect("none");
    expect(&mut p, "Done: 1 report for October 2026 saved.").expect("done");
    p.exp_eof().expect("ends");
    let out = env.ok(&["export", "reports"]);
    assert!(out.contains("NV001,2026-10,1,in-progress,"), "{out}");
    assert!(out.contains("NV001,2026-10,3,done,"), "{out}");
    assert!(!out.contains("NV001,2026-10,2,"), "{out}");
    assert!(!out.contains("NV003"), "{out}");
}

#[test]
fn a_kill_mid_session_loses_only_the_member_being_typed() {
    let env = setup();
    let mut p = session(&env);
    expect(&mut p, "[1/3] NV002").expect("first member");
    key(&mut p, "d");
    key(&mut p, "d");
    expect(&mut p, "Saved the report of NV002").expect("saved");
    expect(&mut p, "[2/3] NV001").expect("second member");
    key(&mut p, "n");
    expect(&mut p, "2. Việc 2 của NV001").expect("second item");
    let status = p.process_mut().kill(Signal::SIGKILL).expect("kill");
    assert!(
        matches!(status, WaitStatus::Signaled(_, Signal::SIGKILL, _)),
        "{status:?}"
    );
    let out = env.ok(&["export", "reports"]);
    assert_eq!(out.lines().count(), 1 + 2, "{out}");
    assert!(out.contains("NV002,2026-10,1,done,"), "{out}");
    assert!(!out.contains("NV001"), "{out}");
    env.ok(&["check"]);
}

#[test]
fn refused_when_stdin_is_not_a_terminal() {
    let env = setup();
    let before = env.db_hash();
    let out = env
        .run(&["report", "enter", "--month", "2026-10"])
        .write_stdin("d\n")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("standard input is not one"), "{err}");
    assert!(err.contains("report import"), "{err}");
    assert_eq!(env.db_hash(), before);
}
