//! The `str` type's storage, interning and hashing. Counterpart of CPython's
//! `Objects/unicodeobject.c` (methods live in `str_methods.rs`).

use crate::object::{Obj, Payload, Value};
use crate::objects::types::builtin;
use rustc_hash::FxHashSet;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The header of a Python string: its length in code points and its cached hash. The UTF-8
/// text follows the object header in the same allocation (`object.rs`), so a `PyStr` is made
/// only here, and only to be handed to `Value::alloc_str`.
pub struct PyStr {
    chars: usize,
    /// `NO_HASH` until computed (a str's hash is never -1, as in CPython).
    hash: Cell<i64>,
}

const NO_HASH: i64 = -1;

/// The number of code points in `text`: its length when it is ASCII (a test about twice as
/// cheap as counting; CPython keeps an ASCII flag for the same reason).
fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

impl PyStr {
    fn header(text: &str) -> PyStr {
        PyStr {
            chars: char_count(text),
            hash: Cell::new(NO_HASH),
        }
    }

    fn counted(chars: usize) -> PyStr {
        PyStr {
            chars,
            hash: Cell::new(NO_HASH),
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        crate::object::str_text(self)
    }

    /// Length in code points, as `len()`.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.as_str().len()
    }

    /// The hash, computed once (SipHash-1-3 as CPython under `PYTHONHASHSEED=0`).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        // ASCII text is hashed as its bytes (CPython's one-byte representation) without
        // scanning it again to learn that it is ASCII.
        let h = if self.is_ascii() {
            crate::hash::hash_bytes(self.as_str().as_bytes())
        } else {
            crate::hash::hash_str(self.as_str())
        };
        self.hash.set(h);
        h
    }
}

/// A `str` object for `text`: the shared one for the empty string and for one code point
/// below 256 (CPython's latin-1 singletons: iterating and indexing text makes no object), a
/// new one otherwise.
#[inline]
pub fn new_str(text: &str) -> Value {
    if text.len() <= 2
        && let Some(v) = latin1_singleton(text)
    {
        return v;
    }
    Value::alloc_str(builtin().str_.clone(), None, PyStr::header(text), text)
}

/// The shared `str` of `text` when it is empty or one code point below 256.
#[inline]
fn latin1_singleton(text: &str) -> Option<Value> {
    let slot = match *text.as_bytes() {
        [] => LATIN1_SLOTS - 1,
        [b] => usize::from(b),
        [0xC2 | 0xC3, _] => text.chars().next().map_or(0, |c| c as usize),
        _ => return None,
    };
    if let Some(v) = latin1_cached(slot) {
        return Some(v);
    }
    let v = intern(text);
    LATIN1.with(|l| l[slot].set(v.obj_ptr()));
    Some(v)
}

/// The shared str of latin-1 slot `slot` (`LATIN1`), if it was made already.
#[inline(always)]
fn latin1_cached(slot: usize) -> Option<Value> {
    LATIN1.with(|l| l.get(slot)?.get()).map(Value::new_ref)
}

/// The `str` of one code point: the shared one below 256 (no text to scan), a new one
/// otherwise. Inlined into its callers (iteration, indexing): the shared str is a
/// thread-local load and a reference.
#[inline(always)]
pub fn char_str(c: char) -> Value {
    let code = c as usize;
    if code < LATIN1_SLOTS - 1
        && let Some(v) = latin1_cached(code)
    {
        return v;
    }
    char_str_made(c)
}

/// `char_str` when the str is not shared or not made yet.
#[cold]
#[inline(never)]
fn char_str_made(c: char) -> Value {
    new_str_counted(c.encode_utf8(&mut [0; 4]), 1)
}

pub fn from_string(text: String) -> Value {
    new_str(&text)
}

/// A `str` for `text` whose length in code points the caller knows (`text.len()` for ASCII
/// text), so the text is not scanned to count them.
#[inline]
pub fn new_str_counted(text: &str, chars: usize) -> Value {
    debug_assert_eq!(chars, text.chars().count());
    if text.len() <= 2
        && let Some(v) = latin1_singleton(text)
    {
        return v;
    }
    Value::alloc_str(builtin().str_.clone(), None, PyStr::counted(chars), text)
}

/// A part of `whole`'s text as a `str` (no count of code points when `whole` is ASCII).
#[inline]
pub fn substr(whole: &PyStr, part: &str) -> Value {
    if whole.is_ascii() {
        new_str_counted(part, part.len())
    } else {
        new_str(part)
    }
}

