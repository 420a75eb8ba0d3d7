//! The methods of `int` and `bool`: the constructors, `bit_length`, `to_bytes`, `from_bytes`,
//! ..., and the arithmetic and comparison dunders that subclasses and explicit calls
//! (`int.__add__(1, 2)`) reach. Counterpart of the method tables of CPython's
//! `Objects/longobject.c` and `Objects/boolobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_classmethod, add_method, add_static};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, from_string};
use crate::objects::types::{self, builtin};
use crate::objects::{float, int, tuple_ops};
use crate::ops::{self, BinOp, CmpOp};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// Re-wrap a value as an instance of a subclass (`class MyInt(int)`).
pub fn subclass_instance(cls: &Value, payload: Payload) -> Value {
    let heap = types::type_data(cls).is_some_and(|t| t.instance_has_dict());
    let dict = if heap {
        Some(crate::objects::dict::new_dict())
    } else {
        None
    };
    Value::alloc_with_dict(cls.clone(), dict, payload)
}

/// `int(x=0)` / `int(x, base=10)`.
fn int_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "int", &["base"])?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let cls = &pos[0];
    let base = pos.get(2).or_else(|| args.kw("base"));
    let v = match (pos.get(1), base) {
        (None, None) => int::from_i64(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), base) => int_from(vm, x, base)?,
    };
    if cls.is(&builtin().int) {
        return Ok(v);
    }
    Ok(subclass_instance(
        cls,
        Payload::Int(Box::new(int::to_bigint(&v).unwrap_or_default())),
    ))
}

/// The value of a plain decimal text of at most 18 digits with an optional sign (no spaces, no
/// underscores), which needs no big-int parse; `None` for any other text.
fn short_decimal(s: &str) -> Option<i64> {
    let (negative, digits) = match s.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    Some(if negative { -n } else { n })
}

/// `int(x)` / `int(x, base)` for the builtin `int` type.
pub fn int_from(vm: &Vm, x: &Value, base: Option<&Value>) -> PyResult<Value> {
    let text: Option<std::borrow::Cow<'_, str>> = as_str(x).map(Into::into).or_else(|| {
        crate::objects::bytes_ops::as_bytes(x)
            .map(|b| String::from_utf8_lossy(&b).into_owned().into())
    });
    if let Some(base) = base {
        let Some(s) = text else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let b = match ops::seq::index_of(vm, base)? {
            Some(b) => b.to_i64().unwrap_or(-1),
            None => return Err(not_integer(vm, base)),
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return parse(vm, &s, b as u32);
    }
    if let Some(s) = text {
        return parse(vm, &s, 10);
    }
    if int::is_int(x) {
        return Ok(int::to_exact(x).unwrap_or_else(|| int::from_i64(0)));
    }
    if let Some(f) = float::as_f64(x) {
        return float_to_int(vm, f);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(m) = types::lookup_str_on_class(x, name) {
            let r = ops::call(vm, &m, std::slice::from_ref(x), &[])?;
            if !int::is_int(&r) {
                return Err(vm.type_error(format!(
                    "{name} returned non-int (type {})",
                    vm.type_name(&r)
                )));
            }
            return Ok(int::to_exact(&r).unwrap_or(r));
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

/// `int(f)` for a float: truncation, with CPython's errors for nan and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(int::from_bigint(gilpy_algo::float_repr::float_to_bigint(
        f.trunc(),
    )))
}

fn parse(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    if base == 10
        && let Some(i) = short_decimal(s)
    {
        return Ok(int::from_i64(i));
    }
    gilpy_algo::int_text::parse_int(s, base, int::max_str_digits())
        .map(int::from_bigint)
        .map_err(|e| vm.value_error(e.message()))
}

#[cold]
pub fn not_integer(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    ))
}

/// The error of a method of `owner` called on a `self` of another type: slot wrappers
/// (`__add__`) and plain methods word it differently.
#[cold]
pub fn descriptor_error(vm: &Vm, name: &str, owner: &str, this: &Value) -> crate::vm::PyErr {
    let got = vm.type_name(this);
    if name.starts_with("__") {
        vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{got}'"
        ))
    } else {
        vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"
        ))
    }
}

