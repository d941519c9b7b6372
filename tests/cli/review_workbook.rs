//! `export review` as a workbook (its cells against `export summary
//! --format json`, its print setup and charts), the reviews refused before
//! a file is written, and `setting`, whose values the review prints.

use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

use crate::common::Env;
use crate::review::{demo, figure, part_names, review, summary, text_part};

#[test]
fn the_workbook_has_the_figures_print_setup_and_charts() {
    let env = demo();
    let path = review(&env, "vi", "2023", "2025", "so-ket.xlsx");
    let s = summary(&env, "2023", "2025");
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Tổng hợp",
            "Theo đơn vị",
            "Theo tháng",
            "Mô hình",
            "Điển hình"
        ]
    );
    let sheet = book.worksheet_range("Tổng hợp").unwrap();
    assert_eq!(
        sheet.get_value((0, 0)),
        Some(&Data::String("CHI BỘ SỞ NỘI VỤ".into()))
    );
    assert_eq!(
        sheet.get_value((1, 0)),
        Some(&Data::String(
            "Sơ kết 3 năm thực hiện phong trào thi đua \"Dân vận khéo\" (2023 - 2025)".into()
        ))
    );
    let keys: Vec<&str> = s.iter().map(|m| m["metric"].as_str().unwrap()).collect();
    for (i, key) in keys.iter().enumerate() {
        let row = 5 + i as u32;
        for (c, column) in ["2023", "2024", "2025", "total"].iter().enumerate() {
            let expected = figure(&s, key, column);
            let cell = sheet.get_value((row, 1 + c as u32));
            match (expected, cell) {
                (Value::Null, None | Some(Data::Empty)) => {}
                (Value::Number(n), Some(Data::Float(f))) if n.is_i64() => {
                    assert_eq!(*f, n.as_i64().unwrap() as f64, "{key} {column}")
                }
                (Value::Number(n), Some(Data::Float(f))) => {
                    assert!(
                        (f * 100.0 - n.as_f64().unwrap()).abs() < 1e-9,
                        "{key} {column}"
                    )
                }
                other => panic!("{key} {column}: {other:?}"),
            }
        }
    }
    // The months add up to the summary's years.
    let months = book.worksheet_range("Theo tháng").unwrap();
    for (col, key) in [
        (1, "expected_reports"),
        (2, "submitted_reports"),
        (4, "items_done"),
    ] {
        let sum: f64 = (1..months.height() as u32)
            .filter(|r| {
                matches!(months.get_value((*r, 0)), Some(Data::String(m)) if m.ends_with("/2023") || m.ends_with("/2024") || m.ends_with("/2025"))
            })
            .filter_map(|r| match months.get_value((r, col)) {
                Some(Data::Float(f)) => Some(*f),
                _ => None,
            })
            .sum();
        assert_eq!(sum, figure(&s, key, "total").as_f64().unwrap(), "{key}");
    }
    let exemplars = book.worksheet_range("Điển hình").unwrap();
    assert!(exemplars.height() > 1);

    let names = part_names(&path);
    assert!(
        names
            .iter()
            .filter(|n| n.starts_with("xl/charts/chart"))
            .count()
            >= 3
    );
    for n in names
        .iter()
        .filter(|n| n.starts_with("xl/worksheets/sheet"))
    {
        let xml = text_part(&path, n);
        assert!(xml.contains("paperSize=\"9\""), "{n}");
        assert!(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{n}");
        assert!(
            xml.contains("fitToHeight=\"0\""),
            "{n}: one page wide, any height"
        );
    }
    let by_unit = text_part(&path, "xl/worksheets/sheet2.xml");
    assert!(by_unit.contains("orientation=\"landscape\""));
    let workbook = text_part(&path, "xl/workbook.xml");
    assert_eq!(workbook.matches("_xlnm.Print_Titles").count(), 5);
}

#[test]
fn bad_reviews_write_nothing() {
    let env = demo();
    let before = env.db_hash();
    let target = env.dir.path().join("r.docx");
    for (args, message) in [
        (
            vec!["--from", "2025", "--to", "2023", "--output", "r.docx"],
            "--from 2025 is after --to 2023",
        ),
        (
            vec!["--from", "2010", "--to", "2010", "--output", "r.docx"],
            "nothing to review in 2010",
        ),
        (
            vec!["--from", "2023", "--to", "2025", "--output", "r.pdf"],
            "the review is written as .docx (Word) or .xlsx",
        ),
        (
            vec!["--from", "2023", "--to", "2025", "--output", "test.db"],
            "test.db",
        ),
    ] {
        let mut all = vec!["export", "review"];
        all.extend(&args);
        let err = env.fails(&all);
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!target.exists());
        assert!(!env.dir.path().join("r.pdf").exists());
    }
    assert_eq!(env.db_hash(), before);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".danvan-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn settings_are_set_listed_unset_and_audited() {
    let env = Env::new();
    let list = env.ok(&["setting", "list", "--format", "csv"]);
    assert!(list.starts_with("key,value,default,is_set\n"));
    assert!(list.contains("ldtt_min_months,10,10,false"));
    assert!(list.contains("cstdcs_requires_excellent,off,off,false"));
    assert!(list.contains("organisation,,,false"));

    env.ok(&["setting", "set", "cell", "Chi  bộ Sở Nội vụ"]);
    env.ok(&["setting", "set", "ldtt_min_months", "11"]);
    env.ok(&["setting", "set", "cstdcs_requires_excellent", "bật"]);
    let list = env.ok(&["setting", "list", "--format", "csv"]);
    assert!(list.contains("cell,Chi bộ Sở Nội vụ,,true"), "{list}");
    assert!(list.contains("ldtt_min_months,11,10,true"));
    assert!(list.contains("cstdcs_requires_excellent,on,off,true"));

    let before = env.db_hash();
    let err = env.fails(&["setting", "set", "colour", "red"]);
    assert!(err.contains("\"colour\" is not a setting"), "{err}");
    assert!(
        err.contains(
            "organisation, cell, parent, place, signer_title, signer_name, ldtt_min_months"
        )
    );
    for (key, value) in [
        ("ldtt_min_months", "13"),
        ("cstdcs_cap_percent", "many"),
        ("cstdcs_requires_excellent", "maybe"),
    ] {
        let err = env.fails(&["setting", "set", key, value]);
        assert!(err.contains(key), "{err}");
    }
    assert!(
        env.fails(&["setting", "unset", "colour"])
            .contains("is not a setting")
    );
    assert_eq!(env.db_hash(), before);

    env.ok(&["setting", "unset", "ldtt_min_months"]);
    let list = env.ok(&["setting", "list", "--format", "csv"]);
    assert!(list.contains("ldtt_min_months,10,10,false"));

    let log = env.ok(&["log", "--format", "csv"]);
    assert!(log.contains("setting"), "{log}");
    assert!(log.contains("ldtt_min_months"));
    assert!(log.contains("remove"));
}
