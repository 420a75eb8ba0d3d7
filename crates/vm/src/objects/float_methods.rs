//! The methods of `float`: the constructor, `is_integer`, `as_integer_ratio`, `hex`,
//! `fromhex`, rounding, and the arithmetic and comparison dunders that subclasses and explicit
//! calls reach. Counterpart of the method table of CPython's `Objects/floatobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_classmethod, add_method, add_static};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int_methods::{descriptor_error, float_to_int, not_integer, subclass_instance};
use crate::objects::str::{as_str, from_string};
use crate::objects::types::{self, builtin};
use crate::objects::{float, int, tuple_ops};
use crate::ops::{self, BinOp, CmpOp};
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_algo::format_spec::FormatError;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The exception for a format-spec error.
#[cold]
pub fn format_error(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Memory => vm.new_exc("MemoryError", ""),
    }
}

/// `float(x=0.0, /)`.
fn float_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "float", 1, 2)?;
    let f = match a.get(1) {
        None => 0.0,
        Some(x) => to_float(vm, x)?,
    };
    if a[0].is(&builtin().float) {
        return Ok(float::new_float(f));
    }
    Ok(subclass_instance(&a[0], Payload::Float(f)))
}

/// `float(x)` as an f64.
pub fn to_float(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(s) = as_str(x) {
        return gilpy_algo::float_parse::parse_float(s).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                gilpy_algo::unicode::str_repr(s)
            ))
        });
    }
    if let Some(b) = crate::objects::bytes_ops::as_bytes(x) {
        let parsed = std::str::from_utf8(&b)
            .ok()
            .and_then(gilpy_algo::float_parse::parse_float);
        return parsed.ok_or_else(|| {
            let shown = crate::ops::text::repr_string(vm, &crate::objects::bytes_ops::new_bytes(b));
            vm.value_error(format!(
                "could not convert string to float: {}",
                shown.unwrap_or_default()
            ))
        });
    }
    match as_real(vm, x)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            vm.type_name(x)
        ))),
    }
}

/// A real number as f64: a float, an int, or an object with `__float__` or `__index__`;
/// `None` when `x` is none of these. Counterpart of `PyFloat_AsDouble`.
pub fn as_real(vm: &Vm, x: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = float::as_f64(x) {
        return Ok(Some(f));
    }
    if int::is_int(x) {
        return int::to_f64(vm, x).map(Some);
    }
    if let Some(m) = types::lookup_str_on_class(x, "__float__") {
        let r = ops::call(vm, &m, std::slice::from_ref(x), &[])?;
        return match float::as_f64(&r) {
            Some(f) => Ok(Some(f)),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if types::lookup_str_on_class(x, "__index__").is_some() {
        let i = ops::seq::index_of(vm, x)?.unwrap_or_default();
        let f = i.to_f64().filter(|f| f.is_finite());
        return f
            .map(Some)
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    Ok(None)
}

/// The `self` of a float method, checked.
fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(f64, &'a [Value])> {
    let a = args.positional_only(vm, name, min, max)?;
    match float::as_f64(&a[0]) {
        Some(f) => Ok((f, a)),
        None => Err(descriptor_error(vm, name, "float", &a[0])),
    }
}

fn not_implemented(vm: &Vm) -> Value {
    vm.b().not_implemented.clone()
}

/// Whether `v` can be the other operand of float arithmetic.
fn is_operand(v: &Value) -> bool {
    float::as_f64(v).is_some() || int::is_int(v)
}

fn binop(vm: &Vm, args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (_, a) = this(vm, &args, name, 2, 2)?;
    if !is_operand(&a[1]) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    float::binary(vm, x, y, op).unwrap_or_else(|| Ok(not_implemented(vm)))
}

crate::objects::number_binops! {
    float_add float_radd "__add__" "__radd__" BinOp::Add;
    float_sub float_rsub "__sub__" "__rsub__" BinOp::Sub;
    float_mul float_rmul "__mul__" "__rmul__" BinOp::Mul;
    float_truediv float_rtruediv "__truediv__" "__rtruediv__" BinOp::TrueDiv;
    float_floordiv float_rfloordiv "__floordiv__" "__rfloordiv__" BinOp::FloorDiv;
    float_mod float_rmod "__mod__" "__rmod__" BinOp::Mod;
}

/// `divmod(x, y)` for real numbers at least one of which is a float.
pub fn divmod(vm: &Vm, x: &Value, y: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (float::operand(vm, x), float::operand(vm, y)) else {
        return Err(vm.type_error("divmod() arguments must be numbers"));
    };
    let (x, y) = (x?, y?);
    if y == 0.0 {
        return Err(vm.zero_division("float divmod()"));
    }
    let (q, r) = float::divmod(x, y);
    Ok(tuple_ops::new_tuple(vec![
        float::new_float(q),
        float::new_float(r),
    ]))
}

fn divmod_common(vm: &Vm, args: Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let (_, a) = this(vm, &args, name, 2, 2)?;
    if !is_operand(&a[1]) {
        return Ok(not_implemented(vm));
    }
    if reflected {
        divmod(vm, &a[1], &a[0])
    } else {
        divmod(vm, &a[0], &a[1])
    }
}

fn float_divmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_common(vm, args, "__divmod__", false)
}

fn float_rdivmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_common(vm, args, "__rdivmod__", true)
}

fn pow_common(vm: &Vm, args: Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let (_, a) = this(vm, &args, name, 2, 3)?;
    if a.get(2).is_some_and(|m| !vm.is_none(m)) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if !is_operand(&a[1]) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    float::binary(vm, x, y, BinOp::Pow).unwrap_or_else(|| Ok(not_implemented(vm)))
}

fn float_pow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pow_common(vm, args, "__pow__", false)
}

