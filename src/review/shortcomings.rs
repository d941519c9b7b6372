//! Part II and after: the shortcomings the data shows, and the headings
//! the clerk fills in.

use anyhow::Result;

use super::blocks::{Block, Table, count, rate, t, unit_name};
use super::{Draft, metric};
use crate::i18n::Msg;
use crate::summary::Figure;

/// Whether a/b is below c/e, on the exact fractions.
fn below(a: i64, b: i64, c: i64, e: i64) -> bool {
    b > 0 && e > 0 && (a as i128) * (e as i128) < (c as i128) * (b as i128)
}

pub(super) fn shortcomings(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut blocks = vec![
        Block::Heading(
            1,
            t(
                lang,
                "II. HẠN CHẾ, NGUYÊN NHÂN",
                "II. SHORTCOMINGS AND CAUSES",
            ),
        ),
        Block::Heading(2, t(lang, "1. Hạn chế", "1. Shortcomings")),
    ];
    for (key, vi, en, cells) in [
        (
            "reporting_rate",
            "Các đơn vị có tỷ lệ nộp báo cáo tháng thấp hơn chung của cơ quan",
            "Units whose reporting rate is below the agency's",
            Msg::new("review-rollup-below-reporting"),
        ),
        (
            "done_rate",
            "Các đơn vị có tỷ lệ việc đã làm thấp hơn chung của cơ quan",
            "Units whose done rate is below the agency's",
            Msg::new("review-rollup-below-done"),
        ),
    ] {
        let Figure::Rate(c, e) = d.total(key) else {
            continue;
        };
        let units: Vec<String> = d
            .agency
            .units()
            .iter()
            .filter_map(|u| match d.agency.total_figure(metric(key), Some(u)) {
                Figure::Rate(a, b) if below(a, b, c, e) => {
                    Some(format!("{} ({})", unit_name(u, lang), rate(a, b, lang)))
                }
                _ => None,
            })
            .collect();
        let list = if units.is_empty() {
            t(lang, "không có", "none")
        } else {
            units.join(", ")
        };
        blocks.push(Block::Text(format!(
            "- {} ({}): {list}.",
            d.or_cell(t(lang, vi, en), cells),
            rate(c, e, lang)
        )));
    }
    let Figure::Rate(_, reported) = d.total("done_rate") else {
        return Ok(blocks);
    };
    let not_done = match d.total("items_not_done") {
        Figure::Count(n) => n,
        Figure::Rate(..) => 0,
    };
    blocks.push(Block::Text(t(
        lang,
        &format!(
            "- Số lượt việc chưa làm được: {}/{} lượt việc trong các báo cáo tháng ({}).",
            count(not_done, lang),
            count(reported, lang),
            rate(not_done, reported, lang)
        ),
        &format!(
            "- Items not done: {} of {} items in the monthly reports ({}).",
            count(not_done, lang),
            count(reported, lang),
            rate(not_done, reported, lang)
        ),
    )));
    if d.absentees.is_empty() {
        blocks.push(Block::Text(t(
            lang,
            &format!(
                "- Không có đảng viên nào thiếu từ {} báo cáo tháng trở lên.",
                super::MISSING_MONTHS
            ),
            &format!(
                "- No member missed {} or more monthly reports.",
                super::MISSING_MONTHS
            ),
        )));
    } else {
        blocks.push(Block::Text(t(
            lang,
            &format!(
                "- Có {} cán bộ, đảng viên thiếu từ {} báo cáo tháng trở lên:",
                count(d.absentees.len() as i64, lang),
                super::MISSING_MONTHS
            ),
            &format!(
                "- {} members missed {} or more monthly reports:",
                count(d.absentees.len() as i64, lang),
                super::MISSING_MONTHS
            ),
        )));
        let rows = d
            .absentees
            .iter()
            .enumerate()
            .map(|(i, a)| {
                vec![
                    (i + 1).to_string(),
                    a.name.clone(),
                    unit_name(&a.unit, lang),
                    count(a.missing, lang),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            headers: [
                ("TT", "No."),
                ("Họ và tên", "Name"),
                ("Đơn vị", "Unit"),
                ("Số tháng thiếu báo cáo", "Months missing"),
            ]
            .iter()
            .enumerate()
            .map(|(i, (vi, en))| match i {
                2 => d.or_cell(t(lang, vi, en), Msg::new("review-rollup-cell-unit")),
                _ => t(lang, vi, en),
            })
            .collect(),
            widths: vec![6, 34, 40, 20],
            numeric: vec![true, false, false, true],
            rows,
        }));
        blocks.push(Block::Caption(t(
            lang,
            &format!(
                "Bảng 6. Cán bộ, đảng viên thiếu từ {} báo cáo tháng trở lên",
                super::MISSING_MONTHS
            ),
            &format!(
                "Table 6. Members who missed {} or more monthly reports",
                super::MISSING_MONTHS
            ),
        )));
    }
    blocks.push(Block::Heading(2, t(lang, "2. Nguyên nhân", "2. Causes")));
    blocks.push(Block::ForTheClerk);
    Ok(blocks)
}

pub(super) fn clerk_parts(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut blocks = Vec::new();
    for (vi, en) in [
        ("III. BÀI HỌC KINH NGHIỆM", "III. LESSONS LEARNT"),
        (
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
            "IV. DIRECTIONS AND TASKS AHEAD",
        ),
        ("V. KIẾN NGHỊ, ĐỀ XUẤT", "V. RECOMMENDATIONS"),
    ] {
        blocks.push(Block::Heading(1, t(lang, vi, en)));
        blocks.push(Block::ForTheClerk);
    }
    Ok(blocks)
}
