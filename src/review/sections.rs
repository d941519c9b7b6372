//! What the review says, section by section, as blocks: headings, running
//! text made of figures only, tables, the chart, and the empty paragraphs
//! the clerk fills in. A new section (the year's emulation titles, once they
//! are recorded) is one more function in `PART_ONE`.

use anyhow::Result;

use super::blocks::{Block, Table, figure, unit_name};
use super::{Draft, Exemplar, metric, shortcomings};
use crate::i18n::{Arg, Msg, plain};
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
    let mut blocks = vec![Block::Heading(1, plain(lang, "review-part-results"))];
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
    let (reg, act) = (d.arg("registered_members"), d.arg("active_members"));
    let registration = d.arg("registration_rate");
    let text = d.say(
        Msg::new("review-registration")
            .arg("period", d.period())
            .arg("registered", reg)
            .arg("members", act)
            .arg("rate", registration)
            .arg("items", d.arg("pledge_items"))
            .arg("economy", d.arg("pledge_items_economy"))
            .arg("culture", d.arg("pledge_items_culture_society"))
            .arg("defense", d.arg("pledge_items_defense_security"))
            .arg("political", d.arg("pledge_items_political_system")),
    );
    let mut table = d.yearly_table(&[
        ("active_members", "review-col-members"),
        ("registered_members", "review-col-registered"),
        ("registration_rate", "review-col-rate"),
        ("pledge_items", "review-col-pledge-items"),
        ("pledge_items_economy", "review-col-economy"),
        ("pledge_items_culture_society", "review-col-culture"),
        ("pledge_items_defense_security", "review-col-defense"),
        ("pledge_items_political_system", "review-col-political"),
    ]);
    table.widths = vec![15, 11, 11, 11, 11, 10, 11, 11, 11];
    Ok(vec![
        Block::Heading(2, plain(lang, "review-registration-heading")),
        Block::Text(text),
        Block::Table(table),
        Block::Caption(plain(lang, "review-table-registration")),
    ])
}

fn monthly_reports(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let text = d.say(
        Msg::new("review-monthly-reports")
            .arg("period", d.period())
            .arg("submitted", d.arg("submitted_reports"))
            .arg("expected", d.arg("expected_reports"))
            .arg("rate", d.arg("reporting_rate"))
            .arg("done", d.arg("items_done"))
            .arg("in_progress", d.arg("items_in_progress"))
            .arg("not_done", d.arg("items_not_done"))
            .arg("done_rate", d.arg("done_rate")),
    );
    let table = d.yearly_table(&[
        ("expected_reports", "review-col-expected"),
        ("submitted_reports", "review-col-submitted"),
        ("reporting_rate", "review-col-reporting-rate"),
        ("items_done", "review-col-done"),
        ("items_in_progress", "review-col-in-progress"),
        ("items_not_done", "review-col-not-done"),
        ("done_rate", "review-col-done-rate"),
    ]);
    let mut blocks = vec![
        Block::Heading(2, plain(lang, "review-monthly-reports-heading")),
        Block::Text(text),
        Block::Table(table),
        Block::Caption(plain(lang, "review-table-monthly-reports")),
    ];
    if d.months.iter().any(|m| m.ended) {
        blocks.push(Block::Chart(super::chart::monthly_png(d)?));
        blocks.push(Block::Caption(plain(lang, "review-chart-monthly")));
    }
    Ok(blocks)
}

