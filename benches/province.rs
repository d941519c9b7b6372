//! The province-scale benchmark of DESIGN.md ("Performance"): 50,000
//! members in 200 units, 3 years, 3 pledge items per member and year, 12
//! monthly reports per member and year with 3 statuses each (5.4 million
//! statuses; one member in forty has not yet reported December 2025). Each
//! work item is timed for danvan and, where DESIGN.md names one, for the
//! `sqlite3` shell doing the same work on the same data. The month's report
//! form (`report template`) is timed for all 50,000 members, and the form
//! filled in is imported against the same reports in the long layout.
//!
//! Run with `cargo bench --bench province`. The data is generated
//! deterministically under `target/province/` and reused by later runs. The
//! review's reference is the SQL danvan itself ran (`DANVAN_TRACE_SQL`),
//! replayed by the `sqlite3` shell on the same file.

use std::fmt::Write as _;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MEMBERS: usize = 50_000;
const UNITS: usize = 200;
const YEARS: [i32; 3] = [2023, 2024, 2025];
const ITEMS: usize = 3;
/// Today for every danvan run: all three years have ended, and last month
/// is December 2025.
const TODAY: &str = "2026-01-15";

const GIVEN: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Đức", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam",
    "Ngọc", "Phúc", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến",
];
const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
];
const MIDDLE: &[&str] = &["Văn", "Thị", "Đức", "Minh", "Thu", "Quốc", "Ngọc", "Hữu"];
const FIELDS: [&str; 4] = [
    "economy",
    "culture-society",
    "defense-security",
    "political-system",
];
const STATUSES: [&str; 3] = ["done", "in-progress", "not-done"];

struct Row {
    work: &'static str,
    danvan: Duration,
    reference: Option<Duration>,
    target: String,
    met: bool,
    note: String,
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/province");
    fs::create_dir_all(&root).expect("create target/province");
    let danvan = PathBuf::from(env!("CARGO_BIN_EXE_danvan"));
    let sqlite3 = which("sqlite3");
    if sqlite3.is_none() {
        eprintln!(
            "The sqlite3 shell is missing: install it (Debian/Ubuntu: apt-get install sqlite3) to measure the reference times."
        );
    }
    let data = generate(&root);
    let mut rows = Vec::new();

    // danvan --version, no database work.
    let version = median(21, || run(&danvan, &["--version"], None).0);
    rows.push(Row {
        work: "danvan --version",
        danvan: version,
        reference: None,
        target: "< 5 ms".into(),
        met: version < Duration::from_millis(5),
        note: String::new(),
    });

    // A fresh database with the members.
    let db = root.join("province.db");
    remove_db(&db);
    run_ok(&danvan, &db, &["init"]);
    let (t, _) = run_ok(&danvan, &db, &["member", "import", path(&data.members)]);
    rows.push(Row {
        work: "member import (50,000 rows)",
        danvan: t,
        reference: None,
        target: "< 1 s".into(),
        met: t < Duration::from_secs(1),
        note: String::new(),
    });
    let (t, _) = run_ok(&danvan, &db, &["pledge", "import", path(&data.pledges)]);
    eprintln!("pledge import (450,000 rows): {}", ms(t));