fn float_rpow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pow_common(vm, args, "__rpow__", true)
}

fn compare(vm: &Vm, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (_, a) = this(vm, &args, name, 2, 2)?;
    if !is_operand(&a[1]) {
        return Ok(not_implemented(vm));
    }
    let plain = |v: &Value| match float::as_f64(v) {
        Some(f) => float::new_float(f),
        None => int::to_exact(v).unwrap_or_else(|| int::from_i64(0)),
    };
    let o = ops::compare::num_cmp(&plain(&a[0]), &plain(&a[1])).flatten();
    Ok(vm.bool(o.is_some_and(|o| op.test(o)) || (op == CmpOp::Ne && o.is_none())))
}

macro_rules! compares {
    ($($f:ident $name:literal $op:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                compare(vm, args, $name, $op)
            }
        )*
        const COMPARES: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

compares! {
    float_lt "__lt__" CmpOp::Lt;
    float_le "__le__" CmpOp::Le;
    float_eq "__eq__" CmpOp::Eq;
    float_ne "__ne__" CmpOp::Ne;
    float_gt "__gt__" CmpOp::Gt;
    float_ge "__ge__" CmpOp::Ge;
}

/// The plain float value of self (`__float__`, `__pos__`, `conjugate`).
fn float_float(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, a) = this(vm, &args, "__float__", 1, 1)?;
    if a[0].class_is(&builtin().float) {
        return Ok(a[0].clone());
    }
    Ok(float::new_float(f))
}

fn float_neg(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__neg__", 1, 1)?;
    Ok(float::new_float(-f))
}

fn float_abs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__abs__", 1, 1)?;
    Ok(float::new_float(f.abs()))
}

fn float_bool(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__bool__", 1, 1)?;
    Ok(vm.bool(f != 0.0))
}

fn float_int(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__int__", 1, 1)?;
    float_to_int(vm, f)
}

fn float_floor(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__floor__", 1, 1)?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__ceil__", 1, 1)?;
    float_to_int(vm, f.ceil())
}

