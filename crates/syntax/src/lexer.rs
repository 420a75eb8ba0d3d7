//! The tokenizer: source text to tokens, with INDENT/DEDENT, implicit and explicit
//! line joining and bracket matching. Counterpart of CPython's `Parser/tokenizer.c`.

use crate::source::{Pos, Source};
use crate::token::{Op, StrFlags, StrToken, Token, TokenKind};
use crate::{SyntaxError, SyntaxErrorKind};
use num_bigint::BigInt;
use unicode_normalization::UnicodeNormalization;

/// CPython's `MAXINDENT`: deepest indentation stack.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: deepest bracket nesting.
const MAX_LEVEL: usize = 200;
const TAB_SIZE: usize = 8;

/// The tokens, ending in `EndMarker` or in an `Error` token whose error is `error`.
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<SyntaxError>,
    /// Set when the source ended inside brackets: the innermost open bracket.
    pub unclosed: Option<(u8, Pos)>,
    /// True when `error` is one CPython's tokenizer reports through its state (`tok->done`:
    /// indentation, line continuation) rather than as an exception: the parser reports it
    /// only if it gets that far.
    pub state_error: bool,
}

/// Tokenizes the whole source.
pub fn tokenize(src: &Source) -> Lexed {
    let mut lexer = Lexer::new(src);
    let error = lexer.run().err();
    let unclosed = if lexer.at_eof() {
        lexer.brackets.last().copied()
    } else {
        None
    };
    if error.is_some() {
        let pos = lexer.here();
        lexer.tokens.push(Token {
            kind: TokenKind::Error,
            start: pos,
            end: pos,
            level: lexer.brackets.len() as u32,
        });
    }
    Lexed {
        tokens: lexer.tokens,
        error,
        unclosed,
        state_error: lexer.state_error.get(),
    }
}

type LexResult<T> = Result<T, SyntaxError>;

struct Lexer<'a> {
    src: &'a Source,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, Pos)>,
    tokens: Vec<Token>,
    at_line_start: bool,
    state_error: std::cell::Cell<bool>,
}

