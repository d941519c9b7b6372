//! `danvan model …` through the binary.

use crate::common::Env;

/// A database with two members in two units.
fn env_with_members() -> Env {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Văn An",
        "--unit",
        "Văn phòng Sở",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "NV002",
        "--name",
        "Trần Thị Bình",
        "--unit",
        "Phòng Nghiệp vụ",
        "--joined",
        "2021-05-01",
    ]);
    env
}

fn csv(env: &Env, args: &[&str]) -> String {
    let mut full = vec!["--format", "csv"];
    full.extend_from_slice(args);
    env.ok(&full)
}

#[test]
fn add_with_defaults_and_list_by_code() {
    let env = env_with_members();
    let mut out = env.run(&[
        "model",
        "add",
        "MH02",
        "--name",
        "Dân vận số",
        "--field",
        "Xay dung he thong chinh tri",
        "--member",
        "nv001",
    ]);
    out.assert()
        .success()
        .stderr("Added model MH02 (Dân vận số)\n");
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Một cửa thân thiện",
        "--field",
        "kinh tế",
        "--unit",
        "VAN PHONG SO",
        "--level",
        "cấp tỉnh",
        "--started",
        "2024",
        "--note",
        "  tiêu   biểu ",
    ]);
    assert_eq!(
        csv(&env, &["model", "list"]),
        "code,name,field,level,owner_unit,owner_member,started,retired,note,owner_member_name\n\
         MH01,Một cửa thân thiện,economy,province,Văn phòng Sở,,2024,,tiêu biểu,\n\
         MH02,Dân vận số,political-system,grassroots,,NV001,2026,,,Nguyễn Văn An\n"
    );
    assert_eq!(
        csv(&env, &["model", "list", "--field", "economy"])
            .lines()
            .count(),
        2
    );
    let table = env.ok(&["--lang", "vi", "model", "show", "MH01"]);
    assert!(table.contains("Kinh tế"), "{table}");
    assert!(table.contains("Cấp tỉnh"), "{table}");
    assert!(table.contains("Đơn vị chủ trì"), "{table}");
    let table = env.ok(&["model", "list"]);
    assert!(table.contains("building the political system"), "{table}");
}

#[test]
fn a_retired_model_runs_in_its_last_year_only() {
    let env = env_with_members();
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Cũ",
        "--field",
        "economy",
        "--started",
        "2023",
    ]);
    env.ok(&[
        "model",
        "add",
        "MH02",
        "--name",
        "Mới",
        "--field",
        "economy",
        "--started",
        "2025",
    ]);
    env.ok(&["model", "retire", "mh01", "--year", "2025"]);
    let codes = |year: &str| -> Vec<String> {
        csv(&env, &["model", "list", "--year", year])
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(codes("2022"), Vec::<String>::new());
    assert_eq!(codes("2023"), ["MH01"]);
    assert_eq!(codes("2025"), ["MH01", "MH02"]);
    assert_eq!(codes("2026"), ["MH02"]);
    // The export of a period takes the models running in any of its years.
    let export = env.ok(&["export", "models", "--from", "2026", "--to", "2026"]);
    assert_eq!(export.lines().count(), 2, "{export}");
    let export = env.ok(&["export", "models", "--from", "2022", "--to", "2023"]);
    assert!(
        export.contains("MH01,Cũ,economy,grassroots,,,2023,2025,,"),
        "{export}"
    );
    assert!(!export.contains("MH02"), "{export}");

    // Running again, then retiring before it started: refused.
    env.ok(&["model", "edit", "MH01", "--running"]);
    assert!(csv(&env, &["model", "list", "--year", "2026"]).contains("MH01"));
    let before = env.db_hash();
    let err = env.fails(&["model", "retire", "MH01", "--year", "2022"]);
    assert!(err.contains("before it started in 2023"), "{err}");
    let err = env.fails(&["model", "retire", "MH01", "--year", "2027"]);
    assert!(err.contains("after the current year 2026"), "{err}");
    assert_eq!(env.db_hash(), before);
}

#[test]
fn edit_changes_only_what_is_given_and_is_audited() {
    let env = env_with_members();
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Một cửa",
        "--field",
        "economy",
        "--unit",
        "Văn phòng Sở",
        "--started",
        "2024",
    ]);
    env.ok(&[
        "model", "edit", "MH01", "--member", "NV002", "--level", "district",
    ]);
    assert_eq!(
        csv(&env, &["model", "show", "MH01"]).lines().nth(1),
        Some("MH01,Một cửa,economy,district,,NV002,2024,,,Trần Thị Bình")
    );
    let log = csv(&env, &["log", "--limit", "1"]);
    assert!(log.contains("model edit"), "{log}");
    assert!(
        log.contains("Văn phòng Sở"),
        "the before-image is logged: {log}"
    );
    let out = env
        .run(&["model", "edit", "MH01", "--level", "district"])
        .output();
    let out = out.expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Nothing changed"));
}

