//! The recursive-descent parser: tokens to AST. Function names follow the rules of
//! CPython's `Grammar/python.gram`. Counterpart of CPython's `Parser/parser.c` and
//! `Parser/pegen.c`.

mod compound;
mod depth;
mod expr;
mod fstring;
mod params;
mod pattern;
mod primary;
mod stmt;
mod string;
mod target;

use crate::ast::{Expr, Span, Stmt};
use crate::lexer::{Lexed, tokenize};
use crate::source::{Pos, Source};
use crate::token::{Op, Token, TokenKind, is_keyword};
use crate::{Mod, Mode, SyntaxError, SyntaxErrorKind};
use std::cell::Cell;

pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// Deepest recursion of the parser's expression and statement rules; past it the
/// input is rejected as too complex instead of overflowing the Rust stack.
const MAX_DEPTH: u32 = 500;

/// Where a nested parse (an f-string replacement field) sits in the outer source:
/// lines to add, and the column to add on its first line.
#[derive(Clone, Copy, Default)]
pub(crate) struct Shift {
    pub lines: u32,
    pub cols: u32,
}

pub(crate) struct Parser<'a> {
    src: &'a Source,
    tokens: Vec<Token>,
    pos: usize,
    /// The furthest token looked at, to know whether the parser reached a tokenizer error.
    furthest: Cell<usize>,
    lex_error: Option<SyntaxError>,
    /// See [`Lexed::state_error`](crate::lexer::Lexed::state_error).
    lex_state_error: bool,
    unclosed: Option<(u8, Pos)>,
    depth: u32,
    shift: Shift,
    /// True when parsing an f-string replacement field: errors get an "f-string: " prefix.
    in_fstring: bool,
    /// Set when the parse succeeded and a check of what follows failed: no tokenizer
    /// error found further on replaces that error.
    parsed: bool,
}

/// Parses a whole source text in the given mode.
pub fn parse(source: &str, mode: Mode) -> PResult<Mod> {
    let src = Source::translated(source, mode == Mode::Exec);
    let lexed = tokenize(&src);
    let mut parser = Parser::new(&src, lexed, Shift::default(), false);
    let result = match mode {
        Mode::Exec => parser.file().map(Mod::Module),
        Mode::Eval => parser.eval().map(Mod::Expression),
        Mode::Single => parser.interactive().map(Mod::Interactive),
    };
    result.map_err(|e| parser.prefer_tokenizer_error(e))
}

