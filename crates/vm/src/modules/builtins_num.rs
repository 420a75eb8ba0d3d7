//! The numeric builtins: `abs divmod pow round min max sum bin hex oct chr ord`.
//! Counterpart of those functions in CPython's `Python/bltinmodule.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::generator::Kind;
use crate::objects::int_methods::not_integer;
use crate::objects::str::{as_str, from_string};
use crate::objects::{
    complex, complex_methods, float, float_methods, generator_drain, int, int_methods, sort, types,
};
use crate::ops::number::{dunder_binary_named, exact_number};
use crate::ops::{self, BinOp, CmpOp};
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;

/// `abs(x)`.
fn abs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let x = match args.args {
        [x] if args.kwnames.is_empty() => x,
        _ => &args.positional_only(vm, "abs", 1, 1)?[0],
    };
    if let Some(i) = x.as_small() {
        return Ok(int::from_i64(i.abs()));
    }
    if exact_number(x) {
        if int::is_int(x) {
            return Ok(int::abs(x).unwrap_or_else(|| int::from_i64(0)));
        }
        if let Some(f) = float::as_f64(x) {
            return Ok(float::new_float(f.abs()));
        }
        if let Some((re, im)) = complex::as_complex(x) {
            return complex_methods::abs(vm, re, im);
        }
    }
    match types::lookup_str_on_class(x, "__abs__") {
        Some(m) => ops::call(vm, &m, std::slice::from_ref(x), &[]),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
    }
}

/// `divmod(a, b)`.
fn divmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    if exact_number(x) && exact_number(y) {
        if int::is_int(x) && int::is_int(y) {
            return int_methods::divmod(vm, x, y);
        }
        if complex::as_complex(x).is_none() && complex::as_complex(y).is_none() {
            return float_methods::divmod(vm, x, y);
        }
    }
    dunder_binary_named(vm, x, y, "divmod")?.ok_or_else(|| {
        vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(x),
            vm.type_name(y)
        ))
    })
}

/// `pow(base, exp, mod=None)`.
fn pow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "pow", &["base", "exp", "mod"])?;
    let pos = args.count(vm, "pow", 0, 3)?;
    let get = |i: usize, name: &str| pos.get(i).or_else(|| args.kw(name));
    let (Some(base), Some(exp)) = (get(0, "base"), get(1, "exp")) else {
        let missing = if get(0, "base").is_none() {
            "'base' (pos 1)"
        } else {
            "'exp' (pos 2)"
        };
        return Err(vm.type_error(format!("pow() missing required argument {missing}")));
    };
    match get(2, "mod").filter(|m| !vm.is_none(m)) {
        None => ops::binary_op(vm, base, exp, BinOp::Pow),
        Some(m) => pow3(vm, base, exp, m),
    }
}

/// Three-argument `pow`: native for ints, else `type(base).__pow__(base, exp, mod)`.
fn pow3(vm: &Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let all = [base, exp, m];
    if all.iter().all(|v| int::is_int(v)) {
        return int_methods::pow3(vm, base, exp, Some(m));
    }
    let number = |v: &&Value| {
        int::is_int(v) || float::as_f64(v).is_some() || complex::as_complex(v).is_some()
    };
    if all.iter().all(number) {
        if all.iter().any(|v| complex::as_complex(v).is_some()) {
            return Err(vm.value_error("complex modulo"));
        }
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    if let Some(f) = types::lookup_str_on_class(base, "__pow__") {
        let r = ops::call(vm, &f, &[base.clone(), exp.clone(), m.clone()], &[])?;
        if !r.is(&vm.b().not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        vm.type_name(base),
        vm.type_name(exp),
        vm.type_name(m)
    )))
}

/// `round(number, ndigits=None)`.
fn round(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "round", &["number", "ndigits"])?;
    let pos = args.count(vm, "round", 0, 2)?;
    let Some(x) = pos.first().or_else(|| args.kw("number")) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = pos
        .get(1)
        .or_else(|| args.kw("ndigits"))
        .filter(|v| !vm.is_none(v));
    if exact_number(x)
        && let Some(f) = float::as_f64(x)
    {
        return float_methods::round(vm, f, nd);
    }
    let Some(m) = types::lookup_str_on_class(x, "__round__") else {
        return Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(x)
        )));
    };
    match nd {
        None => ops::call(vm, &m, std::slice::from_ref(x), &[]),
        Some(nd) => ops::call(vm, &m, &[x.clone(), nd.clone()], &[]),
    }
}

