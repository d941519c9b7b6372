//! Hints that name commands, added where domain errors become messages:
//! the domain says what was not found and what is near; this says what to
//! run next.

use crate::error::UserError;
use crate::i18n::Msg;
use crate::lookup::{NotFound, Sought};
use crate::member::MemberExists;
use crate::removal::{Absent, InUse, Removed};
use crate::undo::Refused;
use crate::unit::{LooksLike, WouldMerge};

fn in_use_hint(in_use: &InUse) -> String {
    match in_use.kind {
        Removed::Member => "a member who leaves stays on record: run `danvan member leave CODE --on DD/MM/YYYY`".to_string(),
        Removed::Model => "remove the model from those items first (`danvan pledge edit ITEM --model \"\"`) and their evaluations (`danvan evaluate remove model CODE --year Y`), or retire it with `danvan model retire CODE --year Y`".to_string(),
    }
}

fn undo_hint(refused: &Refused) -> String {
    match refused {
        Refused::Nothing | Refused::NoSuchChange(_) | Refused::AlreadyUndone { .. } => {
            "see the changes and which are undone with `danvan log`".to_string()
        }
        Refused::IsAnUndo { of, .. } => {
            format!("to change what change {of} did, run the command again")
        }
        Refused::LaterChange { later, .. } => format!(
            "undo change {} first (`danvan undo {}`), or undo the newest changes one by one with `danvan undo`",
            later.id, later.id
        ),
        Refused::Conflict { .. } => {
            "undo the later changes first with `danvan undo`; `danvan log` lists them".to_string()
        }
    }
}

/// A domain error as the clerk reads it: a `NotFound` anywhere in the
/// chain becomes a user error with its hint; others pass unchanged.
pub fn explain(err: anyhow::Error) -> anyhow::Error {
    if let Some(in_use) = err.chain().find_map(|e| e.downcast_ref::<InUse>()) {
        return UserError::new(in_use.to_string(), Some(in_use_hint(in_use))).into();
    }
    if let Some(exists) = err.chain().find_map(|e| e.downcast_ref::<MemberExists>()) {
        let hint = Msg::new("hint-member-exists").arg("code", &exists.code);
        return UserError::from_msg(exists.msg(), Some(hint)).into();
    }
    if let Some(like) = err.chain().find_map(|e| e.downcast_ref::<LooksLike>()) {
        return UserError::new(like.to_string(), Some(format!(
                "write it as {:?}, or add --new-unit (--new-units for an import) if {:?} is another unit",
                like.existing, like.typed
            )))
        .into();
    }
    if let Some(merge) = err.chain().find_map(|e| e.downcast_ref::<WouldMerge>()) {
        return UserError::new(
            merge.to_string(),
            Some(format!(
                "to merge them, run `danvan unit rename {} {} --merge`",
                crate::db::shell_quote(&merge.old),
                crate::db::shell_quote(&merge.new)
            )),
        )
        .into();
    }
    if let Some(absent) = err.chain().find_map(|e| e.downcast_ref::<Absent>()) {
        return UserError::new(absent.to_string(), None).into();
    }
    if let Some(refused) = err.chain().find_map(|e| e.downcast_ref::<Refused>()) {
        return UserError::new(refused.to_string(), Some(undo_hint(refused))).into();
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
