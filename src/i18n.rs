//! Messages for people, in Vietnamese and English, from the Fluent
//! catalogues `i18n/vi.ftl` and `i18n/en.ftl` embedded in the binary; the
//! Vietnamese help of commands and options from `i18n/vi-help.ftl`.
//!
//! Code passes a message id and its data (a [`Msg`]); the sentence, and
//! the written form of a month, a date or a rate in it, belong to the
//! language. This module sits below everything: it knows no domain module
//! and no command.

use std::borrow::Cow;
use std::ffi::OsString;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The language of tables and messages meant for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// `DANVAN_LANG`, then `vi` when `LANG` starts with `vi`, else `en`.
    pub fn from_env() -> Lang {
        if let Ok(v) = std::env::var("DANVAN_LANG")
            && let Some(lang) = Lang::from_code(&v)
        {
            return lang;
        }
        match std::env::var("LANG") {
            Ok(v) if v.to_lowercase().starts_with("vi") => Lang::Vi,
            _ => Lang::En,
        }
    }

    /// The language before the command line is parsed, so that `--help`
    /// and clap's own errors are in it: `--lang vi` or `--lang=vi` among
    /// the arguments (the last one, as clap takes it), else [`Lang::from_env`].
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> Lang {
        let mut found = None;
        let mut args = args.into_iter().skip(1);
        while let Some(arg) = args.next() {
            let arg = arg.to_string_lossy().into_owned();
            if arg == "--" {
                break;
            }
            let value = match arg.strip_prefix("--lang") {
                Some("") => args.next().map(|v| v.to_string_lossy().into_owned()),
                Some(rest) => rest.strip_prefix('=').map(str::to_string),
                None => None,
            };
            if let Some(lang) = value.as_deref().and_then(Lang::from_code) {
                found = Some(lang);
            }
        }
        found.unwrap_or_else(Lang::from_env)
    }

    fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Pick the text of this language.
    pub fn pick(self, vi: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A piece of data in a message. Months, dates and rates are written in
/// the language's form when the message is.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    /// A number written as it is (a year, a code's number): `2026`.
    Int(i64),
    /// A count, in thousands as the language groups them (`1.988`,
    /// `1,988`); a number to Fluent's plural selectors.
    Count(i64),
    /// A calendar month (year, month 1–12): `tháng 11/2026`, `2026-11`.
    Month(i32, u32),
    /// A day: `01/12/2026`, `2026-12-01`.
    Date(NaiveDate),
    /// A rate in tenths of a percent: `97,5 %`, `97.5 %`.
    Rate(i64),
    /// Another message, rendered in the same language.
    Msg(Box<Msg>),
    /// Messages rendered in the same language, one a line.
    Lines(Vec<Msg>),
    /// A word of the vocabulary: its Vietnamese label in Vietnamese, its
    /// code in English (the form English messages have always used), e.g.
    /// a column `Mã thành viên` / `member`, a title `Lao động tiên tiến` /
    /// `advanced-worker`.
    Term {
        vi: String,
        en: String,
    },
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Int(n)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Arg {
        Arg::Date(d)
    }
}

/// A message: its catalogue id and its data. Render it with [`Msg::text`].
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub const fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// Text that has no catalogue message yet: shown as it is, in English,
    /// in every language.
    pub fn raw(text: impl Into<String>) -> Msg {
        Msg::new("raw-text").arg("text", text.into())
    }

    /// The message with one more piece of data, `{ $name }` in the catalogue.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Int(n) => number(*n, false),
                Arg::Count(n) => number(*n, true),
                other => FluentValue::from(arg_text(other, lang)),
            };
            args.set(*name, value);
        }
        message(lang, self.id, &args)
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::raw(text)
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::raw(text)
    }
}

/// A number for Fluent. A count carries `minimum_integer_digits: 1`, which
/// changes nothing Fluent writes, as the mark the bundle's formatter groups
/// it by; any other number keeps the default options, so that a variant
/// key such as `[1]` matches it.
fn number(n: i64, count: bool) -> FluentValue<'static> {
    if !count {
        return FluentValue::from(n);
    }
    let options = FluentNumberOptions {
        minimum_integer_digits: Some(1),
        ..FluentNumberOptions::default()
    };
    FluentValue::Number(FluentNumber::new(n as f64, options))
}

