//! The public entry point: modes, odd inputs and speed.

use gilpy_syntax::ast::{ExprKind, StmtKind};
use gilpy_syntax::{Mod, Mode, SyntaxErrorKind, dump::dump, parse};

#[test]
fn eval_mode_gives_an_expression() {
    let tree = parse("a + 1\n\n", "<s>", Mode::Eval).unwrap();
    let Mod::Expression(e) = tree else {
        panic!("not an expression")
    };
    assert!(matches!(e.kind, ExprKind::BinOp { .. }));
    assert_eq!(
        parse("x = 1", "<s>", Mode::Eval).unwrap_err().msg,
        "invalid syntax"
    );
}

#[test]
fn single_mode_takes_one_statement() {
    let tree = parse("if x:\n    y\n\n", "<s>", Mode::Single).unwrap();
    let Mod::Interactive(body) = tree else {
        panic!("not interactive")
    };
    assert!(matches!(body[0].kind, StmtKind::If { .. }));
    let Mod::Interactive(body) = parse("a; b\n", "<s>", Mode::Single).unwrap() else {
        panic!()
    };
    assert_eq!(body.len(), 2);
    assert!(parse("a\nb\n", "<s>", Mode::Single).is_err());
}

#[test]
fn empty_and_blank_sources() {
    for src in ["", "\n", "   \n\n", "# only a comment", "\u{feff}"] {
        assert_eq!(
            dump(&parse(src, "<s>", Mode::Exec).unwrap(), false),
            "Module(body=[], type_ignores=[])"
        );
    }
}

#[test]
fn error_fields() {
    let e = parse("x = (1,\n2]\n", "<s>", Mode::Exec).unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::SyntaxError);
    assert_eq!((e.lineno, e.offset), (2, 2));
    assert_eq!(e.text.as_deref(), Some("2]"));
    let e = parse("if x:\npass\n", "<s>", Mode::Exec).unwrap_err();
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(e.text.as_deref(), Some("pass\n"));
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs = [
        "\\",
        "(",
        ")",
        "f'",
        "f'{",
        "f'{x!'",
        "'\\N{",
        "b'\\x'",
        "0x",
        "1e+",
        "lambda",
        "@",
        "match",
        "case",
        "async",
        "await",
        "\t\tx",
        "x\n\t\ty",
        "\x00",
        "\u{2028}",
        "f'{f\"{x:{y:{z}}}\"}'",
        "'\\",
        "0_",
        "def f(",
        "class A(",
        "x[",
        "x[::",
        "{**}",
        "a if",
        "yield from",
        "import",
        "from",
        "from . import",
        "with (",
        "try:\n",
        "except",
        "match x:\n case",
        "\r",
        "\r\n\r\n",
        "x = \"\"\"\\\n",
    ];
    for src in inputs {
        let _ = parse(src, "<s>", Mode::Exec);
        let _ = parse(src, "<s>", Mode::Eval);
        let _ = parse(src, "<s>", Mode::Single);
    }
}

#[test]
fn ten_thousand_lines_parse_quickly() {
    let chunk = "def f(a, b=1, *c, **d):\n    x = [i * 2 for i in range(a) if i % 3]\n    return {k: f'{v!r:>10}' for k, v in d.items()}, a.b.c(d)[1:2]\n\n";
    let src = chunk.repeat(2500);
    let start = std::time::Instant::now();
    parse(&src, "<s>", Mode::Exec).unwrap();
    assert!(
        start.elapsed().as_secs_f64() < 2.0,
        "took {:?}",
        start.elapsed()
    );
}
