//! The methods of `array.array`: the list-like mutators, the byte and list conversions, and
//! the sequence, comparison and arithmetic dunders. Counterpart of the `array_array_*`
//! methods of CPython's `Modules/arraymodule.c`.

use super::{all_items, arr, count, get, pack, pack_all, sibling, size, unicode};
use crate::object::{Payload, Value};
use crate::objects::buffer::{self, ArrayData};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{bytes_ops, int, list_ops, tuple_ops};
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};

/// `self` (an array) and the other positional arguments, counted.
fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a Value, &'a ArrayData, &'a [Value])> {
    let a = args.positional_only(vm, name, 1 + min, 1 + max)?;
    Ok((&a[0], arr(vm, &a[0])?, &a[1..]))
}

fn append(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "append", 1, 1)?;
    let b = pack(vm, a, &x[0])?;
    a.data.borrow_mut().extend(b);
    Ok(vm.none())
}

fn extend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "extend", 1, 1)?;
    let b = match buffer::as_array(&x[0]) {
        Some(other) if other.code != a.code => {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        Some(other) => other.data.borrow().clone(),
        None => pack_all(vm, a, &x[0])?,
    };
    a.data.borrow_mut().extend(b);
    Ok(vm.none())
}

/// A position for `insert`/`pop`: negative counts from the end, then clamped (insert) or
/// checked (pop).
fn position(vm: &Vm, v: &Value, n: usize) -> PyResult<i64> {
    let i = int::as_i64(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })?;
    Ok(if i < 0 { i + n as i64 } else { i })
}

fn insert(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "insert", 2, 2)?;
    let n = count(a);
    let i = position(vm, &x[0], n)?.clamp(0, n as i64) as usize;
    let b = pack(vm, a, &x[1])?;
    let mut d = a.data.borrow_mut();
    let at = (i * size(a)).min(d.len());
    d.splice(at..at, b);
    Ok(vm.none())
}

fn pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "pop", 0, 1)?;
    let n = count(a);
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let i = match x.first() {
        Some(v) => position(vm, v, n)?,
        None => n as i64 - 1,
    };
    if i < 0 || i >= n as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let item = get(vm, a, i as usize)?;
    remove_at(a, i as usize);
    Ok(item)
}

fn remove_at(a: &ArrayData, i: usize) {
    let n = size(a);
    let mut d = a.data.borrow_mut();
    if (i + 1) * n <= d.len() {
        d.drain(i * n..(i + 1) * n);
    }
}

/// The index of the first item equal to `x` in `[start, stop)`.
fn find(vm: &Vm, a: &ArrayData, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let items = all_items(vm, a)?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq(vm, item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "remove", 1, 1)?;
    match find(vm, a, &x[0], 0, usize::MAX)? {
        Some(i) => {
            remove_at(a, i);
            Ok(vm.none())
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "index", 1, 3)?;
    let n = count(a) as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => position(vm, v, n as usize)?,
            None => default,
        };
        Ok(i.clamp(0, n) as usize)
    };
    let (start, stop) = (bound(x.get(1), 0)?, bound(x.get(2), n)?);
    match find(vm, a, &x[0], start, stop)? {
        Some(i) => Ok(int::from_usize(i)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "count", 1, 1)?;
    let mut k = 0;
    for item in all_items(vm, a)? {
        if ops::eq(vm, &item, &x[0])? {
            k += 1;
        }
    }
    Ok(int::from_usize(k))
}

fn contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "__contains__", 1, 1)?;
    Ok(vm.bool(find(vm, a, &x[0], 0, usize::MAX)?.is_some()))
}

fn reverse(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "reverse", 0, 0)?;
    let n = size(a);
    let mut d = a.data.borrow_mut();
    let items: Vec<Vec<u8>> = d.chunks(n).rev().map(<[u8]>::to_vec).collect();
    *d = items.concat();
    Ok(vm.none())
}

fn byteswap(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "byteswap", 0, 0)?;
    let n = size(a);
    for chunk in a.data.borrow_mut().chunks_mut(n) {
        chunk.reverse();
    }
    Ok(vm.none())
}

fn tobytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "tobytes", 0, 0)?;
    Ok(bytes_ops::new_bytes(a.data.borrow().clone()))
}

fn frombytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "frombytes", 1, 1)?;
    let Some(b) = bytes_ops::as_bytes(&x[0]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&x[0])
        )));
    };
    if !b.len().is_multiple_of(size(a)) {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    a.data.borrow_mut().extend(b);
    Ok(vm.none())
}

fn tolist(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "tolist", 0, 0)?;
    Ok(list_ops::new_list(all_items(vm, a)?))
}

