//! `award import` of a file whose initiatives back more than one title: a
//! bad row naming where and what to fix, in both languages, the database
//! untouched — never SQLite's own words (issue #19).

use rust_xlsxwriter::Workbook;

use crate::common::Env;

const HEADER: &str = "year,title,kind,subject,initiative,decision,decided_on,issuer,level\n";

/// Two members; I001 has the initiative I001/2025/1, already backing their
/// grassroots emulation fighter title of 2025; I002 has I002/2025/1, unused.
fn with_a_used_initiative() -> Env {
    let env = Env::new();
    let members = env.file(
        "members.csv",
        "code,name,unit,joined,left\n\
         I001,Nguyễn Văn An,VP,2020-01-01,\n\
         I002,Trần Thị Bình,VP,2020-01-01,\n",
    );
    env.ok(&["member", "import", &members]);
    for member in ["I001", "I002"] {
        env.ok(&["initiative", "add", member, "--year", "2025", "Sáng kiến"]);
    }
    let file = env.file(
        "used.csv",
        format!("{HEADER}2025,grassroots-emulation-fighter,member,I001,I001/2025/1,,,,\n"),
    );
    env.ok(&["award", "import", &file]);
    env
}

/// Run a refused import in English then Vietnamese; both leave the
/// database as it was and never show SQLite's words.
fn refused(env: &Env, args: &[&str]) -> (String, String) {
    let before = env.db_hash();
    let en = env.fails(args);
    let vi = env.fails(&[&["--lang", "vi"], args].concat());
    for err in [&en, &vi] {
        assert!(!err.contains("constraint"), "{err}");
        assert!(!err.contains("UNIQUE"), "{err}");
    }
    assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    (en, vi)
}

#[test]
fn an_initiative_named_twice_in_the_file_is_a_bad_row() {
    let env = with_a_used_initiative();
    let file = env.file(
        "twice.csv",
        format!(
            "{HEADER}2025,advanced-worker,member,I002,I002/2025/1,,,,\n\
             2024,advanced-worker,member,I002,I002/2025/1,,,,\n"
        ),
    );
    let (en, vi) = refused(&env, &["award", "import", &file]);
    assert!(
        en.contains(
            "twice.csv:3: initiative: I002/2025/1 is named for two titles in the file \
             (also for advanced-worker of I002 for 2025)"
        ),
        "{en}"
    );
    assert!(en.contains("keep it on one row"), "{en}");
    assert!(!en.contains("twice.csv:2"), "{en}");
    assert!(
        vi.contains(
            "twice.csv:3: Sáng kiến: sáng kiến I002/2025/1 được ghi cho hai danh hiệu trong tệp"
        ),
        "{vi}"
    );
    assert!(vi.contains("hãy chỉ ghi ở một dòng"), "{vi}");
    // The title by its Vietnamese name, not its code.
    assert!(
        vi.contains("(cả danh hiệu Lao động tiên tiến của I002 năm 2025)"),
        "{vi}"
    );
}

#[test]
fn an_initiative_backing_a_recorded_title_is_a_bad_row() {
    let env = with_a_used_initiative();
    let file = env.file(
        "used-again.csv",
        format!(
            "{HEADER}2025,advanced-worker,member,I002,I002/2025/1,,,,\n\
             2024,advanced-worker,member,I001,I001/2025/1,,,,\n"
        ),
    );
    for replace in [false, true] {
        let mut args = vec!["award", "import", &file];
        if replace {
            args.push("--replace");
        }
        let (en, vi) = refused(&env, &args);
        assert!(
            en.contains(
                "used-again.csv:3: initiative: I001/2025/1 already backs the title \
                 grassroots-emulation-fighter of I001 for 2025"
            ),
            "{en}"
        );
        assert!(
            en.contains("leave the cell empty or name another initiative"),
            "{en}"
        );
        assert!(
            vi.contains(
                "used-again.csv:3: Sáng kiến: sáng kiến I001/2025/1 đã là căn cứ của danh hiệu"
            ),
            "{vi}"
        );
        assert!(vi.contains("hãy để trống ô này"), "{vi}");
    }
    // Replacing the title with its own initiative is no conflict.
    let own = env.file(
        "own.csv",
        format!("{HEADER}2025,grassroots-emulation-fighter,member,I001,I001/2025/1,,,,\n"),
    );
    env.ok(&["award", "import", &own, "--replace"]);
}

#[test]
fn a_workbook_names_the_sheet_and_row() {
    let env = with_a_used_initiative();
    let path = env.dir.path().join("khen-thuong.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Khen thưởng").expect("name the sheet");
    let rows: [&[&str]; 2] = [
        &["year", "title", "kind", "subject", "initiative"],
        &["2023", "advanced-worker", "member", "I001", "I001/2025/1"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            sheet
                .write_string(r as u32, c as u16, *cell)
                .expect("write a cell");
        }
    }
    book.save(&path).expect("save the workbook");
    let file = path.display().to_string();
    let (en, vi) = refused(&env, &["award", "import", &file]);
    assert!(
        en.contains("khen-thuong.xlsx:Khen thưởng:2: initiative: I001/2025/1 already backs"),
        "{en}"
    );
    assert!(
        vi.contains("khen-thuong.xlsx:Khen thưởng:2: Sáng kiến: sáng kiến I001/2025/1"),
        "{vi}"
    );
}
