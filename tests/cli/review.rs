//! `export review` as a Word document: read back from its parts (Word's
//! document.xml), every figure compared with `export summary --format json`;
//! and the readers of a review's parts the other review tests share (the
//! workbook, the refusals and `setting` are in review_workbook.rs).

use std::io::Read;
use std::path::Path;

use calamine::{Reader, Xlsx};
use rusqlite::{Connection, params};
use serde_json::Value;

use crate::common::Env;

/// The demo's cell (three full years 2023-2025 on the tests' today).
pub(crate) fn demo() -> Env {
    let env = Env::empty();
    env.ok(&["demo"]);
    env
}

fn part(path: &Path, name: &str) -> Vec<u8> {
    let file = std::fs::File::open(path).expect("open document");
    let mut zip = zip::ZipArchive::new(file).expect("a zip file");
    let mut entry = zip
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the file"));
    let mut bytes = Vec::new();
    entry.read_to_end(&mut bytes).expect("read part");
    bytes
}

pub(crate) fn part_names(path: &Path) -> Vec<String> {
    let file = std::fs::File::open(path).expect("open document");
    let zip = zip::ZipArchive::new(file).expect("a zip file");
    zip.file_names()
        .map(|n| n.expect("a part name").into_owned())
        .collect()
}

pub(crate) fn text_part(path: &Path, name: &str) -> String {
    String::from_utf8(part(path, name)).expect("utf-8 part")
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The texts of the `<w:t>` runs of a piece of WordprocessingML, joined.
fn runs(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:t") {
        rest = &rest[i + 4..];
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue;
        }
        let Some(open) = rest.find('>') else { break };
        if rest[..open].ends_with('/') {
            rest = &rest[open + 1..];
            continue;
        }
        let Some(close) = rest.find("</w:t>") else {
            break;
        };
        out.push_str(&unescape(&rest[open + 1..close]));
        rest = &rest[close..];
    }
    out
}

/// Every paragraph's text, in order.
pub(crate) fn paragraphs(xml: &str) -> Vec<String> {
    xml.split("</w:p>").map(runs).collect()
}

