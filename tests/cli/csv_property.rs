//! Property test of the importers: generated valid rows round-trip through
//! import and export; a file with one invalid row is refused whole.

use crate::common::Env;
use proptest::prelude::*;

/// A cell of free text: Vietnamese letters, spaces, and the characters that
/// CSV must quote (`,`, `;`, `"`) or a spreadsheet would run (`=`, `+`, `-`).
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Zàáảãạăắằâấđêếôốơớưứỳ ,;\"=+\\-]{0,24}")
        .unwrap()
        .prop_map(|s| danvan::text::clean(&s))
}

fn name() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[A-ZĐ][a-zàáảãạăắâấđêếôốơớưứ]{1,6}( [A-ZĐ][a-zàáảãạăắâấđêếôốơớưứ]{1,6}){1,3}",
    )
    .unwrap()
}

#[derive(Debug, Clone)]
struct Row {
    name: String,
    unit: String,
    roles: Vec<&'static str>,
    joined: (i32, u32, u32),
    note: String,
}

fn row() -> impl Strategy<Value = Row> {
    let roles = proptest::sample::subsequence(
        vec![
            "cadre",
            "party-member",
            "civil-servant",
            "public-employee",
            "worker",
            "union-member",
        ],
        0..3,
    );
    (
        name(),
        text(),
        roles,
        (1990i32..2026, 1u32..13, 1u32..29),
        text(),
    )
        .prop_map(|(name, unit, roles, joined, note)| Row {
            name,
            unit,
            roles,
            joined,
            note,
        })
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn to_csv(rows: &[Row], delimiter: char, dmy: bool) -> String {
    let d = delimiter;
    let mut csv = format!("code{d}name{d}unit{d}roles{d}joined{d}note\r\n");
    for (i, r) in rows.iter().enumerate() {
        let (y, m, day) = r.joined;
        let joined = if dmy {
            format!("{day:02}/{m:02}/{y}")
        } else {
            format!("{y}-{m:02}-{day:02}")
        };
        csv.push_str(&format!(
            "P{i:03}{d}{}{d}{}{d}{}{d}{joined}{d}{}\r\n",
            quote(&r.name),
            quote(&r.unit),
            r.roles.join("|"),
            quote(&r.note)
        ));
    }
    csv
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn valid_rows_round_trip(rows in proptest::collection::vec(row(), 1..12), semicolon in any::<bool>(), dmy in any::<bool>()) {
        let env = Env::new();
        let file = env.file("m.csv", to_csv(&rows, if semicolon { ';' } else { ',' }, dmy));
        // Random units may fold alike ("ả", "ấ"): the property is the round
        // trip, so units spelled like others are taken as meant.
        env.ok(&["member", "import", "--new-units", &file]);
        let exported = env.ok(&["export", "members"]);
        prop_assert_eq!(exported.lines().count(), rows.len() + 1);
        for (i, r) in rows.iter().enumerate() {
            let (y, m, d) = r.joined;
            let mut reader = csv::Reader::from_reader(exported.as_bytes());
            let found = reader
                .records()
                .map(|rec| rec.unwrap())
                .find(|rec| rec[0] == *format!("P{i:03}"))
                .unwrap();
            prop_assert_eq!(&found[1], r.name.as_str());
            prop_assert_eq!(&found[2], r.unit.as_str());
            let iso = format!("{y}-{m:02}-{d:02}");
            prop_assert_eq!(&found[4], iso.as_str());
            prop_assert_eq!(&found[8], r.note.as_str());
        }
        // And the export imports into an empty database, giving the same bytes.
        let other = Env::new();
        let again = other.file("again.csv", &exported);
        other.ok(&["member", "import", "--new-units", &again]);
        prop_assert_eq!(other.ok(&["export", "members"]), exported);
    }

    #[test]
    fn one_invalid_row_refuses_the_whole_file(rows in proptest::collection::vec(row(), 2..10), bad in 0usize..10, kind in 0u8..3) {
        let env = Env::new();
        let before = env.db_hash();
        let mut csv = to_csv(&rows, ',', false);
        let bad = bad % rows.len();
        let broken = match kind {
            0 => format!("P{bad:03},\"Tên\",,,2026-02-30,\r\n"),
            1 => format!("P{bad:03},\"Tên\",,giám đốc,2020-01-01,\r\n"),
            _ => format!("P{bad:03},,,,2020-01-01,\r\n"),
        };
        // Replace the bad row's line (header is line 1).
        let mut lines: Vec<String> = csv.split_inclusive("\r\n").map(str::to_string).collect();
        lines[bad + 1] = broken;
        csv = lines.concat();
        let file = env.file("bad.csv", csv);
        let err = env.fails(&["member", "import", "--new-units", &file]);
        let line_tag = format!("bad.csv:{}:", bad + 2);
        prop_assert!(err.contains(&line_tag), "{}", err);
        prop_assert_eq!(env.db_hash(), before);
    }
}
