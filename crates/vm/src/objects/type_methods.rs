//! Registration of the builtin types' native methods, one `*_methods.rs` file per type, and
//! the constructors (`__new__`) of the value types.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, add_static};
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str};
use crate::objects::types::{self, builtin};
use crate::objects::{int, list_ops, set_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

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

fn tuple_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "tuple", 1, 2)?;
    let items = match a.get(1) {
        None => Vec::new(),
        Some(x) => ops::collect(vm, x)?,
    };
    if a[0].is(&builtin().tuple) {
        return Ok(tuple_ops::new_tuple(items));
    }
    Ok(subclass_instance(
        vm,
        &a[0],
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

fn list_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "list", 1, 2)?;
    if let (Some(Payload::List(l)), Some(x)) = (a[0].payload(), a.get(1)) {
        let items = ops::collect(vm, x)?;
        drop(l.replace(items));
    }
    Ok(vm.none())
}

fn list_append(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "append", 2, 2)?;
    list_ops::append(&a[0], a[1].clone());
    Ok(vm.none())
}

fn set_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "set", 1, 2)?;
    if let Some(x) = a.get(1) {
        set_ops::update(vm, &a[0], x)?;
    }
    Ok(vm.none())
}

fn frozenset_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "frozenset", 1, 2)?;
    let items = match a.get(1) {
        None => Vec::new(),
        Some(x) => ops::collect(vm, x)?,
    };
    set_ops::new_frozenset(vm, items)
}

fn dict_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(x) = pos.get(1) {
        crate::objects::dict_ops::update(vm, &pos[0], x)?;
    }
    for (k, v) in args.kwargs() {
        crate::objects::dict_ops::set_item(vm, &pos[0], k.clone(), v.clone())?;
    }
    Ok(vm.none())
}

fn range_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "range", 2, 4)?;
    let idx = |v: &Value| -> PyResult<Value> {
        match ops::seq::index_of(vm, v)? {
            Some(i) => Ok(int::from_bigint(i)),
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))),
        }
    };
    let (start, stop, step) = match a.len() {
        2 => (int::from_i64(0), idx(&a[1])?, int::from_i64(1)),
        3 => (idx(&a[1])?, idx(&a[2])?, int::from_i64(1)),
        _ => (idx(&a[1])?, idx(&a[2])?, idx(&a[3])?),
    };
    if int::to_bigint(&step) == Some(BigInt::from(0)) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::alloc(
        builtin().range.clone(),
        Payload::Range { start, stop, step },
    ))
}

fn slice_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "slice", 2, 4)?;
    let (start, stop, step) = match a.len() {
        2 => (vm.none(), a[1].clone(), vm.none()),
        3 => (a[1].clone(), a[2].clone(), vm.none()),
        _ => (a[1].clone(), a[2].clone(), a[3].clone()),
    };
    Ok(Value::alloc(
        builtin().slice.clone(),
        Payload::Slice { start, stop, step },
    ))
}

pub fn init_all() {
    let b = builtin();
    add_static(&b.str_, "str", "__new__", str_new);
    add_static(&b.tuple, "tuple", "__new__", tuple_new);
    add_method(&b.list, "list", "__init__", list_init);
    add_method(&b.list, "list", "append", list_append);
    add_method(&b.set, "set", "__init__", set_init);
    add_static(&b.frozenset, "frozenset", "__new__", frozenset_new);
    add_method(&b.dict, "dict", "__init__", dict_init);
    add_static(&b.range, "range", "__new__", range_new);
    add_static(&b.slice, "slice", "__new__", slice_new);
    crate::objects::int_methods::init();
    crate::objects::float_methods::init();
    crate::objects::complex_methods::init();
}
