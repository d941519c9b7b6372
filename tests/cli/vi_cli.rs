//! What the common commands say, in Vietnamese: confirmations of member,
//! pledge, report, import, undo and setting commands, the reminder letter,
//! and the errors the command layer makes itself; months and dates in the
//! Vietnamese form (`tháng 10/2026`, `27/11/2026`). English is unchanged.

use crate::common::Env;

/// Run with `--lang vi`: exit status, standard output, standard error.
fn vi(env: &Env, args: &[&str]) -> (Option<i32>, String, String) {
    run(env, &[&["--lang", "vi"], args].concat())
}

fn run(env: &Env, args: &[&str]) -> (Option<i32>, String, String) {
    let out = env.run(args).output().expect("run");
    (
        out.status.code(),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

/// What a command that succeeds says on standard error.
fn said(env: &Env, args: &[&str]) -> String {
    let (code, out, err) = vi(env, args);
    assert_eq!(code, Some(0), "danvan --lang vi {args:?}: {out}{err}");
    err
}

/// NV001 Nguyễn Thị Lan of Văn phòng, with two pledge items for 2026.
fn setup() -> Env {
    let env = Env::new();
    env.ok(&[
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Thị Lan",
        "--unit",
        "Văn phòng",
        "--joined",
        "2020-01-01",
        "--email",
        "lan@so.gov.vn",
    ]);
    for text in ["Hướng dẫn hộ dân làm hồ sơ", "Vận động phân loại rác"] {
        env.ok(&[
            "pledge", "add", "NV001", "--year", "2026", "--field", "economy", text,
        ]);
    }
    env
}

#[test]
fn member_commands_confirm_in_vietnamese() {
    let env = Env::new();
    let args = [
        "member",
        "add",
        "NV001",
        "--name",
        "Nguyễn Thị Lan",
        "--joined",
        "2020-01-01",
    ];
    assert_eq!(
        said(&env, &args),
        "Đã thêm thành viên NV001 (Nguyễn Thị Lan)\n"
    );
    assert_eq!(
        said(&env, &["member", "edit", "NV001", "--unit", "Văn phòng"]),
        "Đã sửa thông tin thành viên NV001 (Nguyễn Thị Lan)\n"
    );
    assert_eq!(
        said(&env, &["member", "edit", "NV001", "--unit", "Văn phòng"]),
        "Không có gì thay đổi.\n"
    );
    let (_, out, _) = vi(&env, &["member", "show", "NV001"]);
    assert!(out.ends_with("Ngày 27/11/2026: đang công tác\n"), "{out}");
    assert_eq!(
        said(&env, &["member", "leave", "NV001", "--on", "2026-11-01"]),
        "NV001 (Nguyễn Thị Lan) thôi công tác từ ngày 01/11/2026\n"
    );
    // English as before.
    let (_, _, err) = run(&env, &["member", "add", "NV002", "--name", "Bình"]);
    assert_eq!(err, "Added member NV002 (Bình)\n");
}

#[test]
fn a_member_without_a_name_in_vietnamese() {
    let env = Env::new();
    let before = env.db_hash();
    let (code, _, err) = vi(&env, &["member", "add", "NV001"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "lỗi: thành viên mới phải có họ tên\n\
         gợi ý: thêm --name \"…\", ví dụ: danvan member add NV001 --name \"Nguyễn Văn An\"\n"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn pledge_commands_confirm_in_vietnamese() {
    let env = setup();
    let (code, out, _) = vi(
        &env,
        &[
            "pledge",
            "add",
            "NV001",
            "--year",
            "2026",
            "--field",
            "economy",
            "Việc ba",
        ],
    );
    assert_eq!((code, out.as_str()), (Some(0), "NV001/2026/3\n"));
    assert_eq!(
        said(
            &env,
            &["pledge", "edit", "NV001/2026/3", "--text", "Việc thứ ba"]
        ),
        "Đã sửa việc đăng ký NV001/2026/3\n"
    );
    assert_eq!(
        said(&env, &["pledge", "remove", "NV001/2026/3"]),
        "Đã xóa việc đăng ký NV001/2026/3: Việc thứ ba\n"
    );
}

#[test]
fn a_report_is_confirmed_with_the_month_in_vietnamese_form() {
    let env = setup();
    let args = [
        "report",
        "add",
        "NV001",
        "--month",
        "2026-10",
        "--item",
        "1=done",
        "--item",
        "2=not-done",
    ];
    assert_eq!(
        said(&env, &args),
        "Đã ghi báo cáo tháng 10/2026 của NV001 (2 việc)\n"
    );
    let (_, out, _) = vi(&env, &["report", "show", "NV001", "--month", "2026-10"]);
    assert!(
        out.starts_with("NV001 (Nguyễn Thị Lan), tháng 10/2026: nộp ngày 27/11/2026\n"),
        "{out}"
    );
    assert_eq!(
        said(&env, &[&args[..], &["--replace"]].concat()),
        "Đã thay báo cáo tháng 10/2026 của NV001 (2 việc)\n"
    );
    assert_eq!(
        said(&env, &["report", "remove", "NV001", "--month", "2026-10"]),
        "Đã xóa báo cáo tháng 10/2026 của NV001 (2 việc)\n"
    );
    // English as before.
    let (_, _, err) = run(&env, &args);
    assert_eq!(err, "Recorded the report of NV001 for 2026-10 (2 items)\n");
}

#[test]
fn an_import_says_what_it_did_in_vietnamese() {
    let env = Env::new();
    let file = env.file(
        "danh-sach.csv",
        "Mã,Họ và tên,Ngày vào\nNV001,Nguyễn Thị Lan,01/03/2015\nNV002,Trần Văn Bình,02/01/2020\n",
    );
    let before = env.db_hash();
    assert_eq!(
        said(&env, &["member", "import", &file, "--dry-run"]),
        format!("{file}: sẽ thêm 2, thay thế 0 thành viên (chạy thử, chưa ghi gì)\n")
    );
    assert_eq!(env.db_hash(), before);
    assert_eq!(
        said(&env, &["member", "import", &file]),
        format!("{file}: đã thêm 2, thay thế 0 thành viên\n")
    );
    let (_, _, err) = run(&env, &["member", "import", &file, "--replace"]);
    assert_eq!(err, format!("{file}: added 0, replaced 2 members\n"));
}

#[test]
fn undo_and_settings_in_vietnamese() {
    let env = Env::new();
    assert_eq!(
        said(&env, &["setting", "set", "cell", "Chi bộ Văn phòng"]),
        "Đã đặt cell = \"Chi bộ Văn phòng\"\n"
    );
    let dry = said(&env, &["undo", "--dry-run"]);
    assert!(dry.starts_with("sẽ hoàn tác thay đổi 1 (danvan "), "{dry}");
    assert!(
        dry.ends_with("khôi phục 0 bản ghi, xóa 1 bản ghi; chưa thay đổi gì (--dry-run)\n"),
        "{dry}"
    );
    let done = said(&env, &["undo"]);
    assert!(
        done.starts_with("đã hoàn tác thay đổi 1 (danvan "),
        "{done}"
    );
    assert!(
        done.ends_with("khôi phục 0 bản ghi, xóa 1 bản ghi\n"),
        "{done}"
    );
    assert_eq!(
        said(&env, &["setting", "unset", "cell"]),
        "cell chưa được đặt; không có gì thay đổi\n"
    );
    env.ok(&["setting", "set", "cell", "Chi bộ A"]);
    let unset = said(&env, &["setting", "unset", "cell"]);
    assert!(
        unset.starts_with("Đã bỏ giá trị của cell (dùng mặc định "),
        "{unset}"
    );
}

#[test]
fn the_reminder_letter_in_vietnamese() {
    let env = setup();
    let (code, out, err) = vi(
        &env,
        &["report", "missing", "--month", "2026-11", "--letter"],
    );
    assert_eq!((code, err.as_str()), (Some(0), ""));
    assert_eq!(
        out,
        "Đến ngày 27/11/2026, 1 đồng chí dưới đây chưa nộp báo cáo tháng 11/2026 về kết quả \
         thực hiện việc đã đăng ký trong phong trào thi đua \"Dân vận khéo\":\n\
         \n  1. Nguyễn Thị Lan (NV001), Văn phòng — lan@so.gov.vn\n\n\
         Đề nghị các đồng chí gửi báo cáo tháng 11/2026 cho chi ủy trong thời gian sớm nhất: \
         với mỗi việc đã đăng ký, ghi rõ đã làm, đang làm hay chưa làm được.\n\
         Đồng chí nào đã nộp xin bỏ qua thư này.\n"
    );
    let en = env.ok(&["report", "missing", "--month", "2026-11", "--letter"]);
    assert!(
        en.starts_with(
            "As of 2026-11-27, 1 member has not yet sent the monthly report for November 2026 on"
        ),
        "{en}"
    );
}

#[test]
fn errors_of_the_command_layer_in_vietnamese() {
    let env = setup();
    let before = env.db_hash();
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &[
                "report", "template", "--month", "2026-10", "--output", "mau.txt",
            ],
            "lỗi: mau.txt: biểu mẫu chỉ ghi được dạng .xlsx hoặc .csv",
            "gợi ý: đặt tên tệp có đuôi .xlsx (có danh sách chọn, khóa các cột mã) hoặc .csv",
        ),
        (
            &["export", "pledges", "--from", "2026", "--to", "2025"],
            "lỗi: năm bắt đầu (--from 2026) ở sau năm kết thúc (--to 2025)",
            "gợi ý: ghi năm đầu của giai đoạn bằng --from và năm cuối bằng --to",
        ),
        (
            &["--format", "json", "export", "members", "--excel"],
            "lỗi: --excel chỉ dùng cho tệp CSV, không áp dụng cho JSON hay bảng",
            "",
        ),
        (
            &[
                "export",
                "review",
                "--from",
                "2025",
                "--to",
                "2026",
                "--output",
                "so-ket.pdf",
            ],
            "lỗi: so-ket.pdf: báo cáo sơ kết chỉ ghi được dạng .docx (Word) hoặc .xlsx (bảng tính)",
            "gợi ý: hãy đặt tên tệp như so-ket.docx hoặc so-ket.xlsx",
        ),
        (
            &["report", "enter", "--month", "2026-10"],
            "lỗi: lệnh report enter đọc từng phím gõ ở cửa sổ dòng lệnh, nhưng đầu vào chuẩn không phải là cửa sổ dòng lệnh",
            "gợi ý: hãy chạy lệnh trong một cửa sổ dòng lệnh; muốn nạp báo cáo từ tệp thì dùng `danvan report import TỆP`",
        ),
    ];
    for (args, message, hint) in cases {
        let (code, _, err) = vi(&env, args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        let mut lines = err.lines();
        assert_eq!(lines.next(), Some(*message), "{args:?}: {err}");
        assert!(
            lines.next().unwrap_or_default().starts_with(hint),
            "{args:?}: {err}"
        );
        assert_eq!(env.db_hash(), before, "{args:?}");
    }
    // A delimiter its parser refuses, as every refused value: exit 1.
    let (code, _, err) = vi(&env, &["export", "members", "--delimiter", "|"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("\"|\" không phải là dấu phân cách: dùng , hoặc ;"),
        "{err}"
    );
}

#[test]
fn a_written_form_is_announced_in_vietnamese() {
    let env = setup();
    let out = env.dir.path().join("bao-cao.xlsx").display().to_string();
    assert_eq!(
        said(
            &env,
            &["report", "template", "--month", "2026-10", "--output", &out]
        ),
        format!("Đã ghi {out}: 1 đồng chí phải báo cáo tháng 10/2026, 0 đồng chí đã có báo cáo\n")
    );
    let (_, _, err) = run(
        &env,
        &["report", "template", "--month", "2026-10", "--output", &out],
    );
    assert_eq!(
        err,
        format!("Wrote {out}: 1 members to report for October 2026, 0 reported already\n")
    );
}
