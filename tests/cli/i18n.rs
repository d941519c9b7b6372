//! Vietnamese throughout: errors, hints, --help and clap's usage errors in
//! the language chosen by --lang, DANVAN_LANG or LANG; English unchanged.

use crate::common::{Env, TODAY};

fn output(cmd: &mut assert_cmd::Command) -> (Option<i32>, String, String) {
    let out = cmd.output().expect("run");
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

#[test]
fn an_unknown_member_in_vietnamese_and_in_english() {
    let env = Env::new();
    env.ok(&["member", "add", "NV001", "--name", "Nguyễn Thị Lan"]);
    let before = env.db_hash();
    let vi = env.fails(&["--lang", "vi", "member", "show", "CB99"]);
    assert_eq!(
        vi,
        "lỗi: không có thành viên nào mang mã \"CB99\"\n\
         gợi ý: xem các mã bằng `danvan member list --all`\n"
    );
    let en = env.fails(&["member", "show", "CB99"]);
    assert_eq!(
        en,
        "error: there is no member with code \"CB99\"\n\
         hint: see the codes with `danvan member list --all`\n"
    );
    let near = env.fails(&["--lang=vi", "member", "show", "NV01"]);
    assert!(
        near.contains("gợi ý: có phải là NV001 (Nguyễn Thị Lan)?"),
        "{near}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn the_language_comes_from_danvan_lang_and_lang() {
    let env = Env::new();
    for (var, value) in [("DANVAN_LANG", "vi"), ("LANG", "vi_VN.UTF-8")] {
        let (code, _, err) = output(env.run(&["member", "show", "CB99"]).env(var, value));
        assert_eq!(code, Some(1));
        assert!(err.starts_with("lỗi: không có thành viên"), "{var}: {err}");
    }
    // --lang wins over the environment.
    let (_, _, err) = output(
        env.run(&["--lang", "en", "member", "show", "CB99"])
            .env("DANVAN_LANG", "vi"),
    );
    assert!(err.starts_with("error: there is no member"), "{err}");
}

#[test]
fn a_taken_code_in_vietnamese() {
    let env = Env::new();
    env.ok(&["member", "add", "NV001", "--name", "An"]);
    let vi = env.fails(&["--lang", "vi", "member", "add", "NV001", "--name", "Bình"]);
    assert_eq!(
        vi,
        "lỗi: đã có thành viên NV001 (An)\n\
         gợi ý: hãy chọn mã khác, hoặc sửa thông tin thành viên này bằng `danvan member edit NV001`\n"
    );
    let en = env.fails(&["member", "add", "NV001", "--name", "Bình"]);
    assert_eq!(
        en,
        "error: member NV001 already exists (An)\n\
         hint: choose another code, or change this member with `danvan member edit NV001`\n"
    );
}

/// Every command's --help runs in both languages; the Vietnamese one is
/// not the English one, has Vietnamese headings and none of the English
/// about text.
#[test]
fn every_command_has_help_in_both_languages() {
    let env = Env::empty();
    let mut paths = Vec::new();
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        out.push((path.clone(), about));
        for sub in cmd.get_subcommands() {
            let mut path = path.clone();
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
        }
    }
    walk(
        &danvan::cli::command(danvan::i18n::Lang::En),
        Vec::new(),
        &mut paths,
    );
    assert!(paths.len() > 80, "the tree has {} commands", paths.len());
    for (path, about) in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let (code, en, _) = output(env.bare(TODAY).args(&args));
        assert_eq!(code, Some(0), "danvan {args:?}");
        assert!(en.contains("Usage:"), "danvan {args:?}: {en}");
        let mut vi_args = vec!["--lang", "vi"];
        vi_args.extend(&args);
        let (code, vi, _) = output(env.bare(TODAY).args(&vi_args));
        assert_eq!(code, Some(0), "danvan {vi_args:?}");
        assert_ne!(vi, en, "danvan {vi_args:?}");
        assert!(vi.contains("Cách dùng:"), "danvan {vi_args:?}: {vi}");
        assert!(!vi.contains("Usage:") && !vi.contains("Options:"), "{vi}");
        assert!(!vi.contains("Print help"), "danvan {vi_args:?}: {vi}");
        if !about.is_empty() {
            assert!(
                !vi.contains(&about),
                "English about in danvan {vi_args:?}: {vi}"
            );
        }
    }
}

#[test]
fn vietnamese_help_of_an_import() {
    let env = Env::empty();
    let (code, out, _) = output(
        env.bare(TODAY)
            .args(["--lang", "vi", "report", "import", "--help"]),
    );
    assert_eq!(code, Some(0));
    assert!(out.starts_with("Nhập kết quả báo cáo"), "{out}");
    assert!(out.contains("Ví dụ: danvan report import"), "{out}");
    assert!(
        out.contains("Tùy chọn:") && out.contains("Đối số:"),
        "{out}"
    );
    assert!(out.contains("[bắt buộc]"), "{out}");
    assert!(out.contains("In trợ giúp"), "{out}");
}

#[test]
fn usage_errors_in_vietnamese_keep_their_status() {
    let env = Env::new();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["membr"], 2, "lỗi: không có lệnh 'membr'"),
        (
            &["member", "list", "--bogus"],
            2,
            "lỗi: không có đối số '--bogus'",
        ),
        (&["member", "show"], 2, "lỗi: thiếu đối số bắt buộc: <CODE>"),
        (
            &["member", "list", "--format", "xx"],
            1,
            "lỗi: giá trị 'xx' không hợp lệ cho '--format <FORMAT>'\n  [giá trị được dùng: table, csv, json]",
        ),
        (
            &["report", "show", "NV001", "--month", "zz"],
            1,
            "lỗi: giá trị 'zz' không hợp lệ cho '--month <MONTH>'",
        ),
    ];
    for (args, status, start) in cases {
        let mut vi_args = vec!["--lang", "vi"];
        vi_args.extend(*args);
        let (code, _, err) = output(&mut env.run(&vi_args));
        assert_eq!(code, Some(*status), "danvan {vi_args:?}: {err}");
        assert!(err.starts_with(start), "danvan {vi_args:?}: {err}");
        assert!(err.contains("Xem thêm: chạy lệnh với '--help'."), "{err}");
        let (code, _, err) = output(&mut env.run(args));
        assert_eq!(code, Some(*status), "danvan {args:?}: {err}");
        assert!(err.starts_with("error: "), "danvan {args:?}: {err}");
    }
}
