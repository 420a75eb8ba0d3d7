//! Methods of `dict` (`get setdefault pop popitem update keys values items copy clear
//! fromkeys`, `|`, `__missing__` for subclasses) and the dunder methods that subclasses and
//! explicit calls reach. Counterpart of `Objects/dictobject.c`'s method table.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{
    add_classmethod, add_fast_method, add_method, add_static, set_attr,
};
use crate::objects::dict::DictTable;
use crate::objects::dict_views::{dict_iter, dict_reversed, new_view};
use crate::objects::function::{Args, FastPath};
use crate::objects::iter::DictIterKind;
use crate::objects::types::{self, builtin};
use crate::objects::{dict_ops, int, tuple_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};

/// Check that `v` is a dict (or of a dict subclass).
fn check<'a>(vm: &Vm, v: Option<&'a Value>, name: &str) -> PyResult<&'a Value> {
    match v {
        Some(d) if matches!(d.payload(), Some(Payload::Dict(_))) => Ok(d),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(crate::objects::function::missing_self(vm, "dict", name)),
    }
}

/// `self` and the checked positional arguments of a dict method.
#[inline]
fn method_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    if let [d, rest @ ..] = args.pos()
        && args.kwnames.is_empty()
        && (min..=max).contains(&rest.len())
        && matches!(d.payload(), Some(Payload::Dict(_)))
    {
        return Ok((d, rest));
    }
    checked_method_args(vm, args, name, min, max)
}

/// `method_args` with its errors: a receiver that is not a dict, keywords, a wrong count.
#[cold]
fn checked_method_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a Value, &'a [Value])> {
    let d = check(vm, args.pos().first(), name)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
    .method_positional(vm, "dict", name, min, max)?;
    Ok((d, rest))
}

fn dict_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("dict.__new__(): not enough arguments"));
    };
    crate::objects::type_ops::alloc_instance(vm, cls)
}

/// `dict.update`'s and `dict()`'s arguments: one optional mapping or iterable of pairs, then
/// keywords.
fn update_from_args(vm: &Vm, d: &Value, args: Args<'_>, name: &str) -> PyResult<()> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(x) = pos.first() {
        dict_ops::update(vm, d, x)?;
    }
    for (k, v) in args.kwargs() {
        dict_ops::set_item(vm, d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let d = check(vm, args.pos().first(), "__init__")?;
    update_from_args(vm, d, args, "dict")?;
    Ok(vm.none())
}

fn dict_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let d = check(vm, args.pos().first(), "update")?;
    update_from_args(vm, d, args, "update")?;
    Ok(vm.none())
}

fn dict_get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "get", 1, 2)?;
    Ok(dict_ops::get_item(vm, d, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(|| vm.none())))
}

/// `dict.get` from `CALL_METHOD` (`Builtin::fast`): `d.get(k)` and `d.get(k, default)` of a
/// dict without the argument parser; every other call is `dict_get`'s.
fn get_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    let (d, key, default) = match args {
        [d, key] => (d, key, None),
        [d, key, default] => (d, key, Some(default)),
        _ => return dict_get(vm, Args::positional(args)).map(Some),
    };
    let Some(Payload::Dict(t)) = d.payload() else {
        return dict_get(vm, Args::positional(args)).map(Some);
    };
    // An exact str key is probed here (its hash is cached and runs no Python code), without
    // `get_item`'s call; a probe that needs an `__eq__`, and other keys, are `get_item`'s.
    if let Some(Payload::Str(s)) = key.payload()
        && key.class_is(&types::builtin().str_)
    {
        let t = t.borrow();
        if let Some(found) = t.probe_native_first(key, s.hash()) {
            return Ok(found
                .and_then(|ix| t.value_at(ix))
                .or_else(|| default.cloned()));
        }
    }
    Ok(dict_ops::get_item(vm, d, key)?.or_else(|| default.cloned()))
}

fn dict_setdefault(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "setdefault", 1, 2)?;
    let h = dict_ops::key_hash(vm, &a[0])?;
    if let Some(ix) = dict_ops::find(vm, d, &a[0], h)?
        && let Some(v) = dict_ops::table(d).borrow().value_at(ix)
    {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or_else(|| vm.none());
    dict_ops::set_item_hashed(vm, d, a[0].clone(), h, v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "pop", 1, 2)?;
    match (dict_ops::pop_item(vm, d, &a[0])?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(vm.key_error(a[0].clone())),
    }
}

