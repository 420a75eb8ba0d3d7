//! The async-iteration builtins `aiter` and `anext`, and the awaitable `anext(it, default)`
//! returns. Counterpart of `builtin_aiter`/`builtin_anext` in `Python/bltinmodule.c` and
//! `anextawaitable` in `Objects/iterobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, new_builtin, new_native_type, set_attr};
use crate::objects::coroutine;
use crate::objects::function::Args;
use crate::objects::generator_ops;
use crate::objects::types::lookup_str_on_class;
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

fn aiter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "aiter", 1, 1)?;
    let Some(m) = lookup_str_on_class(&a[0], "__aiter__") else {
        let t = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("'{t}' object is not an async iterable")));
    };
    let it = ops::call(vm, &m, &a[..1], &[])?;
    if lookup_str_on_class(&it, "__anext__").is_none() {
        let t = vm.type_name(&it);
        let msg = format!("aiter() returned not an async iterator of type '{t}'");
        return Err(vm.type_error(msg));
    }
    Ok(it)
}

fn anext(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "anext", 1, 2)?;
    let Some(m) = lookup_str_on_class(&a[0], "__anext__") else {
        let t = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("'{t}' object is not an async iterator")));
    };
    let awaitable = ops::call(vm, &m, &a[..1], &[])?;
    let Some(default) = a.get(1) else {
        return Ok(awaitable);
    };
    let state = AnextAwaitable {
        wrapped: awaitable,
        default: default.clone(),
        iter: PyCell::new(None),
    };
    Ok(Value::alloc(
        anext_awaitable_type().clone(),
        Payload::Native(Box::new(state)),
    ))
}

/// `anext(it, default)`: awaits `it.__anext__()`, turning `StopAsyncIteration` into `default`.
/// The references an `anext(it, default)` awaitable holds, for the collector (`gc/traverse.rs`).
pub(crate) fn traverse(n: &dyn std::any::Any, visit: &mut crate::gc::traverse::Visit<'_>) -> bool {
    let Some(a) = n.downcast_ref::<AnextAwaitable>() else {
        return false;
    };
    visit(&a.wrapped);
    visit(&a.default);
    if let Some(it) = a.iter.try_borrow()
        && let Some(it) = it.as_ref()
    {
        visit(it);
    }
    true
}

struct AnextAwaitable {
    wrapped: Value,
    default: Value,
    /// The iterator of `wrapped`'s `__await__`, once the first step asked for it.
    iter: PyCell<Option<Value>>,
}

fn anext_awaitable_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        let t = new_native_type("anext_awaitable");
        let n = "anext_awaitable";
        add_method(&t, n, "__await__", self_of);
        add_method(&t, n, "__iter__", self_of);
        add_method(&t, n, "__next__", aw_next);
        add_method(&t, n, "send", aw_send);
        add_method(&t, n, "throw", aw_throw);
        add_method(&t, n, "close", aw_close);
        StaticValue(t)
    })
    .0
}

fn self_of(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__await__", 1, 1)?;
    Ok(a[0].clone())
}

fn state<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a AnextAwaitable> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<AnextAwaitable>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected an anext_awaitable"))
}

fn inner_iter(vm: &Vm, s: &AnextAwaitable) -> PyResult<Value> {
    if let Some(it) = s.iter.borrow().clone() {
        return Ok(it);
    }
    let it = coroutine::get_awaitable_iter(vm, &s.wrapped)?;
    *s.iter.borrow_mut() = Some(it.clone());
    Ok(it)
}

/// `StopAsyncIteration` from the wrapped awaitable ends the await with the default.
fn finish(vm: &Vm, s: &AnextAwaitable, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if vm.err_is(&e, "StopAsyncIteration") => {
            Err(generator_ops::stop_iteration(vm, s.default.clone()))
        }
        r => r,
    }
}

fn step(vm: &Vm, me: &Value, call: impl FnOnce(&Value) -> PyResult<Value>) -> PyResult<Value> {
    let s = state(vm, me)?;
    let it = inner_iter(vm, s)?;
    finish(vm, s, call(&it))
}

fn aw_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__next__", 1, 1)?;
    step(vm, &a[0], |it| send(vm, it, vm.none()))
}

fn aw_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 2, 2)?;
    step(vm, &a[0], |it| send(vm, it, a[1].clone()))
}

fn aw_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "throw", 2, 4)?;
    step(vm, &a[0], |it| ops::call_method(vm, it, "throw", &a[1..]))
}

fn aw_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    step(vm, &a[0], |it| ops::call_method(vm, it, "close", &[]))
}

/// One step of the inner iterator: `send(value)`, or `__next__()` for `None`.
fn send(vm: &Vm, it: &Value, value: Value) -> PyResult<Value> {
    if vm.is_none(&value)
        && let Some(m) = lookup_str_on_class(it, "__next__")
    {
        return ops::call(vm, &m, std::slice::from_ref(it), &[]);
    }
    ops::call_method(vm, it, "send", &[value])
}

pub fn init(m: &Value) {
    set_attr(m, "aiter", new_builtin("aiter", aiter));
    set_attr(m, "anext", new_builtin("anext", anext));
}
