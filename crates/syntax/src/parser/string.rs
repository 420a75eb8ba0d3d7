//! String and bytes literals: escape decoding and the concatenation of adjacent
//! literals. Counterpart of CPython's `Parser/string_parser.c` (the non-f-string
//! half) and `_PyPegen_concatenate_strings`.

use super::fstring::FstringBuilder;
use super::{PResult, Parser};
use crate::SyntaxErrorKind;
use crate::ast::{Constant, Expr, ExprKind};
use crate::token::{StrToken, Token, TokenKind};

impl Parser<'_> {
    /// strings: STRING+ — one constant, or a JoinedStr when any part is an f-string.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first = self.pos;
        while matches!(self.kind(), TokenKind::Str(_)) {
            self.advance();
        }
        let toks: Vec<Token> = self.tokens[first..self.pos].to_vec();
        let start = toks[0].start;
        let span = self.span_from(start);
        let strs: Vec<StrToken> = toks
            .iter()
            .filter_map(|t| {
                if let TokenKind::Str(s) = t.kind {
                    Some(s)
                } else {
                    None
                }
            })
            .collect();
        let is_bytes = strs[0].flags.bytes;
        if strs.iter().any(|s| s.flags.bytes != is_bytes) {
            return Err(self.error_at_next("cannot mix bytes and nonbytes literals"));
        }
        if is_bytes {
            let mut out = Vec::new();
            for (s, t) in strs.iter().zip(&toks) {
                out.extend(self.decode_bytes(s, t)?);
            }
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Bytes(out),
                    kind: None,
                },
                span,
            });
        }
        let kind = (self.src.text.as_bytes()[strs[0].start] == b'u').then(|| "u".to_string());
        if !strs.iter().any(|s| s.flags.fstring) {
            let mut out = String::new();
            for s in &strs {
                out.push_str(&self.decode_str(s, s.body_start, s.body_end)?);
            }
            return Ok(Expr {
                kind: ExprKind::Constant {
                    value: Constant::Str(out),
                    kind,
                },
                span,
            });
        }
        let mut builder = FstringBuilder::new(span, kind);
        for (s, t) in strs.iter().zip(&toks) {
            if s.flags.fstring {
                self.fstring(&mut builder, s, t)?;
            } else {
                let text = self.decode_str(s, s.body_start, s.body_end)?;
                builder.push_literal(&text);
            }
        }
        Ok(builder.finish())
    }

    /// An error placed on the token after the strings, where CPython reports
    /// errors found while building them.
    #[cold]
    pub(super) fn error_at_next(&self, msg: &str) -> crate::SyntaxError {
        let t = self.tok();
        self.src.error(
            SyntaxErrorKind::SyntaxError,
            msg,
            t.start,
            (t.end.line, t.end.col as i64),
        )
    }

    /// Decodes the escapes of `start..end` in the body of a str literal.
    pub(super) fn decode_str(&self, s: &StrToken, start: usize, end: usize) -> PResult<String> {
        let body = &self.src.text[start..end];
        if s.flags.raw || !body.contains('\\') {
            return Ok(body.to_string());
        }
        decode_escapes(body).map_err(|msg| self.error_at_next(&msg))
    }

    fn decode_bytes(&self, s: &StrToken, t: &Token) -> PResult<Vec<u8>> {
        let body = &self.src.text[s.body_start..s.body_end];
        if !body.is_ascii() {
            let msg = "bytes can only contain ASCII literal characters";
            let mut e = self.src.error(
                SyntaxErrorKind::SyntaxError,
                msg,
                t.start,
                (t.end.line, t.end.col as i64),
            );
            // CPython leaves this end column in bytes.
            e.end_offset = t.end.col as i32 + 1;
            return Err(e);
        }
        if s.flags.raw {
            return Ok(body.as_bytes().to_vec());
        }
        decode_byte_escapes(body.as_bytes()).map_err(|msg| self.error_at_next(&msg))
    }
}

