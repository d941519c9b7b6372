//! "The clerk's first day" through the binary: filters that name nothing
//! say so with the nearest spellings, `member find`, dates as people type
//! them, and exemplars marked without rating again.

use crate::common::Env;

/// Six members in four units; Lê Văn Lãn left in June.
fn setup() -> Env {
    let env = Env::new();
    for (code, name, unit, joined) in [
        ("NV001", "Nguyễn Văn Lân", "Văn phòng Sở", "01/03/2015"),
        ("NV002", "Trần Thị Lan", "Phòng Tổ chức", "2016-05-02"),
        ("NV003", "Lê Văn Lãn", "Thanh tra Sở", "1/7/2018"),
        ("NV004", "Đỗ Minh Đức", "Văn phòng Sở", "15.01.2020"),
        ("NV005", "Phạm Văn Duc", "Phòng Tổ chức", "03-02-2021"),
        (
            "NV006",
            "Hoàng Thị Lâm",
            "Trung tâm Công nghệ thông tin",
            "2022-01-10",
        ),
    ] {
        env.ok(&[
            "member", "add", code, "--name", name, "--unit", unit, "--joined", joined,
        ]);
    }
    env.ok(&["member", "leave", "NV003", "--on", "30/6/2026"]);
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Một cửa thân thiện",
        "--field",
        "economy",
        "--started",
        "2024",
    ]);
    env
}

fn csv(env: &Env, args: &[&str]) -> String {
    let mut full = vec!["--format", "csv"];
    full.extend_from_slice(args);
    env.ok(&full)
}

/// The first column of each CSV record after the header.
fn codes(csv: &str) -> Vec<String> {
    csv.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or_default().to_string())
        .collect()
}

/// Run a command expected to fail with status 1 and leave the database
/// as it was; return its stderr.
fn refused(env: &Env, args: &[&str]) -> String {
    let before = env.db_hash();
    let err = env.fails(args);
    assert_eq!(
        env.db_hash(),
        before,
        "danvan {args:?} changed the database"
    );
    err
}

