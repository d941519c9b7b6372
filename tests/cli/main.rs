//! The integration tests: one binary, as jj's `cli/tests/runner.rs`, so the
//! shared set-up compiles once. Every file here is declared below; a test
//! checks that none is forgotten.

mod common;

mod award_import;
mod awards;
mod awards_decisions;
mod cases;
mod clerk_files;
mod collect;
mod completions;
mod corrections;
mod cron;
mod csv_property;
mod database;
#[cfg(unix)]
mod enter;
mod evaluate;
mod first_day;
mod hostile_db;
mod i18n;
mod layering;
mod member;
mod model;
mod output_edge;
mod pledge;
mod reliability;
mod report;
mod report_import;
mod report_totals;
mod review;
mod review_rollup;
mod review_words;
mod review_workbook;
mod rollup;
mod roundtrip;
mod sheets;
mod suggest;
mod summary;
mod undo_refusals;
mod undo_replace;
mod vi_awards;
mod vi_cli;
mod vi_errors;
mod vi_excel;
mod vi_infra;
mod vi_people;
mod vi_reports;

/// Every `.rs` file beside this one is a module of this binary: a test file
/// that is not declared would never run.
#[test]
fn every_test_file_is_declared() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let main = std::fs::read_to_string(dir.join("main.rs")).expect("read main.rs");
    for entry in std::fs::read_dir(&dir).expect("read tests/cli") {
        let path = entry.expect("entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") && stem != "main" {
            assert!(
                main.contains(&format!("\nmod {stem};\n")),
                "tests/cli/{stem}.rs is not declared in tests/cli/main.rs"
            );
        }
    }
}

/// No test reads outside the repository: a fresh clone has nothing beside it.
#[test]
fn no_test_reads_outside_the_repository() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    for entry in std::fs::read_dir(&dir).expect("read tests/cli") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read test file");
        let outside = ["..", "/shared"].concat();
        assert!(
            !text.contains(&outside),
            "{} reads outside the repository",
            path.display()
        );
    }
}
