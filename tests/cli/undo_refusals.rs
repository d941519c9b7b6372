//! `undo` refused because later changes rest on the records: always a
//! refusal naming the later change and how to proceed, in both languages,
//! the database untouched — never SQLite's "FOREIGN KEY constraint
//! failed" (issue #23), the rehearsal (`--dry-run`) included.

use crate::common::{Env, last_change};

/// `undo ARGS` is refused in English and Vietnamese, with and without
/// --dry-run, naming `later` as the change to undo first; nothing changes.
fn refused_for(env: &Env, change: i64, later: i64) {
    let before = env.db_hash();
    let n = change.to_string();
    for dry in [false, true] {
        let mut args = vec!["undo", n.as_str()];
        if dry {
            args.push("--dry-run");
        }
        let en = env.fails(&args);
        let vi = env.fails(&[&["--lang", "vi"], args.as_slice()].concat());
        for err in [&en, &vi] {
            assert!(!err.contains("FOREIGN KEY"), "{err}");
            assert!(!err.to_lowercase().contains("constraint"), "{err}");
            assert!(err.contains(&format!("`danvan undo {later}`")), "{err}");
        }
        assert!(
            en.contains(&format!(
                "change {change} cannot be undone alone: the later change {later} (danvan"
            )),
            "{en}"
        );
        assert!(
            vi.contains(&format!(
                "không thể hoàn tác riêng thay đổi số {change}: thay đổi số {later} sau đó"
            )),
            "{vi}"
        );
        assert_eq!(env.db_hash(), before, "undo {change} changed the database");
    }
}

fn members(env: &Env) {
    let file = env.file(
        "m.csv",
        "code,name,unit,joined\n\
         NV001,Nguyễn Văn An,Văn phòng,2020-01-01\n\
         NV002,Trần Thị Bình,Văn phòng,2020-01-01\n",
    );
    env.ok(&["member", "import", &file]);
}

#[test]
fn a_member_import_is_not_undone_under_a_later_pledge_of_its_member() {
    let env = Env::new();
    members(&env);
    let import = last_change(&env);
    env.ok(&[
        "pledge", "add", "NV002", "--year", "2026", "--field", "economy", "Việc",
    ]);
    let pledge = last_change(&env);
    refused_for(&env, import, pledge);
}

#[test]
fn a_removal_is_not_undone_once_what_it_referred_to_is_removed() {
    let env = Env::new();
    members(&env);
    env.ok(&[
        "pledge", "add", "NV001", "--year", "2026", "--field", "economy", "Việc",
    ]);
    env.ok(&["pledge", "remove", "NV001/2026/1"]);
    let removal = last_change(&env);
    // With its only pledge item gone, the member can be removed; putting
    // the item back would then refer to nobody.
    env.ok(&["member", "remove", "NV001"]);
    let member = last_change(&env);
    refused_for(&env, removal, member);
    // In the order the hint gives, both come back.
    env.ok(&["undo", &member.to_string()]);
    env.ok(&["undo", &removal.to_string()]);
    let listed = env.ok(&["--format", "csv", "pledge", "list", "--year", "2026"]);
    assert!(listed.contains("NV001"), "{listed}");
}

#[test]
fn an_edit_is_not_undone_once_the_record_it_referred_to_is_removed() {
    let env = Env::new();
    members(&env);
    for code in ["MH01", "MH02"] {
        env.ok(&[
            "model",
            "add",
            code,
            "--name",
            "Một cửa",
            "--field",
            "economy",
            "--unit",
            "Văn phòng",
            "--started",
            "2025",
        ]);
    }
    env.ok(&[
        "pledge", "add", "NV001", "--year", "2026", "--field", "economy", "--model", "MH01", "Việc",
    ]);
    env.ok(&["pledge", "edit", "NV001/2026/1", "--model", "MH02"]);
    let edit = last_change(&env);
    env.ok(&["model", "remove", "MH01"]);
    let removal = last_change(&env);
    refused_for(&env, edit, removal);
}