/// `round(f)` (an int, ties to even) or `round(f, ndigits)` (a float).
pub fn round(vm: &Vm, f: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    let Some(nd) = ndigits.filter(|v| !vm.is_none(v)) else {
        return match gilpy_algo::float_repr::round_to_int(f) {
            Ok(i) => Ok(int::from_bigint(i)),
            Err(m) if f.is_nan() => Err(vm.value_error(m)),
            Err(m) => Err(vm.overflow_error(m)),
        };
    };
    let Some(nd) = ops::seq::index_of(vm, nd)? else {
        return Err(not_integer(vm, nd));
    };
    let nd = nd
        .to_i64()
        .unwrap_or(if nd.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        });
    gilpy_algo::float_repr::round(f, nd)
        .map(float::new_float)
        .map_err(|m| vm.overflow_error(m))
}

fn float_round(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, a) = this(vm, &args, "__round__", 1, 2)?;
    round(vm, f, a.get(1))
}

fn float_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, a) = this(vm, &args, "__hash__", 1, 1)?;
    ops::hash(vm, &a[0]).map(int::from_i64)
}

fn float_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__repr__", 1, 1)?;
    Ok(from_string(float::repr(f)))
}

fn float_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, a) = this(vm, &args, "__format__", 2, 2)?;
    let Some(spec) = as_str(&a[1]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    if spec.is_empty() {
        return ops::str(vm, &a[0]);
    }
    gilpy_algo::format_spec::format_float(f, spec)
        .map(from_string)
        .map_err(|e| format_error(vm, e))
}

fn float_getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "__getnewargs__", 1, 1)?;
    Ok(tuple_ops::new_tuple(vec![float::new_float(f)]))
}

fn float_is_integer(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "is_integer", 1, 1)?;
    Ok(vm.bool(f.is_finite() && f.fract() == 0.0))
}

/// `f.as_integer_ratio()`: the exact fraction in lowest terms.
pub fn integer_ratio(vm: &Vm, f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let bits = f.abs().to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp_bits - 1075)
    };
    let tz = i64::from(mant.trailing_zeros());
    mant >>= tz;
    exp += tz;
    let sign = if f < 0.0 { -1 } else { 1 };
    let n = BigInt::from(mant) * sign;
    Ok(if exp >= 0 {
        (n << exp as usize, BigInt::from(1))
    } else {
        (n, BigInt::from(1) << (-exp) as usize)
    })
}

fn float_as_integer_ratio(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "as_integer_ratio", 1, 1)?;
    let (n, d) = integer_ratio(vm, f)?;
    Ok(tuple_ops::new_tuple(vec![
        int::from_bigint(n),
        int::from_bigint(d),
    ]))
}

fn float_hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = this(vm, &args, "hex", 1, 1)?;
    Ok(from_string(gilpy_algo::float_repr::to_hex(f)))
}

/// `float.fromhex(s)` (a classmethod).
fn float_fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "fromhex", 2, 2)?;
    let Some(s) = as_str(&a[1]) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let f = gilpy_algo::float_parse::from_hex(s).map_err(|m| {
        if m.contains("too large") {
            vm.overflow_error(m)
        } else {
            vm.value_error(m)
        }
    })?;
    let v = float::new_float(f);
    if a[0].is(&builtin().float) {
        return Ok(v);
    }
    ops::call(vm, &a[0], &[v], &[])
}

pub fn init() {
    let t = &builtin().float;
    add_static(t, "float", "__new__", float_new);
    for (name, f, rname, rf) in BINOPS {
        add_method(t, "float", name, *f);
        add_method(t, "float", rname, *rf);
    }
    for (name, f) in COMPARES {
        add_method(t, "float", name, *f);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__float__", float_float),
        ("__pos__", float_float),
        ("conjugate", float_float),
        ("__neg__", float_neg),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
    ];
    for (name, f) in methods {
        add_method(t, "float", name, *f);
    }
    add_classmethod(t, "float", "fromhex", float_fromhex);
}
