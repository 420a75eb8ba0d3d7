//! `set`/`frozenset` operations that may run Python code (`__hash__`, `__eq__`): membership,
//! insertion, the bulk updates and the algebra, each following CPython's algorithm so that the
//! resulting tables (and so iteration order) match. Counterpart of `Objects/setobject.c`.

use crate::object::{Payload, Value};
use crate::objects::dict::Probe;
use crate::objects::generator::Kind;
use crate::objects::set::{Lookup, SetTable};
use crate::objects::types::{self, builtin};
use crate::objects::{generator_drain, generator_ops};
use crate::ops::{self, CmpOp};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// Whether `v` is a set or frozenset (or an instance of a subclass).
pub fn is_anyset(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// Run `f` on the table of a set or frozenset (`None` for anything else).
pub fn with_table<R>(s: &Value, f: impl FnOnce(&SetTable) -> R) -> Option<R> {
    match s.payload()? {
        Payload::Set(t) => Some(f(&t.borrow())),
        Payload::FrozenSet(t) => Some(f(t)),
        _ => None,
    }
}

fn cell(s: &Value) -> Option<&PyCell<SetTable>> {
    match s.payload() {
        Some(Payload::Set(t)) => Some(t),
        _ => None,
    }
}

/// Number of keys of a set or frozenset.
pub fn size(s: &Value) -> usize {
    with_table(s, SetTable::len).unwrap_or(0)
}

/// The keys with their hashes, in table order.
fn entries(s: &Value) -> Vec<(Value, i64)> {
    with_table(s, |t| t.iter().map(|(_, h, k)| (k.clone(), h)).collect()).unwrap_or_default()
}

/// The keys in iteration order.
pub fn keys(s: &Value) -> Vec<Value> {
    with_table(s, |t| t.iter().map(|(_, _, k)| k.clone()).collect()).unwrap_or_default()
}

/// Find `key` in a set, calling `__eq__` outside any borrow.
fn find(vm: &Vm, s: &Value, key: &Value, h: i64) -> PyResult<Option<usize>> {
    match with_table(s, |t| t.find_native(key, h)) {
        None => return Ok(None),
        Some(Some(Lookup::Found(j))) => return Ok(Some(j)),
        Some(Some(Lookup::Vacant { .. })) => return Ok(None),
        Some(None) => {}
    }
    'retry: loop {
        let Some((probe, version)) = with_table(s, |t| (t.probe(key, h), t.version)) else {
            return Ok(None);
        };
        let candidates = match probe {
            Probe::Found(j) => return Ok(Some(j)),
            Probe::Missing => return Ok(None),
            Probe::Candidates(c) => c,
        };
        for (j, k) in candidates {
            let equal = k.is(key) || ops::eq(vm, &k, key)?;
            if with_table(s, |t| t.version) != Some(version) {
                continue 'retry;
            }
            if equal {
                return Ok(Some(j));
            }
        }
        return Ok(None);
    }
}

/// `hash(i)` of a small int: the int itself below the modulus 2**61 - 1 (-1 becomes -2).
#[inline(always)]
fn small_int_hash(i: i64) -> i64 {
    const MODULUS: u64 = (1 << 61) - 1;
    match i {
        -1 => -2,
        _ if i.unsigned_abs() < MODULUS => i,
        _ => crate::hash::hash_i64(i),
    }
}

/// The hash of a key whose hashing runs no Python code: a small int or an exact `str` (any
/// other key goes through `ops::hash`, which calls a `str` subclass's own `__hash__`).
#[inline(always)]
fn native_hash(key: &Value) -> Option<i64> {
    match key.payload() {
        None => key.as_small().map(small_int_hash),
        Some(Payload::Str(s)) if key.class_is(&builtin().str_) => Some(s.hash()),
        _ => None,
    }
}

