//! What the review says, section by section, as blocks: headings, running
//! text made of figures only, tables, the chart, and the empty paragraphs
//! the clerk fills in. A new section (the year's emulation titles, once they
//! are recorded) is one more function in `PART_ONE`.

use anyhow::Result;

use super::blocks::{Block, Table, count, figure, labels, say, t, unit_name};
use super::{Draft, Exemplar, metric, shortcomings};
use crate::i18n::Msg;
use crate::summary::Figure;
use crate::vocab::{Kind, Lang, Rating, Term};

/// A section of the review: the blocks it adds.
type Section = fn(&Draft) -> Result<Vec<Block>>;

/// Part I, the results, in order.
const PART_ONE: &[Section] = &[
    registration,
    monthly_reports,
    models,
    evaluation,
    exemplars,
    by_unit,
    overall,
];

/// Part II and after.
const PART_TWO: &[Section] = &[shortcomings::shortcomings, shortcomings::clerk_parts];

/// The body of the review, after the title.
pub fn body(draft: &Draft) -> Result<Vec<Block>> {
    let lang = draft.lang;
    let mut blocks = vec![Block::Heading(
        1,
        t(lang, "I. KẾT QUẢ THỰC HIỆN", "I. RESULTS"),
    )];
    blocks.extend(draft.counts_only_note().map(Block::Text));
    for (i, section) in PART_ONE.iter().enumerate() {
        let mut part = section(draft)?;
        if let Some(Block::Heading(2, title)) = part.first_mut() {
            *title = format!("{}. {title}", i + 1);
        }
        blocks.extend(part);
    }
    for section in PART_TWO {
        blocks.extend(section(draft)?);
    }
    Ok(blocks)
}

fn registration(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    // People once over the period (the summary's stocks); the rate is the
    // summary's, from the yearly counts.
    let (reg, act) = (d.n("registered_members"), d.n("active_members"));
    let registration = d.n("registration_rate");
    let text = say(
        lang,
        "{}, {}/{} cán bộ, đảng viên, người lao động (đạt {}) đã đăng ký thực hiện phong trào thi đua \"Dân vận khéo\" với {} việc đăng ký: lĩnh vực kinh tế {} việc, văn hóa - xã hội {} việc, quốc phòng - an ninh {} việc, xây dựng hệ thống chính trị {} việc.",
        "{}, {} of {} members ({}) registered for the \"Dân vận khéo\" emulation movement, with {} pledge items: economy {}, culture and society {}, defence and security {}, the political system {}.",
        &[
            d.period(),
            reg,
            act,
            registration,
            d.n("pledge_items"),
            d.n("pledge_items_economy"),
            d.n("pledge_items_culture_society"),
            d.n("pledge_items_defense_security"),
            d.n("pledge_items_political_system"),
        ],
    );
    let mut table = d.yearly_table(
        ("Năm", "Year"),
        &[
            ("active_members", "Số thành viên", "Members"),
            ("registered_members", "Đã đăng ký", "Registered"),
            ("registration_rate", "Tỷ lệ", "Rate"),
            ("pledge_items", "Số việc đăng ký", "Pledge items"),
            ("pledge_items_economy", "Kinh tế", "Economy"),
            (
                "pledge_items_culture_society",
                "Văn hóa - xã hội",
                "Culture, society",
            ),
            (
                "pledge_items_defense_security",
                "Quốc phòng - an ninh",
                "Defence, security",
            ),
            (
                "pledge_items_political_system",
                "Xây dựng HTCT",
                "Political system",
            ),
        ],
    );
    table.widths = vec![15, 11, 11, 11, 11, 10, 11, 11, 11];
    Ok(vec![
        Block::Heading(
            2,
            t(lang, "Việc đăng ký thực hiện phong trào", "Registration"),
        ),
        Block::Text(text),
        Block::Table(table),
        Block::Caption(t(
            lang,
            "Bảng 1. Việc đăng ký theo năm",
            "Table 1. Registration by year",
        )),
    ])
}

