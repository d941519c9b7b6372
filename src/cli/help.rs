//! The command tree in the user's language, and clap's own usage errors
//! in it.
//!
//! English help is the doc comments of the `clap` structs, as always.
//! Vietnamese help is built at run time: the tree is walked and every
//! command's about and every argument's help is looked up in
//! `i18n/vi-help.ftl` under a key made of the command's path
//! ([`command_key`], [`arg_key`]); clap's own headings and the help and
//! version flags are replaced by the catalogue's words.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::{Lang, Msg, attribute, lookup, plain};

/// The help key of a command's about: `help-danvan` for danvan itself,
/// `help-report-import` for `danvan report import`.
pub fn command_key(path: &[&str]) -> String {
    if path.is_empty() {
        "help-danvan".to_string()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The help key of an argument: the command's key, `--`, and the
/// argument's id with `-` for `_` (`help-report-import--dry-run`).
pub fn arg_key(path: &[&str], id: &str) -> String {
    format!("{}--{}", command_key(path), id.replace('_', "-"))
}

/// The arguments clap adds itself, worded by the catalogue's own messages.
fn is_generated(arg: &Arg) -> bool {
    matches!(arg.get_id().as_str(), "help" | "version")
}

/// The command line's parser in a language.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Vi => {
            let mut cmd = localize(cmd, &mut Vec::new());
            cmd.build();
            localize_generated(cmd)
        }
    }
}

/// Parse the process's arguments with the help and errors of `lang`.
pub fn parse(lang: Lang) -> Result<Cli, clap::Error> {
    let mut cmd = command(lang);
    let matches = cmd.try_get_matches_from_mut(std::env::args_os())?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

fn vi(id: &str) -> String {
    plain(Lang::Vi, id)
}

/// A text from the Vietnamese help catalogue: the value, then its `.long`
/// attribute as further paragraphs for the long help.
fn help_text(key: &str) -> Option<(String, String)> {
    let short = lookup(Lang::Vi, key, &fluent_bundle::FluentArgs::new())?;
    let long = match attribute(Lang::Vi, key, "long") {
        Some(more) => format!("{short}\n\n{more}"),
        None => short.clone(),
    };
    Some((short, long))
}

/// The example paragraph (`Example: danvan …`) of an English long help,
/// which Vietnamese help shows as it is, under its own word.
fn example(long: Option<&clap::builder::StyledStr>) -> Option<String> {
    let long = long?.to_string();
    long.split("\n\n")
        .find_map(|p| p.strip_prefix("Example: "))
        .map(str::to_string)
}

/// The long help of Vietnamese text and an English example.
fn with_example(long: String, example: Option<String>) -> String {
    match example {
        Some(ex) => format!("{long}\n\n{} {ex}", vi("clap-example")),
        None => long,
    }
}

fn localize(mut cmd: Command, path: &mut Vec<String>) -> Command {
    let key = {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        command_key(&p)
    };
    if let Some((about, long)) = help_text(&key) {
        let long = with_example(long, example(cmd.get_long_about()));
        cmd = cmd.about(about).long_about(long);
    }
    if let Some(after) = cmd.get_after_help().map(|s| s.to_string()) {
        cmd = cmd.after_help(columns_help_vi(&after));
    }
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            vi("clap-usage")
        ))
        .subcommand_help_heading(vi("clap-commands"))
        .subcommand_value_name(vi("clap-command-value"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !is_generated(a))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let key = {
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            arg_key(&p, &id)
        };
        cmd = cmd.mut_arg(id, |arg| localize_arg(arg, &key));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, path));
        path.pop();
    }
    cmd
}

/// An argument's help from the catalogue, its default and possible values
/// written under Vietnamese words, and its heading.
fn localize_arg(mut arg: Arg, key: &str) -> Arg {
    if let Some((short, long)) = help_text(key) {
        let long = with_example(long, example(arg.get_long_help()));
        let mut extra = String::new();
        let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values())
            || matches!(arg.get_action(), ArgAction::Set | ArgAction::Append);
        if takes_value && !arg.is_hide_default_value_set() {
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() {
                extra.push_str(&format!(
                    " [{}: {}]",
                    vi("clap-default"),
                    defaults.join(", ")
                ));
            }
        }
        if takes_value && !arg.is_hide_possible_values_set() {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() {
                extra.push_str(&format!(
                    " [{}: {}]",
                    vi("clap-possible-values"),
                    values.join(", ")
                ));
            }
        }
        if !extra.is_empty() {
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
        arg = arg
            .help(format!("{short}{extra}"))
            .long_help(format!("{long}{extra}"));
    }
    let heading = if arg.is_positional() {
        vi("clap-arguments")
    } else {
        vi("clap-options")
    };
    arg.help_heading(heading)
}

