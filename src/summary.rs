//! The periodic review (sơ kết / tổng kết): every figure of DESIGN.md's
//! summary, counted by SQLite per year and unit, then added up by the rules
//! for flows, stocks and rates.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

mod count;
mod members;
mod monthly;

pub use count::{Scope, check_period, review};
pub use monthly::{Absentee, MonthFigures, absentees, monthly};

use crate::dates::Month;
use crate::vocab::Field;

/// How a metric adds up over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sum {
    /// Things that happen (items, reports, ratings): summed.
    Flow,
    /// Things that exist (members, models): counted once over the period.
    Stock,
    /// A rate: numerator and denominator metrics, recomputed from their
    /// yearly counts summed.
    Rate(&'static str, &'static str),
}

/// One line of the review.
#[derive(Debug, Clone, Copy)]
pub struct Metric {
    pub key: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub sum: Sum,
}

const fn metric(key: &'static str, vi: &'static str, en: &'static str, sum: Sum) -> Metric {
    Metric { key, vi, en, sum }
}

use Sum::{Flow, Rate, Stock};

/// The review's metrics, in DESIGN.md's order.
pub const METRICS: &[Metric] = &[
    metric("active_members", "Số thành viên", "Active members", Stock),
    metric(
        "registered_members",
        "Số người đã đăng ký",
        "Registered members",
        Stock,
    ),
    metric(
        "registration_rate",
        "Tỷ lệ đăng ký",
        "Registration rate",
        Rate("registered_members", "active_members"),
    ),
    metric("pledge_items", "Số việc đăng ký", "Pledge items", Flow),
    metric(
        "pledge_items_economy",
        "Việc đăng ký: Kinh tế",
        "Pledge items: economy",
        Flow,
    ),
    metric(
        "pledge_items_culture_society",
        "Việc đăng ký: Văn hóa - xã hội",
        "Pledge items: culture and society",
        Flow,
    ),
    metric(
        "pledge_items_defense_security",
        "Việc đăng ký: Quốc phòng - an ninh",
        "Pledge items: defence and security",
        Flow,
    ),
    metric(
        "pledge_items_political_system",
        "Việc đăng ký: Xây dựng hệ thống chính trị",
        "Pledge items: political system",
        Flow,
    ),
    metric(
        "expected_reports",
        "Số báo cáo tháng phải nộp",
        "Expected monthly reports",
        Flow,
    ),
    metric(
        "submitted_reports",
        "Số báo cáo tháng đã nộp",
        "Submitted monthly reports",
        Flow,
    ),
    metric(
        "reporting_rate",
        "Tỷ lệ nộp báo cáo",
        "Reporting rate",
        Rate("submitted_reports", "expected_reports"),
    ),
    metric("items_done", "Số lượt việc đã làm", "Items done", Flow),
    metric(
        "items_in_progress",
        "Số lượt việc đang làm",
        "Items in progress",
        Flow,
    ),
    metric(
        "items_not_done",
        "Số lượt việc chưa làm được",
        "Items not done",
        Flow,
    ),
    metric(
        "done_rate",
        "Tỷ lệ việc đã làm",
        "Done rate",
        Rate("items_done", "items_reported"),
    ),
    metric(
        "rated_excellent",
        "Hoàn thành xuất sắc nhiệm vụ",
        "Rated outstanding",
        Flow,
    ),
    metric("rated_good", "Hoàn thành tốt nhiệm vụ", "Rated good", Flow),
    metric(
        "rated_complete",
        "Hoàn thành nhiệm vụ",
        "Rated complete",
        Flow,
    ),
    metric(
        "rated_incomplete",
        "Không hoàn thành nhiệm vụ",
        "Rated not complete",
        Flow,
    ),
    metric("not_evaluated", "Chưa được đánh giá", "Not evaluated", Flow),
    metric(
        "exemplary_individuals",
        "Cá nhân điển hình tiên tiến",
        "Exemplary individuals",
        Flow,
    ),
    metric(
        "exemplary_collectives",
        "Tập thể điển hình tiên tiến",
        "Exemplary collectives",
        Flow,
    ),
    metric(
        "running_models",
        "Số mô hình đang thực hiện",
        "Running models",
        Stock,
    ),
    metric(
        "running_models_economy",
        "Mô hình: Kinh tế",
        "Running models: economy",
        Stock,
    ),
    metric(
        "running_models_culture_society",
        "Mô hình: Văn hóa - xã hội",
        "Running models: culture and society",
        Stock,
    ),
    metric(
        "running_models_defense_security",
        "Mô hình: Quốc phòng - an ninh",
        "Running models: defence and security",
        Stock,
    ),
    metric(
        "running_models_political_system",
        "Mô hình: Xây dựng hệ thống chính trị",
        "Running models: political system",
        Stock,
    ),
    metric(
        "models_good_or_better",
        "Mô hình đạt tốt trở lên",
        "Models rated good or better",
        Flow,
    ),
    metric(
        "initiatives",
        "Sáng kiến được công nhận",
        "Initiatives recognised",
        Flow,
    ),
    metric(
        "title_advanced_worker",
        "Lao động tiên tiến",
        "Advanced workers",
        Flow,
    ),
    metric(
        "title_grassroots_emulation_fighter",
        "Chiến sĩ thi đua cơ sở",
        "Grassroots emulation fighters",
        Flow,
    ),
    metric(
        "title_advanced_collective",
        "Tập thể lao động tiên tiến",
        "Advanced labour collectives",
        Flow,
    ),
    metric(
        "title_excellent_collective",
        "Tập thể lao động xuất sắc",
        "Excellent labour collectives",
        Flow,
    ),
    metric(
        "award_provincial_certificate",
        "Bằng khen cấp tỉnh",
        "Provincial certificates of merit",
        Flow,
    ),
    metric(
        "award_provincial_emulation_fighter",
        "Chiến sĩ thi đua cấp tỉnh",
        "Provincial emulation fighters",
        Flow,
    ),
];