/// `bool(x=False)`.
fn bool_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "bool", 1, 2)?;
    match a.get(1) {
        None => Ok(vm.bool(false)),
        Some(x) => Ok(vm.bool(ops::is_true(vm, x)?)),
    }
}

/// The `self` of an int method, checked.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let a = args.positional_only(vm, name, min, max)?;
    if !int::is_int(&a[0]) {
        return Err(descriptor_error(vm, name, "int", &a[0]));
    }
    Ok(a)
}

fn big(v: &Value) -> BigInt {
    int::to_bigint(v).unwrap_or_default()
}

fn not_implemented(vm: &Vm) -> Value {
    vm.b().not_implemented.clone()
}

/// `self op other` (or `other op self` when `reflected`); NotImplemented for non-ints.
fn binop(vm: &Vm, args: Args<'_>, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name, 2, 2)?;
    if !int::is_int(&a[1]) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    int::binary(vm, x, y, op).unwrap_or_else(|| Ok(not_implemented(vm)))
}

crate::objects::number_binops! {
    int_add int_radd "__add__" "__radd__" BinOp::Add;
    int_sub int_rsub "__sub__" "__rsub__" BinOp::Sub;
    int_mul int_rmul "__mul__" "__rmul__" BinOp::Mul;
    int_truediv int_rtruediv "__truediv__" "__rtruediv__" BinOp::TrueDiv;
    int_floordiv int_rfloordiv "__floordiv__" "__rfloordiv__" BinOp::FloorDiv;
    int_mod int_rmod "__mod__" "__rmod__" BinOp::Mod;
    int_lshift int_rlshift "__lshift__" "__rlshift__" BinOp::LShift;
    int_rshift int_rrshift "__rshift__" "__rrshift__" BinOp::RShift;
    int_and int_rand "__and__" "__rand__" BinOp::And;
    int_or int_ror "__or__" "__ror__" BinOp::Or;
    int_xor int_rxor "__xor__" "__rxor__" BinOp::Xor;
}

/// `divmod(x, y)` of two ints.
pub fn divmod(vm: &Vm, x: &Value, y: &Value) -> PyResult<Value> {
    let q =
        int::binary(vm, x, y, BinOp::FloorDiv).unwrap_or_else(|| Err(vm.type_error("divmod")))?;
    let r = int::binary(vm, x, y, BinOp::Mod).unwrap_or_else(|| Err(vm.type_error("divmod")))?;
    Ok(tuple_ops::new_tuple(vec![q, r]))
}

fn divmod_common(vm: &Vm, args: Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name, 2, 2)?;
    if !int::is_int(&a[1]) {
        return Ok(not_implemented(vm));
    }
    if reflected {
        divmod(vm, &a[1], &a[0])
    } else {
        divmod(vm, &a[0], &a[1])
    }
}

fn int_divmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_common(vm, args, "__divmod__", false)
}

fn int_rdivmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    divmod_common(vm, args, "__rdivmod__", true)
}

/// `pow(x, y)` or `pow(x, y, m)` where all are ints.
pub fn pow3(vm: &Vm, x: &Value, y: &Value, m: Option<&Value>) -> PyResult<Value> {
    match m {
        None => int::binary(vm, x, y, BinOp::Pow).unwrap_or_else(|| Ok(not_implemented(vm))),
        Some(m) => int::pow_mod(vm, &big(x), &big(y), &big(m)),
    }
}

fn pow_common(vm: &Vm, args: Args<'_>, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(vm, &args, name, 2, 3)?;
    let m = a.get(2).filter(|m| !vm.is_none(m));
    if !int::is_int(&a[1]) || m.is_some_and(|m| !int::is_int(m)) {
        return Ok(not_implemented(vm));
    }
    if reflected {
        pow3(vm, &a[1], &a[0], m)
    } else {
        pow3(vm, &a[0], &a[1], m)
    }
}

fn int_pow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pow_common(vm, args, "__pow__", false)
}

fn int_rpow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    pow_common(vm, args, "__rpow__", true)
}

