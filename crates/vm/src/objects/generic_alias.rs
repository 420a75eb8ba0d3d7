//! `list[int]` and `int | str` reached from native code: the `__class_getitem__` of the builtin
//! generic types and `type.__or__`/`__ror__`, which build the `types` module's `GenericAlias`
//! and `UnionType` (written in Python, `stdlib/types.py`). Counterpart of `Py_GenericAlias` in
//! CPython's `Objects/genericaliasobject.c` and `_Py_union_type_or` in `Objects/unionobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::{add_classmethod, add_method};
use crate::objects::function::Args;
use crate::objects::str::intern;
use crate::objects::types::builtin;
use crate::ops;
use crate::vm::{PyResult, Vm};

/// An attribute of the `types` module (imported on first use).
fn types_attr(vm: &Vm, name: &str) -> PyResult<Value> {
    let types = crate::modules::builtins_more::import(vm, "types")?;
    ops::getattr(vm, &types, &intern(name))
}

/// `types.GenericAlias(origin, item)` (also `type[int]`, which CPython's `PyObject_GetItem`
/// special-cases: `type` has no `__class_getitem__`).
pub fn generic_alias(vm: &Vm, origin: &Value, item: &Value) -> PyResult<Value> {
    let alias = types_attr(vm, "GenericAlias")?;
    ops::call(vm, &alias, &[origin.clone(), item.clone()], &[])
}

/// `cls[item]` for the builtin generic types.
fn class_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__class_getitem__", 2, 2)?;
    generic_alias(vm, &a[0], &a[1])
}

/// `type.__or__(self, other)`: a `types.UnionType` (or `NotImplemented`).
fn type_or(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__or__", 2, 2)?;
    let union = types_attr(vm, "_union_or")?;
    ops::call(vm, &union, a, &[])
}

/// `type.__ror__(self, other)`.
fn type_ror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__ror__", 2, 2)?;
    let union = types_attr(vm, "_union_or")?;
    ops::call(vm, &union, &[a[1].clone(), a[0].clone()], &[])
}

pub fn init() {
    let b = builtin();
    let generic: [(&'static str, &Value); 6] = [
        ("list", &b.list),
        ("dict", &b.dict),
        ("tuple", &b.tuple),
        ("set", &b.set),
        ("frozenset", &b.frozenset),
        ("enumerate", &b.iters.enumerate),
    ];
    for (name, t) in generic {
        add_classmethod(t, name, "__class_getitem__", class_getitem);
    }
    add_method(&b.type_, "type", "__or__", type_or);
    add_method(&b.type_, "type", "__ror__", type_ror);
}