/// A `str` whose text is `parts` with `sep` between each two, `len` bytes and `chars` code
/// points in all, copied straight into the new object (no buffer, no UTF-8 check); texts of up
/// to two bytes go through `new_str_counted` for the shared one-code-point strings.
fn joined<'a>(sep: &str, parts: impl Iterator<Item = &'a str>, len: usize, chars: usize) -> Value {
    if chars <= 1 && len <= 2 {
        return shared_joined(sep, parts, len);
    }
    let class = builtin().str_.clone();
    Value::alloc_str_joined(class, PyStr::counted(chars), len, sep, parts)
}

/// `joined` of at most two bytes making at most one code point: the shared `str` of that
/// text, assembled on the stack.
#[cold]
fn shared_joined<'a>(sep: &str, parts: impl Iterator<Item = &'a str>, len: usize) -> Value {
    let mut buf = [0u8; 2];
    let mut at = 0;
    for (i, part) in parts.enumerate() {
        let gap = if i > 0 { sep } else { "" };
        for piece in [gap, part] {
            if let Some(dst) = buf.get_mut(at..at + piece.len()) {
                dst.copy_from_slice(piece.as_bytes());
            }
            at += piece.len();
        }
    }
    let bytes = buf.get(..len).unwrap_or_default();
    match std::str::from_utf8(bytes) {
        Ok(text) => new_str(text),
        Err(_) => new_str(&String::from_utf8_lossy(bytes)),
    }
}

/// A `str` of the texts `a` then `b`, `chars` code points in all.
pub fn concat(a: &str, b: &str, chars: usize) -> Value {
    if chars <= 1 && a.len() + b.len() <= 2 {
        return shared_joined("", [a, b].into_iter(), a.len() + b.len());
    }
    Value::alloc_str_concat(builtin().str_.clone(), PyStr::counted(chars), a, b)
}

/// `a + b` when both are exact strs (CPython's `PyUnicode_Concat`: adding the empty string
/// gives the other operand itself); `None` for other operands, which take the generic path.
#[inline]
pub fn concat_exact(a: &Value, b: &Value) -> Option<Value> {
    let (Some(Payload::Str(x)), Some(Payload::Str(y))) = (a.payload(), b.payload()) else {
        return None;
    };
    let str_id = builtin().str_.id();
    if a.class_id() != str_id || b.class_id() != str_id {
        return None;
    }
    Some(match (x.as_str(), y.as_str()) {
        ("", _) => b.clone(),
        (_, "") => a.clone(),
        (l, r) => concat(l, r, x.char_len() + y.char_len()),
    })
}

/// `sep.join(texts)` for texts of `len` bytes and `sep`s and `chars` code points in all.
pub fn join_texts<'a>(
    sep: &str,
    texts: impl Iterator<Item = &'a str>,
    len: usize,
    chars: usize,
) -> Value {
    joined(sep, texts, len, chars)
}

/// A `str` of ASCII `text` with each byte mapped by `map`, which keeps ASCII ASCII (case
/// conversions), written straight into the new object (no buffer, no UTF-8 check). As in
/// CPython, only the empty text gives the shared str: `"Q".lower() is "q"` is false.
#[inline(always)]
pub fn map_ascii(text: &str, map: impl Fn(u8) -> u8) -> Value {
    debug_assert!(text.is_ascii());
    if text.is_empty() {
        return new_str("");
    }
    let header = PyStr::counted(text.len());
    Value::alloc_str_ascii_mapped(builtin().str_.clone(), header, text, map)
}

/// A new instance of `cls` (`str` or a subclass of it, with its instance dict if it has one).
pub fn new_instance(cls: &Value, dict: Option<Value>, text: &str) -> Value {
    Value::alloc_str(cls.clone(), dict, PyStr::header(text), text)
}

thread_local! {
    // Interned strings are per OS thread in this first version: interning is an optimisation
    // (identity fast paths in dict lookups), never observable semantics, so a per-thread table
    // needs no lock. A process-wide table comes with the GIL's global state.
    static INTERNED: RefCell<InternTable> = RefCell::new(InternTable {
        map: FxHashSet::default(),
        recent: [const { None }; RECENT_SLOTS],
    });
    /// The shared empty and one-code-point strings of a thread (`new_str`, `char_str`: as
    /// CPython's latin-1 singletons, iterating and indexing text makes no object), made on
    /// first use. They are the interned strings of their texts, so the slots hold uncounted
    /// pointers that the interning table keeps alive: `clear_interned` empties the slots
    /// before it releases the table, and nothing else removes an interned string. No type
    /// here needs dropping, so reading a slot is a plain thread-local load (no destructor
    /// state, no `RefCell` borrow).
    static LATIN1: [Cell<Option<NonNull<Obj>>>; LATIN1_SLOTS] =
        const { [const { Cell::new(None) }; LATIN1_SLOTS] };
}