fn monthly_reports(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let text = say(
        lang,
        "{}, cán bộ, đảng viên đã nộp {}/{} báo cáo tháng phải nộp (đạt {}). Trong các báo cáo tháng, {} lượt việc đã làm, {} lượt đang làm, {} lượt chưa làm được; tỷ lệ việc đã làm đạt {}.",
        "{}, members submitted {} of the {} monthly reports expected of them ({}). The reports marked {} items done, {} in progress and {} not done; the done rate is {}.",
        &[
            d.period(),
            d.n("submitted_reports"),
            d.n("expected_reports"),
            d.n("reporting_rate"),
            d.n("items_done"),
            d.n("items_in_progress"),
            d.n("items_not_done"),
            d.n("done_rate"),
        ],
    );
    let table = d.yearly_table(
        ("Năm", "Year"),
        &[
            ("expected_reports", "Phải nộp", "Expected"),
            ("submitted_reports", "Đã nộp", "Submitted"),
            ("reporting_rate", "Tỷ lệ nộp", "Reporting rate"),
            ("items_done", "Đã làm", "Done"),
            ("items_in_progress", "Đang làm", "In progress"),
            ("items_not_done", "Chưa làm được", "Not done"),
            ("done_rate", "Tỷ lệ đã làm", "Done rate"),
        ],
    );
    let mut blocks = vec![
        Block::Heading(2, t(lang, "Việc báo cáo tháng", "Monthly reports")),
        Block::Text(text),
        Block::Table(table),
        Block::Caption(t(
            lang,
            "Bảng 2. Báo cáo tháng theo năm",
            "Table 2. Monthly reports by year",
        )),
    ];
    if d.months.iter().any(|m| m.ended) {
        blocks.push(Block::Chart(super::chart::monthly_png(d)?));
        blocks.push(Block::Caption(t(
            lang,
            "Biểu đồ 1. Tỷ lệ nộp báo cáo và tỷ lệ việc đã làm theo tháng",
            "Chart 1. Reporting rate and done rate by month",
        )));
    }
    Ok(blocks)
}

/// A model's rating in a table's narrow column.
fn short_rating(r: Rating, lang: Lang) -> &'static str {
    match (r, lang) {
        (Rating::Excellent, Lang::Vi) => "Xuất sắc",
        (Rating::Good, Lang::Vi) => "Tốt",
        (Rating::Complete, Lang::Vi) => "Hoàn thành",
        (Rating::Incomplete, Lang::Vi) => "Không hoàn thành",
        (r, Lang::En) => r.label(lang),
    }
}

/// The years a model ran within the period, as `2023 - 2025`.
fn model_years(d: &Draft, started: i32, retired: Option<i32>) -> String {
    let first = started.max(d.from);
    let last = retired.unwrap_or(d.to).min(d.to);
    if first == last {
        first.to_string()
    } else {
        format!("{first} - {last}")
    }
}

