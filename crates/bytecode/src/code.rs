//! Code objects as the compiler produces them. Counterpart of CPython's `Include/cpython/code.h`:
//! the VM turns a `CodeObject` into a runtime `code` object once, when it is loaded.

use num_bigint::BigInt;

/// `co_flags` bits, as CPython's `CO_*`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// A compile-time constant (an entry of `co_consts`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Ellipsis,
    Code(Box<CodeObject>),
}

/// Source position of one instruction; 0 where unknown (as CPython's `co_positions`,
/// with columns as UTF-8 byte offsets).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One compiled function, class body, module or expression.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// Wordcode: pairs of (opcode, oparg) bytes; wider operands use `EXTENDED_ARG` prefixes.
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    /// Local variable names, parameters first.
    pub varnames: Vec<String>,
    /// Names of cells created by this code (captured by inner functions).
    pub cellvars: Vec<String>,
    /// Names of cells received from the enclosing scope.
    pub freevars: Vec<String>,
    pub filename: String,
    pub name: String,
    pub qualname: String,
    pub firstlineno: u32,
    /// One entry per instruction (`code.len() / 2` entries).
    pub positions: Vec<Position>,
}

impl CodeObject {
    /// The instruction at index `i` (counted in 2-byte code units), before `EXTENDED_ARG` folding.
    pub fn unit(&self, i: usize) -> (u8, u8) {
        (self.code[2 * i], self.code[2 * i + 1])
    }

    /// Number of instructions (code units).
    pub fn len(&self) -> usize {
        self.code.len() / 2
    }

    pub fn is_empty(&self) -> bool {
        self.code.is_empty()
    }

    /// The line of the instruction at index `i`, if known.
    pub fn line_of(&self, i: usize) -> Option<u32> {
        self.positions.get(i).map(|p| p.line).filter(|&l| l != 0)
    }
}