#[test]
fn bad_input_names_the_problem_and_changes_nothing() {
    let env = env_with_members();
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Một cửa",
        "--field",
        "economy",
    ]);
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "model", "add", "MH02", "--name", "X", "--field", "economy", "--member", "NV999",
            ],
            "there is no member with code \"NV999\" to own it",
        ),
        (
            &[
                "model",
                "add",
                "MH02",
                "--name",
                "X",
                "--field",
                "economy",
                "--unit",
                "Phòng Ma",
            ],
            "there is no unit \"Phòng Ma\"",
        ),
        (
            &[
                "model",
                "add",
                "MH02",
                "--name",
                "X",
                "--field",
                "agriculture",
            ],
            "\"agriculture\" is not a field",
        ),
        (
            &[
                "model", "add", "MH02", "--name", "X", "--field", "economy", "--level", "world",
            ],
            "\"world\" is not a model level",
        ),
        (
            &["model", "add", "MH01", "--name", "X", "--field", "economy"],
            "model MH01 already exists",
        ),
        (
            &["model", "add", "MH 3", "--name", "X", "--field", "economy"],
            "is not a valid model code",
        ),
        (
            &["model", "add", "MH02", "--field", "economy"],
            "needs a name",
        ),
        (&["model", "add", "MH02", "--name", "X"], "needs a field"),
        (
            &[
                "model",
                "add",
                "MH02",
                "--name",
                "X",
                "--field",
                "economy",
                "--started",
                "2027",
            ],
            "after the current year",
        ),
        (
            &["model", "show", "MH09"],
            "there is no model with code \"MH09\"",
        ),
        (
            &["model", "retire", "MH09", "--year", "2026"],
            "there is no model",
        ),
        (
            &["model", "edit", "MH01", "--member", "NV999"],
            "there is no member",
        ),
        (&["model", "list", "--year", "26"], "is not a year"),
    ];
    for (args, message) in cases {
        let err = env.fails(args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(
            err.contains("hint:") || err.contains("is not a year"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(env.db_hash(), before);
}

#[test]
fn import_checks_every_row_and_writes_all_or_nothing() {
    let env = env_with_members();
    let before = env.db_hash();
    let bad = env.file(
        "bad.csv",
        "code,name,field,level,owner_unit,owner_member,started,retired,note\n\
         MH01,Một cửa,economy,,Văn phòng Sở,NV001,2024,,\n\
         MH02,Dân vận số,economy,,,NV999,2024,,\n\
         MH03,Tốt,economy,,,,2024,,\n\
         MH04,Sai năm,economy,,,,2024,2020,\n\
         MH03,Lặp,economy,,,,2024,,\n",
    );
    let err = env.fails(&["model", "import", &bad]);
    assert!(
        err.contains("bad.csv:2: model MH01 has both an owner unit"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:3: model MH02: there is no member"),
        "{err}"
    );
    assert!(
        err.contains("bad.csv:5: model MH04 would retire in 2020"),
        "{err}"
    );
    assert!(err.contains("bad.csv:6: model MH03 appears twice"), "{err}");
    assert!(err.contains("4 bad rows"), "{err}");
    assert_eq!(env.db_hash(), before);

    // Vietnamese headers, `;`, labels for field and level.
    let good = env.file(
        "good.csv",
        "Mã;Tên mô hình;Lĩnh vực;Cấp;Đơn vị chủ trì;Thành viên chủ trì;Năm bắt đầu;Năm kết thúc;Ghi chú\r\n\
         MH01;Một cửa;Kinh tế;Cấp huyện;van phong so;;2024;;\r\n\
         MH02;Dân vận số;quoc phong - an ninh;;;nv002;2025;2025;ghi chú\r\n",
    );
    let out = env.run(&["model", "import", &good, "--dry-run"]).output();
    let out = out.expect("run");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("would add 2"));
    assert_eq!(env.db_hash(), before);
    env.ok(&["model", "import", &good]);
    assert_eq!(
        csv(&env, &["model", "list"]),
        "code,name,field,level,owner_unit,owner_member,started,retired,note,owner_member_name\n\
         MH01,Một cửa,economy,district,Văn phòng Sở,,2024,,,\n\
         MH02,Dân vận số,defense-security,grassroots,,NV002,2025,2025,ghi chú,Trần Thị Bình\n"
    );

    // Existing codes: refused, or replaced with --replace.
    let again = env.file(
        "again.csv",
        "code,name,field,started\nmh01,Một cửa mới,economy,2023\n",
    );
    let before = env.db_hash();
    let err = env.fails(&["model", "import", &again]);
    assert!(
        err.contains("again.csv:2: model MH01 already exists"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
    env.ok(&["model", "import", &again, "--replace"]);
    assert!(
        csv(&env, &["model", "show", "MH01"])
            .contains("MH01,Một cửa mới,economy,grassroots,,,2023")
    );
    let log = csv(&env, &["log", "--limit", "1"]);
    assert!(log.contains("model import"), "{log}");
    assert!(
        log.contains("Văn phòng Sở"),
        "before-image of the replaced model: {log}"
    );

    // A read-only column of the export is ignored; any other is an error.
    let extra = env.file(
        "extra.csv",
        "code,name,field,started,owner_member_name,colour\nMH05,X,economy,2024,,red\n",
    );
    let err = env.fails(&["model", "import", &extra]);
    assert!(
        err.contains("column 6 (\"colour\") is not a known column"),
        "{err}"
    );
    assert!(!err.contains("owner_member_name"), "{err}");
}
