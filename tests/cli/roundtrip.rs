//! Export, then import into an empty database, loses nothing: for every
//! kind, on the demo's data; and the example files import as the README's
//! walk-through says.

use std::path::Path;

use crate::common::Env;

const KINDS: [&str; 8] = [
    "members",
    "models",
    "pledges",
    "reports",
    "evaluations",
    "initiatives",
    "disciplines",
    "awards",
];

#[test]
fn every_kind_round_trips_on_the_demo_data() {
    let demo = Env::empty();
    demo.ok(&["demo"]);
    let fresh = Env::new();
    let mut exports = Vec::new();
    for kind in KINDS {
        let exported = demo.ok(&["export", kind]);
        // The demo records one discipline.
        let least = if kind == "disciplines" { 1 } else { 5 };
        assert!(exported.lines().count() > least, "{kind}: {exported}");
        let file = fresh.file(&format!("{kind}.csv"), &exported);
        let singular = kind.trim_end_matches('s');
        let command = match singular {
            "evaluation" => "evaluate",
            other => other,
        };
        fresh.ok(&[command, "import", &file]);
        exports.push((kind, exported));
    }
    // Compared once everything is in: an initiative's read-only `used_for`
    // names the title imported after it.
    for (kind, exported) in exports {
        assert_eq!(
            fresh.ok(&["export", kind]),
            exported,
            "{kind} changed on the way"
        );
    }
    // The same review from both.
    let review = [
        "--format", "csv", "export", "summary", "--from", "2023", "--to", "2026",
    ];
    assert_eq!(fresh.ok(&review), demo.ok(&review));
}

#[test]
fn the_example_files_follow_the_walk_through() {
    let env = Env::new();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for (command, file) in [
        ("member", "members.csv"),
        ("model", "models.csv"),
        ("pledge", "pledges.csv"),
        ("report", "reports.csv"),
        ("evaluate", "evaluations.csv"),
    ] {
        let path = examples.join(file);
        env.ok(&[command, "import", path.to_str().unwrap()]);
        let kind = file.trim_end_matches(".csv");
        assert_eq!(
            env.ok(&["export", kind]),
            std::fs::read_to_string(&path).unwrap(),
            "examples/{file} is not what danvan exports: regenerate it from the demo"
        );
    }
    let review = env.ok(&[
        "--lang", "vi", "export", "summary", "--from", "2023", "--to", "2025",
    ]);
    assert!(review.contains("Tỷ lệ đăng ký"), "{review}");
}
