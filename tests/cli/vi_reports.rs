//! The errors of pledges, monthly reports and the review in Vietnamese:
//! message and hint from the catalogue, months written `tháng 11/2026`,
//! dates `27/11/2026`, the months and codes of commands as they are typed;
//! exit status 1 and the database unchanged.

use crate::common::Env;

fn vi<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", "vi"];
    all.extend_from_slice(args);
    all
}

/// Today is 2026-11-27. NV001 pledged two items for 2026 and reported
/// November; NV002 joined on 2026-10-31 and pledged for 2026; NV003
/// pledged only for 2025.
fn setup() -> Env {
    let env = Env::new();
    for (code, name, joined) in [
        ("NV001", "Nguyễn Văn Bình", "2020-01-01"),
        ("NV002", "Phạm Thị Dung", "2026-10-31"),
        ("NV003", "Đỗ Thị Giang", "2020-01-01"),
    ] {
        env.ok(&["member", "add", code, "--name", name, "--joined", joined]);
    }
    for (code, year) in [
        ("NV001", "2026"),
        ("NV001", "2026"),
        ("NV002", "2026"),
        ("NV003", "2025"),
    ] {
        env.ok(&[
            "pledge", "add", code, "--year", year, "--field", "economy", "Việc",
        ]);
    }
    env.ok(&[
        "report", "add", "NV001", "--month", "2026-11", "--all", "done",
    ]);
    env
}

/// Each command fails with exactly this Vietnamese message and hint, and
/// changes nothing.
#[test]
fn report_add_refusals_in_vietnamese() {
    let env = setup();
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "report", "add", "NV001", "--month", "2026-12", "--all", "done",
            ],
            "lỗi: không ghi được báo cáo của NV001 (Nguyễn Văn Bình) cho tháng 12/2026: \
             tháng 12/2026 chưa bắt đầu (hôm nay là 27/11/2026); chỉ báo cáo cho tháng này hoặc các tháng trước\n\
             gợi ý: hãy kiểm tra --month: `this` là tháng này, `last` là tháng trước\n",
        ),
        (
            &[
                "report",
                "add",
                "NV002",
                "--month",
                "2026-11",
                "--all",
                "done",
                "--on",
                "2026-12-01",
            ],
            "lỗi: không ghi được báo cáo của NV002 (Phạm Thị Dung) cho tháng 11/2026: \
             ngày nộp 01/12/2026 muộn hơn hôm nay (27/11/2026)\n\
             gợi ý: ghi ngày nộp báo cáo bằng --on, từ 01/11/2026 đến 27/11/2026; không có --on thì lấy ngày hôm nay\n",
        ),
        (
            &[
                "report", "add", "NV002", "--month", "2026-09", "--all", "done",
            ],
            "lỗi: không ghi được báo cáo của NV002 (Phạm Thị Dung) cho tháng 9/2026: \
             thành viên không công tác ngày nào trong tháng 9/2026: vào cơ quan ngày 31/10/2026\n\
             gợi ý: hãy kiểm tra --month, hoặc ngày vào, ngày rời của thành viên bằng `danvan member show NV002`\n",
        ),
        (
            &[
                "report", "add", "NV003", "--month", "2026-11", "--all", "done",
            ],
            "lỗi: NV003 (Đỗ Thị Giang) chưa đăng ký việc nào cho năm 2026, nên chưa có gì để báo cáo\n\
             gợi ý: hãy đăng ký việc trước: danvan pledge add NV003 --year 2026 --field LĨNH-VỰC \"…\"\n",
        ),
        (
            &[
                "report", "add", "NV002", "--month", "2026-11", "--item", "9=done",
            ],
            "lỗi: NV002 không có việc số 9 trong năm 2026 (các việc đã đăng ký: 1)\n\
             gợi ý: xem các việc bằng `danvan pledge list --member NV002 --year 2026`\n",
        ),
        (
            &[
                "report",
                "add",
                "NV002",
                "--month",
                "2026-11",
                "--item",
                "1=done",
                "--item",
                "1=not-done",
            ],
            "lỗi: việc số 1 được ghi hai lần\n\
             gợi ý: mỗi việc chỉ ghi một lần, bằng --item SỐ=KẾT-QUẢ\n",
        ),
        (
            &[
                "report", "add", "NV001", "--month", "2026-11", "--all", "done",
            ],
            "lỗi: NV001 đã có báo cáo tháng 11/2026 (nộp ngày 27/11/2026)\n\
             gợi ý: xem báo cáo bằng `danvan report show NV001 --month 2026-11`; thêm --replace để thay cả báo cáo\n",
        ),
        (
            &["report", "show", "NV003", "--month", "2026-10"],
            "lỗi: NV003 (Đỗ Thị Giang) chưa đăng ký việc nào cho năm 2026, nên không có báo cáo để xem\n\
             gợi ý: xem các việc đăng ký bằng `danvan pledge list --member NV003`\n",
        ),
        (
            &[
                "report", "template", "--month", "2026-12", "--output", "t.xlsx",
            ],
            "lỗi: tháng 12/2026 chưa bắt đầu (hôm nay là 27/11/2026); chưa ai phải báo cáo tháng này\n\
             gợi ý: hãy chọn tháng này hoặc một tháng trước: --month this, --month last hoặc YYYY-MM\n",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(env.fails(&vi(args)), *expected, "{args:?}");
        assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    }
}

