//! `__call__` of the builtin callable types (`function`, `method`,
//! `builtin_function_or_method`), so `f.__call__(...)` and `hasattr(f, "__call__")` work as in
//! CPython, where `tp_call` shows as a slot wrapper. Calls themselves never look it up: the
//! call protocol dispatches on these payloads first (`ops::call`).
//! Counterpart of the `__call__` slot wrappers of `Objects/funcobject.c`,
//! `Objects/classobject.c` and `Objects/methodobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::add_method;
use crate::objects::function::Args;
use crate::objects::types;
use crate::ops;
use crate::vm::{PyResult, Vm};

/// `callable.__call__(*args, **kwargs)` for a callable of type `owner`: the call itself.
fn dunder_call(vm: &Vm, args: Args<'_>, owner: &str) -> PyResult<Value> {
    let Some((callable, rest)) = args.args.split_first() else {
        return Err(vm.type_error(format!(
            "descriptor '__call__' of '{owner}' object needs an argument"
        )));
    };
    ops::call(vm, callable, rest, args.kwnames)
}

fn function_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    dunder_call(vm, args, "function")
}

fn method_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    dunder_call(vm, args, "method")
}

fn builtin_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    dunder_call(vm, args, "builtin_function_or_method")
}

pub fn init() {
    let b = types::builtin();
    add_method(&b.function, "function", "__call__", function_call);
    add_method(&b.method, "method", "__call__", method_call);
    add_method(
        &b.builtin_function,
        "builtin_function_or_method",
        "__call__",
        builtin_call,
    );
}
