//! The bytes of a CSV file on their way to the CSV reader: hashed for the
//! audit log, counted for the progress bar, line ends made LF, lines bounded
//! by `MAX_ROW_BYTES`; and the errors of reading them.

use std::io::{self, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Result;
use sha2::{Digest, Sha256};

use crate::error::user_msg;
use crate::i18n::Msg;
use crate::import::place::place;
use crate::import::sheet::MAX_ROW_BYTES;

/// `inner` read through a `HashingReader` (into `hasher` and `count`), a
/// `CrlfToLf` and a `LineLimit`, as the CSV reader wants it.
pub(super) fn reader<R: Read>(
    inner: R,
    hasher: Arc<Mutex<Sha256>>,
    count: Arc<AtomicU64>,
) -> LineLimit<CrlfToLf<HashingReader<R>>> {
    LineLimit {
        inner: CrlfToLf {
            inner: HashingReader {
                inner,
                hasher,
                count,
            },
            pending_cr: false,
            last: 0,
        },
        run: 0,
    }
}

/// Feeds every byte read into a SHA-256, for the audit log, and counts
/// them, for the progress bar.
pub(super) struct HashingReader<R> {
    inner: R,
    hasher: Arc<Mutex<Sha256>>,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        lock(&self.hasher).update(&buf[..n]);
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The hasher, even if a thread panicked holding it (it then holds the
/// bytes hashed so far, which is all a hash of a half-read file can be).
pub(super) fn lock(hasher: &Mutex<Sha256>) -> std::sync::MutexGuard<'_, Sha256> {
    hasher
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Reads CRLF and a lone CR as LF and ends the stream with a LF. The csv crate's record
/// positions count a CRLF or a skipped blank line into the next record, so
/// lines are counted from where a record ends instead (see `next_row`),
/// which needs every record to end with one LF.
pub(super) struct CrlfToLf<R> {
    inner: R,
    pending_cr: bool,
    last: u8,
}

impl<R: Read> Read for CrlfToLf<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.len() < 2 {
            return self.inner.read(out);
        }
        loop {
            let offset = usize::from(self.pending_cr);
            if self.pending_cr {
                out[0] = b'\r';
            }
            let n = self.inner.read(&mut out[offset..])?;
            self.pending_cr = false;
            if n == 0 {
                if offset == 0 && self.last != b'\n' && self.last != 0 {
                    out[0] = b'\n';
                    self.last = b'\n';
                    return Ok(1);
                }
                if offset == 1 {
                    out[0] = b'\n';
                    self.last = b'\n';
                }
                return Ok(offset);
            }
            let total = offset + n;
            let mut len = total;
            if out[..total].contains(&b'\r') {
                len = 0;
                for i in 0..total {
                    if out[i] != b'\r' {
                        out[len] = out[i];
                        len += 1;
                    } else if i + 1 == total {
                        // It may pair with the next read's LF.
                        self.pending_cr = true;
                    } else if out[i + 1] != b'\n' {
                        // A lone CR ends a line, as old Mac files write them.
                        out[len] = b'\n';
                        len += 1;
                    }
                }
            }
            if len > 0 {
                self.last = out[len - 1];
                return Ok(len);
            }
        }
    }
}

/// Fails a read once a line runs past `MAX_ROW_BYTES`, so that a file
/// without line ends (a NUL-filled disk image, a binary) is refused before
/// the CSV reader holds it all. It looks at each read's first and last LF,
/// never at each byte.
pub(super) struct LineLimit<R> {
    inner: R,
    /// Bytes since the last LF.
    run: usize,
}

/// The error a `LineLimit` read fails with.
#[derive(Debug)]
struct LineTooLong;

impl std::fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a line is longer than {MAX_ROW_BYTES} bytes")
    }
}

impl std::error::Error for LineTooLong {}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let chunk = &buf[..n];
        let first = memchr::memchr(b'\n', chunk).unwrap_or(n);
        if self.run + first > MAX_ROW_BYTES {
            return Err(io::Error::other(LineTooLong));
        }
        self.run = match memchr::memrchr(b'\n', chunk) {
            Some(last) => n - last - 1,
            None => self.run + n,
        };
        Ok(n)
    }
}

/// A CSV error met reading the record at `line`.
pub(super) fn csv_error(name: &str, line: u64, e: csv::Error) -> anyhow::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => read_error(name, line, io),
        other => user_msg(
            Msg::new("import-csv-unreadable")
                .arg("place", place(name, None, line))
                .arg("detail", format!("{other:?}")),
            None,
        ),
    }
}

/// A failed read at `line`: a line too long, or the disk's error.
pub(super) fn read_error(name: &str, line: u64, e: io::Error) -> anyhow::Error {
    if e.get_ref().is_some_and(|inner| inner.is::<LineTooLong>()) {
        return row_too_long(name, line);
    }
    super::cannot_read(name, &e)
}

pub(super) fn row_too_long(name: &str, line: u64) -> anyhow::Error {
    user_msg(
        Msg::new("import-line-too-long")
            .arg("place", place(name, None, line))
            .arg("max", MAX_ROW_BYTES.to_string()),
        Some(Msg::new("import-line-too-long-hint")),
    )
}

pub(super) fn utf8_fields_at(
    name: &str,
    line: u64,
    record: &csv::ByteRecord,
) -> Result<Vec<String>> {
    record
        .iter()
        .map(|field| {
            std::str::from_utf8(field)
                .map(str::to_string)
                .map_err(|_| not_utf8(name, line))
        })
        .collect()
}

pub(super) fn not_utf8(name: &str, line: u64) -> anyhow::Error {
    user_msg(
        Msg::new("import-not-utf8").arg("place", place(name, None, line)),
        Some(Msg::new("import-not-utf8-hint")),
    )
}
