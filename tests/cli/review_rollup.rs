//! `export review --from-files`: the superior body's review document from
//! its cells' summary files and databases, read as `rollup` reads them;
//! every figure compared with sums computed here from the cells' own
//! summary files and with `rollup`'s output; its by-unit parts by cell.

use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use serde_json::{Value, json};

use crate::common::Env;
use crate::review::{paragraphs, tables, text_part, vi};

const PERIOD: [&str; 4] = ["--from", "2025", "--to", "2025"];

/// Cell A: the demo's cell under another name (three full years).
fn cell_a() -> Env {
    let env = Env::empty();
    env.ok(&["demo"]);
    env.ok(&["setting", "set", "cell", "Chi bộ A"]);
    env
}

/// A cell made by commands: its members (code, name, reports of 2025 as
/// month and items), a model owned by a unit or a member, an exemplar.
fn small_cell(name: &str, members: &[(&str, &str, &[&str])], model: &[&str]) -> Env {
    let env = Env::new();
    env.ok(&["setting", "set", "cell", name]);
    for (code, person, months) in members {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            person,
            "--joined",
            "2020-01-01",
            "--unit",
            "Tổ 1",
        ]);
        for what in ["Việc một", "Việc hai"] {
            env.ok(&[
                "pledge", "add", code, "--year", "2025", "--field", "economy", what,
            ]);
        }
        for month in *months {
            env.ok(&[
                "report",
                "add",
                code,
                "--month",
                month,
                "--item",
                "1=done",
                "--item",
                "2=not-done",
            ]);
        }
    }
    let mut args = vec!["model", "add"];
    args.extend_from_slice(model);
    args.extend_from_slice(&["--field", "economy", "--started", "2025"]);
    env.ok(&args);
    let first = members[0].0;
    env.ok(&[
        "evaluate",
        "member",
        first,
        "--year",
        "2025",
        "--rating",
        "excellent",
        "--exemplary",
    ]);
    env
}

/// Cell B: one member reporting three months, one not at all.
fn cell_b() -> Env {
    small_cell(
        "Chi bộ B",
        &[
            ("B1", "Lê Văn Bình", &["2025-01", "2025-02", "2025-03"]),
            ("B2", "Trần Thị Bích", &[]),
        ],
        &["MB01", "--name", "Mô hình của B", "--unit", "Tổ 1"],
    )
}

/// Cell C: one member reporting every month, a model owned by the member.
fn cell_c() -> Env {
    let months: Vec<String> = (1..=12).map(|m| format!("2025-{m:02}")).collect();
    let months: Vec<&str> = months.iter().map(String::as_str).collect();
    small_cell(
        "Chi bộ C",
        &[("C1", "Phạm Văn Cường", &months)],
        &["MC01", "--name", "Mô hình của C", "--member", "C1"],
    )
}

/// A cell's summary file of 2025 and what it says.
fn summary_file(env: &Env, name: &str) -> (PathBuf, Value) {
    let out = env.dir.path().join(name);
    let mut args = vec!["export", "summary"];
    args.extend_from_slice(&PERIOD);
    args.extend_from_slice(&["--format", "json", "--output", out.to_str().unwrap()]);
    env.ok(&args);
    let file = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    (out, file)
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `args` with the period and the files after `--from-files`.
fn with_files<'a>(args: &[&'a str], files: &[&'a str]) -> Vec<&'a str> {
    let mut all = args.to_vec();
    all.extend_from_slice(&PERIOD);
    all.push("--from-files");
    all.extend_from_slice(files);
    all
}

/// The superior's review of `files` in Vietnamese, written to `out`.
fn review(superior: &Env, files: &[&str], out: &Path) -> String {
    let mut args = with_files(&["--lang", "vi", "export", "review"], files);
    args.extend_from_slice(&["--output", path(out)]);
    superior.ok(&args);
    text_part(out, "word/document.xml")
}

/// A count of 2025 summed over the cells' files.
fn sum(files: &[&Value], key: &str) -> i64 {
    files
        .iter()
        .map(|f| f["counts"]["years"]["2025"][key].as_i64().unwrap())
        .sum()
}

/// A rate as the Vietnamese document writes it, from its two counts.
fn vi_rate(a: i64, b: i64) -> String {
    let t = (2000 * a + b).div_euclid(2 * b);
    format!("{},{}%", t / 10, t % 10)
}

/// The table whose first header is `first`.
fn table<'a>(tables: &'a [Vec<Vec<String>>], first: &str) -> &'a [Vec<String>] {
    tables
        .iter()
        .find(|t| t.first().is_some_and(|h| h[0] == first))
        .unwrap_or_else(|| panic!("a table headed {first}"))
}

