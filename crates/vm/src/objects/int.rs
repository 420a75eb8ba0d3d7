//! The `int` type's arithmetic: inline small ints with i64 fast paths, `BigInt` beyond.
//! Counterpart of CPython's `Objects/longobject.c`.

use crate::object::{Payload, Value};
use crate::objects::types::builtin;
use crate::ops::BinOp;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

/// An int value: inline when it fits, else a heap `BigInt`.
pub fn from_bigint(i: BigInt) -> Value {
    if let Some(v) = i.to_i64().and_then(Value::small) {
        return v;
    }
    Value::alloc(builtin().int.clone(), Payload::Int(Box::new(i)))
}

#[inline]
pub fn from_i64(i: i64) -> Value {
    Value::small(i).unwrap_or_else(|| {
        Value::alloc(
            builtin().int.clone(),
            Payload::Int(Box::new(BigInt::from(i))),
        )
    })
}

pub fn from_usize(i: usize) -> Value {
    i64::try_from(i).map_or_else(|_| from_bigint(BigInt::from(i)), from_i64)
}

/// The int value of an int or bool (or subclass instance), as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small() {
        return Some(BigInt::from(i));
    }
    match v.payload()? {
        Payload::Int(i) => Some((**i).clone()),
        Payload::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

/// The int value of an int or bool as a `BigInt`, borrowed from a heap int (no copy of its
/// digits: big-int arithmetic reads its operands where they are).
pub fn big_operand(v: &Value) -> Option<Cow<'_, BigInt>> {
    if let Some(i) = v.as_small() {
        return Some(Cow::Owned(BigInt::from(i)));
    }
    match v.payload()? {
        Payload::Int(i) => Some(Cow::Borrowed(&**i)),
        Payload::Bool(b) => Some(Cow::Owned(BigInt::from(*b as i64))),
        _ => None,
    }
}

/// The value as i64, if it is an int that fits.
#[inline]
pub fn as_i64(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small() {
        return Some(i);
    }
    match v.payload()? {
        Payload::Int(i) => i.to_i64(),
        Payload::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// Whether `v` holds an int (int, bool or a subclass).
pub fn is_int(v: &Value) -> bool {
    v.as_small().is_some() || matches!(v.payload(), Some(Payload::Int(_) | Payload::Bool(_)))
}

fn floor_div_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod_i64(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// `a op b` for two ints; `None` when the operator does not apply to ints (`@`).
pub fn binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    if let (Some(Payload::Bool(x)), Some(Payload::Bool(y))) = (a.payload(), b.payload()) {
        let r = match op {
            BinOp::And => Some(*x & *y),
            BinOp::Or => Some(*x | *y),
            BinOp::Xor => Some(*x ^ *y),
            _ => None,
        };
        if let Some(r) = r {
            return Some(Ok(vm.bool(r)));
        }
    }
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b))
        && let Some(r) = binary_i64(vm, x, y, op)
    {
        return Some(r);
    }
    let (x, y) = (big_operand(a)?, big_operand(b)?);
    binary_big(vm, &x, &y, op)
}

fn binary_i64(vm: &Vm, x: i64, y: i64, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv | BinOp::Mod if y == 0 => {
            let msg = if op == BinOp::Mod {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            };
            return Some(Err(vm.zero_division(msg)));
        }
        BinOp::FloorDiv => {
            if x == i64::MIN && y == -1 {
                return None;
            }
            floor_div_i64(x, y)
        }
        BinOp::Mod => {
            if y == -1 {
                0
            } else {
                floor_mod_i64(x, y)
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift if y < 0 => return Some(Err(vm.value_error("negative shift count"))),
        BinOp::LShift => {
            if y >= 63 || (x != 0 && i64::from(x.unsigned_abs().leading_zeros()) <= y + 1) {
                return None;
            }
            x << y
        }
        BinOp::RShift if y < 0 => return Some(Err(vm.value_error("negative shift count"))),
        BinOp::RShift => x >> y.min(63),
        BinOp::TrueDiv => return Some(true_div(vm, &BigInt::from(x), &BigInt::from(y))),
        BinOp::Pow => {
            if y < 0 {
                return Some(crate::objects::float::pow_float(vm, x as f64, y as f64));
            }
            let e = u32::try_from(y).ok()?;
            x.checked_pow(e)?
        }
        BinOp::MatMul => return None,
    };
    Some(Ok(from_i64(r)))
}

fn binary_big(vm: &Vm, x: &BigInt, y: &BigInt, op: BinOp) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv | BinOp::Mod if y.is_zero() => {
            let msg = if op == BinOp::Mod {
                "integer modulo by zero"
            } else {
                "integer division or modulo by zero"
            };
            return Some(Err(vm.zero_division(msg)));
        }
        BinOp::FloorDiv | BinOp::Mod => {
            let (q, r) = crate::objects::int_div::divmod_small_quotient(x, y)
                .unwrap_or_else(|| x.div_mod_floor(y));
            if op == BinOp::FloorDiv { q } else { r }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift | BinOp::RShift if y.is_negative() => {
            return Some(Err(vm.value_error("negative shift count")));
        }
        BinOp::LShift => match y.to_usize() {
            Some(s) if s < (1 << 32) => x << s,
            _ => return Some(Err(vm.overflow_error("too many digits in integer"))),
        },
        BinOp::RShift => match y.to_usize() {
            Some(s) => x >> s,
            None => {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            }
        },
        BinOp::TrueDiv => return Some(true_div(vm, x, y)),
        BinOp::Pow => {
            if y.is_negative() {
                let (xf, yf) = (
                    x.to_f64().unwrap_or(f64::INFINITY),
                    y.to_f64().unwrap_or(f64::NEG_INFINITY),
                );
                return Some(crate::objects::float::pow_float(vm, xf, yf));
            }
            return Some(pow_big(vm, x, y));
        }
        BinOp::MatMul => return None,
    };
    Some(Ok(from_bigint(r)))
}

