//! `award propose --apply` and `award decide`: what a decision grants and
//! how the review counts it, the bad input that changes nothing, and the
//! titles' files exported and imported again.

use crate::awards::{import_staff, initiative, rate_all, ratings, staff};
use crate::common::Env;

#[test]
fn decide_grants_proposals_and_the_review_counts_them() {
    let env = Env::new();
    let people = staff("D", "Văn phòng", 3);
    import_staff(&env, &people);
    rate_all(&env, &people, 2025, "good");
    ratings(&env, &[("unit", "Văn phòng", 2025, "good")]);
    initiative(&env, "D002", "2025");
    env.ok(&["award", "propose", "--year", "2025", "--apply"]);
    let proposed = env.ok(&["--format", "csv", "award", "list", "--proposed"]);
    assert_eq!(proposed.lines().count(), 1 + 3 + 1 + 1, "{proposed}");
    env.ok(&[
        "award",
        "decide",
        "70/QĐ-UBND",
        "--on",
        "15/01/2026",
        "--issuer",
        "UBND tỉnh Kon Tum",
        "--level",
        "province",
        "--year",
        "2025",
        "--title",
        "advanced-worker",
    ]);
    let granted = env.ok(&["--format", "csv", "award", "list", "--granted"]);
    assert_eq!(granted.lines().count(), 4, "{granted}");
    assert!(granted.contains(
        "2025,advanced-worker,member,D001,,70/QĐ-UBND,2026-01-15,UBND tỉnh Kon Tum,province,"
    ));
    // Proposing again keeps what was granted.
    env.ok(&["award", "propose", "--year", "2025", "--apply"]);
    assert_eq!(
        env.ok(&["--format", "csv", "award", "list", "--granted"]),
        granted
    );
    env.ok(&[
        "award",
        "decide",
        "71/QĐ-UBND",
        "--on",
        "2026-01-20",
        "--issuer",
        "UBND tỉnh Kon Tum",
        "--level",
        "province",
        "--year",
        "2025",
        "--subject",
        "D002",
        "--subject",
        "văn phòng",
    ]);
    let summary = env.ok(&[
        "--format", "csv", "export", "summary", "--from", "2025", "--to", "2025",
    ]);
    for line in [
        "initiatives,1,1",
        "title_advanced_worker,3,3",
        "title_grassroots_emulation_fighter,1,1",
        "title_advanced_collective,1,1",
        "title_excellent_collective,0,0",
        "award_provincial_certificate,0,0",
        "award_provincial_emulation_fighter,0,0",
    ] {
        assert!(
            summary.contains(&format!("{line}\n")),
            "{line} in {summary}"
        );
    }
    assert!(summary.ends_with("award_provincial_emulation_fighter,0,0\n"));
    let log = env.ok(&["--format", "csv", "log", "--limit", "3"]);
    assert!(log.contains("award decide"), "{log}");
}

#[test]
fn bad_input_changes_nothing() {
    let env = Env::new();
    let people = staff("B", "VP", 2);
    import_staff(&env, &people);
    rate_all(&env, &people, 2025, "good");
    env.ok(&["award", "propose", "--year", "2025", "--apply"]);
    env.ok(&[
        "award",
        "decide",
        "70/QĐ-UBND",
        "--on",
        "2026-01-15",
        "--issuer",
        "UBND tỉnh",
        "--level",
        "province",
        "--year",
        "2025",
        "--subject",
        "B001",
    ]);
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &["initiative", "add", "NV999", "--year", "2025", "X"],
            "no member with code \"NV999\"",
        ),
        (
            &[
                "discipline",
                "add",
                "NV999",
                "--year",
                "2025",
                "--form",
                "warning",
            ],
            "no member with code",
        ),
        (
            &["initiative", "add", "B001", "--year", "2027", "X"],
            "an initiative of 2027 cannot be recorded yet",
        ),
        (
            &[
                "discipline",
                "add",
                "B001",
                "--year",
                "2025",
                "--form",
                "scolding",
            ],
            "\"scolding\" is not a discipline form",
        ),
        (
            &[
                "award",
                "decide",
                "72/QĐ-UBND",
                "--on",
                "2026-01-15",
                "--issuer",
                "UBND tỉnh",
                "--level",
                "province",
                "--year",
                "2025",
                "--subject",
                "B001",
            ],
            "B001 has no undecided proposal for 2025",
        ),
        (
            &[
                "award",
                "decide",
                "72/QĐ-UBND",
                "--on",
                "2026-01-15",
                "--issuer",
                "UBND tỉnh",
                "--level",
                "province",
                "--year",
                "2024",
            ],
            "there is no undecided proposal for 2024",
        ),
        (
            &[
                "award",
                "decide",
                "70/qđ-ubnd",
                "--on",
                "2026-01-15",
                "--issuer",
                "UBND tỉnh",
                "--level",
                "province",
                "--year",
                "2025",
            ],
            "decision 70/QĐ-UBND is already recorded",
        ),
        (
            &["award", "propose", "--year", "2027", "--apply"],
            "a title of 2027 cannot be recorded yet",
        ),
        (
            &["initiative", "remove", "B001/2025/1"],
            "there is no initiative B001/2025/1",
        ),
        (
            &[
                "discipline",
                "remove",
                "B001",
                "--year",
                "2025",
                "--form",
                "warning",
            ],
            "has no warning discipline",
        ),
    ];
    for (args, message) in cases {
        let err = env.fails(args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    }
    // A bad row refuses the whole file.
    let file = env.file(
        "ky-luat.csv",
        "Mã thành viên,Năm,Hình thức kỷ luật\nB001,2025,cảnh cáo\nNV999,2025,warning\n",
    );
    let err = env.fails(&["discipline", "import", &file]);
    assert!(err.contains(":3:"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn export_then_import_loses_nothing() {
    let env = Env::new();
    let people = staff("T", "Văn phòng", 3);
    import_staff(&env, &people);
    rate_all(&env, &people, 2025, "excellent");
    ratings(&env, &[("unit", "Văn phòng", 2025, "excellent")]);
    env.ok(&[
        "initiative",
        "add",
        "T001",
        "--year",
        "2025",
        "--recognised-by",
        "Hội đồng sáng kiến",
        "--level",
        "cấp tỉnh",
        "Số hóa hồ sơ",
    ]);
    env.ok(&[
        "discipline",
        "add",
        "T003",
        "--year",
        "2024",
        "--form",
        "reprimand",
        "--note",
        "đi muộn",
    ]);
    env.ok(&["award", "propose", "--year", "2025", "--apply"]);
    env.ok(&[
        "award",
        "decide",
        "70/QĐ-UBND",
        "--on",
        "2026-01-15",
        "--issuer",
        "UBND tỉnh",
        "--level",
        "province",
        "--year",
        "2025",
        "--title",
        "grassroots-emulation-fighter",
    ]);
    let kinds = ["members", "initiatives", "disciplines", "awards"];
    let exported: Vec<String> = kinds.iter().map(|k| env.ok(&["export", k])).collect();
    let copy = Env::new();
    for (kind, csv) in kinds.iter().zip(&exported) {
        let file = copy.file(&format!("{kind}.csv"), csv);
        let group = match *kind {
            "members" => "member",
            "initiatives" => "initiative",
            "disciplines" => "discipline",
            _ => "award",
        };
        copy.ok(&[group, "import", &file]);
    }
    for (kind, csv) in kinds.iter().zip(&exported) {
        assert_eq!(&copy.ok(&["export", kind]), csv, "{kind}");
    }
    assert!(exported[3].contains("T001/2025/1,70/QĐ-UBND,2026-01-15"));
}
