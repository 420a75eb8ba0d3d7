//! `eval` and `single` modes, and code object fields.

use gilpy_bytecode::Opcode;
use gilpy_bytecode::code::flags;
use gilpy_syntax::Mode;

fn ops(code: &gilpy_bytecode::CodeObject) -> Vec<Opcode> {
    (0..code.len())
        .filter_map(|i| Opcode::from_u8(code.unit(i).0))
        .collect()
}

#[test]
fn eval_mode_returns_the_value() {
    let code = gilpy_compiler::compile_source("a + 1", "<eval>", Mode::Eval).unwrap();
    assert_eq!(
        ops(&code),
        [
            Opcode::LOAD_NAME,
            Opcode::LOAD_CONST,
            Opcode::BINARY_ADD,
            Opcode::RETURN_VALUE
        ]
    );
    assert_eq!(code.name, "<module>");
}

#[test]
fn single_mode_prints_expressions() {
    let code = gilpy_compiler::compile_source("x\n", "<stdin>", Mode::Single).unwrap();
    assert!(ops(&code).contains(&Opcode::PRINT_EXPR));
}

#[test]
fn function_code_fields() {
    let src = "def f(a, b=1, *args, c, **kw):\n    def g():\n        return a\n    yield g\n";
    let module = gilpy_compiler::compile_source(src, "m.py", Mode::Exec).unwrap();
    let f = module
        .consts
        .iter()
        .find_map(|c| match c {
            gilpy_bytecode::Constant::Code(code) => Some(code),
            _ => None,
        })
        .unwrap();
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 0, 1));
    assert_eq!(f.varnames[..5], ["a", "b", "c", "args", "kw"]);
    assert_eq!(f.cellvars, ["a"]);
    let want = flags::OPTIMIZED
        | flags::NEWLOCALS
        | flags::VARARGS
        | flags::VARKEYWORDS
        | flags::GENERATOR;
    assert_eq!(f.flags, want);
    assert_eq!(f.qualname, "f");
    assert_eq!(f.filename, "m.py");
    assert_eq!(f.positions.len(), f.len());
    assert_eq!(module.flags, flags::NOFREE);
}

#[test]
fn positions_carry_columns() {
    let code = gilpy_compiler::compile_source("x = foo(1)\n", "<p>", Mode::Exec).unwrap();
    let call = (0..code.len())
        .find(|&i| code.unit(i).0 == Opcode::CALL_FUNCTION as u8)
        .unwrap();
    let p = code.positions[call];
    assert_eq!((p.line, p.col, p.end_line, p.end_col), (1, 4, 1, 10));
}

#[test]
fn errors_report_character_columns_and_text() {
    let err = gilpy_compiler::compile_source("é = 1; return 2\n", "<e>", Mode::Exec).unwrap_err();
    assert_eq!(err.msg, "'return' outside function");
    assert_eq!((err.lineno, err.offset), (1, 8));
    // Compiler (not tokenizer) errors carry no text: like CPython, the VM reads the line from
    // the file when there is one.
    assert_eq!(err.text, None);
}
