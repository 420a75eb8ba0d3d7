//! Async generators and their awaitables: `asend`/`__anext__`, `athrow`/`aclose`, and the
//! wrapper that tells a value yielded by the generator from one its awaits pass through.
//! Counterpart of the async-generator half of CPython's `Objects/genobject.c`.

use crate::eval::Exit;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, new_native_type};
use crate::objects::coroutine::throw_args;
use crate::objects::function::Args;
use crate::objects::generator::{Generator, Kind};
use crate::objects::generator_ops::{self, gen_of, stop_async_iteration, stop_iteration};
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;
use std::sync::OnceLock;

/// A value an async generator yielded (`_PyAsyncGenWrappedValue`), as opposed to a value one of
/// its awaits passes up to the event loop.
pub struct Wrapped(pub Value);

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// `agen.asend(v)` / `agen.__anext__()`.
struct ASend {
    owner: Value,
    sendval: PyCell<Option<Value>>,
    state: Cell<State>,
}

/// `agen.athrow(...)`; `args` is `None` for `agen.aclose()`.
struct AThrow {
    owner: Value,
    args: Option<Vec<Value>>,
    state: Cell<State>,
}

/// The references an async generator's helper objects hold, for the collector
/// (`gc/traverse.rs`): the value a `Wrapped` carries, an `asend`/`athrow` awaitable's generator
/// and arguments.
pub(crate) fn traverse(n: &dyn std::any::Any, visit: &mut crate::gc::traverse::Visit<'_>) -> bool {
    if let Some(w) = n.downcast_ref::<Wrapped>() {
        visit(&w.0);
    } else if let Some(s) = n.downcast_ref::<ASend>() {
        visit(&s.owner);
        if let Some(v) = s.sendval.try_borrow()
            && let Some(v) = v.as_ref()
        {
            visit(v);
        }
    } else if let Some(t) = n.downcast_ref::<AThrow>() {
        visit(&t.owner);
        t.args.iter().flatten().for_each(visit);
    } else {
        return false;
    }
    true
}

type Methods = &'static [(&'static str, crate::objects::function::NativeFn)];

fn make_type(name: &'static str, methods: Methods) -> StaticValue {
    let t = new_native_type(name);
    for (m, f) in methods {
        add_method(&t, name, m, *f);
    }
    StaticValue(t)
}

pub fn async_generator_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        make_type(
            "async_generator",
            &[
                ("__aiter__", agen_aiter),
                ("__anext__", agen_anext),
                ("asend", agen_asend),
                ("athrow", agen_athrow),
                ("aclose", agen_aclose),
            ],
        )
    })
    .0
}

fn wrapped_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| make_type("async_generator_wrapped_value", &[]))
        .0
}

fn asend_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        make_type(
            "async_generator_asend",
            &[
                ("__await__", self_of),
                ("__iter__", self_of),
                ("__next__", asend_next),
                ("send", asend_send),
                ("throw", asend_throw),
                ("close", asend_close),
            ],
        )
    })
    .0
}

fn athrow_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        make_type(
            "async_generator_athrow",
            &[
                ("__await__", self_of),
                ("__iter__", self_of),
                ("__next__", athrow_next),
                ("send", athrow_send),
                ("throw", athrow_throw),
                ("close", athrow_close),
            ],
        )
    })
    .0
}

/// `YIELD_VALUE` in an async generator: mark the value as yielded by the generator.
pub fn wrap(v: Value) -> Value {
    Value::alloc(
        wrapped_type().clone(),
        Payload::Native(Box::new(Wrapped(v))),
    )
}

fn unwrapped(v: &Value) -> Option<Value> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<Wrapped>().map(|w| w.0.clone()),
        _ => None,
    }
}

fn self_of(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__await__", 1, 1)?;
    Ok(a[0].clone())
}

fn agen<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Generator> {
    gen_of(v)
        .filter(|g| g.kind == Kind::AsyncGenerator)
        .ok_or_else(|| vm.type_error("expected an async generator"))
}

fn agen_aiter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__aiter__", 1, 1)?;
    Ok(a[0].clone())
}