/// Slots of the interning memo (a power of two).
const RECENT_SLOTS: usize = 64;

/// The one-code-point strings below 256, then the empty string.
const LATIN1_SLOTS: usize = 257;

/// A thread's interned strings. A thread started by `_thread` empties it with
/// `clear_interned` while it still holds the GIL; whatever is left when the thread-local is
/// destroyed (the main thread, at process exit) is leaked rather than released, because by
/// then the thread may no longer hold the GIL and the refcount layer's own thread-locals may
/// be gone (CPython keeps interned strings until the end of the process too).
///
/// `recent` remembers, by the address and length of the text asked for, the string last
/// returned for it: names the VM looks up again and again (`"__init__"`, `"__del__"`) skip the
/// hash table. A hit is confirmed by comparing the text, so a reused address cannot mislead it.
struct InternTable {
    map: FxHashSet<Interned>,
    recent: [Option<(usize, Value)>; RECENT_SLOTS],
}

/// An entry of the interning table: the interned `str`, hashed and compared by its text, so the
/// table finds it from a `&str` without keeping a second copy of the text.
struct Interned(Value);

impl Interned {
    fn text(&self) -> &str {
        as_str(&self.0).unwrap_or("")
    }
}

impl std::borrow::Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        self.text()
    }
}

impl std::hash::Hash for Interned {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text().hash(state);
    }
}

impl PartialEq for Interned {
    fn eq(&self, other: &Interned) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Interned {}

impl InternTable {
    fn recent_slot(text: &str) -> usize {
        let addr = text.as_ptr() as usize;
        (addr.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) % RECENT_SLOTS
    }
}

impl Drop for InternTable {
    fn drop(&mut self) {
        for Interned(v) in self.map.drain() {
            std::mem::forget(v);
        }
        for (_, v) in self.recent.iter_mut().filter_map(Option::take) {
            std::mem::forget(v);
        }
    }
}

/// The interned `str` for `text` (the same object for equal texts on this thread).
pub fn intern(text: &str) -> Value {
    INTERNED.with(|t| {
        let slot = InternTable::recent_slot(text);
        if let Some((addr, v)) = &t.borrow().recent[slot]
            && *addr == text.as_ptr() as usize
            && as_str(v) == Some(text)
        {
            return v.clone();
        }
        let found = t.borrow().map.get(text).map(|i| i.0.clone());
        let v = match found {
            Some(v) => v,
            None => {
                let v = Value::alloc_str(builtin().str_.clone(), None, PyStr::header(text), text);
                t.borrow_mut().map.insert(Interned(v.clone()));
                v
            }
        };
        let old = t.borrow_mut().recent[slot].replace((text.as_ptr() as usize, v.clone()));
        drop(old);
        v
    })
}

/// Make room for `n` more interned strings on this thread, so that interning the builtin
/// types' attribute names at start-up does not grow the table step by step.
pub fn reserve_interned(n: usize) {
    INTERNED.with(|t| t.borrow_mut().map.reserve(n));
}

/// How many strings this thread has interned (`-X leakcheck`).
pub fn interned_count() -> usize {
    INTERNED.with(|t| t.borrow().map.len())
}

/// Whether `v` is the string this thread interned for its text (`-X leakcheck`).
pub fn is_interned(v: &Value) -> bool {
    as_str(v)
        .is_some_and(|text| INTERNED.with(|t| t.borrow().map.get(text).is_some_and(|i| i.0.is(v))))
}

/// Release this thread's interned strings (at thread exit, while the GIL is held).
pub fn clear_interned() {
    LATIN1.with(|l| l.iter().for_each(|slot| slot.set(None)));
    let (table, recent) = INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        (
            std::mem::take(&mut t.map),
            std::mem::replace(&mut t.recent, [const { None }; RECENT_SLOTS]),
        )
    });
    drop(recent);
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

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_case_maps() {
        let lower = super::map_ascii("MiXeD 1.", |b| b.to_ascii_lowercase());
        assert_eq!(super::as_str(&lower), Some("mixed 1."));
        let one = super::map_ascii("Q", |b| b.to_ascii_lowercase());
        assert!(!one.is(&super::char_str('q')));
        assert_eq!(super::as_str(&one), Some("q"));
    }
}
