//! `award propose` in Vietnamese: the rule each proposal meets and the
//! streak a higher form rests on come from the catalogues, in the reader's
//! language in the table; JSON and the facts stored with a proposal keep
//! the English text, whatever the language.

use serde_json::Value;

use crate::common::Env;

/// Five members of one unit, rated excellent in 2025, each with an
/// initiative of 2025, no cap; S001 was granted CSTĐCS in 2023 and 2024.
fn streak_cell() -> Env {
    let env = Env::new();
    let mut members = String::from("code,name,unit,joined\n");
    let mut ratings = String::from("kind,subject,year,rating\n");
    for i in 1..=5 {
        members.push_str(&format!("S00{i},Nguyễn Văn S00{i},VP,2020-01-01\n"));
        ratings.push_str(&format!("member,S00{i},2025,excellent\n"));
    }
    let file = env.file("members.csv", members);
    env.ok(&["member", "import", &file]);
    let file = env.file("ratings.csv", ratings);
    env.ok(&["evaluate", "import", &file]);
    env.ok(&["setting", "set", "cstdcs_cap_percent", "0"]);
    for i in 1..=5 {
        let code = format!("S00{i}");
        env.ok(&["initiative", "add", &code, "--year", "2025", "Sáng kiến"]);
    }
    let file = env.file(
        "history.csv",
        "year,title,kind,subject,decision,decided_on,issuer,level\n\
         2023,grassroots-emulation-fighter,member,S001,5/QĐ-UBND,2024-01-10,UBND tỉnh,province\n\
         2024,grassroots-emulation-fighter,member,S001,8/QĐ-UBND,2025-01-10,UBND tỉnh,province\n",
    );
    env.ok(&["award", "import", &file]);
    env
}

#[test]
fn rules_and_streaks_are_in_the_readers_language() {
    let env = streak_cell();
    let vi = env.ok(&["--lang", "vi", "award", "propose", "--year", "2025"]);
    for text in [
        "CSTĐCS 2023, 2024 (đã công nhận), 2025 (đề nghị)",
        "CSTĐCS ba năm liên tục",
        "CSTĐCS hai năm liên tục",
        "đạt LĐTT, có sáng kiến năm 2025 chưa dùng làm căn cứ lần nào",
        "còn công tác vào ngày cuối của ít nhất 10 tháng",
    ] {
        assert!(vi.contains(text), "{text:?} not in:\n{vi}");
    }
    for english in ["consecutive", "granted", "rated good or better", "not used"] {
        assert!(!vi.contains(english), "{english:?} in:\n{vi}");
    }
    let en = env.ok(&["--lang", "en", "award", "propose", "--year", "2025"]);
    for text in [
        "CSTĐCS 2023, 2024 (granted), 2025 (proposed)",
        "CSTĐCS three consecutive years",
        "LĐTT with an initiative of 2025 not used before",
        "active on the last day of at least 10 months",
    ] {
        assert!(en.contains(text), "{text:?} not in:\n{en}");
    }
}

#[test]
fn json_and_the_stored_facts_keep_the_english() {
    let env = streak_cell();
    let args = ["--format", "json", "award", "propose", "--year", "2025"];
    let vi = env.ok(&[&["--lang", "vi"], &args[..]].concat());
    let en = env.ok(&[&["--lang", "en"], &args[..]].concat());
    assert_eq!(vi, en);
    let rows: Vec<Value> = serde_json::from_str(&vi).expect("json");
    let fighter = rows
        .iter()
        .find(|r| r["title"] == "provincial-emulation-fighter")
        .expect("a fighter");
    assert_eq!(fighter["rule"], "CSTĐCS three consecutive years");
    assert_eq!(
        fighter["streak"],
        "CSTĐCS 2023, 2024 (granted), 2025 (proposed)"
    );
    env.ok(&[
        "--lang", "vi", "award", "propose", "--year", "2025", "--apply",
    ]);
    let list = env.ok(&["--format", "json", "award", "list", "--year", "2025"]);
    assert!(
        list.contains(r#"\"streak\":\"CSTĐCS 2023, 2024 (granted), 2025 (proposed)\""#),
        "{list}"
    );
}

/// The setting of a single month reads "1 month" in English, and the cap
/// joins the rule in both languages.
#[test]
fn one_month_is_singular_and_the_cap_is_named() {
    let env = streak_cell();
    env.ok(&["setting", "set", "ldtt_min_months", "1"]);
    env.ok(&["setting", "set", "cstdcs_cap_percent", "20"]);
    let en = env.ok(&["award", "propose", "--year", "2025"]);
    assert!(en.contains("at least 1 month,"), "{en}");
    assert!(
        en.contains("not used before; among the best 1 by done rate (20% of 5 LĐTT)"),
        "{en}"
    );
    let vi = env.ok(&["--lang", "vi", "award", "propose", "--year", "2025"]);
    assert!(
        vi.contains("lần nào; thuộc 1 người có tỷ lệ việc đã làm cao nhất (20% của 5 LĐTT)"),
        "{vi}"
    );
}
