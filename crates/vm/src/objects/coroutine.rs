//! Coroutines: the `__await__` protocol, the `coroutine_wrapper` iterator, awaitables for
//! `await`, and the "was never awaited" warning. Counterpart of the coroutine half of CPython's
//! `Objects/genobject.c` (`_PyCoro_GetAwaitableIter`, `coro_wrapper`, `_PyErr_WarnUnawaitedCoroutine`).

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, new_builtin, new_native_type};
use crate::objects::function::Args;
use crate::objects::generator::{Generator, Kind};
use crate::objects::generator_ops::{self, gen_of};
use crate::objects::types::{builtin, lookup_str_on_class, type_name};
use crate::ops;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::code::flags;
use std::sync::OnceLock;

/// The iterator `coro.__await__()` returns: it drives the coroutine.
struct CoroWrapper(Value);

/// The coroutine a `coroutine.__await__()` wrapper holds, for the collector (`gc/traverse.rs`).
pub(crate) fn traverse(n: &dyn std::any::Any, visit: &mut crate::gc::traverse::Visit<'_>) -> bool {
    let Some(w) = n.downcast_ref::<CoroWrapper>() else {
        return false;
    };
    visit(&w.0);
    true
}

fn wrapper_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        let t = new_native_type("coroutine_wrapper");
        add_method(&t, "coroutine_wrapper", "__iter__", iter_self);
        add_method(&t, "coroutine_wrapper", "__next__", wrapper_next);
        add_method(&t, "coroutine_wrapper", "send", wrapper_send);
        add_method(&t, "coroutine_wrapper", "throw", wrapper_throw);
        add_method(&t, "coroutine_wrapper", "close", wrapper_close);
        StaticValue(t)
    })
    .0
}

fn wrapped(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.downcast_ref::<CoroWrapper>() {
            Some(w) => Ok(w.0.clone()),
            None => Err(vm.type_error("expected a coroutine_wrapper")),
        },
        _ => Err(vm.type_error("expected a coroutine_wrapper")),
    }
}

fn iter_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn wrapper_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__next__", 1, 1)?;
    generator_ops::send(vm, &wrapped(vm, &a[0])?, vm.none())
}

fn wrapper_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 2, 2)?;
    generator_ops::send(vm, &wrapped(vm, &a[0])?, a[1].clone())
}

fn wrapper_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "throw", 2, 4)?;
    let exc = throw_args(vm, &a[1..])?;
    generator_ops::throw(vm, &wrapped(vm, &a[0])?, exc)
}

fn wrapper_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    generator_ops::close(vm, &wrapped(vm, &a[0])?)?;
    Ok(vm.none())
}

/// The exception of `throw(typ[, val[, tb]])`: an instance, or `typ` called with `val`.
pub fn throw_args(vm: &Vm, a: &[Value]) -> PyResult<Value> {
    let typ = &a[0];
    let val = a.get(1).filter(|v| !vm.is_none(v));
    let exc = match (typ.payload(), val) {
        (Some(Payload::Type(_)), Some(v)) if crate::objects::types::is_subtype(&v.class(), typ) => {
            v.clone()
        }
        (Some(Payload::Type(_)), Some(v)) => ops::call(vm, typ, std::slice::from_ref(v), &[])?,
        (Some(Payload::Type(_)), None) => ops::call(vm, typ, &[], &[])?,
        (_, Some(_)) => {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        _ => typ.clone(),
    };
    if let Some(tb) = a.get(2).filter(|v| !vm.is_none(v)) {
        ops::call_method(vm, &exc, "with_traceback", std::slice::from_ref(tb))?;
    }
    Ok(exc)
}

fn coro_await(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__await__", 1, 1)?;
    Ok(Value::alloc(
        wrapper_type().clone(),
        Payload::Native(Box::new(CoroWrapper(a[0].clone()))),
    ))
}

fn coro_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 2, 2)?;
    generator_ops::send(vm, &a[0], a[1].clone())
}

fn coro_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "throw", 2, 4)?;
    let exc = throw_args(vm, &a[1..])?;
    generator_ops::throw(vm, &a[0], exc)
}

fn coro_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    generator_ops::close(vm, &a[0])?;
    Ok(vm.none())
}

/// Whether `v` can be awaited directly: a coroutine, or a generator whose code is marked
/// as an iterable coroutine (`types.coroutine`).
fn is_native_awaitable(v: &Value) -> bool {
    let Some(g) = gen_of(v) else { return false };
    match g.kind {
        Kind::Coroutine => true,
        Kind::AsyncGenerator => false,
        Kind::Generator => {
            g.with_frame(|f| f.is_some_and(|f| f.code().co.flags & flags::ITERABLE_COROUTINE != 0))
        }
    }
}