    // Report import against sqlite3's .import into a bare table: three runs
    // each, taken in turn (the machine's speed drifts), each danvan run on
    // a fresh copy of the database with its members and pledges, each run
    // after the disk has taken the last one's writes; the medians are
    // compared. The last copy goes on to the review.
    let base = root.join("base.db");
    remove_db(&base);
    fs::copy(&db, &base).expect("copy the database");
    // First as a clerk runs it: straight after the pledge import, the disk
    // still taking its writes (no `sync`), and `.import` straight after.
    let (straight, _) = run_ok(&danvan, &db, &["report", "import", path(&data.reports)]);
    let straight_reference = sqlite3
        .as_ref()
        .map(|s| bare_import(s, &root, &data.reports, false));
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for _ in 0..3 {
        remove_db(&db);
        fs::copy(&base, &db).expect("copy the database");
        settle();
        ours.push(run_ok(&danvan, &db, &["report", "import", path(&data.reports)]).0);
        if let Some(s) = &sqlite3 {
            theirs.push(bare_import(s, &root, &data.reports, true));
        }
    }
    eprintln!("report import, danvan: {}", list(&ours));
    if !theirs.is_empty() {
        eprintln!("report import, sqlite3 .import: {}", list(&theirs));
    }
    let t = middle(ours);
    let t_import = t;
    let reference = (!theirs.is_empty()).then(|| middle(theirs));
    rows.push(ratio_row(
        "report import (5.4 million rows), sync before each",
        t,
        reference,
        1.3,
        None,
    ));
    rows.push(ratio_row(
        "report import straight after the pledges (no sync)",
        straight,
        straight_reference,
        1.3,
        None,
    ));

    // The month's form for every member, and the filled form imported
    // against the same reports in the long layout.
    rows.extend(template_rows(&danvan, &root, &db, &base));
    remove_db(&base);

    // The three-year review against the same SQL in sqlite3.
    let summary = median(3, || {
        run_ok(
            &danvan,
            &db,
            &[
                "--format", "csv", "export", "summary", "--from", "2023", "--to", "2025",
            ],
        )
        .0
    });
    let reference = sqlite3.as_ref().map(|s| {
        // The very statements danvan ran, parameters expanded, from its trace.
        let trace = root.join("summary-trace.sql");
        let _ = fs::remove_file(&trace);
        let status = Command::new(&danvan)
            .args([
                "--db",
                path(&db),
                "--format",
                "csv",
                "export",
                "summary",
                "--from",
                "2023",
                "--to",
                "2025",
            ])
            .env("DANVAN_TODAY", TODAY)
            .env("DANVAN_TRACE_SQL", &trace)
            .stdout(Stdio::null())
            .status()
            .expect("run danvan");
        assert!(status.success());
        let sql = fs::read_to_string(&trace).expect("the SQL trace");
        median(3, || {
            let start = Instant::now();
            sqlite_script(s, &db, &sql);
            start.elapsed()
        })
    });
    rows.push(ratio_row(
        "export summary --from 2023 --to 2025",
        summary,
        reference,
        1.5,
        Some(Duration::from_millis(300)),
    ));

    // The review as a Word document: the summary twice (agency, units), the
    // months, the members who missed months, the chart.
    let document = root.join("review.docx");
    let review = median(3, || {
        run_ok(
            &danvan,
            &db,
            &[
                "export",
                "review",
                "--from",
                "2023",
                "--to",
                "2025",
                "--output",
                path(&document),
            ],
        )
        .0
    });
    rows.push(Row {
        work: "export review --from 2023 --to 2025 (.docx)",
        danvan: review,
        reference: None,
        target: "< 3 s".into(),
        met: review < Duration::from_secs(3),
        note: String::new(),
    });

    // The cron reminder.
    let missing = median(11, || {
        run_ok(&danvan, &db, &["report", "missing", "--month", "2025-12"]).0
    });
    rows.push(Row {
        work: "report missing",
        danvan: missing,
        reference: None,
        target: "< 100 ms".into(),
        met: missing < Duration::from_millis(100),
        note: String::new(),
    });

    // The year's titles: ratings of every member and unit of 2025, an
    // initiative for one member in ten, a warning for one in five hundred.
    let titles = title_data(&root);
    for (group, file) in [
        ("evaluate", &titles.evaluations),
        ("initiative", &titles.initiatives),
        ("discipline", &titles.disciplines),
    ] {
        run_ok(&danvan, &db, &[group, "import", path(file)]);
    }
    let propose = median(3, || {
        run_ok(
            &danvan,
            &db,
            &["--format", "csv", "award", "propose", "--year", "2025"],
        )
        .0
    });
    rows.push(Row {
        work: "award propose --year 2025",
        danvan: propose,
        reference: None,
        target: "< 1 s".into(),
        met: propose < Duration::from_secs(1),
        note: String::new(),
    });

