//! The builtin iterator types' state: sequence, range, dict and set iterators, and the
//! iterators of `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`.
//! Counterpart of `Objects/iterobject.c`, `Objects/enumobject.c` and the iterators in
//! `Objects/listobject.c`, `rangeobject.c`, `dictobject.c`, `setobject.c`, `bltinmodule.c`.

use crate::object::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// Over a list, tuple, str, bytes or any object with `__getitem__` (by index).
    Seq {
        seq: Value,
        index: usize,
    },
    /// Over an exact `str`: `index` counts code points, `byte` is where that one starts in
    /// the UTF-8 text, so each step is O(1).
    Str {
        seq: Value,
        index: usize,
        byte: usize,
    },
    /// Backwards over an exact `str`: `byte` is where code point `index` ends.
    StrReversed {
        seq: Value,
        index: isize,
        byte: usize,
    },
    /// Backwards over a list or sequence.
    Reversed {
        seq: Value,
        index: isize,
    },
    /// `start` is kept for `__reduce__`.
    Range {
        start: i64,
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds do not fit in i64.
    BigRange {
        start: Value,
        next: Value,
        stop: Value,
        step: Value,
    },
    Dict {
        dict: Value,
        pos: usize,
        kind: DictIterKind,
        len: usize,
        version: u64,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A finished iterator.
    Exhausted,
}
