//! The first page's and the close's words: the title, the number line,
//! the date line, the line above the signer.

use super::Draft;
use crate::vocab::Lang;

/// The title's second line: "Sơ kết 3 năm …", "Tổng kết …" for five years
/// or more, "… năm 2025 …" for one year.
pub fn title(d: &Draft) -> String {
    let n = d.years();
    match (d.lang, n) {
        (Lang::Vi, 1) => format!(
            "Sơ kết năm {} thực hiện phong trào thi đua \"Dân vận khéo\"",
            d.from
        ),
        (Lang::Vi, n) => format!(
            "{} {n} năm thực hiện phong trào thi đua \"Dân vận khéo\" ({} - {})",
            if n >= 5 { "Tổng kết" } else { "Sơ kết" },
            d.from,
            d.to
        ),
        (Lang::En, 1) => format!(
            "Review of the year {} of the \"Dân vận khéo\" emulation movement",
            d.from
        ),
        (Lang::En, n) => format!(
            "{} of {n} years of the \"Dân vận khéo\" emulation movement ({} - {})",
            if n >= 5 { "Final review" } else { "Review" },
            d.from,
            d.to
        ),
    }
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
pub fn on_behalf_of(cell: &str, lang: Lang) -> Option<&'static str> {
    match (lang, issuer_short(cell)) {
        (Lang::Vi, "CB") => Some("T/M CHI BỘ"),
        (Lang::Vi, "CU") => Some("T/M CHI ỦY"),
        (Lang::Vi, "ĐU") => Some("T/M ĐẢNG ỦY"),
        _ => None,
    }
}

/// The date line: "Kon Tum, ngày 27 tháng 11 năm 2026".
pub fn date_line(d: &Draft) -> String {
    use chrono::Datelike;
    let day = d.today;
    let place = &d.issuer.place;
    let lead = if place.is_empty() {
        String::new()
    } else {
        format!("{place}, ")
    };
    match d.lang {
        Lang::Vi => format!(
            "{lead}ngày {:02} tháng {:02} năm {}",
            day.day(),
            day.month(),
            day.year()
        ),
        Lang::En => format!("{lead}{}", day.format("%d %B %Y")),
    }
}
