//! Hints of members, units, models, evaluations, titles and removals.

use crate::error::UserError;
use crate::i18n::Msg;
use crate::member::MemberExists;
use crate::removal::{Absent, InUse, Removed};
use crate::unit::{LooksLike, WouldMerge};

fn in_use_hint(in_use: &InUse) -> String {
    match in_use.kind {
        Removed::Member => "a member who leaves stays on record: run `danvan member leave CODE --on DD/MM/YYYY`".to_string(),
        Removed::Model => "remove the model from those items first (`danvan pledge edit ITEM --model \"\"`) and their evaluations (`danvan evaluate remove model CODE --year Y`), or retire it with `danvan model retire CODE --year Y`".to_string(),
    }
}

/// An error of this area as the clerk reads it, with its hint.
pub(super) fn explain(err: &anyhow::Error) -> Option<UserError> {
    if let Some(in_use) = err.chain().find_map(|e| e.downcast_ref::<InUse>()) {
        return Some(UserError::new(
            in_use.to_string(),
            Some(in_use_hint(in_use)),
        ));
    }
    if let Some(exists) = err.chain().find_map(|e| e.downcast_ref::<MemberExists>()) {
        let hint = Msg::new("hint-member-exists").arg("code", &exists.code);
        return Some(UserError::from_msg(exists.msg(), Some(hint)));
    }
    if let Some(like) = err.chain().find_map(|e| e.downcast_ref::<LooksLike>()) {
        return Some(UserError::new(
            like.to_string(),
            Some(format!(
                "write it as {:?}, or add --new-unit (--new-units for an import) if {:?} is another unit",
                like.existing, like.typed
            )),
        ));
    }
    if let Some(merge) = err.chain().find_map(|e| e.downcast_ref::<WouldMerge>()) {
        return Some(UserError::new(
            merge.to_string(),
            Some(format!(
                "to merge them, run `danvan unit rename {} {} --merge`",
                crate::db::shell_quote(&merge.old),
                crate::db::shell_quote(&merge.new)
            )),
        ));
    }
    if let Some(absent) = err.chain().find_map(|e| e.downcast_ref::<Absent>()) {
        return Some(UserError::new(absent.to_string(), None));
    }
    None
}
