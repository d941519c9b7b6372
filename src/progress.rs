//! A progress bar on standard error for long imports and exports, shown only
//! to a person watching a terminal: never when standard error is a pipe, a
//! file or cron's mail, and only once the work has run for a moment, so a
//! quick command prints nothing extra.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long work runs before its bar appears.
const DELAY: Duration = Duration::from_millis(700);

/// Updates that reach the bar: one in this many, so a loop over millions
/// of rows pays for a counter, not for a lock and a clock per row.
const EVERY: u32 = 1024;

/// What a bar counts.
#[derive(Debug, Clone, Copy)]
pub enum Unit {
    Bytes,
    Rows,
}

/// A progress bar that may never show. Cheap to update; cleared when
/// finished or dropped.
pub struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    shown: bool,
    calls: u32,
}

impl Progress {
    /// No bar at all.
    pub fn none() -> Progress {
        Progress {
            bar: None,
            started: Instant::now(),
            shown: false,
            calls: 0,
        }
    }

    /// A bar labelled `name` counting `unit` up to `total` (a spinner when
    /// the total is unknown), if standard error is a terminal.
    pub fn new(name: &str, unit: Unit, total: Option<u64>) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress::none();
        }
        let template = match (unit, total) {
            (Unit::Bytes, Some(_)) => "{msg} [{bar:30}] {bytes}/{total_bytes} {eta}",
            (Unit::Bytes, None) => "{spinner} {msg} {bytes} {binary_bytes_per_sec}",
            (Unit::Rows, Some(_)) => "{msg} [{bar:30}] {human_pos}/{human_len} {eta}",
            (Unit::Rows, None) => "{spinner} {msg} {human_pos} {elapsed}",
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden())
            .with_style(style)
            .with_message(name.to_string());
        Progress {
            bar: Some(bar),
            started: Instant::now(),
            shown: false,
            calls: 0,
        }
    }

    /// The work has reached `position`.
    pub fn update(&mut self, position: u64) {
        let Some(bar) = &self.bar else { return };
        self.calls = self.calls.wrapping_add(1);
        if !self.calls.is_multiple_of(EVERY) {
            return;
        }
        if !self.shown {
            if self.started.elapsed() < DELAY {
                return;
            }
            // indicatif limits its own redraws (about 20 a second).
            bar.set_draw_target(ProgressDrawTarget::stderr());
            self.shown = true;
        }
        bar.set_position(position);
    }

    /// Take the bar off the screen (before any message is printed).
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}
