//! `bytes.find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`, `partition`,
//! `rpartition`, `replace`, `removeprefix` and `removesuffix` (shared by `bytearray`).
//! Counterpart of the search functions of `Objects/bytes_methods.c`.

use super::{BytesCall, buffer};
use crate::object::{Payload, Value};
use crate::objects::bytes_ops::as_bytes;
use crate::objects::int;
use crate::objects::str_methods::algo::{self, Hay};
use crate::objects::str_methods::args::{Style, bounds, opt_isize};
use crate::objects::tuple_ops;
use crate::vm::{PyResult, Vm};

fn hay(data: &[u8]) -> Hay<'_> {
    Hay {
        data,
        len: data.len(),
        bytewise: true,
    }
}

/// The needle of the `find` family: bytes-like, or an int naming one byte.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b);
    }
    if int::is_int(v) {
        return match int::as_i64(v).and_then(|n| u8::try_from(n).ok()) {
            Some(b) => Ok(vec![b]),
            None => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

fn find_impl(vm: &Vm, c: &BytesCall<'_>, reverse: bool) -> PyResult<Option<usize>> {
    let a = c.call.positional(vm, 1, 3, Style::Tuple)?;
    let sub = needle(vm, &a[0])?;
    let (start, end) = bounds(vm, a.get(1), a.get(2), c.data.len())?;
    Ok(hay(&c.data).find(&sub, sub.len(), start, end, reverse))
}

fn found(r: Option<usize>) -> Value {
    r.map_or_else(|| int::from_i64(-1), int::from_usize)
}

pub fn find(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    find_impl(vm, &c, false).map(found)
}

pub fn rfind(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    find_impl(vm, &c, true).map(found)
}

pub fn index(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    find_impl(vm, &c, false)?
        .map(int::from_usize)
        .ok_or_else(|| vm.value_error("subsection not found"))
}

pub fn rindex(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    find_impl(vm, &c, true)?
        .map(int::from_usize)
        .ok_or_else(|| vm.value_error("subsection not found"))
}

pub fn count(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 3, Style::Tuple)?;
    let sub = needle(vm, &a[0])?;
    let (start, end) = bounds(vm, a.get(1), a.get(2), c.data.len())?;
    Ok(int::from_usize(hay(&c.data).count(&sub, start, end)))
}

fn tailmatch(vm: &Vm, c: &BytesCall<'_>, at_end: bool) -> PyResult<Value> {
    let name = c.call.name;
    let a = c.call.positional(vm, 1, 3, Style::Tuple)?;
    let (start, end) = bounds(vm, a.get(1), a.get(2), c.data.len())?;
    let h = hay(&c.data);
    if let Some(Payload::Tuple(items)) = a[0].payload() {
        for item in items.iter() {
            let Some(p) = as_bytes(item) else {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(item)
                )));
            };
            if h.tailmatch(&p, p.len(), start, end, at_end) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    match as_bytes(&a[0]) {
        Some(p) => Ok(vm.bool(h.tailmatch(&p, p.len(), start, end, at_end))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

pub fn startswith(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    tailmatch(vm, &c, false)
}

pub fn endswith(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    tailmatch(vm, &c, true)
}

fn partition_impl(vm: &Vm, c: &BytesCall<'_>, reverse: bool) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let sep = buffer(vm, &a[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = &c.data;
    let at = if reverse {
        algo::rfind(data, &sep)
    } else {
        algo::find(data, &sep)
    };
    let parts: [&[u8]; 3] = match at {
        Some(i) => [&data[..i], &sep, &data[i + sep.len()..]],
        None if reverse => [b"", b"", data],
        None => [data, b"", b""],
    };
    Ok(tuple_ops::new_tuple(
        parts.iter().map(|p| c.wrap(p.to_vec())).collect(),
    ))
}

pub fn partition(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    partition_impl(vm, &c, false)
}

pub fn rpartition(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    partition_impl(vm, &c, true)
}

pub fn replace(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 2, 3, Style::Clinic)?;
    let (old, new) = (buffer(vm, &a[0])?, buffer(vm, &a[1])?);
    let count = opt_isize(vm, a.get(2), -1)?;
    let out = if old.is_empty() {
        algo::replace_empty(&c.data, 0..c.data.len(), &new, count)
    } else {
        algo::replace(&c.data, &old, &new, count)
    };
    Ok(c.wrap(out))
}

fn remove_affix(vm: &Vm, c: &BytesCall<'_>, suffix: bool) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let affix = buffer(vm, &a[0])?;
    let data = &c.data;
    let rest = if suffix {
        data.strip_suffix(&affix[..])
    } else {
        data.strip_prefix(&affix[..])
    };
    Ok(c.wrap(rest.unwrap_or(data).to_vec()))
}

pub fn removeprefix(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    remove_affix(vm, &c, false)
}

pub fn removesuffix(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    remove_affix(vm, &c, true)
}
