//! Hints of pledges, reports, the summary and the review.

use crate::error::UserError;

/// An error of this area as the clerk reads it, with its hint.
pub(super) fn explain(_err: &anyhow::Error) -> Option<UserError> {
    None
}