/// A model's rating in a table's narrow column: the Vietnamese label
/// shortened, the English one as it is.
fn short_rating(r: Rating, lang: Lang) -> String {
    Msg::new("review-short-rating")
        .arg("rating", r.code())
        .arg("label", r.label(lang))
        .text(lang)
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
    let heading = Block::Heading(2, plain(lang, "review-models-heading"));
    if d.models.is_empty() {
        return Ok(d.none_recorded(heading, "review-models-none"));
    }
    let text = d.say(
        Msg::new("review-models")
            .arg("period", d.period())
            .arg("models", d.arg("running_models"))
            .arg("economy", d.arg("running_models_economy"))
            .arg("culture", d.arg("running_models_culture_society"))
            .arg("defense", d.arg("running_models_defense_security"))
            .arg("political", d.arg("running_models_political_system"))
            .arg("good", d.arg("models_good_or_better")),
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
            headers: [
                "review-col-no",
                "review-col-model",
                "review-col-field",
                "review-col-level",
                "review-col-owner",
                "review-col-years",
                "review-col-ratings",
            ]
            .iter()
            .map(|id| plain(lang, id))
            .collect(),
            widths: vec![6, 25, 14, 10, 15, 11, 19],
            numeric: vec![true, false, false, false, false, false, false],
            rows,
        }),
        Block::Caption(plain(lang, "review-table-models")),
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
    let heading = Block::Heading(2, plain(lang, "review-evaluation-heading"));
    if rated == 0 {
        return Ok(d.none_recorded(heading, "review-evaluation-none"));
    }
    let text = d.say(
        Msg::new("review-evaluation")
            .arg("period", d.period())
            .arg("rated", Arg::Count(rated))
            .arg("excellent", d.arg("rated_excellent"))
            .arg("good", d.arg("rated_good"))
            .arg("complete", d.arg("rated_complete"))
            .arg("incomplete", d.arg("rated_incomplete"))
            .arg("not_evaluated", d.arg("not_evaluated")),
    );
    let table = d.yearly_table(&[
        ("rated_excellent", "review-col-excellent"),
        ("rated_good", "review-col-good"),
        ("rated_complete", "review-col-complete"),
        ("rated_incomplete", "review-col-incomplete"),
        ("not_evaluated", "review-col-not-evaluated"),
    ]);
    Ok(vec![
        heading,
        Block::Text(text),
        Block::Table(table),
        Block::Caption(plain(lang, "review-table-evaluation")),
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
    let mut blocks = vec![Block::Heading(2, plain(lang, "review-exemplars-heading"))];
    if d.exemplars.is_empty() {
        return Ok(d.none_recorded(blocks.remove(0), "review-exemplars-none"));
    }
    blocks.push(Block::Text(
        d.say(
            Msg::new("review-exemplars")
                .arg("period", d.period())
                .arg("members", d.arg("exemplary_individuals"))
                .arg("units", d.arg("exemplary_collectives")),
        ),
    ));
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
            parts.push(d.say(Msg::new("review-exemplar-members").arg("names", names(&people))));
        }
        if !units.is_empty() {
            parts.push(d.say(Msg::new("review-exemplar-units").arg("names", names(&units))));
        }
        blocks.push(Block::Text(
            d.say(
                Msg::new("review-exemplars-of-year")
                    .arg("year", i64::from(year))
                    .arg("list", parts.join("; ")),
            ),
        ));
    }
    Ok(blocks)
}

/// The columns of the by-unit table: metric keys and their headers' ids.
pub const UNIT_COLUMNS: &[(&str, &str)] = &[
    ("active_members", "review-col-members"),
    ("registration_rate", "review-col-registration-rate"),
    ("reporting_rate", "review-col-unit-reporting-rate"),
    ("done_rate", "review-col-unit-done-rate"),
    ("running_models", "review-col-models"),
    ("exemplary_individuals", "review-col-exemplary-members"),
];

fn by_unit(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut headers = vec![d.or_cell(
        plain(lang, "review-col-unit"),
        Msg::new("review-rollup-cell"),
    )];
    headers.extend(UNIT_COLUMNS.iter().map(|(_, id)| plain(lang, id)));
    let mut rows: Vec<Vec<String>> = d
        .agency
        .units()
        .iter()
        .map(|u| {
            let mut row = vec![unit_name(u, lang)];
            row.extend(
                UNIT_COLUMNS
                    .iter()
                    .map(|(k, _)| figure(d.agency.total_figure(metric(k), Some(u)), lang)),
            );
            row
        })
        .collect();
    let mut total = vec![d.or_cell(
        plain(lang, "review-whole-agency"),
        Msg::new("review-rollup-all-cells"),
    )];
    total.extend(UNIT_COLUMNS.iter().map(|(k, _)| d.n(k)));
    rows.push(total);
    let mut numeric = vec![false];
    numeric.extend(UNIT_COLUMNS.iter().map(|_| true));
    Ok(vec![
        Block::Heading(
            2,
            d.or_cell(
                plain(lang, "review-by-unit-heading"),
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
                d.say(
                    Msg::new("review-table-by-unit")
                        .arg("from", i64::from(d.from))
                        .arg("to", i64::from(d.to)),
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
        Block::Heading(2, plain(d.lang, "review-overall-heading")),
        Block::ForTheClerk,
    ])
}