    // Exporting every report, and a year's list of reports, stream: peak
    // memory, and the time against sqlite3 writing the same columns as CSV.
    let streamed = [
        (
            "export reports (5.4 million rows)",
            vec!["export", "reports"],
            "SELECT m.code, r.month, p.no, ri.status, ri.note, r.submitted_on, m.name, m.unit
             FROM reports r JOIN report_items ri ON ri.report_id = r.id
             JOIN pledge_items p ON p.id = ri.item_id JOIN members m ON m.id = r.member_id",
            1.5,
        ),
        (
            "report list --year 2025 (600,000 reports)",
            vec!["--format", "csv", "report", "list", "--year", "2025"],
            "SELECT m.code, r.month, r.submitted_on, r.done, r.in_progress, r.not_done,
                    (SELECT count(*) FROM pledge_items p
                      WHERE p.member_id = r.member_id AND p.year = 2025)
                      - r.done - r.in_progress - r.not_done,
                    m.name, m.unit
             FROM reports r JOIN members m ON m.id = r.member_id
             WHERE r.month BETWEEN '2025-01' AND '2025-12'",
            2.0,
        ),
    ];
    for (work, args, query, max_ratio) in streamed {
        let mut peak_kb = 0;
        let t = median(3, || {
            let (t, peak) = run_ok(&danvan, &db, &args);
            peak_kb = peak_kb.max(peak);
            t
        });
        let reference = sqlite3
            .as_ref()
            .map(|s| median(3, || run(s, &["-csv", path(&db), query], None).0));
        let mut row = ratio_row(work, t, reference, max_ratio, None);
        row.target = format!("{}, peak memory < 50 MB", row.target);
        row.met &= peak_kb < 50 * 1024;
        row.note = format!("peak {:.1} MB", peak_kb as f64 / 1024.0);
        rows.push(row);
    }

    // A superior body rolls up 10,000 cells' summary files: the province's
    // own, under 10,000 cell names.
    let cells = root.join("cells");
    let _ = fs::remove_dir_all(&cells);
    fs::create_dir_all(&cells).expect("create target/province/cells");
    let own = root.join("cell.json");
    run_ok(
        &danvan,
        &db,
        &[
            "export",
            "summary",
            "--from",
            "2023",
            "--to",
            "2025",
            "--format",
            "json",
            "--output",
            path(&own),
        ],
    );
    let text = fs::read_to_string(&own).expect("read the summary file");
    for n in 0..10_000 {
        let named = text.replacen("\"cell\": \"", &format!("\"cell\": \"Chi bộ {n:05} "), 1);
        fs::write(cells.join(format!("c{n:05}.json")), named).expect("write a cell file");
    }
    let rollup = median(3, || {
        run(
            &danvan,
            &["rollup", path(&cells), "--from", "2023", "--to", "2025"],
            Some(TODAY),
        )
        .0
    });
    rows.push(Row {
        work: "rollup of 10,000 cell files",
        danvan: rollup,
        reference: None,
        target: "< 5 s".into(),
        met: rollup < Duration::from_secs(5),
        note: String::new(),
    });

    // Undo of the report import (the newest change: everything since only
    // read), against the import it reverts.
    settle();
    let (undo, _) = run_ok(&danvan, &db, &["undo"]);
    rows.push(Row {
        work: "undo of the report import",
        danvan: undo,
        reference: None,
        target: "faster than the import".into(),
        met: undo < t_import,
        note: format!("import {}", ms(t_import)),
    });

    print_table(&rows);
}

/// The month a form is written and imported for: the last of the data.
const FORM_MONTH: &str = "2025-12";
/// The statuses as the form's drop-down writes them (`--lang vi`), in the
/// order of `STATUSES`.
const LABELS: [&str; 3] = ["Đã làm", "Đang làm", "Chưa làm được"];