/// The hash of a key; an unhashable `set` key is looked up as the equal frozenset.
fn lookup_hash(vm: &Vm, key: &Value) -> PyResult<i64> {
    if let Some(h) = native_hash(key) {
        return Ok(h);
    }
    match ops::hash(vm, key) {
        Ok(h) => Ok(h),
        Err(e) if matches!(key.payload(), Some(Payload::Set(_))) && vm.err_is(&e, "TypeError") => {
            Ok(hash(key))
        }
        Err(e) => Err(e),
    }
}

/// `key in s` for an exact set or frozenset when no Python code is needed: a key hashed
/// natively whose probe needs no `__eq__`. None otherwise (for `contains`).
#[inline(always)]
pub fn contains_native(s: &Value, key: &Value) -> Option<bool> {
    let found = match s.payload()? {
        Payload::Set(t) if s.class_is(&builtin().set) => {
            t.borrow().find_native(key, native_hash(key)?)?
        }
        Payload::FrozenSet(t) if s.class_is(&builtin().frozenset) => {
            t.find_native(key, native_hash(key)?)?
        }
        _ => return None,
    };
    Some(matches!(found, Lookup::Found(_)))
}

pub fn contains_hashed(vm: &Vm, s: &Value, key: &Value, h: i64) -> PyResult<bool> {
    Ok(find(vm, s, key, h)?.is_some())
}

/// `key in s`.
pub fn contains(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = lookup_hash(vm, key)?;
    contains_hashed(vm, s, key, h)
}

/// Add `key` (hash `h`) to the table in `t` when its probe needs no Python code: false (nothing
/// changed) when it does.
#[inline(always)]
fn add_probed(t: &PyCell<SetTable>, key: &Value, h: i64) -> bool {
    let mut table = t.borrow_mut();
    match table.probe_native(key, h) {
        Some(Lookup::Found(_)) => true,
        Some(vacant) => {
            table.insert_at(vacant, key.clone(), h);
            true
        }
        None => false,
    }
}

/// `s.add(key)` on a mutable set when no Python code is needed (a key hashed natively whose
/// probe calls no `__eq__`): false (nothing changed) otherwise. Always inlined: `set.add`'s
/// fast entry called it (24 instructions of call and frame) when LLVM chose not to.
#[inline(always)]
pub fn add_native(s: &Value, key: &Value) -> bool {
    match (cell(s), native_hash(key)) {
        (Some(t), Some(h)) => add_probed(t, key, h),
        _ => false,
    }
}

fn add_hashed(vm: &Vm, s: &Value, key: Value, h: i64) -> PyResult<()> {
    // `key` is released after the borrow (at the return).
    if let Some(t) = cell(s)
        && add_probed(t, &key, h)
    {
        return Ok(());
    }
    if find(vm, s, &key, h)?.is_none()
        && let Some(t) = cell(s)
    {
        t.borrow_mut().insert_new(key, h);
    }
    Ok(())
}

/// Add `key` to a mutable set.
pub fn add(vm: &Vm, s: &Value, key: Value) -> PyResult<()> {
    let h = match native_hash(&key) {
        Some(h) => h,
        None => ops::hash(vm, &key)?,
    };
    add_hashed(vm, s, key, h)
}

/// Remove `key` (hash `h`) from the table in `t` when its probe needs no Python code: whether
/// it was there, or None (nothing changed) when the probe needs Python code.
#[inline(always)]
fn discard_probed(t: &PyCell<SetTable>, key: &Value, h: i64) -> Option<bool> {
    let mut table = t.borrow_mut();
    match table.find_native(key, h)? {
        Lookup::Found(j) => {
            let old = table.remove_at(j);
            // The removed key is released after the borrow.
            drop(table);
            Some(old.is_some())
        }
        Lookup::Vacant { .. } => Some(false),
    }
}

/// `s.discard(key)` on a mutable set when no Python code is needed: whether `key` was there,
/// or None (nothing changed) when hashing or probing needs Python code. Inlined into
/// `set.remove` and `set.discard` (a call of its own cost about 15 instructions).
#[inline(always)]
pub fn discard_native(s: &Value, key: &Value) -> Option<bool> {
    discard_probed(cell(s)?, key, native_hash(key)?)
}

