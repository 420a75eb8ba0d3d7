//! Methods of `range` and `slice`: construction, `index`/`count`, equality, hashing, reversal,
//! `slice.indices`. Counterpart of `Objects/rangeobject.c` and `Objects/sliceobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, add_static};
use crate::objects::function::Args;
use crate::objects::{int, range_ops, tuple_ops};
use crate::ops::{self, CmpOp};
use crate::payload::Bounds;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// (start, stop, step) of a range as BigInts.
fn parts(vm: &Vm, v: &Value) -> PyResult<(BigInt, BigInt, BigInt)> {
    match v.payload() {
        Some(Payload::Range(b)) => Ok((
            int::to_bigint(&b.start).unwrap_or_default(),
            int::to_bigint(&b.stop).unwrap_or_default(),
            int::to_bigint(&b.step).unwrap_or_default(),
        )),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'range' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

pub(crate) fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let payload = Payload::Range(Box::new(Bounds {
        start: int::from_bigint(start),
        stop: int::from_bigint(stop),
        step: int::from_bigint(step),
    }));
    Value::alloc(vm.b().range.clone(), payload)
}

fn range_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = &args.pos()[1..];
    if a.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let idx = |v: &Value| -> PyResult<BigInt> {
        ops::seq::index_of(vm, v)?.ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })
    };
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), idx(&a[0])?, BigInt::one()),
        2 => (idx(&a[0])?, idx(&a[1])?, BigInt::one()),
        _ => (idx(&a[0])?, idx(&a[1])?, idx(&a[2])?),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

/// The position of `x` in the range, if it is an int inside it.
fn int_position(vm: &Vm, r: &Value, x: &Value) -> PyResult<Option<BigInt>> {
    let (start, stop, step) = parts(vm, r)?;
    let Some(x) = int::to_bigint(x) else {
        return Ok(None);
    };
    let inside = if step.is_positive() {
        start <= x && x < stop
    } else {
        stop < x && x <= start
    };
    let (q, rem) = (x - start).div_mod_floor(&step);
    Ok((inside && rem.is_zero()).then_some(q))
}

fn exact_int(x: &Value) -> bool {
    x.as_small().is_some() || x.class_is(&crate::objects::types::builtin().int)
}

fn range_index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "index", 2, 2)?;
    if exact_int(&a[1]) || matches!(a[1].payload(), Some(Payload::Bool(_))) {
        if let Some(i) = int_position(vm, &a[0], &a[1])? {
            return Ok(int::from_bigint(i));
        }
    } else {
        let mut i = 0usize;
        let it = ops::iter(vm, &a[0])?;
        while let Some(x) = ops::next(vm, &it)? {
            if ops::eq(vm, &x, &a[1])? {
                return Ok(int::from_usize(i));
            }
            i += 1;
        }
    }
    Err(vm.value_error(format!(
        "{} is not in range",
        ops::text::repr_string(vm, &a[1])?
    )))
}

fn range_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "count", 2, 2)?;
    if exact_int(&a[1]) || matches!(a[1].payload(), Some(Payload::Bool(_))) {
        return Ok(int::from_i64(i64::from(
            int_position(vm, &a[0], &a[1])?.is_some(),
        )));
    }
    let mut n = 0usize;
    let it = ops::iter(vm, &a[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::eq(vm, &x, &a[1])? {
            n += 1;
        }
    }
    Ok(int::from_usize(n))
}

fn range_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__len__", 1, 1)?;
    parts(vm, &a[0])?;
    let n = range_ops::big_len(&a[0]);
    if n.to_isize().is_none() {
        return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(int::from_bigint(n))
}

fn range_bool(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__bool__", 1, 1)?;
    parts(vm, &a[0])?;
    Ok(vm.bool(!range_ops::big_len(&a[0]).is_zero()))
}

fn range_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__getitem__", 2, 2)?;
    parts(vm, &a[0])?;
    range_ops::getitem(vm, &a[0], &a[1])
}

fn range_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__contains__", 2, 2)?;
    parts(vm, &a[0])?;
    Ok(vm.bool(range_ops::contains(vm, &a[0], &a[1])?))
}

fn range_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__iter__", 1, 1)?;
    parts(vm, &a[0])?;
    let state = range_ops::iter_state(vm, &a[0])?;
    Ok(crate::objects::iter_types::new_iter(
        vm.b().iters.for_range(&state),
        state,
    ))
}

/// `reversed(range)`: an iterator from the last item down by `-step`.
fn range_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__reversed__", 1, 1)?;
    let (start, _, step) = parts(vm, &a[0])?;
    let n = range_ops::big_len(&a[0]);
    let last = &start + (&n - 1u32) * &step;
    let stop = &start - &step;
    let rev = new_range(vm, last, stop, -step);
    let state = range_ops::iter_state(vm, &rev)?;
    Ok(crate::objects::iter_types::new_iter(
        vm.b().iters.for_range(&state),
        state,
    ))
}

