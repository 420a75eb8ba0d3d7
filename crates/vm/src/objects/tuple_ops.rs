//! `tuple` construction and indexing. Counterpart of CPython's `Objects/tupleobject.c`.

use crate::object::{Payload, Value};
use crate::objects::types::builtin;
use crate::ops::seq::{seq_index, slice_indices, slice_positions};
use crate::vm::{PyResult, Vm};

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return builtin().empty_tuple.clone();
    }
    match crate::object_freelist::reuse_tuple(items.into_iter()) {
        Ok(t) => t,
        Err(items) => alloc_tuple(items.collect()),
    }
}

/// A new tuple of copies of `items` (the top of a value stack, truncated by the caller): from
/// the free list when it has one of their length, with no allocation at all. (Draining the
/// stack instead went through an out-of-line `Drain`, dearer than a reference pair an item.)
pub fn new_tuple_cloned(items: &[Value]) -> Value {
    if items.is_empty() {
        return builtin().empty_tuple.clone();
    }
    match crate::object_freelist::reuse_tuple(items.iter().cloned()) {
        Ok(t) => t,
        Err(_) => alloc_tuple(items.into()),
    }
}

fn alloc_tuple(items: Box<[Value]>) -> Value {
    Value::alloc_container(builtin().tuple.clone(), Payload::Tuple(items))
}

/// The items of a tuple (empty for anything else).
pub fn items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}

pub fn getitem(vm: &Vm, t: &Value, k: &Value) -> PyResult<Value> {
    let items = items(t);
    if let Some(Payload::Slice(_)) = k.payload() {
        let (start, stop, step) = slice_indices(vm, k, items.len())?;
        if step == 1 && start == 0 && stop as usize == items.len() && t.class_is(&builtin().tuple) {
            return Ok(t.clone());
        }
        return Ok(new_tuple(
            slice_positions(start, stop, step)
                .map(|i| items[i].clone())
                .collect(),
        ));
    }
    match seq_index(vm, k, items.len(), "tuple")? {
        Some(i) => Ok(items[i].clone()),
        None => Err(vm.index_error("tuple index out of range")),
    }
}
