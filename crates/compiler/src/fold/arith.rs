//! Python arithmetic on literal constants, for folding. Counterpart of `fold_binop`,
//! `fold_unaryop`, `fold_subscr` and the `safe_*` size guards of CPython 3.10's
//! `Python/ast_opt.c`. `None` means "do not fold" (the operation would raise, or the
//! result would be too large to keep as a constant).

use gilpy_syntax::ast::{Constant, Operator, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// A numeric constant widened the way Python's numeric tower does.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::Bool(b) => Num::Int(BigInt::from(*b as u8)),
        Constant::Int(i) => Num::Int(i.clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex { real, imag } => Num::Complex(*real, *imag),
        _ => return None,
    })
}

fn int_to_float(i: &BigInt) -> Option<f64> {
    i.to_f64().filter(|f| f.is_finite())
}

fn as_float(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => int_to_float(i),
        Num::Float(f) => Some(*f),
        Num::Complex(..) => None,
    }
}

fn as_complex(n: &Num) -> Option<(f64, f64)> {
    match n {
        Num::Complex(r, i) => Some((*r, *i)),
        other => Some((as_float(other)?, 0.0)),
    }
}

pub(super) fn binop(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(a & b)),
            Operator::BitOr => return Some(Constant::Bool(a | b)),
            Operator::BitXor => return Some(Constant::Bool(a ^ b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (num(l), num(r)) {
        return numeric(op, a, b);
    }
    match op {
        Operator::Add => concat(l, r),
        Operator::Mult => repeat(l, r).or_else(|| repeat(r, l)),
        _ => None,
    }
}

fn numeric(op: Operator, a: Num, b: Num) -> Option<Constant> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_op(op, &x, &y),
        (a @ Num::Complex(..), b) | (a, b @ Num::Complex(..)) => {
            complex_op(op, as_complex(&a)?, as_complex(&b)?)
        }
        (a, b) => float_op(op, as_float(&a)?, as_float(&b)?).map(Constant::Float),
    }
}

fn int_op(op: Operator, x: &BigInt, y: &BigInt) -> Option<Constant> {
    let int = |i: BigInt| Some(Constant::Int(i));
    match op {
        Operator::Add => int(x + y),
        Operator::Sub => int(x - y),
        Operator::Mult => {
            if !x.is_zero() && !y.is_zero() && x.bits() + y.bits() > MAX_INT_SIZE {
                return None;
            }
            int(x * y)
        }
        Operator::Div => int_true_divide(x, y).map(Constant::Float),
        Operator::FloorDiv => (!y.is_zero()).then(|| Constant::Int(x.div_floor(y))),
        Operator::Mod => (!y.is_zero()).then(|| Constant::Int(x.mod_floor(y))),
        Operator::Pow => int_power(x, y),
        Operator::LShift => {
            let shift = y.to_u64()?;
            if !x.is_zero() && (shift > MAX_INT_SIZE || x.bits() > MAX_INT_SIZE - shift) {
                return None;
            }
            int(x << shift)
        }
        Operator::RShift => {
            if y.is_negative() {
                return None;
            }
            let shift = y.to_u64().unwrap_or(u64::MAX);
            if shift >= x.bits() {
                return int(if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                });
            }
            int(x >> shift)
        }
        Operator::BitAnd => int(x & y),
        Operator::BitOr => int(x | y),
        Operator::BitXor => int(x ^ y),
        Operator::MatMult => None,
    }
}

/// `int / int`, exact where both fit a double's mantissa (otherwise not folded).
fn int_true_divide(x: &BigInt, y: &BigInt) -> Option<f64> {
    const EXACT: u64 = 53;
    if y.is_zero() || x.bits() > EXACT || y.bits() > EXACT {
        return None;
    }
    Some(x.to_f64()? / y.to_f64()?)
}

fn int_power(x: &BigInt, y: &BigInt) -> Option<Constant> {
    if y.is_negative() {
        if x.is_zero() {
            return None;
        }
        return float_op(Operator::Pow, int_to_float(x)?, int_to_float(y)?).map(Constant::Float);
    }
    if !x.is_zero() && !y.is_zero() {
        let exp = y.to_u64()?;
        if x.bits() > MAX_INT_SIZE / exp {
            return None;
        }
    }
    Some(Constant::Int(num_traits::pow(x.clone(), y.to_usize()?)))
}

fn float_op(op: Operator, x: f64, y: f64) -> Option<f64> {
    match op {
        Operator::Add => Some(x + y),
        Operator::Sub => Some(x - y),
        Operator::Mult => Some(x * y),
        Operator::Div => (y != 0.0).then_some(x / y),
        Operator::FloorDiv => (y != 0.0).then(|| float_divmod(x, y).0),
        Operator::Mod => (y != 0.0).then(|| float_divmod(x, y).1),
        Operator::Pow => float_power(x, y),
        _ => None,
    }
}

