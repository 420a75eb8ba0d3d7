//! Rich comparison: native paths for builtin types, then `__eq__`/`__lt__`/... with reflection.
//! Counterpart of CPython's `PyObject_RichCompare` (`Objects/object.c`).

use crate::object::{Payload, Value};
use crate::objects::{float, int, types};
use crate::ops::call;
use crate::vm::{PyResult, Vm};
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_arg(arg: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][arg as usize % 6]
    }

    fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// An int, bool or float of exactly those types: a subclass may override the comparisons.
fn is_builtin_num(v: &Value) -> bool {
    if v.as_small().is_some() {
        return true;
    }
    let b = types::builtin();
    let c = v.class();
    matches!(
        v.payload(),
        Some(Payload::Int(_) | Payload::Bool(_) | Payload::Float(_))
    ) && (c.is(&b.float) || c.is(&b.int) || c.is(&b.bool_))
}

/// Compare two numbers (int, bool, float) exactly, as CPython's `float_richcompare`.
pub fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    if !is_builtin_num(a) || !is_builtin_num(b) {
        return None;
    }
    match (float::as_f64(a), float::as_f64(b)) {
        (None, None) => Some(int::cmp(a, b)),
        (Some(x), Some(y)) => Some(x.partial_cmp(&y)),
        (Some(x), None) => Some(float_int_cmp(x, a, b)),
        (None, Some(y)) => Some(float_int_cmp(y, b, a).map(Ordering::reverse)),
    }
}

fn float_int_cmp(x: f64, _fv: &Value, iv: &Value) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(i) = int::as_i64(iv)
        && i.unsigned_abs() < (1 << 53)
    {
        return x.partial_cmp(&(i as f64));
    }
    let i = int::to_bigint(iv)?;
    let fl = x.floor();
    let fb = num_bigint::BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        bigint_from_f64(fl)
    };
    match fb.cmp(&i) {
        Ordering::Equal if x > fl => Some(Ordering::Greater),
        o => Some(o),
    }
}

fn bigint_from_f64(f: f64) -> num_bigint::BigInt {
    use num_traits::FromPrimitive;
    num_bigint::BigInt::from_f64(f).unwrap_or_default()
}

/// Equality of builtin-typed values that needs no Python code, else `None`.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    if let Some(o) = num_cmp(a, b) {
        return Some(o == Some(Ordering::Equal));
    }
    let (pa, pb) = (a.payload()?, b.payload()?);
    let builtin_class = |v: &Value| types::type_data(&v.class()).is_some_and(|t| !t.heap);
    if !builtin_class(a) || !builtin_class(b) {
        return None;
    }
    match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        (Payload::None, Payload::None) => Some(true),
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !p.is(q) && !native_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Payload::Type(_), _) | (_, Payload::Type(_)) => Some(a.is(b)),
        (Payload::Str(_), Payload::Tuple(_) | Payload::None | Payload::Bytes(_))
        | (Payload::Tuple(_) | Payload::None | Payload::Bytes(_), Payload::Str(_)) => Some(false),
        _ => None,
    }
}

/// `a op b`, returning the result object.
pub fn rich_compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(o) = num_cmp(a, b) {
        return Ok(vm.bool(o.is_some_and(|o| op.test(o)) || (op == CmpOp::Ne && o.is_none())));
    }
    vm.enter_call_from(" in comparison")?;
    let r = do_rich_compare(vm, a, b, op);
    vm.leave_call();
    r
}

/// `rich_compare` past the numeric fast path (`do_richcompare`).
fn do_rich_compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = crate::ops::seq::native_compare(vm, a, b, op)? {
        return Ok(vm.bool(r));
    }
    let reflected_first = {
        // The classes are released before any call: a method may assign `__class__`.
        let (ta, tb) = (a.class(), b.class());
        !ta.is(&tb) && types::is_subtype(&tb, &ta)
    };
    if reflected_first && let Some(r) = try_cmp(vm, b, a, op.swapped())? {
        return Ok(r);
    }
    if let Some(r) = try_cmp(vm, a, b, op)? {
        return Ok(r);
    }
    if !reflected_first && let Some(r) = try_cmp(vm, b, a, op.swapped())? {
        return Ok(r);
    }
    match op {
        CmpOp::Eq => Ok(vm.bool(a.is(b))),
        CmpOp::Ne => Ok(vm.bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// Call `a.__op__(b)`; `None` for NotImplemented or no such method.
fn try_cmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let Some(m) = types::lookup_str_on_class(a, op.dunder()) else {
        return Ok(None);
    };
    let r = call::call(vm, &m, &[a.clone(), b.clone()], &[])?;
    if r.is(&vm.b().not_implemented) {
        Ok(None)
    } else {
        Ok(Some(r))
    }
}

/// `a == b` as a bool (identity implies equality, as in containers).
pub fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let Some(r) = native_eq(a, b) {
        return Ok(r);
    }
    let r = rich_compare(vm, a, b, CmpOp::Eq)?;
    crate::ops::is_true(vm, &r)
}
