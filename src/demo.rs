//! The demo: a realistic agency of about sixty people over the three years
//! before today, made from a fixed seed so every run gives the same data.

use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::dates::{Month, reference_date};
use crate::db::{Db, Writer};
use crate::i18n::{Lang, Msg};
use crate::people::{active_during, active_sql};
use crate::vocab::{Field, Role, Term, roles_code};

const SEED: u64 = 0x00DA_2026;

const UNITS: &[&str] = &[
    "Văn phòng Sở",
    "Phòng Tổ chức - Hành chính",
    "Phòng Kế hoạch - Tài chính",
    "Phòng Nghiệp vụ",
    "Thanh tra Sở",
    "Trung tâm Công nghệ thông tin",
];

const FAMILY: &[&str] = &[
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
    "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đào", "Lương",
];
const MIDDLE_MALE: &[&str] = &[
    "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân", "Đình", "Quang",
];
const MIDDLE_FEMALE: &[&str] = &[
    "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Thùy", "Phương", "Hồng", "Minh",
];
const GIVEN_MALE: &[&str] = &[
    "An", "Anh", "Bình", "Cường", "Dũng", "Đạt", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khánh",
    "Long", "Nam", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Toàn", "Trung", "Tuấn", "Việt",
];
const GIVEN_FEMALE: &[&str] = &[
    "An", "Ánh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh",
    "Mai", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Tuyết", "Uyên",
    "Yến",
];

/// Whether the file at `path` is a database that `demo` made.
pub fn is_demo(path: &Path) -> bool {
    let Ok(conn) = crate::db::connect_read_only(path) else {
        return false;
    };
    conn.query_row("SELECT value FROM meta WHERE key = 'demo'", [], |r| {
        r.get::<_, String>(0)
    })
    .is_ok()
}

/// The first year of the demo's three full years.
pub fn first_year(today: NaiveDate) -> i32 {
    today.year() - 3
}

/// What the demo made, as a message: its English text is its `Display`.
#[derive(Debug, Clone)]
pub struct Made(pub Msg);

impl std::fmt::Display for Made {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text(Lang::En))
    }
}

