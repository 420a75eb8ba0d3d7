//! Identity of constants in `co_consts`: equal values of the same type share one slot, as
//! with CPython's `_PyCode_ConstantKey` (so `1`, `1.0` and `True` stay apart, and so do
//! `0.0` and `-0.0`). Code objects are shared when they compare equal as CPython's
//! `code_richcompare` does (same name, signature, flags, first line, code and tables).

use gilpy_bytecode::Constant;
use num_bigint::BigInt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ConstKey {
    None,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Ellipsis,
    Code(Box<CodeKey>),
}

/// The parts of a code object that `code == other` compares.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct CodeKey {
    name: String,
    counts: [u32; 5],
    code: Vec<u8>,
    consts: Vec<ConstKey>,
    names: Vec<Vec<String>>,
}

/// The key of `c`.
pub(crate) fn const_key(c: &Constant) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect()),
        Constant::FrozenSet(items) => ConstKey::FrozenSet(items.iter().map(const_key).collect()),
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Code(code) => ConstKey::Code(Box::new(CodeKey {
            name: code.name.clone(),
            counts: [
                code.argcount,
                code.posonlyargcount,
                code.kwonlyargcount,
                code.flags,
                code.firstlineno,
            ],
            code: code.code.clone(),
            consts: code.consts.iter().map(const_key).collect(),
            names: vec![
                code.names.clone(),
                code.varnames.clone(),
                code.freevars.clone(),
                code.cellvars.clone(),
            ],
        })),
    }
}

/// Python truthiness of a constant, for folding `LOAD_CONST; POP_JUMP_IF_*`.
pub(crate) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != BigInt::from(0),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis | Constant::Code(_) => true,
    }
}
