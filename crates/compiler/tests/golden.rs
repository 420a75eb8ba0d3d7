//! Golden `dis` listings: every `tests/dis/NAME.py` compiled by gilpy must list exactly as
//! CPython 3.10 lists it (`NAME.dis`), both from CPython's AST of it (`NAME.ast.json`, which
//! checks the compiler alone) and from gilpy's own parser (end to end). Regenerate the
//! expectations with `tests/regen.sh`.

mod common;

use std::fs;
use std::path::Path;

use common::{ast_from_json, json, repr::const_repr};
use gilpy_bytecode::CodeObject;
use gilpy_bytecode::dis::disassemble;
use gilpy_syntax::Mode;

/// How a test source is turned into a code object.
type Compile = fn(&Path) -> Result<CodeObject, String>;

fn from_cpython_ast(stem: &Path) -> Result<CodeObject, String> {
    let text = fs::read_to_string(stem.with_extension("ast.json")).map_err(|e| e.to_string())?;
    let module = ast_from_json::module(&json::parse(&text));
    gilpy_compiler::compile(&module, "<dis>").map_err(|e| format!("{e:?}"))
}

fn from_source(stem: &Path) -> Result<CodeObject, String> {
    let source = fs::read_to_string(stem.with_extension("py")).map_err(|e| e.to_string())?;
    gilpy_compiler::compile_source(&source, "<dis>", Mode::Exec).map_err(|e| format!("{e:?}"))
}

#[test]
fn dis_listings_match_cpython_310() {
    check_listings(from_cpython_ast);
}

#[test]
fn dis_listings_from_gilpy_parser_match_cpython_310() {
    check_listings(from_source);
}

fn check_listings(compile: Compile) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/dis");
    let mut sources: Vec<_> = fs::read_dir(&dir)
        .expect("tests/dis")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    sources.sort();
    let mut failures = Vec::new();
    for src in &sources {
        let stem = src.with_extension("");
        let expected = fs::read_to_string(stem.with_extension("dis")).expect("golden .dis file");
        match compile(&stem).map(|code| disassemble(&code, &const_repr)) {
            Ok(actual) if actual == expected => {}
            Ok(actual) => failures.push(format!(
                "{}:\n--- expected\n{expected}\n--- actual\n{actual}",
                src.display()
            )),
            Err(e) => failures.push(format!("{}: {e}", src.display())),
        }
    }
    let names: Vec<String> = failures
        .iter()
        .map(|f| f.lines().next().unwrap_or("").to_string())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} listings differ:\n{}\n\n{}",
        failures.len(),
        sources.len(),
        names.join("\n"),
        failures.join("\n\n")
    );
}