/// `report template` for all 50,000 members (on the database with every
/// report: the month's are filled in), as a workbook and as CSV: time and
/// peak memory. Then the form of a database without the month's reports,
/// filled in here, against the same reports in the long layout, with
/// `member_name` and without: each import into a fresh copy of `base`
/// (members and pledges), three runs each in turn, medians compared.
fn template_rows(danvan: &Path, root: &Path, db: &Path, base: &Path) -> Vec<Row> {
    let mut rows = Vec::new();
    for (work, file) in [
        ("report template (50,000 members, .xlsx)", "form.xlsx"),
        ("report template (50,000 members, .csv)", "form.csv"),
    ] {
        let out = root.join(file);
        let mut peak_kb = 0;
        let t = median(3, || {
            let _ = fs::remove_file(&out);
            let (t, peak) = run_ok(
                danvan,
                db,
                &[
                    "report",
                    "template",
                    "--month",
                    FORM_MONTH,
                    "--output",
                    path(&out),
                ],
            );
            peak_kb = peak_kb.max(peak);
            t
        });
        rows.push(Row {
            work,
            danvan: t,
            reference: None,
            target: "< 5 s, peak memory < 200 MB".into(),
            met: t < Duration::from_secs(5) && peak_kb < 200 * 1024,
            note: format!("peak {:.1} MB", peak_kb as f64 / 1024.0),
        });
    }

    // The empty form, filled in; its long twins.
    let empty = root.join("form-empty.csv");
    let scratch = root.join("form.db");
    remove_db(&scratch);
    fs::copy(base, &scratch).expect("copy the database");
    let _ = fs::remove_file(&empty);
    run_ok(
        danvan,
        &scratch,
        &[
            "--lang",
            "vi",
            "report",
            "template",
            "--month",
            FORM_MONTH,
            "--output",
            path(&empty),
        ],
    );
    remove_db(&scratch);
    let files = fill_form(root, &empty);

    let mut times: [Vec<Duration>; 3] = Default::default();
    let mut peaks = [0; 3];
    let dbs = ["form-wide.db", "form-named.db", "form-long.db"].map(|f| root.join(f));
    for _ in 0..3 {
        for (((file, target), times), peak_kb) in
            files.paths.iter().zip(&dbs).zip(&mut times).zip(&mut peaks)
        {
            remove_db(target);
            fs::copy(base, target).expect("copy the database");
            settle();
            let (t, peak) = run_ok(danvan, target, &["report", "import", path(file)]);
            times.push(t);
            *peak_kb = peak.max(*peak_kb);
        }
    }
    // The three imports recorded the same reports.
    let exports = dbs.each_ref().map(|target| {
        let out = Command::new(danvan)
            .args(["--db", path(target), "export", "reports"])
            .env("DANVAN_TODAY", TODAY)
            .stderr(Stdio::null())
            .output()
            .expect("run danvan");
        assert!(out.status.success(), "export reports failed");
        out.stdout
    });
    let lines = exports[0].iter().filter(|&&b| b == b'\n').count();
    assert_eq!(lines, files.statuses + 1, "the wide import's statuses");
    assert!(
        exports[1] == exports[0] && exports[2] == exports[0],
        "the wide and long imports recorded different reports"
    );
    for target in &dbs {
        remove_db(target);
    }
    for ((name, t), peak_kb) in ["wide", "long with member_name", "long without names"]
        .iter()
        .zip(&times)
        .zip(peaks)
    {
        eprintln!(
            "report import of the filled form, {name}: {} (peak {:.1} MB)",
            list(t),
            peak_kb as f64 / 1024.0
        );
    }
    let [wide, named, bare] = times.map(middle);
    for (work, long) in [
        (
            "report import, wide form against long with member_name",
            named,
        ),
        ("report import, wide form against long without names", bare),
    ] {
        let ratio = wide.as_secs_f64() / long.as_secs_f64();
        rows.push(Row {
            work,
            danvan: wide,
            reference: None,
            target: "≤ 1.5× the long form".into(),
            met: ratio <= 1.5,
            note: format!("long {}, ratio {ratio:.2}", ms(long)),
        });
    }
    eprintln!(
        "the filled form: {} members, {} statuses",
        files.members, files.statuses
    );
    rows
}