fn models(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let heading = Block::Heading(
        2,
        t(lang, "Mô hình \"Dân vận khéo\"", "\"Dân vận khéo\" models"),
    );
    if d.models.is_empty() {
        return Ok(d.none_recorded(
            heading,
            "{}, chưa có mô hình \"Dân vận khéo\" nào được ghi nhận.",
            "{}, no \"Dân vận khéo\" model was recorded.",
        ));
    }
    let text = say(
        lang,
        "{}, có {} mô hình \"Dân vận khéo\" được thực hiện (kinh tế {}, văn hóa - xã hội {}, quốc phòng - an ninh {}, xây dựng hệ thống chính trị {}); {} lượt mô hình được đánh giá đạt tốt trở lên.",
        "{}, {} \"Dân vận khéo\" models ran (economy {}, culture and society {}, defence and security {}, the political system {}); models were rated good or better {} times.",
        &[
            d.period(),
            d.n("running_models"),
            d.n("running_models_economy"),
            d.n("running_models_culture_society"),
            d.n("running_models_defense_security"),
            d.n("running_models_political_system"),
            d.n("models_good_or_better"),
        ],
    );
    let rows = d
        .models
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let ratings = m
                .ratings
                .iter()
                .map(|(y, r)| format!("{y}: {}", short_rating(*r, lang)))
                .collect::<Vec<_>>()
                .join("\n");
            vec![
                (i + 1).to_string(),
                m.name.clone(),
                m.field.label(lang).to_string(),
                m.level.label(lang).to_string(),
                m.owner.clone(),
                model_years(d, m.started, m.retired),
                ratings,
            ]
        })
        .collect();
    Ok(vec![
        heading,
        Block::Text(text),
        Block::Table(Table {
            headers: labels(
                lang,
                &[
                    ("TT", "No."),
                    ("Tên mô hình", "Model"),
                    ("Lĩnh vực", "Field"),
                    ("Cấp", "Level"),
                    ("Chủ trì", "Owner"),
                    ("Năm", "Years"),
                    ("Xếp loại", "Ratings"),
                ],
            ),
            widths: vec![6, 25, 14, 10, 15, 11, 19],
            numeric: vec![true, false, false, false, false, false, false],
            rows,
        }),
        Block::Caption(t(
            lang,
            "Bảng 3. Các mô hình thực hiện trong giai đoạn",
            "Table 3. Models running in the period",
        )),
    ])
}

fn evaluation(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let keys = [
        "rated_excellent",
        "rated_good",
        "rated_complete",
        "rated_incomplete",
    ];
    let rated: i64 = keys
        .iter()
        .map(|k| match d.total(k) {
            Figure::Count(n) => n,
            Figure::Rate(..) => 0,
        })
        .sum();
    let heading = Block::Heading(2, t(lang, "Đánh giá, xếp loại", "Evaluation"));
    if rated == 0 {
        return Ok(d.none_recorded(
            heading,
            "{}, chưa có kết quả đánh giá, xếp loại cá nhân nào được ghi nhận.",
            "{}, no member evaluation was recorded.",
        ));
    }
    let text = say(
        lang,
        "{}, có {} lượt cá nhân được đánh giá, xếp loại: hoàn thành xuất sắc nhiệm vụ {} lượt, hoàn thành tốt nhiệm vụ {} lượt, hoàn thành nhiệm vụ {} lượt, không hoàn thành nhiệm vụ {} lượt; {} lượt chưa được đánh giá.",
        "{}, members were rated {} times: outstanding {}, good {}, complete {}, not complete {}; {} member-years were not evaluated.",
        &[
            d.period(),
            count(rated, lang),
            d.n("rated_excellent"),
            d.n("rated_good"),
            d.n("rated_complete"),
            d.n("rated_incomplete"),
            d.n("not_evaluated"),
        ],
    );
    let table = d.yearly_table(
        ("Năm", "Year"),
        &[
            ("rated_excellent", "Hoàn thành xuất sắc", "Outstanding"),
            ("rated_good", "Hoàn thành tốt", "Good"),
            ("rated_complete", "Hoàn thành", "Complete"),
            ("rated_incomplete", "Không hoàn thành", "Not complete"),
            ("not_evaluated", "Chưa đánh giá", "Not evaluated"),
        ],
    );
    Ok(vec![
        heading,
        Block::Text(text),
        Block::Table(table),
        Block::Caption(t(
            lang,
            "Bảng 4. Kết quả đánh giá, xếp loại cá nhân theo năm",
            "Table 4. Member ratings by year",
        )),
    ])
}