/// A number in a workbook cell.
fn number(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(n) => *n as f64,
        other => panic!("not a number: {other:?}"),
    }
}

/// `rollup` of the same files, as JSON: the whole and by cell.
fn rollup(superior: &Env, files: &[&str]) -> (Value, Vec<Value>) {
    let mut args = vec!["--format", "json", "rollup"];
    args.extend_from_slice(files);
    args.extend_from_slice(&PERIOD);
    let whole: Value = serde_json::from_str(&superior.ok(&args)).unwrap();
    args.extend_from_slice(&["--by", "cell"]);
    let by_cell = serde_json::from_str(&superior.ok(&args)).unwrap();
    (whole, by_cell)
}

fn total<'a>(whole: &'a Value, metric: &str) -> &'a Value {
    let rows = whole["rows"].as_array().unwrap();
    &rows.iter().find(|r| r["metric"] == metric).unwrap()["total"]
}

#[test]
fn the_superior_review_sums_the_cells_files_and_databases_by_cell() {
    let (a, b, c) = (cell_a(), cell_b(), cell_c());
    let (_, a_file) = summary_file(&a, "a.json");
    let (b_json, b_file) = summary_file(&b, "b.json");
    let (_, c_file) = summary_file(&c, "c.json");
    let cells = [&a_file, &b_file, &c_file];
    assert_eq!(b_file["version"], 2);
    assert!(b_file["details"]["models"].is_array(), "{b_file}");

    // A and C as databases, B as its summary file; no superior database.
    let superior = Env::empty();
    let files = [path(&a.db), path(&b_json), path(&c.db)];
    let out = superior.dir.path().join("so-ket-cap-tren.docx");
    let xml = review(&superior, &files, &out);
    let texts = paragraphs(&xml);
    let tables = tables(&xml);
    assert!(!superior.db.exists(), "no database made for the superior");

    // Registration and monthly reports: the cells' counts summed, rates
    // from the summed counts.
    let registration = table(&tables, "Năm");
    let row = &registration[1];
    assert_eq!(row[0], "2025");
    assert_eq!(row[1], vi(&json!(sum(&cells, "active_members"))));
    assert_eq!(row[2], vi(&json!(sum(&cells, "registered_members"))));
    assert_eq!(
        row[3],
        vi_rate(
            sum(&cells, "registered_members"),
            sum(&cells, "active_members")
        )
    );
    assert_eq!(row[4], vi(&json!(sum(&cells, "pledge_items"))));
    let monthly = tables
        .iter()
        .find(|t| t[0][1] == "Phải nộp")
        .expect("the monthly reports table");
    let (expected, submitted) = (
        sum(&cells, "expected_reports"),
        sum(&cells, "submitted_reports"),
    );
    let (done, reported) = (sum(&cells, "items_done"), sum(&cells, "items_reported"));
    assert_eq!(monthly[1][1], vi(&json!(expected)));
    assert_eq!(monthly[1][2], vi(&json!(submitted)));
    assert_eq!(monthly[1][3], vi_rate(submitted, expected));
    assert_eq!(monthly[1][7], vi_rate(done, reported));

    // The by-unit table is by cell: one row per cell, named by its `cell`
    // setting, each the cell's own figures as `rollup --by cell` gives them,
    // and the total `rollup`'s.
    let (whole, by_cell) = rollup(&superior, &files);
    let cells_table = table(&tables, "Chi bộ");
    let keys = [
        "active_members",
        "registration_rate",
        "reporting_rate",
        "done_rate",
        "running_models",
        "exemplary_individuals",
    ];
    let names: Vec<&str> = cells_table[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["Chi bộ A", "Chi bộ B", "Chi bộ C", "Tổng cộng"]);
    for (row, cell) in cells_table[1..4].iter().zip(&by_cell) {
        assert_eq!(row[0], cell["cell"].as_str().unwrap());
        for (i, key) in keys.iter().enumerate() {
            assert_eq!(row[i + 1], vi(&cell[key]), "{key} of {}", row[0]);
        }
    }
    for (i, key) in keys.iter().enumerate() {
        assert_eq!(cells_table[4][i + 1], vi(total(&whole, key)), "{key}");
    }
    assert_eq!(
        cells_table[4][1],
        vi(&json!(
            cells
                .iter()
                .map(|f| f["counts"]["period"]["active_members"].as_i64().unwrap())
                .sum::<i64>()
        ))
    );
    assert!(
        texts.iter().any(|p| p == "6. Kết quả theo chi bộ"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|p| p.starts_with("- Các chi bộ có tỷ lệ nộp báo cáo tháng thấp hơn tỷ lệ chung"))
    );

    // Models and members missing reports: every cell's, each naming its cell.
    let models = table(&tables, "TT");
    let count = |key: &str| -> usize {
        cells
            .iter()
            .map(|f| f["details"][key].as_array().unwrap().len())
            .sum()
    };
    assert_eq!(models.len() - 1, count("models"));
    assert!(
        models
            .iter()
            .any(|r| r[1] == "Mô hình của B" && r[4] == "Tổ 1 (Chi bộ B)")
    );
    assert!(
        models
            .iter()
            .any(|r| r[1] == "Mô hình của C" && r[4] == "Phạm Văn Cường (Chi bộ C)")
    );
    let absentees = tables
        .iter()
        .find(|t| t[0].get(2).is_some_and(|h| h == "Đơn vị (chi bộ)"))
        .expect("the members missing reports");
    assert_eq!(absentees.len() - 1, count("absentees"));
    assert!(
        absentees
            .iter()
            .any(|r| r[1] == "Trần Thị Bích" && r[2] == "Tổ 1 (Chi bộ B)" && r[3] == "12")
    );
    assert!(
        texts.iter().any(
            |p| p.contains("Lê Văn Bình (Chi bộ B)") && p.contains("Phạm Văn Cường (Chi bộ C)")
        ),
        "the exemplars name their cells"
    );

    // The same from every cell's summary file.
    let jsons: Vec<PathBuf> = [(&a, "a.json"), (&c, "c.json")]
        .iter()
        .map(|(e, n)| e.dir.path().join(n))
        .collect();
    let again = superior.dir.path().join("lan-hai.docx");
    let xml_again = review(
        &superior,
        &[path(&jsons[0]), path(&b_json), path(&jsons[1])],
        &again,
    );
    assert_eq!(crate::review::tables(&xml_again), tables);
}

