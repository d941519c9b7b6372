//! `danvan report …` and `export reports` through the real binary; the
//! rules of expected and missing reports at their boundaries.

use crate::common::{Env, TODAY};

fn member(env: &Env, code: &str, name: &str, unit: &str, joined: &str) {
    env.ok(&[
        "member",
        "add",
        code,
        "--name",
        name,
        "--unit",
        unit,
        "--joined",
        joined,
        "--email",
        &format!("{}@so.gov.vn", code.to_lowercase()),
    ]);
}

fn pledge(env: &Env, code: &str, year: &str, text: &str) {
    env.ok(&[
        "pledge", "add", code, "--year", year, "--field", "economy", text,
    ]);
}

/// Today is 2026-11-27. NV003 leaves on 2026-11-01; NV004 joins on
/// 2026-10-31; NV005 joins on 2026-11-28 (after today); NV006 pledged
/// only for 2025.
pub(crate) fn setup() -> Env {
    let env = Env::new();
    member(&env, "NV001", "Nguyễn Văn Bình", "Văn phòng", "2020-01-01");
    member(&env, "NV002", "Trần Thị An", "Văn phòng", "2020-01-01");
    member(
        &env,
        "NV003",
        "Lê Văn Cường",
        "Phòng Nghiệp vụ",
        "2020-01-01",
    );
    member(
        &env,
        "NV004",
        "Phạm Thị Dung",
        "Phòng Nghiệp vụ",
        "2026-10-31",
    );
    member(&env, "NV005", "Hoàng Văn Em", "Văn phòng", "2026-11-28");
    member(&env, "NV006", "Đỗ Thị Giang", "Văn phòng", "2020-01-01");
    env.ok(&["member", "leave", "NV003", "--on", "2026-11-01"]);
    for code in ["NV001", "NV002", "NV003", "NV004", "NV005"] {
        pledge(&env, code, "2026", "Việc một");
        pledge(&env, code, "2026", "Việc hai");
    }
    pledge(&env, "NV001", "2025", "Năm trước");
    pledge(&env, "NV006", "2025", "Chỉ năm trước");
    env
}

fn out_on(env: &Env, today: &str, args: &[&str]) -> String {
    let out = env.run_on(today, args).output().unwrap();
    assert!(
        out.status.success(),
        "danvan {args:?} on {today} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub(crate) fn codes(csv: &str) -> Vec<String> {
    csv.lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().to_string())
        .collect()
}

pub(crate) fn missing(env: &Env, today: &str, month: &str) -> Vec<String> {
    codes(&out_on(
        env,
        today,
        &["--format", "csv", "report", "missing", "--month", month],
    ))
}

#[test]
fn add_show_and_list() {
    let env = setup();
    env.run(&[
        "report",
        "add",
        "nv001",
        "--month",
        "2026-10",
        "--item",
        "1=đã làm",
        "--item",
        "2=chua lam duoc:chờ kinh phí: quý 4",
        "--on",
        "05/11/2026",
    ])
    .assert()
    .success()
    .stdout("")
    .stderr("Recorded the report of NV001 for 2026-10 (2 items)\n");
    env.ok(&[
        "report",
        "add",
        "NV002",
        "--month",
        "last",
        "--item",
        "2=in-progress",
    ]);
    env.ok(&[
        "report", "add", "NV001", "--month", "this", "--item", "1=done",
    ]);

    let show = env.ok(&[
        "--format", "csv", "report", "show", "NV001", "--month", "2026-10",
    ]);
    assert_eq!(
        show,
        "item,field,text,status,note\n\
         1,economy,Việc một,done,\n\
         2,economy,Việc hai,not-done,chờ kinh phí: quý 4\n"
    );
    let show = env.ok(&[
        "--lang", "vi", "report", "show", "NV002", "--month", "2026-10",
    ]);
    assert!(show.contains("Chưa báo cáo"), "{show}");
    assert!(show.contains("Đang làm"), "{show}");
    assert!(
        show.contains(&format!("nộp ngày {}", "27/11/2026")),
        "{show}"
    );
    let show = env.ok(&["report", "show", "NV004", "--month", "2026-10"]);
    assert!(show.contains("no report submitted"), "{show}");
    assert!(show.contains("not reported"), "{show}");
    env.fails(&["report", "show", "NV006", "--month", "2026-10"]);

    assert_eq!(
        env.ok(&["--format", "csv", "report", "list"]),
        "member,month,submitted_on,done,in_progress,not_done,not_reported,member_name,unit\n\
         NV002,2026-10,2026-11-27,0,1,0,1,Trần Thị An,Văn phòng\n\
         NV001,2026-10,2026-11-05,1,0,1,0,Nguyễn Văn Bình,Văn phòng\n\
         NV001,2026-11,2026-11-27,1,0,0,1,Nguyễn Văn Bình,Văn phòng\n"
    );
    assert_eq!(
        codes(&env.ok(&["--format", "csv", "report", "list", "--month", "2026-11"])),
        ["NV001"]
    );
    assert_eq!(
        codes(&env.ok(&["--format", "csv", "report", "list", "--year", "2025"])),
        Vec::<String>::new()
    );
    assert_eq!(
        codes(&env.ok(&["--format", "csv", "report", "list", "--member", "NV002"])),
        ["NV002"]
    );
    assert_eq!(
        codes(&env.ok(&[
            "--format",
            "csv",
            "report",
            "list",
            "--unit",
            "PHONG NGHIEP VU"
        ])),
        Vec::<String>::new()
    );
    // A member and a unit: the member's reports only if it is theirs.
    let member_in = |unit: &str| {
        codes(&env.ok(&[
            "--format", "csv", "report", "list", "--member", "NV002", "--unit", unit,
        ]))
    };
    assert_eq!(member_in("van phong"), ["NV002"]);
    assert_eq!(member_in("PHONG NGHIEP VU"), Vec::<String>::new());
    let table = env.ok(&["--lang", "vi", "report", "list"]);
    assert!(table.contains("Chưa làm được"), "{table}");
    assert!(table.contains("05/11/2026"), "{table}");
}