impl<'a> Parser<'a> {
    pub(crate) fn new(src: &'a Source, lexed: Lexed, shift: Shift, in_fstring: bool) -> Parser<'a> {
        Parser {
            src,
            tokens: lexed.tokens,
            pos: 0,
            furthest: Cell::new(0),
            lex_error: lexed.error,
            lex_state_error: lexed.state_error,
            unclosed: lexed.unclosed,
            depth: 0,
            shift,
            in_fstring,
            parsed: false,
        }
    }

    /// CPython reports a tokenizer error found anywhere in the source in place of a
    /// parser error, except that an unclosed bracket only wins when the parser got to
    /// the end of the input or failed on a later line than the bracket's, and that an
    /// error of the tokenizer's state only wins when the parser got to it.
    fn prefer_tokenizer_error(&self, err: SyntaxError) -> SyntaxError {
        let Some(lex_error) = self.lex_error.as_ref().filter(|_| !self.parsed) else {
            return err;
        };
        let reached = self.furthest.get() + 1 >= self.tokens.len();
        if self.lex_state_error && !reached {
            return err;
        }
        match self.unclosed {
            Some((_, at)) if !reached && err.end_lineno <= at.line => err,
            _ => lex_error.clone(),
        }
    }

    fn file(&mut self) -> PResult<Vec<Stmt>> {
        let body = self.statements()?;
        self.expect_end()?;
        Ok(body)
    }

    fn eval(&mut self) -> PResult<Box<Expr>> {
        let e = self.expressions()?;
        while matches!(self.kind(), TokenKind::Newline) {
            self.advance();
        }
        self.expect_end()?;
        Ok(Box::new(e))
    }

    fn interactive(&mut self) -> PResult<Vec<Stmt>> {
        if matches!(self.kind(), TokenKind::Newline) {
            self.advance();
        }
        if matches!(self.kind(), TokenKind::EndMarker) {
            return Ok(Vec::new());
        }
        let body = self.statement()?;
        self.single_statement_only()?;
        while matches!(self.kind(), TokenKind::Newline | TokenKind::Dedent) {
            self.advance();
        }
        self.expect_end()?;
        Ok(body)
    }

    /// `single` mode: after simple statements (which end at their NEWLINE), anything
    /// but comments and blank lines is an error, as `bad_single_statement` checks.
    fn single_statement_only(&mut self) -> PResult<()> {
        let newline = match self.tokens[..self.pos].last() {
            Some(t) if matches!(t.kind, TokenKind::Newline) => t.start,
            _ => return Ok(()),
        };
        if matches!(self.kind(), TokenKind::EndMarker) {
            return Ok(());
        }
        self.parsed = true;
        let msg = "multiple statements found while compiling a single statement";
        Err(self.error_span(msg, newline, newline))
    }

    fn expect_end(&mut self) -> PResult<()> {
        match self.kind() {
            TokenKind::EndMarker => Ok(()),
            _ => Err(self.unexpected()),
        }
    }

    // ---- token access ----

    fn tok(&self) -> &Token {
        if self.pos > self.furthest.get() {
            self.furthest.set(self.pos);
        }
        &self.tokens[self.pos]
    }

    fn kind(&self) -> &TokenKind {
        &self.tok().kind
    }

    /// The token `n` places ahead (never past the last one).
    fn peek_tok(&self, n: usize) -> &Token {
        let idx = (self.pos + n).min(self.tokens.len() - 1);
        if idx > self.furthest.get() {
            self.furthest.set(idx);
        }
        &self.tokens[idx]
    }

    fn advance(&mut self) -> &Token {
        let idx = self.pos;
        if !matches!(
            self.tokens[idx].kind,
            TokenKind::EndMarker | TokenKind::Error
        ) {
            self.pos += 1;
        }
        &self.tokens[idx]
    }

    fn at_op(&self, op: Op) -> bool {
        self.tok().is_op(op)
    }

    fn at_kw(&self, kw: &str) -> bool {
        self.tok().is_name(kw)
    }

    fn eat_op(&mut self, op: Op) -> bool {
        let found = self.at_op(op);
        if found {
            self.advance();
        }
        found
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        let found = self.at_kw(kw);
        if found {
            self.advance();
        }
        found
    }

    fn expect_op(&mut self, op: Op) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    /// A `:` that CPython reports as "expected ':'" when missing.
    fn expect_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon) {
            return Ok(());
        }
        if matches!(self.kind(), TokenKind::Error) {
            return Err(self.unexpected());
        }
        Err(self.error_here("expected ':'"))
    }

    /// A name that is not a keyword.
    fn at_name(&self) -> bool {
        matches!(self.kind(), TokenKind::Name(n) if !is_keyword(n))
    }

    fn name(&mut self) -> PResult<String> {
        match self.kind() {
            TokenKind::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.advance();
                Ok(n)
            }
            _ => Err(self.unexpected()),
        }
    }

    fn start(&self) -> Pos {
        self.tok().start
    }

    /// End of the last token taken.
    fn prev_end(&self) -> Pos {
        self.tokens[self.pos.saturating_sub(1)].end
    }

    /// The span from `start` to the end of the last token taken.
    fn span_from(&self, start: Pos) -> Span {
        self.span(start, self.prev_end())
    }

    fn span(&self, start: Pos, end: Pos) -> Span {
        let (s, e) = (self.shift_pos(start), self.shift_pos(end));
        Span {
            lineno: s.line,
            col: s.col,
            end_lineno: e.line,
            end_col: e.col,
        }
    }

    fn shift_pos(&self, p: Pos) -> Pos {
        let col = if p.line == 1 {
            p.col + self.shift.cols
        } else {
            p.col
        };
        Pos {
            line: p.line + self.shift.lines,
            col,
        }
    }

    // ---- recursion guard ----

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_here("too complex"));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- errors ----

    /// A syntax error with CPython's kind of location: byte positions on the source.
    #[cold]
    fn error(&self, kind: SyntaxErrorKind, msg: &str, start: Pos, end: Pos) -> SyntaxError {
        let msg = if self.in_fstring {
            format!("f-string: {msg}")
        } else {
            msg.to_string()
        };
        self.src.error(kind, msg, start, (end.line, end.col as i64))
    }

    /// An error spanning the current token.
    #[cold]
    fn error_here(&self, msg: &str) -> SyntaxError {
        let t = self.tok();
        if matches!(t.kind, TokenKind::Error)
            && let Some(e) = &self.lex_error
        {
            return e.clone();
        }
        if matches!(t.kind, TokenKind::Dedent | TokenKind::EndMarker)
            && let Some(newline) = self.tokens[..self.pos]
                .iter()
                .rev()
                .find(|t| matches!(t.kind, TokenKind::Newline))
        {
            // CPython places errors at a DEDENT after the end of the last line, with no end.
            let mut e = self.error(
                SyntaxErrorKind::SyntaxError,
                msg,
                newline.start,
                newline.start,
            );
            e.end_offset = -1;
            return e;
        }
        self.error(SyntaxErrorKind::SyntaxError, msg, t.start, t.end)
    }

    #[cold]
    fn error_span(&self, msg: &str, start: Pos, end: Pos) -> SyntaxError {
        self.error(SyntaxErrorKind::SyntaxError, msg, start, end)
    }

    /// An error over the (unshifted) extent of a node.
    #[cold]
    fn error_node(&self, msg: &str, span: Span) -> SyntaxError {
        let (start, end) = self.unshift(span);
        self.error_span(msg, start, end)
    }

    fn unshift(&self, span: Span) -> (Pos, Pos) {
        let back = |line: u32, col: u32| {
            let line = line.saturating_sub(self.shift.lines);
            let col = if line == 1 {
                col.saturating_sub(self.shift.cols)
            } else {
                col
            };
            Pos { line, col }
        };
        (
            back(span.lineno, span.col),
            back(span.end_lineno, span.end_col),
        )
    }

    /// The generic error at the current token: "invalid syntax", or what the token
    /// itself says (an unexpected indent, a tokenizer error).
    #[cold]
    fn unexpected(&self) -> SyntaxError {
        let t = self.tok();
        match t.kind {
            TokenKind::Indent => {
                let msg = "unexpected indent";
                let mut e = self.error(SyntaxErrorKind::IndentationError, msg, t.start, t.start);
                e.offset = t.start.col.max(1);
                e.end_offset = -1;
                e
            }
            TokenKind::Dedent => self.error(
                SyntaxErrorKind::IndentationError,
                "unexpected unindent",
                t.start,
                t.start,
            ),
            _ => self.error_here("invalid syntax"),
        }
    }
}
