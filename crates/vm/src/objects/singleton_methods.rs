//! The constructors of the singleton types: `NoneType()`, `NotImplementedType()` and
//! `ellipsis()` return their one instance. Counterpart of `none_new`, `notimplemented_new` and
//! `ellipsis_new` in CPython's `Objects/object.c` and `Objects/sliceobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::add_static;
use crate::objects::function::Args;
use crate::objects::types::builtin;
use crate::vm::{PyResult, Vm};

/// The one instance, after checking that no argument was given (`pos[0]` is the class).
fn singleton(vm: &Vm, args: &Args<'_>, type_name: &str, instance: &Value) -> PyResult<Value> {
    if args.args.len() > 1 {
        return Err(vm.type_error(format!("{type_name} takes no arguments")));
    }
    Ok(instance.clone())
}

fn none_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    singleton(vm, &args, "NoneType", &builtin().none)
}

fn notimplemented_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    singleton(vm, &args, "NotImplementedType", &builtin().not_implemented)
}

fn ellipsis_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    singleton(vm, &args, "EllipsisType", &builtin().ellipsis)
}

pub fn init() {
    let b = builtin();
    add_static(&b.none_type, "NoneType", "__new__", none_new);
    add_static(
        &b.notimpl_type,
        "NotImplementedType",
        "__new__",
        notimplemented_new,
    );
    add_static(&b.ellipsis_type, "ellipsis", "__new__", ellipsis_new);
}
