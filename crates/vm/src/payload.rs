//! The payload of a heap object: one variant per builtin layout. An instance of a Python class
//! that derives from a builtin type carries that type's payload (`class L(list)` → `List`).
//!
//! The enum is 24 bytes (a tag and 16 bytes), so a float or a small object costs a 40-byte
//! allocation: a variant whose state is larger is boxed (`object.rs` pins the sizes). It is
//! `repr(u8)` so that `object.rs` knows where a `Str`'s header sits (after the tag).

use crate::object::Value;
use crate::objects::dict::DictTable;
use crate::objects::exception::ExceptionData;
use crate::objects::function::{Builtin, Code, Function};
use crate::objects::iter::IterState;
use crate::objects::set::SetTable;
use crate::objects::str::PyStr;
use crate::objects::types::TypeData;
use crate::pycell::PyCell;
use num_bigint::BigInt;
use std::any::Any;

#[repr(u8)]
pub enum Payload {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int outside the inline range (inline ints have no heap object).
    Int(Box<BigInt>),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    /// A str: its text follows the object header (`object.rs`).
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(Box<PyCell<Vec<u8>>>),
    Tuple(Box<[Value]>),
    List(Box<PyCell<Vec<Value>>>),
    Dict(Box<PyCell<DictTable>>),
    Set(Box<PyCell<SetTable>>),
    FrozenSet(Box<SetTable>),
    Range(Box<Bounds>),
    Slice(Box<Bounds>),
    Type(Box<TypeData>),
    /// A module: its namespace is the object's `dict`.
    Module,
    /// A plain instance (`object()` or a Python class without a builtin base).
    Object,
    Function(Box<Function>),
    Builtin(Box<Builtin>),
    /// A bound method: (function, self).
    Method((Value, Value)),
    Code(Box<Code>),
    Cell(crate::pycell::ValueCell),
    Exception(Box<ExceptionData>),
    /// A traceback entry: (next, code, line).
    Traceback(Box<TracebackData>),
    Property(Box<PropertyData>),
    ClassMethod(Value),
    StaticMethod(Value),
    /// super(type, obj)
    Super((Value, Value)),
    Iter(Box<PyCell<IterState>>),
    Generator(Box<crate::objects::generator::Generator>),
    /// State of an extension type of a builtin module (locks, threads, files, ...).
    Native(Box<dyn Any>),
}

/// A `property`: its `[fget, fset, fdel, doc]` and the name `__set_name__` gave it (for the
/// messages of a missing accessor).
pub struct PropertyData {
    pub parts: [Value; 4],
    pub name: PyCell<Option<Value>>,
}

impl PropertyData {
    pub fn new(parts: [Value; 4]) -> Box<PropertyData> {
        Box::new(PropertyData {
            parts,
            name: PyCell::new(None),
        })
    }
}

/// The start, stop and step of a `range` or a `slice`.
pub struct Bounds {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct TracebackData {
    pub next: PyCell<Option<Value>>,
    pub code: Value,
    /// The frame's globals, for a `tb_frame` made on demand.
    pub globals: Value,
    /// `tb_frame`: the frame object, if the frame had one or once one was asked for.
    pub frame: PyCell<Option<Value>>,
    pub lasti: u32,
    pub line: u32,
}
