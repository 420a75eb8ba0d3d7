//! The `str` type's storage, interning and hashing. Counterpart of CPython's
//! `Objects/unicodeobject.c` (methods live in `str_methods.rs`).

use crate::object::{Payload, Value};
use crate::objects::types::builtin;
use rustc_hash::FxHashMap;
use std::cell::{Cell, RefCell};

/// A Python string: UTF-8 text, its length in code points, and its cached hash.
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: &str) -> PyStr {
        PyStr {
            chars: text.chars().count(),
            text: text.into(),
            hash: Cell::new(None),
        }
    }

    pub fn from_string(text: String) -> PyStr {
        PyStr {
            chars: text.chars().count(),
            text: text.into_boxed_str(),
            hash: Cell::new(None),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()`.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The hash, computed once (SipHash-1-3 as CPython under `PYTHONHASHSEED=0`).
    #[inline]
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = crate::hash::hash_str(&self.text);
        self.hash.set(Some(h));
        h
    }
}

/// A new `str` object.
pub fn new_str(text: &str) -> Value {
    Value::alloc(builtin().str_.clone(), Payload::Str(PyStr::new(text)))
}

pub fn from_string(text: String) -> Value {
    Value::alloc(
        builtin().str_.clone(),
        Payload::Str(PyStr::from_string(text)),
    )
}

thread_local! {
    // Interned strings are per OS thread in this first version: interning is an optimisation
    // (identity fast paths in dict lookups), never observable semantics, so a per-thread table
    // needs no lock. A process-wide table comes with the GIL's global state.
    static INTERNED: RefCell<InternTable> = RefCell::new(InternTable(FxHashMap::default()));
}

/// A thread's interned strings. A thread started by `_thread` empties it with
/// `clear_interned` while it still holds the GIL; whatever is left when the thread-local is
/// destroyed (the main thread, at process exit) is leaked rather than released, because by
/// then the thread may no longer hold the GIL and the refcount layer's own thread-locals may
/// be gone (CPython keeps interned strings until the end of the process too).
struct InternTable(FxHashMap<Box<str>, Value>);

impl Drop for InternTable {
    fn drop(&mut self) {
        for (_, v) in self.0.drain() {
            std::mem::forget(v);
        }
    }
}

/// The interned `str` for `text` (the same object for equal texts on this thread).
pub fn intern(text: &str) -> Value {
    INTERNED.with(|t| {
        if let Some(v) = t.borrow().0.get(text) {
            return v.clone();
        }
        let v = new_str(text);
        t.borrow_mut().0.insert(text.into(), v.clone());
        v
    })
}

/// How many strings this thread has interned (`-X leakcheck`).
pub fn interned_count() -> usize {
    INTERNED.with(|t| t.borrow().0.len())
}

/// Whether `v` is the string this thread interned for its text (`-X leakcheck`).
pub fn is_interned(v: &Value) -> bool {
    as_str(v).is_some_and(|text| INTERNED.with(|t| t.borrow().0.get(text).is_some_and(|i| i.is(v))))
}

/// Release this thread's interned strings (at thread exit, while the GIL is held).
pub fn clear_interned() {
    let table = INTERNED.with(|t| std::mem::take(&mut t.borrow_mut().0));
    drop(table);
}

/// The text of a `str` value.
#[inline(always)]
pub fn as_str(v: &Value) -> Option<&str> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

pub fn as_pystr(v: &Value) -> Option<&PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    }
}
