//! Roll-up across cells: summary files and database files of several cells
//! summed by the rules of one cell's review, each input only read.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::common::Env;

/// A member's code and reports: each a month and its `--item` values.
type Member<'a> = (&'a str, &'a [(&'a str, &'a [&'a str])]);

/// A cell's database with its `cell` setting.
fn cell(name: &str, members: &[Member<'_>]) -> Env {
    let env = Env::new();
    for (code, reports) in members {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            &format!("Người {code}"),
            "--joined",
            "2020-01-01",
        ]);
        if reports.is_empty() {
            continue;
        }
        for _ in 0..2 {
            env.ok(&[
                "pledge", "add", code, "--year", "2025", "--field", "economy", "Việc",
            ]);
        }
        for (month, items) in *reports {
            let mut args = vec!["report", "add", code, "--month", month];
            for item in *items {
                args.push("--item");
                args.push(item);
            }
            env.ok(&args);
        }
    }
    env.ok(&["setting", "set", "cell", name]);
    env
}

/// Cell A: two members, one registered with one report; cell B: one
/// member with two reports.
fn two_cells() -> (Env, Env) {
    let a = cell(
        "Chi bộ A",
        &[("A1", &[("2025-01", &["1=done"])]), ("A2", &[])],
    );
    let b = cell(
        "Chi bộ B",
        &[(
            "B1",
            &[
                ("2025-01", &["1=done", "2=not-done"]),
                ("2025-02", &["1=in-progress"]),
            ],
        )],
    );
    (a, b)
}

fn file_hash(path: &Path) -> String {
    format!("{:x}", Sha256::digest(std::fs::read(path).unwrap()))
}

fn summary_file(env: &Env, name: &str) -> PathBuf {
    let out = env.dir.path().join(name);
    env.ok(&[
        "export",
        "summary",
        "--from",
        "2025",
        "--to",
        "2025",
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
    ]);
    out
}

/// The `metric,2025,total` rows of a CSV review, as (metric, total).
fn totals(csv: &str) -> Vec<(String, String)> {
    csv.lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<&str> = l.split(',').collect();
            (cells[0].to_string(), cells[cells.len() - 1].to_string())
        })
        .collect()
}

fn total<'a>(rows: &'a [(String, String)], metric: &str) -> &'a str {
    &rows.iter().find(|(m, _)| m == metric).unwrap().1
}

#[test]
fn counts_are_summed_and_rates_recomputed_from_files_and_databases_alike() {
    let (a, b) = two_cells();
    let a_json = summary_file(&a, "a.json");
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&a_json).unwrap()).unwrap();
    assert_eq!(file["kind"], "danvan-summary");
    assert_eq!(file["version"], 2);
    assert_eq!(file["cell"], "Chi bộ A");
    assert_eq!(file["counts"]["years"]["2025"]["items_reported"], 1);

    let b_hash = file_hash(&b.db);
    let superior = Env::empty();
    let csv = superior.ok(&[
        "--format",
        "csv",
        "rollup",
        a_json.to_str().unwrap(),
        b.db.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
    ]);
    let rows = totals(&csv);
    assert_eq!(total(&rows, "active_members"), "3");
    assert_eq!(total(&rows, "registered_members"), "2");
    assert_eq!(total(&rows, "registration_rate"), "66.7");
    assert_eq!(total(&rows, "pledge_items"), "4");
    assert_eq!(total(&rows, "expected_reports"), "24");
    assert_eq!(total(&rows, "submitted_reports"), "3");
    assert_eq!(total(&rows, "reporting_rate"), "12.5");
    assert_eq!(total(&rows, "items_done"), "2");
    // 2 done of 4 reported: 50 %, not the mean of cell A's 100 % and B's 33.3 %.
    assert_eq!(total(&rows, "done_rate"), "50.0");

    // The database was only read: not a byte changed, nothing left beside it.
    assert_eq!(file_hash(&b.db), b_hash);
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut beside = b.db.clone().into_os_string();
        beside.push(suffix);
        assert!(
            !Path::new(&beside).exists(),
            "{suffix} left beside the cell's file"
        );
    }

    // The same from B's own summary file.
    let b_json = summary_file(&b, "b.json");
    let from_files = superior.ok(&[
        "--format",
        "csv",
        "rollup",
        a_json.to_str().unwrap(),
        b_json.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
    ]);
    assert_eq!(from_files, csv);

    // A folder stands for its summary and database files (Windows' shells
    // do not expand `*.json`); other files in it are left alone.
    let folder = superior.dir.path().join("chi-bo");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(&a_json, folder.join("a.json")).unwrap();
    std::fs::copy(&b_json, folder.join("b.json")).unwrap();
    std::fs::write(folder.join("ghi-chu.txt"), "danh sách chi bộ").unwrap();
    let from_folder = superior.ok(&[
        "--format",
        "csv",
        "rollup",
        folder.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
    ]);
    assert_eq!(from_folder, csv);

    // By cell: each row is that cell's own review.
    let by_cell = superior.ok(&[
        "--format",
        "csv",
        "rollup",
        a_json.to_str().unwrap(),
        b_json.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
        "--by",
        "cell",
    ]);
    let lines: Vec<&str> = by_cell.lines().collect();
    assert!(lines[0].starts_with("cell,active_members,registered_members,registration_rate"));
    assert!(lines[1].starts_with("Chi bộ A,2,1,50.0,2,"), "{by_cell}");
    assert!(lines[2].starts_with("Chi bộ B,1,1,100.0,2,"), "{by_cell}");

    // A roll-up's JSON is a summary file again, for the level above.
    let up = superior.ok(&[
        "--format",
        "json",
        "rollup",
        a_json.to_str().unwrap(),
        b_json.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
    ]);
    let up: serde_json::Value = serde_json::from_str(&up).unwrap();
    assert_eq!(up["kind"], "danvan-summary");
    assert_eq!(up["counts"]["years"]["2025"]["items_reported"], 4);
}