impl<'a> Lexer<'a> {
    fn new(src: &'a Source) -> Lexer<'a> {
        Lexer {
            src,
            bytes: src.text.as_bytes(),
            pos: 0,
            line: 1,
            line_start: 0,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            tokens: Vec::new(),
            at_line_start: true,
            state_error: std::cell::Cell::new(false),
        }
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.bytes.get(self.pos + n).copied().unwrap_or(0)
    }

    fn here(&self) -> Pos {
        self.pos_of(self.pos)
    }

    /// Position of a byte offset on the current line.
    fn pos_of(&self, offset: usize) -> Pos {
        Pos {
            line: self.line,
            col: (offset - self.line_start) as u32,
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        let start = self.pos_of(start);
        let end = self.here();
        self.tokens.push(Token {
            kind,
            start,
            end,
            level: self.brackets.len() as u32,
        });
    }

    fn newline_seen(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    /// A tokenizer error whose `offset` counts the characters before byte `cur` on
    /// the current line, as CPython's `syntaxerror()` does with `tok->cur`.
    #[cold]
    fn error_at(&self, kind: SyntaxErrorKind, msg: impl Into<String>, cur: usize) -> SyntaxError {
        let chars = self
            .src
            .text
            .get(self.line_start..cur)
            .map_or(0, |t| t.chars().count()) as u32;
        let mut e = self.error_range(kind, msg, 0, 0);
        (e.offset, e.end_offset) = (chars, chars as i32);
        e
    }

    /// A tokenizer error with 0-based byte columns `col` and `end_col` on the current line
    /// (`offset` is `col + 1` in characters; a negative `end_col` gives CPython's end of 0).
    #[cold]
    fn error_range(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        col: i64,
        end_col: i64,
    ) -> SyntaxError {
        let text = self
            .src
            .line_text(self.line)
            .trim_end_matches('\n')
            .to_string();
        let offset = self.src.char_offset(self.line, col);
        let end_offset = if end_col < 0 {
            0
        } else {
            self.src.char_offset(self.line, end_col)
        };
        SyntaxError {
            kind,
            msg: msg.into(),
            lineno: self.line,
            offset: offset.max(0) as u32,
            end_lineno: self.line,
            end_offset: end_offset.max(0) as i32,
            text: Some(text),
        }
    }

    #[cold]
    fn syntax_error(&self, msg: impl Into<String>, cur: usize) -> SyntaxError {
        self.error_at(SyntaxErrorKind::SyntaxError, msg, cur)
    }

    fn run(&mut self) -> LexResult<()> {
        loop {
            if self.at_line_start && self.brackets.is_empty() && !self.indentation()? {
                continue;
            }
            self.at_line_start = false;
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.at_eof() {
                return self.finish();
            }
            self.token()?;
        }
    }

    /// Handles the indentation of a new logical line. Returns false when the line is
    /// blank or only a comment (it has then been skipped).
    fn indentation(&mut self) -> LexResult<bool> {
        let (mut col, mut altcol) = (0, 0);
        loop {
            match self.peek() {
                b' ' => (col, altcol) = (col + 1, altcol + 1),
                b'\t' => (col, altcol) = ((col / TAB_SIZE + 1) * TAB_SIZE, altcol + 1),
                b'\x0c' => (col, altcol) = (0, 0),
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek() {
            b'#' | b'\n' => {
                self.skip_line();
                return Ok(false);
            }
            b'\\' if matches!(self.peek_at(1), b'\n') => {
                self.at_line_start = false;
                return Ok(true);
            }
            _ if self.at_eof() => return Ok(true),
            _ => {}
        }
        self.at_line_start = false;
        self.change_indent(col, altcol)?;
        Ok(true)
    }

    fn skip_line(&mut self) {
        while !self.at_eof() && self.peek() != b'\n' {
            self.pos += 1;
        }
        if !self.at_eof() {
            self.pos += 1;
            self.newline_seen();
        }
    }

    fn change_indent(&mut self, col: usize, altcol: usize) -> LexResult<()> {
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.state_error(self.error_at(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    self.pos,
                )));
            }
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            self.indents.push((col, altcol));
            let here = self.here();
            self.tokens.push(Token {
                kind: TokenKind::Indent,
                start: here,
                end: here,
                level: 0,
            });
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                let here = self.here();
                self.tokens.push(Token {
                    kind: TokenKind::Dedent,
                    start: here,
                    end: here,
                    level: 0,
                });
            }
            let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let msg = "unindent does not match any outer indentation level";
                // CPython's offset here is the length of the line, newline included.
                let mut e = self.error_at(SyntaxErrorKind::IndentationError, msg, self.pos);
                let len = self.src.line_text(self.line).chars().count();
                (e.offset, e.end_offset) = (len as u32, -1);
                return Err(self.state_error(e));
            }
            if altcol != alttop {
                return Err(self.tab_error());
            }
        }
        Ok(())
    }

    #[cold]
    fn tab_error(&self) -> SyntaxError {
        let msg = "inconsistent use of tabs and spaces in indentation";
        self.state_error(self.error_range(SyntaxErrorKind::TabError, msg, 0, -1))
    }

    /// Marks `e` as an error of the tokenizer's state (see [`Lexed::state_error`]), whose
    /// text is the line as the tokenizer holds it.
    #[cold]
    fn state_error(&self, mut e: SyntaxError) -> SyntaxError {
        self.state_error.set(true);
        e.text = Some(self.src.state_error_text(e.lineno));
        e
    }

