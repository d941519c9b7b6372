//! The monthly reminder exactly as the README and `examples/crontab` write
//! it, run under cron's bare environment (`PATH=/usr/bin:/bin`, no `LANG`)
//! after the README's install step, with a stand-in `mail` that records
//! what it is asked to send.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{Env, TODAY};

/// The crontab lines of the README's `crontab` blocks and of
/// `examples/crontab`: variable assignments and jobs, comments dropped.
fn crontab_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn readme_crontab_blocks() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(repo().join("README.md")).expect("README");
    readme
        .split("```crontab\n")
        .skip(1)
        .map(|block| crontab_lines(block.split("```").next().unwrap_or("")))
        .collect()
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A clerk's account after the README's install step: danvan in
/// ~/.cargo/bin (where `cargo install --path .` puts it), remind.sh and
/// remind.conf where the README copies them, and the default database with
/// two units, one of them without an address.
struct Account {
    env: Env,
    mail_log: PathBuf,
}

impl Account {
    fn new() -> Account {
        let env = Env::empty();
        let home = env.dir.path().to_owned();
        let home = home.as_path();
        let bin = home.join(".cargo/bin");
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::copy(assert_cmd::cargo::cargo_bin!("danvan"), bin.join("danvan")).unwrap();
        let share = home.join(".local/share/danvan");
        std::fs::create_dir_all(&share).unwrap();
        std::fs::copy(repo().join("examples/remind.sh"), share.join("remind.sh")).unwrap();
        let config = home.join(".config/danvan");
        std::fs::create_dir_all(&config).unwrap();
        std::fs::write(
            config.join("remind.conf"),
            "# test addresses\nvp@example.vn     Văn phòng Sở\n",
        )
        .unwrap();
        // The default database, made as the clerk makes it: `danvan init`.
        env.bare(TODAY).arg("init").assert().success();
        let env = Env {
            db: share.join("danvan.db"),
            ..env
        };
        assert!(env.db.exists(), "init made the default database");
        for (code, name, unit) in [
            ("VP01", "Nguyễn Thị Lan", "Văn phòng Sở"),
            ("VP02", "Trần Văn Bình", "Văn phòng Sở"),
            ("NV01", "Lê Thị Hoa", "Phòng Nghiệp vụ"),
        ] {
            env.ok(&[
                "member",
                "add",
                code,
                "--name",
                name,
                "--unit",
                unit,
                "--joined",
                "2020-01-01",
            ]);
            env.ok(&[
                "pledge",
                "add",
                code,
                "--year",
                "2026",
                "--field",
                "economy",
                "Việc một",
            ]);
        }
        env.ok(&[
            "report", "add", "VP02", "--month", "2026-11", "--item", "1=done",
        ]);
        // The stand-in mail: its arguments, then the body, into a log.
        let mail_log = home.join("mail.log");
        let fake = home.join("fake-mail");
        std::fs::write(
            &fake,
            format!(
                "#!/bin/sh\n{{ printf 'MAIL'; printf ' [%s]' \"$@\"; echo; cat; echo END; }} >> '{}'\n",
                mail_log.display()
            ),
        )
        .unwrap();
        make_executable(&fake);
        Account { env, mail_log }
    }

    /// Run one crontab job line as cron does: `/bin/sh -c COMMAND` in a bare
    /// environment with the crontab's own variables, on 3 December 2026.
    fn run_job(&self, vars: &[(String, String)], line: &str) -> std::process::Output {
        let command: String = {
            let mut rest = line;
            for _ in 0..5 {
                rest = rest.trim_start();
                rest = &rest[rest.find(char::is_whitespace).expect("five time fields")..];
            }
            rest.trim().to_owned()
        };
        let home = self.env.dir.path();
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c")
            .arg(&command)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", home)
            .env("SHELL", "/bin/sh")
            .env("LOGNAME", "clerk")
            .env("DANVAN_TODAY", "2026-12-03")
            .env("DANVAN_MAIL", home.join("fake-mail"))
            .current_dir(home);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().expect("run the job")
    }

