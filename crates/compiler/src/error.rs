//! Building `SyntaxError`s for errors the compiler finds. Counterpart of `compiler_error` in
//! CPython's `Python/compile.c` and `PyErr_RangedSyntaxLocationObject` in `Python/errors.c`.

use gilpy_syntax::ast::Span;
use gilpy_syntax::{SyntaxError, SyntaxErrorKind};

/// A `SyntaxError` at `span`. Columns are 1-based byte columns here; `compile_source`
/// converts them to character columns and fills in `text` where the file has the line.
#[cold]
pub(crate) fn syntax_error(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: span.lineno,
        offset: span.col + 1,
        end_lineno: span.end_lineno,
        end_offset: span.end_col as i32 + 1,
        text: None,
    }
}

/// Turn byte offsets into character offsets using the source, and fill in `text` from the
/// file `filename` names, as `PyErr_ProgramTextObject` does: compiling a string whose
/// filename is no file gives no text.
pub(crate) fn attach_source(mut err: SyntaxError, source: &str, filename: &str) -> SyntaxError {
    let nth_line = |text: &str, lineno: u32| {
        text.split_inclusive('\n')
            .nth(lineno.checked_sub(1)? as usize)
            .map(str::to_string)
    };
    if let Some(text) = nth_line(source, err.lineno) {
        err.offset = char_column(&text, err.offset);
    }
    if let Some(text) = nth_line(source, err.end_lineno) {
        err.end_offset = char_column(&text, err.end_offset as u32) as i32;
    }
    let file = std::fs::read(filename).ok();
    err.text = file.and_then(|bytes| nth_line(&String::from_utf8_lossy(&bytes), err.lineno));
    err
}

/// 1-based byte column to 1-based character column within `line`.
fn char_column(line: &str, byte_col: u32) -> u32 {
    let byte = (byte_col.saturating_sub(1) as usize).min(line.len());
    let chars = line.char_indices().take_while(|&(i, _)| i < byte).count();
    chars as u32 + 1
}