#[test]
fn the_workbook_is_by_cell_and_the_superior_signs_with_its_own_settings() {
    let (b, c) = (cell_b(), cell_c());
    let (b_json, b_file) = summary_file(&b, "b.json");
    let superior = Env::new();
    for (key, value) in [
        ("cell", "Đảng ủy Khối cơ quan"),
        ("place", "Kon Tum"),
        ("signer_name", "Nguyễn Văn An"),
    ] {
        superior.ok(&["setting", "set", key, value]);
    }
    let files = [path(&b_json), path(&c.db)];
    let docx = superior.dir.path().join("so-ket.docx");
    let xml = review(&superior, &files, &docx);
    assert!(xml.contains("ĐẢNG ỦY KHỐI CƠ QUAN"), "the superior's cell");
    assert!(xml.contains("Số       -BC/ĐU"));
    assert!(xml.contains("Kon Tum, ngày 27 tháng 11 năm 2026"));
    assert!(xml.contains("Nguyễn Văn An"));

    let xlsx = superior.dir.path().join("so-ket.xlsx");
    let mut args = with_files(&["export", "review"], &files);
    args.extend_from_slice(&["--output", path(&xlsx)]);
    superior.ok(&args);
    let mut wb: Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    assert!(
        wb.sheet_names().contains(&"By cell".to_string()),
        "{:?}",
        wb.sheet_names()
    );
    let sheet = wb.worksheet_range("By cell").unwrap();
    let rows: Vec<&[Data]> = sheet.rows().collect();
    assert_eq!(rows[0][0], Data::String("Cell".into()));
    let (_, by_cell) = rollup(&superior, &files);
    let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
    let col = |label: &str| header.iter().position(|h| h == label).unwrap();
    for (row, cell) in rows[1..].iter().zip(&by_cell) {
        assert_eq!(row[0].to_string(), cell["cell"].as_str().unwrap());
        let members = number(&row[col("Active members")]);
        assert_eq!(members as i64, cell["active_members"].as_i64().unwrap());
        let rate = number(&row[col("Reporting rate")]);
        let want = cell["reporting_rate"].as_f64().unwrap();
        assert!((rate * 100.0 - want).abs() < 1e-9, "{rate} {want}");
    }
    assert_eq!(rows.len() - 1, by_cell.len());
    // The months' figures are the cells' summed month by month.
    let (_, c_file) = summary_file(&c, "c.json");
    let month = wb.worksheet_range("By month").unwrap();
    let expected: f64 = month.rows().skip(1).map(|r| number(&r[1])).sum();
    assert_eq!(
        expected as i64,
        sum(&[&b_file, &c_file], "expected_reports")
    );
    let january = month.rows().nth(1).unwrap();
    assert_eq!(january[0].to_string(), "01/2025");
    let months = |f: &Value| {
        f["details"]["months"][0]["submitted_reports"]
            .as_i64()
            .unwrap()
    };
    assert_eq!(
        number(&january[2]) as i64,
        months(&b_file) + months(&c_file)
    );
    assert_eq!(rows[1][0].to_string(), "Chi bộ B");
    assert_eq!(by_cell.len(), 2);
    let b_members = b_file["counts"]["period"]["active_members"]
        .as_i64()
        .unwrap();
    assert_eq!(number(&rows[1][col("Active members")]) as i64, b_members);
}

