//! `danvan award …`, `initiative …`, `discipline …`: every rule of the
//! titles at its boundary, through the binary. Members and ratings come
//! in by import files; done rates by SQL, as in evaluate.rs.

use rusqlite::{Connection, params};
use serde_json::Value;

use crate::common::Env;

/// Members from `(code, name, unit, joined, left)`, by one import.
fn members(env: &Env, rows: &[(&str, &str, &str, &str, &str)]) {
    let mut csv = String::from("code,name,unit,joined,left\n");
    for (code, name, unit, joined, left) in rows {
        csv.push_str(&format!("{code},{name},{unit},{joined},{left}\n"));
    }
    let file = env.file("members.csv", csv);
    env.ok(&["member", "import", &file]);
}

/// Ratings of `(kind, subject, year, rating)`, by one import.
pub(crate) fn ratings(env: &Env, rows: &[(&str, &str, i32, &str)]) {
    let mut csv = String::from("kind,subject,year,rating\n");
    for (kind, subject, year, rating) in rows {
        csv.push_str(&format!("{kind},{subject},{year},{rating}\n"));
    }
    let file = env.file("ratings.csv", csv);
    env.ok(&["evaluate", "import", &file]);
}

/// Set a rule threshold. Written as `meta` rows under `setting.<key>`, the
/// store `danvan setting set` uses: once that command exists, this is
/// the one line to change.
fn set(env: &Env, key: &str, value: &str) {
    let conn = Connection::open(&env.db).expect("open db");
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        params![format!("setting.{key}"), value],
    )
    .expect("set setting");
}

/// The proposals of `year` as JSON rows.
fn propose(env: &Env, year: &str) -> Vec<Value> {
    let out = env.ok(&["--format", "json", "award", "propose", "--year", year]);
    serde_json::from_str::<Value>(&out)
        .expect("json")
        .as_array()
        .expect("array")
        .clone()
}

/// The subjects proposed for `title`, in the order listed.
fn holders(rows: &[Value], title: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r["title"] == title)
        .map(|r| r["subject"].as_str().expect("subject").to_string())
        .collect()
}

fn fact(rows: &[Value], title: &str, subject: &str, key: &str) -> Value {
    rows.iter()
        .find(|r| r["title"] == title && r["subject"] == subject)
        .map(|r| r[key].clone())
        .unwrap_or(Value::Null)
}

/// `n` members of `unit` named by prefix, joined long ago.
pub(crate) fn staff(prefix: &str, unit: &str, n: usize) -> Vec<(String, String, String)> {
    (1..=n)
        .map(|i| {
            (
                format!("{prefix}{i:03}"),
                format!("Nguyễn Văn {prefix}{i:03}"),
                unit.to_string(),
            )
        })
        .collect()
}

pub(crate) fn import_staff(env: &Env, people: &[(String, String, String)]) {
    let rows: Vec<(&str, &str, &str, &str, &str)> = people
        .iter()
        .map(|(c, n, u)| (c.as_str(), n.as_str(), u.as_str(), "2020-01-01", ""))
        .collect();
    members(env, &rows);
}

pub(crate) fn rate_all(env: &Env, people: &[(String, String, String)], year: i32, rating: &str) {
    let rows: Vec<(&str, &str, i32, &str)> = people
        .iter()
        .map(|(c, _, _)| ("member", c.as_str(), year, rating))
        .collect();
    ratings(env, &rows);
}

pub(crate) fn initiative(env: &Env, member: &str, year: &str) -> String {
    env.ok(&[
        "initiative",
        "add",
        member,
        "--year",
        year,
        "Sáng kiến cải tiến",
    ])
    .trim()
    .to_string()
}

