//! Errors and hints of members, units, models, evaluations, titles and
//! removals in Vietnamese (`--lang vi`): months, dates and years in the
//! Vietnamese forms, the database unchanged.

use crate::common::Env;

/// Two members of two units, one model, one evaluation.
fn cell() -> Env {
    let env = Env::new();
    for (code, name, unit) in [
        ("NV001", "Nguyễn Văn An", "Văn phòng"),
        ("NV002", "Trần Thị Bình", "Kế toán"),
    ] {
        env.ok(&[
            "member",
            "add",
            code,
            "--name",
            name,
            "--unit",
            unit,
            "--joined",
            "2015-03-01",
        ]);
    }
    env.ok(&[
        "model",
        "add",
        "MH01",
        "--name",
        "Dân vận số",
        "--field",
        "economy",
        "--unit",
        "Văn phòng",
    ]);
    env.ok(&[
        "evaluate", "member", "NV001", "--year", "2025", "--rating", "good",
    ]);
    env
}

/// Run with `--lang vi`, expecting exit status 1, and return stderr.
fn vi(env: &Env, args: &[&str]) -> String {
    let mut all = vec!["--lang", "vi"];
    all.extend_from_slice(args);
    env.fails(&all)
}

#[test]
fn member_errors_in_vietnamese() {
    let env = cell();
    let before = env.db_hash();
    let err = vi(&env, &["member", "add", "NV 3", "--name", "Lê Văn Cường"]);
    assert_eq!(
        err,
        "lỗi: \"NV 3\" không phải là một mã thành viên hợp lệ\n\
         gợi ý: mã gồm từ 1 đến 32 chữ cái, chữ số, '-', '_' hoặc '.', không có dấu cách hay '/', ví dụ NV001\n"
    );
    let err = vi(&env, &["member", "leave", "NV001", "--on", "2014-12-31"]);
    assert_eq!(
        err,
        "lỗi: ngày thôi 31/12/2014 của NV001 sớm hơn ngày vào 01/03/2015\n\
         gợi ý: ngày thôi của thành viên phải từ ngày vào trở về sau\n"
    );
    let err = vi(
        &env,
        &[
            "member",
            "add",
            "NV003",
            "--name",
            "Lê",
            "--email",
            "le.example",
        ],
    );
    assert_eq!(
        err,
        "lỗi: email \"le.example\" không phải là một địa chỉ thư điện tử\n"
    );
    let err = vi(&env, &["member", "find", " "]);
    assert!(
        err.starts_with("lỗi: hãy gõ một phần tên hoặc một phần mã cần tìm"),
        "{err}"
    );
    let err = vi(&env, &["member", "remove", "NV001"]);
    assert_eq!(
        err,
        "lỗi: không thể xóa thành viên NV001: vẫn còn 1 đánh giá gắn với thành viên này\n\
         gợi ý: thành viên đã thôi vẫn được lưu trong hồ sơ: chạy `danvan member leave MÃ --on DD/MM/YYYY`\n"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn unit_errors_in_vietnamese() {
    let env = cell();
    let before = env.db_hash();
    let err = vi(&env, &["member", "edit", "NV002", "--unit", "Văn  Phòng"]);
    assert_eq!(
        err,
        "lỗi: đơn vị \"Văn Phòng\" là đơn vị mới, nhưng viết giống đơn vị đã có \"Văn phòng\"\n\
         gợi ý: hãy viết là \"Văn phòng\", hoặc thêm --new-unit (--new-units khi nhập tệp) nếu \"Văn Phòng\" là một đơn vị khác\n"
    );
    let err = vi(&env, &["unit", "rename", "Văn phòng", "kế toán"]);
    assert_eq!(
        err,
        "lỗi: đã có đơn vị \"Kế toán\": đổi tên \"Văn phòng\" thành đơn vị này sẽ gộp hai đơn vị làm một\n\
         gợi ý: muốn gộp hai đơn vị, chạy `danvan unit rename 'Văn phòng' 'Kế toán' --merge`\n"
    );
    let file = env.file(
        "tv.csv",
        "code,name,unit,joined\nNV003,Lê Văn Cường,Van Phong,2020-01-01\nNV004,Lê Văn Dũng,,\n",
    );
    let err = vi(&env, &["member", "import", &file]);
    assert!(
        err.contains(
            "Đơn vị: đơn vị \"Van Phong\" là đơn vị mới, nhưng viết giống đơn vị đã có \"Văn phòng\"; thêm --new-units nếu đó là một đơn vị khác"
        ) || err.contains("is spelled like"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn model_errors_in_vietnamese() {
    let env = cell();
    let before = env.db_hash();
    let err = vi(
        &env,
        &["model", "add", "MH01", "--name", "X", "--field", "economy"],
    );
    assert_eq!(
        err,
        "lỗi: đã có mô hình MH01 (Dân vận số)\n\
         gợi ý: hãy chọn mã khác, hoặc sửa thông tin mô hình này bằng `danvan model edit MH01`\n"
    );
    let err = vi(
        &env,
        &[
            "model", "add", "MH02", "--name", "X", "--field", "economy", "--unit", "Phòng Y",
        ],
    );
    assert_eq!(
        err,
        "lỗi: mô hình MH02: không có đơn vị \"Phòng Y\" (chưa từng có thành viên nào thuộc đơn vị này)\n\
         gợi ý: hãy đối chiếu cách viết với `danvan member list --all`, hoặc giao mô hình cho một thành viên phụ trách bằng --member MÃ\n"
    );
    let err = vi(
        &env,
        &[
            "model", "add", "MH02", "--name", "X", "--field", "economy", "--member", "NV009",
        ],
    );
    assert!(
        err.starts_with(
            "lỗi: mô hình MH02: không có thành viên nào mang mã \"NV009\" để phụ trách\n\
             gợi ý: xem các mã bằng `danvan member list --all`, hoặc thêm thành viên trước bằng `danvan member add NV009 --name …`"
        ),
        "{err}"
    );
    let err = vi(
        &env,
        &[
            "model",
            "add",
            "MH02",
            "--name",
            "X",
            "--field",
            "economy",
            "--started",
            "2027",
        ],
    );
    assert!(
        err.starts_with("lỗi: mô hình MH02 bắt đầu năm 2027, sau năm hiện tại 2026\n"),
        "{err}"
    );
    let err = vi(&env, &["model", "retire", "MH01", "--year", "2027"]);
    assert!(
        err.starts_with("lỗi: mô hình MH01 ngừng năm 2027, sau năm hiện tại 2026\n"),
        "{err}"
    );
    assert_eq!(env.db_hash(), before);
}

#[test]
fn evaluation_errors_in_vietnamese() {
    let env = cell();
    let before = env.db_hash();
    let err = vi(
        &env,
        &[
            "evaluate",
            "member",
            "NV001",
            "--year",
            "2025",
            "--rating",
            "excellent",
        ],
    );
    assert_eq!(
        err,
        "lỗi: thành viên NV001 đã có đánh giá năm 2025: hoàn thành tốt nhiệm vụ\n\
         gợi ý: muốn ghi đè, chạy `danvan evaluate member NV001 --year 2025 --rating excellent --replace` (đánh giá cũ vẫn còn trong `danvan log`)\n"
    );
    let err = vi(
        &env,
        &[
            "evaluate", "member", "NV001", "--year", "2027", "--rating", "good",
        ],
    );
    assert_eq!(
        err,
        "lỗi: năm 2027 sau năm hiện tại 2026: chưa thể đánh giá\n\
         gợi ý: hãy ghi --year 2026 hoặc một năm trước đó\n"
    );
    let err = vi(
        &env,
        &[
            "evaluate", "member", "NV001", "--year", "2014", "--rating", "good",
        ],
    );
    assert_eq!(
        err,
        "lỗi: thành viên NV001 (Nguyễn Văn An) không sinh hoạt trong năm 2014: ngày vào 01/03/2015\n\
         gợi ý: chỉ xếp loại thành viên cho năm mà thành viên đó có sinh hoạt; hãy kiểm tra lại năm\n"
    );
    let err = vi(
        &env,
        &["evaluate", "remove", "member", "NV001", "--year", "2024"],
    );
    assert_eq!(err, "lỗi: không có đánh giá thành viên NV001 năm 2024\n");
    let err = vi(
        &env,
        &["evaluate", "remove", "unit", "Kế toán", "--year", "2025"],
    );
    assert_eq!(err, "lỗi: không có đánh giá đơn vị Kế toán năm 2025\n");
    let err = vi(&env, &["report", "remove", "NV001", "--month", "2026-09"]);
    assert_eq!(err, "lỗi: không có báo cáo tháng 9/2026 của NV001\n");
    let file = env.file(
        "dg.csv",
        "kind,subject,year,rating,exemplary\nmember,,2025,good,\nmember,NV002,2025,good,maybe\n",
    );
    let err = vi(&env, &["evaluate", "import", &file]);
    for problem in [
        "dg.csv:2: Đối tượng: trống; hãy ghi mã thành viên, tên đơn vị hoặc mã mô hình",
        "dg.csv:3: Điển hình: \"maybe\" không phải là có hay không",
    ] {
        assert!(err.contains(problem), "{problem}: {err}");
    }
    assert_eq!(env.db_hash(), before);
}

#[test]
fn initiative_discipline_and_award_errors_in_vietnamese() {
    let env = cell();
    env.ok(&[
        "discipline",
        "add",
        "NV002",
        "--year",
        "2025",
        "--form",
        "warning",
    ]);
    let before = env.db_hash();
    let err = vi(&env, &["initiative", "add", "NV001", "--year", "2027", "X"]);
    assert_eq!(
        err,
        "lỗi: chưa thể ghi nhận sáng kiến năm 2027: năm hiện tại là 2026\n"
    );
    let err = vi(&env, &["initiative", "remove", "NV001/2025/1"]);
    assert_eq!(err, "lỗi: không có sáng kiến NV001/2025/1\n");
    // A reference that does not read is refused as its argument.
    let out = env
        .run(&["--lang", "vi", "initiative", "remove", "NV001-2025"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "\"NV001-2025\" không phải là một sáng kiến: hãy viết theo dạng MÃ/NĂM/SỐ, ví dụ NV001/2025/1"
        ),
        "{err}"
    );
    let err = vi(
        &env,
        &[
            "discipline",
            "add",
            "NV002",
            "--year",
            "2025",
            "--form",
            "warning",
        ],
    );
    assert_eq!(
        err,
        "lỗi: thành viên NV002 đã có kỷ luật cảnh cáo năm 2025\n"
    );
    let err = vi(
        &env,
        &[
            "discipline",
            "remove",
            "NV001",
            "--year",
            "2025",
            "--form",
            "reprimand",
        ],
    );
    assert_eq!(
        err,
        "lỗi: thành viên NV001 không có kỷ luật khiển trách năm 2025\n"
    );
    let err = vi(
        &env,
        &[
            "award",
            "decide",
            "72/QĐ-UBND",
            "--on",
            "2026-12-15",
            "--issuer",
            "UBND tỉnh",
            "--level",
            "province",
            "--year",
            "2025",
        ],
    );
    assert!(
        err.starts_with(
            "lỗi: quyết định 72/QĐ-UBND ghi ngày 15/12/2026, sau ngày hôm nay 27/11/2026\n"
        ),
        "{err}"
    );
    let err = vi(
        &env,
        &[
            "award",
            "decide",
            "72/QĐ-UBND",
            "--on",
            "2026-01-15",
            "--issuer",
            "UBND tỉnh",
            "--level",
            "province",
            "--year",
            "2024",
        ],
    );
    assert_eq!(
        err,
        "lỗi: không có đề nghị nào năm 2024 đang chờ quyết định để công nhận\n\
         gợi ý: xem các đề nghị bằng `danvan award list --year 2024 --proposed`; ghi nhận đề nghị bằng `danvan award propose --year 2024 --apply`\n"
    );
    assert_eq!(env.db_hash(), before);
}