/// `agen.__anext__()`: an awaitable that runs the generator to its next yield.
pub fn anext(agen_v: &Value) -> Value {
    new_asend(agen_v.clone(), None)
}

fn new_asend(owner: Value, sendval: Option<Value>) -> Value {
    let s = ASend {
        owner,
        sendval: PyCell::new(sendval),
        state: Cell::new(State::Init),
    };
    Value::alloc(asend_type().clone(), Payload::Native(Box::new(s)))
}

fn agen_anext(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__anext__", 1, 1)?;
    agen(vm, &a[0])?;
    Ok(anext(&a[0]))
}

fn agen_asend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "asend", 2, 2)?;
    agen(vm, &a[0])?;
    Ok(new_asend(a[0].clone(), Some(a[1].clone())))
}

fn new_athrow(owner: Value, args: Option<Vec<Value>>) -> Value {
    let t = AThrow {
        owner,
        args,
        state: Cell::new(State::Init),
    };
    Value::alloc(athrow_type().clone(), Payload::Native(Box::new(t)))
}

fn agen_athrow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "athrow", 2, 4)?;
    agen(vm, &a[0])?;
    Ok(new_athrow(a[0].clone(), Some(a[1..].to_vec())))
}

fn agen_aclose(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "aclose", 1, 1)?;
    agen(vm, &a[0])?;
    Ok(new_athrow(a[0].clone(), None))
}

/// A step's outcome as the awaitable reports it (`async_gen_unwrap_value`): a value the
/// generator yielded ends the await with `StopIteration(value)`; other values pass through.
fn unwrap_value(vm: &Vm, g: &Generator, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) => match unwrapped(&v) {
            Some(inner) => {
                g.running_async.set(false);
                Err(stop_iteration(vm, inner))
            }
            None => Ok(v),
        },
        Ok(Exit::Return(_)) => {
            g.closed.set(true);
            g.running_async.set(false);
            Err(stop_async_iteration(vm))
        }
        Err(e) => {
            if vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit") {
                g.closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
    }
}

fn asend_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ASend> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<ASend>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected an async_generator_asend"))
}

fn athrow_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a AThrow> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<AThrow>(),
        _ => None,
    }
    .ok_or_else(|| vm.type_error("expected an async_generator_athrow"))
}

fn closed_on_error<T>(state: &Cell<State>, r: PyResult<T>) -> PyResult<T> {
    if r.is_err() {
        state.set(State::Closed);
    }
    r
}

fn asend_step(vm: &Vm, s: &ASend, arg: Value) -> PyResult<Value> {
    let g = agen(vm, &s.owner)?;
    let mut arg = arg;
    match s.state.get() {
        State::Closed => {
            return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        State::Init => {
            if g.running_async.get() {
                s.state.set(State::Closed);
                let msg = "anext(): asynchronous generator is already running";
                return Err(vm.runtime_error(msg));
            }
            if vm.is_none(&arg)
                && let Some(v) = s.sendval.borrow_mut().take()
            {
                arg = v;
            }
            s.state.set(State::Iter);
        }
        State::Iter => {}
    }
    g.running_async.set(true);
    let r = generator_ops::resume(vm, g, Some(arg), None);
    closed_on_error(&s.state, unwrap_value(vm, g, r))
}

fn asend_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 2, 2)?;
    asend_step(vm, asend_of(vm, &a[0])?, a[1].clone())
}

fn asend_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__next__", 1, 1)?;
    asend_step(vm, asend_of(vm, &a[0])?, vm.none())
}

fn asend_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "throw", 2, 4)?;
    let s = asend_of(vm, &a[0])?;
    if s.state.get() == State::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let g = agen(vm, &s.owner)?;
    let e = crate::objects::exception_ops::make_raisable(vm, throw_args(vm, &a[1..])?)?;
    let r = generator_ops::throw_exit(vm, g, e);
    closed_on_error(&s.state, unwrap_value(vm, g, r))
}

fn asend_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    asend_of(vm, &a[0])?.state.set(State::Closed);
    Ok(vm.none())
}

