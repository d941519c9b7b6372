//! `danvan evaluate member|unit|model`, `import evaluations` and
//! `export evaluations` through the binary: the ratings a clerk records.
//! The suggestions made from pledges and reports are in `suggest.rs`.

use crate::common::Env;

pub(crate) fn member(env: &Env, code: &str, name: &str, unit: &str, joined: &str) {
    env.ok(&[
        "member", "add", code, "--name", name, "--unit", unit, "--joined", joined,
    ]);
}

pub(crate) fn csv(env: &Env, args: &[&str]) -> String {
    let mut full = vec!["--format", "csv"];
    full.extend_from_slice(args);
    env.ok(&full)
}

fn rated_env() -> Env {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn An", "Văn phòng Sở", "2020-01-01");
    member(
        &env,
        "NV002",
        "Trần Thị Bình",
        "Phòng Nghiệp vụ",
        "2020-01-01",
    );
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Một cửa",
        "--field",
        "economy",
        "--member",
        "NV002",
        "--started",
        "2024",
    ]);
    env
}

#[test]
fn evaluate_members_units_and_models() {
    let env = rated_env();
    let out = env
        .run(&[
            "evaluate",
            "member",
            "nv001",
            "--year",
            "2025",
            "--rating",
            "Hoan thanh tot nhiem vu",
            "--exemplary",
            "--note",
            "Tích  cực",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Recorded the evaluation of member NV001 (Nguyễn Văn An), 2025: good, exemplary\n"
    );
    env.ok(&[
        "evaluate",
        "unit",
        "VĂN PHÒNG SỞ",
        "--year",
        "2025",
        "--rating",
        "excellent",
        "--exemplary",
    ]);
    env.ok(&[
        "evaluate",
        "unit",
        "phong nghiep vu",
        "--year",
        "2025",
        "--rating",
        "complete",
    ]);
    env.ok(&[
        "evaluate", "model", "mh01", "--year", "2024", "--rating", "good",
    ]);
    env.ok(&[
        "evaluate", "member", "NV002", "--year", "2025", "--rating", "complete",
    ]);
    assert_eq!(
        csv(&env, &["evaluate", "list"]),
        "kind,subject,year,rating,exemplary,note,subject_name\n\
         model,MH01,2024,good,false,,Một cửa\n\
         member,NV001,2025,good,true,Tích cực,Nguyễn Văn An\n\
         member,NV002,2025,complete,false,,Trần Thị Bình\n\
         unit,Phòng Nghiệp vụ,2025,complete,false,,\n\
         unit,Văn phòng Sở,2025,excellent,true,,\n"
    );
    assert_eq!(
        csv(
            &env,
            &["evaluate", "list", "--kind", "tập thể", "--year", "2025"]
        )
        .lines()
        .count(),
        3
    );
    let table = env.ok(&["--lang", "vi", "evaluate", "list", "--kind", "model"]);
    assert!(table.contains("Mô hình"), "{table}");
    assert!(table.contains("Hoàn thành tốt nhiệm vụ"), "{table}");

    // A second evaluation is refused, then replaced with its before-image logged.
    let before = env.db_hash();
    let err = env.fails(&[
        "evaluate",
        "member",
        "NV001",
        "--year",
        "2025",
        "--rating",
        "excellent",
    ]);
    assert!(
        err.contains("member NV001 already has an evaluation for 2025: good"),
        "{err}"
    );
    assert!(
        err.contains("run `danvan evaluate member NV001 --year 2025 --rating excellent --replace`"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
    let err = env.fails(&[
        "evaluate",
        "unit",
        "van phong so",
        "--year",
        "2025",
        "--rating",
        "good",
    ]);
    assert!(
        err.contains("danvan evaluate unit 'Văn phòng Sở' --year 2025 --rating good --replace"),
        "{err}"
    );
    env.ok(&[
        "evaluate",
        "member",
        "NV001",
        "--year",
        "2025",
        "--rating",
        "excellent",
        "--replace",
    ]);
    assert!(
        csv(&env, &["evaluate", "list", "--kind", "member"])
            .contains("member,NV001,2025,excellent,false,,Nguyễn Văn An")
    );
    let log = csv(&env, &["log", "--limit", "1"]);
    assert!(log.contains("\"\"rating\"\":\"\"good\"\""), "before: {log}");
    assert!(
        log.contains("\"\"rating\"\":\"\"excellent\"\""),
        "after: {log}"
    );
}

#[test]
fn bad_evaluations_name_the_problem_and_change_nothing() {
    let env = rated_env();
    env.ok(&[
        "member",
        "add",
        "NV003",
        "--name",
        "Lê Văn Cường",
        "--joined",
        "2026-02-01",
    ]);
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "evaluate", "member", "NV001", "--year", "2025", "--rating", "superb",
            ],
            "\"superb\" is not a rating",
        ),
        (
            &[
                "evaluate", "member", "NV001", "--year", "2027", "--rating", "good",
            ],
            "2027 is after the current year 2026",
        ),
        (
            &[
                "evaluate",
                "unit",
                "Phòng Ma",
                "--year",
                "2025",
                "--rating",
                "good",
            ],
            "there is no unit \"Phòng Ma\"",
        ),
        (
            &[
                "evaluate", "member", "NV999", "--year", "2025", "--rating", "good",
            ],
            "there is no member with code \"NV999\"",
        ),
        (
            &[
                "evaluate", "model", "MH09", "--year", "2025", "--rating", "good",
            ],
            "there is no model with code \"MH09\"",
        ),
        (
            &[
                "evaluate", "model", "MH01", "--year", "2023", "--rating", "good",
            ],
            "did not run in 2023",
        ),
        (
            &[
                "evaluate", "member", "NV003", "--year", "2025", "--rating", "good",
            ],
            "was not active in 2025",
        ),
        (
            &["evaluate", "list", "--kind", "team"],
            "\"team\" is not a evaluation kind",
        ),
    ];
    for (args, message) in cases {
        let err = env.fails(args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(err.contains("hint:"), "{args:?}: {err}");
    }
    assert_eq!(env.db_hash(), before);
}

#[test]
fn import_evaluations_all_or_nothing() {
    let env = rated_env();
    let before = env.db_hash();
    let bad = env.file(
        "bad.csv",
        "kind,subject,year,rating,exemplary,note\n\
         member,NV001,2025,good,có,\n\
         unit,Phòng Ma,2025,good,,\n\
         member,NV001,2027,good,,\n\
         member,NV002,2025,tuyệt,,\n\
         model,MH01,2025,good,maybe,\n\
         member,nv001,2025,good,,\n",
    );
    let err = env.fails(&["evaluate", "import", &bad]);
    assert!(
        err.contains("bad.csv:3: there is no unit \"Phòng Ma\""),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:4: 2027 is after the current year"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:5: rating: \"tuyệt\" is not a rating"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:6: exemplary: \"maybe\" is not yes or no"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:7: the evaluation of member NV001 for 2025 appears twice"),
        "{err}"
    );
    assert!(err.contains("5 bad rows"), "{err}");
    assert_eq!(env.db_hash(), before);

    let good = env.file(
        "good.csv",
        "\u{feff}Loại;Đối tượng;Năm;Xếp loại;Điển hình;Ghi chú;subject_name\n\
         cá nhân;nv001;2025;Hoàn thành xuất sắc nhiệm vụ;x;;ignored\n\
         Tập thể;van phong so;2025;good;0;;\n\
         model;MH01;2025;complete;yes;tốt;\n",
    );
    env.ok(&["evaluate", "import", &good]);
    assert_eq!(
        csv(&env, &["evaluate", "list"]),
        "kind,subject,year,rating,exemplary,note,subject_name\n\
         member,NV001,2025,excellent,true,,Nguyễn Văn An\n\
         unit,Văn phòng Sở,2025,good,false,,\n\
         model,MH01,2025,complete,true,tốt,Một cửa\n"
    );
    let again = env.file(
        "again.csv",
        "kind,subject,year,rating\nmember,NV001,2025,good\n",
    );
    let before = env.db_hash();
    let err = env.fails(&["evaluate", "import", &again]);
    assert!(err.contains("again.csv:2: member NV001 already has an evaluation for 2025 (excellent); add --replace"), "{err}");
    assert_eq!(env.db_hash(), before);
    env.ok(&["evaluate", "import", &again, "--dry-run", "--replace"]);
    assert_eq!(env.db_hash(), before);
    env.ok(&["evaluate", "import", &again, "--replace"]);
    assert!(csv(&env, &["evaluate", "list"]).contains("member,NV001,2025,good,false,,"));
}

#[test]
fn export_then_import_into_an_empty_database_loses_nothing() {
    let env = rated_env();
    env.ok(&[
        "member",
        "add",
        "NV003",
        "--name",
        "=Lê, \"Ba\"",
        "--unit",
        "Văn phòng Sở",
        "--joined",
        "2024-02-01",
    ]);
    env.ok(&[
        "model",
        "add",
        "MH02",
        "--name",
        "Dân vận số; mới",
        "--field",
        "culture-society",
        "--unit",
        "Phòng Nghiệp vụ",
        "--started",
        "2025",
        "--note=-ghi chú",
    ]);
    env.ok(&[
        "model",
        "add",
        "MH00",
        "--name",
        "Cũ",
        "--field",
        "economy",
        "--started",
        "2022",
    ]);
    env.ok(&["model", "retire", "MH00", "--year", "2023"]);
    env.ok(&[
        "evaluate",
        "model",
        "MH00",
        "--year",
        "2023",
        "--rating",
        "incomplete",
    ]);
    env.ok(&[
        "evaluate", "member", "NV003", "--year", "2025", "--rating", "good", "--note", "=SUM(A1)",
    ]);
    env.ok(&[
        "evaluate",
        "unit",
        "Phòng Nghiệp vụ",
        "--year",
        "2026",
        "--rating",
        "excellent",
        "--exemplary",
    ]);
    env.ok(&[
        "evaluate",
        "model",
        "MH02",
        "--year",
        "2025",
        "--rating",
        "good",
        "--exemplary",
    ]);

    let members = env.ok(&["export", "members"]);
    let models = env.ok(&["export", "models"]);
    let evaluations = env.ok(&["export", "evaluations"]);
    assert_eq!(models.lines().count(), 4, "{models}");
    assert_eq!(evaluations.lines().count(), 5, "{evaluations}");

    let copy = Env::new();
    for (kind, text) in [
        ("member", &members),
        ("model", &models),
        ("evaluate", &evaluations),
    ] {
        let path = copy.file(&format!("{kind}.csv"), text);
        copy.ok(&[kind, "import", &path]);
    }
    assert_eq!(copy.ok(&["export", "models"]), models);
    assert_eq!(copy.ok(&["export", "evaluations"]), evaluations);

    // A period: evaluations of its years, models running in it.
    let period = env.ok(&["export", "evaluations", "--from", "2023", "--to", "2024"]);
    assert_eq!(period.lines().count(), 2, "{period}");
    assert!(period.contains("model,MH00,2023,incomplete"), "{period}");
    let json = env.ok(&[
        "export",
        "evaluations",
        "--year",
        "2026",
        "--format",
        "json",
    ]);
    assert!(json.contains("\"exemplary\":true"), "{json}");
    let file = env.dir.path().join("mo-hinh.csv");
    env.ok(&[
        "--lang",
        "vi",
        "export",
        "models",
        "--year",
        "2025",
        "--excel",
        "--output",
        &file.display().to_string(),
    ]);
    let written = std::fs::read_to_string(&file).expect("export file");
    assert!(
        written.starts_with("\u{feff}Mã;Tên mô hình;Lĩnh vực;"),
        "{written}"
    );
    assert!(written.contains(";'-ghi chú;"), "{written}");
    assert!(!written.contains("MH00"), "{written}");
}
