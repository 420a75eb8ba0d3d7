//! The methods of `complex`: the constructor (`complex(1, 2)`, `complex('1+2j')`),
//! `conjugate`, `abs`, formatting, and the arithmetic and equality dunders. Counterpart of the
//! method table of CPython's `Objects/complexobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, add_static};
use crate::objects::float_methods::{as_real, format_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int_methods::{descriptor_error, subclass_instance};
use crate::objects::str::{as_str, from_string};
use crate::objects::types::{self, builtin};
use crate::objects::{complex, float, int, tuple_ops};
use crate::ops::{self, BinOp};
use crate::vm::{PyResult, Vm};

/// A number's value as a complex: complex, float, int, `__complex__`, `__float__` or
/// `__index__`; `None` when it is none of these.
fn as_complex_number(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex::as_complex(v)
        && v.class_is(&builtin().complex)
    {
        return Ok(Some(c));
    }
    if let Some(m) = types::lookup_str_on_class(v, "__complex__") {
        let r = ops::call(vm, &m, std::slice::from_ref(v), &[])?;
        return match complex::as_complex(&r) {
            Some(c) => Ok(Some(c)),
            None => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(c) = complex::as_complex(v) {
        return Ok(Some(c));
    }
    Ok(as_real(vm, v)?.map(|f| (f, 0.0)))
}

/// `complex(real=0, imag=0)`.
fn complex_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "complex", &["real", "imag"])?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let cls = &pos[0];
    let real = pos.get(1).or_else(|| args.kw("real"));
    let imag = pos.get(2).or_else(|| args.kw("imag"));
    if let (Some(r), None) = (real, imag)
        && cls.is(&builtin().complex)
        && r.class_is(&builtin().complex)
    {
        return Ok(r.clone());
    }
    let (re, im) = complex_value(vm, real, imag)?;
    if cls.is(&builtin().complex) {
        return Ok(complex::new_complex(re, im));
    }
    Ok(subclass_instance(cls, Payload::Complex { re, im }))
}

/// The value `complex(real, imag)` stands for.
fn complex_value(vm: &Vm, real: Option<&Value>, imag: Option<&Value>) -> PyResult<(f64, f64)> {
    if let Some(s) = real.and_then(as_str) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return complex::parse(s)
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
    }
    if imag.is_some_and(|i| as_str(i).is_some()) {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (r_re, r_im) = match real {
        None => (0.0, 0.0),
        Some(r) => as_complex_number(vm, r)?.ok_or_else(|| {
            vm.type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                vm.type_name(r)
            ))
        })?,
    };
    let Some(i) = imag else {
        return Ok((r_re, r_im));
    };
    let real_is_complex = real.is_some_and(|r| {
        complex::as_complex(r).is_some() || types::lookup_str_on_class(r, "__complex__").is_some()
    });
    let (i_re, i_im) = match complex::as_complex(i) {
        Some(c) => c,
        None => as_real(vm, i)?.map(|f| (f, 0.0)).ok_or_else(|| {
            vm.type_error(format!(
                "complex() second argument must be a number, not '{}'",
                vm.type_name(i)
            ))
        })?,
    };
    let re = if complex::as_complex(i).is_some() {
        r_re - i_im
    } else {
        r_re
    };
    let im = if real_is_complex { i_re + r_im } else { i_re };
    Ok((re, im))
}

/// The `self` of a complex method, checked.
fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<((f64, f64), &'a [Value])> {
    let a = args.positional_only(vm, name, min, max)?;
    match complex::as_complex(&a[0]) {
        Some(c) => Ok((c, a)),
        None => Err(descriptor_error(vm, name, "complex", &a[0])),
    }
}

fn not_implemented(vm: &Vm) -> Value {
    vm.b().not_implemented.clone()
}

fn is_operand(v: &Value) -> bool {
    complex::as_complex(v).is_some() || float::as_f64(v).is_some() || int::is_int(v)
}

fn binop(vm: &Vm, args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (_, a) = this(vm, &args, name, 2, if op == BinOp::Pow { 3 } else { 2 })?;
    if a.get(2).is_some_and(|m| !vm.is_none(m)) {
        return Err(vm.value_error("complex modulo"));
    }
    if !is_operand(&a[1]) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    complex::binary(vm, x, y, op).unwrap_or_else(|| Ok(not_implemented(vm)))
}