fn compare(vm: &Vm, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let a = this(vm, &args, name, 2, 2)?;
    if !int::is_int(&a[1]) {
        return Ok(not_implemented(vm));
    }
    Ok(vm.bool(int::cmp(&a[0], &a[1]).is_some_and(|o| op.test(o))))
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
    int_lt "__lt__" CmpOp::Lt;
    int_le "__le__" CmpOp::Le;
    int_eq "__eq__" CmpOp::Eq;
    int_ne "__ne__" CmpOp::Ne;
    int_gt "__gt__" CmpOp::Gt;
    int_ge "__ge__" CmpOp::Ge;
}

/// The plain int value of self (`__int__`, `__index__`, `__trunc__`, `conjugate`, `+x`, ...).
fn int_int(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__int__", 1, 1)?;
    Ok(int::to_exact(&a[0]).unwrap_or_else(|| int::from_i64(0)))
}

fn int_neg(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__neg__", 1, 1)?;
    Ok(int::neg(&a[0]).unwrap_or_else(|| int::from_i64(0)))
}

fn int_invert(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__invert__", 1, 1)?;
    Ok(int::invert(&a[0]).unwrap_or_else(|| int::from_i64(0)))
}

fn int_abs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__abs__", 1, 1)?;
    Ok(int::abs(&a[0]).unwrap_or_else(|| int::from_i64(0)))
}

fn int_bool(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__bool__", 1, 1)?;
    Ok(vm.bool(!int::is_zero(&a[0])))
}

fn int_float(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__float__", 1, 1)?;
    int::to_f64(vm, &a[0]).map(float::new_float)
}

fn int_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__hash__", 1, 1)?;
    Ok(int::from_i64(int::hash(&a[0])))
}

fn int_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__repr__", 1, 1)?;
    int::to_decimal(vm, &a[0]).map(from_string)
}

fn int_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__format__", 2, 2)?;
    let Some(spec) = as_str(&a[1]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    if spec.is_empty() {
        return ops::str(vm, &a[0]);
    }
    gilpy_algo::format_spec::format_int(&big(&a[0]), spec)
        .map(from_string)
        .map_err(|e| crate::objects::float_methods::format_error(vm, e))
}

fn int_round(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__round__", 1, 2)?;
    let Some(nd) = a.get(1).filter(|v| !vm.is_none(v)) else {
        return Ok(int::to_exact(&a[0]).unwrap_or_else(|| int::from_i64(0)));
    };
    let Some(nd) = ops::seq::index_of(vm, nd)? else {
        return Err(not_integer(vm, nd));
    };
    Ok(int::from_bigint(int::round_digits(&big(&a[0]), &nd)))
}

fn int_getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "__getnewargs__", 1, 1)?;
    Ok(tuple_ops::new_tuple(vec![
        int::to_exact(&a[0]).unwrap_or_else(|| int::from_i64(0)),
    ]))
}

fn int_bit_length(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "bit_length", 1, 1)?;
    Ok(int::from_bigint(BigInt::from(int::bit_length(&a[0]))))
}

fn int_bit_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "bit_count", 1, 1)?;
    let n = match int::as_i64(&a[0]) {
        Some(i) => u64::from(i.unsigned_abs().count_ones()),
        None => big(&a[0]).magnitude().count_ones(),
    };
    Ok(int::from_bigint(BigInt::from(n)))
}

fn int_as_integer_ratio(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = this(vm, &args, "as_integer_ratio", 1, 1)?;
    let n = int::to_exact(&a[0]).unwrap_or_else(|| int::from_i64(0));
    Ok(tuple_ops::new_tuple(vec![n, int::from_i64(1)]))
}

/// A `byteorder` argument: `true` for big-endian.
fn byteorder(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match as_str(v) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// An optional keyword-or-positional argument at position `i` (after self).
fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(i).or_else(|| args.kw(name))
}