/// Whether `v` is a coroutine object (`PyCoro_CheckExact`).
pub fn is_coroutine(v: &Value) -> bool {
    gen_of(v).is_some_and(|g| g.kind == Kind::Coroutine)
}

/// The iterator that `await v` drives (`_PyCoro_GetAwaitableIter`); `None` when `v`'s type has
/// no `__await__`.
pub fn awaitable_iter(vm: &Vm, v: &Value) -> PyResult<Option<Value>> {
    if is_native_awaitable(v) {
        return Ok(Some(v.clone()));
    }
    let Some(m) = lookup_str_on_class(v, "__await__") else {
        return Ok(None);
    };
    let it = ops::call(vm, &m, std::slice::from_ref(v), &[])?;
    if is_coroutine(&it) {
        return Err(vm.type_error("__await__() returned a coroutine"));
    }
    if lookup_str_on_class(&it, "__next__").is_none() {
        return Err(vm.type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(Some(it))
}

/// `awaitable_iter` with the error for an object that cannot be awaited.
pub fn get_awaitable_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    awaitable_iter(vm, v)?.ok_or_else(|| {
        vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name(&v.class())
        ))
    })
}

/// The function run when a generator-like object is released: warns about a coroutine that
/// never ran, closes a suspended frame (so its `finally` blocks run).
pub fn finalize_hook() -> &'static Value {
    static F: OnceLock<StaticValue> = OnceLock::new();
    &F.get_or_init(|| StaticValue(new_builtin("_gilpy_finalize", gen_finalize)))
        .0
}

fn gen_finalize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let g = &args.pos()[0];
    let Some(state) = gen_of(g) else {
        return Ok(vm.none());
    };
    let unstarted = state.with_frame(|f| f.is_some_and(|f| f.lasti == 0 && f.next == 0));
    if state.kind == Kind::Coroutine && unstarted {
        if let Some(shown) = warn_through_module(vm, g) {
            return shown;
        }
        warn_never_awaited(vm, state);
        return Ok(vm.none());
    }
    generator_ops::close(vm, g)?;
    Ok(vm.none())
}

/// The warning through `warnings._warn_unawaited_coroutine`, so filters, `catch_warnings` and
/// `-W` apply (CPython's `_PyErr_WarnUnawaitedCoroutine`); None when `warnings` cannot be
/// imported, e.g. while the interpreter shuts down.
fn warn_through_module(vm: &Vm, coro: &Value) -> Option<PyResult<Value>> {
    let globals = crate::objects::dict::new_dict();
    let warnings = crate::modules::import::import_name(
        vm,
        &crate::objects::str::intern("warnings"),
        &globals,
        &vm.none(),
        &crate::objects::int::from_i64(0),
    )
    .ok()?;
    let hook = ops::getattr_opt(
        vm,
        &warnings,
        &crate::objects::str::intern("_warn_unawaited_coroutine"),
    )
    .ok()??;
    Some(ops::call(vm, &hook, std::slice::from_ref(coro), &[]))
}

thread_local! {
    /// Locations already warned at (the "default" warning filter shows each once).
    static WARNED: std::cell::RefCell<std::collections::HashSet<(String, u32)>> =
        std::cell::RefCell::default();
}

/// "RuntimeWarning: coroutine 'f' was never awaited", at the line running when it was released.
fn warn_never_awaited(vm: &Vm, g: &Generator) {
    let name = crate::objects::str::as_str(&g.qualname)
        .unwrap_or("?")
        .to_owned();
    let record = vm.frames.borrow().last().map(|r| r.code.clone());
    let (file, line) = match record.as_ref().and_then(|c| match c.payload() {
        Some(Payload::Code(c)) => Some(c),
        _ => None,
    }) {
        Some(c) => (
            c.co.filename.to_string(),
            c.co.line_of(vm.lasti.get()).unwrap_or(c.co.firstlineno),
        ),
        None => ("sys".to_owned(), 1),
    };
    let fresh = WARNED.with(|w| w.borrow_mut().insert((file.clone(), line)));
    if !fresh {
        return;
    }
    let mut out = format!("{file}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n");
    if let Some(src) = crate::traceback::source_line(&file, line) {
        out.push_str(&format!("  {}\n", src.trim()));
    }
    out.push_str("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    crate::run::write_stderr(vm, &out);
}

pub fn init() {
    let b = builtin();
    let c = &b.coroutine;
    add_method(c, "coroutine", "send", coro_send);
    add_method(c, "coroutine", "throw", coro_throw);
    add_method(c, "coroutine", "close", coro_close);
    add_method(c, "coroutine", "__await__", coro_await);
    crate::objects::coroutine_asyncgen::init();
}