/// clap's own `--help`, `--version` and `help` subcommand, once built.
fn localize_generated(mut cmd: Command) -> Command {
    let generated: Vec<String> = cmd
        .get_arguments()
        .filter(|a| is_generated(a))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in generated {
        // clap words the help flag by whether the command has a long help
        // (`-h` a summary, `--help` all of it); the same choice here.
        let has_long = cmd
            .get_arguments()
            .find(|a| a.get_id() == id.as_str())
            .and_then(|a| a.get_help())
            .is_some_and(|h| h.to_string().contains("--help"));
        let (short, long) = match id.as_str() {
            "help" if has_long => (vi("clap-flag-help-short"), vi("clap-flag-help-long")),
            "help" => (vi("clap-flag-help"), vi("clap-flag-help")),
            _ => (vi("clap-flag-version"), vi("clap-flag-version")),
        };
        cmd = cmd.mut_arg(&id, |a| {
            a.help(short)
                .long_help(long)
                .help_heading(vi("clap-options"))
        });
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| {
            if name == "help" {
                sub.about(vi("clap-help-subcommand"))
            } else {
                localize_generated(sub)
            }
        });
    }
    cmd
}

/// The list of an import's columns (see `import::columns_help`) under
/// Vietnamese words: its first line, the `[required]` marks and its last
/// line are replaced; the column keys and headings stay.
fn columns_help_vi(english: &str) -> String {
    let mut lines: Vec<String> = english.lines().map(str::to_string).collect();
    if lines.len() < 2 || !lines[0].starts_with("Columns (") {
        return english.to_string();
    }
    lines[0] = vi("clap-columns-title");
    let required = format!("[{}]", vi("clap-columns-required"));
    for line in lines.iter_mut() {
        if line.ends_with("[required]") {
            *line = line.replace("[required]", &required);
        }
    }
    let last = lines.len() - 1;
    if let (Some(open), Some(close)) = (lines[last].find('('), lines[last].find(')')) {
        let numbers = lines[last][open + 1..close].to_string();
        lines[last] = Msg::new("clap-columns-skipped")
            .arg("numbers", numbers)
            .text(Lang::Vi);
    }
    lines.join("\n")
}

/// clap's usage error in the language: None for English, which is clap's
/// own text. The status stays clap's (see `main`).
pub fn usage_error(err: &clap::Error, lang: Lang) -> Option<String> {
    // Help shown for a command given without its subcommand is the
    // (Vietnamese) help itself.
    if lang == Lang::En
        || !err.use_stderr()
        || err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        return None;
    }
    let text = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(crate::output::visible(s).into_owned()),
        _ => None,
    };
    let list = |kind| match err.get(kind) {
        Some(ContextValue::Strings(v)) => v
            .iter()
            .map(|s| crate::output::visible(s).into_owned())
            .collect::<Vec<_>>(),
        Some(ContextValue::String(s)) => vec![crate::output::visible(s).into_owned()],
        _ => Vec::new(),
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let sub = text(ContextKind::InvalidSubcommand).unwrap_or_default();
    let mut out = match err.kind() {
        ErrorKind::UnknownArgument => Msg::new("clap-error-unknown-argument").arg("arg", arg),
        ErrorKind::InvalidSubcommand => Msg::new("clap-error-unknown-subcommand").arg("name", sub),
        ErrorKind::MissingRequiredArgument => Msg::new("clap-error-missing-argument")
            .arg("args", list(ContextKind::InvalidArg).join(", ")),
        ErrorKind::MissingSubcommand => Msg::new("clap-error-missing-subcommand")
            .arg("name", sub)
            .arg("names", list(ContextKind::ValidSubcommand).join(", ")),
        ErrorKind::InvalidValue if value.is_empty() => {
            Msg::new("clap-error-value-required").arg("arg", arg)
        }
        ErrorKind::InvalidValue => Msg::new("clap-error-invalid-value")
            .arg("value", value)
            .arg("arg", arg),
        ErrorKind::ValueValidation => Msg::new("clap-error-value-validation")
            .arg("value", value)
            .arg("arg", arg)
            .arg("reason", validation_reason(err)),
        ErrorKind::ArgumentConflict if list(ContextKind::PriorArg).contains(&arg) => {
            Msg::new("clap-error-repeated").arg("arg", arg)
        }
        ErrorKind::ArgumentConflict => Msg::new("clap-error-conflict")
            .arg("arg", arg)
            .arg("others", list(ContextKind::PriorArg).join(", ")),
        ErrorKind::TooManyValues => Msg::new("clap-error-too-many-values")
            .arg("value", value)
            .arg("arg", arg),
        _ => Msg::new("clap-error-other"),
    }
    .text(lang);
    let mut out_line = format!("{}: {out}", vi("clap-error"));
    let values = list(ContextKind::ValidValue);
    if err.kind() == ErrorKind::InvalidValue && !values.is_empty() {
        out_line.push_str("\n  ");
        out_line.push_str(
            &Msg::new("clap-error-possible-values")
                .arg("values", values.join(", "))
                .text(lang),
        );
    }
    if let Some(s) = text(ContextKind::SuggestedSubcommand) {
        out_line.push_str(&format!(
            "\n\n  {}",
            Msg::new("clap-error-similar-subcommand")
                .arg("name", s)
                .text(lang)
        ));
    } else if let Some(s) = text(ContextKind::SuggestedArg) {
        out_line.push_str(&format!(
            "\n\n  {}",
            Msg::new("clap-error-similar-argument")
                .arg("arg", s)
                .text(lang)
        ));
    } else if let Some(s) = text(ContextKind::SuggestedValue) {
        out_line.push_str(&format!(
            "\n\n  {}",
            Msg::new("clap-error-similar-value")
                .arg("value", s)
                .text(lang)
        ));
    }
    out = out_line;
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
        out.push_str(&format!("\n\n{} {usage}", vi("clap-usage")));
    }
    out.push_str("\n\n");
    out.push_str(&vi("clap-error-try-help"));
    Some(out)
}

