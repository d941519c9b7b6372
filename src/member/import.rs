//! A members file, imported all rows or none.

use super::*;

/// Import a members file; a new unit spelled like an existing one (or one
/// earlier in the file) is refused unless `new_units`.
pub fn import(
    w: &Writer<'_>,
    input: &mut CsvInput,
    replace: bool,
    new_units: bool,
) -> Result<ImportCounts> {
    let members = Members {
        units: std::cell::RefCell::new(crate::unit::Known::new(crate::unit::names(&w.tx)?)),
        new_units,
    };
    // New members take the ids above the largest: undo finds them as a range.
    let bulk = w.bulk_inserts("members")?;
    let counts = crate::import::run(&members, w, input, replace)?;
    bulk.finish(&w.tx)?;
    Ok(counts)
}

/// Members as a file imports them, and the units seen so far.
struct Members {
    units: std::cell::RefCell<crate::unit::Known>,
    new_units: bool,
}

impl crate::import::Records for Members {
    type Record = Member;
    type Old = Member;
    type Key = String;
    const WHAT: crate::i18n::Msg = crate::i18n::Msg::new("import-what-members");
    const ACTION: &'static str = "member import";
    const ENTITY: &'static str = "member";

    fn read(&self, _: &Transaction<'_>, cells: &[String]) -> Result<Member> {
        let member = member_from_row(cells)?;
        if !member.unit.is_empty() {
            let mut units = self.units.borrow_mut();
            if !self.new_units
                && let Some(like) = units.looks_like(&member.unit)
            {
                return Err(user_msg(
                    Msg::new("member-row-unit-looks-like").arg("like", like.msg()),
                    None,
                ));
            }
            units.add(&member.unit);
        }
        Ok(member)
    }

    fn key(member: &Member) -> String {
        member.code.to_lowercase()
    }

    fn twice(member: &Member) -> crate::i18n::Msg {
        Msg::new("member-row-twice").arg("code", &member.code)
    }

    fn add(&self, w: &Writer<'_>, member: &Member) -> Result<bool> {
        insert_sql(w, member)
    }

    fn find(&self, tx: &Transaction<'_>, member: &Member) -> Result<Option<Member>> {
        find(tx, &member.code)
    }

    fn replace(&self, w: &Writer<'_>, member: &Member) -> Result<()> {
        update_sql(w, member)
    }

    fn exists(_: &Member, old: &Member) -> crate::i18n::Msg {
        MemberExists {
            code: old.code.clone(),
            name: old.name.clone(),
        }
        .msg()
    }
}

/// A member from an import row (layout order), cleaned and checked.
fn member_from_row(cells: &[String]) -> Result<Member> {
    let field = |i: usize| clean(&cells[i]);
    let date = |i: usize, key: &str| -> Result<Option<NaiveDate>> {
        let v = field(i);
        if v.is_empty() {
            return Ok(None);
        }
        parse_date(&v).map(Some).map_err(|e| keyed(key, e))
    };
    let joined =
        date(4, "joined")?.ok_or_else(|| user_msg(Msg::new("member-row-joined-empty"), None))?;
    let member = Member {
        code: field(0),
        name: field(1),
        unit: field(2),
        roles: parse_roles(&field(3)).map_err(|e| keyed("roles", e))?,
        joined,
        left: date(5, "left")?,
        email: field(6),
        phone: field(7),
        note: field(8),
    };
    member.validate()?;
    Ok(member)
}