fn flag(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<bool> {
    match args.kw(name) {
        Some(v) => ops::is_true(vm, v),
        None => Ok(false),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "to_bytes", &["length", "byteorder", "signed"])?;
    let a = args.count(vm, "to_bytes", 1, 3)?;
    if !int::is_int(&a[0]) {
        return Err(vm.type_error("descriptor 'to_bytes' requires an 'int' object"));
    }
    let length = match arg(&args, 1, "length") {
        None => 1,
        Some(l) => match ops::seq::index_of(vm, l)? {
            Some(n) if n.is_negative() => {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            Some(n) => n
                .to_usize()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?,
            None => return Err(not_integer(vm, l)),
        },
    };
    let big_endian = byteorder(vm, arg(&args, 2, "byteorder"))?;
    let signed = flag(vm, &args, "signed")?;
    crate::alloc::check::<u8>(vm, length)?;
    let n = big(&a[0]);
    if !signed && n.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big_endian {
        bytes.reverse();
    }
    Ok(crate::objects::bytes_ops::new_bytes(bytes))
}

/// The bytes of a `from_bytes` argument: a bytes-like object or an iterable of ints.
fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes_ops::as_bytes(v) {
        return Ok(b);
    }
    if as_str(v).is_some() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let items = ops::collect(vm, v)?;
    items
        .iter()
        .map(|x| match ops::seq::index_of(vm, x)? {
            Some(b) => b
                .to_u8()
                .ok_or_else(|| vm.value_error("bytes must be in range(0, 256)")),
            None => Err(not_integer(vm, x)),
        })
        .collect()
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "from_bytes", &["bytes", "byteorder", "signed"])?;
    let a = args.count(vm, "from_bytes", 1, 3)?;
    let Some(data) = arg(&args, 1, "bytes") else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes = bytes_of(vm, data)?;
    if byteorder(vm, arg(&args, 2, "byteorder"))? {
        bytes.reverse();
    }
    let n = if flag(vm, &args, "signed")? {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let v = int::from_bigint(n);
    if a[0].is(&builtin().int) {
        return Ok(v);
    }
    ops::call(vm, &a[0], &[v], &[])
}

/// `bool & bool` (and `|`, `^`) stay bools; anything else is int arithmetic.
fn bool_binop(vm: &Vm, args: Args<'_>, name: &str, op: BinOp) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 2, 2)?;
    if !int::is_int(&a[1]) {
        return Ok(not_implemented(vm));
    }
    int::binary(vm, &a[0], &a[1], op).unwrap_or_else(|| Ok(not_implemented(vm)))
}

fn bool_and(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    bool_binop(vm, args, "__and__", BinOp::And)
}

fn bool_or(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    bool_binop(vm, args, "__or__", BinOp::Or)
}

fn bool_xor(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    bool_binop(vm, args, "__xor__", BinOp::Xor)
}

fn bool_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    match a[0].payload() {
        Some(Payload::Bool(b)) => Ok(crate::objects::str::intern(if *b {
            "True"
        } else {
            "False"
        })),
        _ => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'bool' object but received a '{}'",
            vm.type_name(&a[0])
        ))),
    }
}

pub fn init() {
    let b = builtin();
    let t = &b.int;
    add_static(t, "int", "__new__", int_new);
    for (name, f, rname, rf) in BINOPS {
        add_method(t, "int", name, *f);
        add_method(t, "int", rname, *rf);
    }
    for (name, f) in COMPARES {
        add_method(t, "int", name, *f);
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__int__", int_int),
        ("__index__", int_int),
        ("__trunc__", int_int),
        ("__floor__", int_int),
        ("__ceil__", int_int),
        ("__pos__", int_int),
        ("conjugate", int_int),
        ("__neg__", int_neg),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__bool__", int_bool),
        ("__float__", int_float),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__round__", int_round),
        ("__getnewargs__", int_getnewargs),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
    ];
    for (name, f) in methods {
        add_method(t, "int", name, *f);
    }
    add_classmethod(t, "int", "from_bytes", int_from_bytes);
    let bt = &b.bool_;
    add_static(bt, "bool", "__new__", bool_new);
    add_method(bt, "bool", "__repr__", bool_repr);
    for (name, f) in [
        ("__and__", bool_and as NativeFn),
        ("__or__", bool_or),
        ("__xor__", bool_xor),
    ] {
        add_method(bt, "bool", name, f);
    }
    for (name, f) in [
        ("__rand__", bool_and as NativeFn),
        ("__ror__", bool_or),
        ("__rxor__", bool_xor),
    ] {
        add_method(bt, "bool", name, f);
    }
}