/// Why a value was refused by its parser: the user error's message and
/// hint (in English until the parsers' errors have catalogue ids).
fn validation_reason(err: &clap::Error) -> String {
    use std::error::Error as _;
    match err.source() {
        Some(source) => match source
            .downcast_ref::<crate::error::ArgError>()
            .map(|a| &*a.0)
        {
            Some(user) => match user.hint_in(Lang::Vi) {
                Some(hint) => format!(
                    "{}\n\n{}: {hint}",
                    user.message_in(Lang::Vi),
                    vi("hint-prefix")
                ),
                None => user.message_in(Lang::Vi),
            },
            None => source.to_string(),
        },
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Every command of the tree with its path, danvan itself first, clap's
    /// `help` subcommand left out.
    fn walk(cmd: &Command) -> Vec<(Vec<String>, &Command)> {
        fn go<'c>(cmd: &'c Command, path: Vec<String>, out: &mut Vec<(Vec<String>, &'c Command)>) {
            out.push((path.clone(), cmd));
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let mut path = path.clone();
                path.push(sub.get_name().to_string());
                go(sub, path, out);
            }
        }
        let mut out = Vec::new();
        go(cmd, Vec::new(), &mut out);
        out
    }

    /// Every help key the tree needs: each command's and each of its own
    /// arguments' (a global argument once, under the command that declares it).
    fn help_keys(cmd: &Command) -> Vec<String> {
        let mut keys = Vec::new();
        for (path, cmd) in walk(cmd) {
            let path: Vec<&str> = path.iter().map(String::as_str).collect();
            keys.push(command_key(&path));
            for arg in cmd.get_arguments().filter(|a| !is_generated(a)) {
                keys.push(arg_key(&path, arg.get_id().as_str()));
            }
        }
        keys
    }

    /// The help keys of `vi-help.ftl`.
    fn catalogue_keys() -> BTreeSet<String> {
        let resource = fluent_bundle::FluentResource::try_new(crate::i18n::VI_HELP_FTL.into())
            .unwrap_or_else(|_| panic!("vi-help.ftl does not parse"));
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .filter(|id| id.starts_with("help-"))
            .collect()
    }

    /// Every command and argument has its Vietnamese help, and every help
    /// key names a command or an argument.
    #[test]
    fn every_command_and_argument_has_vietnamese_help() {
        let cmd = Cli::command();
        let wanted: BTreeSet<String> = help_keys(&cmd).into_iter().collect();
        let have = catalogue_keys();
        let missing: Vec<_> = wanted.difference(&have).collect();
        let stray: Vec<_> = have.difference(&wanted).collect();
        assert!(missing.is_empty(), "vi-help.ftl lacks: {missing:#?}");
        assert!(
            stray.is_empty(),
            "vi-help.ftl names nothing with: {stray:#?}"
        );
    }

    /// Does an English long help have paragraphs besides its first and
    /// its example?
    fn has_more(long: Option<&clap::builder::StyledStr>) -> bool {
        long.is_some_and(|l| {
            l.to_string()
                .split("\n\n")
                .skip(1)
                .any(|p| !p.starts_with("Example: "))
        })
    }

    /// A command whose English long help has more than its about and its
    /// example has the Vietnamese `.long` too, and the other way round.
    #[test]
    fn long_help_where_english_has_it() {
        let cmd = Cli::command();
        let mut wrong = Vec::new();
        for (path, c) in walk(&cmd) {
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            let key = command_key(&p);
            let en_more = has_more(c.get_long_about());
            let vi_more = attribute(Lang::Vi, &key, "long").is_some();
            if en_more != vi_more && !path.is_empty() {
                wrong.push(key);
            }
            for arg in c.get_arguments().filter(|a| !is_generated(a)) {
                let key = arg_key(&p, arg.get_id().as_str());
                let en_more = has_more(arg.get_long_help());
                let vi_more = attribute(Lang::Vi, &key, "long").is_some();
                if en_more != vi_more {
                    wrong.push(key);
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "long help in one language only: {wrong:#?}"
        );
    }

    /// The Vietnamese tree still parses as the English one does.
    #[test]
    fn vietnamese_tree_is_valid() {
        command(Lang::Vi).debug_assert();
    }
}