/// Every table as rows of cell texts (a cell's paragraphs joined by a newline).
pub(crate) fn tables(xml: &str) -> Vec<Vec<Vec<String>>> {
    xml.split("<w:tbl>")
        .skip(1)
        .map(|t| {
            let t = t.split("</w:tbl>").next().unwrap_or("");
            t.split("</w:tr>")
                .filter(|r| r.contains("<w:tc>"))
                .map(|r| {
                    r.split("</w:tc>")
                        .filter(|c| c.contains("<w:p"))
                        .map(|c| {
                            paragraphs(c)
                                .into_iter()
                                .filter(|p| !p.is_empty())
                                .collect::<Vec<_>>()
                                .join("\n")
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// A JSON figure as the Vietnamese document writes it: `1.988`, `92,2%`.
pub(crate) fn vi(v: &Value) -> String {
    match v {
        Value::Number(n) if n.is_i64() => {
            let digits = n.to_string();
            let mut out = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    out.push('.');
                }
                out.push(c);
            }
            out
        }
        Value::Number(n) => format!("{:.1}%", n.as_f64().unwrap()).replace('.', ","),
        Value::Null => "-".into(),
        other => panic!("unexpected figure {other}"),
    }
}

/// `export summary --format json` as metric → column → figure.
pub(crate) fn summary(env: &Env, from: &str, to: &str) -> Vec<Value> {
    let json = env.ok(&[
        "export", "summary", "--from", from, "--to", to, "--format", "json",
    ]);
    let file: Value = serde_json::from_str(&json).expect("summary json");
    serde_json::from_value(file["rows"].clone()).expect("the summary file's rows")
}

pub(crate) fn figure<'a>(summary: &'a [Value], metric: &str, column: &str) -> &'a Value {
    summary
        .iter()
        .find(|m| m["metric"] == metric)
        .unwrap_or_else(|| panic!("metric {metric}"))
        .get(column)
        .unwrap_or_else(|| panic!("{metric} {column}"))
}

pub(crate) fn review(
    env: &Env,
    lang: &str,
    from: &str,
    to: &str,
    file: &str,
) -> std::path::PathBuf {
    env.ok(&[
        "--lang", lang, "export", "review", "--from", from, "--to", to, "--output", file,
    ]);
    env.dir.path().join(file)
}

/// Check a table of one row per year (and a total row) against the summary.
fn check_yearly(table: &[Vec<String>], summary: &[Value], keys: &[&str], years: &[&str]) {
    for (r, year) in years.iter().chain(["total"].iter()).enumerate() {
        let row = &table[r + 1];
        if *year != "total" {
            assert_eq!(row[0], *year);
        }
        for (c, key) in keys.iter().enumerate() {
            assert_eq!(
                row[c + 1],
                vi(figure(summary, key, year)),
                "{key} in {year}: {row:?}"
            );
        }
    }
}

#[test]
fn the_word_review_has_the_party_layout_and_the_summary_figures() {
    let env = demo();
    let path = review(&env, "vi", "2023", "2025", "so-ket.docx");
    let xml = text_part(&path, "word/document.xml");
    let texts = paragraphs(&xml);
    let has = |t: &str| texts.iter().any(|p| p == t);

    // The masthead: parent in capitals, the cell in bold capitals, the number.
    let tables = tables(&xml);
    let masthead = &tables[0][0];
    assert_eq!(
        masthead[0],
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nCHI BỘ SỞ NỘI VỤ\n*\nSố       -BC/CB"
    );
    assert_eq!(
        masthead[1],
        "ĐẢNG CỘNG SẢN VIỆT NAM\nKon Tum, ngày 27 tháng 11 năm 2026"
    );
    let cell_run = xml.find("CHI BỘ SỞ NỘI VỤ").unwrap();
    let run_start = xml[..cell_run].rfind("<w:r>").unwrap();
    assert!(xml[run_start..cell_run].contains("<w:b />"));
    let motto = xml.find("ĐẢNG CỘNG SẢN VIỆT NAM").unwrap();
    let run_start = xml[..motto].rfind("<w:r>").unwrap();
    assert!(xml[run_start..motto].contains("<w:u w:val=\"single\""));
    let date = xml.find("Kon Tum, ngày").unwrap();
    let run_start = xml[..date].rfind("<w:r>").unwrap();
    assert!(xml[run_start..date].contains("<w:i />"));
    assert!(has("BÁO CÁO"));
    assert!(has(
        "Sơ kết 3 năm thực hiện phong trào thi đua \"Dân vận khéo\" (2023 - 2025)"
    ));

    // A4, margins within the guidance, page numbers from page 2.
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""), "{xml}");
    let attr = |name: &str| -> i64 {
        let at = xml.find("<w:pgMar").unwrap();
        let tag = &xml[at..at + xml[at..].find('>').unwrap()];
        let key = format!("w:{name}=\"");
        let v = &tag[tag.find(&key).unwrap() + key.len()..];
        v[..v.find('"').unwrap()].parse().unwrap()
    };
    let mm = |twips: i64| twips as f64 * 25.4 / 1440.0;
    for (side, lo, hi) in [
        ("top", 20.0, 25.0),
        ("bottom", 20.0, 25.0),
        ("left", 30.0, 35.0),
        ("right", 15.0, 20.0),
    ] {
        let v = mm(attr(side));
        assert!(v >= lo - 0.1 && v <= hi + 0.1, "{side} margin {v} mm");
    }
    assert!(xml.contains("<w:titlePg />"));
    let footers: Vec<String> = part_names(&path)
        .into_iter()
        .filter(|n| n.starts_with("word/footer"))
        .collect();
    assert!(
        footers.iter().any(|f| text_part(&path, f).contains("PAGE")),
        "{footers:?}"
    );
    let styles = text_part(&path, "word/styles.xml");
    assert!(styles.contains("w:ascii=\"Times New Roman\""));
    assert!(styles.contains("<w:sz w:val=\"28\" />"), "body 14 pt");

    // The chart is a PNG part that decodes.
    let png_name = part_names(&path)
        .into_iter()
        .find(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .expect("an image part");
    let png = part(&path, &png_name);
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().expect("a valid PNG");
    let mut pixels = vec![0; reader.output_buffer_size()];
    reader.next_frame(&mut pixels).expect("PNG pixels");

    // Every figure is the summary's.
    let s = summary(&env, "2023", "2025");
    let years = ["2023", "2024", "2025"];
    check_yearly(
        &tables[1],
        &s,
        &[
            "active_members",
            "registered_members",
            "registration_rate",
            "pledge_items",
            "pledge_items_economy",
            "pledge_items_culture_society",
            "pledge_items_defense_security",
            "pledge_items_political_system",
        ],
        &years,
    );
    check_yearly(
        &tables[2],
        &s,
        &[
            "expected_reports",
            "submitted_reports",
            "reporting_rate",
            "items_done",
            "items_in_progress",
            "items_not_done",
            "done_rate",
        ],
        &years,
    );
    check_yearly(
        &tables[4],
        &s,
        &[
            "rated_excellent",
            "rated_good",
            "rated_complete",
            "rated_incomplete",
            "not_evaluated",
        ],
        &years,
    );
    let sentence = |start: &str| -> String {
        texts
            .iter()
            .find(|p| p.starts_with(start) && p.contains("đã đăng ký"))
            .cloned()
            .unwrap_or_default()
    };
    let registration = sentence("Giai đoạn 2023 - 2025");
    assert!(
        registration.contains(&format!(
            "{}/{} cán bộ, đảng viên, người lao động (đạt {})",
            vi(figure(&s, "registered_members", "total")),
            vi(figure(&s, "active_members", "total")),
            vi(figure(&s, "registration_rate", "total"))
        )),
        "{registration}"
    );
    let reports = texts
        .iter()
        .find(|p| p.contains("báo cáo tháng phải nộp"))
        .unwrap();
    assert!(reports.contains(&format!(
        "{}/{} báo cáo tháng phải nộp (đạt {})",
        vi(figure(&s, "submitted_reports", "total")),
        vi(figure(&s, "expected_reports", "total")),
        vi(figure(&s, "reporting_rate", "total"))
    )));

    // By unit: the --by unit figures, then the agency's.
    let json = env.ok(&[
        "--lang", "vi", "export", "summary", "--from", "2023", "--to", "2025", "--by", "unit",
        "--format", "json",
    ]);
    let units: Vec<Value> = serde_json::from_str(&json).unwrap();
    let by_unit = &tables[5];
    assert_eq!(by_unit.len(), units.len() + 2);
    for (row, unit) in by_unit[1..].iter().zip(&units) {
        assert_eq!(row[0], unit["unit"].as_str().unwrap());
        for (c, key) in [
            "active_members",
            "registration_rate",
            "reporting_rate",
            "done_rate",
            "running_models",
            "exemplary_individuals",
        ]
        .iter()
        .enumerate()
        {
            assert_eq!(row[c + 1], vi(&unit[key]), "{key} of {}", row[0]);
        }
    }
    let whole = by_unit.last().unwrap();
    assert_eq!(whole[1], vi(figure(&s, "active_members", "total")));
    assert_eq!(whole[3], vi(figure(&s, "reporting_rate", "total")));

    // Models by name, exemplars by name, each year's.
    let models: Vec<Value> =
        serde_json::from_str(&env.ok(&["export", "models", "--format", "json"])).unwrap();
    let model_names: Vec<&String> = tables[3][1..].iter().map(|r| &r[1]).collect();
    for m in &models {
        let name = m["name"].as_str().unwrap();
        assert!(model_names.iter().any(|n| *n == name), "model {name}");
    }
    let evaluations: Vec<Value> = serde_json::from_str(&env.ok(&[
        "export",
        "evaluations",
        "--from",
        "2023",
        "--to",
        "2025",
        "--format",
        "json",
    ]))
    .unwrap();
    let mut exemplars = 0;
    for e in evaluations.iter().filter(|e| e["exemplary"] == true) {
        let name = match e["kind"].as_str().unwrap() {
            "member" => e["subject_name"].as_str().unwrap(),
            "unit" => e["subject"].as_str().unwrap(),
            _ => continue,
        };
        let line = texts
            .iter()
            .find(|p| p.starts_with(&format!("- Năm {}:", e["year"])))
            .unwrap_or_else(|| panic!("exemplars of {}", e["year"]));
        assert!(line.contains(name), "{name} in {line}");
        exemplars += 1;
    }
    assert!(exemplars > 0);

    // Part II from the data, and the clerk's headings with room under them.
    assert!(
        texts
            .iter()
            .any(|p| p.starts_with("- Số lượt việc chưa làm được: "))
    );
    for heading in [
        "7. Đánh giá chung, ưu điểm",
        "2. Nguyên nhân",
        "III. BÀI HỌC KINH NGHIỆM",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ] {
        let i = texts.iter().position(|p| p == heading).expect(heading);
        assert_eq!(texts[i + 1], "", "an empty paragraph under {heading}");
    }
    let signature = &tables.last().unwrap()[0];
    assert!(signature[0].starts_with("Nơi nhận:"));
    assert_eq!(signature[1], "T/M CHI BỘ\nBÍ THƯ\nNguyễn Văn Hùng");
}

/// A member alone from 2020, pledging every year from 2022, without
/// reports, models or evaluations.
fn quiet_cell() -> Env {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "A1",
        "--name",
        "Nguyễn Văn An",
        "--unit",
        "Văn phòng",
        "--joined",
        "2020-01-01",
    ]);
    let conn = Connection::open(&env.db).unwrap();
    for year in 2022..=2026 {
        conn.execute(
            "INSERT INTO pledge_items (member_id, year, no, field, text)
             VALUES ((SELECT id FROM members WHERE code = 'A1'), ?, 1, 'economy', 'việc')",
            params![year],
        )
        .unwrap();
    }
    env
}

