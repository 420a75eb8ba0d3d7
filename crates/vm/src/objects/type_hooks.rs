//! The defaults that metaclasses, ABCs and classes reach through `super()`: `type.__prepare__`,
//! `type.__instancecheck__`, `type.__subclasscheck__`, `object.__subclasshook__`, `object`'s
//! ordering comparisons (`__lt__`, `__le__`, `__gt__`, `__ge__`: NotImplemented), and
//! `object.__reduce_ex__`, `__reduce__` and `__getstate__` (computed by `copyreg`'s Python
//! helpers, which `pickle` and `copy` share). Counterpart of `type_prepare`,
//! `type___instancecheck__`, `type___subclasscheck__`, `object_subclasshook`,
//! `object_richcompare`, `object___reduce_ex__`, `object___reduce__` and
//! `object___getstate__` in CPython's `Objects/typeobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::{add_classmethod, add_method};
use crate::objects::function::Args;
use crate::objects::str::intern;
use crate::objects::types::{self, type_data};
use crate::ops;
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

/// Calls `copyreg.<helper>(args...)`.
fn copyreg_helper(vm: &Vm, helper: &str, args: &[Value]) -> PyResult<Value> {
    let copyreg = crate::modules::builtins_more::import(vm, "copyreg")?;
    let f = ops::getattr(vm, &copyreg, &intern(helper))?;
    ops::call(vm, &f, args, &[])
}

/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` when it defines one.
fn object_reduce_ex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "object.__reduce_ex__", 1, 2)?;
    if a.len() != 2 {
        return Err(vm.type_error("object.__reduce_ex__() takes exactly one argument (0 given)"));
    }
    let own = types::lookup_str(&a[0].class(), "__reduce__");
    let default = types::lookup_str(&types::builtin().object, "__reduce__");
    if let Some(own) = own.filter(|o| !default.is_some_and(|d| d.is(o))) {
        let bound = ops::attr::bind(vm, own, Some(&a[0]), &a[0].class())?;
        return ops::call(vm, &bound, &[], &[]);
    }
    copyreg_helper(vm, "_object_reduce", a)
}

/// `object.__reduce__()`: the protocol 0 reduction.
fn object_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "object.__reduce__", 1, 1)?;
    copyreg_helper(
        vm,
        "_object_reduce",
        &[a[0].clone(), crate::objects::int::from_i64(0)],
    )
}

/// `object.__getstate__()`: the instance dict and slot values.
fn object_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "object.__getstate__", 1, 1)?;
    copyreg_helper(vm, "_object_getstate", a)
}

pub fn init() {
    let b = types::builtin();
    let t = &b.type_;
    add_classmethod(t, "type", "__prepare__", type_prepare);
    add_method(t, "type", "__instancecheck__", type_instancecheck);
    add_method(t, "type", "__subclasscheck__", type_subclasscheck);
    let o = &b.object;
    add_classmethod(o, "object", "__subclasshook__", object_subclasshook);
    add_method(o, "object", "__reduce_ex__", object_reduce_ex);
    add_method(o, "object", "__reduce__", object_reduce);
    add_method(o, "object", "__getstate__", object_getstate);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        add_method(o, "object", name, object_order);
    }
}