    /// End of input: a NEWLINE if the last line had none, then DEDENTs and ENDMARKER.
    fn finish(&mut self) -> LexResult<()> {
        if let Some(&(open, at)) = self.brackets.last() {
            let text = self.src.state_error_text(at.line);
            let offset = self.src.char_offset(at.line, at.col as i64) as u32;
            let msg = format!("'{}' was never closed", open as char);
            return Err(SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg,
                lineno: at.line,
                offset,
                end_lineno: at.line,
                end_offset: 0,
                text: Some(text),
            });
        }
        let needs_newline = self.tokens.last().is_some_and(|t| {
            !matches!(
                t.kind,
                TokenKind::Newline | TokenKind::Dedent | TokenKind::Indent
            )
        });
        if needs_newline {
            let start = self.here();
            self.tokens.push(Token {
                kind: TokenKind::Newline,
                start,
                end: start,
                level: 0,
            });
        }
        let end = if self.pos == self.line_start {
            self.here()
        } else {
            Pos {
                line: self.line + 1,
                col: 0,
            }
        };
        for _ in 1..self.indents.len() {
            self.tokens.push(Token {
                kind: TokenKind::Dedent,
                start: end,
                end,
                level: 0,
            });
        }
        self.tokens.push(Token {
            kind: TokenKind::EndMarker,
            start: end,
            end,
            level: 0,
        });
        Ok(())
    }

    fn token(&mut self) -> LexResult<()> {
        let c = self.peek();
        let start = self.pos;
        match c {
            b'#' => {
                while !self.at_eof() && self.peek() != b'\n' {
                    self.pos += 1;
                }
                Ok(())
            }
            b'\n' => {
                if self.brackets.is_empty() {
                    self.pos += 1;
                    let start = self.pos_of(start);
                    self.tokens.push(Token {
                        kind: TokenKind::Newline,
                        start,
                        end: start,
                        level: 0,
                    });
                    self.at_line_start = true;
                } else {
                    self.pos += 1;
                }
                self.newline_seen();
                Ok(())
            }
            b'\\' => self.continuation(),
            b'0'..=b'9' => self.number(),
            b'.' if self.peek_at(1).is_ascii_digit() => self.number(),
            b'"' | b'\'' => self.string(start, StrFlags::default()),
            c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name_or_string(),
            _ => self.operator(),
        }
    }

    /// A backslash joining lines. CPython's `E_EOF` when the input ends after it, its
    /// `E_LINECONT` when anything but a newline follows (the end of input included; its
    /// column is one past the character read after the backslash).
    fn continuation(&mut self) -> LexResult<()> {
        let col = (self.pos - self.line_start) as i64;
        self.pos += 1;
        if self.peek() == b'\n' && self.pos + 1 < self.bytes.len() {
            self.pos += 1;
            self.newline_seen();
            return Ok(());
        }
        let e = if self.peek() == b'\n' {
            let mut e = self.error_range(
                SyntaxErrorKind::SyntaxError,
                "unexpected EOF while parsing",
                col + 1,
                -1,
            );
            e.end_offset = -1;
            e
        } else {
            let msg = "unexpected character after line continuation character";
            let read = if self.at_eof() { 0 } else { 1 };
            self.error_range(SyntaxErrorKind::SyntaxError, msg, col + read, -1)
        };
        Err(self.state_error(e))
    }

    fn name_or_string(&mut self) -> LexResult<()> {
        let start = self.pos;
        while let Some(len) = self.ident_char_len() {
            self.pos += len;
        }
        let word = &self.src.text[start..self.pos];
        if matches!(self.peek(), b'"' | b'\'')
            && let Some(flags) = string_prefix(word)
        {
            return self.string(start, flags);
        }
        let name = self.identifier(start, word)?;
        self.push(TokenKind::Name(name), start);
        Ok(())
    }

    /// Length of the identifier character at the cursor, if there is one.
    fn ident_char_len(&self) -> Option<usize> {
        let c = self.peek();
        if c == b'_' || c.is_ascii_alphanumeric() {
            return Some(1);
        }
        if c < 0x80 {
            return None;
        }
        self.src.text[self.pos..].chars().next().map(char::len_utf8)
    }

    /// Validates a non-ASCII identifier and NFKC-normalizes it, as `verify_identifier`.
    fn identifier(&self, start: usize, word: &str) -> LexResult<String> {
        if word.is_ascii() {
            return Ok(word.to_string());
        }
        for (i, ch) in word.char_indices() {
            let valid = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !valid {
                let msg = format!("invalid character '{ch}' (U+{:04X})", ch as u32);
                return Err(self.syntax_error(msg, start + i + ch.len_utf8()));
            }
        }
        Ok(word.nfkc().collect())
    }

    fn operator(&mut self) -> LexResult<()> {
        let start = self.pos;
        let rest = &self.src.text[start..];
        let op = [3, 2, 1]
            .into_iter()
            .filter(|&n| rest.is_char_boundary(n.min(rest.len())) && n <= rest.len())
            .find_map(|n| Op::from_text(&rest[..n]));
        let Some(op) = op else {
            return self.invalid_character(start);
        };
        self.pos += op.text().len();
        self.track_bracket(op, start)?;
        self.push(TokenKind::Op(op), start);
        Ok(())
    }

    #[cold]
    fn invalid_character(&mut self, start: usize) -> LexResult<()> {
        let ch = self.src.text[start..].chars().next().unwrap_or('\0');
        if ch.is_ascii() && !ch.is_ascii_control() {
            // CPython returns an ERRORTOKEN here, which the parser reports as invalid syntax
            // when it gets that far.
            self.pos += 1;
            let start_pos = self.pos_of(start);
            return Err(self.state_error(self.src.error(
                SyntaxErrorKind::SyntaxError,
                "invalid syntax",
                start_pos,
                (self.line, (self.pos - self.line_start) as i64),
            )));
        }
        let msg = if ch.is_ascii() {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        } else {
            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
        };
        Err(self.syntax_error(msg, start + ch.len_utf8()))
    }

    fn track_bracket(&mut self, op: Op, start: usize) -> LexResult<()> {
        let open = match op {
            Op::LPar => Some(b'('),
            Op::LSqb => Some(b'['),
            Op::LBrace => Some(b'{'),
            _ => None,
        };
        if let Some(open) = open {
            if self.brackets.len() >= MAX_LEVEL {
                return Err(self.syntax_error("too many nested parentheses", self.pos));
            }
            self.brackets.push((open, self.pos_of(start)));
            return Ok(());
        }
        let close = match op {
            Op::RPar => b')',
            Op::RSqb => b']',
            Op::RBrace => b'}',
            _ => return Ok(()),
        };
        let Some((open, at)) = self.brackets.pop() else {
            return Err(self.syntax_error(format!("unmatched '{}'", close as char), self.pos));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close != expected {
            let msg = if at.line != self.line {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                    close as char, open as char, at.line
                )
            } else {
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    close as char, open as char
                )
            };
            return Err(self.syntax_error(msg, self.pos));
        }
        Ok(())
    }

    /// Scans a string literal whose prefix starts at `start` and whose opening quote is
    /// at the cursor. Escapes are decoded later, by the parser.
    fn string(&mut self, start: usize, flags: StrFlags) -> LexResult<()> {
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        let qlen = if triple { 3 } else { 1 };
        let (start_line, start_line_start) = (self.line, self.line_start);
        self.pos += qlen;
        let body_start = self.pos;
        loop {
            if self.at_eof() {
                return Err(self.unterminated(triple, start, start_line, start_line_start));
            }
            let c = self.peek();
            if c == quote && (!triple || (self.peek_at(1) == quote && self.peek_at(2) == quote)) {
                break;
            }
            if c == b'\n' {
                if !triple {
                    return Err(self.unterminated(false, start, start_line, start_line_start));
                }
                self.pos += 1;
                self.newline_seen();
                continue;
            }
            self.pos += 1;
            if c == b'\\' && !self.at_eof() {
                if self.peek() == b'\n' {
                    self.pos += 1;
                    self.newline_seen();
                } else {
                    self.pos += 1;
                }
            }
        }
        let body_end = self.pos;
        self.pos += qlen;
        let tok = StrToken {
            flags,
            start,
            body_start,
            body_end,
            end: self.pos,
        };
        let start_pos = Pos {
            line: start_line,
            col: (start - start_line_start) as u32,
        };
        self.tokens.push(Token {
            kind: TokenKind::Str(tok),
            start: start_pos,
            end: self.here(),
            level: self.brackets.len() as u32,
        });
        Ok(())
    }

    #[cold]
    fn unterminated(
        &self,
        triple: bool,
        start: usize,
        start_line: u32,
        start_line_start: usize,
    ) -> SyntaxError {
        let detected = if self.at_eof() && self.pos == self.line_start && self.line > 1 {
            self.line - 1
        } else {
            self.line
        };
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        let text = self
            .src
            .line_text(start_line)
            .trim_end_matches('\n')
            .to_string();
        let col = (start - start_line_start) as i64;
        let offset = self.src.char_offset(start_line, col) as u32;
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            lineno: start_line,
            offset,
            end_lineno: start_line,
            end_offset: offset as i32,
            text: Some(text),
        }
    }
}

