//! Unit tests of `import`: the layer knows files, not entities.

use std::path::Path;

/// The modules the import layer may use: itself and the layers below it.
const BELOW: &[&str] = &[
    "import", "error", "i18n", "db", "text", "dates", "vocab", "lookup", "output", "progress",
];

fn uses_in(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("src/import") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            uses_in(&path, found);
            continue;
        }
        // This file names the prefix it looks for.
        if path.ends_with("import/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a source file");
        for (at, _) in text.match_indices("crate::") {
            let module: String = text[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.push((path.display().to_string(), module));
        }
    }
}

#[test]
fn the_layer_uses_no_domain_module_nor_cli() {
    let mut found = Vec::new();
    uses_in(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import"),
        &mut found,
    );
    assert!(!found.is_empty());
    let above: Vec<_> = found
        .iter()
        .filter(|(_, module)| !BELOW.contains(&module.as_str()))
        .collect();
    assert!(above.is_empty(), "the import layer uses {above:?}");
}
