//! Registration of the builtin types' native methods, one `*_methods.rs` file per type, and
//! the constructors (`__new__`) of the value types.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_static;
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str};
use crate::objects::types::{self, builtin};
use crate::objects::{float, int};
use crate::ops;
use crate::vm::{PyResult, Vm};

/// Re-wrap a value as an instance of a subclass (`class MyInt(int)`).
fn subclass_instance(vm: &Vm, cls: &Value, payload: Payload) -> Value {
    let heap = types::type_data(cls).is_some_and(|t| t.heap);
    let dict = if heap {
        Some(crate::objects::dict::new_dict())
    } else {
        None
    };
    let _ = vm;
    Value::alloc_with_dict(cls.clone(), dict, payload)
}

fn int_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let cls = &pos[0];
    let x = pos.get(1).or_else(|| args.kw("x"));
    let base = pos.get(2).or_else(|| args.kw("base"));
    let v = match (x, base) {
        (None, None) => int::from_i64(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), base) => int_from(vm, x, base)?,
    };
    if cls.is(&builtin().int) {
        return Ok(v);
    }
    Ok(subclass_instance(
        vm,
        cls,
        Payload::Int(int::to_bigint(&v).unwrap_or_default()),
    ))
}

fn int_from(vm: &Vm, x: &Value, base: Option<&Value>) -> PyResult<Value> {
    let text = as_str(x).map(str::to_owned).or_else(|| {
        crate::objects::bytes_ops::as_bytes(x).map(|b| String::from_utf8_lossy(&b).into_owned())
    });
    if let Some(base) = base {
        let Some(s) = text else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let b = int::as_i64(base).ok_or_else(|| vm.type_error("'base' must be an integer"))?;
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
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Ok(int::from_bigint(gilpy_algo::float_repr::float_to_bigint(
            f.trunc(),
        )));
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(m) = types::lookup_str(x.class(), name) {
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

fn parse(vm: &Vm, s: &str, base: u32) -> PyResult<Value> {
    gilpy_algo::int_text::parse_int(s, base, gilpy_algo::int_text::DEFAULT_MAX_STR_DIGITS)
        .map(int::from_bigint)
        .map_err(|e| vm.value_error(e.message()))
}

fn float_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "float", 1, 2)?;
    let f = match a.get(1) {
        None => 0.0,
        Some(x) => to_float(vm, x)?,
    };
    if a[0].is(&builtin().float) {
        return Ok(float::new_float(f));
    }
    Ok(subclass_instance(vm, &a[0], Payload::Float(f)))
}

/// `float(x)`.
pub fn to_float(vm: &Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(x) {
        return Ok(f);
    }
    if int::is_int(x) {
        return int::to_f64(vm, x);
    }
    if let Some(s) = as_str(x) {
        return gilpy_algo::float_parse::parse_float(s).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                gilpy_algo::unicode::str_repr(s)
            ))
        });
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = types::lookup_str(x.class(), name) {
            let r = ops::call(vm, &m, std::slice::from_ref(x), &[])?;
            return match (float::as_f64(&r), name) {
                (Some(f), _) => Ok(f),
                (None, "__index__") if int::is_int(&r) => int::to_f64(vm, &r),
                _ => Err(vm.type_error(format!(
                    "{name} returned non-float (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn str_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let obj = pos.get(1).or_else(|| args.kw("object"));
    let s = match obj {
        None => new_str(""),
        Some(o) => match (
            pos.get(2).or_else(|| args.kw("encoding")),
            crate::objects::bytes_ops::as_bytes(o),
        ) {
            (Some(_), Some(b)) | (None, Some(b))
                if pos.len() > 2 || args.kw("encoding").is_some() =>
            {
                match String::from_utf8(b) {
                    Ok(s) => crate::objects::str::from_string(s),
                    Err(_) => {
                        return Err(
                            vm.new_exc("UnicodeDecodeError", "'utf-8' codec can't decode bytes")
                        );
                    }
                }
            }
            _ => ops::str(vm, o)?,
        },
    };
    if pos[0].is(&builtin().str_) {
        return Ok(s);
    }
    let text = as_str(&s).unwrap_or("").to_owned();
    Ok(subclass_instance(
        vm,
        &pos[0],
        Payload::Str(crate::objects::str::PyStr::from_string(text)),
    ))
}

fn bool_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "bool", 1, 2)?;
    match a.get(1) {
        None => Ok(vm.bool(false)),
        Some(x) => Ok(vm.bool(ops::is_true(vm, x)?)),
    }
}

pub fn init_all() {
    let b = builtin();
    add_static(&b.int, "int", "__new__", int_new);
    add_static(&b.float, "float", "__new__", float_new);
    add_static(&b.str_, "str", "__new__", str_new);
    add_static(&b.bool_, "bool", "__new__", bool_new);
    crate::objects::list_methods::init();
    crate::objects::tuple_methods::init();
    crate::objects::dict_methods::init();
    crate::objects::dict_views::init();
    crate::objects::set_methods::init();
    crate::objects::range_methods::init();
}
