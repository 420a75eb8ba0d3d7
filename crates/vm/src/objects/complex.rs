//! The `complex` type's arithmetic. Counterpart of CPython's `Objects/complexobject.c`.

use crate::object::{Payload, Value};
use crate::objects::types::builtin;
use crate::objects::{float, int};
use crate::ops::BinOp;
use crate::vm::{PyResult, Vm};

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::alloc(builtin().complex.clone(), Payload::Complex { re, im })
}

pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v.payload()? {
        Payload::Complex { re, im } => Some((*re, *im)),
        _ => None,
    }
}

fn operand(vm: &Vm, v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Some(Ok(c));
    }
    if float::as_f64(v).is_some() || int::is_int(v) {
        return Some(float::operand(vm, v)?.map(|f| (f, 0.0)));
    }
    None
}

/// `(a, b) ** (c, d)` as CPython's `_Py_c_pow`.
pub fn pow(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if a == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

pub fn binary(vm: &Vm, a: &Value, b: &Value, op: BinOp) -> Option<PyResult<Value>> {
    let x = match operand(vm, a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match operand(vm, b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        BinOp::TrueDiv => {
            if y == (0.0, 0.0) {
                return Some(Err(vm.zero_division("complex division by zero")));
            }
            div(x, y)
        }
        BinOp::Pow => {
            if x == (0.0, 0.0) && (y.1 != 0.0 || y.0 < 0.0) {
                return Some(Err(vm.zero_division("0.0 to a negative or complex power")));
            }
            pow(x, y)
        }
        _ => return None,
    };
    Some(Ok(new_complex(r.0, r.1)))
}

fn div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    }
}

/// `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`.
pub fn repr(re: f64, im: f64) -> String {
    let fmt = |f: f64| {
        let s = float::repr(f);
        s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let sign =
        if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && im.is_sign_negative()
        {
            ""
        } else {
            "+"
        };
    format!("({}{}{}j)", fmt(re), sign, fmt(im))
}