/// The names of one year's exemplars of one kind, joined.
fn names(list: &[&Exemplar]) -> String {
    list.iter()
        .map(|e| e.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn exemplars(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut blocks = vec![Block::Heading(
        2,
        t(lang, "Điển hình tiên tiến", "Exemplary members and units"),
    )];
    if d.exemplars.is_empty() {
        blocks.push(Block::Text(say(
            lang,
            "{}, chưa có điển hình tiên tiến nào được ghi nhận.",
            "{}, no exemplar was recorded.",
            &[d.period()],
        )));
        return Ok(blocks);
    }
    blocks.push(Block::Text(say(lang, "{}, có {} lượt cá nhân và {} lượt tập thể được biểu dương là điển hình tiên tiến trong phong trào:", "{}, members were named exemplary {} times and units {} times:", &[d.period(), d.n("exemplary_individuals"), d.n("exemplary_collectives")])));
    for year in d.from..=d.to {
        let of = |kind: Kind| -> Vec<&Exemplar> {
            d.exemplars
                .iter()
                .filter(|e| e.year == year && e.kind == kind)
                .collect()
        };
        let (people, units) = (of(Kind::Member), of(Kind::Unit));
        if people.is_empty() && units.is_empty() {
            continue;
        }
        let mut parts = Vec::new();
        if !people.is_empty() {
            parts.push(say(lang, "cá nhân: {}", "members: {}", &[names(&people)]));
        }
        if !units.is_empty() {
            parts.push(say(lang, "tập thể: {}", "units: {}", &[names(&units)]));
        }
        blocks.push(Block::Text(t(
            lang,
            &format!("- Năm {year}: {}.", parts.join("; ")),
            &format!("- {year}: {}.", parts.join("; ")),
        )));
    }
    Ok(blocks)
}

/// The columns of the by-unit table: metric keys and their headers.
pub const UNIT_COLUMNS: &[(&str, &str, &str)] = &[
    ("active_members", "Số thành viên", "Members"),
    ("registration_rate", "Tỷ lệ đăng ký", "Registration rate"),
    ("reporting_rate", "Tỷ lệ nộp báo cáo", "Reporting rate"),
    ("done_rate", "Tỷ lệ việc đã làm", "Done rate"),
    ("running_models", "Mô hình", "Models"),
    (
        "exemplary_individuals",
        "Cá nhân điển hình",
        "Exemplary members",
    ),
];

fn by_unit(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut headers = vec![d.or_cell(t(lang, "Đơn vị", "Unit"), Msg::new("review-rollup-cell"))];
    headers.extend(UNIT_COLUMNS.iter().map(|(_, vi, en)| t(lang, vi, en)));
    let mut rows: Vec<Vec<String>> = d
        .agency
        .units()
        .iter()
        .map(|u| {
            let mut row = vec![unit_name(u, lang)];
            row.extend(
                UNIT_COLUMNS
                    .iter()
                    .map(|(k, _, _)| figure(d.agency.total_figure(metric(k), Some(u)), lang)),
            );
            row
        })
        .collect();
    let mut total = vec![d.or_cell(
        t(lang, "Toàn cơ quan", "Whole agency"),
        Msg::new("review-rollup-all-cells"),
    )];
    total.extend(UNIT_COLUMNS.iter().map(|(k, _, _)| d.n(k)));
    rows.push(total);
    let mut numeric = vec![false];
    numeric.extend(UNIT_COLUMNS.iter().map(|_| true));
    Ok(vec![
        Block::Heading(
            2,
            d.or_cell(
                t(lang, "Kết quả theo đơn vị", "Results by unit"),
                Msg::new("review-rollup-by-cell"),
            ),
        ),
        Block::Table(Table {
            headers,
            widths: vec![28, 11, 12, 12, 12, 10, 12],
            numeric,
            rows,
        }),
        Block::Caption(
            d.or_cell(
                say(
                    lang,
                    "Bảng 5. Kết quả theo đơn vị ({} - {})",
                    "Table 5. Results by unit ({} - {})",
                    &[d.from, d.to],
                ),
                Msg::new("review-rollup-by-cell-caption")
                    .arg("from", d.from.to_string())
                    .arg("to", d.to.to_string()),
            ),
        ),
    ])
}

fn overall(d: &Draft) -> Result<Vec<Block>> {
    Ok(vec![
        Block::Heading(
            2,
            t(d.lang, "Đánh giá chung, ưu điểm", "Overall, strengths"),
        ),
        Block::ForTheClerk,
    ])
}