/// Every count the review is made of: the counted metrics, and the
/// numerators and denominators of the rates (some, such as
/// `items_reported`, are no metric of their own).
pub fn count_keys() -> Vec<&'static str> {
    let mut keys = Vec::new();
    for m in METRICS {
        let more: &[&'static str] = match m.sum {
            Sum::Rate(num, den) => &[num, den],
            _ => &[m.key],
        };
        for k in more {
            if !keys.contains(k) {
                keys.push(*k);
            }
        }
    }
    keys
}

/// One cell's counts for a roll-up: by year, and the period's stocks.
#[derive(Debug, Clone)]
pub struct CellCounts {
    pub name: String,
    pub yearly: BTreeMap<i32, BTreeMap<String, i64>>,
    pub period: BTreeMap<String, i64>,
}

/// The metric that counts a title granted under a decision.
fn title_key(title: &str) -> &'static str {
    match title {
        "advanced-worker" => "title_advanced_worker",
        "grassroots-emulation-fighter" => "title_grassroots_emulation_fighter",
        "advanced-collective" => "title_advanced_collective",
        "excellent-collective" => "title_excellent_collective",
        "provincial-certificate" => "award_provincial_certificate",
        "provincial-emulation-fighter" => "award_provincial_emulation_fighter",
        "initiatives" => "initiatives",
        _ => "",
    }
}

/// Counts by metric, then by unit.
type Counts = HashMap<&'static str, HashMap<String, i64>>;

fn add(counts: &mut Counts, key: &'static str, unit: &str, n: i64) {
    let by_unit = counts.entry(key).or_default();
    match by_unit.get_mut(unit) {
        Some(v) => *v += n,
        None => {
            by_unit.insert(unit.to_string(), n);
        }
    }
}

/// The figures of a period: per year and unit, and the distinct stocks of
/// the whole period per unit.
pub struct Review {
    pub years: Vec<i32>,
    yearly: BTreeMap<i32, Counts>,
    period_stocks: Counts,
    units: BTreeSet<String>,
}

/// A figure of the review: a count, or a rate as numerator and denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Count(i64),
    Rate(i64, i64),
}

/// How many months of `year` have ended by `today` (0 to 12).
pub fn ended_months(year: i32, today: NaiveDate) -> u32 {
    let this = Month::of(today);
    if year < this.year {
        12
    } else if year == this.year {
        this.month - 1
    } else {
        0
    }
}

fn field_suffix(field: Field) -> &'static str {
    match field {
        Field::Economy => "economy",
        Field::CultureSociety => "culture_society",
        Field::DefenseSecurity => "defense_security",
        Field::PoliticalSystem => "political_system",
    }
}