#[test]
fn ten_months_active_means_on_the_last_day_of_ten_months() {
    let env = Env::new();
    members(
        &env,
        &[
            ("M0301", "Lê Văn A", "VP", "2025-03-01", ""),
            ("M0302", "Lê Văn B", "VP", "2025-03-02", ""),
            ("M0331", "Lê Văn C", "VP", "2025-03-31", ""),
            ("M0401", "Lê Văn D", "VP", "2025-04-01", ""),
            ("L1031", "Lê Văn E", "VP", "2020-01-01", "2025-10-31"),
            ("L1101", "Lê Văn G", "VP", "2020-01-01", "2025-11-01"),
        ],
    );
    let codes = ["M0301", "M0302", "M0331", "M0401", "L1031", "L1101"];
    let rows: Vec<_> = codes.iter().map(|c| ("member", *c, 2025, "good")).collect();
    ratings(&env, &rows);
    let p = propose(&env, "2025");
    // Joining on 1 or 2 March leaves March to December: 10 month ends.
    // The boundary is the last day: 31 March counts March, 1 April does not.
    for (code, months) in [("M0301", 10), ("M0302", 10), ("M0331", 10), ("L1101", 10)] {
        assert_eq!(
            fact(&p, "advanced-worker", code, "months_active"),
            months,
            "{code}"
        );
    }
    let mut got = holders(&p, "advanced-worker");
    got.sort();
    assert_eq!(got, ["L1101", "M0301", "M0302", "M0331"]);
    // With the threshold at 9, the two with 9 month ends qualify too.
    set(&env, "ldtt_min_months", "9");
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "advanced-worker").len(), 6);
    assert_eq!(fact(&p, "advanced-worker", "M0401", "months_active"), 9);
    assert_eq!(fact(&p, "advanced-worker", "L1031", "months_active"), 9);
}

#[test]
fn good_qualifies_and_complete_does_not() {
    let env = Env::new();
    let people = staff("R", "VP", 4);
    import_staff(&env, &people);
    ratings(
        &env,
        &[
            ("member", "R001", 2025, "excellent"),
            ("member", "R002", 2025, "good"),
            ("member", "R003", 2025, "complete"),
            ("member", "R004", 2024, "excellent"),
        ],
    );
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "advanced-worker"), ["R001", "R002"]);
    assert_eq!(fact(&p, "advanced-worker", "R002", "rating"), "good");
}

#[test]
fn any_discipline_bars_ldtt_and_a_warning_bars_the_unit() {
    let env = Env::new();
    let forms = ["reprimand", "warning", "demotion", "dismissal"];
    let mut everyone = Vec::new();
    for (i, _) in forms.iter().enumerate() {
        everyone.extend(staff(&format!("U{i}"), &format!("Phòng {i}"), 10));
    }
    import_staff(&env, &everyone);
    rate_all(&env, &everyone, 2025, "good");
    let units: Vec<String> = (0..forms.len()).map(|i| format!("Phòng {i}")).collect();
    let rows: Vec<_> = units
        .iter()
        .map(|u| ("unit", u.as_str(), 2025, "good"))
        .collect();
    ratings(&env, &rows);
    // Vietnamese labels are accepted as the form.
    let labels = [
        "khiển trách",
        "Cảnh cáo",
        "demotion",
        "Buộc thôi việc, khai trừ",
    ];
    for (i, label) in labels.iter().enumerate() {
        env.ok(&[
            "discipline",
            "add",
            &format!("U{i}001"),
            "--year",
            "2025",
            "--form",
            label,
        ]);
    }
    // A discipline of another year bars nothing in 2025.
    env.ok(&[
        "discipline",
        "add",
        "U0002",
        "--year",
        "2024",
        "--form",
        "dismissal",
    ]);
    let p = propose(&env, "2025");
    let ldtt = holders(&p, "advanced-worker");
    for (i, form) in forms.iter().enumerate() {
        assert!(!ldtt.contains(&format!("U{i}001")), "{form}");
    }
    assert!(ldtt.contains(&"U0002".to_string()));
    assert_eq!(ldtt.len(), 36);
    // 9 of 10 are LĐTT everywhere; only the reprimand leaves the unit a title.
    assert_eq!(holders(&p, "advanced-collective"), ["Phòng 0"]);
    let list = env.ok(&["--format", "csv", "discipline", "list", "--year", "2025"]);
    assert!(list.contains("U1001,2025,warning,,"));
}

/// Ten pledge items of `year` and a December report with `done` of them
/// done and the rest not done, so the member's done rate is done / 10.
fn done_rate(env: &Env, code: &str, year: i32, done: i64) {
    let conn = Connection::open(&env.db).expect("open db");
    let id: i64 = conn
        .query_row("SELECT id FROM members WHERE code = ?", [code], |r| {
            r.get(0)
        })
        .expect("member");
    conn.execute(
        "INSERT INTO reports (member_id, month, submitted_on) VALUES (?, ?, ?)",
        params![id, format!("{year}-12"), format!("{year}-12-31")],
    )
    .expect("report");
    let report = conn.last_insert_rowid();
    for no in 1..=10 {
        conn.execute(
            "INSERT INTO pledge_items (member_id, year, no, field, text) VALUES (?, ?, ?, 'economy', 'Việc')",
            params![id, year, no],
        )
        .expect("pledge item");
        let item = conn.last_insert_rowid();
        let status = if no <= done { "done" } else { "not-done" };
        conn.execute(
            "INSERT INTO report_items (report_id, item_id, status) VALUES (?, ?, ?)",
            params![report, item, status],
        )
        .expect("status");
    }
}

