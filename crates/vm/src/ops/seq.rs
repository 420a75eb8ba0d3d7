//! Sequence, mapping and iteration protocols: subscripts, `in`, `len`, `iter`/`next`, and the
//! native `+`, `*` and comparisons of builtin sequences. Counterpart of `PyObject_GetItem`,
//! `PySequence_*`, `PyIter_Next` in `Objects/abstract.c`.

use crate::object::{Payload, Value};
use crate::objects::iter::IterState;
use crate::objects::{
    bytes_ops, dict_ops, int, list_methods, list_ops, set_ops, str_ops, tuple_ops, types,
};
use crate::ops::{BinOp, CmpOp, call};
use crate::payload::Bounds;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;

fn builtin_class(v: &Value) -> bool {
    types::type_data(&v.class()).is_some_and(|t| !t.heap)
}

/// An object usable as an index (`__index__`), as isize; `OverflowError`-free clamp is the caller's.
pub fn index_of(vm: &Vm, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
    if let Some(i) = int::to_bigint(v) {
        return Ok(Some(i));
    }
    if let Some(m) = types::lookup_str_on_class(v, "__index__") {
        let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
        return match int::to_bigint(&r) {
            Some(i) => Ok(Some(i)),
            None => Err(vm.type_error(format!(
                "__index__ returned non-int (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Ok(None)
}

/// Normalise a sequence index (negative counts from the end); `None` when out of range.
pub fn seq_index(vm: &Vm, v: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    seq_index_with(vm, v, what, || len)
}

/// `seq_index` for a sequence that `__index__` may change: the length is read after it ran.
pub fn seq_index_with(
    vm: &Vm,
    v: &Value,
    what: &str,
    len: impl FnOnce() -> usize,
) -> PyResult<Option<usize>> {
    let i = index_raw(vm, v, what)?;
    Ok(normalise_index(i, len()))
}

/// An index as an i64, before normalising (`__index__` runs here).
pub fn index_raw(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(i);
    }
    let Some(i) = index_of(vm, v)? else {
        return Err(vm.type_error(format!(
            "{what} indices must be integers or slices, not {}",
            vm.type_name(v)
        )));
    };
    i.to_i64().ok_or_else(|| {
        vm.new_exc(
            "IndexError",
            format!(
                "cannot fit '{}' into an index-sized integer",
                vm.type_name(v)
            ),
        )
    })
}

/// A raw index counted from the end when negative; `None` when out of `0..len`.
pub fn normalise_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `slice.indices(len)`: (start, stop, step) clamped as CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(vm: &Vm, slice: &Value, len: usize) -> PyResult<(isize, isize, isize)> {
    slice_indices_with(vm, slice, || len)
}

/// `slice_indices` for a sequence that the bounds' `__index__` may change: the length is read
/// after they ran (CPython's `PySlice_Unpack`, then `PySlice_AdjustIndices`).
pub fn slice_indices_with(
    vm: &Vm,
    slice: &Value,
    len: impl FnOnce() -> usize,
) -> PyResult<(isize, isize, isize)> {
    let Some(Payload::Slice(b)) = slice.payload() else {
        return Err(vm.type_error("expected a slice"));
    };
    let Bounds { start, stop, step } = &**b;
    let get = |v: &Value| -> PyResult<Option<isize>> {
        if let Some(i) = v.as_small() {
            return Ok(Some(i as isize));
        }
        if vm.is_none(v) {
            return Ok(None);
        }
        match index_of(vm, v)? {
            Some(i) => Ok(Some(i.to_isize().unwrap_or(
                if i.sign() == num_bigint::Sign::Minus {
                    isize::MIN / 2
                } else {
                    isize::MAX / 2
                },
            ))),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = get(step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (start, stop) = (get(start)?, get(stop)?);
    let (start, stop) = adjust_indices(start, stop, step, len() as isize);
    Ok((start, stop, step))
}

/// A slice's start and stop (`None`: omitted) clamped to a sequence of `len` items for a
/// non-zero `step` (CPython's `PySlice_AdjustIndices`).
#[inline]
pub fn adjust_indices(
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
    len: isize,
) -> (isize, isize) {
    let adjust = |i: Option<isize>, default: isize| -> isize {
        match i {
            None => default,
            Some(i) if i < 0 => {
                let j = i + len;
                if j >= 0 {
                    j
                } else if step < 0 {
                    -1
                } else {
                    0
                }
            }
            Some(i) if i >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(i) => i,
        }
    };
    let start = adjust(start, if step < 0 { len - 1 } else { 0 });
    let stop = adjust(stop, if step < 0 { -1 } else { len });
    (start, stop)
}

/// The positions a slice selects.
/// How many positions `slice_positions(start, stop, step)` yields.
pub fn slice_len(start: isize, stop: isize, step: isize) -> usize {
    let n = if step > 0 {
        (stop - start + step - 1) / step
    } else {
        (start - stop - step - 1) / -step
    };
    n.max(0) as usize
}

pub fn slice_positions(start: isize, stop: isize, step: isize) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

/// `container[key]`.
pub fn getitem(vm: &Vm, c: &Value, k: &Value) -> PyResult<Value> {
    if builtin_class(c) {
        match c.payload() {
            Some(Payload::List(_)) => return list_ops::getitem(vm, c, k),
            Some(Payload::Tuple(_)) => return tuple_ops::getitem(vm, c, k),
            Some(Payload::Dict(_)) => {
                return dict_ops::get_item(vm, c, k)?.ok_or_else(|| vm.key_error(k.clone()));
            }
            Some(Payload::Str(_)) => return str_ops::getitem(vm, c, k),
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => return bytes_ops::getitem(vm, c, k),
            Some(Payload::Range(_)) => return crate::objects::range_ops::getitem(vm, c, k),
            _ => {}
        }
    }
    if let Some(m) = types::lookup_str_on_class(c, "__getitem__") {
        return call::call(vm, &m, &[c.clone(), k.clone()], &[]);
    }
    if let Some(Payload::Type(_)) = c.payload() {
        if c.is(&vm.b().type_) {
            return crate::objects::generic_alias::generic_alias(vm, c, k);
        }
        if let Some(m) =
            crate::ops::getattr_opt(vm, c, &crate::objects::str::intern("__class_getitem__"))?
        {
            return call::call(vm, &m, std::slice::from_ref(k), &[]);
        }
        return Err(vm.type_error(format!(
            "type '{}' is not subscriptable",
            types::type_name(c)
        )));
    }
    Err(vm.type_error(format!("'{}' object is not subscriptable", vm.type_name(c))))
}

/// `container[key] = value`.
pub fn setitem(vm: &Vm, c: &Value, k: &Value, v: Value) -> PyResult<()> {
    if builtin_class(c) {
        match c.payload() {
            Some(Payload::List(_)) => return list_ops::setitem(vm, c, k, v),
            Some(Payload::Dict(_)) => return dict_ops::store(vm, c, k, v),
            Some(Payload::ByteArray(_)) => return bytes_ops::setitem(vm, c, k, v),
            _ => {}
        }
    }
    match types::lookup_str_on_class(c, "__setitem__") {
        Some(m) => call::call(vm, &m, &[c.clone(), k.clone(), v], &[]).map(drop),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(c)
        ))),
    }
}

/// `del container[key]`.
pub fn delitem(vm: &Vm, c: &Value, k: &Value) -> PyResult<()> {
    if builtin_class(c) {
        match c.payload() {
            Some(Payload::List(_)) => return list_ops::delitem(vm, c, k),
            Some(Payload::Dict(_)) => {
                return if dict_ops::del_item(vm, c, k)? {
                    Ok(())
                } else {
                    Err(vm.key_error(k.clone()))
                };
            }
            _ => {}
        }
    }
    match types::lookup_str_on_class(c, "__delitem__") {
        Some(m) => call::call(vm, &m, &[c.clone(), k.clone()], &[]).map(drop),
        None => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(c)
        ))),
    }
}

/// Lookup in a namespace mapping (`LOAD_NAME`'s locals): `None` when the key is missing.
pub fn mapping_get(vm: &Vm, m: &Value, k: &Value) -> PyResult<Option<Value>> {
    if let Some(Payload::Dict(_)) = m.payload()
        && builtin_class(m)
    {
        return dict_ops::get_item(vm, m, k);
    }
    match getitem(vm, m, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `item in container`.
/// `item in list`, as `list_contains`: by index, without copying the list; items that compare
/// without Python code are decided under one borrow, the others are referenced while their
/// `__eq__` runs (which may change the list).
fn list_contains(vm: &Vm, l: &PyCell<Vec<Value>>, item: &Value) -> PyResult<bool> {
    let mut i = 0;
    loop {
        let x = {
            let items = l.borrow();
            loop {
                let Some(x) = items.get(i) else {
                    return Ok(false);
                };
                if x.is(item) {
                    return Ok(true);
                }
                match crate::ops::compare::native_eq(x, item) {
                    Some(true) => return Ok(true),
                    Some(false) => i += 1,
                    None => break x.clone(),
                }
            }
        };
        if crate::ops::eq(vm, &x, item)? {
            return Ok(true);
        }
        i += 1;
    }
}

pub fn contains(vm: &Vm, c: &Value, item: &Value) -> PyResult<bool> {
    if let Some(found) = set_ops::contains_native(c, item) {
        return Ok(found);
    }
    if builtin_class(c) {
        match c.payload() {
            Some(Payload::Dict(_)) => return dict_ops::contains(vm, c, item),
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => return set_ops::contains(vm, c, item),
            Some(Payload::Str(_)) => return str_ops::contains(vm, c, item),
            Some(Payload::List(l)) => return list_contains(vm, l, item),
            Some(Payload::Tuple(items)) => {
                for x in items.iter() {
                    if crate::ops::eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Some(Payload::Range(_)) => return crate::objects::range_ops::contains(vm, c, item),
            _ => {}
        }
    }
    if let Some(m) = types::lookup_str_on_class(c, "__contains__") {
        let r = call::call(vm, &m, &[c.clone(), item.clone()], &[])?;
        return crate::ops::is_true(vm, &r);
    }
    let it = match iter(vm, c) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_name(c)
            )));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(vm, &it)? {
        if crate::ops::eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Validate a `__len__` result.
pub fn len_result(vm: &Vm, r: &Value) -> PyResult<Value> {
    match int::to_bigint(r) {
        Some(i) if i.sign() == num_bigint::Sign::Minus => {
            Err(vm.value_error("__len__() should return >= 0"))
        }
        Some(_) => Ok(r.clone()),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(r)
        ))),
    }
}

/// `len(v)`.
pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    match v.payload() {
        Some(Payload::Str(s)) if builtin_class(v) => return Ok(s.char_len()),
        Some(Payload::List(l)) if builtin_class(v) => return Ok(l.borrow().len()),
        Some(Payload::Tuple(t)) if builtin_class(v) => return Ok(t.len()),
        Some(Payload::Dict(d)) if builtin_class(v) => return Ok(d.borrow().len()),
        Some(Payload::Set(s)) if builtin_class(v) => return Ok(s.borrow().len()),
        Some(Payload::FrozenSet(s)) if builtin_class(v) => return Ok(s.len()),
        Some(Payload::Bytes(b)) => return Ok(b.len()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().len()),
        _ => {}
    }
    if let Some(m) = types::lookup_str_on_class(v, "__len__") {
        let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
        let r = len_result(vm, &r)?;
        return int::as_i64(&r)
            .map(|i| i as usize)
            .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    if let Some(Payload::Range(_)) = v.payload() {
        return crate::objects::range_ops::len(vm, v);
    }
    Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
}

fn new_iter(vm: &Vm, class: &Value, state: IterState) -> Value {
    let _ = vm;
    crate::object_freelist::new_iter(class, state)
}

/// `iter(v)`.
pub fn iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    let b = vm.b();
    if builtin_class(v) {
        let state = match v.payload() {
            Some(
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_),
            ) => Some(crate::objects::iter_types::seq_state(v)),
            Some(Payload::Range(_)) => Some(crate::objects::range_ops::iter_state(vm, v)?),
            Some(Payload::Dict(d)) => {
                let d = d.borrow();
                Some(IterState::Dict {
                    dict: v.clone(),
                    pos: 0,
                    kind: crate::objects::iter::DictIterKind::Keys,
                    len: d.len(),
                    version: d.version,
                })
            }
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => Some(IterState::Set {
                set: v.clone(),
                pos: 0,
                len: len(vm, v)?,
            }),
            Some(Payload::Iter(_)) => return Ok(v.clone()),
            Some(Payload::Generator(g)) if g.kind == crate::objects::generator::Kind::Generator => {
                return Ok(v.clone());
            }
            _ => None,
        };
        if let Some(s) = state {
            let class = match (&s, v.payload()) {
                (_, Some(Payload::Range(_))) => b.iters.for_range(&s),
                (IterState::Dict { .. }, _) => &b.iters.dict_key,
                (IterState::Set { .. }, _) => &b.iters.set,
                _ => b.iters.for_seq(v),
            };
            return Ok(new_iter(vm, class, s));
        }
    }
    if let Some(m) = types::lookup_str_on_class(v, "__iter__") {
        let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
        if types::lookup_str_on_class(&r, "__next__").is_none()
            && !matches!(r.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        {
            return Err(vm.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                vm.type_name(&r)
            )));
        }
        return Ok(r);
    }
    if types::lookup_str_on_class(v, "__getitem__").is_some() {
        return Ok(new_iter(
            vm,
            &b.iters.seq,
            IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
        ));
    }
    Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))))
}