struct Filled {
    /// The wide form, the long form with `member_name`, without it.
    paths: [PathBuf; 3],
    members: usize,
    statuses: usize,
}

/// Fill the status cells of `empty` (the form as `report template --lang
/// vi` writes it as CSV) as clerks would: one member in 25 has not
/// reported, one item in 11 is left empty, a few notes and dates; and
/// write the same reports in the long layout, with and without names.
fn fill_form(root: &Path, empty: &Path) -> Filled {
    let text = fs::read_to_string(empty).expect("read the form");
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    assert!(!text.contains('"'), "the form has quoted cells");
    let mut lines = text.lines();
    let header: Vec<&str> = lines
        .next()
        .expect("the form's header")
        .split(',')
        .collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("the form has no column {name}"))
    };
    let (code, name, month, submitted) = (
        column("Mã"),
        column("Họ và tên"),
        column("Tháng"),
        column("Ngày nộp"),
    );
    let items: Vec<(usize, usize)> = (1..=ITEMS)
        .map(|no| {
            (
                column(&format!("Việc {no}")),
                column(&format!("Ghi chú {no}")),
            )
        })
        .collect();
    let paths = ["filled-wide.csv", "filled-named.csv", "filled-long.csv"].map(|f| root.join(f));
    let [mut wide, mut named, mut long] = paths.each_ref().map(|p| writer(p));
    writeln!(wide, "{}", header.join(",")).unwrap();
    writeln!(
        named,
        "member,month,item,status,note,submitted_on,member_name"
    )
    .unwrap();
    writeln!(long, "member,month,item,status,note,submitted_on").unwrap();
    let (mut members, mut statuses) = (0, 0);
    for (r, line) in lines.enumerate() {
        let mut cells: Vec<String> = line.split(',').map(str::to_string).collect();
        assert_eq!(cells.len(), header.len(), "a row of the form");
        members += 1;
        let reports = r % 25 != 7;
        let day = (r % 10 == 3).then_some(("05/01/2026", "2026-01-05"));
        if reports && let Some((shown, _)) = day {
            cells[submitted] = shown.into();
        }
        for (no, &(status_at, note_at)) in (1..=ITEMS).zip(&items) {
            if !reports || (r * 7 + no * 3) % 11 == 0 {
                continue;
            }
            let s = (r + no) % 3;
            let note = if (r + no) % 50 == 0 {
                "chờ kinh phí đợt 2"
            } else {
                ""
            };
            cells[status_at] = LABELS[s].into();
            cells[note_at] = note.into();
            let on = day.map_or("", |(_, iso)| iso);
            let (c, m) = (&cells[code], &cells[month]);
            writeln!(
                named,
                "{c},{m},{no},{},{note},{on},{}",
                STATUSES[s], cells[name]
            )
            .unwrap();
            writeln!(long, "{c},{m},{no},{},{note},{on}", STATUSES[s]).unwrap();
            statuses += 1;
        }
        writeln!(wide, "{}", cells.join(",")).unwrap();
    }
    for w in [&mut wide, &mut named, &mut long] {
        w.flush().unwrap();
    }
    Filled {
        paths,
        members,
        statuses,
    }
}

fn ratio_row(
    work: &'static str,
    t: Duration,
    reference: Option<Duration>,
    max_ratio: f64,
    limit: Option<Duration>,
) -> Row {
    let ratio = reference.map(|r| t.as_secs_f64() / r.as_secs_f64());
    let mut target = format!("≤ {max_ratio}× sqlite3");
    if let Some(l) = limit {
        target = format!("< {}, {target}", ms(l));
    }
    Row {
        work,
        danvan: t,
        reference,
        met: ratio.is_none_or(|r| r <= max_ratio) && limit.is_none_or(|l| t < l),
        target,
        note: ratio
            .map(|r| format!("ratio {r:.2}"))
            .unwrap_or_else(|| "no sqlite3".into()),
    }
}