#[test]
fn wrong_inputs_are_refused_naming_the_file_and_nothing_is_written() {
    let (a, b) = two_cells();
    let a_json = summary_file(&a, "a.json");
    let superior = Env::empty();
    let out = superior.dir.path().join("tong-hop.csv");
    let run = |files: &[&str]| {
        let mut args = vec!["rollup"];
        args.extend_from_slice(files);
        args.extend_from_slice(&["--from", "2025", "--to", "2025", "--output"]);
        args.push(out.to_str().unwrap());
        let err = superior.fails(&args);
        assert!(!out.exists(), "nothing is written: {err}");
        err
    };
    let a_path = a_json.to_str().unwrap();
    let b_db = b.db.to_str().unwrap();

    // Another period.
    let other = a.dir.path().join("a-2024.json");
    a.ok(&[
        "export",
        "summary",
        "--from",
        "2024",
        "--to",
        "2025",
        "--format",
        "json",
        "--output",
        other.to_str().unwrap(),
    ]);
    let err = run(&[other.to_str().unwrap(), b_db]);
    assert!(
        err.contains("a-2024.json is the summary of 2024-2025, not of 2025-2025"),
        "{err}"
    );

    // The same cell twice: its file and its database; the same file twice.
    let err = run(&[a_path, a.db.to_str().unwrap()]);
    assert!(err.contains("is the cell \"Chi bộ A\" again"), "{err}");
    let err = run(&[a_path, a_path]);
    assert!(err.contains("is named twice"), "{err}");

    // Files of another kind: a members export, a CSV, a text file.
    let members = a.dir.path().join("members.json");
    a.ok(&[
        "export",
        "members",
        "--format",
        "json",
        "--output",
        members.to_str().unwrap(),
    ]);
    let csv = a.file("summary.csv", "metric,2025,total\nactive_members,2,2\n");
    for file in [members.to_str().unwrap(), csv.as_str()] {
        let err = run(&[a_path, file]);
        assert!(
            err.contains("is neither a cell's summary file nor a danvan database"),
            "{err}"
        );
        assert!(err.contains(file), "{err}");
    }

    // A summary file and a database of a newer danvan.
    let text = std::fs::read_to_string(&a_json).unwrap();
    let newer = b.file(
        "newer.json",
        text.replace("\"version\": 2", "\"version\": 9"),
    );
    let err = run(&[newer.as_str()]);
    assert!(
        err.contains("newer.json was written by a newer danvan"),
        "{err}"
    );
    let newer_db = b.dir.path().join("newer.db");
    std::fs::copy(&b.db, &newer_db).unwrap();
    rusqlite::Connection::open(&newer_db)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let hash = file_hash(&newer_db);
    let err = run(&[a_path, newer_db.to_str().unwrap()]);
    assert!(
        err.contains("newer.db was written by a newer danvan"),
        "{err}"
    );
    assert_eq!(file_hash(&newer_db), hash);

    // A database with changes still in its -wal: a live file, not a copy.
    let live = rusqlite::Connection::open(&b.db).unwrap();
    live.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
    live.execute(
        "UPDATE meta SET value = 'Chi bộ B2' WHERE key = 'setting.cell'",
        [],
    )
    .unwrap();
    let err = run(&[a_path, b_db]);
    assert!(err.contains("has changes not yet written into it"), "{err}");
    assert!(err.contains("danvan backup"), "{err}");
    drop(live);

    // A period the wrong way round.
    let err = superior.fails(&["rollup", a_path, "--from", "2025", "--to", "2024"]);
    assert!(err.contains("--from 2025 is after --to 2024"), "{err}");
}

#[test]
fn a_cell_file_refused_in_vietnamese_with_the_command_the_cell_runs() {
    let (a, _b) = two_cells();
    let superior = Env::empty();
    let other = a.dir.path().join("a-2024.json");
    a.ok(&[
        "export",
        "summary",
        "--from",
        "2024",
        "--to",
        "2025",
        "--format",
        "json",
        "--output",
        other.to_str().unwrap(),
    ]);
    let err = superior.fails(&[
        "--lang",
        "vi",
        "rollup",
        other.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
    ]);
    assert!(
        err.contains("a-2024.json là tổng hợp của giai đoạn 2024-2025, không phải 2025-2025\n"),
        "{err}"
    );
    assert!(
        err.contains("gợi ý: đề nghị chi bộ gửi tệp lập bằng `danvan export summary --from 2025 --to 2025 --format json`, hoặc tổng hợp giai đoạn 2024-2025"),
        "{err}"
    );
    let junk = superior.dir.path().join("junk.json");
    std::fs::write(&junk, "{}").unwrap();
    let err = superior.fails(&[
        "--lang",
        "vi",
        "rollup",
        junk.to_str().unwrap(),
        "--from",
        "2025",
        "--to",
        "2025",
    ]);
    assert!(
        err.contains("junk.json không phải là tệp tổng hợp của một chi bộ, cũng không phải cơ sở dữ liệu danvan"),
        "{err}"
    );
    assert!(err.contains("`danvan backup TỆP`"), "{err}");
}
