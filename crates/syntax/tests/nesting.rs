//! Deep nesting must end in a SyntaxError, never in a stack overflow, even on a
//! thread with a 2 MiB stack.

use gilpy_syntax::{Mode, parse};

fn parse_on_small_stack(src: String) -> Result<(), String> {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            parse(&src, "<s>", Mode::Exec)
                .map(|_| ())
                .map_err(|e| e.msg)
        })
        .unwrap();
    handle.join().expect("parser thread overflowed or panicked")
}

#[test]
fn deep_unary_minus() {
    let err = parse_on_small_stack(format!("{}1", "-".repeat(100_000))).unwrap_err();
    assert_eq!(err, "too complex");
}

#[test]
fn deep_not() {
    assert_eq!(
        parse_on_small_stack(format!("{}1", "not ".repeat(100_000))).unwrap_err(),
        "too complex"
    );
}

#[test]
fn deep_parentheses() {
    assert_eq!(
        parse_on_small_stack("(".repeat(100_000)).unwrap_err(),
        "too many nested parentheses"
    );
    assert!(parse_on_small_stack(format!("x = {}1{}", "(".repeat(199), ")".repeat(199))).is_ok());
    assert!(parse_on_small_stack(format!("x = {}{}", "[".repeat(199), "]".repeat(199))).is_ok());
    assert!(parse_on_small_stack(format!("x = {}{}", "{".repeat(199), "}".repeat(199))).is_ok());
    assert!(parse_on_small_stack(format!("x = {}1{}", "f(".repeat(199), ")".repeat(199))).is_ok());
}

#[test]
fn deep_lambda_and_conditional() {
    assert_eq!(
        parse_on_small_stack(format!("{}1", "lambda: ".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert_eq!(
        parse_on_small_stack(format!("{}1", "a if b else ".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert_eq!(
        parse_on_small_stack(format!("{}1", "2 ** ".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert_eq!(
        parse_on_small_stack(format!("{}1", "await ".repeat(100_000))).unwrap_err(),
        "invalid syntax"
    );
    assert_eq!(
        parse_on_small_stack(format!("{}1", "+x if y else ".repeat(100_000))).unwrap_err(),
        "too complex"
    );
}

#[test]
fn long_left_chains() {
    assert_eq!(
        parse_on_small_stack(format!("1{}", "+1".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert_eq!(
        parse_on_small_stack(format!("x{}", ".a".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert_eq!(
        parse_on_small_stack(format!("x{}", "(1)".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert_eq!(
        parse_on_small_stack(format!("x{}", "[1]".repeat(100_000))).unwrap_err(),
        "too complex"
    );
    assert!(parse_on_small_stack(format!("1{}", "+1".repeat(500))).is_ok());
}

#[test]
fn nested_chains_in_parentheses() {
    let chain = "+1".repeat(900);
    let src = format!(
        "x = {}1{}",
        "(".repeat(150),
        format!("{chain})").repeat(150)
    );
    assert_eq!(parse_on_small_stack(src).unwrap_err(), "too complex");
}

#[test]
fn deep_blocks() {
    let mut src = String::new();
    for i in 0..150 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    assert_eq!(
        parse_on_small_stack(src).unwrap_err(),
        "too many levels of indentation"
    );
}

#[test]
fn deep_fstrings_and_strings() {
    let src = format!("x = f'{{{}1{}}}'", "(".repeat(150), ")".repeat(150));
    assert!(parse_on_small_stack(src).is_ok());
    let src = format!("x = {}", "[f'{x}', ".repeat(150));
    assert!(parse_on_small_stack(src).is_err());
}