/// The flags of a string prefix, if `word` is one (`r`, `b`, `rb`, `f`, `u`, any case).
fn string_prefix(word: &str) -> Option<StrFlags> {
    if word.len() > 2 {
        return None;
    }
    let mut flags = StrFlags::default();
    for c in word.bytes() {
        let seen = match c.to_ascii_lowercase() {
            b'r' => std::mem::replace(&mut flags.raw, true),
            b'b' => std::mem::replace(&mut flags.bytes, true),
            b'f' => std::mem::replace(&mut flags.fstring, true),
            b'u' => std::mem::replace(&mut flags.unicode, true),
            _ => return None,
        };
        if seen {
            return None;
        }
    }
    let valid = !((flags.unicode && word.len() > 1) || (flags.bytes && flags.fstring));
    valid.then_some(flags)
}

impl Lexer<'_> {
    fn number(&mut self) -> LexResult<()> {
        let start = self.pos;
        let kind = if self.peek() == b'0'
            && matches!(self.peek_at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        {
            self.radix_number(start)?
        } else {
            self.decimal_number(start)?
        };
        self.push(kind, start);
        Ok(())
    }

    fn radix_number(&mut self, start: usize) -> LexResult<TokenKind> {
        let (radix, kind) = match self.peek_at(1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            _ => (2, "binary"),
        };
        self.pos += 2;
        let mut digits = String::new();
        loop {
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let c = self.peek();
            if (c as char).is_digit(radix) {
                digits.push(c as char);
                self.pos += 1;
                continue;
            }
            if c.is_ascii_digit() {
                self.pos += 1;
                return Err(self.syntax_error(
                    format!("invalid digit '{}' in {kind} literal", c as char),
                    self.pos,
                ));
            }
            if digits.is_empty() || self.bytes[self.pos - 1] == b'_' {
                return Err(self.syntax_error(format!("invalid {kind} literal"), self.pos));
            }
            break;
        }
        self.end_of_number(kind)?;
        let value = BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default();
        let _ = start;
        Ok(TokenKind::Int(value))
    }

    /// Digits with single underscores between them; returns false when an underscore
    /// is not followed by a digit (the cursor is then past it).
    fn decimal_tail(&mut self, out: &mut String) -> bool {
        loop {
            while self.peek().is_ascii_digit() {
                out.push(self.peek() as char);
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return true;
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return false;
            }
        }
    }

    fn decimal_number(&mut self, start: usize) -> LexResult<TokenKind> {
        let mut text = String::new();
        if !self.decimal_tail(&mut text) {
            return Err(self.syntax_error("invalid decimal literal", self.pos));
        }
        let mut is_float = false;
        if self.peek() == b'.' {
            is_float = true;
            self.pos += 1;
            text.push('.');
            if self.peek().is_ascii_digit() && !self.decimal_tail(&mut text) {
                return Err(self.syntax_error("invalid decimal literal", self.pos));
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let after = self.peek_at(1);
            let signed = matches!(after, b'+' | b'-');
            if signed && !self.peek_at(2).is_ascii_digit() {
                self.pos += 2;
                return Err(self.syntax_error("invalid decimal literal", self.pos));
            }
            if signed || after.is_ascii_digit() {
                is_float = true;
                text.push('e');
                self.pos += 1;
                if signed {
                    text.push(after as char);
                    self.pos += 1;
                }
                if !self.decimal_tail(&mut text) {
                    return Err(self.syntax_error("invalid decimal literal", self.pos));
                }
            }
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            self.end_of_number("imaginary")?;
            return Ok(TokenKind::Imag(text.parse().unwrap_or(f64::INFINITY)));
        }
        self.end_of_number("decimal")?;
        if is_float {
            return Ok(TokenKind::Float(text.parse().unwrap_or(f64::INFINITY)));
        }
        if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
            let zeros = text.bytes().take_while(|&b| b == b'0').count();
            let raw_zeros = self.src.text[start..]
                .bytes()
                .take_while(|&b| b == b'0' || b == b'_')
                .count();
            let col = (start - self.line_start) as i64;
            let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
            let _ = zeros;
            return Err(self.error_range(
                SyntaxErrorKind::SyntaxError,
                msg,
                col,
                col + raw_zeros as i64,
            ));
        }
        Ok(TokenKind::Int(text.parse().unwrap_or_default()))
    }

    /// CPython's `verify_end_of_number`: a number may not run into a name, except the
    /// keywords that can follow a number in valid code.
    fn end_of_number(&mut self, kind: &str) -> LexResult<()> {
        let rest = &self.bytes[self.pos..];
        let c = self.peek();
        let keyword_follows = ["and", "else", "for", "if", "in", "is", "or", "not"]
            .iter()
            .any(|k| rest.starts_with(k.as_bytes()));
        if keyword_follows || !(c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80) {
            return Ok(());
        }
        Err(self.syntax_error(format!("invalid {kind} literal"), self.pos))
    }
}

#[cfg(test)]
mod tests;
