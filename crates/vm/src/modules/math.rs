//! The `math` module: CPython 3.11's functions and constants, with its errors ("math domain
//! error" as ValueError, "math range error" as OverflowError). Counterpart of CPython's
//! `Modules/mathmodule.c`; the special functions (gamma, fsum, hypot's norm) live in
//! `math_special.rs`.

use crate::modules::math_special as sp;
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::float_methods::as_real;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int_methods::{float_to_int, not_integer};
use crate::objects::{float, int, tuple_ops, types};
use crate::ops::{self, BinOp};
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[cold]
fn domain_error(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

#[cold]
fn range_error(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// An argument as a float (`PyFloat_AsDouble`), or "must be real number".
fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match as_real(vm, v)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// An argument as an int (`__index__`).
fn integer(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    ops::seq::index_of(vm, v)?.ok_or_else(|| not_integer(vm, v))
}

/// CPython's `math_1`: a nan from a non-nan is a domain error; an infinity from a finite
/// argument is a range error when the function `can_overflow`, else a domain error.
fn checked(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(float::new_float(r))
}

/// A one-argument float function with `math_1`'s error checks.
fn math_1(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 1, 1)?;
    let x = real(vm, &a[0])?;
    checked(vm, x, f(x), can_overflow)
}

/// A one-argument function whose own code reports errors (`math_1a`).
fn math_1a(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    f: fn(f64) -> Result<f64, sp::MathError>,
) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 1, 1)?;
    let x = real(vm, &a[0])?;
    match f(x) {
        Ok(r) => Ok(float::new_float(r)),
        Err(sp::MathError::Domain) => Err(domain_error(vm)),
        Err(sp::MathError::Range) => Err(range_error(vm)),
    }
}

macro_rules! math1 {
    ($($f:ident $name:literal $func:expr, $ovf:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                math_1(vm, args, $name, $func, $ovf)
            }
        )*
        const MATH1: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

math1! {
    m_sqrt "sqrt" f64::sqrt, false;
    m_cbrt "cbrt" sp::cbrt, false;
    m_exp "exp" f64::exp, true;
    m_exp2 "exp2" f64::exp2, true;
    m_expm1 "expm1" f64::exp_m1, true;
    m_log1p "log1p" sp::log1p, false;
    m_sin "sin" f64::sin, false;
    m_cos "cos" f64::cos, false;
    m_tan "tan" f64::tan, false;
    m_asin "asin" f64::asin, false;
    m_acos "acos" f64::acos, false;
    m_atan "atan" f64::atan, false;
    m_sinh "sinh" f64::sinh, true;
    m_cosh "cosh" f64::cosh, true;
    m_tanh "tanh" f64::tanh, false;
    m_asinh "asinh" sp::asinh, false;
    m_acosh "acosh" sp::acosh, false;
    m_atanh "atanh" sp::atanh, false;
    m_fabs "fabs" f64::abs, false;
    m_erf "erf" libm::erf, false;
    m_erfc "erfc" libm::erfc, false;
}

fn m_gamma(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    math_1a(vm, args, "gamma", sp::tgamma)
}

fn m_lgamma(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    math_1a(vm, args, "lgamma", sp::lgamma)
}

fn m_degrees(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "degrees", 1, 1)?;
    Ok(float::new_float(
        real(vm, &a[0])? * (180.0 / std::f64::consts::PI),
    ))
}

fn m_radians(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "radians", 1, 1)?;
    Ok(float::new_float(
        real(vm, &a[0])? * (std::f64::consts::PI / 180.0),
    ))
}

/// Two float arguments.
fn two(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    let a = args.positional_only(vm, name, 2, 2)?;
    Ok((real(vm, &a[0])?, real(vm, &a[1])?))
}

fn m_atan2(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = two(vm, args, "atan2")?;
    Ok(float::new_float(y.atan2(x)))
}

fn m_copysign(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, args, "copysign")?;
    Ok(float::new_float(x.copysign(y)))
}

fn m_fmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(float::new_float(r))
}

fn m_remainder(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, args, "remainder")?;
    match sp::remainder(x, y) {
        Some(r) => Ok(float::new_float(r)),
        None => Err(domain_error(vm)),
    }
}

/// `math.pow(x, y)`: C99 `pow` with CPython's errors for finite arguments.
fn m_pow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, args, "pow")?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        return Err(if r.is_nan() || x == 0.0 {
            domain_error(vm)
        } else {
            range_error(vm)
        });
    }
    Ok(float::new_float(r))
}

