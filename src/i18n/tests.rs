//! The catalogues agree with each other and with the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::*;

/// Each message id of a catalogue with the placeholders (`{ $x }`) of its
/// value and attributes.
fn catalogue(name: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{name} does not parse: {errors:?}"),
    };
    let mut ids = BTreeMap::new();
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            let id = m.id.name.to_string();
            assert!(ids.insert(id.clone(), vars).is_none(), "{name}: {id} twice");
        }
    }
    ids
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
        }
        _ => {}
    }
}

/// The text of every source file under `src/`, this file left out.
fn sources() -> String {
    fn go(dir: &Path, out: &mut String) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                go(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut out = String::new();
    go(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// Every string literal of the sources that looks like a message id.
fn literal_ids(sources: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for piece in sources.split('"').skip(1).step_by(2) {
        if !piece.is_empty()
            && piece.contains('-')
            && piece
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            ids.insert(piece.to_string());
        }
    }
    ids
}

/// What differs between two catalogues: ids in one only, placeholders
/// not the same.
fn differences(vi: &str, en: &str) -> Vec<String> {
    let vi = catalogue("vi", vi);
    let en = catalogue("en", en);
    let mut out = Vec::new();
    for (id, vars) in &vi {
        match en.get(id) {
            None => out.push(format!("{id}: only in vi")),
            Some(en_vars) if en_vars != vars => {
                out.push(format!("{id}: vi has {vars:?}, en {en_vars:?}"))
            }
            Some(_) => {}
        }
    }
    for id in en.keys().filter(|id| !vi.contains_key(*id)) {
        out.push(format!("{id}: only in en"));
    }
    out
}

#[test]
fn both_catalogues_have_the_same_ids_and_placeholders() {
    let differ = differences(VI_FTL, EN_FTL);
    assert!(differ.is_empty(), "vi.ftl and en.ftl differ: {differ:#?}");
}

/// The check itself sees a missing id and a changed placeholder,
/// including one inside a plural selector.
#[test]
fn differences_are_seen() {
    let en = "a = { $x }\nb = b\nc = { $n ->\n    [one] one\n   *[other] { $n } many\n}\n";
    assert!(differences(en, en).is_empty());
    let vi = "a = { $y }\nc = { $n } cái\nd = d\n";
    assert_eq!(
        differences(vi, en),
        [
            "a: vi has {\"y\"}, en {\"x\"}",
            "d: only in vi",
            "b: only in en"
        ]
    );
}

/// Every id of vi.ftl and en.ftl, and every `clap-` word of vi-help.ftl,
/// is written as a literal somewhere in the code; the `help-` keys of
/// vi-help.ftl are checked against the command tree (`cli::help`).
#[test]
fn every_catalogue_id_is_used() {
    let sources = sources();
    let help = catalogue("vi-help.ftl", VI_HELP_FTL);
    let words = help.keys().filter(|k| !k.starts_with("help-"));
    let strays: Vec<_> = catalogue("vi.ftl", VI_FTL)
        .into_keys()
        .chain(words.cloned())
        .filter(|id| !sources.contains(&format!("\"{id}\"")))
        .collect();
    assert!(strays.is_empty(), "ids no code uses: {strays:?}");
    let odd: Vec<_> = help
        .keys()
        .filter(|k| !k.starts_with("help-") && !k.starts_with("clap-"))
        .collect();
    assert!(
        odd.is_empty(),
        "vi-help.ftl holds help- keys and clap- words only: {odd:?}"
    );
}

/// Every id the code asks for (`Msg::new("…")`, `plain(…, "…")`,
/// `vi("…")`) is in the catalogues, so no message falls back at run time.
#[test]
fn every_id_the_code_asks_for_exists() {
    let sources = sources();
    let vi = catalogue("vi.ftl", VI_FTL);
    let help = catalogue("vi-help.ftl", VI_HELP_FTL);
    let mut missing = Vec::new();
    for call in ["Msg::new(\"", "plain(lang, \"", "vi(\""] {
        for piece in sources.split(call).skip(1) {
            let id: String = piece.chars().take_while(|c| *c != '"').collect();
            if !vi.contains_key(&id) && !help.contains_key(&id) {
                missing.push(id);
            }
        }
    }
    for piece in sources.split("id = match").skip(1) {
        let block = piece.split(';').next().unwrap_or("");
        for id in literal_ids(block) {
            if !vi.contains_key(&id) {
                missing.push(id);
            }
        }
    }
    assert!(missing.is_empty(), "ids in no catalogue: {missing:?}");
}

#[test]
fn fallback_never_panics() {
    assert_eq!(plain(Lang::Vi, "no-such-id"), "no-such-id");
}

#[test]
fn no_bidi_marks() {
    let text = Msg::new("unknown-member")
        .arg("typed", "\"CB99\"")
        .text(Lang::Vi);
    assert_eq!(text, "không có thành viên nào mang mã \"CB99\"");
}

/// A count is grouped in thousands as the language writes it and chooses
/// the English plural; a plain number is written as it is and matches a
/// numeric variant key.
#[test]
fn counts_are_grouped_and_choose_plurals() {
    let absent = |n: i64, lang: Lang| {
        Msg::new("review-absentees")
            .arg("members", Arg::Count(n))
            .arg("months", 3i64)
            .text(lang)
    };
    assert_eq!(
        absent(1, Lang::En),
        "- 1 member missed 3 or more monthly reports:"
    );
    assert_eq!(
        absent(1988, Lang::En),
        "- 1,988 members missed 3 or more monthly reports:"
    );
    assert_eq!(
        absent(1988, Lang::Vi),
        "- Có 1.988 cán bộ, đảng viên thiếu từ 3 báo cáo tháng trở lên:"
    );
    let title = |years: i64| {
        Msg::new("review-title")
            .arg("years", years)
            .arg("final", if years >= 5 { "yes" } else { "no" })
            .arg("from", 2025i64)
            .arg("to", 2024 + years)
            .text(Lang::Vi)
    };
    assert_eq!(
        title(1),
        "Sơ kết năm 2025 thực hiện phong trào thi đua \"Dân vận khéo\""
    );
    assert_eq!(
        title(5),
        "Tổng kết 5 năm thực hiện phong trào thi đua \"Dân vận khéo\" (2025 - 2029)"
    );
}

#[test]
fn vietnamese_forms() {
    let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    assert_eq!(month_text(Lang::Vi, 2026, 11), "tháng 11/2026");
    assert_eq!(month_text(Lang::En, 2026, 11), "2026-11");
    assert_eq!(date_text(Lang::Vi, d), "01/12/2026");
    assert_eq!(date_text(Lang::En, d), "2026-12-01");
    assert_eq!(rate_text(Lang::Vi, 975), "97,5 %");
    assert_eq!(rate_text(Lang::En, 975), "97.5 %");
    assert_eq!(rate_text(Lang::Vi, 1000), "100,0 %");
}

#[test]
fn language_from_the_arguments() {
    let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
    assert_eq!(
        Lang::from_args(args(&["danvan", "--lang", "vi", "--help"])),
        Lang::Vi
    );
    assert_eq!(
        Lang::from_args(args(&["danvan", "member", "--lang=vi"])),
        Lang::Vi
    );
    assert_eq!(
        Lang::from_args(args(&["danvan", "--lang=vi", "--lang", "en"])),
        Lang::En
    );
}