fn pow_big(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if x.is_zero() || x.is_one() || y.is_zero() {
        return Ok(from_bigint(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(from_i64(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(vm.new_exc("MemoryError", ""));
    };
    let bits = x.bits().saturating_mul(u64::from(e));
    if bits > 1 << 34 {
        return Err(vm.new_exc("MemoryError", ""));
    }
    Ok(from_bigint(num_traits::pow(x.clone(), e as usize)))
}

/// `int / int`: correctly rounded, as CPython's `long_true_divide`.
pub fn true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64())
        && a.unsigned_abs() < (1 << 53)
        && b.unsigned_abs() < (1 << 53)
    {
        return Ok(crate::objects::float::new_float(a as f64 / b as f64));
    }
    match crate::objects::float::big_ratio_to_f64(x, y) {
        Some(f) => Ok(crate::objects::float::new_float(f)),
        None => Err(vm.overflow_error("integer division result too large for a float")),
    }
}

/// Unary `-`, `+`, `~` and `abs()` of an int.
pub fn neg(v: &Value) -> Option<Value> {
    match as_i64(v) {
        Some(i) if i != i64::MIN => Some(from_i64(-i)),
        _ => Some(from_bigint(-to_bigint(v)?)),
    }
}

pub fn invert(v: &Value) -> Option<Value> {
    match as_i64(v) {
        Some(i) => Some(from_i64(!i)),
        None => Some(from_bigint(!to_bigint(v)?)),
    }
}

/// `int(v)` of an int subclass or bool: the plain int.
pub fn to_exact(v: &Value) -> Option<Value> {
    if v.as_small().is_some() || v.class_is(&builtin().int) {
        return Some(v.clone());
    }
    Some(from_bigint(to_bigint(v)?))
}

/// Compare two ints.
pub fn cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
        return Some(x.cmp(&y));
    }
    Some(big_operand(a)?.cmp(&big_operand(b)?))
}

/// `sys.get_int_max_str_digits()`: the most decimal digits `str(int)` and `int(str)` convert
/// (0: no limit). One value per process, where CPython keeps one per interpreter.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(gilpy_algo::int_text::DEFAULT_MAX_STR_DIGITS);

/// The current `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, already validated.
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// The decimal text of an int (`str(i)`), with CPython's digit limit.
pub fn to_decimal(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = as_i64(v) {
        return Ok(i.to_string());
    }
    let i = to_bigint(v).unwrap_or_default();
    let limit = max_str_digits();
    // A number of `bits` bits has at least bits * log10(2) > bits * 0.301 digits; skip
    // the count when even that is under the limit.
    if limit > 0 && i.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 - 1.0 {
        let s = i.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(i.to_string())
}

/// `hash()` of an int.
pub fn hash(v: &Value) -> i64 {
    match as_i64(v) {
        Some(i) => crate::hash::hash_i64(i),
        None => crate::hash::hash_bigint(&to_bigint(v).unwrap_or_default()),
    }
}

/// An int as f64, or `OverflowError`.
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(i) = as_i64(v) {
        return Ok(i as f64);
    }
    let f = to_bigint(v)
        .and_then(|b| b.to_f64())
        .unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(vm.overflow_error("int too large to convert to float"));
    }
    Ok(f)
}

/// A sign-aware, absolute-value-free check used by `bool(int)`.
pub fn is_zero(v: &Value) -> bool {
    match as_i64(v) {
        Some(i) => i == 0,
        None => to_bigint(v).is_none_or(|b| b.is_zero()),
    }
}

/// Abs of an int.
pub fn abs(v: &Value) -> Option<Value> {
    Some(from_bigint(to_bigint(v)?.abs()))
}

/// `pow(base, exp, mod)` for ints: a negative exponent inverts `base` modulo `mod` first.
/// Counterpart of the three-argument branch of CPython's `long_pow`.
pub fn pow_mod(vm: &Vm, base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<Value> {
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    if modulus.abs().is_one() {
        return Ok(from_i64(0));
    }
    if exp.is_negative() {
        let inverse = base
            .mod_floor(&modulus.abs())
            .modinv(&modulus.abs())
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        return Ok(from_bigint(inverse.modpow(&-exp, modulus)));
    }
    Ok(from_bigint(base.modpow(exp, modulus)))
}

/// `round(i, ndigits)` for an int and a negative `ndigits`: to a multiple of `10**-ndigits`,
/// ties to even. Counterpart of CPython's `_PyLong_Round`.
pub fn round_digits(i: &BigInt, ndigits: &BigInt) -> BigInt {
    if !ndigits.is_negative() {
        return i.clone();
    }
    let Some(tens) = (-ndigits).to_u32() else {
        return BigInt::zero();
    };
    if u64::from(tens) > i.bits() {
        return BigInt::zero();
    }
    let pow = num_traits::pow(BigInt::from(10), tens as usize);
    let (q, r) = i.div_mod_floor(&pow);
    let twice: BigInt = &r * 2;
    let up = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    (if up { q + 1 } else { q }) * pow
}

/// The number of bits of `abs(i)` (`int.bit_length()`).
pub fn bit_length(v: &Value) -> u64 {
    match as_i64(v) {
        Some(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        None => to_bigint(v).map_or(0, |b| b.bits()),
    }
}