fn m_isclose(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    let pos = args.count(vm, "isclose", 0, 2)?;
    let get = |i: usize, name: &str| pos.get(i).or_else(|| args.kw(name));
    let (Some(a), Some(b)) = (get(0, "a"), get(1, "b")) else {
        let missing = if get(0, "a").is_none() {
            "'a' (pos 1)"
        } else {
            "'b' (pos 2)"
        };
        return Err(vm.type_error(format!("isclose() missing required argument {missing}")));
    };
    let (a, b) = (real(vm, a)?, real(vm, b)?);
    let rel = args.kw("rel_tol").map_or(Ok(1e-9), |v| real(vm, v))?;
    let abs = args.kw("abs_tol").map_or(Ok(0.0), |v| real(vm, v))?;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.bool(false));
    }
    let diff = (b - a).abs();
    Ok(vm.bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn test_fn(vm: &Vm, args: Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 1, 1)?;
    Ok(vm.bool(f(real(vm, &a[0])?)))
}

fn m_isfinite(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test_fn(vm, args, "isfinite", f64::is_finite)
}

fn m_isinf(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test_fn(vm, args, "isinf", f64::is_infinite)
}

fn m_isnan(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test_fn(vm, args, "isnan", f64::is_nan)
}

/// `math.floor`/`math.ceil`: floats natively, else `__floor__`/`__ceil__`, else via float.
fn rounding(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 1, 1)?;
    let x = &a[0];
    if x.class_is(&vm.b().float) {
        return float_to_int(vm, f(float::as_f64(x).unwrap_or(0.0)));
    }
    if x.as_small().is_some() || x.class_is(&vm.b().int) {
        return Ok(x.clone());
    }
    if let Some(m) = types::lookup_str_on_class(x, dunder) {
        return ops::call(vm, &m, std::slice::from_ref(x), &[]);
    }
    float_to_int(vm, f(real(vm, x)?))
}

fn m_floor(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "trunc", 1, 1)?;
    let x = &a[0];
    if x.class_is(&vm.b().float) {
        return float_to_int(vm, float::as_f64(x).unwrap_or(0.0));
    }
    match types::lookup_str_on_class(x, "__trunc__") {
        Some(m) => ops::call(vm, &m, std::slice::from_ref(x), &[]),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        ))),
    }
}

fn m_frexp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "frexp", 1, 1)?;
    let (m, e) = sp::frexp(real(vm, &a[0])?);
    Ok(tuple_ops::new_tuple(vec![
        float::new_float(m),
        int::from_i64(i64::from(e)),
    ]))
}

fn m_ldexp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "ldexp", 2, 2)?;
    let x = real(vm, &a[0])?;
    let Some(e) = int::to_bigint(&a[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new_float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = libm::scalbn(x, e.clamp(-4000, 4000) as i32);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(float::new_float(r))
}

fn m_modf(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "modf", 1, 1)?;
    let x = real(vm, &a[0])?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    let frac = if frac == 0.0 {
        0.0f64.copysign(x)
    } else {
        frac
    };
    Ok(tuple_ops::new_tuple(vec![
        float::new_float(frac),
        float::new_float(whole),
    ]))
}

fn m_nextafter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(vm, args, "nextafter")?;
    Ok(float::new_float(sp::nextafter(x, y)))
}

fn m_ulp(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "ulp", 1, 1)?;
    Ok(float::new_float(sp::ulp(real(vm, &a[0])?)))
}

/// `log` of a real argument by `f`; big ints too large for a float go through their
/// mantissa and exponent (CPython's `loghelper`).
fn log_of(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if int::is_int(v) && !v.class_is(&vm.b().float) {
        let n = int::to_bigint(v).unwrap_or_default();
        if !n.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(x) = n.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (x, e) = big_frexp(&n);
        return Ok(f(x) + f(2.0) * e as f64);
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(vm));
    }
    Ok(f(x))
}

/// A big positive int as `x * 2**e` with `x` in [0.5, 1), rounded half-even
/// (`_PyLong_Frexp`).
fn big_frexp(n: &BigInt) -> (f64, u64) {
    let shift = n.bits().saturating_sub(55);
    let sticky = n.trailing_zeros().is_some_and(|z| z < shift);
    let m: BigInt = (n >> shift) | BigInt::from(u8::from(sticky));
    let x = m.to_f64().unwrap_or(1.0) / 2f64.powi(55);
    if x >= 1.0 {
        (x / 2.0, shift + 56)
    } else {
        (x, shift + 55)
    }
}

fn m_log(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "log", 1, 2)?;
    let num = log_of(vm, &a[0], f64::ln)?;
    let Some(base) = a.get(1) else {
        return Ok(float::new_float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(float::new_float(num / den))
}

fn m_log2(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "log2", 1, 1)?;
    log_of(vm, &a[0], f64::log2).map(float::new_float)
}

fn m_log10(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "log10", 1, 1)?;
    log_of(vm, &a[0], f64::log10).map(float::new_float)
}

