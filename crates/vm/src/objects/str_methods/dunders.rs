//! The dunder methods of `str` in its type dict, for subclasses and explicit calls
//! (`str.__len__(s)`); exact strings take the native paths of `ops`. Counterpart of the
//! sequence, number and comparison slots of `PyUnicode_Type`.

use super::args::Style;
use super::str_call;
use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, from_string, new_str};
use crate::objects::{int, str_ops, tuple_ops, types};
use crate::ops::seq::index_of;
use crate::vm::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

/// Whether a failed operation should defer to `other`'s reflected method written in Python.
pub fn defers_to(other: &Value, reflected: &str) -> bool {
    types::lookup_str_on_class(other, reflected)
        .is_some_and(|m| !matches!(m.payload(), Some(Payload::Builtin(_))))
}

pub fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__len__")?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(int::from_usize(s.char_len()))
}

pub fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, call) = str_call(vm, args, "__getitem__")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    str_ops::getitem(vm, call.this, &a[0])
}

pub fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, call) = str_call(vm, args, "__contains__")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    str_ops::contains(vm, call.this, &a[0]).map(|b| vm.bool(b))
}

pub fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__iter__")?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    let seq = new_str(s.as_str());
    Ok(crate::objects::iter_types::seq_iter(&seq))
}

pub fn add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__add__")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let Some(other) = as_pystr(&a[0]) else {
        if defers_to(&a[0], "__radd__") {
            return Ok(vm.b().not_implemented.clone());
        }
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&a[0])
        )));
    };
    Ok(from_string([s.as_str(), other.as_str()].concat()))
}

/// The count of `seq * n`: an index, else CPython's "can't multiply sequence" error; `None` to
/// defer to a reflected method written in Python.
pub fn repeat_count(vm: &Vm, n: &Value, unit_len: usize, what: &str) -> PyResult<Option<usize>> {
    let Some(count) = index_of(vm, n)? else {
        if defers_to(n, "__rmul__") {
            return Ok(None);
        }
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    };
    if count.is_negative() || unit_len == 0 {
        return Ok(Some(0));
    }
    let total = count
        .to_usize()
        .and_then(|c| c.checked_mul(unit_len))
        .filter(|&t| t <= isize::MAX as usize);
    match total {
        None => Err(vm.overflow_error(format!("repeated {what} is too long"))),
        Some(t) if t > 1 << 34 => Err(vm.new_exc("MemoryError", "")),
        Some(_) => Ok(count.to_usize()),
    }
}

pub fn mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__mul__")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    match repeat_count(vm, &a[0], s.as_str().len(), "string")? {
        Some(n) => Ok(from_string(s.as_str().repeat(n))),
        None => Ok(vm.b().not_implemented.clone()),
    }
}

pub fn modulo(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, call) = str_call(vm, args, "__mod__")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    str_ops::percent_format(vm, call.this, &a[0])
}

/// A comparison: `NotImplemented` unless both are strings.
fn compare(
    vm: &Vm,
    args: Args<'_>,
    name: &'static str,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    match as_pystr(&a[0]) {
        Some(o) => Ok(vm.bool(test(s.as_str().cmp(o.as_str())))),
        None => Ok(vm.b().not_implemented.clone()),
    }
}

pub fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__eq__", std::cmp::Ordering::is_eq)
}

pub fn ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__ne__", std::cmp::Ordering::is_ne)
}

pub fn lt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__lt__", std::cmp::Ordering::is_lt)
}

pub fn le(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__le__", std::cmp::Ordering::is_le)
}

pub fn gt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__gt__", std::cmp::Ordering::is_gt)
}

pub fn ge(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__ge__", std::cmp::Ordering::is_ge)
}

pub fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__hash__")?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(int::from_i64(s.hash()))
}

pub fn str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__str__")?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    if call.this.class_is(&vm.b().str_) {
        return Ok(call.this.clone());
    }
    Ok(new_str(s.as_str()))
}

pub fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__repr__")?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(from_string(gilpy_algo::unicode::str_repr(s.as_str())))
}

pub fn format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__format__")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let Some(spec) = as_pystr(&a[0]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let plain = new_str(s.as_str());
    crate::ops::format(vm, &plain, Some(&new_str(spec.as_str())))
}

pub fn getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "__getnewargs__")?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(tuple_ops::new_tuple(vec![new_str(s.as_str())]))
}