#[test]
fn pledge_refusals_in_vietnamese() {
    let env = setup();
    let before = env.db_hash();
    let cases: &[(&[&str], &str)] = &[
        (
            &["pledge", "edit", "NV001/2026/9", "--text", "Mới"],
            "lỗi: NV001 không có việc đăng ký số 9 trong năm 2026\n\
             gợi ý: xem các việc của NV001 bằng `danvan pledge list --member NV001 --year 2026`\n",
        ),
        (
            &["pledge", "remove", "NV001/2026/1"],
            "lỗi: không xóa được việc NV001/2026/1: có 1 báo cáo tháng nhắc đến việc này (tháng 11/2026)\n\
             gợi ý: xem các báo cáo đó bằng `danvan report show NV001 --month 2026-11`; \
             muốn báo cáo không còn việc này thì ghi lại cả báo cáo bằng \
             `danvan report add NV001 --month 2026-11 --item SỐ=KẾT-QUẢ … --replace`\n",
        ),
        (
            &[
                "pledge", "add", "NV002", "--year", "2025", "--field", "economy", "Việc",
            ],
            "lỗi: thành viên NV002 (Phạm Thị Dung) không công tác ngày nào trong năm 2025: vào cơ quan ngày 31/10/2026\n\
             gợi ý: chỉ đăng ký việc cho năm thành viên có công tác; hãy kiểm tra --year, \
             hoặc ngày vào, ngày rời của thành viên bằng `danvan member show NV002`\n",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(env.fails(&vi(args)), *expected, "{args:?}");
        assert_eq!(env.db_hash(), before, "{args:?} changed the database");
    }
}

/// Several reports are listed month by month, in the language's form.
#[test]
fn the_months_of_several_reports() {
    let env = setup();
    env.ok(&[
        "report", "add", "NV001", "--month", "2026-10", "--all", "done",
    ]);
    let vi = env.fails(&vi(&["pledge", "remove", "NV001/2026/2"]));
    assert!(
        vi.starts_with(
            "lỗi: không xóa được việc NV001/2026/2: có 2 báo cáo tháng nhắc đến việc này (tháng 10/2026, tháng 11/2026)\n"
        ),
        "{vi}"
    );
    assert!(vi.contains("--month 2026-10"), "{vi}");
    let en = env.fails(&["pledge", "remove", "NV001/2026/2"]);
    assert!(
        en.starts_with(
            "error: NV001/2026/2 cannot be removed: the reports of 2026-10, 2026-11 refer to it\n"
        ),
        "{en}"
    );
}

/// Values refused by their parser keep their hint, in the language, and
/// exit with status 1 as before.
#[test]
fn bad_values_in_vietnamese() {
    let env = setup();
    let before = env.db_hash();
    let err = env.fails(&vi(&["pledge", "edit", "NV001/2026", "--text", "Mới"]));
    assert!(
        err.contains("\"NV001/2026\" không phải là một việc đăng ký: hãy viết MÃ/NĂM/SỐ"),
        "{err}"
    );
    assert!(
        err.contains(
            "gợi ý: ví dụ NV001/2026/2; xem các việc bằng `danvan pledge list --member NV001`"
        ),
        "{err}"
    );
    let en = env.fails(&["pledge", "edit", "NV001/2026", "--text", "Mới"]);
    assert!(
        en.contains(
            "hint: such as NV001/2026/2; see the items with `danvan pledge list --member NV001`"
        ),
        "{en}"
    );
    let err = env.fails(&vi(&[
        "report", "add", "NV002", "--month", "2026-11", "--item", "một",
    ]));
    assert!(
        err.contains(
            "\"một\" không phải là kết quả của một việc: hãy viết SỐ=KẾT-QUẢ hoặc SỐ=KẾT-QUẢ:GHI-CHÚ"
        ),
        "{err}"
    );
    assert!(
        err.contains("các kết quả là done, in-progress, not-done (hoặc ghi bằng tiếng Việt"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn review_periods_in_vietnamese() {
    let env = Env::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--from", "2026", "--to", "2025"],
            "lỗi: năm --from 2026 ở sau năm --to 2025\n\
             gợi ý: ghi năm đầu của kỳ bằng --from và năm cuối bằng --to\n",
        ),
        (
            &["--from", "2026", "--to", "2027"],
            "lỗi: năm --to 2027 ở sau năm nay (2026)\n\
             gợi ý: sơ kết chỉ gồm những năm đã bắt đầu: dùng --to 2026 hoặc năm trước đó\n",
        ),
        (
            &["--from", "2010", "--to", "2010"],
            "lỗi: không có gì để sơ kết trong năm 2010: không có việc đăng ký, báo cáo tháng, đánh giá hay mô hình nào\n\
             gợi ý: hãy chọn --from và --to trong những năm có dữ liệu\n",
        ),
    ];
    for (period, expected) in cases {
        let mut args = vec!["--lang", "vi", "export", "review"];
        args.extend_from_slice(period);
        args.extend_from_slice(&["--output", "r.docx"]);
        assert_eq!(env.fails(&args), *expected, "{period:?}");
        assert!(!env.dir.path().join("r.docx").exists());
    }
}