fn discard_hashed(vm: &Vm, s: &Value, key: &Value, h: i64) -> PyResult<bool> {
    if let Some(t) = cell(s)
        && let Some(found) = discard_probed(t, key, h)
    {
        return Ok(found);
    }
    let Some(j) = find(vm, s, key, h)? else {
        return Ok(false);
    };
    let old = cell(s).and_then(|t| t.borrow_mut().remove_at(j));
    Ok(old.is_some())
}

/// Remove `key`; false when absent.
pub fn discard(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = lookup_hash(vm, key)?;
    discard_hashed(vm, s, key, h)
}

/// An empty mutable set of exactly `set`.
pub fn empty_set() -> Value {
    if let Some(s) = crate::object_freelist::reuse_set() {
        return s;
    }
    Value::alloc(
        builtin().set.clone(),
        Payload::Set(Box::new(PyCell::new(SetTable::default()))),
    )
}

/// `set(x)` of the exact `set` type: a new set updated from `x` (what `set.__new__` and
/// `set.__init__` make).
pub fn set_from(vm: &Vm, x: &Value) -> PyResult<Value> {
    let s = empty_set();
    update(vm, &s, x)?;
    Ok(s)
}

/// A set from items added one by one (`BUILD_SET`, `{x for ...}`): those hashed and probed
/// natively under one borrow of the table, the rest (from the first that needs `__hash__` or
/// `__eq__`) one by one.
pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = empty_set();
    let mut rest = items.into_iter();
    if let Some(t) = cell(&s) {
        let mut table = t.borrow_mut();
        while let Some(x) = rest.as_slice().first() {
            let Some(h) = native_hash(x) else {
                break;
            };
            match table.probe_native(x, h) {
                // A duplicate native key (a small int or an exact str) runs no code when
                // released.
                Some(Lookup::Found(_)) => drop(rest.next()),
                Some(vacant) => {
                    if let Some(x) = rest.next() {
                        table.insert_at(vacant, x, h);
                    }
                }
                None => break,
            }
        }
    }
    for x in rest {
        add(vm, &s, x)?;
    }
    Ok(s)
}

/// A frozenset of the items added one by one.
pub fn new_frozenset(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = new_set(vm, items)?;
    Ok(freeze(&s, &builtin().frozenset))
}

/// A frozenset constant of a code object (`x in {1, 2, 3}`, set displays of constants): the
/// items in source order make a frozenset, which CPython's compiler then rebuilds from its own
/// iteration order when it merges constants; both steps shape the table, so both are done here.
pub fn const_frozenset(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let first = new_set(vm, items)?;
    new_frozenset(vm, keys(&first))
}

/// Move a scratch set's table into a new frozenset (or frozenset subclass) instance.
pub fn freeze(scratch: &Value, cls: &Value) -> Value {
    let table = cell(scratch).map(|t| t.take()).unwrap_or_default();
    let heap = types::type_data(cls).is_some_and(|t| t.heap);
    let dict = heap.then(crate::objects::dict::new_dict);
    Value::alloc_with_dict(cls.clone(), dict, Payload::FrozenSet(Box::new(table)))
}

/// Whether `s` is a frozenset (or of a frozenset subclass).
pub fn is_frozen(s: &Value) -> bool {
    matches!(s.payload(), Some(Payload::FrozenSet(_)))
}

/// CPython's `make_new_set_basetype`: a new `set` or `frozenset` (never a subclass) matching
/// the kind of `like`, filled from `iterable`.
pub fn new_like(vm: &Vm, like: &Value, iterable: Option<&Value>) -> PyResult<Value> {
    let s = empty_set();
    if let Some(it) = iterable {
        update(vm, &s, it)?;
    }
    Ok(if is_frozen(like) {
        freeze(&s, &builtin().frozenset)
    } else {
        s
    })
}

/// A scratch mutable set holding a copy of `s`'s keys (built as CPython's `set_merge` copies).
fn scratch_copy(vm: &Vm, s: &Value) -> PyResult<Value> {
    let r = empty_set();
    update(vm, &r, s)?;
    Ok(r)
}