fn key_for(prefix: &str, field: Field) -> &'static str {
    METRICS
        .iter()
        .map(|m| m.key)
        .find(|k| {
            k.strip_prefix(prefix).and_then(|r| r.strip_prefix('_')) == Some(field_suffix(field))
        })
        .unwrap_or("")
}

fn rating_key(rating: &str) -> &'static str {
    match rating {
        "excellent" => "rated_excellent",
        "good" => "rated_good",
        "complete" => "rated_complete",
        _ => "rated_incomplete",
    }
}

impl Review {
    fn count(counts: &Counts, key: &str, unit: Option<&str>) -> i64 {
        let Some(by_unit) = counts.get(key) else {
            return 0;
        };
        match unit {
            Some(u) => by_unit.get(u).copied().unwrap_or(0),
            None => by_unit.values().sum(),
        }
    }

    fn sum_years(&self, key: &str, unit: Option<&str>) -> i64 {
        self.yearly
            .values()
            .map(|c| Review::count(c, key, unit))
            .sum()
    }

    /// A metric in one year (all units, or one).
    pub fn year_figure(&self, metric: &Metric, year: i32, unit: Option<&str>) -> Figure {
        let Some(c) = self.yearly.get(&year) else {
            return Figure::Count(0);
        };
        match metric.sum {
            Sum::Rate(num, den) => {
                Figure::Rate(Review::count(c, num, unit), Review::count(c, den, unit))
            }
            _ => Figure::Count(Review::count(c, metric.key, unit)),
        }
    }

    /// A metric over the whole period: flows summed, stocks distinct, rates
    /// from the summed yearly counts.
    pub fn total_figure(&self, metric: &Metric, unit: Option<&str>) -> Figure {
        match metric.sum {
            Sum::Flow => Figure::Count(self.sum_years(metric.key, unit)),
            Sum::Stock => Figure::Count(Review::count(&self.period_stocks, metric.key, unit)),
            Sum::Rate(num, den) => {
                Figure::Rate(self.sum_years(num, unit), self.sum_years(den, unit))
            }
        }
    }

    /// The whole agency's counts (every unit summed): per year, each count
    /// the review is made of, and the period's distinct stocks. This is what
    /// a summary file carries for a roll-up.
    pub fn agency_counts(&self) -> (BTreeMap<i32, BTreeMap<String, i64>>, BTreeMap<String, i64>) {
        let yearly = self
            .years
            .iter()
            .map(|y| {
                let counts = count_keys()
                    .into_iter()
                    .map(|k| {
                        let n = self.yearly.get(y).map_or(0, |c| Review::count(c, k, None));
                        (k.to_string(), n)
                    })
                    .collect();
                (*y, counts)
            })
            .collect();
        let period = METRICS
            .iter()
            .filter(|m| m.sum == Sum::Stock)
            .map(|m| {
                (
                    m.key.to_string(),
                    Review::count(&self.period_stocks, m.key, None),
                )
            })
            .collect();
        (yearly, period)
    }

    /// A review of several cells, each cell one "unit": its yearly counts
    /// and period stocks as `agency_counts` gives them. Summed flows and
    /// stocks, rates recomputed from the summed counts: the same rules as
    /// one cell's review. A member who moved between cells counts in each.
    pub fn of_cells(years: Vec<i32>, cells: &[CellCounts]) -> Review {
        let mut yearly: BTreeMap<i32, Counts> = years.iter().map(|y| (*y, Counts::new())).collect();
        let mut period_stocks = Counts::new();
        let mut units = BTreeSet::new();
        for cell in cells {
            units.insert(cell.name.clone());
            for (year, counts) in &cell.yearly {
                let Some(c) = yearly.get_mut(year) else {
                    continue;
                };
                for key in count_keys() {
                    add(c, key, &cell.name, counts.get(key).copied().unwrap_or(0));
                }
            }
            for m in METRICS.iter().filter(|m| m.sum == Sum::Stock) {
                let n = cell.period.get(m.key).copied().unwrap_or(0);
                add(&mut period_stocks, m.key, &cell.name, n);
            }
        }
        Review {
            years,
            yearly,
            period_stocks,
            units,
        }
    }

    /// The units that appear anywhere in the period, in Vietnamese order.
    pub fn units(&self) -> Vec<String> {
        let mut units: Vec<String> = self.units.iter().cloned().collect();
        crate::text::sort_vi(&mut units);
        units
    }
}

#[cfg(test)]
mod tests;
