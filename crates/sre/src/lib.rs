//! gilpy's regular-expression engine: Python's `re` syntax and match semantics over code
//! points (str patterns) or bytes (bytes patterns), with no dependency on the VM.
//! Counterpart of CPython's `Lib/re/_parser.py`, `Lib/re/_compiler.py` and `Modules/_sre/`.
//!
//! [`Regex::new`] parses and compiles a pattern; [`Regex::search`] runs it. The matcher
//! backtracks with an explicit stack (`exec.rs`), so a pattern with nested repeats may be
//! slow on a long text but never overflows the Rust stack.

pub mod ast;
pub mod charset;
pub mod compile;
pub mod exec;
pub mod parse;
mod tokens;

pub use exec::{Captures, Mode};

/// The flag bits of Python's `re` (the values of `re.I`, `re.M`, ...).
pub mod flags {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
}

/// Which Python exception a bad pattern raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Re,
    /// `OverflowError` (a repeat count too large).
    Overflow,
    /// `ValueError` (incompatible flags).
    Value,
    /// `RecursionError` (groups nested too deeply).
    Recursion,
}

/// Why a pattern was rejected: CPython's message and, for `re.error`, the position (in
/// characters of the pattern) it points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
    pub pos: Option<usize>,
}

impl Error {
    #[cold]
    pub fn at(msg: impl Into<String>, pos: usize) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg: msg.into(),
            pos: Some(pos),
        }
    }

    #[cold]
    pub fn bare(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Re,
            msg: msg.into(),
            pos: None,
        }
    }

    #[cold]
    pub fn overflow(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Overflow,
            msg: msg.into(),
            pos: None,
        }
    }

    #[cold]
    pub fn recursion() -> Error {
        Error {
            kind: ErrorKind::Recursion,
            msg: "maximum recursion depth exceeded".into(),
            pos: None,
        }
    }

    #[cold]
    pub fn value(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Value,
            msg: msg.into(),
            pos: None,
        }
    }
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex {
    program: compile::Program,
    /// The number of capturing groups.
    pub groups: usize,
    /// Group names and their numbers, in definition order.
    pub names: Vec<(String, usize)>,
    /// The pattern's flags, with inline global flags and the str default (UNICODE) added.
    pub flags: u32,
}

impl Regex {
    /// Parse and compile a pattern: `chars` are its characters (a bytes pattern's bytes as
    /// Latin-1), `is_text` says whether it is a str.
    pub fn new(chars: Vec<char>, is_text: bool, flags: u32) -> Result<Regex, Error> {
        let parsed = parse::parse(chars, is_text, flags)?;
        let program = compile::compile(&parsed.node);
        Ok(Regex {
            program,
            groups: parsed.groups,
            names: parsed.names,
            flags: parsed.flags,
        })
    }

    /// Match against `text` (already cut at `endpos`) from `pos`.
    pub fn search<T: Copy + Into<u32>>(
        &self,
        text: &[T],
        pos: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        exec::run(&self.program, self.groups, text, pos, mode, must_advance)
    }
}

#[cfg(test)]
mod tests;
