//! The `dict` table: CPython's compact, insertion-ordered layout (an index table probed with
//! perturbation over a dense entry array). Counterpart of `Objects/dictobject.c`.
//!
//! Lookups that need Python-level `__eq__` are done by the caller (`dict_ops.rs`) outside any
//! borrow: the table offers `probe` to list candidate entries whose hash matches.

use crate::object::{Payload, Value};
use crate::objects::str::as_pystr;
use crate::objects::types::builtin;
use crate::pycell::PyCell;

const EMPTY: u32 = u32::MAX;

thread_local! {
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

static THREAD_TAGS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// A dict version no other dict state has had: a per-thread tag in the high bits and a counter
/// below, so `(dict identity, version)` pins down a dict's contents (for `LOAD_GLOBAL`'s cache).
fn next_version() -> u64 {
    NEXT_VERSION.with(|c| {
        let mut v = c.get();
        if v == 0 {
            v = THREAD_TAGS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) << 40;
        }
        v += 1;
        c.set(v);
        v
    })
}
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;
/// Slots of the smallest index table (5 usable entries).
const MIN_SIZE: usize = 8;

/// The index table: one byte per slot, inline, for the smallest tables (as CPython's 1-byte
/// indices; most instance dicts), four bytes per slot otherwise. Empty and dummy slots read as
/// `EMPTY` and `DUMMY` either way.
enum Indices {
    Small([u8; MIN_SIZE]),
    Large(Box<[u32]>),
}

const SMALL_EMPTY: u8 = u8::MAX;
const SMALL_DUMMY: u8 = u8::MAX - 1;

impl Default for Indices {
    fn default() -> Indices {
        Indices::Large(Box::default())
    }
}

impl Indices {
    fn new(size: usize) -> Indices {
        if size == MIN_SIZE {
            Indices::Small([SMALL_EMPTY; MIN_SIZE])
        } else {
            Indices::Large(vec![EMPTY; size].into_boxed_slice())
        }
    }

    fn len(&self) -> usize {
        match self {
            Indices::Small(a) => a.len(),
            Indices::Large(b) => b.len(),
        }
    }

    #[inline]
    fn get(&self, slot: usize) -> u32 {
        match self {
            Indices::Small(a) => a[slot].index(),
            Indices::Large(b) => b[slot],
        }
    }

    /// Store an entry index (below 5 in a small table: `resize` keeps it so), `EMPTY` or `DUMMY`.
    #[inline]
    fn set(&mut self, slot: usize, ix: u32) {
        match self {
            Indices::Small(a) => {
                a[slot] = match ix {
                    EMPTY => SMALL_EMPTY,
                    DUMMY => SMALL_DUMMY,
                    ix => ix as u8,
                }
            }
            Indices::Large(b) => b[slot] = ix,
        }
    }
}

/// A slot of an index table of one width, read as an entry index, `EMPTY` or `DUMMY`.
trait IndexSlot: Copy {
    fn index(self) -> u32;
}

impl IndexSlot for u8 {
    #[inline(always)]
    fn index(self) -> u32 {
        match self {
            SMALL_EMPTY => EMPTY,
            SMALL_DUMMY => DUMMY,
            ix => u32::from(ix),
        }
    }
}

impl IndexSlot for u32 {
    #[inline(always)]
    fn index(self) -> u32 {
        self
    }
}

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    indices: Indices,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Bumped on every change, so a lookup that ran Python code can tell the table moved.
    pub version: u64,
}

/// Result of a probe for a key: where it is, or the candidates that need `__eq__`.
pub enum Probe {
    Found(usize),
    Missing,
    /// Entries with the same hash whose keys are not identical and cannot be compared natively.
    Candidates(Vec<(usize, Value)>),
}