#[test]
fn cstdcs_cap_is_fifteen_percent_rounded_down_but_at_least_one() {
    for (n, cap) in [(6, 1), (7, 1), (20, 3)] {
        let env = Env::new();
        let people = staff("C", "VP", n);
        import_staff(&env, &people);
        rate_all(&env, &people, 2025, "excellent");
        for (code, _, _) in &people {
            initiative(&env, code, "2025");
        }
        // The best done rate is chosen first, whatever the code.
        let last = &people[n - 1].0;
        done_rate(&env, last, 2025, 9);
        let p = propose(&env, "2025");
        let chosen = holders(&p, "grassroots-emulation-fighter");
        assert_eq!(chosen.len(), cap, "{n} LĐTT");
        assert!(chosen.contains(last), "{n} LĐTT: {chosen:?}");
        if cap == 3 {
            // Then by code among equal done rates.
            let mut rest: Vec<&String> = chosen.iter().filter(|c| *c != last).collect();
            rest.sort();
            assert_eq!(rest, ["C001", "C002"]);
        }
        set(&env, "cstdcs_cap_percent", "0");
        let p = propose(&env, "2025");
        assert_eq!(holders(&p, "grassroots-emulation-fighter").len(), n);
    }
}

#[test]
fn cstdcs_requires_excellent_only_when_set() {
    let env = Env::new();
    let people = staff("E", "VP", 2);
    import_staff(&env, &people);
    ratings(
        &env,
        &[
            ("member", "E001", 2025, "excellent"),
            ("member", "E002", 2025, "good"),
        ],
    );
    initiative(&env, "E001", "2025");
    initiative(&env, "E002", "2025");
    set(&env, "cstdcs_cap_percent", "0");
    let p = propose(&env, "2025");
    assert_eq!(
        holders(&p, "grassroots-emulation-fighter"),
        ["E001", "E002"]
    );
    set(&env, "cstdcs_requires_excellent", "true");
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "grassroots-emulation-fighter"), ["E001"]);
    set(&env, "cstdcs_requires_excellent", "off");
    assert_eq!(
        holders(&propose(&env, "2025"), "grassroots-emulation-fighter").len(),
        2
    );
}

#[test]
fn an_initiative_backs_one_title_only() {
    let env = Env::new();
    let people = staff("I", "VP", 3);
    import_staff(&env, &people);
    rate_all(&env, &people, 2025, "excellent");
    set(&env, "cstdcs_cap_percent", "0");
    // I001's initiative of 2025 was already used for their 2024 title (the
    // council recognised it early in 2025); I002's is unused; I003 has only
    // an initiative of 2024.
    assert_eq!(initiative(&env, "I001", "2025"), "I001/2025/1");
    initiative(&env, "I002", "2025");
    initiative(&env, "I003", "2024");
    let file = env.file(
        "used.csv",
        "year,title,kind,subject,initiative,decision,decided_on,issuer,level\n\
         2024,grassroots-emulation-fighter,member,I001,I001/2025/1,12/QĐ-UBND,2025-02-01,UBND tỉnh,province\n",
    );
    env.ok(&["award", "import", &file]);
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "grassroots-emulation-fighter"), ["I002"]);
    assert_eq!(
        fact(&p, "grassroots-emulation-fighter", "I002", "initiative"),
        "I002/2025/1"
    );
    // An initiative that backs a title cannot be removed.
    let before = env.db_hash();
    let err = env.fails(&["initiative", "remove", "I001/2025/1"]);
    assert!(
        err.contains("backs the title 2024 grassroots-emulation-fighter"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
    env.ok(&["initiative", "remove", "I003/2024/1"]);
}

/// A unit of `n` members of whom `ldtt` are rated good, the rest complete.
fn unit_with_share(
    prefix: &str,
    unit: &str,
    n: usize,
    ldtt: usize,
) -> Vec<(String, String, String, &'static str)> {
    staff(prefix, unit, n)
        .into_iter()
        .enumerate()
        .map(|(i, (c, name, u))| (c, name, u, if i < ldtt { "good" } else { "complete" }))
        .collect()
}

#[test]
fn a_unit_needs_seventy_percent_ldtt() {
    let env = Env::new();
    let a = unit_with_share("A", "Phòng A", 100, 69);
    let b = unit_with_share("B", "Phòng B", 100, 70);
    let all: Vec<_> = a
        .iter()
        .chain(&b)
        .map(|(c, n, u, _)| (c.clone(), n.clone(), u.clone()))
        .collect();
    import_staff(&env, &all);
    let mut rows: Vec<_> = a
        .iter()
        .chain(&b)
        .map(|(c, _, _, r)| ("member", c.as_str(), 2025, *r))
        .collect();
    rows.push(("unit", "Phòng A", 2025, "good"));
    rows.push(("unit", "Phòng B", 2025, "good"));
    ratings(&env, &rows);
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "advanced-collective"), ["Phòng B"]);
    assert_eq!(
        fact(&p, "advanced-collective", "Phòng B", "ldtt_share"),
        70.0
    );
    set(&env, "ttldtt_min_percent", "69");
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "advanced-collective"), ["Phòng A", "Phòng B"]);
}

