//! The `complex` type's arithmetic. Counterpart of CPython's `Objects/complexobject.c`.

use crate::object::{Payload, Value};
use crate::objects::types::builtin;
use crate::objects::{float, int};
use crate::ops::BinOp;
use crate::vm::{PyResult, Vm};
use gilpy_algo::float_repr::{FloatCode, FloatFlags, double_to_string};
use gilpy_algo::format_spec::{Align, FormatError, FormatSpec, format_float_spec, pad_text};

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

/// `z ** n` for a natural `n`, by repeated squaring.
fn pow_uint(z: (f64, f64), n: u32) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = z;
    let mut mask = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `z ** w`: integral exponents up to 100 in size by repeated squaring, as CPython.
pub fn power(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i32;
        return if n > 0 {
            pow_uint(a, n as u32)
        } else {
            div((1.0, 0.0), pow_uint(a, n.unsigned_abs()))
        };
    }
    pow(a, b)
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
            power(x, y)
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

/// The length of the float literal at the start of `s` (sign, digits, point, exponent, or
/// `inf`/`infinity`/`nan`), for splitting a complex literal into its parts.
fn number_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    for word in ["infinity", "inf", "nan"] {
        if s.len() >= i + word.len() && s[i..i + word.len()].eq_ignore_ascii_case(word) {
            return i + word.len();
        }
    }
    let digits = |i: &mut usize| {
        while b.get(*i).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
            *i += 1;
        }
    };
    digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        digits(&mut i);
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_digit) {
            i = j;
            digits(&mut i);
        }
    }
    i
}

/// One part of a complex literal: a float, or a bare sign before `j` (`+j`, `-j`, `j`).
fn part(text: &str) -> Option<f64> {
    match text {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => gilpy_algo::float_parse::parse_ascii_float(text),
    }
}

/// Parse the text of `complex(s)`: `1+2j`, `-3.5j`, ` (1-1j) `, `j`; `None` when malformed.
pub fn parse(s: &str) -> Option<(f64, f64)> {
    let mut s = s.trim_matches(gilpy_algo::unicode::is_space);
    if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        s = inner.trim_matches(gilpy_algo::unicode::is_space);
    }
    if s.is_empty() || !s.is_ascii() {
        return None;
    }
    let n = number_len(s);
    let (first, rest) = s.split_at(n);
    if rest.is_empty() {
        return Some((gilpy_algo::float_parse::parse_ascii_float(first)?, 0.0));
    }
    if rest.eq_ignore_ascii_case("j") {
        return Some((0.0, part(first)?));
    }
    if first.is_empty() || !matches!(rest.as_bytes()[0], b'+' | b'-') {
        return None;
    }
    let re = gilpy_algo::float_parse::parse_ascii_float(first)?;
    let m = number_len(rest);
    let (second, tail) = rest.split_at(m);
    if !tail.eq_ignore_ascii_case("j") {
        return None;
    }
    Some((re, part(second)?))
}

/// `abs(z)`, or `None` when the result overflows.
pub fn abs(re: f64, im: f64) -> Option<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        None
    } else {
        Some(r)
    }
}

/// One part of a formatted complex: `kind` is the float type letter, `None` for the
/// repr-like layout of `format(z, '')` (no `.0` on integral values).
fn format_part(x: f64, spec: &FormatSpec, force_sign: bool) -> Result<String, FormatError> {
    let sign = if force_sign { Some('+') } else { spec.sign };
    if spec.kind.is_none() && spec.precision.is_none() {
        let flags = FloatFlags {
            no_neg_0: spec.no_neg_0,
            alternate: spec.alternate,
            ..FloatFlags::default()
        };
        let text = double_to_string(x, FloatCode::Repr, 0, flags);
        return Ok(match (text.starts_with('-'), sign) {
            (false, Some(c @ ('+' | ' '))) => format!("{c}{text}"),
            _ => text,
        });
    }
    let part_spec = FormatSpec {
        fill: ' ',
        align: None,
        width: None,
        sign,
        kind: Some(spec.kind.unwrap_or('g')),
        ..spec.clone()
    };
    format_float_spec(x, &part_spec)
}

/// `format(z, spec)`. Counterpart of CPython's `format_complex_internal`.
pub fn format(re: f64, im: f64, spec: &str) -> Result<String, FormatError> {
    let parsed = FormatSpec::parse(spec, None, Align::Right, "complex")?;
    if parsed.fill == '0' && parsed.align == Some(Align::AfterSign) && !spec.contains('=') {
        return Err(FormatError::Value(
            "Zero padding is not allowed in complex format specifier".into(),
        ));
    }
    if parsed.align == Some(Align::AfterSign) {
        return Err(FormatError::Value(
            "'=' alignment flag is not allowed in complex format specifier".into(),
        ));
    }
    if let Some(k) = parsed
        .kind
        .filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n'))
    {
        return Err(gilpy_algo::format_spec::unknown_code(k, "complex"));
    }
    let parens = parsed.kind.is_none();
    let skip_re = parens && re == 0.0 && re.is_sign_positive();
    let mut body = String::new();
    if !skip_re {
        body.push_str(&format_part(re, &parsed, false)?);
    }
    body.push_str(&format_part(im, &parsed, !skip_re)?);
    body.push('j');
    if parens && !skip_re {
        body = format!("({body})");
    }
    pad_text(&body, &parsed, Align::Right)
}
