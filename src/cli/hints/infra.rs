//! Hints of the file, the undo, dates and imports.

use crate::db::FileRefused;
use crate::error::UserError;
use crate::i18n::Msg;
use crate::rollup::BadCellFile;
use crate::undo::Refused;

fn undo_hint(refused: &Refused) -> Msg {
    match refused {
        Refused::Nothing | Refused::NoSuchChange(_) | Refused::AlreadyUndone { .. } => {
            Msg::new("hint-undo-see-log")
        }
        Refused::IsAnUndo { of, .. } => Msg::new("hint-undo-is-an-undo").arg("of", *of),
        Refused::LaterChange { later, .. } => {
            Msg::new("hint-undo-later-first").arg("later", later.id)
        }
        Refused::Conflict { .. } | Refused::ParentGone { .. } => Msg::new("hint-undo-conflict"),
    }
}

/// An error of this area as the clerk reads it, with its hint.
pub(super) fn explain(err: &anyhow::Error) -> Option<UserError> {
    if let Some(refused) = err.chain().find_map(|e| e.downcast_ref::<FileRefused>()) {
        let quoted = refused.quoted_path();
        let hint = match refused {
            FileRefused::Missing { .. } => Msg::new("hint-db-missing").arg("quoted", quoted),
            FileRefused::NotInitialised { .. } => {
                Msg::new("hint-db-not-initialised").arg("quoted", quoted)
            }
            FileRefused::Foreign { .. } => Msg::new("hint-db-foreign"),
            FileRefused::UnsavedChanges { .. } => Msg::new("hint-db-unsaved-changes"),
            FileRefused::AlteredSchema { .. } => {
                Msg::new("hint-db-altered-schema").arg("quoted", quoted)
            }
        };
        return Some(UserError::from_msg(refused.msg(), Some(hint)));
    }
    if let Some(bad) = err.chain().find_map(|e| e.downcast_ref::<BadCellFile>()) {
        let hint = match bad {
            BadCellFile::NotASummary { .. } => Msg::new("hint-rollup-not-a-summary"),
            BadCellFile::Damaged { .. } => Msg::new("hint-rollup-damaged"),
            BadCellFile::OtherPeriod {
                file_from,
                file_to,
                from,
                to,
                ..
            } => Msg::new("hint-rollup-other-period")
                .arg("from", from.to_string())
                .arg("to", to.to_string())
                .arg("file_from", file_from.to_string())
                .arg("file_to", file_to.to_string()),
        };
        return Some(UserError::from_msg(bad.msg(), Some(hint)));
    }
    if let Some(refused) = err.chain().find_map(|e| e.downcast_ref::<Refused>()) {
        return Some(UserError::from_msg(refused.msg(), Some(undo_hint(refused))));
    }
    None
}