fn dict_popitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "popitem", 0, 0)?;
    let t = dict_ops::table(d);
    let last = t.borrow().last_index();
    let entry = last.and_then(|ix| t.borrow_mut().remove_at(ix));
    match entry {
        Some(e) => Ok(tuple_ops::new_tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(crate::objects::str::new_str(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn dict_keys(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "keys", 0, 0)?;
    Ok(new_view(d, DictIterKind::Keys))
}

fn dict_values(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "values", 0, 0)?;
    Ok(new_view(d, DictIterKind::Values))
}

fn dict_items(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "items", 0, 0)?;
    Ok(new_view(d, DictIterKind::Items))
}

/// A new exact dict with the same entries as `d`.
pub fn copy(d: &Value) -> Value {
    let t = dict_ops::table(d).borrow();
    let mut table = DictTable::with_capacity(t.len());
    for (_, e) in t.iter() {
        table.insert_new(e.key.clone(), e.hash, e.value.clone());
    }
    crate::objects::dict::new_dict_value(table)
}

fn dict_copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "copy", 0, 0)?;
    Ok(copy(d))
}

fn dict_clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "clear", 0, 0)?;
    let old = dict_ops::table(d).borrow_mut().take_all();
    drop(old);
    Ok(vm.none())
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: `cls()` filled with the keys.
fn dict_fromkeys(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("dict.fromkeys() needs the class it is called on"));
    };
    let a = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
    .method_positional(vm, "dict", "fromkeys", 1, 2)?;
    let value = a.get(1).cloned().unwrap_or_else(|| vm.none());
    let d = ops::call(vm, cls, &[], &[])?;
    let exact = d.class_is(&builtin().dict);
    let it = ops::iter(vm, &a[0])?;
    while let Some(k) = ops::next(vm, &it)? {
        if exact {
            dict_ops::set_item(vm, &d, k, value.clone())?;
        } else {
            ops::setitem(vm, &d, &k, value.clone())?;
        }
    }
    Ok(d)
}

/// `d[key]`: for subclasses, a missing key goes to `__missing__` when the class defines it.
fn dict_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__getitem__", 1, 1)?;
    if let Some(v) = dict_ops::get_item(vm, d, &a[0])? {
        return Ok(v);
    }
    if !d.class_is(&builtin().dict)
        && let Some(m) = types::lookup_str_on_class(d, "__missing__")
    {
        return ops::call(vm, &m, &[d.clone(), a[0].clone()], &[]);
    }
    Err(vm.key_error(a[0].clone()))
}

fn dict_setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__setitem__", 2, 2)?;
    dict_ops::set_item(vm, d, a[0].clone(), a[1].clone())?;
    Ok(vm.none())
}

fn dict_delitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__delitem__", 1, 1)?;
    if dict_ops::del_item(vm, d, &a[0])? {
        Ok(vm.none())
    } else {
        Err(vm.key_error(a[0].clone()))
    }
}

fn dict_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__contains__", 1, 1)?;
    Ok(vm.bool(dict_ops::contains(vm, d, &a[0])?))
}

fn dict_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "__len__", 0, 0)?;
    Ok(int::from_usize(dict_ops::table(d).borrow().len()))
}

fn dict_iter_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "__iter__", 0, 0)?;
    Ok(dict_iter(d, DictIterKind::Keys))
}

fn dict_reversed_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "__reversed__", 0, 0)?;
    Ok(dict_reversed(d, DictIterKind::Keys))
}

fn dict_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = method_args(vm, args, "__repr__", 0, 0)?;
    ops::text::native_repr(vm, d).map(crate::objects::str::from_string)
}

fn dict_compare(vm: &Vm, args: Args<'_>, eq: bool) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "comparison", 1, 1)?;
    if !matches!(a[0].payload(), Some(Payload::Dict(_))) {
        return Ok(vm.b().not_implemented.clone());
    }
    Ok(vm.bool(dict_ops::equal(vm, d, &a[0])? == eq))
}

fn dict_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    dict_compare(vm, args, true)
}

fn dict_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    dict_compare(vm, args, false)
}

/// `a | b` for two dicts: a copy of `a` updated with `b`.
pub fn dict_or_values(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let r = copy(a);
    dict_ops::update(vm, &r, b)?;
    Ok(r)
}

fn dict_or(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__or__", 1, 1)?;
    if !matches!(a[0].payload(), Some(Payload::Dict(_))) {
        return Ok(vm.b().not_implemented.clone());
    }
    dict_or_values(vm, d, &a[0])
}

fn dict_ror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__ror__", 1, 1)?;
    if !matches!(a[0].payload(), Some(Payload::Dict(_))) {
        return Ok(vm.b().not_implemented.clone());
    }
    dict_or_values(vm, &a[0], d)
}

fn dict_ior(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (d, a) = method_args(vm, args, "__ior__", 1, 1)?;
    dict_ops::update(vm, d, &a[0])?;
    Ok(d.clone())
}

pub fn init() {
    let b = builtin();
    let t = &b.dict;
    add_static(t, "dict", "__new__", dict_new);
    add_classmethod(t, "dict", "fromkeys", dict_fromkeys);
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__init__", dict_init),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter_method),
        ("__reversed__", dict_reversed_method),
        ("__repr__", dict_repr),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
    ];
    for (name, f) in methods {
        add_method(t, "dict", name, *f);
    }
    add_fast_method(t, "dict", "get", dict_get, FastPath::Entry(get_fast));
    set_attr(t, "__hash__", b.none.clone());
}