/// Position of the byte at `i` as CPython's unicode-escape decoder counts it: it sees
/// non-ASCII characters as `\UXXXXXXXX` escapes of ten bytes.
fn escape_position(body: &str, i: usize) -> usize {
    body[..i]
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

#[cold]
fn unicode_error(body: &str, start: usize, end: usize, what: &str) -> String {
    let (s, e) = (escape_position(body, start), escape_position(body, end) - 1);
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {s}-{e}: {what}")
}

/// Decodes the escapes of a str literal (`\n`, `\x41`, `\u0041`, `\N{NAME}`, ...).
fn decode_escapes(body: &str) -> Result<String, String> {
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(off) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + off]);
        let esc = i + off;
        i = esc + 1;
        let Some(&c) = bytes.get(i) else {
            return Err(unicode_error(body, esc, esc + 1, "\\ at end of string"));
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c as char),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let (value, len) = octal(&bytes[i - 1..]);
                i += len - 1;
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = bytes[i..]
                    .iter()
                    .take(n)
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                if digits < n {
                    return Err(unicode_error(body, esc, i + digits, what));
                }
                let value = u32::from_str_radix(&body[i..i + n], 16).unwrap_or(u32::MAX);
                i += n;
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if value < 0x110000 => out.push('\u{fffd}'),
                    None => return Err(unicode_error(body, esc, i, "illegal Unicode character")),
                }
            }
            b'N' => {
                let (ch, len) = named_escape(body, esc)?;
                i = esc + len;
                out.push(ch);
            }
            _ => {
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Up to three octal digits: their value and how many there were.
fn octal(bytes: &[u8]) -> (u32, usize) {
    let len = bytes
        .iter()
        .take(3)
        .take_while(|b| (b'0'..=b'7').contains(b))
        .count();
    let value = bytes[..len]
        .iter()
        .fold(0, |v, b| v * 8 + (b - b'0') as u32);
    (value, len)
}

/// `\N{NAME}` at byte `esc`: the character and the escape's length.
fn named_escape(body: &str, esc: usize) -> Result<(char, usize), String> {
    let rest = &body[esc + 2..];
    if !rest.starts_with('{') {
        return Err(unicode_error(
            body,
            esc,
            esc + 2,
            "malformed \\N character escape",
        ));
    }
    let Some(close) = rest.find('}') else {
        return Err(unicode_error(
            body,
            esc,
            body.len(),
            "malformed \\N character escape",
        ));
    };
    let name = &rest[1..close];
    let end = esc + 2 + close + 1;
    match unicode_names2::character(name) {
        Some(ch) if !name.is_empty() => Ok((ch, end - esc)),
        _ => Err(unicode_error(
            body,
            esc,
            end,
            "unknown Unicode character name",
        )),
    }
}

/// Decodes the escapes of a bytes literal; `\u`, `\U` and `\N` stay as they are.
fn decode_byte_escapes(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let (value, len) = octal(&bytes[i - 1..]);
                i += len - 1;
                out.push((value & 0xff) as u8);
            }
            b'x' => {
                let hex = bytes
                    .get(i..i + 2)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit));
                let Some(hex) = hex else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    ));
                };
                out.push(
                    u8::from_str_radix(std::str::from_utf8(hex).unwrap_or("0"), 16).unwrap_or(0),
                );
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::decode_escapes;

    #[test]
    fn escapes() {
        assert_eq!(
            decode_escapes(r"a\n\t\\\'\x41\u00e9\U0001F600\101\N{BULLET}\q").unwrap(),
            "a\n\t\\'Aé😀A•\\q"
        );
        assert!(
            decode_escapes(r"\x4")
                .unwrap_err()
                .contains("truncated \\xXX escape")
        );
        assert!(
            decode_escapes(r"\N{nope}")
                .unwrap_err()
                .contains("position 0-7: unknown Unicode character name")
        );
    }
}
