//! `bytes`/`bytearray` construction and indexing. Counterpart of `Objects/bytesobject.c` and
//! `Objects/bytearrayobject.c`.

use crate::object::{Payload, Value};
use crate::objects::int;
use crate::objects::types::builtin;
use crate::ops::seq::{seq_index, slice_indices, slice_positions};
use crate::vm::{PyResult, Vm};

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::alloc(
        builtin().bytes.clone(),
        Payload::Bytes(b.into_boxed_slice()),
    )
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::alloc(
        builtin().bytearray.clone(),
        Payload::ByteArray(Box::new(crate::pycell::PyCell::new(b))),
    )
}

/// A copy of the bytes of a bytes-like object (bytes, bytearray, memoryview, array).
pub fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::Native(_) => crate::objects::memoryview::buffer_copy(v),
        _ => None,
    }
}

pub fn getitem(vm: &Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let data = as_bytes(v).unwrap_or_default();
    let is_array = matches!(v.payload(), Some(Payload::ByteArray(_)));
    if let Some(Payload::Slice(_)) = k.payload() {
        let (start, stop, step) = slice_indices(vm, k, data.len())?;
        let out: Vec<u8> = slice_positions(start, stop, step)
            .map(|i| data[i])
            .collect();
        return Ok(if is_array {
            new_bytearray(out)
        } else {
            new_bytes(out)
        });
    }
    let what = if is_array { "bytearray" } else { "byte" };
    match seq_index(vm, k, data.len(), what)? {
        Some(i) => Ok(int::from_i64(i64::from(data[i]))),
        None => Err(vm.index_error(format!(
            "{} index out of range",
            if is_array { "bytearray" } else { "index" }
        ))),
    }
}

pub fn setitem(vm: &Vm, v: &Value, k: &Value, x: Value) -> PyResult<()> {
    let Some(Payload::ByteArray(b)) = v.payload() else {
        return Err(vm.type_error("not a bytearray"));
    };
    crate::objects::bytes_methods::mutate::assign(vm, b, k, &x)
}