fn fromlist(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "fromlist", 1, 1)?;
    if !matches!(x[0].payload(), Some(Payload::List(_))) {
        return Err(vm.type_error("arg must be list"));
    }
    let b = pack_all(vm, a, &x[0])?;
    a.data.borrow_mut().extend(b);
    Ok(vm.none())
}

fn tounicode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "tounicode", 0, 0)?;
    if a.code != 'u' {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    unicode(vm, a)
}

fn fromunicode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "fromunicode", 1, 1)?;
    if a.code != 'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let Some(s) = crate::objects::str::as_str(&x[0]) else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(&x[0])
        )));
    };
    let b: Vec<u8> = s.chars().flat_map(|c| u32::from(c).to_ne_bytes()).collect();
    a.data.borrow_mut().extend(b);
    Ok(vm.none())
}

/// `buffer_info()`: (an address-like identity, the number of items).
fn buffer_info(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a, _) = this(vm, &args, "buffer_info", 0, 0)?;
    Ok(tuple_ops::new_tuple(vec![
        int::from_usize(v.id()),
        int::from_usize(count(a)),
    ]))
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "__len__", 0, 0)?;
    Ok(int::from_usize(count(a)))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "__getitem__", 1, 1)?;
    if let Some(Payload::Slice { .. }) = x[0].payload() {
        let (start, stop, step) = ops::seq::slice_indices(vm, &x[0], count(a))?;
        let n = size(a);
        let d = a.data.borrow();
        let out: Vec<u8> = ops::seq::slice_positions(start, stop, step)
            .flat_map(|i| d.get(i * n..(i + 1) * n).unwrap_or_default().to_vec())
            .collect();
        drop(d);
        return Ok(sibling(a.code, out));
    }
    match ops::seq::seq_index(vm, &x[0], count(a), "array")? {
        Some(i) => get(vm, a, i),
        None => Err(vm.index_error("array index out of range")),
    }
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "__setitem__", 2, 2)?;
    if let Some(Payload::Slice { .. }) = x[0].payload() {
        return set_slice(vm, a, &x[0], &x[1]);
    }
    let Some(i) = ops::seq::seq_index(vm, &x[0], count(a), "array")? else {
        return Err(vm.index_error("array assignment index out of range"));
    };
    let b = pack(vm, a, &x[1])?;
    let n = size(a);
    match a.data.borrow_mut().get_mut(i * n..(i + 1) * n) {
        Some(dst) => dst.copy_from_slice(&b),
        None => return Err(vm.index_error("array assignment index out of range")),
    }
    Ok(vm.none())
}

fn set_slice(vm: &Vm, a: &ArrayData, key: &Value, value: &Value) -> PyResult<Value> {
    let other = match buffer::as_array(value) {
        Some(o) if o.code == a.code => o.data.borrow().clone(),
        Some(_) => return Err(vm.type_error("bad argument type for built-in operation")),
        None => {
            return Err(vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(value)
            )));
        }
    };
    let n = size(a);
    let (start, stop, step) = ops::seq::slice_indices(vm, key, count(a))?;
    let positions: Vec<usize> = ops::seq::slice_positions(start, stop, step).collect();
    let mut d = a.data.borrow_mut();
    if step == 1 {
        let lo = (start.max(0) as usize * n).min(d.len());
        let hi = (stop.max(start).max(0) as usize * n).clamp(lo, d.len());
        d.splice(lo..hi, other);
        return Ok(vm.none());
    }
    if positions.len() * n != other.len() {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {} to extended slice of size {}",
            other.len() / n,
            positions.len()
        )));
    }
    for (k, i) in positions.into_iter().enumerate() {
        if let Some(dst) = d.get_mut(i * n..(i + 1) * n) {
            dst.copy_from_slice(&other[k * n..(k + 1) * n]);
        }
    }
    Ok(vm.none())
}

fn delitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "__delitem__", 1, 1)?;
    if let Some(Payload::Slice { .. }) = x[0].payload() {
        let (start, stop, step) = ops::seq::slice_indices(vm, &x[0], count(a))?;
        let mut gone: Vec<usize> = ops::seq::slice_positions(start, stop, step).collect();
        gone.sort_unstable();
        for i in gone.into_iter().rev() {
            remove_at(a, i);
        }
        return Ok(vm.none());
    }
    match ops::seq::seq_index(vm, &x[0], count(a), "array")? {
        Some(i) => {
            remove_at(a, i);
            Ok(vm.none())
        }
        None => Err(vm.index_error("array assignment index out of range")),
    }
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, _, _) = this(vm, &args, "__iter__", 0, 0)?;
    Ok(crate::objects::iter_types::seq_iter(v))
}