#[test]
fn bad_reports_are_refused_and_change_nothing() {
    let env = setup();
    env.ok(&[
        "report", "add", "NV001", "--month", "2026-10", "--item", "1=done",
    ]);
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "report", "add", "NV001", "--month", "2026-09", "--item", "3=done",
            ],
            "NV001 has no item 3 in 2026 (the items are 1, 2)",
        ),
        (
            &[
                "report",
                "add",
                "NV001",
                "--month",
                "2026-09",
                "--item",
                "1=finished",
            ],
            "\"finished\" is not a report status",
        ),
        (
            &[
                "report", "add", "NV001", "--month", "2025-13", "--item", "1=done",
            ],
            "there is no month 13",
        ),
        (
            &[
                "report", "add", "NV003", "--month", "2026-11", "--item", "1=done",
            ],
            "not active on any day of 2026-11: left on 2026-11-01",
        ),
        (
            &[
                "report", "add", "NV005", "--month", "2026-11", "--item", "1=done",
            ],
            "joined on 2026-11-28",
        ),
        (
            &[
                "report", "add", "NV001", "--month", "2026-12", "--item", "1=done",
            ],
            "2026-12 has not begun",
        ),
        (
            &[
                "report",
                "add",
                "NV001",
                "--month",
                "2026-11",
                "--item",
                "1=done",
                "--on",
                "2026-11-28",
            ],
            "after today",
        ),
        (
            &[
                "report",
                "add",
                "NV001",
                "--month",
                "2026-09",
                "--item",
                "1=done",
                "--on",
                "2026-08-31",
            ],
            "before 2026-09 begins",
        ),
        (
            &[
                "report", "add", "NV006", "--month", "2026-10", "--item", "1=done",
            ],
            "has no pledge for 2026",
        ),
        (
            &[
                "report", "add", "NV404", "--month", "2026-10", "--item", "1=done",
            ],
            "no member with code",
        ),
        (
            &[
                "report",
                "add",
                "NV002",
                "--month",
                "2026-10",
                "--item",
                "1=done",
                "--item",
                "1=not-done",
            ],
            "item 1 is given twice",
        ),
        (
            &[
                "report", "add", "NV001", "--month", "2026-10", "--item", "2=done",
            ],
            "NV001 already has a report for 2026-10",
        ),
        (
            &[
                "report", "add", "NV002", "--month", "2026-10", "--item", "1",
            ],
            "NO=STATUS",
        ),
    ];
    for (args, expected) in cases {
        let err = env.fails(args);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    let err = env.fails(&[
        "report", "add", "NV001", "--month", "2026-10", "--item", "2=done",
    ]);
    assert!(
        err.contains("danvan report show NV001 --month 2026-10"),
        "{err}"
    );
    env.run(&["report", "add", "NV001", "--month", "2026-10"])
        .assert()
        .code(2);
    assert_eq!(env.db_hash(), before);
}

#[test]
fn replace_swaps_the_whole_report() {
    let env = setup();
    env.ok(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "1=done",
        "--item",
        "2=done:xong",
    ]);
    env.run(&[
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "2=in-progress",
        "--replace",
    ])
    .assert()
    .success()
    .stderr(predicates::str::contains("Replaced the report of NV001"));
    assert_eq!(
        env.ok(&[
            "--format", "csv", "report", "show", "NV001", "--month", "2026-10"
        ]),
        "item,field,text,status,note\n\
         1,economy,Việc một,not-reported,\n\
         2,economy,Việc hai,in-progress,\n"
    );
    let log = env.ok(&["--format", "csv", "log", "--limit", "1"]);
    assert!(log.contains("report replace"), "{log}");
    assert!(log.contains("xong"), "the before-image is logged: {log}");
}