crate::objects::number_binops! {
    complex_add complex_radd "__add__" "__radd__" BinOp::Add;
    complex_sub complex_rsub "__sub__" "__rsub__" BinOp::Sub;
    complex_mul complex_rmul "__mul__" "__rmul__" BinOp::Mul;
    complex_truediv complex_rtruediv "__truediv__" "__rtruediv__" BinOp::TrueDiv;
    complex_pow complex_rpow "__pow__" "__rpow__" BinOp::Pow;
}

/// `z == other` for a number `other`; `None` when `other` is not a number.
fn equal(z: (f64, f64), other: &Value) -> Option<bool> {
    if let Some(c) = complex::as_complex(other) {
        return Some(z == c);
    }
    if z.1 != 0.0 {
        return is_operand(other).then_some(false);
    }
    let re = float::new_float(z.0);
    ops::compare::num_cmp(&re, other).map(|o| o == Some(std::cmp::Ordering::Equal))
}

fn complex_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (z, a) = this(vm, &args, "__eq__", 2, 2)?;
    Ok(equal(z, &a[1]).map_or_else(|| not_implemented(vm), |e| vm.bool(e)))
}

fn complex_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (z, a) = this(vm, &args, "__ne__", 2, 2)?;
    Ok(equal(z, &a[1]).map_or_else(|| not_implemented(vm), |e| vm.bool(!e)))
}

fn complex_order(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__lt__", 2, 2)?;
    Ok(not_implemented(vm))
}

fn complex_conjugate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "conjugate", 1, 1)?;
    Ok(complex::new_complex(re, -im))
}

fn complex_complex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), a) = this(vm, &args, "__complex__", 1, 1)?;
    if a[0].class_is(&builtin().complex) {
        return Ok(a[0].clone());
    }
    Ok(complex::new_complex(re, im))
}

fn complex_neg(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "__neg__", 1, 1)?;
    Ok(complex::new_complex(-re, -im))
}

/// `abs(z)`.
pub fn abs(vm: &Vm, re: f64, im: f64) -> PyResult<Value> {
    complex::abs(re, im)
        .map(float::new_float)
        .ok_or_else(|| vm.overflow_error("absolute value too large"))
}

fn complex_abs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "__abs__", 1, 1)?;
    abs(vm, re, im)
}

fn complex_bool(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "__bool__", 1, 1)?;
    Ok(vm.bool(re != 0.0 || im != 0.0))
}

fn complex_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "__hash__", 1, 1)?;
    Ok(int::from_i64(crate::hash::hash_complex(re, im)))
}

fn complex_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "__repr__", 1, 1)?;
    Ok(from_string(complex::repr(re, im)))
}

fn complex_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), a) = this(vm, &args, "__format__", 2, 2)?;
    let Some(spec) = as_str(&a[1]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    if spec.is_empty() {
        return ops::str(vm, &a[0]);
    }
    complex::format(re, im, spec)
        .map(from_string)
        .map_err(|e| format_error(vm, e))
}

fn complex_getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let ((re, im), _) = this(vm, &args, "__getnewargs__", 1, 1)?;
    Ok(tuple_ops::new_tuple(vec![
        float::new_float(re),
        float::new_float(im),
    ]))
}

pub fn init() {
    let t = &builtin().complex;
    add_static(t, "complex", "__new__", complex_new);
    for (name, f, rname, rf) in BINOPS {
        add_method(t, "complex", name, *f);
        add_method(t, "complex", rname, *rf);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__lt__", complex_order),
        ("__le__", complex_order),
        ("__gt__", complex_order),
        ("__ge__", complex_order),
        ("conjugate", complex_conjugate),
        ("__complex__", complex_complex),
        ("__pos__", complex_complex),
        ("__neg__", complex_neg),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__hash__", complex_hash),
        ("__repr__", complex_repr),
        ("__format__", complex_format),
        ("__getnewargs__", complex_getnewargs),
    ];
    for (name, f) in methods {
        add_method(t, "complex", name, *f);
    }
}