/// An argument as the language writes it.
fn arg_text(arg: &Arg, lang: Lang) -> String {
    match arg {
        Arg::Text(s) => s.clone(),
        Arg::Int(n) => n.to_string(),
        Arg::Count(n) => count_text(lang, *n),
        Arg::Month(y, m) => month_text(lang, *y, *m),
        Arg::Date(d) => date_text(lang, *d),
        Arg::Rate(t) => rate_text(lang, *t),
        Arg::Msg(m) => m.text(lang),
        Arg::Term { vi, en } => match lang {
            Lang::Vi => vi.clone(),
            Lang::En => en.clone(),
        },
        Arg::Lines(lines) => {
            let mut text = String::new();
            for (i, line) in lines.iter().enumerate() {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str(&line.text(lang));
            }
            text
        }
    }
}

/// A month in running text: `tháng 11/2026` in Vietnamese, `2026-11` in
/// English (the form English messages have always used).
pub fn month_text(lang: Lang, year: i32, month: u32) -> String {
    match lang {
        Lang::Vi => format!("tháng {month}/{year:04}"),
        Lang::En => format!("{year:04}-{month:02}"),
    }
}

/// A day: `01/12/2026` in Vietnamese, ISO `2026-12-01` in English.
pub fn date_text(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// A count in thousands as the language groups them: `1.988` in
/// Vietnamese, `1,988` in English.
pub fn count_text(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::Vi => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A rate given in tenths of a percent: `97,5 %` in Vietnamese (decimal
/// comma), `97.5 %` in English, as tables write it.
pub fn rate_text(lang: Lang, tenths: i64) -> String {
    let s = format!("{}.{}", tenths / 10, (tenths % 10).abs());
    match lang {
        Lang::Vi => format!("{} %", s.replace('.', ",")),
        Lang::En => format!("{s} %"),
    }
}

/// The catalogues' text, as embedded. Tests read them to check them.
pub const VI_FTL: &str = include_str!("../i18n/vi.ftl");
pub const EN_FTL: &str = include_str!("../i18n/en.ftl");
pub const VI_HELP_FTL: &str = include_str!("../i18n/vi-help.ftl");

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static VI: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match lang {
        Lang::Vi => VI.get_or_init(|| build(Lang::Vi, &[VI_FTL, VI_HELP_FTL])),
        Lang::En => EN.get_or_init(|| build(Lang::En, &[EN_FTL])),
    }
}

/// A bundle of the given sources. A source that does not parse is a bug
/// the tests catch; at run time what did parse is kept.
fn build(lang: Lang, sources: &[&str]) -> FluentBundle<FluentResource> {
    let locale = match lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let id = locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain text on a terminal and in files: no bidi isolation marks.
    bundle.set_use_isolating(false);
    // Counts grouped in thousands as the language writes them.
    bundle.set_formatter(Some(match lang {
        Lang::Vi => grouped::<Vi, _>,
        Lang::En => grouped::<En, _>,
    }));
    for source in sources {
        let resource = FluentResource::try_new((*source).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The language a formatter writes in, as a type: a bundle's formatter is
/// a plain function.
trait Written {
    const LANG: Lang;
}
struct Vi;
struct En;
impl Written for Vi {
    const LANG: Lang = Lang::Vi;
}
impl Written for En {
    const LANG: Lang = Lang::En;
}

/// A count ([`Arg::Count`]) grouped in thousands; every other value as
/// Fluent writes it.
fn grouped<L: Written, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.minimum_integer_digits == Some(1) => {
            Some(count_text(L::LANG, n.value as i64))
        }
        _ => None,
    }
}

/// The message `id` in a language, with its arguments; when the language
/// lacks it, the English one; when English lacks it too, the id itself.
/// Never panics: the tests see that every id the code uses exists.
pub fn message(lang: Lang, id: &str, args: &FluentArgs) -> String {
    lookup(lang, id, args)
        .or_else(|| lookup(Lang::En, id, args))
        .unwrap_or_else(|| id.to_string())
}

/// The message `id` of a language, if its catalogue has it.
pub fn lookup(lang: Lang, id: &str, args: &FluentArgs) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text: Cow<'_, str> = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(text.into_owned())
}

/// An attribute of a message (`.long` under `help-report-import`), if any.
pub fn attribute(lang: Lang, id: &str, attr: &str) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// A message without data.
pub fn plain(lang: Lang, id: &str) -> String {
    message(lang, id, &FluentArgs::new())
}

#[cfg(test)]
mod tests;