#[test]
fn expected_reports_at_the_month_boundaries() {
    let env = setup();
    // October: NV003 (leaves 11-01) and NV004 (joins 10-31) are expected;
    // NV006 pledged nothing for 2026; NV005 joins later.
    assert_eq!(
        missing(&env, TODAY, "2026-10"),
        ["NV002", "NV001", "NV003", "NV004"]
    );
    // November before it ends: decided on today; NV003 has left and
    // NV005 has not joined yet.
    assert_eq!(missing(&env, TODAY, "this"), ["NV002", "NV001", "NV004"]);
    // On the last day NV005 is active: expected.
    assert_eq!(
        missing(&env, "2026-11-30", "this"),
        ["NV002", "NV001", "NV004", "NV005"]
    );
    // `last` on 1 December is November, decided on its last day.
    assert_eq!(
        missing(&env, "2026-12-01", "last"),
        ["NV002", "NV001", "NV004", "NV005"]
    );
    // A year without a pledge expects nothing; 2025 expects NV001 and NV006.
    assert_eq!(missing(&env, TODAY, "2025-10"), ["NV001", "NV006"]);
    // A month after the current one expects nothing.
    assert_eq!(missing(&env, TODAY, "2026-12"), Vec::<String>::new());
    // The default month is `last`.
    assert_eq!(
        codes(&env.ok(&["--format", "csv", "report", "missing"])),
        ["NV002", "NV001", "NV003", "NV004"]
    );
    assert_eq!(
        codes(&env.ok(&[
            "--format",
            "csv",
            "report",
            "missing",
            "--unit",
            "van phong"
        ])),
        ["NV002", "NV001"]
    );
    let csv = env.ok(&[
        "--format",
        "csv",
        "report",
        "missing",
        "--unit",
        "Văn phòng",
    ]);
    assert_eq!(
        csv,
        "code,name,unit,email,phone\n\
         NV002,Trần Thị An,Văn phòng,nv002@so.gov.vn,\n\
         NV001,Nguyễn Văn Bình,Văn phòng,nv001@so.gov.vn,\n"
    );
    assert_eq!(
        env.ok(&["report", "missing", "--list-units"]),
        "Phòng Nghiệp vụ\nVăn phòng\n"
    );
    // A submitted report is no longer missing; a report from a member who
    // left during the month is kept (NV003 for October was expected anyway).
    env.ok(&[
        "report", "add", "NV003", "--month", "2026-10", "--item", "1=done",
    ]);
    env.ok(&[
        "report", "add", "NV002", "--month", "2026-10", "--item", "1=done",
    ]);
    assert_eq!(missing(&env, TODAY, "2026-10"), ["NV001", "NV004"]);
}

#[test]
fn leap_year_february() {
    let env = Env::new();
    member(&env, "A1", "Nguyễn Văn An", "X", "2024-02-29");
    member(&env, "B1", "Trần Văn Bảo", "X", "2024-03-01");
    member(&env, "C1", "Lê Thị Chi", "X", "2020-01-01");
    member(&env, "D1", "Phạm Văn Duy", "X", "2020-01-01");
    env.ok(&["member", "leave", "C1", "--on", "2024-02-29"]);
    env.ok(&["member", "leave", "D1", "--on", "2024-03-01"]);
    for code in ["A1", "B1", "C1", "D1"] {
        pledge(&env, code, "2024", "Việc");
    }
    // Expected for February 2024: active on the 29th.
    assert_eq!(missing(&env, "2024-03-05", "last"), ["A1", "D1"]);
    assert_eq!(missing(&env, "2024-03-05", "2024-02"), ["A1", "D1"]);
    // A report on the 29th itself is accepted from A1.
    env.run_on(
        "2024-02-29",
        &["report", "add", "A1", "--month", "this", "--item", "1=done"],
    )
    .assert()
    .success();
    assert_eq!(missing(&env, "2024-03-05", "2024-02"), ["D1"]);
}

#[test]
fn nobody_missing_prints_nothing_at_all() {
    let env = setup();
    for code in ["NV001", "NV002", "NV003", "NV004"] {
        env.ok(&[
            "report", "add", code, "--month", "2026-10", "--item", "1=done",
        ]);
    }
    for format in ["table", "csv", "json"] {
        for lang in ["vi", "en"] {
            env.run(&[
                "--format", format, "--lang", lang, "report", "missing", "--month", "2026-10",
            ])
            .assert()
            .success()
            .stdout("")
            .stderr("");
        }
    }
    env.run(&["report", "missing", "--month", "2026-10", "--list-units"])
        .assert()
        .success()
        .stdout("");
    // A future month, and a unit nobody is in, are silent too.
    env.run(&[
        "--format", "json", "report", "missing", "--month", "2027-01",
    ])
    .assert()
    .success()
    .stdout("");
    env.run(&[
        "--format",
        "csv",
        "report",
        "missing",
        "--unit",
        "phong nghiep vu",
    ])
    .assert()
    .success()
    .stdout("");
    // A unit nobody belongs to is a mistake, not a silent success.
    let err = env.fails(&["report", "missing", "--unit", "Không có"]);
    assert!(
        err.contains("no member belongs to it, nor ever did"),
        "{err}"
    );
}
