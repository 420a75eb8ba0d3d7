//! The dunder methods of `bytes` and `bytearray` in their type dicts: for subclasses, explicit
//! calls, and the operations `ops` has no native path for (`bytes + bytes`, `bytes % args`,
//! comparisons between bytes and bytearray). Counterpart of the sequence, number and comparison
//! slots of `PyBytes_Type` and `PyByteArray_Type`.

use super::BytesCall;
use crate::object::{Payload, Value};
use crate::objects::bytes_ops::{self, as_bytes};
use crate::objects::str_methods::args::Style;
use crate::objects::str_methods::dunders::{defers_to, repeat_count};
use crate::objects::{int, tuple_ops, types};
use crate::vm::{PyResult, Vm};

pub fn len(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(int::from_usize(c.data.len()))
}

pub fn getitem(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    bytes_ops::getitem(vm, c.call.this, &a[0])
}

pub fn contains(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let indexable = int::is_int(&a[0]) || types::lookup_str_on_class(&a[0], "__index__").is_some();
    let found = if indexable {
        let b = super::convert::byte_value(vm, &a[0], "byte")?;
        c.data.contains(&b)
    } else {
        let sub = super::buffer(vm, &a[0])?;
        crate::objects::str_methods::algo::find(&c.data, &sub).is_some()
    };
    Ok(vm.bool(found))
}

pub fn iter(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    let seq = if matches!(c.call.this.payload(), Some(Payload::ByteArray(_)))
        && c.call.this.class_is(&vm.b().bytearray)
    {
        c.call.this.clone()
    } else {
        bytes_ops::new_bytes(c.data)
    };
    Ok(crate::objects::iter_types::seq_iter(&seq))
}

pub fn add(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let Some(other) = as_bytes(&a[0]) else {
        if defers_to(&a[0], "__radd__") {
            return Ok(vm.b().not_implemented.clone());
        }
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(&a[0]),
            c.call.owner
        )));
    };
    Ok(c.wrap([&c.data[..], &other[..]].concat()))
}

pub fn mul(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    match repeat_count(vm, &a[0], c.data.len(), "bytes")? {
        Some(n) => Ok(c.wrap(c.data.repeat(n))),
        None => Ok(vm.b().not_implemented.clone()),
    }
}

pub fn modulo(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let out = crate::objects::format_ops::bytes_percent_format(vm, &c.data, &a[0])?;
    Ok(c.wrap(out))
}

/// A comparison: `NotImplemented` unless the other side is bytes-like.
fn compare(vm: &Vm, c: &BytesCall<'_>, test: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    match as_bytes(&a[0]) {
        Some(other) => Ok(vm.bool(test(c.data.as_slice().cmp(&other)))),
        None => Ok(vm.b().not_implemented.clone()),
    }
}

pub fn eq(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    compare(vm, &c, std::cmp::Ordering::is_eq)
}

pub fn ne(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    compare(vm, &c, std::cmp::Ordering::is_ne)
}

pub fn lt(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    compare(vm, &c, std::cmp::Ordering::is_lt)
}

pub fn le(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    compare(vm, &c, std::cmp::Ordering::is_le)
}

pub fn gt(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    compare(vm, &c, std::cmp::Ordering::is_gt)
}

pub fn ge(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    compare(vm, &c, std::cmp::Ordering::is_ge)
}

pub fn hash(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(int::from_i64(crate::hash::hash_bytes(&c.data)))
}

pub fn repr(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    let body = gilpy_algo::unicode::bytes_repr(&c.data);
    let text = match c.call.this.payload() {
        Some(Payload::ByteArray(_)) => format!("{}({body})", vm.type_name(c.call.this)),
        _ => body,
    };
    Ok(crate::objects::str::from_string(text))
}

pub fn getnewargs(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(tuple_ops::new_tuple(vec![bytes_ops::new_bytes(c.data)]))
}
