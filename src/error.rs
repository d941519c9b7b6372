//! Errors the user can fix: a message, and a hint that names what to do next.

use std::fmt;

use crate::i18n::{Lang, Msg};

/// A failure caused by the user's input. `main` prints it as `error: …` and
/// `hint: …` and exits with status 1.
///
/// Every user error is made from catalogue messages
/// ([`UserError::from_msg`], [`user_msg`]): `localized` keeps them, to be
/// shown in the user's language ([`UserError::message_in`]); `message` and
/// `hint` are their English text.
#[derive(Debug)]
pub struct UserError {
    pub message: String,
    pub hint: Option<String>,
    pub localized: Option<Localized>,
}

/// The catalogue messages of a user error.
#[derive(Debug, Clone)]
pub struct Localized {
    pub message: Msg,
    pub hint: Option<Msg>,
}

impl UserError {
    /// A user error of catalogue messages.
    pub fn from_msg(message: Msg, hint: Option<Msg>) -> UserError {
        UserError {
            message: message.text(Lang::En),
            hint: hint.as_ref().map(|h| h.text(Lang::En)),
            localized: Some(Localized { message, hint }),
        }
    }

    /// An error of another kind met where a value was parsed, as a user
    /// error: its own words, led by "not a valid value" in the language.
    pub fn invalid_value(e: &anyhow::Error) -> UserError {
        UserError::from_msg(
            Msg::new("error-invalid-value").arg("detail", e.to_string()),
            None,
        )
    }

    /// The message in a language (English when it has no catalogue id).
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.localized {
            Some(l) => l.message.text(lang),
            None => self.message.clone(),
        }
    }

    /// The hint in a language (English when it has no catalogue id).
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        match &self.localized {
            Some(l) => l.hint.as_ref().map(|h| h.text(lang)),
            None => self.hint.clone(),
        }
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// A user error as the error of a clap value parser: clap prints its
/// English text (message, then the hint); `cli` writes it in the language.
#[derive(Debug)]
pub struct ArgError(pub Box<UserError>);

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.hint {
            Some(h) => write!(f, "{}\n\nhint: {h}", self.0.message),
            None => f.write_str(&self.0.message),
        }
    }
}

impl std::error::Error for ArgError {}

/// A user error of catalogue messages, as an `anyhow::Error`.
pub fn user_msg(message: Msg, hint: Option<Msg>) -> anyhow::Error {
    UserError::from_msg(message, hint).into()
}
