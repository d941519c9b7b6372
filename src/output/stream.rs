//! Standard output and standard error as handles whose failures are values:
//! nothing here panics as `println!` does when a stream cannot be written.
//! A failure keeps its kind (a closed pipe is `BrokenPipe`, which `main`
//! ends quietly on) and names the stream in its message.

use std::io::{self, IsTerminal, Write};

use super::visible;
use crate::i18n::{Lang, Msg};

/// The width tables are laid out for: `COLUMNS` when it is set to a number
/// (even when standard output is not a terminal: tests and scripts ask for a
/// width that way), else the terminal's width when standard output is one,
/// else none: piped output is never wrapped.
pub fn table_width() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
    {
        return Some(columns);
    }
    if !io::stdout().is_terminal() {
        return None;
    }
    Some(
        terminal_size::terminal_size_of(io::stdout())
            .map_or(80, |(terminal_size::Width(w), _)| usize::from(w)),
    )
}

/// Standard output, buffered, with errors that say so.
pub fn stdout() -> Box<dyn Write> {
    Box::new(io::BufWriter::new(Stream::Out))
}

/// Write one line on standard output, control characters made visible.
pub fn print_line(line: &str) -> io::Result<()> {
    write_line(Stream::Out, line)
}

/// Write one line of a message on standard error, control characters made
/// visible.
pub fn message(line: &str) -> io::Result<()> {
    write_line(Stream::Err, line)
}

/// Write `text` on standard output without ending the line (a prompt
/// whose answer follows on the same line), control characters made visible.
pub fn prompt(text: &str) -> io::Result<()> {
    let mut stream = Stream::Out;
    stream.write_all(visible(text).as_bytes())?;
    stream.flush()
}

fn write_line(mut stream: Stream, line: &str) -> io::Result<()> {
    let mut text = visible(line).into_owned();
    text.push('\n');
    stream.write_all(text.as_bytes())?;
    stream.flush()
}

#[derive(Debug, Clone, Copy)]
enum Stream {
    Out,
    Err,
}

impl Stream {
    fn fail(self, err: io::Error) -> io::Error {
        io::Error::new(
            err.kind(),
            StreamError {
                stream: self,
                cause: err,
            },
        )
    }

    /// The stream's name in messages.
    fn name(self) -> Msg {
        Msg::new(match self {
            Stream::Out => "output-stream-out",
            Stream::Err => "output-stream-err",
        })
    }
}

/// A failure to write standard output or error: the error boundary
/// recognises it inside the I/O error that carries it, to add a hint.
#[derive(Debug)]
pub struct StreamError {
    stream: Stream,
    cause: io::Error,
}

impl StreamError {
    /// `cannot write to standard output: …` (the cause as the system says it).
    pub fn msg(&self) -> Msg {
        Msg::new("output-cannot-write-stream")
            .arg("stream", self.stream.name())
            .arg("cause", self.cause.to_string())
    }

    /// The stream failure an I/O error carries, if it is one.
    pub fn of(err: &io::Error) -> Option<&StreamError> {
        err.get_ref().and_then(|e| e.downcast_ref::<StreamError>())
    }

    /// An I/O error as a message argument: a stream failure in the
    /// language, any other as the system says it.
    pub fn cause(err: &io::Error) -> crate::i18n::Arg {
        match StreamError::of(err) {
            Some(stream) => stream.msg().into(),
            None => err.to_string().into(),
        }
    }

    /// What to do about a stream that cannot be written.
    pub fn hint() -> Msg {
        Msg::new("output-stream-hint")
    }
}

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg().text(Lang::En))
    }
}

impl std::error::Error for StreamError {}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Out => io::stdout().lock().write(buf),
            Stream::Err => io::stderr().lock().write(buf),
        }
        .map_err(|e| self.fail(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stream::Out => io::stdout().lock().flush(),
            Stream::Err => io::stderr().lock().flush(),
        }
        .map_err(|e| self.fail(e))
    }
}
