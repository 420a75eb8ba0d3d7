//! Python 3.11 source text to abstract syntax tree: tokens, lexer and parser.
//! Counterpart of CPython's `Parser/` directory.

pub mod ast;
pub mod dump;
pub mod lexer;
mod parser;
pub mod source;
pub mod token;

/// How the source is to be parsed, as the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: a sequence of statements (`exec`).
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`); expression values are printed.
    Single,
}

/// The root of a parse.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    Module(Vec<ast::Stmt>),
    Expression(Box<ast::Expr>),
    Interactive(Vec<ast::Stmt>),
}

/// Which exception class a syntax error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error with CPython's fields: `lineno`, `offset` and `end_offset` are 1-based
/// character columns, `text` is the offending source line (with its newline, as CPython keeps it).
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: i32,
    pub text: Option<String>,
}

/// Parses `source` as `compile(source, filename, mode)` would. The filename is not
/// part of [`SyntaxError`]; the caller attaches it when raising.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Mod, SyntaxError> {
    let _ = filename;
    parser::parse(source, mode)
}