fn print_table(rows: &[Row]) {
    let mut out = String::new();
    let _ = writeln!(out, "| work | danvan | sqlite3 | ratio | target | result |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for r in rows {
        let ratio = r
            .reference
            .map(|x| format!("{:.2}", r.danvan.as_secs_f64() / x.as_secs_f64()))
            .unwrap_or_else(|| "–".into());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {}{} |",
            r.work,
            ms(r.danvan),
            r.reference.map(ms).unwrap_or_else(|| "–".into()),
            ratio,
            r.target,
            if r.met { "met" } else { "MISSED" },
            if r.note.is_empty() || r.note.starts_with("ratio") {
                String::new()
            } else {
                format!(" ({})", r.note)
            }
        );
    }
    println!("{out}");
}

fn ms(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

/// `sqlite3`'s `.import` of the reports file into a new bare table, after
/// `sync` if `after_sync`.
fn bare_import(sqlite3: &Path, root: &Path, reports: &Path, after_sync: bool) -> Duration {
    let bare = root.join("bare.db");
    remove_db(&bare);
    let script = format!(
        "CREATE TABLE reports (member TEXT, month TEXT, item TEXT, status TEXT, note TEXT, submitted_on TEXT);\n.import --csv --skip 1 {} reports\n",
        reports.display()
    );
    if after_sync {
        settle();
    }
    let start = Instant::now();
    sqlite_script(sqlite3, &bare, &script);
    start.elapsed()
}

/// Write every dirty page to disk, so that a run does not pay for the
/// writes of the one before it (hundreds of megabytes here).
fn settle() {
    // SAFETY: sync() takes nothing and cannot fail.
    unsafe { libc::sync() };
}

fn median(n: usize, mut f: impl FnMut() -> Duration) -> Duration {
    middle((0..n).map(|_| f()).collect())
}

fn middle(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn list(times: &[Duration]) -> String {
    times.iter().map(|&t| ms(t)).collect::<Vec<_>>().join(", ")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{suffix}", db.display()));
    }
}

/// Run a command, wait for it, and return its wall time and peak resident
/// memory in kB (from wait4's rusage).
fn run(program: &Path, args: &[&str], today: Option<&str>) -> (Duration, i64) {
    let mut cmd = Command::new(program);
    cmd.args(args).stdout(Stdio::null()).stderr(Stdio::null());
    if let Some(t) = today {
        cmd.env("DANVAN_TODAY", t);
    }
    let start = Instant::now();
    // Reaped below with wait4, which also gives its peak memory.
    #[allow(clippy::zombie_processes)]
    let child = cmd.spawn().expect("spawn");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, status and usage are valid pointers.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(waited, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{program:?} {args:?} failed"
    );
    (elapsed, usage.ru_maxrss)
}

fn run_ok(danvan: &Path, db: &Path, args: &[&str]) -> (Duration, i64) {
    let mut all = vec!["--db", path(db)];
    all.extend_from_slice(args);
    run(danvan, &all, Some(TODAY))
}

fn sqlite_script(sqlite3: &Path, db: &Path, script: &str) {
    let mut child = Command::new(sqlite3)
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn sqlite3");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    assert!(
        child.wait().expect("wait sqlite3").success(),
        "sqlite3 failed"
    );
}

struct Data {
    members: PathBuf,
    pledges: PathBuf,
    reports: PathBuf,
}

