//! The words of `export review` come from the catalogues: the English
//! document chooses singular or plural by the count, the Vietnamese one
//! groups counts with a dot and holds no English sentence.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::common::Env;

/// The texts of the `<w:t>` runs of the document, one paragraph a line.
fn document_text(path: &Path) -> String {
    let file = std::fs::File::open(path).expect("open document");
    let mut zip = zip::ZipArchive::new(file).expect("a zip file");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("read document.xml");
    let mut out = String::new();
    for paragraph in xml.split("</w:p>") {
        for run in paragraph.split("<w:t").skip(1) {
            // `<w:t>` or `<w:t xml:space=…>`, not `<w:tbl>`, `<w:tc>` …
            if !(run.starts_with('>') || run.starts_with(' ')) {
                continue;
            }
            let Some(start) = run.find('>') else { continue };
            let text = &run[start + 1..];
            let end = text.find("</w:t>").unwrap_or(text.len());
            out.push_str(&text[..end].replace("&quot;", "\""));
        }
        out.push('\n');
    }
    out
}

fn review(env: &Env, lang: &str, from: &str, to: &str) -> String {
    let path = env.dir.path().join(format!("review-{lang}-{from}.docx"));
    let file = path.to_str().expect("utf-8 path");
    env.ok(&[
        "--lang", lang, "export", "review", "--from", from, "--to", to, "--output", file,
    ]);
    document_text(&path)
}

#[test]
fn english_counts_choose_their_plural_and_vietnamese_groups_them() {
    let env = Env::empty();
    env.ok(&["demo"]);
    // The year's exemplars as the summary counts them, in words.
    let summary = env.ok(&[
        "--format", "json", "export", "summary", "--from", "2025", "--to", "2025",
    ]);
    let file: Value = serde_json::from_str(&summary).expect("json");
    let rows = file["rows"].as_array().expect("the summary's rows");
    let times = |metric: &str| {
        let row = rows.iter().find(|r| r["metric"] == metric).expect(metric);
        match row["total"].as_i64().expect("a count") {
            1 => "once".to_string(),
            n => format!("{n} times"),
        }
    };
    let sentence = format!(
        "In 2025, members were named exemplary {} and units {}:",
        times("exemplary_individuals"),
        times("exemplary_collectives")
    );
    let en = review(&env, "en", "2025", "2025");
    assert!(en.contains(&sentence), "{sentence:?} not in:\n{en}");
    assert!(!en.contains(" 1 times"), "{en}");
    assert!(en.contains("Review of the year 2025 of the"), "{en}");
    let vi = review(&env, "vi", "2023", "2025");
    assert!(
        vi.contains("Sơ kết 3 năm thực hiện phong trào thi đua \"Dân vận khéo\" (2023 - 2025)"),
        "{vi}"
    );
    // Three years of monthly reports run to thousands: grouped with a dot.
    let reports = vi
        .lines()
        .find(|l| l.contains("báo cáo tháng phải nộp"))
        .expect("the monthly reports sentence");
    assert!(
        reports
            .split(' ')
            .any(|w| w.contains('.') && w.trim_end_matches('.').len() > 4),
        "{reports}"
    );
    for english in [
        " times",
        " members ",
        "Table ",
        "RESULTS",
        "In 20",
        "From 20",
    ] {
        assert!(!vi.contains(english), "{english:?} in:\n{vi}");
    }
}