#[test]
fn a_version_1_file_gives_the_counts_and_the_review_says_what_it_leaves_out() {
    let (b, c) = (cell_b(), cell_c());
    let (_, c_file) = summary_file(&c, "c.json");
    let (_, b_file) = summary_file(&b, "b.json");
    let mut old = c_file.clone();
    old["version"] = json!(1);
    old.as_object_mut().unwrap().remove("details");
    let old_path = c.file("c-v1.json", serde_json::to_string_pretty(&old).unwrap());
    let superior = Env::empty();
    let files = [path(&b.db), old_path.as_str()];
    let out = superior.dir.path().join("so-ket.docx");
    let xml = review(&superior, &files, &out);
    let texts = paragraphs(&xml);
    assert!(
        texts
            .iter()
            .any(|p| p.starts_with("Tệp của Chi bộ C chỉ có số liệu tổng hợp")),
        "{texts:?}"
    );
    // The counts are both cells', the models B's only.
    let tables = tables(&xml);
    let registration = table(&tables, "Năm");
    assert_eq!(
        registration[1][1],
        vi(&json!(sum(&[&b_file, &c_file], "active_members")))
    );
    let models = table(&tables, "TT");
    assert_eq!(models.len() - 1, 1);
    assert_eq!(models[1][1], "Mô hình của B");

    // A roll-up's own summary file carries the details only when every
    // cell sent them.
    let mut args = vec!["--format", "json", "rollup"];
    args.extend_from_slice(&files);
    args.extend_from_slice(&PERIOD);
    let up: Value = serde_json::from_str(&superior.ok(&args)).unwrap();
    assert!(up.get("details").is_none(), "{up}");
    let mut args = vec!["--format", "json", "rollup", path(&b.db), path(&c.db)];
    args.extend_from_slice(&PERIOD);
    let up: Value = serde_json::from_str(&superior.ok(&args)).unwrap();
    assert_eq!(up["details"]["models"].as_array().unwrap().len(), 2);
}

#[test]
fn wrong_inputs_are_refused_naming_the_file_and_no_document_is_made() {
    let (b, c) = (cell_b(), cell_c());
    let (b_json, _) = summary_file(&b, "b.json");
    let superior = Env::empty();
    let out = superior.dir.path().join("so-ket.docx");
    let run = |files: &[&str]| {
        let mut args = with_files(&["export", "review"], files);
        args.extend_from_slice(&["--output", path(&out)]);
        let err = superior.fails(&args);
        assert!(!out.exists(), "no document: {err}");
        err
    };
    let b_path = path(&b_json);

    // A file of another period.
    let other = c.dir.path().join("c-2024.json");
    c.ok(&[
        "export",
        "summary",
        "--from",
        "2024",
        "--to",
        "2025",
        "--format",
        "json",
        "--output",
        path(&other),
    ]);
    let err = run(&[b_path, path(&other)]);
    assert!(
        err.contains("c-2024.json is the summary of 2024-2025, not of 2025-2025"),
        "{err}"
    );

    // The same cell twice: its file and its database.
    let err = run(&[b_path, path(&b.db)]);
    assert!(err.contains("is the cell \"Chi bộ B\" again"), "{err}");
    assert!(err.contains(path(&b.db)), "{err}");

    // A file of another kind.
    let members = c.dir.path().join("members.json");
    c.ok(&[
        "export",
        "members",
        "--format",
        "json",
        "--output",
        path(&members),
    ]);
    let err = run(&[b_path, path(&members)]);
    assert!(
        err.contains(&format!(
            "{} is neither a cell's summary file nor a danvan database",
            path(&members)
        )),
        "{err}"
    );

    // A database of a newer danvan, left as it was.
    let newer = c.dir.path().join("newer.db");
    std::fs::copy(&c.db, &newer).unwrap();
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = std::fs::read(&newer).unwrap();
    let err = run(&[b_path, path(&newer)]);
    assert!(
        err.contains("newer.db was written by a newer danvan"),
        "{err}"
    );
    assert_eq!(std::fs::read(&newer).unwrap(), before);
    assert!(!superior.db.exists());
}