/// The province's files, made once and reused.
fn generate(root: &Path) -> Data {
    let data = Data {
        members: root.join("members.csv"),
        pledges: root.join("pledges.csv"),
        reports: root.join("reports.csv"),
    };
    let stamp = root.join("generated-v1");
    if stamp.exists()
        && [&data.members, &data.pledges, &data.reports]
            .iter()
            .all(|f| f.exists())
    {
        return data;
    }
    eprintln!(
        "generating the province data set under {} …",
        root.display()
    );
    let mut w = writer(&data.members);
    writeln!(w, "code,name,unit,roles,joined,left,email,phone,note").unwrap();
    for i in 0..MEMBERS {
        let name = format!(
            "{} {} {}",
            FAMILY[i % FAMILY.len()],
            MIDDLE[(i / 7) % MIDDLE.len()],
            GIVEN[(i / 3) % GIVEN.len()]
        );
        writeln!(
            w,
            "T{i:06},{name},Đơn vị số {:03},public-employee|party-member,2015-01-01,,t{i}@tinh.example.vn,0900000000,",
            i % UNITS + 1
        )
        .unwrap();
    }
    w.flush().unwrap();

    let mut p = writer(&data.pledges);
    let mut r = writer(&data.reports);
    writeln!(p, "member,year,no,field,model,text").unwrap();
    writeln!(r, "member,month,item,status,note,submitted_on").unwrap();
    for i in 0..MEMBERS {
        for year in YEARS {
            for no in 1..=ITEMS {
                writeln!(
                    p,
                    "T{i:06},{year},{no},{},,Việc làm cụ thể số {no} năm {year}",
                    FIELDS[(i + no) % 4]
                )
                .unwrap();
            }
            for month in 1..=12 {
                // One in forty has not reported December 2025 yet: the reminder's list.
                if year == 2025 && month == 12 && i % 40 == 0 {
                    continue;
                }
                let (ny, nm) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                for no in 1..=ITEMS {
                    let status = STATUSES[(i + month as usize + no) % 3];
                    writeln!(
                        r,
                        "T{i:06},{year}-{month:02},{no},{status},,{ny}-{nm:02}-05"
                    )
                    .unwrap();
                }
            }
        }
    }
    p.flush().unwrap();
    r.flush().unwrap();
    File::create(stamp).unwrap();
    data
}

/// The files the title rules read: small, written on every run.
struct TitleData {
    evaluations: PathBuf,
    initiatives: PathBuf,
    disciplines: PathBuf,
}

fn title_data(root: &Path) -> TitleData {
    let data = TitleData {
        evaluations: root.join("evaluations-2025.csv"),
        initiatives: root.join("initiatives-2025.csv"),
        disciplines: root.join("disciplines-2025.csv"),
    };
    let mut e = writer(&data.evaluations);
    let mut i = writer(&data.initiatives);
    let mut d = writer(&data.disciplines);
    writeln!(e, "kind,subject,year,rating").unwrap();
    writeln!(i, "member,year,title,level").unwrap();
    writeln!(d, "member,year,form").unwrap();
    const RATINGS: [&str; 10] = [
        "excellent",
        "excellent",
        "excellent",
        "good",
        "good",
        "good",
        "good",
        "good",
        "complete",
        "incomplete",
    ];
    for m in 0..MEMBERS {
        writeln!(e, "member,T{m:06},2025,{}", RATINGS[m % 10]).unwrap();
        if m % 10 == 1 {
            writeln!(i, "T{m:06},2025,Sáng kiến số {m},grassroots").unwrap();
        }
        if m % 500 == 7 {
            writeln!(d, "T{m:06},2025,warning").unwrap();
        }
    }
    for u in 1..=UNITS {
        let rating = if u % 3 == 0 { "excellent" } else { "good" };
        writeln!(e, "unit,Đơn vị số {u:03},2025,{rating}").unwrap();
    }
    for w in [&mut e, &mut i, &mut d] {
        w.flush().unwrap();
    }
    data
}

fn writer(p: &Path) -> BufWriter<File> {
    BufWriter::with_capacity(1 << 20, File::create(p).expect("create data file"))
}
