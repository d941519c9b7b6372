//! The first page's and the close's words: the title, the number line,
//! the date line, the line above the signer.

use super::Draft;
use crate::i18n::Msg;
use crate::vocab::Lang;

/// The title's second line: "Sơ kết 3 năm …", "Tổng kết …" for five years
/// or more, "… năm 2025 …" for one year.
pub fn title(d: &Draft) -> String {
    let n = d.years();
    Msg::new("review-title")
        .arg("years", i64::from(n))
        .arg("final", if n >= 5 { "yes" } else { "no" })
        .arg("from", i64::from(d.from))
        .arg("to", i64::from(d.to))
        .text(d.lang)
}

/// The short name of the issuing body after "-BC/" (36-HD/VPTW): CB for a
/// chi bộ, ĐU for a đảng bộ or đảng ủy, CU for a chi ủy; "…" otherwise,
/// for the clerk to write.
pub fn issuer_short(cell: &str) -> &'static str {
    let lower = cell.to_lowercase();
    if lower.starts_with("chi bộ") {
        "CB"
    } else if lower.starts_with("chi ủy") || lower.starts_with("chi uỷ") {
        "CU"
    } else if lower.starts_with("đảng bộ")
        || lower.starts_with("đảng ủy")
        || lower.starts_with("đảng uỷ")
    {
        "ĐU"
    } else {
        "…"
    }
}

/// The line above the signer's title in Vietnamese ("T/M CHI BỘ"), when
/// the cell's kind of body is known.
pub fn on_behalf_of(cell: &str, lang: Lang) -> Option<String> {
    let body = match issuer_short(cell) {
        "CB" => "cell",
        "CU" => "cell-committee",
        "ĐU" => "party-committee",
        _ => return None,
    };
    let line = Msg::new("review-on-behalf-of").arg("body", body).text(lang);
    (!line.is_empty()).then_some(line)
}

/// The date line: "Kon Tum, ngày 27 tháng 11 năm 2026".
pub fn date_line(d: &Draft) -> String {
    use chrono::Datelike;
    let day = d.today;
    let date = Msg::new("review-date")
        .arg("day", format!("{:02}", day.day()))
        .arg("month", i64::from(day.month()))
        .arg("year", i64::from(day.year()));
    let place = &d.issuer.place;
    if place.is_empty() {
        date.text(d.lang)
    } else {
        Msg::new("review-date-at")
            .arg("place", place)
            .arg("date", date)
            .text(d.lang)
    }
}
