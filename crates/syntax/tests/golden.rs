//! Golden tests: every `ast/*.py` must parse to the `ast.dump` in its `.ast` file and
//! every `errors/*.py` must fail with the error in its `.err` file, both produced by
//! CPython 3.11 (`regen.sh`).

use gilpy_syntax::{Mode, dump::dump, parse};
use std::fs;
use std::path::Path;

fn inputs(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    let mut paths: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn ast_dumps_match_cpython() {
    let mut failures = Vec::new();
    for path in inputs("ast") {
        let src = fs::read_to_string(&path).unwrap();
        let want = fs::read_to_string(path.with_extension("ast")).unwrap();
        let got = match parse(&src, "<s>", Mode::Exec) {
            Ok(tree) => dump(&tree, true),
            Err(e) => format!("error: {e:?}"),
        };
        if got.trim_end() != want.trim_end() {
            let at = want
                .bytes()
                .zip(got.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            let from = at.saturating_sub(150);
            let cut = |s: &str| {
                s.get(from..(at + 150).min(s.len()))
                    .unwrap_or(s)
                    .to_string()
            };
            failures.push(format!(
                "{}\n  want: ...{}\n  got:  ...{}",
                path.display(),
                cut(&want),
                cut(&got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for path in inputs("errors") {
        let src = fs::read_to_string(&path).unwrap();
        let want = fs::read_to_string(path.with_extension("err")).unwrap();
        let got = match parse(&src, "<s>", Mode::Exec) {
            Ok(_) => "parsed without error".to_string(),
            Err(e) => format!(
                "{:?}: {}\n{} {} {} {}",
                e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
            ),
        };
        if got.trim_end() != want.trim_end() {
            failures.push(format!(
                "{}\n  want: {}\n  got:  {}",
                path.display(),
                want.trim_end().replace('\n', " | "),
                got.replace('\n', " | ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