/// Turn a scratch set into the result kind for an operation on `like`.
fn finish_like(scratch: Value, like: &Value) -> Value {
    if is_frozen(like) {
        freeze(&scratch, &builtin().frozenset)
    } else {
        scratch
    }
}

/// `s |= other` for any iterable: CPython's `set_update_internal`.
pub fn update(vm: &Vm, s: &Value, other: &Value) -> PyResult<()> {
    if is_anyset(other) {
        if s.is(other) {
            return Ok(());
        }
        return merge(vm, s, other);
    }
    if other.class_is(&builtin().dict) {
        let pairs = crate::objects::dict_ops::table(other)
            .borrow()
            .iter()
            .map(|(_, e)| (e.key.clone(), e.hash))
            .collect::<Vec<_>>();
        if let Some(t) = cell(s) {
            t.borrow_mut().presize(pairs.len());
        }
        for (k, h) in pairs {
            add_hashed(vm, s, k, h)?;
        }
        return Ok(());
    }
    if let Some(g) = generator_ops::gen_of(other)
        && g.kind == Kind::Generator
    {
        return generator_drain::drain(vm, g, &mut SetSink(s));
    }
    if other.class_is(&builtin().list) || other.class_is(&builtin().tuple) {
        return update_from_sequence(vm, s, other);
    }
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        add(vm, s, x)?;
    }
    Ok(())
}

/// `update` from an exact list or tuple, in its iterator's order: the items hashed and probed
/// natively are added under one borrow of each; from the first that needs Python code
/// (`__hash__`, `__eq__`) on, item by item, each read by index as the list's iterator would
/// (the code may change the list).
fn update_from_sequence(vm: &Vm, s: &Value, other: &Value) -> PyResult<()> {
    let Some(t) = cell(s) else {
        return Ok(());
    };
    let mut i = match other.payload() {
        Some(Payload::List(l)) => add_all_native(t, &l.borrow()),
        Some(Payload::Tuple(items)) => add_all_native(t, items),
        _ => return Ok(()),
    };
    loop {
        let item = match other.payload() {
            Some(Payload::List(l)) => l.borrow().get(i).cloned(),
            Some(Payload::Tuple(items)) => items.get(i).cloned(),
            _ => None,
        };
        let Some(x) = item else {
            return Ok(());
        };
        add(vm, s, x)?;
        i += 1;
    }
}

/// Add `items` to the table in `t` while each is hashed and probed natively; how many were.
fn add_all_native(t: &PyCell<SetTable>, items: &[Value]) -> usize {
    let mut table = t.borrow_mut();
    for (i, x) in items.iter().enumerate() {
        let Some(h) = native_hash(x) else {
            return i;
        };
        match table.probe_native(x, h) {
            Some(Lookup::Found(_)) => {}
            Some(vacant) => table.insert_at(vacant, x.clone(), h),
            None => return i,
        }
    }
    items.len()
}

/// `update` from a generator: its items added to the set.
struct SetSink<'a>(&'a Value);

impl generator_drain::Sink for SetSink<'_> {
    /// A key hashed natively whose probe needs no `__eq__`.
    fn take_native(&mut self, key: Value) -> Option<Value> {
        let (Some(h), Some(t)) = (native_hash(&key), cell(self.0)) else {
            return Some(key);
        };
        let mut table = t.borrow_mut();
        match table.probe_native(&key, h) {
            // `key` (a small int or a str: no `__del__`) is released after the borrow.
            Some(Lookup::Found(_)) => None,
            Some(vacant) => {
                table.insert_at(vacant, key, h);
                None
            }
            None => Some(key),
        }
    }

    fn take(&mut self, vm: &Vm, key: Value) -> PyResult<()> {
        add(vm, self.0, key)
    }
}

