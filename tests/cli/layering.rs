//! The layers of `src/` point one way. The README's "Layout" section holds
//! the table of layers; this test reads it, reads every `crate::…` and
//! `super::…` path of every source file, and fails when a module is in no
//! layer, when an arrow runs from a lower layer to a higher one, or when
//! files import each other in a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One row of the README's table: its number (lower is lower) and the
/// module prefixes it holds.
struct Layer {
    rank: usize,
    name: String,
    prefixes: Vec<String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The layers, read from the README's table under "## Layout": the rows
/// after the header whose first cell is a number; the modules are the
/// backquoted names of the third cell.
fn layers() -> Vec<Layer> {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("read README.md");
    let section = readme
        .split("\n## Layout")
        .nth(1)
        .expect("README.md has a \"## Layout\" section");
    let section = section.split("\n## ").next().unwrap_or(section);
    let mut layers = Vec::new();
    for line in section.lines() {
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        if cells.len() < 3 {
            continue;
        }
        let Ok(rank) = cells[0].trim().parse::<usize>() else {
            continue;
        };
        let prefixes = cells[2]
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|m| m.trim_end_matches("::*").to_string())
            .collect();
        layers.push(Layer {
            rank,
            name: cells[1].trim().to_string(),
            prefixes,
        });
    }
    assert!(
        layers.len() >= 3,
        "the README's Layout table has no layer rows"
    );
    layers
}

/// The module path of a source file: `src/review/sections.rs` is
/// `review::sections`, `src/cli/mod.rs` is `cli`, `src/main.rs` is `main`,
/// `src/lib.rs` is the crate itself (the empty path).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if parts.is_empty() && stem == "lib" {
        return String::new();
    }
    if stem != "mod" {
        parts.push(stem.to_string());
    }
    parts.join("::")
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            source_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_stem().is_some_and(|s| s != "tests")
        {
            out.push(path);
        }
    }
}

/// The code of a file without its comments and its test module: doc
/// comments may name any path, and tests may set up from any layer.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") { "" } else { line }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn ident(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    (&s[..end], &s[end..])
}

/// The paths a use tree names, from the text just after a `crate::` or
/// `super::`: `a::{b, c::d}` gives `a::b` and `a::c::d`. Returns what is
/// left of the text.
fn use_tree<'a>(s: &'a str, prefix: &[String], out: &mut Vec<Vec<String>>) -> &'a str {
    let mut path = prefix.to_vec();
    let mut s = s.trim_start();
    loop {
        if let Some(rest) = s.strip_prefix('{') {
            s = rest;
            loop {
                s = s.trim_start();
                if let Some(rest) = s.strip_prefix('}') {
                    return rest;
                }
                s = use_tree(s, &path, out);
                s = s.trim_start();
                if let Some(rest) = s.strip_prefix(',') {
                    s = rest;
                } else if let Some(rest) = s.strip_prefix('}') {
                    return rest;
                } else {
                    return s;
                }
            }
        }
        let (name, rest) = ident(s);
        if name.is_empty() {
            out.push(path);
            return s;
        }
        if name != "self" {
            path.push(name.to_string());
        }
        s = rest;
        match s.trim_start().strip_prefix("::") {
            Some(rest) => s = rest.trim_start(),
            None => {
                out.push(path);
                return s;
            }
        }
    }
}

/// Every module path a file names through `crate::` or `super::`.
fn named_paths(module: &str, code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let here: Vec<String> = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").map(str::to_string).collect()
    };
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let boundary = at == 0 || {
            let c = bytes[at - 1];
            !(c.is_ascii_alphanumeric() || c == b'_' || c == b':')
        };
        if boundary && rest.starts_with("crate::") {
            let left = use_tree(&rest["crate::".len()..], &[], &mut out);
            at = code.len() - left.len();
        } else if boundary && rest.starts_with("super::") {
            let mut base = here.clone();
            let mut s = rest;
            while let Some(r) = s.strip_prefix("super::") {
                base.pop();
                s = r.trim_start();
            }
            let left = use_tree(s, &base, &mut out);
            at = code.len() - left.len();
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

/// The module a path lands in: its longest prefix that is a file.
fn target(modules: &BTreeSet<String>, path: &[String]) -> Option<String> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].join("::"))
        .find(|m| modules.contains(m))
}

fn layer_of<'a>(layers: &'a [Layer], module: &str) -> Option<&'a Layer> {
    layers
        .iter()
        .flat_map(|l| l.prefixes.iter().map(move |p| (l, p)))
        .filter(|(_, p)| module == p.as_str() || module.starts_with(&format!("{p}::")))
        .max_by_key(|(_, p)| p.len())
        .map(|(l, _)| l)
}

/// The graph of `src/`: module → the modules it names, and what it names
/// of each (for the message).
fn graph() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let src = root().join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let module = module_of(&src, file);
        let text = std::fs::read_to_string(file).expect("read a source file");
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for path in named_paths(&module, &code_of(&text)) {
            let Some(to) = target(&modules, &path) else {
                continue;
            };
            if to == module || module.starts_with(&format!("{to}::")) {
                // A module's own items, or those of the module it is part of.
                continue;
            }
            edges.entry(to).or_default().insert(path.join("::"));
        }
        graph.insert(module, edges);
    }
    graph
}

#[test]
fn every_module_is_in_a_layer_and_no_arrow_runs_up() {
    let layers = layers();
    let graph = graph();
    let mut problems = Vec::new();
    for (from, edges) in &graph {
        if from.is_empty() {
            continue;
        }
        let Some(lf) = layer_of(&layers, from) else {
            problems.push(format!(
                "src module `{from}` is in no layer of the README's Layout table"
            ));
            continue;
        };
        for (to, names) in edges {
            let Some(lt) = layer_of(&layers, to) else {
                continue;
            };
            if lt.rank > lf.rank {
                problems.push(format!(
                    "`{from}` ({}, layer {}) uses `{to}` ({}, layer {}): {}",
                    lf.name,
                    lf.rank,
                    lt.name,
                    lt.rank,
                    names.iter().cloned().collect::<Vec<_>>().join(", ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let graph = graph();
    let circles = strongly_connected(&graph);
    let mut problems = Vec::new();
    for circle in circles.iter().filter(|c| c.len() > 1) {
        let mut lines = vec![format!("a circle of {} modules:", circle.len())];
        for from in circle {
            for (to, names) in &graph[from] {
                if circle.contains(to) {
                    let names: Vec<_> = names.iter().cloned().collect();
                    lines.push(format!("  {from} -> {to}: {}", names.join(", ")));
                }
            }
        }
        problems.push(lines.join("\n"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Tarjan's strongly connected components.
fn strongly_connected(
    graph: &BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
) -> Vec<BTreeSet<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<BTreeSet<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        let graph = s.graph;
        for w in graph[v].keys() {
            let w = w.as_str();
            if !graph.contains_key(w) {
                continue;
            }
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = BTreeSet::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.insert(w.to_string());
                if w == v {
                    break;
                }
            }
            s.out.push(component);
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

/// The parser finds what it must: a use tree with braces, `super::` paths,
/// and paths in code; not those in comments.
#[test]
fn the_path_reader_reads_use_trees() {
    let code = code_of(
        "use crate::a::{b, c::{d, e}};\nuse super::f;\n// crate::z\nfn x() { crate::g::h(); }\n",
    );
    let paths: Vec<String> = named_paths("p::q", &code)
        .into_iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(paths, ["a::b", "a::c::d", "a::c::e", "p::f", "g::h"]);
}
