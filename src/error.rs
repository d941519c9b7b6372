//! Errors the user can fix: a message, and a hint that names what to do next.

use std::fmt;

/// A failure caused by the user's input. `main` prints it as `error: …` and
/// `hint: …` and exits with status 1.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub hint: Option<String>,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// A user error without a hint.
pub fn user_error(message: impl Into<String>) -> anyhow::Error {
    UserError {
        message: message.into(),
        hint: None,
    }
    .into()
}

/// A user error with a hint line.
pub fn user_error_hint(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    UserError {
        message: message.into(),
        hint: Some(hint.into()),
    }
    .into()
}

/// Bail out of the current function with a user error.
#[macro_export]
macro_rules! bail_user {
    ($($arg:tt)*) => {
        return Err($crate::error::user_error(format!($($arg)*)))
    };
}
