//! Methods of `tuple` and the dunder methods that subclasses (`namedtuple`) and explicit calls
//! reach. Counterpart of `Objects/tupleobject.c`'s method table.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, add_static};
use crate::objects::function::Args;
use crate::objects::list_methods::{clamp_bound, repeat_count, repeat_items};
use crate::objects::types::{self, builtin};
use crate::objects::{int, tuple_ops};
use crate::ops::seq::seq_compare;
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};

/// A new instance of `cls` (a builtin type or a subclass of one) with the given payload; heap
/// subclasses get an instance dict.
pub fn instance_of(cls: &Value, payload: Payload) -> Value {
    let heap = types::type_data(cls).is_some_and(|t| t.heap);
    let dict = heap.then(crate::objects::dict::new_dict);
    Value::alloc_with_dict(cls.clone(), dict, payload)
}

/// `self` (as its items) and the checked positional arguments of a tuple method.
fn method_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a [Value], &'a [Value])> {
    let pos = args.pos();
    let items = match pos.first().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => &t[..],
        _ => {
            let Some(got) = pos.first() else {
                return Err(crate::objects::function::missing_self(vm, "tuple", name));
            };
            return Err(vm.type_error(format!(
                "descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object",
                vm.type_name(got)
            )));
        }
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
    .method_positional(vm, "tuple", name, min, max)?;
    Ok((items, rest))
}

fn tuple_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let cls = &a[0];
    if cls.is(&builtin().tuple) {
        return match a.get(1) {
            Some(x) if x.class_is(&builtin().tuple) => Ok(x.clone()),
            Some(x) => Ok(tuple_ops::new_tuple(ops::collect(vm, x)?)),
            None => Ok(tuple_ops::new_tuple(Vec::new())),
        };
    }
    let items = match a.get(1) {
        Some(x) => ops::collect(vm, x)?,
        None => Vec::new(),
    };
    Ok(instance_of(cls, Payload::Tuple(items.into_boxed_slice())))
}

fn tuple_index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, a) = method_args(vm, args, "index", 1, 3)?;
    let start = clamp_bound(vm, a.get(1), items.len(), 0)?;
    let stop = clamp_bound(vm, a.get(2), items.len(), items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq(vm, x, &a[0])? {
            return Ok(int::from_usize(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, a) = method_args(vm, args, "count", 1, 1)?;
    let mut n = 0usize;
    for x in items {
        if ops::eq(vm, x, &a[0])? {
            n += 1;
        }
    }
    Ok(int::from_usize(n))
}

fn tuple_getnewargs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, _) = method_args(vm, args, "__getnewargs__", 0, 0)?;
    Ok(tuple_ops::new_tuple(vec![tuple_ops::new_tuple(
        items.to_vec(),
    )]))
}

fn tuple_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, _) = method_args(vm, args, "__len__", 0, 0)?;
    Ok(int::from_usize(items.len()))
}

fn tuple_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__getitem__", 1, 1)?;
    tuple_ops::getitem(vm, &args.args[0], &args.args[1])
}

fn tuple_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, a) = method_args(vm, args, "__contains__", 1, 1)?;
    for x in items {
        if ops::eq(vm, x, &a[0])? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn tuple_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__iter__", 0, 0)?;
    Ok(crate::objects::iter_types::seq_iter(&args.args[0]))
}

fn tuple_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__hash__", 0, 0)?;
    Ok(int::from_i64(ops::text::native_hash(vm, &args.args[0])?))
}

fn tuple_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__repr__", 0, 0)?;
    ops::text::native_repr(vm, &args.args[0]).map(crate::objects::str::from_string)
}

fn tuple_compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (items, a) = method_args(vm, args, "comparison", 1, 1)?;
    let Some(Payload::Tuple(other)) = a[0].payload() else {
        return Ok(vm.b().not_implemented.clone());
    };
    Ok(vm.bool(seq_compare(vm, items, other, op)?))
}

macro_rules! compare_methods {
    ($($name:ident => $op:expr),*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            tuple_compare(vm, args, $op)
        })*
    };
}

compare_methods!(tuple_eq => CmpOp::Eq, tuple_ne => CmpOp::Ne, tuple_lt => CmpOp::Lt, tuple_le => CmpOp::Le, tuple_gt => CmpOp::Gt, tuple_ge => CmpOp::Ge);

fn tuple_add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, a) = method_args(vm, args, "__add__", 1, 1)?;
    let Some(Payload::Tuple(other)) = a[0].payload() else {
        return Ok(vm.b().not_implemented.clone());
    };
    let mut v = items.to_vec();
    v.extend(other.iter().cloned());
    Ok(tuple_ops::new_tuple(v))
}

fn tuple_mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (items, a) = method_args(vm, args, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(vm.b().not_implemented.clone());
    };
    if n == 1 && args.args[0].class_is(&builtin().tuple) {
        return Ok(args.args[0].clone());
    }
    Ok(tuple_ops::new_tuple(repeat_items(vm, items, n)?))
}

pub fn init() {
    let t = &builtin().tuple;
    add_static(t, "tuple", "__new__", tuple_new);
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("index", tuple_index),
        ("count", tuple_count),
        ("__getnewargs__", tuple_getnewargs),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__repr__", tuple_repr),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
    ];
    for (name, f) in methods {
        add_method(t, "tuple", name, *f);
    }
}
