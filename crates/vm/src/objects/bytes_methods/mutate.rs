//! `bytearray` mutation: `append`, `extend`, `pop`, `insert`, `remove`, `reverse`, `clear`,
//! `copy`, item and slice assignment and deletion, `+=` and `*=`. Counterpart of the mutating
//! methods of `Objects/bytearrayobject.c`.

use super::BytesCall;
use super::convert::byte_value;
use crate::object::{Payload, Value};
use crate::objects::bytes_ops::{as_bytes, new_bytearray};
use crate::objects::int;
use crate::objects::str_methods::args::{Style, to_isize};
use crate::objects::str_methods::dunders::repeat_count;
use crate::ops;
use crate::ops::seq::{
    index_raw, normalise_index, seq_index_with, slice_indices_with, slice_positions,
};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// The receiver's storage.
fn cell<'a>(vm: &Vm, c: &BytesCall<'a>) -> PyResult<&'a PyCell<Vec<u8>>> {
    match c.call.this.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error("expected a bytearray")),
    }
}

pub fn append(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let b = byte_value(vm, &a[0], "byte")?;
    cell(vm, &c)?.borrow_mut().push(b);
    Ok(vm.none())
}

/// The bytes of an iterable of ints (or a bytes-like object).
fn iterable_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b);
    }
    if crate::objects::str::as_str(v).is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let iter = ops::iter(vm, v).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v)))
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &iter)? {
        out.push(byte_value(vm, &x, "byte")?);
    }
    Ok(out)
}

pub fn extend(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let more = iterable_bytes(vm, &a[0])?;
    cell(vm, &c)?.borrow_mut().extend_from_slice(&more);
    Ok(vm.none())
}

pub fn pop(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 0, 1, Style::Clinic)?;
    let index = match a.first() {
        Some(v) => to_isize(vm, v)?,
        None => -1,
    };
    let data = cell(vm, &c)?;
    let len = data.borrow().len() as isize;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let i = if index < 0 { index + len } else { index };
    if !(0..len).contains(&i) {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = data.borrow_mut().remove(i as usize);
    Ok(int::from_i64(i64::from(b)))
}

pub fn insert(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 2, 2, Style::Clinic)?;
    let index = to_isize(vm, &a[0])?;
    let b = byte_value(vm, &a[1], "byte")?;
    let data = cell(vm, &c)?;
    let len = data.borrow().len() as isize;
    let i = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    data.borrow_mut().insert(i as usize, b);
    Ok(vm.none())
}

pub fn remove(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let b = byte_value(vm, &a[0], "byte")?;
    let data = cell(vm, &c)?;
    let at = data.borrow().iter().position(|&x| x == b);
    match at {
        Some(i) => {
            data.borrow_mut().remove(i);
            Ok(vm.none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

pub fn reverse(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    cell(vm, &c)?.borrow_mut().reverse();
    Ok(vm.none())
}

pub fn clear(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    cell(vm, &c)?.borrow_mut().clear();
    Ok(vm.none())
}

pub fn copy(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(new_bytearray(c.data))
}

/// `ba[key] = value` for an int or slice key.
pub fn assign(vm: &Vm, target: &PyCell<Vec<u8>>, key: &Value, value: &Value) -> PyResult<()> {
    if !matches!(key.payload(), Some(Payload::Slice(_))) {
        // Both conversions may run `__index__`, which may resize the bytearray: check the
        // position against the length after them, as CPython does.
        let i = index_raw(vm, key, "bytearray")?;
        let byte = byte_value(vm, value, "byte")?;
        let Some(i) = normalise_index(i, target.borrow().len()) else {
            return Err(vm.index_error("bytearray index out of range"));
        };
        target.borrow_mut()[i] = byte;
        return Ok(());
    }
    if int::is_int(value) {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let new = iterable_bytes(vm, value)?;
    let (start, stop, step) = slice_indices_with(vm, key, || target.borrow().len())?;
    if step == 1 {
        let (a, b) = (start as usize, stop.max(start) as usize);
        target.borrow_mut().splice(a..b, new);
        return Ok(());
    }
    let positions: Vec<usize> = slice_positions(start, stop, step).collect();
    if positions.len() != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            positions.len()
        )));
    }
    let mut data = target.borrow_mut();
    for (p, b) in positions.into_iter().zip(new) {
        data[p] = b;
    }
    Ok(())
}

pub fn setitem(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 2, 2, Style::Clinic)?;
    assign(vm, cell(vm, &c)?, &a[0], &a[1])?;
    Ok(vm.none())
}

pub fn delitem(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let data = cell(vm, &c)?;
    if !matches!(a[0].payload(), Some(Payload::Slice(_))) {
        let Some(i) = seq_index_with(vm, &a[0], "bytearray", || data.borrow().len())? else {
            return Err(vm.index_error("bytearray index out of range"));
        };
        data.borrow_mut().remove(i);
        return Ok(vm.none());
    }
    let (start, stop, step) = slice_indices_with(vm, &a[0], || data.borrow().len())?;
    let len = data.borrow().len();
    let mut doomed = vec![false; len];
    slice_positions(start, stop, step).for_each(|p| doomed[p] = true);
    let mut index = 0;
    data.borrow_mut().retain(|_| {
        index += 1;
        !doomed[index - 1]
    });
    Ok(vm.none())
}

pub fn iadd(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let Some(more) = as_bytes(&a[0]) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(&a[0]))));
    };
    cell(vm, &c)?.borrow_mut().extend_from_slice(&more);
    Ok(c.call.this.clone())
}

pub fn imul(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let Some(n) = repeat_count(vm, &a[0], c.data.len(), "bytes")? else {
        return Ok(vm.b().not_implemented.clone());
    };
    *cell(vm, &c)?.borrow_mut() = c.data.repeat(n);
    Ok(c.call.this.clone())
}