/// `next(it)`; `None` when exhausted.
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    match it.payload() {
        Some(Payload::Iter(state)) => crate::objects::iter_ops::next(vm, it, state),
        Some(Payload::Generator(g)) if g.kind == crate::objects::generator::Kind::Generator => {
            crate::objects::generator_ops::next(vm, it)
        }
        _ => match types::lookup_str_on_class(it, "__next__") {
            Some(m) => match call::call(vm, &m, std::slice::from_ref(it), &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
        },
    }
}

/// All items of an iterable.
pub fn collect(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if builtin_class(v) {
        match v.payload() {
            Some(Payload::List(l)) => return Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    // A range's length is known: room for all of it is asked for first, so a range too long
    // to hold raises MemoryError at once (CPython's length hint) instead of filling memory.
    let mut out = match v.payload() {
        Some(Payload::Range { .. }) => {
            crate::alloc::vec_with_capacity(vm, crate::objects::range_ops::len(vm, v)?)?
        }
        _ => Vec::new(),
    };
    if let Some(Payload::Generator(g)) = v.payload()
        && g.kind == crate::objects::generator::Kind::Generator
    {
        let mut sink = Collect(out);
        crate::objects::generator_drain::drain(vm, g, &mut sink)?;
        return Ok(sink.0);
    }
    let it = iter(vm, v)?;
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}

/// `collect` from a generator: every item is pushed natively.
struct Collect(Vec<Value>);

impl crate::objects::generator_drain::Sink for Collect {
    fn take_native(&mut self, item: Value) -> Option<Value> {
        self.0.push(item);
        None
    }

    fn take(&mut self, _vm: &Vm, item: Value) -> PyResult<()> {
        self.0.push(item);
        Ok(())
    }
}

/// `+` and `*` of builtin sequences (exact types); `None` when not applicable.
/// `x + y` for the items of two lists or tuples, allocated once at the final size.
pub fn concat(x: &[Value], y: &[Value]) -> Vec<Value> {
    let mut v = Vec::with_capacity(x.len() + y.len());
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    v
}

pub fn native_binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if op == BinOp::Add
        && let Some(s) =
            crate::objects::str::concat_exact(a, b).or_else(|| list_ops::concat_exact(a, b))
    {
        return Ok(Some(s));
    }
    if !builtin_class(a) || !builtin_class(b) {
        return Ok(None);
    }
    match (op, a.payload(), b.payload()) {
        (BinOp::Add, Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            // As `PyUnicode_Concat`, adding the empty string gives the other operand itself.
            if x.as_str().is_empty() {
                return Ok(Some(b.clone()));
            }
            if y.as_str().is_empty() {
                return Ok(Some(a.clone()));
            }
            Ok(Some(crate::objects::str::concat(
                x.as_str(),
                y.as_str(),
                x.char_len() + y.char_len(),
            )))
        }
        (BinOp::Add, Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            Ok(Some(tuple_ops::new_tuple(concat(x, y))))
        }
        (
            BinOp::Mul,
            Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)),
            _,
        ) if int::is_int(b) => repeat(vm, a, b).map(Some),
        (
            BinOp::Mul,
            _,
            Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)),
        ) if int::is_int(a) => repeat(vm, b, a).map(Some),
        (BinOp::Mod, Some(Payload::Str(_)), _) if a.class_is(&vm.b().str_) => {
            str_ops::percent_format(vm, a, b).map(Some)
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            _,
        ) => crate::objects::set_methods::set_binary(vm, a, b, op),
        (BinOp::Or, Some(Payload::Dict(_)), Some(Payload::Dict(_))) => {
            crate::objects::dict_methods::dict_or_values(vm, a, b).map(Some)
        }
        (BinOp::Add, Some(Payload::List(_) | Payload::Tuple(_)), _) => Err(concat_error(vm, a, b)),
        (BinOp::Mul, Some(Payload::List(_) | Payload::Tuple(_)), _)
        | (BinOp::Mul, _, Some(Payload::List(_) | Payload::Tuple(_))) => {
            let is_seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(
                        Payload::Str(_) | Payload::Bytes(_) | Payload::List(_) | Payload::Tuple(_)
                    )
                )
            };
            let n = if is_seq(b) && !is_seq(a) { a } else { b };
            Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(n)
            )))
        }
        _ => Ok(None),
    }
}