/// Fill a fresh database with the demo agency; returns what it made.
pub fn build(db: &mut Db, today: NaiveDate) -> Result<Made> {
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let first = first_year(today);
    db.write(|w| {
        w.tx.execute(
            "INSERT INTO meta (key, value) VALUES ('demo', ?)",
            [format!(
                "made by danvan demo for the years {first}-{}",
                first + 2
            )],
        )?;
        for (key, value) in crate::setting::DEMO {
            let key: crate::setting::Key = key.parse()?;
            crate::setting::set(w, key, &key.parse(value)?)?;
        }
        let mut insert = w.tx.prepare_cached(
            "INSERT INTO members (code, name, unit, roles, joined, left_on, email, phone, note)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )?;
        let mut count: usize = 0;
        let mut left = 0;
        for (u, unit) in UNITS.iter().enumerate() {
            let size = rng.random_range(8..=12);
            for i in 1..=size {
                count += 1;
                let female = rng.random_bool(0.55);
                let (middle, given) = if female {
                    (MIDDLE_FEMALE, GIVEN_FEMALE)
                } else {
                    (MIDDLE_MALE, GIVEN_MALE)
                };
                let name = format!(
                    "{} {} {}",
                    pick(&mut rng, FAMILY),
                    pick(&mut rng, middle),
                    pick(&mut rng, given)
                );
                let code = format!("{}{:03}", ["VP", "TC", "KH", "NV", "TT", "CN"][u], i);
                // Most joined long before; a few join during the demo years.
                let joined = if rng.random_bool(0.85) {
                    date(rng.random_range(2000..first), rng.random_range(1..=12), 1)
                } else {
                    date(
                        rng.random_range(first..=first + 2),
                        rng.random_range(1..=12),
                        1,
                    )
                };
                let leaves = rng.random_bool(0.08) && joined.year() < first + 2;
                let left_on = leaves.then(|| {
                    date(
                        rng.random_range(joined.year().max(first) + 1..=first + 2),
                        rng.random_range(1..=12),
                        1,
                    )
                });
                left += usize::from(leaves);
                let mut roles = vec![Role::PublicEmployee];
                if rng.random_bool(0.6) {
                    roles.push(Role::PartyMember);
                }
                if i == 1 {
                    roles.push(Role::Cadre);
                    roles[0] = Role::CivilServant;
                }
                if rng.random_bool(0.5) {
                    roles.push(Role::UnionMember);
                }
                roles.sort();
                insert.execute(params![
                    code,
                    name,
                    unit,
                    roles_code(&roles),
                    joined,
                    left_on,
                    format!("{}@so-noivu.example.vn", code.to_lowercase()),
                    format!(
                        "09{:02} {:03} {:03}",
                        rng.random_range(0..100),
                        rng.random_range(0..1000),
                        rng.random_range(0..1000)
                    ),
                    if leaves { "Chuyển công tác" } else { "" },
                ])?;
            }
        }
        drop(insert);
        let models = insert_models(&w.tx, first)?;
        let (items, reports) = insert_pledges_and_reports(&w.tx, &mut rng, first, today)?;
        let evaluations = insert_evaluations(&w.tx, &mut rng, first, today)?;
        let (initiatives, granted) = insert_titles(w, first, today)?;
        let made = Made(
            Msg::new("demo-made")
                .arg("members", count)
                .arg("units", UNITS.len())
                .arg("left", left)
                .arg("first", first.to_string())
                .arg("last", (first + 2).to_string())
                .arg("models", models)
                .arg("items", items)
                .arg("reports", reports)
                .arg("evaluations", evaluations)
                .arg("initiatives", initiatives)
                .arg("granted", granted)
                .arg("year", (first + 1).to_string()),
        );
        // The log keeps the English text, as every change's record.
        w.audit("demo", "database", "", None::<&()>, Some(&made.to_string()))?;
        Ok(made)
    })
}

fn pick<'a>(rng: &mut ChaCha8Rng, list: &'a [&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or_default()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The pledge texts clerks really see, by field.
const PLEDGES: &[(Field, &[&str])] = &[
    (
        Field::Economy,
        &[
            "Hướng dẫn 5 hộ dân lập hồ sơ vay vốn phát triển sản xuất",
            "Rút ngắn thời gian giải quyết hồ sơ thủ tục hành chính còn 3 ngày làm việc",
            "Tuyên truyền người dân thanh toán không dùng tiền mặt",
            "Hỗ trợ hợp tác xã đăng ký nhãn hiệu sản phẩm OCOP",
            "Tiết kiệm 10% chi phí văn phòng phẩm của phòng",
        ],
    ),
    (
        Field::CultureSociety,
        &[
            "Vận động 20 hộ dân tham gia bảo hiểm y tế hộ gia đình",
            "Tham gia dọn vệ sinh môi trường khu dân cư mỗi tháng một lần",
            "Hướng dẫn người cao tuổi cài đặt và sử dụng ứng dụng VNeID",
            "Quyên góp sách vở cho học sinh có hoàn cảnh khó khăn",
            "Vận động gia đình và hàng xóm phân loại rác tại nguồn",
        ],
    ),
    (
        Field::DefenseSecurity,
        &[
            "Tuyên truyền phòng chống lừa đảo qua mạng cho người dân khu phố",
            "Tham gia tổ an ninh tự quản tại nơi cư trú",
            "Vận động thanh niên trong khu phố thực hiện nghĩa vụ quân sự",
            "Phổ biến Luật Phòng cháy, chữa cháy cho các hộ kinh doanh",
        ],
    ),
    (
        Field::PoliticalSystem,
        &[
            "Giải đáp kiến nghị của công dân đúng hạn, thái độ niềm nở",
            "Tham gia đầy đủ sinh hoạt chi bộ nơi cư trú",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh qua việc làm cụ thể",
            "Tiếp công dân đúng lịch, ghi chép đầy đủ sổ tiếp dân",
            "Tham gia góp ý dự thảo văn bản của địa phương nơi cư trú",
        ],
    ),
];

/// A demo model; years are offsets from the first demo year.
struct DemoModel {
    code: &'static str,
    name: &'static str,
    field: Field,
    level: &'static str,
    /// A unit (index into UNITS) or a member code.
    owner: Result<usize, &'static str>,
    started: i32,
    retired: Option<i32>,
}

const MODELS: &[DemoModel] = &[
    DemoModel {
        code: "DVK01",
        name: "Cơ quan thân thiện - công dân hài lòng",
        field: Field::PoliticalSystem,
        level: "province",
        owner: Ok(0),
        started: -2,
        retired: None,
    },
    DemoModel {
        code: "DVK02",
        name: "Ngày thứ Bảy tình nguyện vì môi trường xanh",
        field: Field::CultureSociety,
        level: "grassroots",
        owner: Ok(5),
        started: -1,
        retired: None,
    },
    DemoModel {
        code: "DVK03",
        name: "Hỗ trợ chuyển đổi số cho người cao tuổi",
        field: Field::CultureSociety,
        level: "grassroots",
        owner: Ok(5),
        started: 1,
        retired: None,
    },
    DemoModel {
        code: "DVK04",
        name: "Tổ tư vấn pháp luật lưu động",
        field: Field::DefenseSecurity,
        level: "grassroots",
        owner: Err("TT001"),
        started: 0,
        retired: None,
    },
    DemoModel {
        code: "DVK05",
        name: "Một cửa liên thông không hẹn lần hai",
        field: Field::PoliticalSystem,
        level: "district",
        owner: Ok(1),
        started: -4,
        retired: Some(1),
    },
    DemoModel {
        code: "DVK06",
        name: "Đồng hành cùng hợp tác xã nông nghiệp",
        field: Field::Economy,
        level: "grassroots",
        owner: Ok(2),
        started: 1,
        retired: None,
    },
    DemoModel {
        code: "DVK07",
        name: "Dân vận khéo trong giải phóng mặt bằng",
        field: Field::Economy,
        level: "province",
        owner: Ok(3),
        started: 0,
        retired: None,
    },
    DemoModel {
        code: "DVK08",
        name: "Khu dân cư an toàn về an ninh trật tự",
        field: Field::DefenseSecurity,
        level: "grassroots",
        owner: Ok(4),
        started: 2,
        retired: None,
    },
];

fn insert_models(tx: &Transaction<'_>, first: i32) -> Result<usize> {
    let mut stmt = tx.prepare(
        "INSERT INTO models (code, name, field, level, owner_unit, owner_member_id, started, retired, note)
         VALUES (?, ?, ?, ?, ?, (SELECT id FROM members WHERE code = ?), ?, ?, '')",
    )?;
    for m in MODELS {
        let (unit, member) = match m.owner {
            Ok(u) => (Some(UNITS[u]), None),
            Err(code) => (None, Some(code)),
        };
        stmt.execute(params![
            m.code,
            m.name,
            m.field.code(),
            m.level,
            unit,
            member,
            first + m.started,
            m.retired.map(|r| first + r)
        ])?;
    }
    Ok(MODELS.len())
}

/// Pledges for every year from `first` to today's, and the monthly reports
/// of every ended month: most people report, a few forget some months, and
/// the last month is still being collected.
fn insert_pledges_and_reports(
    tx: &Transaction<'_>,
    rng: &mut ChaCha8Rng,
    first: i32,
    today: NaiveDate,
) -> Result<(usize, usize)> {
    let members: Vec<(i64, NaiveDate, Option<NaiveDate>)> = tx
        .prepare("SELECT id, joined, left_on FROM members ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let models: Vec<(i64, String, i32, Option<i32>)> = tx
        .prepare("SELECT id, field, started, retired FROM models ORDER BY id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut add_item = tx.prepare(
        "INSERT INTO pledge_items (member_id, year, no, field, model_id, text) VALUES (?, ?, ?, ?, ?, ?)",
    )?;
    let mut add_report =
        tx.prepare("INSERT INTO reports (member_id, month, submitted_on) VALUES (?, ?, ?)")?;
    let mut add_status = tx.prepare(
        "INSERT INTO report_items (report_id, item_id, status, note) VALUES (?, ?, ?, ?)",
    )?;
    let this_month = Month::of(today);
    let (mut items, mut reports) = (0, 0);
    for (id, joined, left) in &members {
        // Some people are diligent, some forget.
        let diligence: f64 = rng.random_range(0.80..1.0);
        let skill: f64 = rng.random_range(0.7..1.0);
        for year in first..=today.year() {
            let start = Month { year, month: 1 }.first_day();
            if !active_during(*joined, *left, start, reference_date(year, today)) {
                continue;
            }
            let count = rng.random_range(2..=4);
            let mut fields: Vec<usize> = (0..PLEDGES.len()).collect();
            fields.sort_by_key(|_| rng.random_range(0..100));
            let mut item_ids = Vec::new();
            for no in 1..=count {
                let (field, texts) = PLEDGES[fields[(no - 1) % fields.len()]];
                let model = models
                    .iter()
                    .filter(|(_, f, s, r)| {
                        f == field.code() && *s <= year && r.is_none_or(|r| year <= r)
                    })
                    .map(|m| m.0)
                    .next()
                    .filter(|_| rng.random_bool(0.3));
                add_item.execute(params![id, year, no, field.code(), model, pick(rng, texts)])?;
                item_ids.push(tx.last_insert_rowid());
                items += 1;
            }
            for month in 1..=12 {
                let m = Month { year, month };
                if m >= this_month {
                    break;
                }
                let last = m.last_day();
                if *joined > last || left.is_some_and(|l| l <= last) {
                    continue;
                }
                let late_month = m == this_month.prev();
                if !rng.random_bool(if late_month {
                    diligence - 0.15
                } else {
                    diligence
                }) {
                    continue;
                }
                let day = rng.random_range(1..=8);
                let submitted = date(m.next().year, m.next().month, day).min(today);
                add_report.execute(params![id, m.to_string(), submitted])?;
                let report = tx.last_insert_rowid();
                reports += 1;
                let progress = f64::from(month) / 12.0;
                for item in &item_ids {
                    let roll: f64 = rng.random_range(0.0..1.0);
                    let (status, note) = if roll < skill * (0.45 + 0.55 * progress) {
                        ("done", "")
                    } else if roll < 0.93 {
                        ("in-progress", "")
                    } else {
                        ("not-done", "Chưa bố trí được thời gian")
                    };
                    add_status.execute(params![report, item, status, note])?;
                }
            }
        }
    }
    Ok((items, reports))
}

/// Ratings of every member, unit and model for each finished demo year,
/// with a few exemplars.
fn insert_evaluations(
    tx: &Transaction<'_>,
    rng: &mut ChaCha8Rng,
    first: i32,
    today: NaiveDate,
) -> Result<usize> {
    let mut add = tx.prepare(
        "INSERT INTO evaluations (kind, subject, year, rating, exemplary, note) VALUES (?, ?, ?, ?, ?, ?)",
    )?;
    let mut count = 0;
    for year in first..today.year() {
        let reference = reference_date(year, today);
        let members: Vec<String> = tx
            .prepare(&format!(
                "SELECT code FROM members m WHERE {}
                 AND EXISTS (SELECT 1 FROM pledge_items p WHERE p.member_id = m.id AND p.year = ?2)
                 ORDER BY code",
                active_sql("", "?1", "?1"),
            ))?
            .query_map(params![reference, year], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for code in members {
            let roll: f64 = rng.random_range(0.0..1.0);
            let rating = if roll < 0.2 {
                "excellent"
            } else if roll < 0.8 {
                "good"
            } else if roll < 0.97 {
                "complete"
            } else {
                "incomplete"
            };
            let exemplary = rating == "excellent" && rng.random_bool(0.35);
            let note = if exemplary {
                "Điển hình tiên tiến cấp cơ sở"
            } else {
                ""
            };
            add.execute(params!["member", code, year, rating, exemplary, note])?;
            count += 1;
        }
        for (i, unit) in UNITS.iter().enumerate() {
            let rating = if rng.random_bool(0.4) {
                "excellent"
            } else {
                "good"
            };
            let exemplary = rating == "excellent" && i % 3 == (year % 3) as usize;
            add.execute(params!["unit", unit, year, rating, exemplary, ""])?;
            count += 1;
        }
        for m in MODELS {
            if first + m.started <= year && m.retired.is_none_or(|r| year <= first + r) {
                let rating = ["excellent", "good", "good", "complete"][rng.random_range(0..4)];
                add.execute(params!["model", m.code, year, rating, false, ""])?;
                count += 1;
            }
        }
    }
    Ok(count)
}

/// Initiatives of the members rated excellent in the demo's middle and last
/// years (every other one), a discipline, and the middle year's titles
/// proposed by the rules and granted under one decision, so the review and
/// `award propose` have something to show. Returns the initiatives made and
/// the titles granted.
fn insert_titles(w: &Writer<'_>, first: i32, today: NaiveDate) -> Result<(usize, usize)> {
    const TITLES: &[&str] = &[
        "Số hóa quy trình tiếp nhận hồ sơ một cửa",
        "Sổ tay hỏi đáp chính sách cho người dân",
        "Bản đồ số các điểm sinh hoạt cộng đồng",
        "Quy trình phối hợp giải quyết phản ánh qua Zalo",
    ];
    let mut made = 0;
    for year in [first + 1, first + 2] {
        let excellent: Vec<String> = w
            .tx
            .prepare(
                "SELECT subject FROM evaluations WHERE kind = 'member' AND year = ? AND rating = 'excellent'
                 ORDER BY subject",
            )?
            .query_map([year], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for (i, code) in excellent.iter().step_by(2).enumerate() {
            let new = crate::initiative::NewInitiative {
                member: code.clone(),
                year,
                title: TITLES[i % TITLES.len()].to_string(),
                recognised_by: "Hội đồng sáng kiến Sở".to_string(),
                level: crate::vocab::Level::Grassroots,
            };
            crate::initiative::add(w, &new, today)?;
            made += 1;
        }
    }
    let rated: Option<String> =
        w.tx.query_row(
            "SELECT subject FROM evaluations WHERE kind = 'member' AND year = ? AND rating = 'good'
             ORDER BY subject LIMIT 1",
            [first + 2],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(code) = rated {
        crate::discipline::add(
            w,
            &code,
            first + 2,
            crate::vocab::DisciplineForm::Reprimand,
            "Vi phạm quy chế làm việc",
            today,
        )?;
    }
    let year = first + 1;
    let proposals = crate::award::propose(&w.tx, year, today)?;
    crate::award::apply(w, &proposals, year)?;
    let decision = crate::award::Decision {
        number: "15/QĐ-UBND".to_string(),
        decided_on: date(year + 1, 1, 20),
        issuer: "UBND tỉnh".to_string(),
        level: crate::vocab::Level::Province,
    };
    let grant = crate::award::Grant {
        year,
        titles: vec![
            crate::vocab::Title::AdvancedWorker,
            crate::vocab::Title::GrassrootsEmulationFighter,
            crate::vocab::Title::AdvancedCollective,
            crate::vocab::Title::ExcellentCollective,
        ],
        subjects: Vec::new(),
    };
    let decided = crate::award::decide(w, decision, &grant, today)?;
    Ok((made, decided.granted.len()))
}