/// `min()`/`max()`: one iterable (with `default=`) or several arguments, `key=`.
fn min_max(vm: &Vm, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    for (k, _) in args.kwargs() {
        let k = as_str(k).unwrap_or("");
        if k != "key" && k != "default" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    let pos = args.pos();
    let default = args.kw("default");
    let key = args.kw("key").filter(|k| !vm.is_none(k));
    let best = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => {
            let items = ops::iter(vm, &pos[0])?;
            let items = std::iter::from_fn(|| ops::next(vm, &items).transpose());
            select(vm, items, key, op)?
        }
        _ if default.is_some() => {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        _ => select(vm, pos.iter().cloned().map(Ok), key, op)?,
    };
    match (best, default) {
        (Some(item), _) => Ok(item),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// The first of `items` that no later item beats by `op` (comparing `key(item)` when there is
/// a key function); `None` when there are no items. Several positional arguments are taken
/// from the argument slice as they are, without the tuple and iterator CPython makes.
fn select(
    vm: &Vm,
    items: impl Iterator<Item = PyResult<Value>>,
    key: Option<&Value>,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let item = item?;
        let k = match key {
            Some(f) => ops::call(vm, f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => sort::compare(vm, &k, bk, op)?,
        };
        if better {
            best = Some((item, k));
        }
    }
    Ok(best.map(|(item, _)| item))
}

fn min(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

/// `sum(iterable, /, start=0)`: left-to-right `+` (plain float addition, as CPython 3.11).
fn sum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "sum", &["start"])?;
    let pos = args.count(vm, "sum", 1, 2)?;
    let start = pos.get(1).or_else(|| args.kw("start"));
    let mut total = match start {
        None => int::from_i64(0),
        Some(s) => {
            let refuse = match s.payload() {
                Some(Payload::Str(_)) => Some("strings [use ''.join(seq) instead]"),
                Some(Payload::Bytes(_)) => Some("bytes [use b''.join(seq) instead]"),
                Some(Payload::ByteArray(_)) => Some("bytearray [use b''.join(seq) instead]"),
                _ => None,
            };
            if let Some(what) = refuse {
                return Err(vm.type_error(format!("sum() can't sum {what}")));
            }
            s.clone()
        }
    };
    if let Some(Payload::Generator(g)) = pos[0].payload()
        && g.kind == Kind::Generator
    {
        let mut sink = Sum(total);
        generator_drain::drain(vm, g, &mut sink)?;
        return Ok(sink.0);
    }
    let it = ops::iter(vm, &pos[0])?;
    while let Some(item) = ops::next(vm, &it)? {
        total = add(vm, &total, &item)?;
    }
    Ok(total)
}

/// `sum` of a generator's items: small ints and exact floats are added natively.
struct Sum(Value);

impl generator_drain::Sink for Sum {
    fn take_native(&mut self, item: Value) -> Option<Value> {
        let total = &self.0;
        let sum = if let (Some(x), Some(y)) = (total.as_small(), item.as_small()) {
            int::from_i64(x + y)
        } else if let (Some(Payload::Float(x)), Some(Payload::Float(y))) =
            (total.payload(), item.payload())
            && total.class_is(&types::builtin().float)
            && item.class_is(&types::builtin().float)
        {
            float::new_float(x + y)
        } else {
            return Some(item);
        };
        // The old total and the item are ints or floats: releasing them runs no Python code.
        self.0 = sum;
        None
    }

    fn take(&mut self, vm: &Vm, item: Value) -> PyResult<()> {
        self.0 = add(vm, &self.0, &item)?;
        Ok(())
    }
}

/// `a + b` with a fast path for two small ints and for two floats.
fn add(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(int::from_i64(x + y));
    }
    if let (Some(Payload::Float(x)), Some(Payload::Float(y))) = (a.payload(), b.payload())
        && a.class_is(&vm.b().float)
        && b.class_is(&vm.b().float)
    {
        return Ok(float::new_float(x + y));
    }
    ops::binary_op(vm, a, b, BinOp::Add)
}

/// `bin()`, `hex()`, `oct()`.
fn radix(vm: &Vm, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 1, 1)?;
    match ops::seq::index_of(vm, &a[0])? {
        Some(n) => Ok(from_string(gilpy_algo::int_text::to_radix(&n, base, true))),
        None => Err(not_integer(vm, &a[0])),
    }
}

fn bin(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

fn oct(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

/// `chr(i)`.
fn chr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "chr", 1, 1)?;
    let Some(n) = ops::seq::index_of(vm, &a[0])? else {
        return Err(not_integer(vm, &a[0]));
    };
    let Some(n) = n.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if !(0..0x110000).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(crate::objects::str::new_str(c.encode_utf8(&mut [0; 4]))),
        None => Err(vm.value_error(format!(
            "gilpy: lone surrogate {n:#x} cannot be stored in a str"
        ))),
    }
}

/// `ord(c)`.
fn ord(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "ord", 1, 1)?;
    let (code, len) = match a[0].payload() {
        Some(Payload::Str(s)) => {
            let mut chars = s.as_str().chars();
            (chars.next().map(u32::from), s.char_len())
        }
        Some(Payload::Bytes(b)) => (b.first().map(|&b| u32::from(b)), b.len()),
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            (b.first().map(|&b| u32::from(b)), b.len())
        }
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(&a[0])
            )));
        }
    };
    match code {
        Some(c) if len == 1 => Ok(int::from_i64(i64::from(c))),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", abs),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("bin", bin),
        ("hex", hex),
        ("oct", oct),
        ("chr", chr),
        ("ord", ord),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    Ok(())
}
