//! Unit tests of `vocab`.

use super::*;

#[test]
fn labels_with_and_without_diacritics() {
    assert_eq!("đảng viên".parse::<Role>().unwrap(), Role::PartyMember);
    assert_eq!("Dang vien".parse::<Role>().unwrap(), Role::PartyMember);
    assert_eq!("party-member".parse::<Role>().unwrap(), Role::PartyMember);
    assert_eq!("VIÊN CHỨC".parse::<Role>().unwrap(), Role::PublicEmployee);
    assert_eq!(
        "Đoàn viên, hội viên".parse::<Role>().unwrap(),
        Role::UnionMember
    );
    assert_eq!("chưa làm được".parse::<Status>().unwrap(), Status::NotDone);
    assert_eq!(
        "Hoan thanh tot nhiem vu".parse::<Rating>().unwrap(),
        Rating::Good
    );
    assert!("boss".parse::<Role>().is_err());
}

/// Every term's code and labels, as written and folded, give that term:
/// the labels' way without folding agrees with the folded one.
#[test]
fn every_label_gives_its_own_term() {
    fn check<T: Term + FromStr + PartialEq + fmt::Debug>(all: &[T]) {
        for &t in all {
            for text in [t.code(), t.label(Lang::Vi), t.label(Lang::En)] {
                for form in [
                    text.to_string(),
                    fold(text),
                    format!(" {} ", text.to_uppercase()),
                ] {
                    assert_eq!(form.parse::<T>().ok(), Some(t), "{form:?}");
                }
            }
        }
    }
    check(Field::ALL);
    check(Role::ALL);
    check(Status::ALL);
    check(Rating::ALL);
    check(Level::ALL);
    check(Kind::ALL);
    check(DisciplineForm::ALL);
    check(Title::ALL);
}

#[test]
fn roles_set() {
    let roles = parse_roles("Công chức|Dang vien|cong chuc").unwrap();
    assert_eq!(roles, [Role::PartyMember, Role::CivilServant]);
    assert_eq!(roles_code(&roles), "party-member|civil-servant");
}

#[test]
fn roles_split_at_bars_commas_and_semicolons_keeping_whole_labels() {
    assert_eq!(
        parse_roles("Người lao động, Đoàn viên, hội viên").unwrap(),
        vec![Role::Worker, Role::UnionMember]
    );
    assert_eq!(
        parse_roles("Đảng viên; Viên chức").unwrap(),
        vec![Role::PartyMember, Role::PublicEmployee]
    );
    assert_eq!(
        parse_roles("Viên chức|Đảng viên").unwrap(),
        vec![Role::PartyMember, Role::PublicEmployee]
    );
    assert!(parse_roles("Đảng viên, thợ lặn").is_err());
}
