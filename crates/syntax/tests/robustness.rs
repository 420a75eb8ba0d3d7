//! Every prefix of every golden input, and every input with one character dropped,
//! must parse or fail with a SyntaxError: never panic.

use gilpy_syntax::{Mode, parse};
use std::path::Path;

#[test]
fn truncated_and_damaged_inputs_do_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for dir in ["ast", "errors"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for (i, c) in src.char_indices() {
                let _ = parse(&src[..i], "<s>", Mode::Exec);
                let damaged = format!("{}{}", &src[..i], &src[i + c.len_utf8()..]);
                let _ = parse(&damaged, "<s>", Mode::Exec);
            }
        }
    }
}