/// Ranges are equal when they describe the same sequence.
pub fn range_equal(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    let ((sa, _, pa), (sb, _, pb)) = (parts(vm, a)?, parts(vm, b)?);
    let (na, nb) = (range_ops::big_len(a), range_ops::big_len(b));
    Ok(na == nb && (na.is_zero() || (sa == sb && (na.is_one() || pa == pb))))
}

fn range_compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let a = args.positional_only(vm, "comparison", 2, 2)?;
    parts(vm, &a[0])?;
    if !matches!(a[1].payload(), Some(Payload::Range(_))) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(vm.b().not_implemented.clone());
    }
    Ok(vm.bool(range_equal(vm, &a[0], &a[1])? == (op == CmpOp::Eq)))
}

fn range_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    range_compare(vm, args, CmpOp::Eq)
}

fn range_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    range_compare(vm, args, CmpOp::Ne)
}

/// `hash(range)`: the hash of `(len, start, step)` with the parts that do not matter as None.
pub fn range_hash(vm: &Vm, r: &Value) -> PyResult<i64> {
    let (start, _, step) = parts(vm, r)?;
    let n = range_ops::big_len(r);
    let (s, p) = if n.is_zero() {
        (vm.none(), vm.none())
    } else if n.is_one() {
        (int::from_bigint(start), vm.none())
    } else {
        (int::from_bigint(start), int::from_bigint(step))
    };
    ops::hash(vm, &tuple_ops::new_tuple(vec![int::from_bigint(n), s, p]))
}

fn range_hash_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__hash__", 1, 1)?;
    Ok(int::from_i64(range_hash(vm, &a[0])?))
}

fn slice_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = &args.pos()[1..];
    let (start, stop, step) = match a {
        [] => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        [stop] => (vm.none(), stop.clone(), vm.none()),
        [start, stop] => (start.clone(), stop.clone(), vm.none()),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(vm.type_error(format!(
                "slice expected at most 3 arguments, got {}",
                a.len()
            )));
        }
    };
    Ok(Value::alloc(
        vm.b().slice.clone(),
        Payload::Slice(Box::new(Bounds { start, stop, step })),
    ))
}

fn slice_parts(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Slice(b)) => Ok(tuple_ops::new_tuple(vec![
            b.start.clone(),
            b.stop.clone(),
            b.step.clone(),
        ])),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'slice' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `slice.indices(length)`.
fn slice_indices(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "indices", 2, 2)?;
    slice_parts(vm, &a[0])?;
    let Some(len) = ops::seq::index_of(vm, &a[1])? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[1])
        )));
    };
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let len = len
        .to_usize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let (start, stop, step) = ops::seq::slice_indices(vm, &a[0], len)?;
    let ints = [start, stop, step].map(|i| int::from_i64(i as i64));
    Ok(tuple_ops::new_tuple(ints.to_vec()))
}

/// Slices compare as the tuples `(start, stop, step)`.
fn slice_compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let a = args.positional_only(vm, "comparison", 2, 2)?;
    let left = slice_parts(vm, &a[0])?;
    if !matches!(a[1].payload(), Some(Payload::Slice(_))) {
        return Ok(vm.b().not_implemented.clone());
    }
    let right = slice_parts(vm, &a[1])?;
    ops::rich_compare(vm, &left, &right, op)
}

macro_rules! slice_cmp {
    ($($name:ident => $op:expr),*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            slice_compare(vm, args, $op)
        })*
    };
}

slice_cmp!(slice_eq => CmpOp::Eq, slice_ne => CmpOp::Ne, slice_lt => CmpOp::Lt, slice_le => CmpOp::Le, slice_gt => CmpOp::Gt, slice_ge => CmpOp::Ge);

pub fn init() {
    let b = crate::objects::types::builtin();
    let r = &b.range;
    add_static(r, "range", "__new__", range_new);
    add_method(r, "range", "index", range_index);
    add_method(r, "range", "count", range_count);
    add_method(r, "range", "__len__", range_len);
    add_method(r, "range", "__bool__", range_bool);
    add_method(r, "range", "__getitem__", range_getitem);
    add_method(r, "range", "__contains__", range_contains);
    add_method(r, "range", "__iter__", range_iter);
    add_method(r, "range", "__reversed__", range_reversed);
    add_method(r, "range", "__eq__", range_eq);
    add_method(r, "range", "__ne__", range_ne);
    add_method(r, "range", "__hash__", range_hash_method);
    let s = &b.slice;
    add_static(s, "slice", "__new__", slice_new);
    add_method(s, "slice", "indices", slice_indices);
    add_method(s, "slice", "__eq__", slice_eq);
    add_method(s, "slice", "__ne__", slice_ne);
    add_method(s, "slice", "__lt__", slice_lt);
    add_method(s, "slice", "__le__", slice_le);
    add_method(s, "slice", "__gt__", slice_gt);
    add_method(s, "slice", "__ge__", slice_ge);
    crate::objects::bootstrap::set_attr(s, "__hash__", b.none.clone());
}