impl DictTable {
    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::default();
        if n > 0 {
            t.resize(n * 3 / 2 + 1);
        }
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Probe sequence of CPython: `i = (5*i + 1 + perturb) & mask`, perturb shifted each step.
    fn slots(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if first {
                first = false;
            } else {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            Some(i)
        })
    }

    /// Find `key`; identical keys and natively comparable keys (str, int, float...) are decided
    /// here, others are returned as candidates.
    #[inline]
    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        match self.probe_native(key, hash) {
            Some(Some(ix)) => Probe::Found(ix),
            Some(None) => Probe::Missing,
            None => self.probe_candidates(key, hash),
        }
    }

    /// The probe when no key on the way needs Python's `__eq__`: `Some(entry index or None)`;
    /// `None` at the first key with `key`'s hash that only `__eq__` can compare. The index
    /// table's width is matched once, not at every step.
    #[inline]
    pub fn probe_native(&self, key: &Value, hash: i64) -> Option<Option<usize>> {
        match &self.indices {
            Indices::Small(a) => self.probe_in(&a[..], key, hash),
            Indices::Large(b) if b.is_empty() => Some(None),
            Indices::Large(b) => self.probe_in(&b[..], key, hash),
        }
    }

    /// `probe_native` with its first slot tested inline (for `d[k]`, `d[k] = v` and
    /// `d.get(k)`): an empty slot or `key` itself there decides the lookup without the loop.
    #[inline(always)]
    pub fn probe_native_first(&self, key: &Value, hash: i64) -> Option<Option<usize>> {
        if let Some(found) = self.first_slot(key, hash) {
            return Some(found);
        }
        self.probe_native(key, hash)
    }

    /// The first slot of `key`'s probe when it decides the lookup: empty (missing) or holding
    /// `key` itself (keys taken from the dict, one-character strs). Inlined into the callers,
    /// it spares them the probe loop's call and register saves.
    #[inline(always)]
    fn first_slot(&self, key: &Value, hash: i64) -> Option<Option<usize>> {
        let ix = match &self.indices {
            Indices::Small(a) => a[(hash as u64 as usize) & (MIN_SIZE - 1)].index(),
            Indices::Large(b) if b.is_empty() => return Some(None),
            Indices::Large(b) => *b.get((hash as u64 as usize) & (b.len() - 1))?,
        };
        if ix == EMPTY {
            return Some(None);
        }
        match self.entries.get(ix as usize) {
            Some(Some(e)) if e.key.is(key) => Some(Some(ix as usize)),
            _ => None,
        }
    }

    /// `probe_native` over an index table of one width: a key with the same hash is found
    /// by identity, then by `key_eq` (CPython's `unicodekeys_lookup_unicode` for str keys).
    #[inline(always)]
    fn probe_in<S: IndexSlot>(&self, slots: &[S], key: &Value, hash: i64) -> Option<Option<usize>> {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = slots[slot].index();
            if ix == EMPTY {
                return Some(None);
            }
            if ix != DUMMY
                && let Some(e) = &self.entries[ix as usize]
                && e.hash == hash
                && (e.key.is(key) || key_eq(&e.key, key)?)
            {
                return Some(Some(ix as usize));
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// The whole probe, listing the keys that need `__eq__` in probe order. A key found equal
    /// natively after such keys ends the list (as CPython, the earlier keys' `__eq__` run first;
    /// comparing it again runs no Python code).
    #[cold]
    fn probe_candidates(&self, key: &Value, hash: i64) -> Probe {
        let mut candidates = Vec::new();
        for slot in self.slots(hash) {
            let ix = self.indices.get(slot);
            if ix == EMPTY {
                break;
            }
            if ix == DUMMY {
                continue;
            }
            let Some(e) = &self.entries[ix as usize] else {
                continue;
            };
            if e.hash != hash {
                continue;
            }
            let decided = if e.key.is(key) {
                Some(true)
            } else {
                native_eq(&e.key, key)
            };
            match decided {
                Some(false) => {}
                Some(true) if candidates.is_empty() => return Probe::Found(ix as usize),
                Some(true) => {
                    candidates.push((ix as usize, e.key.clone()));
                    break;
                }
                None => candidates.push((ix as usize, e.key.clone())),
            }
        }
        if candidates.is_empty() {
            Probe::Missing
        } else {
            Probe::Candidates(candidates)
        }
    }

    pub fn entry(&self, ix: usize) -> Option<&Entry> {
        self.entries.get(ix).and_then(Option::as_ref)
    }

    pub fn value_at(&self, ix: usize) -> Option<Value> {
        self.entry(ix).map(|e| e.value.clone())
    }

    /// Replace the value of entry `ix`, returning the old one (to be dropped after the borrow).
    pub fn set_value_at(&mut self, ix: usize, value: Value) -> Option<Value> {
        self.version = next_version();
        self.entries[ix]
            .as_mut()
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    /// Append a new entry for a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize(self.used * 3 + 1);
        }
        if self.entries.len() == self.entries.capacity() {
            // Only a smallest table (8 slots, 5 usable entries) fills its entries: they grow
            // to 3, then one at a time, so a three-attribute instance dict holds 72 bytes of
            // entries and a four-attribute one 96, rather than 120 (CPython sizes its shared
            // instance keys by the class's attribute count).
            let extra = 3usize.saturating_sub(self.entries.len()).max(1);
            self.entries.reserve_exact(extra);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices.get(i) != EMPTY && self.indices.get(i) != DUMMY {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices.set(i, self.entries.len() as u32);
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.version = next_version();
    }

    /// Remove entry `ix`, returning it (to be dropped after the borrow).
    pub fn remove_at(&mut self, ix: usize) -> Option<Entry> {
        let e = self.entries.get_mut(ix)?.take()?;
        let slot = self
            .slots(e.hash)
            .find(|&s| self.indices.get(s) == ix as u32);
        if let Some(slot) = slot {
            self.indices.set(slot, DUMMY);
        }
        self.used -= 1;
        self.version = next_version();
        Some(e)
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 < min_used * 3 {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.indices = Indices::new(size);
        self.entries = Vec::with_capacity(if size == MIN_SIZE {
            self.used
        } else {
            size * 2 / 3
        });
        for e in old.into_iter().flatten() {
            let mask = self.mask();
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices.get(i) != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices.set(i, self.entries.len() as u32);
            self.entries.push(Some(e));
        }
    }

    /// Live entries in insertion order, with their indices.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// The first live entry at or after position `pos` (for iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// Take every entry out (for `clear()`; dropped by the caller after the borrow).
    pub fn take_all(&mut self) -> Vec<Entry> {
        self.indices = Indices::default();
        self.used = 0;
        self.version = next_version();
        std::mem::take(&mut self.entries)
            .into_iter()
            .flatten()
            .collect()
    }

    /// The last live entry's index (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }

    /// Number of entry slots ever used (an iterator's bound).
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }
}

/// `stored == key` for a stored key with `key`'s hash that is not `key` itself: two exact
/// strs compare their texts (lengths first, as CPython's `unicode_eq`); anything else goes
/// through `native_eq`.
#[inline(always)]
fn key_eq(stored: &Value, key: &Value) -> Option<bool> {
    if let (Some(Payload::Str(a)), Some(Payload::Str(b))) = (stored.payload(), key.payload()) {
        let str_id = builtin().str_.id();
        if stored.class_id() == str_id && key.class_id() == str_id {
            let (a, b) = (a.as_str().as_bytes(), b.as_str().as_bytes());
            return Some(a.len() == b.len() && a == b);
        }
    }
    native_eq(stored, key)
}

/// Equality decided without running Python code, when both keys are of builtin types whose
/// `__eq__` is known; `None` when Python-level `__eq__` must decide.
#[inline]
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (as_pystr(a), as_pystr(b)) {
        if a.class_is(&builtin().str_) && b.class_is(&builtin().str_) {
            return Some(x.as_str() == y.as_str());
        }
        return None;
    }
    crate::ops::compare::native_eq(a, b)
}

/// Look up a `str` key without running Python code: `Some(found or not)` when the table
/// decides it, `None` when a candidate key needs its Python `__eq__` (the caller falls back).
pub fn lookup_str_native(dict: &Value, name: &Value) -> Option<Option<Value>> {
    let Some(Payload::Dict(t)) = dict.payload() else {
        return Some(None);
    };
    let h = as_pystr(name)?.hash();
    let t = t.borrow();
    match t.probe(name, h) {
        Probe::Found(ix) => Some(t.value_at(ix)),
        Probe::Missing => Some(None),
        Probe::Candidates(_) => None,
    }
}

/// Look up a key that is a `str` (attribute names), without running Python code.
pub fn get_str_key(dict: &Value, name: &Value) -> Option<Value> {
    find_str_key(dict, name).map(|(_, v)| v)
}

/// `get_str_key` with the index of the entry found.
pub fn find_str_key(dict: &Value, name: &Value) -> Option<(usize, Value)> {
    let Some(Payload::Dict(t)) = dict.payload() else {
        return None;
    };
    let h = as_pystr(name)?.hash();
    let t = t.borrow();
    match t.probe(name, h) {
        Probe::Found(ix) => Some((ix, t.value_at(ix)?)),
        _ => None,
    }
}

pub fn new_dict_value(table: DictTable) -> Value {
    Value::alloc(
        builtin().dict.clone(),
        Payload::Dict(Box::new(PyCell::new(table))),
    )
}

pub fn new_dict() -> Value {
    new_dict_value(DictTable::default())
}
