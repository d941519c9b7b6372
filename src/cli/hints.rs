//! Hints that name commands, added where domain errors become messages:
//! the domain says what was not found and what is near; this says what to
//! run next. Each area's errors are explained in a file of its own.

mod infra;
mod people;
mod reports;

use crate::error::UserError;
use crate::i18n::Msg;
use crate::lookup::{NotFound, Sought};

pub(super) use reports::hinted_arg;

/// A domain error as the clerk reads it: a typed error anywhere in the
/// chain becomes a user error with its hint; others pass unchanged.
pub fn explain(err: anyhow::Error) -> anyhow::Error {
    let areas: [fn(&anyhow::Error) -> Option<UserError>; 3] =
        [infra::explain, people::explain, reports::explain];
    for explain in areas {
        if let Some(user) = explain(&err) {
            return user.into();
        }
    }
    match err.chain().find_map(|e| e.downcast_ref::<NotFound>()) {
        Some(nf) => UserError::from_msg(nf.msg(), Some(not_found_hint(nf))).into(),
        None => err,
    }
}

/// The hint of a `NotFound`: the nearest spellings, and the command that
/// lists what exists.
fn not_found_hint(nf: &NotFound) -> Msg {
    let see = match nf.sought {
        Sought::Unit => Msg::new("hint-see-units"),
        Sought::Member if nf.is_a_name => {
            Msg::new("hint-find-member-by-name").arg("name", nf.typed.replace('"', "\\\""))
        }
        Sought::Member => Msg::new("hint-see-members"),
        Sought::Model => Msg::new("hint-see-models"),
    };
    if nf.nearest.is_empty() {
        return see;
    }
    let near: Vec<String> = nf
        .nearest
        .iter()
        .map(|(spelling, name)| {
            if name.is_empty() {
                format!("{spelling:?}")
            } else {
                format!("{spelling} ({name})")
            }
        })
        .collect();
    Msg::new("hint-did-you-mean")
        .arg("near", near.join(", "))
        .arg("then", see)
}
