use super::blocks::{count, rate};
use super::front::{issuer_short, on_behalf_of};
use crate::vocab::Lang;

#[test]
fn counts_are_grouped_as_each_language_writes_them() {
    assert_eq!(count(0, Lang::Vi), "0");
    assert_eq!(count(999, Lang::Vi), "999");
    assert_eq!(count(1988, Lang::Vi), "1.988");
    assert_eq!(count(5_400_000, Lang::En), "5,400,000");
}

#[test]
fn rates_round_half_up_with_the_language_decimal_mark() {
    assert_eq!(rate(1, 16, Lang::Vi), "6,3%");
    assert_eq!(rate(39, 40, Lang::En), "97.5%");
    assert_eq!(rate(3, 0, Lang::Vi), "-");
}

#[test]
fn the_number_line_names_the_kind_of_body() {
    assert_eq!(issuer_short("Chi bộ Sở Nội vụ"), "CB");
    assert_eq!(issuer_short("Đảng bộ Sở Y tế"), "ĐU");
    assert_eq!(issuer_short("Chi ủy Văn phòng"), "CU");
    assert_eq!(issuer_short(""), "…");
    assert_eq!(
        on_behalf_of("Chi bộ Sở Nội vụ", Lang::Vi),
        Some("T/M CHI BỘ".to_string())
    );
    assert_eq!(
        on_behalf_of("Chi ủy Văn phòng", Lang::Vi),
        Some("T/M CHI ỦY".to_string())
    );
    assert_eq!(
        on_behalf_of("Đảng ủy Sở Y tế", Lang::Vi),
        Some("T/M ĐẢNG ỦY".to_string())
    );
    assert_eq!(on_behalf_of("Hội đồng", Lang::Vi), None);
    assert_eq!(on_behalf_of("Chi bộ Sở Nội vụ", Lang::En), None);
}
