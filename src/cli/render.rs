//! Where an error becomes what the clerk reads, in the clerk's language:
//! the one place `main` asks for an error's message and hint.
//!
//! Domain errors are typed values with their data; `hints::explain` turns
//! them into user errors of catalogue messages (with the hint that names a
//! command) when a command fails, and this writes them in the language.
//! A user error still made of English text is shown as it is.

use crate::error::UserError;
use crate::i18n::{Lang, plain};
use crate::output::StreamError;

/// The lines of an error as printed on standard error: `error: …` and,
/// when there is one, `hint: …`, in the language.
pub fn render(err: &anyhow::Error, lang: Lang) -> (String, Option<String>) {
    let error = plain(lang, "error-prefix");
    let hint = plain(lang, "hint-prefix");
    let (message, hint_text) = match err.chain().find_map(|e| e.downcast_ref::<UserError>()) {
        Some(user) => (user.message_in(lang), user.hint_in(lang)),
        None => match stream_failure(err) {
            // The stream's own words in the language, whatever context
            // stands above them.
            Some(stream) => (
                format!("{err:#}").replace(&stream.to_string(), &stream.msg().text(lang)),
                Some(StreamError::hint().text(lang)),
            ),
            None => (format!("{err:#}"), None),
        },
    };
    (
        format!("{error}: {message}"),
        hint_text.map(|h| format!("{hint}: {h}")),
    )
}

/// The failure to write standard output or error behind `err`, if any.
fn stream_failure(err: &anyhow::Error) -> Option<&StreamError> {
    err.chain()
        .find_map(|e| e.downcast_ref::<std::io::Error>().and_then(StreamError::of))
}
