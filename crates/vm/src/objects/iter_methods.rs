//! The methods of the builtin iterator types: `__iter__`, `__next__`, and the
//! `__length_hint__`, `__reduce__` and `__setstate__` that `operator.length_hint`, `copy` and
//! `pickle` use. Counterpart of the `*iter_len`, `*iter_reduce` and `*iter_setstate` functions
//! of CPython's `Objects/iterobject.c`, `listobject.c`, `rangeobject.c`, `dictobject.c`,
//! `setobject.c` and `enumobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::IterState;
use crate::objects::str::{intern, new_str};
use crate::objects::types::builtin;
use crate::objects::{dict_ops, int, list_ops, tuple_ops};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

/// The iterator's state cell; a `TypeError` for anything else.
fn state<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a PyCell<IterState>)> {
    let a = args.positional_only(vm, name, 1, 2)?;
    match a[0].payload() {
        Some(Payload::Iter(st)) => Ok((&a[0], st)),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires an iterator, not '{}'",
            vm.type_name(&a[0])
        ))),
    }
}

fn iter_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn iter_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (it, st) = state(vm, &args, "__next__")?;
    crate::objects::iter_ops::next(vm, it, st)?.ok_or_else(|| vm.stop_iteration())
}

/// The number of items of a range from `start` to `stop` by `step`.
fn range_count(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / st + 1u32
    }
}

/// (start, next, stop, step) of a range iterator, as big ints.
fn range_parts(st: &IterState) -> Option<[BigInt; 4]> {
    let big = |v: &Value| int::to_bigint(v).unwrap_or_default();
    match st {
        IterState::Range {
            start,
            next,
            stop,
            step,
        } => Some([*start, *next, *stop, *step].map(BigInt::from)),
        IterState::BigRange {
            start,
            next,
            stop,
            step,
        } => Some([big(start), big(next), big(stop), big(step)]),
        _ => None,
    }
}

/// `__length_hint__`: the number of items left (`NotImplemented` when unknown).
fn length_hint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = state(vm, &args, "__length_hint__")?;
    let snapshot = match &*cell.borrow() {
        IterState::Seq { seq, index } | IterState::Str { seq, index, .. } => {
            Some((seq.clone(), *index as i64))
        }
        IterState::Reversed { seq, index } | IterState::StrReversed { seq, index, .. } => {
            return Ok(int::from_i64(reversed_left(vm, seq, *index)));
        }
        st @ (IterState::Range { .. } | IterState::BigRange { .. }) => {
            let [_, next, stop, step] = range_parts(st).unwrap_or_default();
            return Ok(int::from_bigint(range_count(&next, &stop, &step)));
        }
        st @ (IterState::Dict { .. } | IterState::Set { .. }) => {
            return Ok(int::from_usize(table_left(st)));
        }
        _ => None,
    };
    let Some((seq, index)) = snapshot else {
        return Ok(int::from_i64(0));
    };
    match seq_len(vm, &seq) {
        Ok(n) => Ok(int::from_i64((n as i64 - index).max(0))),
        Err(e) if vm.err_is(&e, "TypeError") => Ok(vm.b().not_implemented.clone()),
        Err(e) => Err(e),
    }
}

/// Where code point `i` of the `str` `seq` starts (0 when `seq` is not a `str`).
fn str_byte_offset(seq: &Value, i: usize) -> usize {
    match seq.payload() {
        Some(Payload::Str(s)) => crate::objects::str_ops::byte_offset(s.as_str(), s.is_ascii(), i),
        _ => 0,
    }
}

/// The length of a sequence being iterated (characters for a str).
fn seq_len(vm: &Vm, seq: &Value) -> PyResult<usize> {
    match seq.payload() {
        Some(Payload::Str(s)) => Ok(s.char_len()),
        _ => ops::len(vm, seq),
    }
}

/// Items left to a reverse iterator at `index` (none once the sequence shrank below it).
fn reversed_left(vm: &Vm, seq: &Value, index: isize) -> i64 {
    let n = ops::len(vm, seq).unwrap_or(0) as isize;
    if index < 0 || index >= n {
        0
    } else {
        index as i64 + 1
    }
}

/// Items left to a dict or set iterator (0 once the container changed size).
fn table_left(st: &IterState) -> usize {
    match st {
        IterState::Dict { dict, pos, len, .. } => match dict.payload() {
            Some(Payload::Dict(t)) => {
                let t = t.borrow();
                if t.len() != *len {
                    return 0;
                }
                std::iter::successors(t.next_from(*pos), |(ix, _)| t.next_from(ix + 1)).count()
            }
            _ => 0,
        },
        IterState::Set { set, pos, len } => {
            let count = |t: &crate::objects::set::SetTable| {
                if t.len() != *len {
                    return 0;
                }
                std::iter::successors(t.next_from(*pos), |(ix, _)| t.next_from(ix + 1)).count()
            };
            match set.payload() {
                Some(Payload::Set(t)) => count(&t.borrow()),
                Some(Payload::FrozenSet(t)) => count(t),
                _ => 0,
            }
        }
        _ => 0,
    }
}

