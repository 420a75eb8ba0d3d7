//! Inline caches of `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`: what the type said about a
//! name, remembered per instruction for one type at one type version (PEP 659's
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD_WITH_DICT`;
//! CPython's `Python/specialize.c`).
//!
//! An entry holds no reference: the type is known by its address, valid only while the global
//! type version is the one recorded (creating a type or assigning a class attribute bumps it, so
//! a new type at a freed type's address never matches), and the method is looked up again
//! through the type's method cache. So caching changes no reference count.

use crate::object::{Payload, Value};
use crate::objects::dict::{DictTable, Probe};
use crate::objects::function::Code;
use crate::objects::str::as_pystr;
use crate::objects::types;
use crate::ops;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// What one instruction learnt about its attribute name on one type.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum AttrKind {
    #[default]
    Empty,
    /// No `__getattribute__`/`__setattr__` of the class's own and no data descriptor for the
    /// name: reading (or writing) the instance dict is the whole of the protocol when the
    /// instance dict has the name.
    InstanceDict,
    /// A plain function (or method descriptor) in the MRO, no `__getattribute__` of the class's
    /// own: `LOAD_METHOD` pushes it unbound unless the instance dict shadows it.
    Method,
}

/// One instruction's cache entry.
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// The type's address (`Value::id`); 0 when empty.
    class: usize,
    /// The global type version when the entry was filled.
    version: u64,
    kind: AttrKind,
    /// Where the name was last found in the instance dict's entries.
    index: u32,
}

/// The per-instruction cache array of `code` (made on first use).
fn entries(code: &Code) -> &[Cell<AttrCache>] {
    code.attr_cache
        .get_or_init(|| vec![Cell::new(AttrCache::default()); code.instrs.len()].into())
}

/// The entry of instruction `i` if it was filled for `obj`'s type at the current version.
#[inline]
fn hit(code: &Code, i: usize, obj: &Value) -> Option<AttrCache> {
    let e = entries(code).get(i)?.get();
    (e.kind != AttrKind::Empty && e.class == obj.class_id() && e.version == types::version())
        .then_some(e)
}

fn fill(code: &Code, i: usize, obj: &Value, version: u64, kind: AttrKind, index: u32) {
    if let Some(c) = entries(code).get(i) {
        c.set(AttrCache {
            class: obj.class_id(),
            version,
            kind,
            index,
        });
    }
}

fn remember_index(code: &Code, i: usize, e: AttrCache, index: usize) {
    if let (Some(c), Ok(index)) = (entries(code).get(i), u32::try_from(index)) {
        c.set(AttrCache { index, ..e });
    }
}

/// The entry index of `name` in `t`, trying `hint` first; `None` when absent or when deciding
/// would need Python-level `__eq__`.
#[inline]
fn find_str(t: &DictTable, name: &Value, hint: u32) -> Option<usize> {
    if t.entry(hint as usize).is_some_and(|e| e.key.is(name)) {
        return Some(hint as usize);
    }
    match t.probe(name, as_pystr(name)?.hash()) {
        Probe::Found(ix) => Some(ix),
        _ => None,
    }
}

/// The instance dict's value for `name`, read natively.
#[inline]
fn instance_value(obj: &Value, name: &Value, hint: u32) -> Option<(Value, usize)> {
    let cell = obj.obj()?.dict()?;
    let dict = cell.borrow();
    let Some(Payload::Dict(t)) = dict.payload() else {
        return None;
    };
    let t = t.borrow();
    let ix = find_str(&t, name, hint)?;
    Some((t.entry(ix)?.value.clone(), ix))
}

/// What the type of `obj` says about reading `name` (at the current type version).
fn classify_load(obj: &Value, name: &Value) -> AttrKind {
    let t = obj.class();
    let plain = !matches!(obj.payload(), Some(Payload::Type(_) | Payload::Super(_)))
        && types::special_flags(&t) & types::CUSTOM_GETATTRIBUTE == 0;
    if !plain {
        return AttrKind::Empty;
    }
    match types::lookup(&t, name) {
        None => AttrKind::InstanceDict,
        Some(d)
            if ops::attr::is_method_descr(&d)
                && !matches!(obj.payload(), Some(Payload::Module)) =>
        {
            AttrKind::Method
        }
        Some(d) if !ops::attr::is_data_descr(&d) => AttrKind::InstanceDict,
        Some(_) => AttrKind::Empty,
    }
}

/// `LOAD_ATTR` at instruction `i`.
pub(super) fn load_attr(
    vm: &Vm,
    code: &Code,
    i: usize,
    obj: &Value,
    name: &Value,
) -> PyResult<Value> {
    if let Some(e) = hit(code, i, obj)
        && e.kind == AttrKind::InstanceDict
        && let Some((v, ix)) = instance_value(obj, name, e.index)
    {
        if ix != e.index as usize {
            remember_index(code, i, e, ix);
        }
        return Ok(v);
    }
    let version = types::version();
    let v = ops::getattr(vm, obj, name)?;
    if classify_load(obj, name) == AttrKind::InstanceDict {
        fill(code, i, obj, version, AttrKind::InstanceDict, 0);
    }
    Ok(v)
}

/// `LOAD_METHOD` at instruction `i`: `(Some(method), _)` to call with `obj` prepended, or
/// `(None, attribute)`.
pub(super) fn load_method(
    vm: &Vm,
    code: &Code,
    i: usize,
    obj: &Value,
    name: &Value,
) -> PyResult<(Option<Value>, Value)> {
    if let Some(e) = hit(code, i, obj) {
        match e.kind {
            AttrKind::InstanceDict => {
                if let Some((v, ix)) = instance_value(obj, name, e.index) {
                    if ix != e.index as usize {
                        remember_index(code, i, e, ix);
                    }
                    return Ok((None, v));
                }
            }
            AttrKind::Method => {
                if !shadowed(obj, name)
                    && let Some(m) = types::lookup(&obj.class(), name)
                {
                    return Ok((Some(m), vm.none()));
                }
            }
            AttrKind::Empty => {}
        }
    }
    let version = types::version();
    let r = ops::load_method(vm, obj, name)?;
    match classify_load(obj, name) {
        AttrKind::Empty => {}
        kind => fill(code, i, obj, version, kind, 0),
    }
    Ok(r)
}

/// Whether the instance dict may hold `name` (true when it cannot be decided natively).
#[inline]
fn shadowed(obj: &Value, name: &Value) -> bool {
    let Some(cell) = obj.obj().and_then(|o| o.dict()) else {
        return false;
    };
    let dict = cell.borrow();
    let Some(Payload::Dict(t)) = dict.payload() else {
        return true;
    };
    let Some(s) = as_pystr(name) else { return true };
    !matches!(t.borrow().probe(name, s.hash()), Probe::Missing)
}

/// Whether storing `name` on `obj` is a plain instance-dict store (at the current version).
fn classify_store(obj: &Value, name: &Value) -> bool {
    let t = obj.class();
    matches!(obj.payload(), Some(Payload::Object))
        && as_pystr(name).is_some_and(|s| !s.as_str().starts_with("__"))
        && obj.obj().is_some_and(|o| o.dict().is_some())
        && types::special_flags(&t) & types::CUSTOM_SETATTR == 0
        && types::lookup(&t, name).is_none_or(|d| !ops::attr::is_data_descr(&d))
}

/// Store into the instance dict natively; gives `value` back when that needs the generic path.
#[inline]
fn store_instance(obj: &Value, name: &Value, value: Value, hint: u32) -> Result<usize, Value> {
    let Some(cell) = obj.obj().and_then(|o| o.dict()) else {
        return Err(value);
    };
    let dict = cell.borrow();
    let Some(Payload::Dict(t)) = dict.payload() else {
        return Err(value);
    };
    let Some(s) = as_pystr(name) else {
        return Err(value);
    };
    let mut t = t.borrow_mut();
    if t.entry(hint as usize).is_some_and(|e| e.key.is(name)) {
        let old = t.set_value_at(hint as usize, value);
        drop(t);
        drop(dict);
        drop(old);
        return Ok(hint as usize);
    }
    let h = s.hash();
    match t.probe(name, h) {
        Probe::Found(ix) => {
            let old = t.set_value_at(ix, value);
            drop(t);
            drop(dict);
            drop(old);
            Ok(ix)
        }
        Probe::Missing => {
            t.insert_new(name.clone(), h, value);
            Ok(hint as usize)
        }
        Probe::Candidates(_) => Err(value),
    }
}

/// `STORE_ATTR` at instruction `i`.
pub(super) fn store_attr(
    vm: &Vm,
    code: &Code,
    i: usize,
    obj: &Value,
    name: &Value,
    value: Value,
) -> PyResult<()> {
    let value = match hit(code, i, obj) {
        Some(e) if e.kind == AttrKind::InstanceDict => {
            match store_instance(obj, name, value, e.index) {
                Ok(ix) => {
                    if ix != e.index as usize {
                        remember_index(code, i, e, ix);
                    }
                    return Ok(());
                }
                Err(value) => value,
            }
        }
        _ => value,
    };
    let version = types::version();
    let cacheable = classify_store(obj, name);
    ops::setattr(vm, obj, name, value)?;
    if cacheable && types::version() == version {
        fill(code, i, obj, version, AttrKind::InstanceDict, 0);
    }
    Ok(())
}
