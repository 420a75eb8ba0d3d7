//! The `float` type's arithmetic (mixed with ints). Counterpart of CPython's `Objects/floatobject.c`.

use crate::object::{Payload, Value};
use crate::objects::int;
use crate::objects::types::builtin;
use crate::ops::BinOp;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A new exact float (from the free list of freed ones when it has one, see `rc.rs`).
#[inline]
pub fn new_float(f: f64) -> Value {
    match crate::rc::reuse_float(f) {
        Some(v) => v,
        None => alloc_float(f),
    }
}

/// `new_float` as a call, for a second place in a big function such as the eval loop: there
/// the free list's thread-local access is only inlined once, and a second inlined copy makes
/// the compiler call `LocalKey::with` and the thread-local's accessor out of line instead
/// (about 29 instructions per float then, against about 20 for this call).
#[inline(never)]
pub fn new_float_call(f: f64) -> Value {
    new_float(f)
}

/// A new exact float from the allocator (the free list is empty), out of line so that
/// `new_float` stays a small leaf.
#[cold]
#[inline(never)]
fn alloc_float(f: f64) -> Value {
    Value::alloc_leaf(builtin().float.clone(), Payload::Float(f))
}

/// The float value of a float (or subclass instance).
#[inline]
pub fn as_f64(v: &Value) -> Option<f64> {
    match v.payload()? {
        Payload::Float(f) => Some(*f),
        _ => None,
    }
}

/// A float or int operand as f64 (ints convert, possibly with `OverflowError`).
pub fn operand(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = as_f64(v) {
        return Some(Ok(f));
    }
    if int::is_int(v) {
        return Some(int::to_f64(vm, v));
    }
    None
}

/// `a op b` where at least one side is a float and the other a float or int; `None` for the
/// operators float does not define (`@`, shifts and bitwise ones), whose error names both
/// operands' own types (`'int' and 'float'`).
pub fn binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if matches!(
        op,
        BinOp::MatMul | BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
    ) {
        return None;
    }
    let x = match operand(vm, a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match operand(vm, b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(binary_f64(vm, x, y, op))
}

/// `x op y` on two floats, with float's errors (division by zero, overflow of `**`).
pub(crate) fn binary_f64(vm: &Vm, x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            divmod(x, y).1
        }
        BinOp::Pow => return pow_float(vm, x, y),
        _ => {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )));
        }
    };
    Ok(new_float(r))
}

/// Python's float `divmod`: floor quotient and a remainder with the divisor's sign.
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x ** y` for floats, with CPython's errors.
pub fn pow_float(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    // A negative finite base to a finite non-integral power is complex; `-inf ** y` is not.
    if x < 0.0 && x.is_finite() && y.fract() != 0.0 && y.is_finite() {
        let (re, im) = crate::objects::complex::pow((x, 0.0), (y, 0.0));
        return Ok(crate::objects::complex::new_complex(re, im));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(r))
}

/// `x / y` of two big ints as the nearest f64 (`None` on overflow).
pub fn big_ratio_to_f64(x: &BigInt, y: &BigInt) -> Option<f64> {
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (a2, b2) = if shift > 0 {
        (a, b << shift as usize)
    } else {
        (a << (-shift) as usize, b)
    };
    let (q, r) = a2.div_rem(&b2);
    let mut q = q.to_u64()?;
    if !r.is_zero() {
        q |= 1;
    }
    let f = ldexp(q as f64, shift);
    if f.is_infinite() {
        return None;
    }
    Some(if neg { -f } else { f })
}

fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// `repr(float)`.
pub fn repr(f: f64) -> String {
    gilpy_algo::float_repr::repr(f)
}

/// `hash(float)`.
pub fn hash(f: f64) -> i64 {
    crate::hash::hash_f64(f)
}
