//! Hints of members, units, models, evaluations, titles and removals.

use crate::award::NoProposal;
use crate::error::UserError;
use crate::evaluation::EvaluationExists;
use crate::i18n::Msg;
use crate::member::MemberExists;
use crate::model::{ModelExists, Owner, OwnerUnknown};
use crate::removal::{Absent, InUse, Removed};
use crate::unit::{LooksLike, WouldMerge};

fn in_use_hint(in_use: &InUse) -> Msg {
    match in_use.kind {
        Removed::Member => Msg::new("hint-member-in-use"),
        Removed::Model => Msg::new("hint-model-in-use"),
    }
}

/// An error of this area as the clerk reads it, with its hint.
pub(super) fn explain(err: &anyhow::Error) -> Option<UserError> {
    if let Some(in_use) = err.chain().find_map(|e| e.downcast_ref::<InUse>()) {
        return Some(UserError::from_msg(in_use.msg(), Some(in_use_hint(in_use))));
    }
    if let Some(exists) = err.chain().find_map(|e| e.downcast_ref::<MemberExists>()) {
        let hint = Msg::new("hint-member-exists").arg("code", &exists.code);
        return Some(UserError::from_msg(exists.msg(), Some(hint)));
    }
    if let Some(exists) = err.chain().find_map(|e| e.downcast_ref::<ModelExists>()) {
        let hint = Msg::new("hint-model-exists").arg("code", &exists.code);
        return Some(UserError::from_msg(exists.msg(), Some(hint)));
    }
    if let Some(unknown) = err.chain().find_map(|e| e.downcast_ref::<OwnerUnknown>()) {
        let hint = match &unknown.owner {
            Owner::Unit(_) => Msg::new("hint-model-owner-unit-unknown"),
            Owner::Member(code) => Msg::new("hint-model-owner-member-unknown").arg("member", code),
        };
        return Some(UserError::from_msg(unknown.msg(), Some(hint)));
    }
    if let Some(exists) = err
        .chain()
        .find_map(|e| e.downcast_ref::<EvaluationExists>())
    {
        let e = &exists.new;
        let hint = Msg::new("hint-evaluation-exists")
            .arg("kind", e.kind.to_string())
            .arg("subject", crate::db::shell_quote(&e.subject))
            .arg("year", e.year.to_string())
            .arg("rating", e.rating.to_string());
        return Some(UserError::from_msg(exists.msg(), Some(hint)));
    }
    if let Some(none) = err.chain().find_map(|e| e.downcast_ref::<NoProposal>()) {
        let hint = Msg::new("hint-award-no-proposal").arg("year", none.year.to_string());
        return Some(UserError::from_msg(none.msg(), Some(hint)));
    }
    if let Some(like) = err.chain().find_map(|e| e.downcast_ref::<LooksLike>()) {
        let hint = Msg::new("hint-unit-looks-like")
            .arg("existing", format!("{:?}", like.existing))
            .arg("typed", format!("{:?}", like.typed));
        return Some(UserError::from_msg(like.msg(), Some(hint)));
    }
    if let Some(merge) = err.chain().find_map(|e| e.downcast_ref::<WouldMerge>()) {
        let hint = Msg::new("hint-unit-would-merge")
            .arg("old", crate::db::shell_quote(&merge.old))
            .arg("new", crate::db::shell_quote(&merge.new));
        return Some(UserError::from_msg(merge.msg(), Some(hint)));
    }
    if let Some(absent) = err.chain().find_map(|e| e.downcast_ref::<Absent>()) {
        return Some(UserError::from_msg(absent.msg(), None));
    }
    None
}