    fn mails(&self) -> String {
        std::fs::read_to_string(&self.mail_log).unwrap_or_default()
    }
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// Split crontab lines into variable assignments and job lines.
fn vars_and_jobs(lines: &[String]) -> (Vec<(String, String)>, Vec<String>) {
    let mut vars = Vec::new();
    let mut jobs = Vec::new();
    for line in lines {
        let first = line.split_whitespace().next().unwrap_or("");
        match first.split_once('=') {
            Some((k, v)) if !k.is_empty() && !k.contains(['*', '/']) => {
                vars.push((k.to_owned(), v.to_owned()))
            }
            _ => jobs.push(line.clone()),
        }
    }
    (vars, jobs)
}

#[test]
fn readme_shows_examples_crontab_as_it_is() {
    let example = crontab_lines(&std::fs::read_to_string(repo().join("examples/crontab")).unwrap());
    assert!(
        readme_crontab_blocks().contains(&example),
        "the README shows examples/crontab as written"
    );
}

#[test]
fn remind_sh_from_the_crontab_mails_each_unit_its_letter() {
    let account = Account::new();
    let lines = crontab_lines(&std::fs::read_to_string(repo().join("examples/crontab")).unwrap());
    let (vars, jobs) = vars_and_jobs(&lines);
    assert_eq!(jobs.len(), 1, "one job in examples/crontab");
    let out = account.run_job(&vars, &jobs[0]);
    assert!(
        out.status.success(),
        "the job failed under cron's environment: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "nothing printed for cron to mail");
    let mails = account.mails();
    // Văn phòng Sở to its own address, Phòng Nghiệp vụ to DANVAN_REMIND_TO.
    assert!(
        mails.contains(
            "[-s] [Dân vận khéo: nhắc nộp báo cáo tháng 11/2026 - Văn phòng Sở] [vp@example.vn]"
        ),
        "{mails}"
    );
    assert!(
        mails.contains(
            "[Dân vận khéo: nhắc nộp báo cáo tháng 11/2026 - Phòng Nghiệp vụ] [vanphong@so.gov.vn]"
        ),
        "{mails}"
    );
    // Which month, who, and what to do, in Vietnamese; who reported is not named.
    assert!(mails.contains("chưa nộp báo cáo tháng 11/2026"), "{mails}");
    assert!(mails.contains("Nguyễn Thị Lan (VP01)"), "{mails}");
    assert!(mails.contains("Lê Thị Hoa (NV01)"), "{mails}");
    assert!(!mails.contains("VP02"), "{mails}");
    assert!(
        mails.contains("Đề nghị các đồng chí gửi báo cáo tháng 11/2026"),
        "{mails}"
    );
    assert_eq!(mails.matches("MAIL ").count(), 2, "{mails}");

    // Everyone reports: the next run mails nothing and prints nothing.
    account.env.ok(&[
        "report", "add", "VP01", "--month", "2026-11", "--item", "1=done",
    ]);
    account.env.ok(&[
        "report",
        "add",
        "NV01",
        "--month",
        "2026-11",
        "--item",
        "1=not-done",
    ]);
    std::fs::remove_file(&account.mail_log).unwrap();
    let out = account.run_job(&vars, &jobs[0]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    assert_eq!(account.mails(), "");
}

#[test]
fn the_readme_simple_line_prints_the_letter_under_cron() {
    let account = Account::new();
    let simple = readme_crontab_blocks()
        .into_iter()
        .find(|b| b.len() == 1)
        .expect("the README's one-line crontab");
    let out = account.run_job(&[], &simple[0]);
    assert!(
        out.status.success(),
        "the line failed under cron's environment: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let body = String::from_utf8(out.stdout).unwrap();
    assert!(body.contains("chưa nộp báo cáo tháng 11/2026"), "{body}");
    assert!(body.contains("Nguyễn Thị Lan (VP01)"), "{body}");
    assert!(body.contains("Đề nghị"), "{body}");
}
