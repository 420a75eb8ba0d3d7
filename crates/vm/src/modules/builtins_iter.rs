//! The iterator builtins: the types `enumerate`, `zip`, `map`, `filter`, `reversed` (whose
//! instances carry `Payload::Iter` states advanced by `objects/iter_ops.rs`), and the functions
//! `sorted`, `any`, `all`. Counterpart of `Objects/enumobject.c` and the iterator parts of
//! CPython's `Python/bltinmodule.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_static, new_builtin, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::iter::IterState;
use crate::objects::str::intern;
use crate::objects::types::{self, builtin};
use crate::objects::{int, list_ops};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// A new instance of iterator type `cls` (a builtin one or a subclass) with state `st`.
fn new_iter_of(cls: &Value, st: IterState) -> Value {
    let heap = types::type_data(cls).is_some_and(|t| t.instance_has_dict());
    let dict = if heap {
        Some(crate::objects::dict::new_dict())
    } else {
        None
    };
    Value::alloc_with_dict(cls.clone(), dict, Payload::Iter(Box::new(PyCell::new(st))))
}

/// `pos[0]` is the class; the rest are the call's positional arguments.
fn split_cls<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    match args.pos().split_first() {
        Some((cls, rest)) => Ok((cls, rest)),
        None => Err(vm.type_error(format!("{name}.__new__(): not enough arguments"))),
    }
}

fn enumerate_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, pos) = split_cls(vm, &args, "enumerate")?;
    args.only_keywords(vm, "enumerate", &["iterable", "start"])?;
    let iterable = pos.first().or_else(|| args.kw("iterable"));
    let start = pos.get(1).or_else(|| args.kw("start"));
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let count = match start {
        None => int::from_i64(0),
        Some(s) => match ops::seq::index_of(vm, s)? {
            Some(i) => int::from_bigint(i),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(s)
                )));
            }
        },
    };
    let iter = ops::iter(vm, iterable)?;
    Ok(new_iter_of(cls, IterState::Enumerate { iter, count }))
}

fn zip_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, pos) = split_cls(vm, &args, "zip")?;
    args.only_keywords(vm, "zip", &["strict"])?;
    let strict = match args.kw("strict") {
        Some(s) => ops::is_true(vm, s)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(pos.len());
    for (i, p) in pos.iter().enumerate() {
        match ops::iter(vm, p) {
            Ok(it) => iters.push(it),
            Err(e) if vm.err_is(&e, "TypeError") && !has_iter(p) => {
                return Err(
                    vm.type_error(format!("zip argument #{} must support iteration", i + 1))
                );
            }
            Err(e) => return Err(e),
        }
    }
    Ok(new_iter_of(cls, IterState::Zip { iters, strict }))
}

/// Whether `v`'s type could be iterated (so a `TypeError` came from its `__iter__`).
fn has_iter(v: &Value) -> bool {
    types::lookup_str_on_class(v, "__iter__").is_some()
        || types::lookup_str_on_class(v, "__getitem__").is_some()
}

fn map_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, pos) = split_cls(vm, &args, "map")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(pos.len() - 1);
    for p in &pos[1..] {
        iters.push(ops::iter(vm, p)?);
    }
    Ok(new_iter_of(
        cls,
        IterState::Map {
            func: pos[0].clone(),
            iters,
        },
    ))
}

fn filter_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, pos) = split_cls(vm, &args, "filter")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    if pos.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", pos.len())));
    }
    let iter = ops::iter(vm, &pos[1])?;
    Ok(new_iter_of(
        cls,
        IterState::Filter {
            func: pos[0].clone(),
            iter,
        },
    ))
}

fn reversed_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, pos) = split_cls(vm, &args, "reversed")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("reversed() takes no keyword arguments"));
    }
    if pos.len() != 1 {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", pos.len())));
    }
    let seq = &pos[0];
    if let Some(m) = types::lookup_str_on_class(seq, "__reversed__") {
        if vm.is_none(&m) {
            return Err(not_reversible(vm, seq));
        }
        return ops::call(vm, &m, std::slice::from_ref(seq), &[]);
    }
    let native_seq = matches!(
        seq.payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
        )
    );
    let has_protocol = types::lookup_str_on_class(seq, "__getitem__").is_some()
        && types::lookup_str_on_class(seq, "__len__").is_some();
    let is_mapping = matches!(
        seq.payload(),
        Some(Payload::Dict(_) | Payload::Set(_) | Payload::FrozenSet(_))
    );
    if is_mapping || !(native_seq || has_protocol) {
        return Err(not_reversible(vm, seq));
    }
    let n = ops::len(vm, seq)?;
    let state = match seq.payload() {
        Some(Payload::Str(s)) if str_getitem_is_builtin(seq) => IterState::StrReversed {
            seq: seq.clone(),
            index: n as isize - 1,
            byte: s.as_str().len(),
        },
        _ => IterState::Reversed {
            seq: seq.clone(),
            index: n as isize - 1,
        },
    };
    Ok(new_iter_of(cls, state))
}

/// Whether `seq` (a `str` or subclass) indexes with `str.__getitem__`, so `reversed` may walk
/// its text directly.
fn str_getitem_is_builtin(seq: &Value) -> bool {
    let str_ = &builtin().str_;
    seq.class_is(str_)
        || matches!(
            (types::lookup_str(&seq.class(), "__getitem__"), types::lookup_str(str_, "__getitem__")),
            (Some(a), Some(b)) if a.is(&b)
        )
}

#[cold]
fn not_reversible(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)))
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted by `list.sort`.
fn sorted(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let list = list_ops::new_list(ops::collect(vm, &pos[0])?);
    let sort = ops::getattr(vm, &list, &intern("sort"))?;
    let start = args.args.len() - args.kwnames.len();
    ops::call(vm, &sort, &args.args[start..], args.kwnames)?;
    Ok(list)
}

/// `any(iterable)` (`want == true`) and `all(iterable)` (`want == false`): stop at the first
/// item whose truth is `want`.
fn any_all(vm: &Vm, args: Args<'_>, name: &str, want: bool) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 1, 1)?;
    let it = ops::iter(vm, &a[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::is_true(vm, &x)? == want {
            return Ok(vm.bool(want));
        }
    }
    Ok(vm.bool(!want))
}

fn any(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn all(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let iters = &builtin().iters;
    let type_list: [(&'static str, &Value, NativeFn); 5] = [
        ("enumerate", &iters.enumerate, enumerate_new),
        ("zip", &iters.zip, zip_new),
        ("map", &iters.map, map_new),
        ("filter", &iters.filter, filter_new),
        ("reversed", &iters.reversed, reversed_new),
    ];
    for (name, t, new) in type_list {
        add_static(t, name, "__new__", new);
        set_attr(m, name, t.clone());
    }
    let fns: [(&'static str, NativeFn); 3] = [("sorted", sorted), ("any", any), ("all", all)];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, f));
    }
    Ok(())
}