#[cold]
fn ignored_exit(vm: &Vm, t: &AThrow, g: &Generator) -> PyErr {
    g.running_async.set(false);
    t.state.set(State::Closed);
    vm.runtime_error("async generator ignored GeneratorExit")
}

/// The end of an `aclose()`/`athrow()` step that raised.
fn athrow_error(vm: &Vm, t: &AThrow, g: &Generator, e: PyErr) -> PyErr {
    g.running_async.set(false);
    t.state.set(State::Closed);
    let finished = vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit");
    if t.args.is_none() && finished {
        return vm.stop_iteration();
    }
    e
}

/// An `aclose()` step's outcome: a value the generator yielded means it ignored the exit.
fn aclose_outcome(vm: &Vm, t: &AThrow, g: &Generator, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(v)) if unwrapped(&v).is_some() => Err(ignored_exit(vm, t, g)),
        Ok(Exit::Yield(v)) => Ok(v),
        Ok(Exit::Return(_)) => Err(athrow_error(vm, t, g, stop_async_iteration(vm))),
        Err(e) => Err(athrow_error(vm, t, g, e)),
    }
}

fn athrow_outcome(vm: &Vm, t: &AThrow, g: &Generator, r: PyResult<Exit>) -> PyResult<Value> {
    if t.args.is_none() {
        return aclose_outcome(vm, t, g, r);
    }
    unwrap_value(vm, g, r).map_err(|e| athrow_error(vm, t, g, e))
}

fn athrow_first(vm: &Vm, t: &AThrow, g: &Generator, arg: &Value) -> PyResult<Value> {
    if g.running_async.get() {
        t.state.set(State::Closed);
        let which = if t.args.is_none() { "aclose" } else { "athrow" };
        let msg = format!("{which}(): asynchronous generator is already running");
        return Err(vm.runtime_error(msg));
    }
    if g.closed.get() {
        t.state.set(State::Closed);
        return Err(stop_async_iteration(vm));
    }
    if !vm.is_none(arg) {
        return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
    }
    t.state.set(State::Iter);
    g.running_async.set(true);
    let exc = match &t.args {
        None => {
            g.closed.set(true);
            vm.b().exc("GeneratorExit").clone()
        }
        Some(a) => throw_args(vm, a)?,
    };
    let e = crate::objects::exception_ops::make_raisable(vm, exc)?;
    let r = generator_ops::throw_exit(vm, g, e);
    athrow_outcome(vm, t, g, r)
}

fn athrow_step(vm: &Vm, t: &AThrow, arg: Value) -> PyResult<Value> {
    let g = agen(vm, &t.owner)?;
    if t.state.get() == State::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.with_frame(|f| f.is_none()) {
        t.state.set(State::Closed);
        return Err(vm.stop_iteration());
    }
    if t.state.get() == State::Init {
        return athrow_first(vm, t, g, &arg);
    }
    let r = generator_ops::resume(vm, g, Some(arg), None);
    athrow_outcome(vm, t, g, r)
}

fn athrow_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 2, 2)?;
    athrow_step(vm, athrow_of(vm, &a[0])?, a[1].clone())
}

fn athrow_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__next__", 1, 1)?;
    athrow_step(vm, athrow_of(vm, &a[0])?, vm.none())
}

fn athrow_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "throw", 2, 4)?;
    let t = athrow_of(vm, &a[0])?;
    if t.state.get() == State::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let g = agen(vm, &t.owner)?;
    let e = crate::objects::exception_ops::make_raisable(vm, throw_args(vm, &a[1..])?)?;
    let r = generator_ops::throw_exit(vm, g, e);
    athrow_outcome(vm, t, g, r)
}

fn athrow_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    athrow_of(vm, &a[0])?.state.set(State::Closed);
    Ok(vm.none())
}

/// Whether `v` is an async generator (`PyAsyncGen_CheckExact`).
pub fn is_async_generator(v: &Value) -> bool {
    gen_of(v).is_some_and(|g| g.kind == Kind::AsyncGenerator)
}

pub fn init() {
    let t = async_generator_type();
    crate::objects::bootstrap::set_attr(t, "__module__", crate::objects::str::intern("builtins"));
}