/// The float coordinates of a `hypot`/`dist` argument list.
fn coords(vm: &Vm, items: &[Value]) -> PyResult<Vec<f64>> {
    items.iter().map(|v| real(vm, v)).collect()
}

fn m_hypot(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let v = coords(vm, args.pos())?;
    Ok(float::new_float(sp::vector_norm(
        v.iter().map(|x| x.abs()).collect(),
    )))
}

fn m_dist(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "dist", 2, 2)?;
    let seq = |v: &Value, which: &str| -> PyResult<Vec<f64>> {
        if !matches!(
            v.payload(),
            Some(crate::object::Payload::Tuple(_) | crate::object::Payload::List(_))
        ) {
            return Err(vm.type_error(format!(
                "dist() argument {which} must be tuple, not {}",
                vm.type_name(v)
            )));
        }
        coords(vm, &ops::collect(vm, v)?)
    };
    let (p, q) = (seq(&a[0], "1")?, seq(&a[1], "2")?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    Ok(float::new_float(sp::vector_norm(
        p.iter().zip(&q).map(|(x, y)| (x - y).abs()).collect(),
    )))
}

fn m_fsum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "fsum", 1, 1)?;
    let it = ops::iter(vm, &a[0])?;
    let mut sum = sp::FSum::default();
    while let Some(x) = ops::next(vm, &it)? {
        sum.add(real(vm, &x)?).map_err(|e| fsum_error(vm, e))?;
    }
    sum.total()
        .map(float::new_float)
        .map_err(|e| fsum_error(vm, e))
}

#[cold]
fn fsum_error(vm: &Vm, e: sp::FSumError) -> PyErr {
    match e {
        sp::FSumError::InfMinusInf => vm.value_error("-inf + inf in fsum"),
        sp::FSumError::Overflow => vm.overflow_error("intermediate overflow in fsum"),
    }
}

fn m_prod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "prod", &["start"])?;
    let a = args.count(vm, "prod", 1, 1)?;
    let mut total = args
        .kw("start")
        .cloned()
        .unwrap_or_else(|| int::from_i64(1));
    let it = ops::iter(vm, &a[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        total = ops::binary_op(vm, &total, &x, BinOp::Mul)?;
    }
    Ok(total)
}

/// The product `lo * (lo+1) * ... * (hi-1)`, split in halves to keep the operands balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn m_factorial(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "factorial", 1, 1)?;
    let n = integer(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(int::from_bigint(range_product(1, n as u64 + 1)))
}

fn m_gcd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional_only(vm, "gcd", 0, usize::MAX)?;
    let mut g = BigInt::zero();
    for v in pos {
        g = g.gcd(&integer(vm, v)?);
    }
    Ok(int::from_bigint(g))
}

fn m_lcm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.positional_only(vm, "lcm", 0, usize::MAX)?;
    let mut l = BigInt::one();
    for v in pos {
        let n = integer(vm, v)?;
        l = if l.is_zero() || n.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&n)
        };
    }
    Ok(int::from_bigint(l))
}

fn m_isqrt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "isqrt", 1, 1)?;
    let n = integer(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_bigint(n.sqrt()))
}

/// The `n` and `k` of `comb`/`perm`, checked to be non-negative.
fn n_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (integer(vm, n)?, integer(vm, k)?);
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for `k <= n`.
fn falling(vm: &Vm, n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error("k must not exceed 9223372036854775807"));
    };
    match n.to_u64().filter(|n| *n < u64::MAX) {
        Some(n) => Ok(range_product(n - k + 1, n + 1)),
        None => Ok((0..k).fold(BigInt::one(), |acc, i| acc * (n - i))),
    }
}

fn m_comb(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "comb", 2, 2)?;
    let (n, k) = n_k(vm, &a[0], &a[1])?;
    if k > n {
        return Ok(int::from_i64(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = falling(vm, &n, &k)?;
    let den = range_product(1, k.to_u64().unwrap_or(0) + 1);
    Ok(int::from_bigint(num / den))
}

fn m_perm(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "perm", 1, 2)?;
    let Some(k) = a.get(1).filter(|k| !vm.is_none(k)) else {
        return m_factorial(vm, Args::positional(&a[..1]));
    };
    let (n, k) = n_k(vm, &a[0], k)?;
    if k > n {
        return Ok(int::from_i64(0));
    }
    falling(vm, &n, &k).map(int::from_bigint)
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("atan2", m_atan2),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("pow", m_pow),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("hypot", m_hypot),
        ("dist", m_dist),
        ("fsum", m_fsum),
        ("prod", m_prod),
        ("factorial", m_factorial),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
    ];
    for (name, f) in MATH1.iter().chain(fns) {
        set_attr(m, name, new_builtin(name, *f));
    }
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, v) in consts {
        set_attr(m, name, float::new_float(v));
    }
    Ok(())
}
