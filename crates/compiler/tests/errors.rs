//! Compile-time `SyntaxError`s: every case of `errors.py` fails with CPython 3.11's message
//! and position (`errors.expected`, from `tests/regen.sh`).

use gilpy_syntax::Mode;

#[test]
fn syntax_errors_match_cpython_311() {
    let cases: Vec<&str> = include_str!("errors.py").split("# ---\n").collect();
    let expected: Vec<&str> = include_str!("errors.expected").lines().collect();
    assert_eq!(
        cases.len(),
        expected.len(),
        "errors.expected is stale: run tests/regen.sh"
    );
    let mut failures = Vec::new();
    for (case, want) in cases.iter().zip(&expected) {
        let got = match gilpy_compiler::compile_source(case, "<case>", Mode::Exec) {
            Ok(_) => "no error".to_string(),
            Err(e) => {
                let end = if want.ends_with("|None") {
                    "None".to_string()
                } else {
                    e.end_offset.to_string()
                };
                format!("{}|{}|{}|{}|{end}", e.msg, e.lineno, e.offset, e.end_lineno)
            }
        };
        if got != *want {
            failures.push(format!("{case}\n  expected {want}\n  got      {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
