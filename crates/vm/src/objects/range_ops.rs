//! `range` objects: length, indexing, membership and iteration. Counterpart of
//! `Objects/rangeobject.c`.

use crate::object::{Payload, Value};
use crate::objects::int::{self, from_bigint, to_bigint};
use crate::objects::iter::IterState;
use crate::payload::Bounds;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn parts(v: &Value) -> (BigInt, BigInt, BigInt) {
    match v.payload() {
        Some(Payload::Range(b)) => (
            to_bigint(&b.start).unwrap_or_default(),
            to_bigint(&b.stop).unwrap_or_default(),
            to_bigint(&b.step).unwrap_or_default(),
        ),
        _ => (BigInt::zero(), BigInt::zero(), BigInt::from(1)),
    }
}

/// Number of items, as a BigInt.
pub fn big_len(v: &Value) -> BigInt {
    let (start, stop, step) = parts(v);
    let (lo, hi, st) = if step.is_positive() {
        (start, stop, step)
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32).div_floor(&st) + 1u32
    }
}

pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    big_len(v)
        .to_usize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn getitem(vm: &Vm, v: &Value, k: &Value) -> PyResult<Value> {
    let (start, _stop, step) = parts(v);
    if let Some(Payload::Slice(_)) = k.payload() {
        let n = len(vm, v)?;
        let (a, b, s) = crate::ops::seq::slice_indices(vm, k, n)?;
        let new_start = &start + &step * a;
        let new_stop = &start + &step * b;
        let new_step = &step * s;
        return Ok(Value::alloc(
            vm.b().range.clone(),
            Payload::Range(Box::new(Bounds {
                start: from_bigint(new_start),
                stop: from_bigint(new_stop),
                step: from_bigint(new_step),
            })),
        ));
    }
    let n = big_len(v);
    let Some(i) = crate::ops::seq::index_of(vm, k)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        )));
    };
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(from_bigint(start + step * i))
}

pub fn contains(vm: &Vm, v: &Value, item: &Value) -> PyResult<bool> {
    if !int::is_int(item) || matches!(item.payload(), Some(Payload::Bool(_))) {
        for x in crate::ops::collect(vm, v)? {
            if crate::ops::eq(vm, &x, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let (start, stop, step) = parts(v);
    let x = to_bigint(item).unwrap_or_default();
    let inside = if step.is_positive() {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    Ok(inside && (x - start).mod_floor(&step).is_zero())
}

pub fn iter_state(_vm: &Vm, v: &Value) -> PyResult<IterState> {
    let (start, stop, step) = parts(v);
    Ok(match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(s)) if a.checked_add(s).is_some() && b.checked_add(s).is_some() => {
            IterState::Range {
                start: a,
                next: a,
                stop: b,
                step: s,
            }
        }
        _ => IterState::BigRange {
            start: from_bigint(start.clone()),
            next: from_bigint(start),
            stop: from_bigint(stop),
            step: from_bigint(step),
        },
    })
}