/// The items a dict or set iterator has left, as a list (what its `__reduce__` gives).
fn table_rest(vm: &Vm, it: &Value, cell: &PyCell<IterState>) -> PyResult<Value> {
    let copy = match &*cell.borrow() {
        IterState::Dict {
            dict,
            pos,
            kind,
            len,
            version,
        } => IterState::Dict {
            dict: dict.clone(),
            pos: *pos,
            kind: *kind,
            len: *len,
            version: *version,
        },
        IterState::Set { set, pos, len } => IterState::Set {
            set: set.clone(),
            pos: *pos,
            len: *len,
        },
        _ => IterState::Exhausted,
    };
    let copy = PyCell::new(copy);
    let mut items = Vec::new();
    while let Some(v) = crate::objects::iter_ops::next(vm, it, &copy)? {
        items.push(v);
    }
    Ok(list_ops::new_list(items))
}

/// A builtin function or type by name (`iter`, `reversed`).
fn builtin_named(vm: &Vm, name: &str) -> PyResult<Value> {
    let builtins = vm.objects().builtins.clone();
    let key = intern(name);
    if matches!(builtins.payload(), Some(Payload::Dict(_))) {
        return dict_ops::get_item(vm, &builtins, &key)?.ok_or_else(|| vm.key_error(key));
    }
    ops::getattr(vm, &builtins, &key)
}

fn tuple(items: Vec<Value>) -> Value {
    tuple_ops::new_tuple(items)
}

/// `__reduce__`: how `pickle` and `copy` rebuild the iterator.
fn reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (it, cell) = state(vm, &args, "__reduce__")?;
    let iters = &vm.b().iters;
    let class = it.class();
    let iter_fn = builtin_named(vm, "iter")?;
    let st_kind = match &*cell.borrow() {
        IterState::Seq { seq, index } | IterState::Str { seq, index, .. } => {
            Some((seq.clone(), int::from_usize(*index), false))
        }
        IterState::Reversed { seq, index } | IterState::StrReversed { seq, index, .. } => {
            Some((seq.clone(), int::from_i64(*index as i64), true))
        }
        _ => None,
    };
    if let Some((seq, index, reverse)) = st_kind {
        if iters.is_dict_iter(&class) {
            return Ok(tuple(vec![
                iter_fn,
                tuple(vec![reversed_rest(&seq, cell)?]),
            ]));
        }
        let func = if reverse {
            builtin_named(vm, "reversed")?
        } else {
            iter_fn
        };
        return Ok(tuple(vec![func, tuple(vec![seq]), index]));
    }
    let snapshot = match &*cell.borrow() {
        st @ (IterState::Range { .. } | IterState::BigRange { .. }) => {
            let [start, next, stop, step] = range_parts(st).unwrap_or_default();
            let len = range_count(&start, &stop, &step);
            let done = range_count(&start, &next, &step);
            let end = &start + &len * &step;
            let r = crate::objects::range_methods::new_range(vm, start, end, step);
            return Ok(tuple(vec![iter_fn, tuple(vec![r]), int::from_bigint(done)]));
        }
        IterState::Callable { func, sentinel } => {
            return Ok(tuple(vec![
                iter_fn,
                tuple(vec![func.clone(), sentinel.clone()]),
            ]));
        }
        IterState::Enumerate { iter, count } => vec![iter.clone(), count.clone()],
        IterState::Zip { iters, strict } => {
            let mut out = vec![class, tuple(iters.clone())];
            if *strict {
                out.push(vm.bool(true));
            }
            return Ok(tuple(out));
        }
        IterState::Map { func, iters } => {
            let mut v = vec![func.clone()];
            v.extend(iters.iter().cloned());
            v
        }
        IterState::Filter { func, iter } => vec![func.clone(), iter.clone()],
        IterState::Dict { .. } | IterState::Set { .. } => {
            return Ok(tuple(vec![iter_fn, tuple(vec![table_rest(vm, it, cell)?])]));
        }
        IterState::Seq { .. }
        | IterState::Reversed { .. }
        | IterState::Str { .. }
        | IterState::StrReversed { .. }
        | IterState::Exhausted => {
            return exhausted_reduce(vm, &class, iter_fn);
        }
    };
    Ok(tuple(vec![class, tuple(snapshot)]))
}

/// What a dict's reverse iterator has left, in the order it would give them.
fn reversed_rest(seq: &Value, cell: &PyCell<IterState>) -> PyResult<Value> {
    let index = match &*cell.borrow() {
        IterState::Reversed { index, .. } => *index,
        _ => -1,
    };
    let items = list_ops::items(seq);
    let upto = (index + 1).clamp(0, items.len() as isize) as usize;
    Ok(list_ops::new_list(
        items[..upto].iter().rev().cloned().collect(),
    ))
}

