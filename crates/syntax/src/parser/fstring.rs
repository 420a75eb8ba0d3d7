//! f-strings, Python 3.11 style: the literal is one string token whose inside is
//! split here into literal text and replacement fields; each field's expression is
//! parsed by a nested parser over `(expr)`. Counterpart of the f-string half of
//! CPython 3.11's `Parser/string_parser.c`.

use super::{PResult, Parser, Shift};
use crate::ast::{Constant, Expr, ExprKind, Span};
use crate::lexer::tokenize;
use crate::source::Source;
use crate::token::{StrToken, Token, TokenKind};

/// CPython's `FstringParser`: collects the parts of a concatenation of literals.
pub(super) struct FstringBuilder {
    span: Span,
    kind: Option<String>,
    last_str: String,
    values: Vec<Expr>,
}

impl FstringBuilder {
    pub(super) fn new(span: Span, kind: Option<String>) -> FstringBuilder {
        FstringBuilder {
            span,
            kind,
            last_str: String::new(),
            values: Vec::new(),
        }
    }

    pub(super) fn push_literal(&mut self, text: &str) {
        self.last_str.push_str(text);
    }

    fn flush(&mut self) {
        if !self.last_str.is_empty() {
            let value = Constant::Str(std::mem::take(&mut self.last_str));
            self.values.push(Expr {
                kind: ExprKind::Constant {
                    value,
                    kind: self.kind.clone(),
                },
                span: self.span,
            });
        }
    }

    fn push_expr(&mut self, e: Expr) {
        self.flush();
        self.values.push(e);
    }

    pub(super) fn finish(mut self) -> Expr {
        self.flush();
        Expr {
            kind: ExprKind::JoinedStr(self.values),
            span: self.span,
        }
    }
}

/// The body of one f-string token being scanned.
struct Scan<'s> {
    tok: &'s StrToken,
    token: &'s Token,
    /// The token's whole text (prefix and quotes included) and the cursor in it.
    text: &'s str,
    pos: usize,
    end: usize,
}

