//! Unit tests of the tokenizer.

use super::tokenize;
use crate::source::Source;
use crate::token::{Op, TokenKind};

fn kinds(src: &str) -> Vec<TokenKind> {
    let lexed = tokenize(&Source::new(src));
    assert!(lexed.error.is_none(), "{:?}", lexed.error);
    lexed.tokens.into_iter().map(|t| t.kind).collect()
}

fn error(src: &str) -> (String, u32, u32) {
    let e = tokenize(&Source::new(src)).error.expect("an error");
    (e.msg, e.lineno, e.offset)
}

fn name(s: &str) -> TokenKind {
    TokenKind::Name(s.to_string())
}

#[test]
fn indent_and_dedent() {
    use TokenKind::*;
    let got = kinds("if x:\n    y\n\n  # c\nz\n");
    let want = vec![
        name("if"),
        name("x"),
        Op(super::Op::Colon),
        Newline,
        Indent,
        name("y"),
        Newline,
        Dedent,
        name("z"),
        Newline,
        EndMarker,
    ];
    assert_eq!(got, want);
}

#[test]
fn implicit_and_explicit_joining() {
    use TokenKind::*;
    let got = kinds("(1,\n 2) + \\\n 3");
    assert_eq!(got.iter().filter(|k| **k == Newline).count(), 1);
    assert!(matches!(got[got.len() - 2], Newline));
}

#[test]
fn numbers() {
    let got = kinds("0x_ff 0o17 0b1_0 1_000 1.5 1e3 .5 2j 00");
    let ints: Vec<String> = got
        .iter()
        .filter_map(|k| {
            if let TokenKind::Int(i) = k {
                Some(i.to_string())
            } else {
                None
            }
        })
        .collect();
    assert_eq!(ints, ["255", "15", "2", "1000", "0"]);
    assert!(got.contains(&TokenKind::Float(1000.0)));
    assert!(got.contains(&TokenKind::Float(0.5)));
    assert!(got.contains(&TokenKind::Imag(2.0)));
}

#[test]
fn number_errors() {
    assert_eq!(
        error("x = 012").0,
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
    );
    assert_eq!(error("x = 1abc"), ("invalid decimal literal".into(), 1, 5));
    assert_eq!(
        error("x = 0b2"),
        ("invalid digit '2' in binary literal".into(), 1, 7)
    );
    assert_eq!(
        error("x = 0x"),
        ("invalid hexadecimal literal".into(), 1, 6)
    );
    assert_eq!(error("x = 1_"), ("invalid decimal literal".into(), 1, 6));
    assert!(tokenize(&Source::new("1if x else 2")).error.is_none());
}

#[test]
fn strings_and_prefixes() {
    let got = kinds("rb'a' F\"b\" u'''c\n''' x");
    let flags: Vec<_> = got
        .iter()
        .filter_map(|k| {
            if let TokenKind::Str(s) = k {
                Some(s.flags)
            } else {
                None
            }
        })
        .collect();
    assert!(flags[0].raw && flags[0].bytes);
    assert!(flags[1].fstring);
    assert!(flags[2].unicode);
}

#[test]
fn string_errors() {
    assert_eq!(
        error("x = \"abc"),
        (
            "unterminated string literal (detected at line 1)".into(),
            1,
            5
        )
    );
    assert_eq!(
        error("x = '''abc\n\n"),
        (
            "unterminated triple-quoted string literal (detected at line 2)".into(),
            1,
            5
        )
    );
}

#[test]
fn bracket_errors() {
    assert_eq!(error("x = 1)"), ("unmatched ')'".into(), 1, 6));
    assert_eq!(
        error("x = (1, 2]").0,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    assert_eq!(
        error("(\n]").0,
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
    );
    assert_eq!(
        error(&"(".repeat(300)),
        ("too many nested parentheses".into(), 1, 201)
    );
    assert_eq!(error("x = (1,\n2"), ("'(' was never closed".into(), 1, 5));
}

#[test]
fn indentation_errors() {
    assert_eq!(
        error("if x:\n  a\n b").0,
        "unindent does not match any outer indentation level"
    );
    let e = tokenize(&Source::new("if x:\n\ta\n        b\n"))
        .error
        .unwrap();
    assert_eq!(e.kind, crate::SyntaxErrorKind::TabError);
}

#[test]
fn identifiers_are_nfkc_normalized() {
    assert_eq!(kinds("ﬁ = 1")[0], name("fi"));
    assert_eq!(
        error("x = €"),
        ("invalid character '€' (U+20AC)".into(), 1, 5)
    );
}

#[test]
fn operators_longest_match() {
    let got = kinds("a **= b // c ... -> :=");
    let ops: Vec<Op> = got
        .iter()
        .filter_map(|k| {
            if let TokenKind::Op(o) = k {
                Some(*o)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(
        ops,
        [
            Op::DoubleStarEqual,
            Op::DoubleSlash,
            Op::Ellipsis,
            Op::RArrow,
            Op::ColonEqual
        ]
    );
}

#[test]
fn crlf_and_bom() {
    assert_eq!(kinds("\u{feff}x\r\ny\r\n").len(), 5);
}
