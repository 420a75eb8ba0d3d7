//! `list` construction, indexing and slice assignment. Counterpart of CPython's
//! `Objects/listobject.c` (methods live in `list_methods.rs`).

use crate::object::{Payload, Value};
use crate::objects::types::builtin;
use crate::ops::seq::{seq_index_with, slice_indices_with, slice_len, slice_positions};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

pub fn new_list(items: Vec<Value>) -> Value {
    match crate::object_freelist::reuse_list(items) {
        Ok(l) => l,
        Err(items) => Value::alloc_container(
            builtin().list.clone(),
            Payload::List(Box::new(PyCell::new(items))),
        ),
    }
}

/// A new exact list whose items `fill` pushes (at most `cap`) into an empty vector with room
/// for exactly `cap` (the capacity `sys.getsizeof` reports, as CPython's `PyList_New(n)`): a
/// kept list's buffer when the free list has one of that size, else a new one.
#[inline]
pub fn new_list_sized(cap: usize, fill: impl FnOnce(&mut Vec<Value>)) -> Value {
    match crate::object_freelist::reuse_list_sized(cap, fill) {
        Ok(l) => l,
        Err(fill) => {
            let mut items = Vec::with_capacity(cap);
            fill(&mut items);
            new_list(items)
        }
    }
}

/// `list(x)` called on the exact `list` type: an exact list or tuple `x` has its items copied
/// into a buffer of their count rounded up to even (CPython 3.11's `list_preallocate_exact`),
/// without an iterator, and a `range`'s items get that capacity too; anything else is
/// collected by iterating it.
pub fn from_iterable(vm: &Vm, x: &Value) -> PyResult<Value> {
    let even = |n: usize| n.saturating_add(1) & !1;
    let copy = |items: &[Value]| new_list_sized(even(items.len()), |v| v.extend_from_slice(items));
    let b = builtin();
    match x.payload() {
        Some(Payload::List(l)) if x.class_is(&b.list) => Ok(copy(&l.borrow())),
        Some(Payload::Tuple(t)) if x.class_is(&b.tuple) => Ok(copy(t)),
        Some(Payload::Range(_)) => {
            let items = crate::ops::collect(vm, x)?;
            Ok(new_list_sized(even(items.len()), |v| v.extend(items)))
        }
        _ => crate::ops::collect(vm, x).map(new_list),
    }
}

/// `a + b` when both are exact lists: the items of both, in a buffer of the final size;
/// `None` for anything else (subclasses go through `__add__`/`__radd__`).
pub fn concat_exact(a: &Value, b: &Value) -> Option<Value> {
    let (Some(Payload::List(x)), Some(Payload::List(y))) = (a.payload(), b.payload()) else {
        return None;
    };
    let list_id = builtin().list.id();
    if a.class_id() != list_id || b.class_id() != list_id {
        return None;
    }
    let (x, y) = (x.borrow(), y.borrow());
    Some(new_list_sized(x.len() + y.len(), |v| {
        v.extend_from_slice(&x);
        v.extend_from_slice(&y);
    }))
}

fn cell(v: &Value) -> &PyCell<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => l,
        _ => unreachable!("not a list"),
    }
}

/// A copy of the list's items.
pub fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    }
}

pub fn append(list: &Value, v: Value) {
    if let Some(Payload::List(l)) = list.payload() {
        l.borrow_mut().push(v);
    }
}

/// `list.extend(iterable)`.
pub fn extend(vm: &Vm, list: &Value, it: &Value) -> PyResult<()> {
    let new = crate::ops::collect(vm, it)?;
    cell(list).borrow_mut().extend(new);
    Ok(())
}

pub fn getitem(vm: &Vm, l: &Value, k: &Value) -> PyResult<Value> {
    let items = cell(l);
    if let Some(Payload::Slice(_)) = k.payload() {
        let (start, stop, step) = slice_indices_with(vm, k, || items.borrow().len())?;
        let v = items.borrow();
        if step == 1 {
            let part = v
                .get(start as usize..stop.max(start) as usize)
                .unwrap_or(&[]);
            return Ok(new_list_sized(part.len(), |out| {
                out.extend_from_slice(part)
            }));
        }
        let n = slice_len(start, stop, step);
        return Ok(new_list_sized(n, |out| {
            out.extend(slice_positions(start, stop, step).map(|i| v[i].clone()))
        }));
    }
    match seq_index_with(vm, k, "list", || items.borrow().len())? {
        Some(i) => Ok(items.borrow()[i].clone()),
        None => Err(vm.index_error("list index out of range")),
    }
}

/// Release the items a slice assignment replaced, last first (CPython's `list_ass_slice`
/// order, which `__del__` methods can see).
pub fn release_reversed(old: Vec<Value>) {
    for v in old.into_iter().rev() {
        drop(v);
    }
}

pub fn setitem(vm: &Vm, l: &Value, k: &Value, v: Value) -> PyResult<()> {
    let items = cell(l);
    if let Some(Payload::Slice(_)) = k.payload() {
        let it = crate::ops::iter(vm, &v).map_err(|e| {
            if vm.err_is(&e, "TypeError") {
                vm.type_error("can only assign an iterable")
            } else {
                e
            }
        })?;
        let new = crate::ops::collect(vm, &it)?;
        let (start, stop, step) = slice_indices_with(vm, k, || items.borrow().len())?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            let old: Vec<Value> = items
                .borrow_mut()
                .splice(start as usize..stop, new)
                .collect();
            release_reversed(old);
            return Ok(());
        }
        let positions: Vec<usize> = slice_positions(start, stop, step).collect();
        if positions.len() != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                positions.len()
            )));
        }
        let mut old = Vec::new();
        for (p, x) in positions.into_iter().zip(new) {
            old.push(std::mem::replace(&mut items.borrow_mut()[p], x));
        }
        drop(old);
        return Ok(());
    }
    match seq_index_with(vm, k, "list", || items.borrow().len())? {
        Some(i) => {
            let old = std::mem::replace(&mut items.borrow_mut()[i], v);
            drop(old);
            Ok(())
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}

pub fn delitem(vm: &Vm, l: &Value, k: &Value) -> PyResult<()> {
    let items = cell(l);
    if let Some(Payload::Slice(_)) = k.payload() {
        let (start, stop, step) = slice_indices_with(vm, k, || items.borrow().len())?;
        let mut positions: Vec<usize> = slice_positions(start, stop, step).collect();
        positions.sort_unstable();
        let mut old = Vec::new();
        for p in positions.into_iter().rev() {
            old.push(items.borrow_mut().remove(p));
        }
        drop(old);
        return Ok(());
    }
    match seq_index_with(vm, k, "list", || items.borrow().len())? {
        Some(i) => {
            let old = items.borrow_mut().remove(i);
            drop(old);
            Ok(())
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}