/// Add every key of the set `other` (CPython's `set_merge`).
fn merge(vm: &Vm, s: &Value, other: &Value) -> PyResult<()> {
    let Some(t) = cell(s) else { return Ok(()) };
    let done = match other.payload() {
        Some(Payload::Set(o)) => {
            let o = o.borrow().clone();
            t.borrow_mut().merge_fast(&o)
        }
        Some(Payload::FrozenSet(o)) => t.borrow_mut().merge_fast(o),
        _ => true,
    };
    if !done {
        for (k, h) in entries(other) {
            add_hashed(vm, s, k, h)?;
        }
    }
    Ok(())
}

/// `s.copy()`, `s | other`'s first step: a new set or frozenset with `s`'s keys.
pub fn copy(vm: &Vm, s: &Value) -> PyResult<Value> {
    new_like(vm, s, Some(s))
}

/// `s | other` / `s.union(*others)`.
pub fn union(vm: &Vm, s: &Value, others: &[Value]) -> PyResult<Value> {
    let r = scratch_copy(vm, s)?;
    for o in others {
        if !o.is(s) {
            update(vm, &r, o)?;
        }
    }
    Ok(finish_like(r, s))
}

/// `s & other` for one other iterable (CPython's `set_intersection`).
pub fn intersection(vm: &Vm, s: &Value, other: &Value) -> PyResult<Value> {
    if s.is(other) {
        return copy(vm, s);
    }
    let r = empty_set();
    if is_anyset(other) {
        let (big, small) = if size(other) > size(s) {
            (other, s)
        } else {
            (s, other)
        };
        for (k, h) in entries(small) {
            if contains_hashed(vm, big, &k, h)? {
                add_hashed(vm, &r, k, h)?;
            }
        }
        return Ok(finish_like(r, s));
    }
    let it = ops::iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        let h = ops::hash(vm, &k)?;
        if contains_hashed(vm, s, &k, h)? {
            add_hashed(vm, &r, k, h)?;
        }
    }
    Ok(finish_like(r, s))
}

/// `s.intersection(*others)`.
pub fn intersection_multi(vm: &Vm, s: &Value, others: &[Value]) -> PyResult<Value> {
    let mut result = if others.is_empty() {
        copy(vm, s)?
    } else {
        s.clone()
    };
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// Replace the contents of the mutable set `s` with those of `tmp`.
pub fn replace_contents(s: &Value, tmp: &Value) {
    let Some(t) = cell(s) else { return };
    let mut other = match tmp.payload() {
        Some(Payload::Set(o)) => o.take(),
        Some(Payload::FrozenSet(o)) => (**o).clone(),
        _ => return,
    };
    t.borrow_mut().swap_bodies(&mut other);
    drop(other);
}

/// `s -= other` (CPython's `set_difference_update_internal`).
pub fn difference_update(vm: &Vm, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        clear(s);
        return Ok(());
    }
    if is_anyset(other) {
        for (k, h) in entries(other) {
            discard_hashed(vm, s, &k, h)?;
        }
    } else {
        let it = ops::iter(vm, other)?;
        while let Some(k) = ops::next(vm, &it)? {
            discard(vm, s, &k)?;
        }
    }
    if let Some(t) = cell(s) {
        t.borrow_mut().purge_dummies();
    }
    Ok(())
}

/// `s - other` for one other iterable (CPython's `set_difference`).
pub fn difference(vm: &Vm, s: &Value, other: &Value) -> PyResult<Value> {
    let exact_dict = other.class_is(&builtin().dict);
    let other_size = if is_anyset(other) {
        Some(size(other))
    } else if exact_dict {
        Some(crate::objects::dict_ops::table(other).borrow().len())
    } else {
        None
    };
    if other_size.is_none_or(|n| (size(s) >> 2) > n) {
        let r = scratch_copy(vm, s)?;
        difference_update(vm, &r, other)?;
        return Ok(finish_like(r, s));
    }
    let r = empty_set();
    for (k, h) in entries(s) {
        let present = if exact_dict {
            crate::objects::dict_ops::find(vm, other, &k, h)?.is_some()
        } else {
            contains_hashed(vm, other, &k, h)?
        };
        if !present {
            add_hashed(vm, &r, k, h)?;
        }
    }
    Ok(finish_like(r, s))
}

