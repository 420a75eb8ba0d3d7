//! Source text as the tokenizer sees it (BOM dropped, newlines made `\n`) and the
//! conversion of byte positions into CPython's `SyntaxError` fields.
//! Counterpart of the location handling in CPython's `Parser/pegen_errors.c`.

use crate::{SyntaxError, SyntaxErrorKind};

/// A position in the source: 1-based line, 0-based UTF-8 byte column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// The normalized source and where each of its lines starts.
pub struct Source {
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    /// Drops a leading BOM and turns `\r\n` and lone `\r` into `\n`, as CPython's
    /// `translate_newlines` does for string input.
    pub fn new(source: &str) -> Source {
        Source::translated(source, false)
    }

    /// As [`Source::new`], and in `exec` mode a missing final newline is added, as
    /// `translate_newlines` does for `exec_input`.
    pub fn translated(source: &str, exec_input: bool) -> Source {
        let source = source.strip_prefix('\u{feff}').unwrap_or(source);
        let mut text = if source.contains('\r') {
            source.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            source.to_string()
        };
        if exec_input && !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Source { text, line_starts }
    }

    /// The text of 1-based line `line`, with its newline when it has one.
    pub fn line_text(&self, line: u32) -> &str {
        let idx = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(idx) else {
            return "";
        };
        let end = self
            .line_starts
            .get(idx + 1)
            .copied()
            .unwrap_or(self.text.len());
        &self.text[start.min(self.text.len())..end]
    }

    /// Byte offset of the start of 1-based line `line`.
    pub fn line_start(&self, line: u32) -> usize {
        let idx = (line as usize).saturating_sub(1);
        self.line_starts
            .get(idx)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The text a tokenizer-state error (bad indentation, an unclosed bracket) shows for
    /// `line`: CPython shows the line the tokenizer is reading as it is, newline included,
    /// and an earlier line without its newline.
    pub fn state_error_text(&self, line: u32) -> String {
        let text = self.line_text(line);
        let last = self.text.trim_end_matches('\n').matches('\n').count() as u32 + 1;
        if line >= last {
            text.to_string()
        } else {
            text.trim_end_matches('\n').to_string()
        }
    }

    /// Number of lines (a final line without newline counts).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// Converts a byte column on `line` into a 1-based character offset, as
    /// `_PyPegen_byte_offset_to_character_offset` does.
    pub fn char_offset(&self, line: u32, col: i64) -> i64 {
        let text = self.line_text(line);
        let col = (col.max(0) as usize).min(text.len());
        let prefix = text.get(..col).map_or(col, |p| p.chars().count());
        prefix as i64 + 1
    }

    /// A syntax error at byte positions, with the source line as `text` (newline included,
    /// as CPython shows the line the tokenizer is reading).
    #[cold]
    pub fn error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: (u32, i64),
    ) -> SyntaxError {
        let text = self.line_text(start.line).to_string();
        // A negative end column stands for "no end": CPython reports 0.
        let end_offset = if end.1 < 0 {
            0
        } else {
            self.char_offset(end.0, end.1)
        };
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno: start.line,
            offset: self.char_offset(start.line, start.col as i64) as u32,
            end_lineno: end.0,
            end_offset: end_offset as i32,
            text: Some(text),
        }
    }
}
