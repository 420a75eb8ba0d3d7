//! Building `SyntaxError`s for errors the compiler finds. Counterpart of `compiler_error` in
//! CPython's `Python/compile.c` and `PyErr_RangedSyntaxLocationObject` in `Python/errors.c`.

use gilpy_syntax::ast::Span;
use gilpy_syntax::{SyntaxError, SyntaxErrorKind};

/// A `SyntaxError` at `span`. Columns are 1-based byte columns here; `compile_source`
/// converts them to character columns and fills in `text` where it has the source.
#[cold]
pub(crate) fn syntax_error(msg: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: span.lineno,
        offset: span.col + 1,
        end_lineno: span.end_lineno,
        end_offset: span.end_col + 1,
        text: None,
    }
}

/// Fill in `text` and turn byte offsets into character offsets using the source.
pub(crate) fn attach_source(mut err: SyntaxError, source: &str) -> SyntaxError {
    let line_text = |lineno: u32| {
        source
            .split_inclusive('\n')
            .nth(lineno.checked_sub(1)? as usize)
    };
    if let Some(text) = line_text(err.lineno) {
        err.offset = char_column(text, err.offset);
        err.text = Some(text.to_string());
    }
    if let Some(text) = line_text(err.end_lineno) {
        err.end_offset = char_column(text, err.end_offset);
    }
    err
}

/// 1-based byte column to 1-based character column within `line`.
fn char_column(line: &str, byte_col: u32) -> u32 {
    let byte = (byte_col.saturating_sub(1) as usize).min(line.len());
    let chars = line.char_indices().take_while(|&(i, _)| i < byte).count();
    chars as u32 + 1
}
