//! Hints of the file, the undo, dates and imports.

use crate::error::UserError;
use crate::undo::Refused;

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

/// An error of this area as the clerk reads it, with its hint.
pub(super) fn explain(err: &anyhow::Error) -> Option<UserError> {
    if let Some(refused) = err.chain().find_map(|e| e.downcast_ref::<Refused>()) {
        return Some(UserError::new(
            refused.to_string(),
            Some(undo_hint(refused)),
        ));
    }
    None
}