/// `s.difference(*others)`.
pub fn difference_multi(vm: &Vm, s: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return copy(vm, s);
    };
    let r = difference(vm, s, first)?;
    if rest.is_empty() {
        return Ok(r);
    }
    let scratch = scratch_copy(vm, &r)?;
    for o in rest {
        difference_update(vm, &scratch, o)?;
    }
    Ok(finish_like(scratch, s))
}

/// `s ^= other` (CPython's `set_symmetric_difference_update`).
pub fn symmetric_difference_update(vm: &Vm, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        clear(s);
        return Ok(());
    }
    let pairs = if other.class_is(&builtin().dict) {
        crate::objects::dict_ops::table(other)
            .borrow()
            .iter()
            .map(|(_, e)| (e.key.clone(), e.hash))
            .collect()
    } else if is_anyset(other) {
        entries(other)
    } else {
        let tmp = empty_set();
        update(vm, &tmp, other)?;
        entries(&tmp)
    };
    for (k, h) in pairs {
        if !discard_hashed(vm, s, &k, h)? {
            add_hashed(vm, s, k, h)?;
        }
    }
    Ok(())
}

/// `s ^ other`: a copy of `other`, then updated with `s`'s keys.
pub fn symmetric_difference(vm: &Vm, s: &Value, other: &Value) -> PyResult<Value> {
    let r = empty_set();
    update(vm, &r, other)?;
    symmetric_difference_update(vm, &r, s)?;
    Ok(finish_like(r, s))
}

/// `s <= other` for a set `other`.
fn is_subset(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if size(a) > size(b) {
        return Ok(false);
    }
    for (k, h) in entries(a) {
        if !contains_hashed(vm, b, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.issubset(other)` for any iterable.
pub fn issubset(vm: &Vm, s: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return is_subset(vm, s, other);
    }
    let tmp = intersection(vm, s, other)?;
    Ok(size(&tmp) == size(s))
}

/// `s.issuperset(other)` for any iterable.
pub fn issuperset(vm: &Vm, s: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return is_subset(vm, other, s);
    }
    let it = ops::iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        if !contains(vm, s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `s.isdisjoint(other)`.
pub fn isdisjoint(vm: &Vm, s: &Value, other: &Value) -> PyResult<bool> {
    if s.is(other) {
        return Ok(size(s) == 0);
    }
    if is_anyset(other) {
        let (big, small) = if size(other) > size(s) {
            (other, s)
        } else {
            (s, other)
        };
        for (k, h) in entries(small) {
            if contains_hashed(vm, big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = ops::iter(vm, other)?;
    while let Some(k) = ops::next(vm, &it)? {
        if contains(vm, s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons are subset tests (both operands are sets or frozensets).
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (size(a), size(b));
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
    })
}

/// `s.clear()`.
pub fn clear(s: &Value) {
    if let Some(t) = cell(s)
        && !t.borrow().is_pristine()
    {
        let old = t.borrow_mut().take_all();
        drop(old);
    }
}

/// `s.pop()`; `None` when empty.
pub fn pop(s: &Value) -> Option<Value> {
    cell(s).and_then(|t| t.borrow_mut().pop())
}

/// `hash(frozenset)`.
pub fn hash(s: &Value) -> i64 {
    crate::hash::hash_frozenset(entries(s).into_iter().map(|(_, h)| h))
}

/// `repr(set)`: `{1, 2}`, `set()`, `frozenset({1})`, `MySet({1})`.
pub fn repr(vm: &Vm, s: &Value) -> PyResult<String> {
    let ks = keys(s);
    let name = vm.type_name(s);
    if ks.is_empty() {
        return Ok(format!("{name}()"));
    }
    let mut inner = String::from("{");
    for (i, k) in ks.iter().enumerate() {
        if i > 0 {
            inner.push_str(", ");
        }
        inner.push_str(&ops::text::repr_string(vm, k)?);
    }
    inner.push('}');
    Ok(if s.class_is(&builtin().set) {
        inner
    } else {
        format!("{name}({inner})")
    })
}
