//! `set`/`frozenset` operations that may run Python code. Counterpart of `Objects/setobject.c`.

use crate::object::{Payload, Value};
use crate::objects::dict::Probe;
use crate::objects::dict_ops::key_hash;
use crate::objects::set::SetTable;
use crate::objects::types::builtin;
use crate::ops::{self, CmpOp};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// Find `key` in a set, calling `__eq__` outside any borrow.
fn find(vm: &Vm, s: &Value, key: &Value, h: i64) -> PyResult<Option<usize>> {
    let probe_now = || -> Option<(Probe, u64)> {
        match s.payload()? {
            Payload::Set(t) => {
                let t = t.borrow();
                Some((t.probe(key, h), t.version))
            }
            Payload::FrozenSet(t) => Some((t.probe(key, h), t.version)),
            _ => None,
        }
    };
    let version_now = || match s.payload() {
        Some(Payload::Set(t)) => t.borrow().version,
        Some(Payload::FrozenSet(t)) => t.version,
        _ => 0,
    };
    'retry: loop {
        let Some((probe, version)) = probe_now() else {
            return Ok(None);
        };
        let candidates = match probe {
            Probe::Found(j) => return Ok(Some(j)),
            Probe::Missing => return Ok(None),
            Probe::Candidates(c) => c,
        };
        for (j, k) in candidates {
            let equal = ops::eq(vm, &k, key)?;
            if version_now() != version {
                continue 'retry;
            }
            if equal {
                return Ok(Some(j));
            }
        }
        return Ok(None);
    }
}

pub fn contains(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = match key_hash(vm, key) {
        Ok(h) => h,
        Err(e) if matches!(key.payload(), Some(Payload::Set(_))) && vm.err_is(&e, "TypeError") => {
            let frozen = to_frozen(vm, key)?;
            return contains(vm, s, &frozen);
        }
        Err(e) => return Err(e),
    };
    Ok(find(vm, s, key, h)?.is_some())
}

fn to_frozen(vm: &Vm, s: &Value) -> PyResult<Value> {
    new_frozenset(vm, keys(s))
}

/// Add `key` to a mutable set.
pub fn add(vm: &Vm, s: &Value, key: Value) -> PyResult<()> {
    let h = key_hash(vm, &key)?;
    if find(vm, s, &key, h)?.is_none()
        && let Some(Payload::Set(t)) = s.payload()
    {
        t.borrow_mut().insert_new(key, h);
    }
    Ok(())
}

/// Remove `key`; false when absent.
pub fn discard(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let h = key_hash(vm, key)?;
    match find(vm, s, key, h)? {
        Some(j) => {
            let old = match s.payload() {
                Some(Payload::Set(t)) => t.borrow_mut().remove_at(j),
                _ => None,
            };
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn build_table(vm: &Vm, items: Vec<Value>) -> PyResult<SetTable> {
    let tmp = Value::alloc(
        builtin().set.clone(),
        Payload::Set(PyCell::new(SetTable::default())),
    );
    for x in items {
        add(vm, &tmp, x)?;
    }
    let Some(Payload::Set(t)) = tmp.payload() else {
        unreachable!("just built")
    };
    let table = std::mem::take(&mut *t.borrow_mut());
    Ok(table)
}

pub fn new_set(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = Value::alloc(
        builtin().set.clone(),
        Payload::Set(PyCell::new(SetTable::default())),
    );
    for x in items {
        add(vm, &s, x)?;
    }
    Ok(s)
}

pub fn new_frozenset(vm: &Vm, items: Vec<Value>) -> PyResult<Value> {
    Ok(Value::alloc(
        builtin().frozenset.clone(),
        Payload::FrozenSet(build_table(vm, items)?),
    ))
}

/// `s |= iterable`.
pub fn update(vm: &Vm, s: &Value, it: &Value) -> PyResult<()> {
    for x in ops::collect(vm, it)? {
        add(vm, s, x)?;
    }
    Ok(())
}

/// The keys in iteration order.
pub fn keys(s: &Value) -> Vec<Value> {
    match s.payload() {
        Some(Payload::Set(t)) => t.borrow().iter().map(|(_, _, k)| k.clone()).collect(),
        Some(Payload::FrozenSet(t)) => t.iter().map(|(_, _, k)| k.clone()).collect(),
        _ => Vec::new(),
    }
}

fn is_subset(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for k in keys(a) {
        if !contains(vm, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons are subset tests.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (keys(a).len(), keys(b).len());
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => la <= lb && is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Ge => la >= lb && is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
    })
}

/// `repr(set)`: `{1, 2}`, `set()`, `frozenset({1})`.
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
    Ok(if name == "set" {
        inner
    } else {
        format!("{name}({inner})")
    })
}