/// `[1] + 1`: the left operand's concatenation error (both operands are of builtin types, so
/// no `__radd__` can take over).
#[cold]
fn concat_error(vm: &Vm, a: &Value, b: &Value) -> crate::vm::PyErr {
    let name = vm.type_name(a);
    vm.type_error(format!(
        "can only concatenate {name} (not \"{}\") to {name}",
        vm.type_name(b)
    ))
}

/// `seq * n`.
fn repeat(vm: &Vm, seq: &Value, n: &Value) -> PyResult<Value> {
    let n = int::as_i64(n)
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    let n = n.max(0) as usize;
    let size = len(vm, seq)?;
    if size.saturating_mul(n) > (1 << 34) {
        return Err(vm.new_exc("MemoryError", ""));
    }
    Ok(match seq.payload() {
        Some(Payload::Str(s)) => crate::objects::str::from_string(s.as_str().repeat(n)),
        Some(Payload::Bytes(b)) => bytes_ops::new_bytes(b.repeat(n)),
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            list_ops::new_list(out)
        }
        _ => {
            let items = tuple_ops::items(seq).to_vec();
            if n == 1 {
                return Ok(seq.clone());
            }
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            tuple_ops::new_tuple(out)
        }
    })
}

/// `list += iterable` and `list *= n` (in place), for exact lists.
pub fn native_inplace(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !builtin_class(a) {
        return Ok(None);
    }
    match (op, a.payload()) {
        (BinOp::Add, Some(Payload::List(_))) => {
            list_ops::extend(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        (BinOp::Mul, Some(Payload::List(l))) if int::is_int(b) => {
            let n = list_methods::repeat_count(vm, b)?.unwrap_or(0);
            let items = l.borrow().clone();
            let old = l.replace(list_methods::repeat_items(vm, &items, n)?);
            drop(old);
            Ok(Some(a.clone()))
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Some(Payload::Set(_))) => {
            crate::objects::set_methods::set_inplace(vm, a, b, op)
        }
        (BinOp::Or, Some(Payload::Dict(_))) => {
            dict_ops::update(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// Comparisons of builtin sequences and containers (exact types); `None` when not applicable.
pub fn native_compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if !builtin_class(a) || !builtin_class(b) {
        return Ok(None);
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            Ok(Some(op.test(x.as_str().cmp(y.as_str()))))
        }
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Ok(Some(op.test(x.cmp(y)))),
        (Some(Payload::List(x)), Some(Payload::List(y))) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_compare(vm, &x, &y, op).map(Some)
        }
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => seq_compare(vm, x, y, op).map(Some),
        (Some(Payload::Dict(_)), Some(Payload::Dict(_))) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            Ok(Some(dict_ops::equal(vm, a, b)? == (op == CmpOp::Eq)))
        }
        (
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => set_ops::compare(vm, a, b, op).map(Some),
        (Some(Payload::Range(_)), Some(Payload::Range(_)))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            Ok(Some(
                crate::objects::range_methods::range_equal(vm, a, b)? == (op == CmpOp::Eq),
            ))
        }
        _ => Ok(None),
    }
}

/// Lexicographic comparison, as `list_richcompare`.
pub fn seq_compare(vm: &Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (p, q) in x.iter().zip(y) {
        if !crate::ops::eq(vm, p, q)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = crate::ops::rich_compare(vm, p, q, op)?;
                    crate::ops::is_true(vm, &r)
                }
            };
        }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}
