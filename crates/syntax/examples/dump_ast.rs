//! Prints `ast.dump(ast.parse(FILE), include_attributes=True)` for each file named on
//! the command line, one line each, or the syntax error; for comparing with CPython.

use gilpy_syntax::{Mode, dump::dump, parse};

fn main() {
    for path in std::env::args().skip(1) {
        let src = match std::fs::read_to_string(&path) {
            Ok(src) => src,
            Err(e) => {
                println!("{path}: unreadable: {e}");
                continue;
            }
        };
        match parse(&src, &path, Mode::Exec) {
            Ok(tree) => println!("{}", dump(&tree, true)),
            Err(e) => println!(
                "error: {}: {} {} {}",
                e.msg, e.lineno, e.offset, e.end_offset
            ),
        }
    }
}
