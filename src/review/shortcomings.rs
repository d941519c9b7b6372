//! Part II and after: the shortcomings the data shows, and the headings
//! the clerk fills in.

use anyhow::Result;

use super::blocks::{Block, Table, count, rate, unit_name};
use super::{Draft, metric};
use crate::i18n::{Arg, Msg, plain};
use crate::summary::Figure;

/// Whether a/b is below c/e, on the exact fractions.
fn below(a: i64, b: i64, c: i64, e: i64) -> bool {
    b > 0 && e > 0 && (a as i128) * (e as i128) < (c as i128) * (b as i128)
}

pub(super) fn shortcomings(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut blocks = vec![
        Block::Heading(1, plain(lang, "review-part-shortcomings")),
        Block::Heading(2, plain(lang, "review-shortcomings-heading")),
    ];
    for (key, id, cells) in [
        (
            "reporting_rate",
            "review-units-below-reporting",
            "review-rollup-below-reporting",
        ),
        (
            "done_rate",
            "review-units-below-done",
            "review-rollup-below-done",
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
            plain(lang, "review-units-below-none")
        } else {
            units.join(", ")
        };
        let line = |id: &'static str| {
            Msg::new(id)
                .arg("rate", rate(c, e, lang))
                .arg("units", list.clone())
        };
        blocks.push(Block::Text(d.or_cell(line(id).text(lang), line(cells))));
    }
    let Figure::Rate(_, reported) = d.total("done_rate") else {
        return Ok(blocks);
    };
    let not_done = match d.total("items_not_done") {
        Figure::Count(n) => n,
        Figure::Rate(..) => 0,
    };
    blocks.push(Block::Text(
        Msg::new("review-items-not-done")
            .arg("not_done", Arg::Count(not_done))
            .arg("reported", Arg::Count(reported))
            .arg("rate", rate(not_done, reported, lang))
            .text(lang),
    ));
    let months = super::MISSING_MONTHS;
    if d.absentees.is_empty() {
        blocks.push(Block::Text(
            Msg::new("review-absentees-none")
                .arg("months", months)
                .text(lang),
        ));
    } else {
        blocks.push(Block::Text(
            Msg::new("review-absentees")
                .arg("members", Arg::Count(d.absentees.len() as i64))
                .arg("months", months)
                .text(lang),
        ));
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
                "review-col-no",
                "review-col-name",
                "review-col-unit",
                "review-col-months-missing",
            ]
            .iter()
            .enumerate()
            .map(|(i, id)| match i {
                2 => d.or_cell(plain(lang, id), Msg::new("review-rollup-cell-unit")),
                _ => plain(lang, id),
            })
            .collect(),
            widths: vec![6, 34, 40, 20],
            numeric: vec![true, false, false, true],
            rows,
        }));
        blocks.push(Block::Caption(
            Msg::new("review-table-absentees")
                .arg("months", months)
                .text(lang),
        ));
    }
    blocks.push(Block::Heading(2, plain(lang, "review-causes-heading")));
    blocks.push(Block::ForTheClerk);
    Ok(blocks)
}

pub(super) fn clerk_parts(d: &Draft) -> Result<Vec<Block>> {
    let lang = d.lang;
    let mut blocks = Vec::new();
    for id in [
        "review-part-lessons",
        "review-part-directions",
        "review-part-recommendations",
    ] {
        blocks.push(Block::Heading(1, plain(lang, id)));
        blocks.push(Block::ForTheClerk);
    }
    Ok(blocks)
}