/// `__reduce__` of a finished iterator over a container: an iterator over an empty one.
fn exhausted_reduce(vm: &Vm, class: &Value, iter_fn: Value) -> PyResult<Value> {
    let iters = &vm.b().iters;
    let empty = if class.is(&iters.list) || class.is(&iters.list_reverse) {
        list_ops::new_list(Vec::new())
    } else if class.is(&iters.str_ascii) || class.is(&iters.str_) {
        new_str("")
    } else if iters.is_dict_iter(class) || class.is(&iters.set) {
        list_ops::new_list(Vec::new())
    } else {
        tuple(Vec::new())
    };
    let func = if class.is(&iters.reversed) {
        class.clone()
    } else {
        iter_fn
    };
    Ok(tuple(vec![func, tuple(vec![empty])]))
}

/// `__setstate__(index)` (or `strict` for `zip`): where to resume.
fn setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__setstate__", 2, 2)?;
    let (_, cell) = state(vm, &Args::positional(&a[..1]), "__setstate__")?;
    let is_zip = matches!(&*cell.borrow(), IterState::Zip { .. });
    if is_zip {
        let strict = ops::is_true(vm, &a[1])?;
        if let IterState::Zip { strict: s, .. } = &mut *cell.borrow_mut() {
            *s = strict;
        }
        return Ok(vm.none());
    }
    let Some(index) = ops::seq::index_of(vm, &a[1])? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[1])
        )));
    };
    let seq = match &*cell.borrow() {
        IterState::Seq { seq, .. }
        | IterState::Reversed { seq, .. }
        | IterState::Str { seq, .. }
        | IterState::StrReversed { seq, .. } => Some(seq.clone()),
        _ => None,
    };
    let len = match &seq {
        Some(s) => BigInt::from(seq_len(vm, s)?),
        None => BigInt::zero(),
    };
    let mut st = cell.borrow_mut();
    let clamp_big = |lo: BigInt, hi: BigInt| -> BigInt {
        if index < lo {
            lo
        } else if index > hi {
            hi
        } else {
            index.clone()
        }
    };
    let clamp = |lo: BigInt, hi: BigInt| -> i64 { i64::try_from(&clamp_big(lo, hi)).unwrap_or(0) };
    match &mut *st {
        IterState::Seq { index: i, .. } => *i = clamp(BigInt::zero(), len) as usize,
        IterState::Reversed { index: i, .. } => {
            *i = clamp(BigInt::from(-1), len - 1u32) as isize;
        }
        IterState::Str {
            seq,
            index: i,
            byte,
        } => {
            *i = clamp(BigInt::zero(), len) as usize;
            *byte = str_byte_offset(seq, *i);
        }
        IterState::StrReversed {
            seq,
            index: i,
            byte,
        } => {
            *i = clamp(BigInt::from(-1), len - 1u32) as isize;
            *byte = str_byte_offset(seq, (*i + 1) as usize);
        }
        IterState::Range {
            start,
            next,
            stop,
            step,
        } => {
            let n = range_count(
                &BigInt::from(*start),
                &BigInt::from(*stop),
                &BigInt::from(*step),
            );
            let target = BigInt::from(*start) + clamp_big(BigInt::zero(), n) * BigInt::from(*step);
            *next = i64::try_from(&target).unwrap_or(*stop);
        }
        IterState::BigRange {
            start,
            next,
            stop,
            step,
        } => {
            let (a, b, s) = (
                int::to_bigint(start).unwrap_or_default(),
                int::to_bigint(stop).unwrap_or_default(),
                int::to_bigint(step).unwrap_or_default(),
            );
            let n = range_count(&a, &b, &s);
            let k = clamp_big(BigInt::zero(), n);
            let old = std::mem::replace(next, int::from_bigint(a + k * s));
            drop(st);
            drop(old);
        }
        _ => {}
    }
    Ok(vm.none())
}

pub fn init() {
    let iters = &builtin().iters;
    let all = iters.all();
    for &(name, t) in &all {
        add_method(t, name, "__iter__", iter_self);
        add_method(t, name, "__next__", iter_next);
        add_method(t, name, "__reduce__", reduce);
    }
    // The names from the one list made above (`IterTypes::name_of` makes the list each time).
    let name_of = |t: &Value| {
        all.iter()
            .find(|(_, v)| v.is(t))
            .map_or("iterator", |e| e.0)
    };
    let resumable = [
        &iters.seq,
        &iters.list,
        &iters.list_reverse,
        &iters.tuple,
        &iters.str_ascii,
        &iters.str_,
        &iters.bytes,
        &iters.bytearray,
        &iters.range,
        &iters.longrange,
        &iters.reversed,
    ];
    for t in resumable {
        let methods: [(&'static str, NativeFn); 2] =
            [("__length_hint__", length_hint), ("__setstate__", setstate)];
        for (m, f) in methods {
            add_method(t, name_of(t), m, f);
        }
    }
    for t in [
        &iters.dict_key,
        &iters.dict_value,
        &iters.dict_item,
        &iters.dict_reversekey,
        &iters.dict_reversevalue,
        &iters.dict_reverseitem,
        &iters.set,
    ] {
        add_method(t, name_of(t), "__length_hint__", length_hint);
    }
    add_method(&iters.zip, "zip", "__setstate__", setstate);
}
