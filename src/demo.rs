//! The demo: a realistic agency of about sixty people over the three years
//! before today, made from a fixed seed so every run gives the same data.

use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, OpenFlags, params};

use crate::db::Db;
use crate::vocab::{Role, roles_code};

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
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY) else {
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

/// Fill a fresh database with the demo agency; returns what it made.
pub fn build(db: &mut Db, today: NaiveDate) -> Result<String> {
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
        let mut insert = w.tx.prepare_cached(
            "INSERT INTO members (code, name, unit, roles, joined, left_on, email, phone, note)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )?;
        let mut count = 0;
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
        let made = format!(
            "demo: {count} members in {} units ({left} left during {first}-{})",
            UNITS.len(),
            first + 2
        );
        w.audit("demo", "database", "", None::<&()>, Some(&made))?;
        Ok(made)
    })
}

fn pick<'a>(rng: &mut ChaCha8Rng, list: &'a [&'a str]) -> &'a str {
    list.choose(rng).copied().unwrap_or_default()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// What the demo ends with: for now, the register by unit.
pub fn print_review(ctx: &crate::cli::Ctx, db: &Db) -> Result<()> {
    use crate::output::{Cell, Column};
    let today = ctx.today()?;
    let mut stmt = db.conn.prepare(
        "SELECT unit, count(*), sum(joined <= ?1 AND (left_on IS NULL OR left_on > ?1))
         FROM members GROUP BY unit",
    )?;
    let mut rows: Vec<(String, i64, i64)> = stmt
        .query_map([today], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let c = crate::text::collator();
    rows.sort_by(|a, b| c.compare(&a.0, &b.0));
    let mut printer = ctx.printer(&[
        Column::new("unit", "Đơn vị", "Unit"),
        Column::new("members", "Số người", "Members"),
        Column::new("active", "Đang hoạt động", "Active today"),
    ])?;
    for (unit, all, active) in rows {
        printer.row(&[Cell::Text(unit), Cell::Int(all), Cell::Int(active)])?;
    }
    printer.finish()
}