/// Both operands' items when `other` is an array too (else `NotImplemented`).
fn compare(vm: &Vm, args: &Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (_, a, x) = this(vm, args, "__eq__", 1, 1)?;
    let Some(b) = buffer::as_array(&x[0]) else {
        return Ok(vm.b().not_implemented.clone());
    };
    let (mine, theirs) = (
        list_ops::new_list(all_items(vm, a)?),
        list_ops::new_list(all_items(vm, b)?),
    );
    ops::rich_compare(vm, &mine, &theirs, op)
}

macro_rules! comparisons {
    ($($f:ident $op:ident;)*) => {
        $(fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            compare(vm, &args, CmpOp::$op)
        })*
    };
}

comparisons! {
    eq Eq;
    ne Ne;
    lt Lt;
    le Le;
    gt Gt;
    ge Ge;
}

/// The bytes of an array of the same kind as `a`, for `+` and `+=`.
fn same_kind(vm: &Vm, a: &ArrayData, other: &Value) -> PyResult<Vec<u8>> {
    match buffer::as_array(other) {
        Some(o) if o.code == a.code => Ok(o.data.borrow().clone()),
        Some(_) => Err(vm.type_error("bad argument type for built-in operation")),
        None => Err(vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(other)
        ))),
    }
}

fn add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "__add__", 1, 1)?;
    let mut d = a.data.borrow().clone();
    d.extend(same_kind(vm, a, &x[0])?);
    Ok(sibling(a.code, d))
}

fn iadd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a, x) = this(vm, &args, "__iadd__", 1, 1)?;
    let more = same_kind(vm, a, &x[0])?;
    a.data.borrow_mut().extend(more);
    Ok(v.clone())
}

/// `a`'s bytes repeated `n` times (`None` when `n` is not an int; negative counts give an
/// empty array, counts too large to allocate a `MemoryError`).
fn repeated(vm: &Vm, a: &ArrayData, n: &Value) -> PyResult<Option<Vec<u8>>> {
    let Some(k) = ops::seq::index_of(vm, n)? else {
        return Ok(None);
    };
    let Ok(k) = isize::try_from(&k) else {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    };
    let k = k.max(0) as usize;
    let d = a.data.borrow();
    match d.len().checked_mul(k) {
        Some(total) if total <= 1 << 34 => Ok(Some(d.repeat(k))),
        _ => Err(vm.new_exc("MemoryError", "")),
    }
}

fn mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, x) = this(vm, &args, "__mul__", 1, 1)?;
    let Some(d) = repeated(vm, a, &x[0])? else {
        return Ok(vm.b().not_implemented.clone());
    };
    Ok(sibling(a.code, d))
}

fn imul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a, x) = this(vm, &args, "__imul__", 1, 1)?;
    let Some(d) = repeated(vm, a, &x[0])? else {
        return Ok(vm.b().not_implemented.clone());
    };
    *a.data.borrow_mut() = d;
    Ok(v.clone())
}

fn copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a, _) = this(vm, &args, "__copy__", 0, 1)?;
    Ok(sibling(a.code, a.data.borrow().clone()))
}

/// `__reduce_ex__(protocol)`: rebuild from the typecode and the items (and the instance dict).
fn reduce_ex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, a, _) = this(vm, &args, "__reduce_ex__", 0, 1)?;
    let code = crate::objects::str::new_str(a.code.encode_utf8(&mut [0; 4]));
    let items = list_ops::new_list(all_items(vm, a)?);
    let state = v
        .obj()
        .and_then(|o| o.dict_value())
        .unwrap_or_else(|| vm.none());
    Ok(tuple_ops::new_tuple(vec![
        v.class(),
        tuple_ops::new_tuple(vec![code, items]),
        state,
    ]))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("index", index),
    ("count", count_method),
    ("reverse", reverse),
    ("byteswap", byteswap),
    ("tobytes", tobytes),
    ("frombytes", frombytes),
    ("tolist", tolist),
    ("fromlist", fromlist),
    ("tounicode", tounicode),
    ("fromunicode", fromunicode),
    ("buffer_info", buffer_info),
    ("__len__", len),
    ("__getitem__", getitem),
    ("__setitem__", setitem),
    ("__delitem__", delitem),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__add__", add),
    ("__iadd__", iadd),
    ("__mul__", mul),
    ("__rmul__", mul),
    ("__imul__", imul),
    ("__copy__", copy),
    ("__deepcopy__", copy),
    ("__reduce_ex__", reduce_ex),
];
