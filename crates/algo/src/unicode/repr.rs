//! `repr(str)`, `ascii(str)` and `repr(bytes)`. Counterpart of `unicode_repr` and
//! `PyObject_ASCII` (Objects/unicodeobject.c) and `PyBytes_Repr` (Objects/bytesobject.c).

use std::fmt::Write;

use super::is_printable;

/// The quote `repr` uses: `"` only when the text holds `'` and no `"`.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// `repr(s)`: quotes, and escapes for the quote, backslash, `\t \n \r` and non-printables.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr(s, false, &mut out);
    out
}

/// `ascii(s)`: as `repr(s)` but every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr(s, true, &mut out);
    out
}

/// Appends `repr(s)` (or `ascii(s)` when `ascii_only`) to `out`.
pub fn write_str_repr(s: &str, ascii_only: bool, out: &mut String) {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && !ascii_only && is_printable(c) => out.push(c),
            c => push_escape(c as u32, out),
        }
    }
    out.push(quote);
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` by the size of the code point.
fn push_escape(code: u32, out: &mut String) {
    let _ = if code < 0x100 {
        write!(out, "\\x{code:02x}")
    } else if code < 0x10000 {
        write!(out, "\\u{code:04x}")
    } else {
        write!(out, "\\U{code:08x}")
    };
}

/// `repr(b)` for bytes: `b'...'` with `\xhh` for bytes outside printable ASCII.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if char::from(byte) == quote => {
                out.push('\\');
                out.push(quote);
            }
            b' '..=b'~' => out.push(char::from(byte)),
            _ => push_escape(u32::from(byte), &mut out),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(
            str_repr("a'\"b\n\x7f\u{ad}é😀"),
            "'a\\'\"b\\n\\x7f\\xadé😀'"
        );
        assert_eq!(ascii("é😀\u{2028}"), "'\\xe9\\U0001f600\\u2028'");
        assert_eq!(bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
    }
}