/// Python's float `divmod`: the quotient is floored and the remainder takes the divisor's sign.
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut rem = x % y;
    let mut div = (x - rem) / y;
    if rem != 0.0 {
        if (y < 0.0) != (rem < 0.0) {
            rem += y;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, rem)
}

/// `float ** float` where Python gives a float without raising; other cases are not folded.
fn float_power(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return Some(1.0);
    }
    if !x.is_finite() || !y.is_finite() {
        return None;
    }
    if x == 0.0 && y < 0.0 {
        return None;
    }
    if x < 0.0 && y.fract() != 0.0 {
        return None;
    }
    Some(x.powf(y)).filter(|r| r.is_finite())
}

fn complex_op(op: Operator, (ar, ai): (f64, f64), (br, bi): (f64, f64)) -> Option<Constant> {
    let (real, imag) = match op {
        Operator::Add => (ar + br, ai + bi),
        Operator::Sub => (ar - br, ai - bi),
        Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
        Operator::Div => complex_divide((ar, ai), (br, bi))?,
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

/// Complex division by Smith's method, as CPython's `_Py_c_quot`.
fn complex_divide((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> Option<(f64, f64)> {
    let (abs_r, abs_i) = (br.abs(), bi.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        None
    }
}

fn concat(l: &Constant, r: &Constant) -> Option<Constant> {
    Some(match (l, r) {
        (Constant::Str(a), Constant::Str(b)) => Constant::Str(format!("{a}{b}")),
        (Constant::Bytes(a), Constant::Bytes(b)) => Constant::Bytes([a.as_slice(), b].concat()),
        (Constant::Tuple(a), Constant::Tuple(b)) => Constant::Tuple([a.as_slice(), b].concat()),
        _ => return None,
    })
}

/// `seq * n` within the size limits.
fn repeat(seq: &Constant, n: &Constant) -> Option<Constant> {
    let n = match n {
        Constant::Int(i) => i.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let fits = |size: usize, max: i64| size == 0 || (n >= 0 && n <= max / size as i64);
    let times = n.max(0) as usize;
    Some(match seq {
        Constant::Str(s) if fits(s.chars().count(), MAX_STR_SIZE) => Constant::Str(s.repeat(times)),
        Constant::Bytes(b) if fits(b.len(), MAX_STR_SIZE) => Constant::Bytes(b.repeat(times)),
        Constant::Tuple(t) if fits(t.len(), MAX_COLLECTION_SIZE) => {
            if !t.is_empty() && n > 0 && complexity_left(seq, MAX_TOTAL_ITEMS / n) < 0 {
                return None;
            }
            Constant::Tuple((0..times).flat_map(|_| t.iter().cloned()).collect())
        }
        _ => return None,
    })
}

/// CPython's `check_complexity`: the item budget left after counting nested tuple items.
fn complexity_left(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) = c {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = complexity_left(item, limit);
        }
    }
    limit
}

pub(super) fn unaryop(op: UnaryOp, c: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(c)));
    }
    let n = num(c)?;
    Some(match (op, n) {
        (UnaryOp::USub, Num::Int(i)) => Constant::Int(-i),
        (UnaryOp::USub, Num::Float(f)) => Constant::Float(-f),
        (UnaryOp::USub, Num::Complex(r, i)) => Constant::Complex { real: -r, imag: -i },
        (UnaryOp::UAdd, Num::Int(i)) => Constant::Int(i),
        (UnaryOp::UAdd, Num::Float(f)) => Constant::Float(f),
        (UnaryOp::UAdd, Num::Complex(r, i)) => Constant::Complex { real: r, imag: i },
        (UnaryOp::Invert, Num::Int(i)) => Constant::Int(-(i + BigInt::from(1))),
        _ => return None,
    })
}

pub(crate) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::Ellipsis => true,
    }
}

pub(super) fn subscript(value: &Constant, index: &Constant) -> Option<Constant> {
    let i = match index {
        Constant::Int(i) => i.to_i64()?,
        Constant::Bool(b) => *b as i64,
        _ => return None,
    };
    let pick = |len: usize| -> Option<usize> {
        let idx = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&idx).then_some(idx as usize)
    };
    Some(match value {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            Constant::Str(chars[pick(chars.len())?].to_string())
        }
        Constant::Bytes(b) => Constant::Int(BigInt::from(b[pick(b.len())?])),
        Constant::Tuple(t) => t[pick(t.len())?].clone(),
        _ => return None,
    })
}