impl Parser<'_> {
    /// Parses the inside of f-string token `s` into `builder`.
    pub(super) fn fstring(
        &mut self,
        builder: &mut FstringBuilder,
        s: &StrToken,
        t: &Token,
    ) -> PResult<()> {
        let text = &self.src.text[s.start..s.end];
        let mut scan = Scan {
            tok: s,
            token: t,
            text,
            pos: s.body_start - s.start,
            end: s.body_end - s.start,
        };
        self.fstring_parts(builder, &mut scan, 0)?;
        Ok(())
    }

    /// fstring_find_literal_and_expr in a loop: literal text and replacement fields,
    /// up to the end of the body (level 0) or the '}' ending a format spec.
    fn fstring_parts(
        &mut self,
        b: &mut FstringBuilder,
        scan: &mut Scan<'_>,
        level: u32,
    ) -> PResult<()> {
        loop {
            let doubled = self.fstring_literal(b, scan, level)?;
            if doubled {
                continue;
            }
            if scan.pos >= scan.end || scan.text.as_bytes()[scan.pos] == b'}' {
                return Ok(());
            }
            let value = self.fstring_field(b, scan, level)?;
            b.push_expr(value);
        }
    }

    /// Scans literal text; returns true when it stopped after a doubled brace.
    fn fstring_literal(
        &mut self,
        b: &mut FstringBuilder,
        scan: &mut Scan<'_>,
        level: u32,
    ) -> PResult<bool> {
        let bytes = scan.text.as_bytes();
        let start = scan.pos;
        let mut i = scan.pos;
        let mut doubled = false;
        while i < scan.end {
            let mut c = bytes[i];
            i += 1;
            if !scan.tok.flags.raw && c == b'\\' && i < scan.end {
                c = bytes[i];
                i += 1;
                if c == b'N' {
                    if i < scan.end && bytes[i] == b'{' {
                        while i < scan.end && bytes[i] != b'}' {
                            i += 1;
                        }
                        i += 1;
                    }
                    continue;
                }
            }
            if c == b'{' || c == b'}' {
                if level == 0 {
                    if i < scan.end && bytes[i] == c {
                        doubled = true;
                        break;
                    }
                    if c == b'}' {
                        return Err(self.error_at_next("f-string: single '}' is not allowed"));
                    }
                }
                i -= 1;
                break;
            }
        }
        let i = i.min(scan.end);
        let lit_start = scan.tok.start + start;
        let lit_end = scan.tok.start + i;
        let text = self.decode_str(scan.tok, lit_start, lit_end)?;
        b.push_literal(&text);
        scan.pos = if doubled { i + 1 } else { i };
        Ok(doubled)
    }

    /// fstring_find_expr: a replacement field from its '{' through its '}'.
    fn fstring_field(
        &mut self,
        b: &mut FstringBuilder,
        scan: &mut Scan<'_>,
        level: u32,
    ) -> PResult<Expr> {
        if level >= 2 {
            return Err(self.error_at_next("f-string: expressions nested too deeply"));
        }
        let bytes = scan.text.as_bytes();
        let brace = scan.pos;
        let expr_start = brace + 1;
        let expr_end = self.fstring_expr_end(scan, expr_start)?;
        let expr_text = &scan.text[expr_start..expr_end];
        if expr_text
            .trim_matches([' ', '\t', '\n', '\x0c', '\r'])
            .is_empty()
        {
            let msg = match bytes[expr_end] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_string(),
            };
            return Err(self.error_at_next(&msg));
        }
        let value = self.fstring_compile_expr(scan, brace, expr_text)?;
        let mut i = expr_end;
        if bytes[i] == b'=' {
            i += 1;
            while i < scan.end && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            b.push_literal(&scan.text[expr_start..i]);
        }
        let debug = bytes[expr_end] == b'=';
        let mut conversion = -1;
        if i < scan.end && bytes[i] == b'!' {
            i += 1;
            let c = if i < scan.end {
                bytes[i]
            } else {
                return Err(self.error_at_next("f-string: expecting '}'"));
            };
            i += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(self.error_at_next(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
            conversion = c as i32;
        }
        let mut format_spec = None;
        if i < scan.end && bytes[i] == b':' {
            scan.pos = i + 1;
            // CPython gives a format spec the span of its own token, not of the whole group.
            let token_span = self.span(scan.token.start, scan.token.end);
            let mut spec = FstringBuilder::new(token_span, b.kind.clone());
            self.fstring_parts(&mut spec, scan, level + 1)?;
            format_spec = Some(Box::new(spec.finish()));
            i = scan.pos;
        }
        if i >= scan.end || bytes[i] != b'}' {
            return Err(self.error_at_next("f-string: expecting '}'"));
        }
        scan.pos = i + 1;
        if debug && format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
        Ok(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            span: b.span,
        })
    }

    /// Finds where a field's expression ends: the first `!`, `:`, `=` or `}` outside
    /// brackets and strings (but not the `!=`, `==`, `<=`, `>=` operators).
    fn fstring_expr_end(&self, scan: &Scan<'_>, from: usize) -> PResult<usize> {
        let bytes = scan.text.as_bytes();
        let mut parens: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        let mut i = from;
        while i < scan.end {
            let c = bytes[i];
            if c == b'\\' {
                return Err(
                    self.error_at_next("f-string expression part cannot include a backslash")
                );
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || bytes[i..].starts_with(&[q, q, q])) {
                    i += if triple { 3 } else { 1 };
                    quote = None;
                } else {
                    i += 1;
                }
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = bytes[i..scan.end].starts_with(&[c, c, c]);
                    quote = Some((c, triple));
                    i += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'(' | b'{' => {
                    if parens.len() >= 200 {
                        return Err(self.error_at_next("f-string: too many nested parenthesis"));
                    }
                    parens.push(c);
                }
                b'#' => {
                    return Err(self.error_at_next("f-string expression part cannot include '#'"));
                }
                b']' | b')' | b'}' if !parens.is_empty() => {
                    let open = parens.pop().unwrap_or(b'(');
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        return Err(self.error_at_next(&msg));
                    }
                }
                b']' | b')' => {
                    return Err(self.error_at_next(&format!("f-string: unmatched '{}'", c as char)));
                }
                b'!' | b'=' | b'<' | b'>' | b':' | b'}' if parens.is_empty() => {
                    if i + 1 < scan.end && bytes[i + 1] == b'=' && c != b':' && c != b'}' {
                        i += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        return Ok(i);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err(self.error_at_next("f-string: unterminated string"));
        }
        if let Some(open) = parens.last() {
            return Err(self.error_at_next(&format!("f-string: unmatched '{}'", *open as char)));
        }
        Err(self.error_at_next("f-string: expecting '}'"))
    }

    /// fstring_compile_expr: parses `(expr)` with positions moved to where the
    /// expression sits in the outer source, as CPython 3.11 places them.
    fn fstring_compile_expr(&mut self, scan: &Scan<'_>, brace: usize, expr: &str) -> PResult<Expr> {
        let parent = scan.text;
        let lines = parent[..brace].bytes().filter(|&b| b == b'\n').count() as u32;
        let after = &parent[brace + 1..];
        let newline_after_brace = after
            .bytes()
            .take_while(|&b| b != b'}' && b != b'\n')
            .all(|b| matches!(b, b' ' | b'\t' | b'\x0c'));
        let cols = if newline_after_brace {
            0
        } else {
            match parent[..brace].rfind('\n') {
                Some(nl) => brace - nl - 1,
                None => brace,
            }
        } as u32;
        let t = self.shift_pos(scan.token.start);
        let shift = Shift {
            lines: t.line - 1 + lines,
            cols: if lines == 0 { t.col + cols } else { cols },
        };
        let src = Source::new(&format!("({expr})"));
        let lexed = tokenize(&src);
        let mut sub = Parser::new(&src, lexed, shift, true);
        sub.depth = self.depth;
        let result = sub.fstring_input();
        result.map_err(|e| sub.prefer_tokenizer_error(e))
    }

    /// fstring: star_expressions, then the end of the nested input.
    fn fstring_input(&mut self) -> PResult<Expr> {
        let e = self.star_expressions()?;
        while matches!(self.kind(), TokenKind::Newline) {
            self.advance();
        }
        self.expect_end()?;
        Ok(e)
    }
}
