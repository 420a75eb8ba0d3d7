//! The defaults that metaclasses and ABCs reach through `super()`: `type.__prepare__`,
//! `type.__instancecheck__`, `type.__subclasscheck__`, `object.__subclasshook__` and
//! `object`'s ordering comparisons (`__lt__`, `__le__`, `__gt__`, `__ge__`: NotImplemented).
//! Counterpart of `type_prepare`, `type___instancecheck__`, `type___subclasscheck__`,
//! `object_subclasshook` and `object_richcompare` in CPython's `Objects/typeobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::{add_classmethod, add_method};
use crate::objects::function::Args;
use crate::objects::types::{self, type_data};
use crate::vm::{PyResult, Vm};

/// `type.__prepare__(name, bases, **kwds)`: a new empty namespace, whatever it is given.
fn type_prepare(_vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::dict::new_dict())
}

/// `type.__instancecheck__(cls, inst)`: `isinstance` without the hook (the type of `inst`, or
/// its `__class__`, derives from `cls`).
fn type_instancecheck(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "type.__instancecheck__", 2, 2)?;
    let r = crate::modules::builtins::real_instance_check(vm, &a[1], &a[0])?;
    Ok(vm.bool(r))
}

/// `type.__subclasscheck__(cls, sub)`: `issubclass` without the hook.
fn type_subclasscheck(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "type.__subclasscheck__", 2, 2)?;
    if type_data(&a[1]).is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    Ok(vm.bool(types::is_subtype(&a[1], &a[0])))
}

/// `object.__subclasshook__(cls, ...)`: NotImplemented, so the normal check decides.
fn object_subclasshook(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.b().not_implemented.clone())
}

/// `object.__lt__` and the other orderings: NotImplemented for one argument besides `self`.
fn object_order(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos().len().saturating_sub(1);
    if n != 1 || args.kwargs().next().is_some() {
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    Ok(vm.b().not_implemented.clone())
}

pub fn init() {
    let b = types::builtin();
    let t = &b.type_;
    add_classmethod(t, "type", "__prepare__", type_prepare);
    add_method(t, "type", "__instancecheck__", type_instancecheck);
    add_method(t, "type", "__subclasscheck__", type_subclasscheck);
    let o = &b.object;
    add_classmethod(o, "object", "__subclasshook__", object_subclasshook);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(o, "object", name, object_order);
    }
}