#[test]
fn an_excellent_collective_has_nobody_incomplete_and_a_cstdcs() {
    let env = Env::new();
    let x = staff("X", "Phòng X", 10);
    let y = staff("Y", "Phòng Y", 10);
    let z = staff("Z", "Phòng Z", 10);
    let all: Vec<_> = x.iter().chain(&y).chain(&z).cloned().collect();
    import_staff(&env, &all);
    rate_all(&env, &all, 2025, "excellent");
    // X: one member incomplete; Y: one complete; Z: no initiative at all.
    ratings(
        &env,
        &[
            ("unit", "Phòng X", 2025, "excellent"),
            ("unit", "Phòng Y", 2025, "excellent"),
            ("unit", "Phòng Z", 2025, "excellent"),
        ],
    );
    let file = env.file(
        "fix.csv",
        "kind,subject,year,rating\nmember,X010,2025,incomplete\nmember,Y010,2025,complete\n",
    );
    env.ok(&["evaluate", "import", &file, "--replace"]);
    initiative(&env, "X001", "2025");
    initiative(&env, "Y001", "2025");
    set(&env, "cstdcs_cap_percent", "0");
    let p = propose(&env, "2025");
    assert_eq!(
        holders(&p, "advanced-collective"),
        ["Phòng X", "Phòng Y", "Phòng Z"]
    );
    assert_eq!(holders(&p, "excellent-collective"), ["Phòng Y"]);
    assert_eq!(fact(&p, "excellent-collective", "Phòng Y", "cstdcs"), 1);
}

#[test]
fn higher_forms_by_streak_of_granted_titles() {
    let env = Env::new();
    let people = staff("S", "VP", 5);
    import_staff(&env, &people);
    rate_all(&env, &people, 2025, "excellent");
    set(&env, "cstdcs_cap_percent", "0");
    for (code, _, _) in &people {
        initiative(&env, code, "2025");
    }
    // S001: CSTĐCS granted 2023 and 2024. S002: 2023 only, the streak
    // broken in 2024. S003: 2024 granted. S004: 2024 only proposed.
    let file = env.file(
        "history.csv",
        "year,title,kind,subject,decision,decided_on,issuer,level\n\
         2023,grassroots-emulation-fighter,member,S001,5/QĐ-UBND,2024-01-10,UBND tỉnh,province\n\
         2023,grassroots-emulation-fighter,member,S002,5/QĐ-UBND,2024-01-10,UBND tỉnh,province\n\
         2024,grassroots-emulation-fighter,member,S001,8/QĐ-UBND,2025-01-10,UBND tỉnh,province\n\
         2024,grassroots-emulation-fighter,member,S003,8/QĐ-UBND,2025-01-10,UBND tỉnh,province\n\
         2024,grassroots-emulation-fighter,member,S004,,,,\n",
    );
    env.ok(&["award", "import", &file]);
    let p = propose(&env, "2025");
    assert_eq!(holders(&p, "provincial-certificate"), ["S001", "S003"]);
    assert_eq!(holders(&p, "provincial-emulation-fighter"), ["S001"]);
    let streak = fact(&p, "provincial-emulation-fighter", "S001", "streak");
    assert!(
        streak.as_str().unwrap_or("").contains("2023, 2024"),
        "{streak}"
    );
    // The other road: excellent two years running with two initiatives.
    ratings(&env, &[("member", "S005", 2024, "excellent")]);
    initiative(&env, "S005", "2024");
    let p = propose(&env, "2025");
    assert_eq!(
        holders(&p, "provincial-certificate"),
        ["S001", "S003", "S005"]
    );
}