#[test]
fn the_title_says_one_year_a_review_or_a_final_review() {
    let env = quiet_cell();
    for (from, to, title) in [
        (
            "2025",
            "2025",
            "Sơ kết năm 2025 thực hiện phong trào thi đua \"Dân vận khéo\"",
        ),
        (
            "2023",
            "2025",
            "Sơ kết 3 năm thực hiện phong trào thi đua \"Dân vận khéo\" (2023 - 2025)",
        ),
        (
            "2022",
            "2026",
            "Tổng kết 5 năm thực hiện phong trào thi đua \"Dân vận khéo\" (2022 - 2026)",
        ),
    ] {
        let path = review(&env, "vi", from, to, &format!("{from}-{to}.docx"));
        let texts = paragraphs(&text_part(&path, "word/document.xml"));
        assert!(texts.iter().any(|p| p == title), "{title}: {texts:?}");
    }
    let path = review(&env, "en", "2023", "2025", "en.docx");
    let texts = paragraphs(&text_part(&path, "word/document.xml"));
    assert!(texts.iter().any(|p| p == "REPORT"));
    assert!(
        texts
            .iter()
            .any(|p| p
                == "Review of 3 years of the \"Dân vận khéo\" emulation movement (2023 - 2025)")
    );
}

#[test]
fn a_period_without_evaluations_or_models_says_so() {
    let env = quiet_cell();
    let path = review(&env, "vi", "2023", "2025", "r.docx");
    let texts = paragraphs(&text_part(&path, "word/document.xml"));
    for line in [
        "Giai đoạn 2023 - 2025, chưa có mô hình \"Dân vận khéo\" nào được ghi nhận.",
        "Giai đoạn 2023 - 2025, chưa có kết quả đánh giá, xếp loại cá nhân nào được ghi nhận.",
        "Giai đoạn 2023 - 2025, chưa có điển hình tiên tiến nào được ghi nhận.",
    ] {
        assert!(texts.iter().any(|p| p == line), "{line}");
    }
    // No report at all: every expected month is missing.
    assert!(
        texts
            .iter()
            .any(|p| p == "- Có 1 cán bộ, đảng viên thiếu từ 3 báo cáo tháng trở lên:")
    );
    let missing = &tables(&text_part(&path, "word/document.xml"))[4];
    assert_eq!(missing[1], ["1", "Nguyễn Văn An", "Văn phòng", "36"]);
    let xlsx = review(&env, "vi", "2023", "2025", "r.xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let models = book.worksheet_range("Mô hình").unwrap();
    assert_eq!(models.height(), 1, "the header row alone");
}
