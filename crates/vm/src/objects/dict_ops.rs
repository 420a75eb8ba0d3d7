//! `dict` operations that may run Python code (`__hash__`, `__eq__`): lookup, insertion,
//! deletion, update and comparison. Counterpart of CPython's `Objects/dictobject.c`.

use crate::object::{Payload, Value};
use crate::objects::dict::{DictTable, Probe};
use crate::objects::types::builtin;
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

pub fn table(d: &Value) -> &PyCell<DictTable> {
    match d.payload() {
        Some(Payload::Dict(t)) => t,
        _ => unreachable!("not a dict"),
    }
}

/// Hash of a key, with the exact-`str` fast path (a `str` subclass may define `__hash__`).
#[inline]
pub fn key_hash(vm: &Vm, key: &Value) -> PyResult<i64> {
    if let Some(Payload::Str(s)) = key.payload()
        && key.class_is(&builtin().str_)
    {
        return Ok(s.hash());
    }
    ops::hash(vm, key)
}

/// The entry index of `key`, calling `__eq__` outside any borrow when needed.
#[inline]
pub fn find(vm: &Vm, d: &Value, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    if let Some(found) = table(d).borrow().probe_native(key, hash) {
        return Ok(found);
    }
    find_with_eq(vm, d, key, hash)
}

/// `find` when keys with `key`'s hash need their `__eq__`: they are compared in probe order,
/// and the probe starts again if the table changed meanwhile.
fn find_with_eq(vm: &Vm, d: &Value, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    let t = table(d);
    'retry: loop {
        let (probe, version) = {
            let t = t.borrow();
            (t.probe(key, hash), t.version)
        };
        let candidates = match probe {
            Probe::Found(ix) => return Ok(Some(ix)),
            Probe::Missing => return Ok(None),
            Probe::Candidates(c) => c,
        };
        for (ix, k) in candidates {
            let equal = ops::eq(vm, &k, key)?;
            if t.borrow().version != version {
                continue 'retry;
            }
            if equal {
                return Ok(Some(ix));
            }
        }
        return Ok(None);
    }
}

/// `d.get(key)` without raising `KeyError`.
pub fn get_item(vm: &Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = key_hash(vm, key)?;
    {
        let t = table(d).borrow();
        if let Some(found) = t.probe_native_first(key, h) {
            return Ok(found.and_then(|ix| t.value_at(ix)));
        }
    }
    Ok(find_with_eq(vm, d, key, h)?.and_then(|ix| table(d).borrow().value_at(ix)))
}

/// `d[key] = value`.
pub fn set_item(vm: &Vm, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let h = key_hash(vm, &key)?;
    set_item_hashed(vm, d, key, h, value)
}

/// `d[key] = value` for a borrowed key (`STORE_SUBSCR`): when the probe needs no `__eq__`,
/// the key is found or inserted under one borrow, and referenced only when inserted.
pub fn store(vm: &Vm, d: &Value, key: &Value, value: Value) -> PyResult<()> {
    let h = key_hash(vm, key)?;
    let mut t = table(d).borrow_mut();
    match t.probe_native_first(key, h) {
        Some(Some(ix)) => {
            let old = t.set_value_at(ix, value);
            drop(t);
            drop(old);
        }
        Some(None) => t.insert_new(key.clone(), h, value),
        None => {
            drop(t);
            set_item_hashed(vm, d, key.clone(), h, value)?;
        }
    }
    Ok(())
}

pub fn set_item_hashed(vm: &Vm, d: &Value, key: Value, h: i64, value: Value) -> PyResult<()> {
    match find(vm, d, &key, h)? {
        Some(ix) => {
            let old = table(d).borrow_mut().set_value_at(ix, value);
            drop(old);
        }
        None => table(d).borrow_mut().insert_new(key, h, value),
    }
    Ok(())
}

/// `del d[key]`; false when the key is missing.
pub fn del_item(vm: &Vm, d: &Value, key: &Value) -> PyResult<bool> {
    Ok(pop_item(vm, d, key)?.is_some())
}

/// Remove `key`, returning its value.
pub fn pop_item(vm: &Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = key_hash(vm, key)?;
    match find(vm, d, key, h)? {
        Some(ix) => {
            let e = table(d).borrow_mut().remove_at(ix);
            Ok(e.map(|e| e.value))
        }
        None => Ok(None),
    }
}

pub fn contains(vm: &Vm, d: &Value, key: &Value) -> PyResult<bool> {
    let h = key_hash(vm, key)?;
    Ok(find(vm, d, key, h)?.is_some())
}

/// (key, value) pairs of a dict, or of any mapping via `keys()` and `[]`.
pub fn items(vm: &Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(Payload::Dict(t)) = m.payload() {
        return Ok(t
            .borrow()
            .iter()
            .map(|(_, e)| (e.key.clone(), e.value.clone()))
            .collect());
    }
    let keys_name = crate::objects::str::intern("keys");
    let keys = ops::call_method(vm, m, "keys", &[]).map_err(|e| {
        if vm.err_is(&e, "AttributeError") {
            vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m)))
        } else {
            e
        }
    })?;
    let _ = keys_name;
    let mut out = Vec::new();
    for k in ops::collect(vm, &keys)? {
        let v = ops::getitem(vm, m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn update(vm: &Vm, d: &Value, other: &Value) -> PyResult<()> {
    let is_mapping = matches!(other.payload(), Some(Payload::Dict(_)))
        || crate::objects::types::lookup_str_on_class(other, "keys").is_some();
    if is_mapping {
        for (k, v) in items(vm, other)? {
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    for (i, pair) in ops::collect(vm, other)?.into_iter().enumerate() {
        let kv = ops::collect(vm, &pair).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            set_item(vm, d, k, v)?;
        }
    }
    Ok(())
}

/// `f(**m)` merging: duplicate keys are an error naming the function.
pub fn merge_kwargs(vm: &Vm, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
    let pairs = items(vm, m).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            let fname = func
                .map(|f| crate::objects::function_ops::display_name(vm, f))
                .unwrap_or_default();
            vm.type_error(format!(
                "{fname} argument after ** must be a mapping, not {}",
                vm.type_name(m)
            ))
        } else {
            e
        }
    })?;
    for (k, v) in pairs {
        if crate::objects::str::as_str(&k).is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        if contains(vm, d, &k)? {
            let fname = func
                .map(|f| crate::objects::function_ops::display_name(vm, f))
                .unwrap_or_default();
            return Err(vm.type_error(format!(
                "{fname} got multiple values for keyword argument '{}'",
                crate::objects::str::as_str(&k).unwrap_or("")
            )));
        }
        set_item(vm, d, k, v)?;
    }
    Ok(())
}

/// `a == b` for two dicts.
pub fn equal(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if table(a).borrow().len() != table(b).borrow().len() {
        return Ok(false);
    }
    for (k, v) in items(vm, a)? {
        match get_item(vm, b, &k)? {
            Some(w) if ops::eq(vm, &v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// `repr(dict)` (the caller guards recursion).
pub fn repr(vm: &Vm, d: &Value) -> PyResult<String> {
    let mut out = String::from("{");
    for (i, (k, v)) in items(vm, d)?.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::text::repr_string(vm, &k)?);
        out.push_str(": ");
        out.push_str(&ops::text::repr_string(vm, &v)?);
    }
    out.push('}');
    Ok(out)
}