#[test]
fn a_unit_nobody_ever_belonged_to_is_an_error_in_every_list() {
    let env = setup();
    for command in [
        &["member", "list"][..],
        &["member", "list", "--all"],
        &["member", "list", "--as-of", "2020-01-01"],
        &["pledge", "list"],
        &["pledge", "list", "--year", "2026"],
        &["pledge", "missing", "--year", "2026"],
        &["report", "list"],
        &["report", "list", "--month", "2026-10"],
        &["report", "missing", "--month", "2026-10"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--unit", "Văn phòng UBND"]);
        let err = refused(&env, &args);
        assert!(
            err.contains(
                "error: there is no unit \"Văn phòng UBND\": no member belongs to it, nor ever did"
            ),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("hint: did you mean \"Văn phòng Sở\""),
            "{args:?}: {err}"
        );
        assert!(err.contains("`danvan unit list --all`"), "{args:?}: {err}");
    }
}

#[test]
fn an_evaluated_unit_that_does_not_exist_offers_the_nearest_units() {
    let env = setup();
    for args in [
        &[
            "evaluate",
            "unit",
            "Văn phòng UBND",
            "--year",
            "2025",
            "--rating",
            "good",
        ][..],
        &[
            "evaluate",
            "unit",
            "Văn phòng UBND",
            "--year",
            "2025",
            "--exemplary",
        ],
    ] {
        let err = refused(&env, args);
        assert!(
            err.contains("error: there is no unit \"Văn phòng UBND\""),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("hint: did you mean \"Văn phòng Sở\""),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn the_nearest_units_are_found_by_folded_text() {
    let env = setup();
    // A slip, without diacritics, in capitals.
    let err = refused(&env, &["member", "list", "--unit", "THANH TRE SO"]);
    assert!(err.contains("did you mean \"Thanh tra Sở\", "), "{err}");
    // A shared word: at most three, nearest first.
    let err = refused(&env, &["member", "list", "--unit", "Phòng Kế hoạch"]);
    let hint = err
        .lines()
        .find(|l| l.starts_with("hint:"))
        .unwrap_or_default();
    assert!(
        hint.starts_with("hint: did you mean \"Phòng Tổ chức\", \"Văn phòng Sở\"?"),
        "{err}"
    );
    assert_eq!(hint.matches('"').count(), 4, "{hint}");
    // Nothing near: the hint still says where the units are.
    let err = refused(&env, &["member", "list", "--unit", "Kho bạc"]);
    assert!(
        err.contains("hint: see the units with `danvan unit list --all`"),
        "{err}"
    );
}

#[test]
fn a_unit_that_exists_is_folded_and_may_list_nobody() {
    let env = setup();
    // Any case, diacritics optional.
    assert_eq!(
        codes(&csv(&env, &["member", "list", "--unit", "VAN PHONG SO"])),
        ["NV004", "NV001"]
    );
    // Thanh tra Sở's only member left in June: nobody active, no error.
    assert_eq!(
        csv(&env, &["member", "list", "--unit", "thanh tra sở"]),
        "code,name,unit,roles,joined,left,email,phone,note\n"
    );
    env.run(&["member", "list", "--unit", "Thanh tra Sở"])
        .assert()
        .success()
        .stdout("");
    assert_eq!(
        codes(&csv(
            &env,
            &[
                "pledge",
                "missing",
                "--year",
                "2026",
                "--unit",
                "Thanh tra Sở"
            ]
        )),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&csv(
            &env,
            &[
                "pledge",
                "missing",
                "--year",
                "2026",
                "--unit",
                "phong to chuc"
            ]
        )),
        ["NV005", "NV002"]
    );
    // Nobody has pledged, so nobody's report is missing: silent for cron.
    env.run(&["report", "missing", "--unit", "Thanh tra Sở"])
        .assert()
        .success()
        .stdout("");
    env.run(&["report", "list", "--unit", "Thanh tra Sở"])
        .assert()
        .success()
        .stdout("");
}

#[test]
fn a_member_code_that_does_not_exist_offers_the_nearest_codes() {
    let env = setup();
    for args in [
        &["member", "show", "NV01"][..],
        &["member", "edit", "NV01", "--note", "x"],
        &["member", "leave", "NV01", "--on", "2026-01-01"],
        &["pledge", "list", "--member", "NV01"],
        &["report", "list", "--member", "NV01"],
        &["report", "show", "NV01", "--month", "2026-10"],
        &[
            "pledge", "add", "NV01", "--year", "2026", "--field", "economy", "Việc",
        ],
        &[
            "evaluate", "member", "NV01", "--year", "2025", "--rating", "good",
        ],
    ] {
        let err = refused(&env, args);
        assert!(
            err.contains("error: there is no member with code \"NV01\""),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("hint: did you mean NV001 (Nguyễn Văn Lân)? see the codes"),
            "{args:?}: {err}"
        );
    }
    // At most three, nearest first.
    let err = refused(&env, &["member", "show", "NV00"]);
    assert!(
        err.contains(
            "did you mean NV001 (Nguyễn Văn Lân), NV002 (Trần Thị Lan), NV003 (Lê Văn Lãn)?"
        ),
        "{err}"
    );
    // Far from every code: only where to look.
    let err = refused(&env, &["member", "show", "XYZ999"]);
    assert!(
        err.contains("hint: see the codes with `danvan member list --all`"),
        "{err}"
    );
}

#[test]
fn a_name_where_a_code_belongs_points_at_member_find() {
    let env = setup();
    let err = refused(&env, &["member", "show", "Lân"]);
    assert!(
        err.contains("error: there is no member with code \"Lân\""),
        "{err}"
    );
    assert!(
        err.contains("hint: to find a member by name, run `danvan member find \"Lân\"`"),
        "{err}"
    );
    let err = refused(&env, &["member", "show", "nguyen van"]);
    assert!(err.contains("`danvan member find \"nguyen van\"`"), "{err}");
}

#[test]
fn a_model_code_that_does_not_exist_offers_the_nearest_codes() {
    let env = setup();
    for args in [
        &["model", "show", "MH1"][..],
        &["model", "retire", "MH1", "--year", "2026"],
        &[
            "pledge", "add", "NV001", "--year", "2026", "--field", "economy", "--model", "MH1",
            "Việc",
        ],
        &[
            "evaluate", "model", "MH1", "--year", "2025", "--rating", "good",
        ],
    ] {
        let err = refused(&env, args);
        assert!(
            err.contains("error: there is no model with code \"MH1\""),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("hint: did you mean MH01 (Một cửa thân thiện)?"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn member_find_ignores_case_and_diacritics_and_includes_those_who_left() {
    let env = setup();
    // Lân, Lan, Lãn; not Lâm.
    let found = csv(&env, &["member", "find", "lan"]);
    assert_eq!(codes(&found), ["NV002", "NV003", "NV001"], "{found}");
    assert!(found.starts_with("code,name,unit,roles,joined,left,email,phone,note,active\n"));
    assert!(
        found.contains("NV003,Lê Văn Lãn,Thanh tra Sở,,2018-07-01,2026-06-30,,,,false\n"),
        "{found}"
    );
    assert!(found.contains("NV002,Trần Thị Lan,Phòng Tổ chức,,2016-05-02,,,,,true\n"));
    // The same order as member list --all.
    let all = codes(&csv(&env, &["member", "list", "--all"]));
    let in_list_order: Vec<String> = all
        .into_iter()
        .filter(|c| ["NV001", "NV002", "NV003"].contains(&c.as_str()))
        .collect();
    assert_eq!(codes(&found), in_list_order);
    // đ and d are one letter; marks typed or not, any case.
    assert_eq!(
        codes(&csv(&env, &["member", "find", "duc"])),
        ["NV005", "NV004"]
    );
    assert_eq!(
        codes(&csv(&env, &["member", "find", "ĐỨC"])),
        ["NV005", "NV004"]
    );
    assert_eq!(
        codes(&csv(&env, &["member", "find", "LÂN"])),
        ["NV002", "NV003", "NV001"]
    );
    // A part of a code, or of a name across words.
    assert_eq!(codes(&csv(&env, &["member", "find", "v00"])).len(), 6);
    assert_eq!(codes(&csv(&env, &["member", "find", "thi lam"])), ["NV006"]);
    // JSON and table.
    let json = env.ok(&["--format", "json", "member", "find", "lãn"]);
    assert!(
        json.contains("\"active\": false") || json.contains("\"active\":false"),
        "{json}"
    );
    let table = env.ok(&["member", "find", "lãn"]);
    assert!(
        table.contains("Lê Văn Lãn") && table.contains("Active"),
        "{table}"
    );
    // Nothing found is an empty list, not an error.
    assert_eq!(
        csv(&env, &["member", "find", "Quỳnh"]),
        "code,name,unit,roles,joined,left,email,phone,note,active\n"
    );
    env.run(&["member", "find", "Quỳnh"])
        .assert()
        .success()
        .stdout("");
    // An empty text would find everyone.
    let err = refused(&env, &["member", "find", "  "]);
    assert!(err.contains("part of a name or of a code"), "{err}");
}

#[test]
fn dates_in_every_form_on_the_command_line_and_in_files() {
    let env = Env::new();
    for (code, joined) in [
        ("A1", "2024-02-29"),
        ("A2", "29/02/2024"),
        ("A3", "29/2/2024"),
        ("A4", "29-02-2024"),
        ("A5", "29.02.2024"),
        ("A6", "29.2.2024"),
    ] {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            "Lê Văn An",
            "--joined",
            joined,
        ]);
    }
    let joined: Vec<String> = csv(&env, &["member", "list"])
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(4).unwrap_or_default().to_string())
        .collect();
    assert_eq!(joined, vec!["2024-02-29"; 6]);
    // Dates that do not exist, and forms that are not dates.
    for (bad, says) in [
        ("29/2/2025", "there is no day 29 in month 2 of 2025"),
        ("31/4/2026", "there is no day 31 in month 4 of 2026"),
        ("31-04-2026", "there is no day 31 in month 4 of 2026"),
        (
            "1/3/26",
            "write it as YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026) or DD.MM.YYYY (31.03.2026)",
        ),
        ("2026/03/01", "is not a date; write it as YYYY-MM-DD"),
        ("hôm qua", "is not a date; write it as YYYY-MM-DD"),
    ] {
        let err = refused(
            &env,
            &[
                "member",
                "add",
                "B1",
                "--name",
                "Lê Văn Bình",
                "--joined",
                bad,
            ],
        );
        assert!(err.contains(says), "{bad}: {err}");
        let err = refused(&env, &["member", "list", "--as-of", bad]);
        assert!(err.contains(says), "{bad}: {err}");
    }
    // A file: every form read, a bad date named by file and line.
    let good = env.file(
        "good.csv",
        "code,name,joined,left\nB1,Lê Văn Bình,5/7/2020,\nB2,Lê Thị Cúc,05.07.2020,31-12-2025\n",
    );
    env.ok(&["member", "import", &good]);
    let b2 = env.ok(&["--format", "csv", "member", "show", "B2"]);
    assert!(b2.contains(",2020-07-05,2025-12-31,"), "{b2}");
    let bad = env.file(
        "bad.csv",
        "code,name,joined\nC1,Lê Văn Cường,1.1.2020\nC2,Lê Văn Dũng,1/1/20\nC3,Lê Văn Em,31.4.2020\n",
    );
    let err = refused(&env, &["member", "import", &bad]);
    assert!(
        err.contains("bad.csv:3: joined: \"1/1/20\" is not a date; write it as YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY"),
        "{err}"
    );
    assert!(
        err.contains(
            "bad.csv:4: joined: \"31.4.2020\" is not a date: there is no day 31 in month 4 of 2020"
        ),
        "{err}"
    );
}

#[test]
fn exemplary_without_a_rating_keeps_the_existing_one() {
    let env = setup();
    // Not rated yet: a rating is needed, and nothing is written.
    let err = refused(
        &env,
        &[
            "evaluate",
            "member",
            "NV001",
            "--year",
            "2025",
            "--exemplary",
        ],
    );
    assert!(
        err.contains(
            "error: member NV001 has no rating for 2025: a rating is needed to mark it exemplary"
        ),
        "{err}"
    );
    assert!(err.contains("--rating RATING --exemplary"), "{err}");
    // Neither a rating nor --exemplary is a usage error, as before.
    env.run(&["evaluate", "member", "NV001", "--year", "2025"])
        .assert()
        .code(2);

    env.ok(&[
        "evaluate", "member", "NV001", "--year", "2025", "--rating", "good", "--note", "Tốt",
    ]);
    env.ok(&[
        "evaluate",
        "unit",
        "Văn phòng Sở",
        "--year",
        "2025",
        "--rating",
        "excellent",
    ]);
    env.ok(&[
        "evaluate", "model", "MH01", "--year", "2025", "--rating", "complete",
    ]);
    let out = env
        .run(&[
            "evaluate",
            "member",
            "NV001",
            "--year",
            "2025",
            "--exemplary",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("marked exemplary, rating kept (good)"),
        "{said}"
    );
    env.ok(&[
        "evaluate",
        "unit",
        "van phong so",
        "--year",
        "2025",
        "--exemplary",
    ]);
    env.ok(&[
        "evaluate",
        "model",
        "mh01",
        "--year",
        "2025",
        "--exemplary",
        "--note",
        "Nhân rộng",
    ]);
    assert_eq!(
        csv(&env, &["evaluate", "list", "--year", "2025"]),
        "kind,subject,year,rating,exemplary,note,subject_name\n\
         member,NV001,2025,good,true,Tốt,Nguyễn Văn Lân\n\
         unit,Văn phòng Sở,2025,excellent,true,,\n\
         model,MH01,2025,complete,true,Nhân rộng,Một cửa thân thiện\n"
    );
    // Each mark is one audit line with the record before and after.
    let log = csv(&env, &["log", "--limit", "3"]);
    assert_eq!(log.matches("evaluate --exemplary").count(), 3, "{log}");
    assert!(log.contains("\"\"exemplary\"\":false"), "{log}");
    // Marking again changes nothing and logs nothing.
    let before = env.db_hash();
    let out = env
        .run(&[
            "evaluate",
            "member",
            "NV001",
            "--year",
            "2025",
            "--exemplary",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("was already exemplary"));
    assert_eq!(env.db_hash(), before);
    // A subject that cannot be rated that year is refused as with --rating.
    let err = refused(
        &env,
        &[
            "evaluate",
            "member",
            "NV003",
            "--year",
            "2027",
            "--exemplary",
        ],
    );
    assert!(err.contains("cannot be evaluated yet"), "{err}");
}
