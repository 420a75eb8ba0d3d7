//! Running generators and coroutines: `next`, `send`, `throw`, `close`, and `yield from` /
//! `await` delegation. Counterpart of CPython's `Objects/genobject.c` (`gen_send_ex`,
//! `_gen_throw`, `gen_close`).

use crate::eval::{self, Exit};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::exception_ops;
use crate::objects::function::{Code, Function};
use crate::objects::generator::{Generator, Kind};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_bytecode::Opcode;
use gilpy_bytecode::code::flags;

/// A generator running `frame`, a frame from the thread's pool (`Frame::take_parked`) that
/// goes back there when the generator finishes. A generator from the free list
/// (`object_freelist.rs`) is filled in place; the spare frame it kept goes to the pool.
pub fn new_generator(vm: &Vm, func: &Value, frame: Box<Frame>) -> Value {
    let names = match func.payload() {
        Some(Payload::Function(f)) => names(f),
        _ => (vm.none(), vm.none()),
    };
    let code = frame.code.clone();
    let co_flags = frame.code().co.flags;
    make_generator(vm, names, code, co_flags, |spare| {
        if let Some(spare) = spare {
            Frame::keep_parked(vm, spare);
        }
        frame
    })
}

/// A generator with the names `names` (`__name__`, `__qualname__`) running `code` (with flags
/// `co_flags`), whose frame `fill` makes from a parked frame: the spare frame of the
/// generator taken from the free list (`Generator::spare`), else one from the thread's pool.
/// `fill` runs no Python code.
#[inline(always)]
pub fn new_generator_filling(
    vm: &Vm,
    names: (Value, Value),
    code: Value,
    co_flags: u32,
    fill: impl FnOnce(&mut Frame),
) -> Value {
    make_generator(vm, names, code, co_flags, |spare| {
        let mut frame = spare.unwrap_or_else(|| Frame::take_parked(vm));
        fill(&mut frame);
        frame
    })
}

/// A generator named `names` running `code`, its frame from `frame_of`, which gets the spare
/// frame of the generator object reused from the free list, if it has one.
#[inline(always)]
fn make_generator(
    vm: &Vm,
    names: (Value, Value),
    code: Value,
    co_flags: u32,
    frame_of: impl FnOnce(Option<Box<Frame>>) -> Box<Frame>,
) -> Value {
    let (kind, class) = if co_flags & flags::COROUTINE != 0 {
        (Kind::Coroutine, &vm.b().coroutine)
    } else if co_flags & flags::ASYNC_GENERATOR != 0 {
        let t = crate::objects::coroutine_asyncgen::async_generator_type();
        (Kind::AsyncGenerator, t)
    } else {
        (Kind::Generator, &vm.b().generator)
    };
    match crate::object_freelist::ReusedGenerator::take() {
        Some(mut reused) => {
            let g = reused.generator();
            let frame = frame_of(g.spare.take());
            g.fill_parked(frame, code, names, kind);
            reused.revive(class)
        }
        None => {
            let mut g = Box::new(Generator::parked());
            g.fill_parked(frame_of(None), code, names, kind);
            Value::alloc(class.clone(), Payload::Generator(g))
        }
    }
}

/// `MAKE_GENEXPR` at instruction `i`: `MAKE_FUNCTION` (with a closure when `closure`), then
/// `LOAD_FAST local`, `GET_ITER` and `CALL_FUNCTION 1`, for a generator expression's code: the
/// generator is made straight from the code, the closure and the frame's globals (the function
/// object that CPython makes, calls and drops at once is never seen by Python code) and
/// replaces them on the stack. False, with nothing done, for any other code, or when the local
/// is unbound: the instructions then run one by one. `module_name` is `MAKE_FUNCTION`'s read
/// of the globals' `__name__` (it may run a colliding key's `__eq__`), made first as there; an
/// error from `GET_ITER` is raised at that instruction.
#[inline(never)]
pub(crate) fn make_genexpr(
    vm: &Vm,
    f: &mut Frame,
    (i, local, closure): (usize, u32, bool),
    module_name: impl FnOnce(&Value) -> PyResult<()>,
) -> PyResult<bool> {
    let top = f.stack.len();
    let (Some(Payload::Code(code)), Some(Some(seq))) =
        (f.stack[top - 2].payload(), f.fast.get(local as usize))
    else {
        return Ok(false);
    };
    let cells = match closure {
        true => tuple_ops_items(&f.stack[top - 3]),
        false => Some(&[][..]),
    };
    if !genexpr_code(code, cells) {
        return Ok(false);
    }
    module_name(&f.globals)?;
    vm.lasti.set(i + 2);
    let it = match is_generator(seq) {
        true => seq.clone(),
        false => {
            let seq = seq.clone();
            ops::iter(vm, &seq)?
        }
    };
    let qualname = f.stack.pop().unwrap_or_else(Value::zero);
    let code_v = f.stack.pop().unwrap_or_else(Value::zero);
    let cells = match closure {
        true => f.stack.pop(),
        false => None,
    };
    let Some(Payload::Code(code)) = code_v.payload() else {
        return Ok(false);
    };
    let names = (code.name.clone(), qualname);
    let (co_flags, free) = (code.co.flags, code.cell_free.len());
    let slots = code.varnames.len() + free;
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    let stack = &mut f.stack;
    let gen_code = code_v.clone();
    let g = new_generator_filling(vm, names, gen_code, co_flags, |frame| {
        stack.push(it);
        let at = stack.len() - 1;
        frame.reset_moving_args(slots - free, globals, builtins, stack, at);
        frame.code = code_v;
        if let Some(cells) = cells.as_ref().and_then(tuple_ops_items) {
            frame.fast.extend(cells.iter().map(|c| Some(c.clone())));
        }
    });
    f.stack.push(g);
    Ok(true)
}

/// Whether `code` is a generator expression's that `make_genexpr` can start with the closure
/// `cells` (`None`: not a tuple): a plain generator taking its one argument positionally, with
/// no cell variables and one cell per free variable.
fn genexpr_code(code: &Code, cells: Option<&[Value]>) -> bool {
    let special = flags::COROUTINE | flags::ASYNC_GENERATOR | flags::VARARGS | flags::VARKEYWORDS;
    code.co.flags & (flags::GENERATOR | special) == flags::GENERATOR
        && code.co.argcount == 1
        && code.co.kwonlyargcount == 0
        && code.co.cellvars.is_empty()
        && cells.is_some_and(|c| c.len() == code.co.freevars.len())
}

/// The items of `v` when it is a tuple.
fn tuple_ops_items(v: &Value) -> Option<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(items)) => Some(items),
        _ => None,
    }
}

/// A function's `__name__` and `__qualname__`, for its generators.
#[inline(always)]
pub(crate) fn names(f: &Function) -> (Value, Value) {
    (f.name.borrow().clone(), f.qualname.borrow().clone())
}

pub fn gen_of(v: &Value) -> Option<&Generator> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

/// Whether `v` is a generator (not a coroutine or async generator): its own iterator, as
/// `iter(v)` finds (the type cannot be subclassed).
#[inline(always)]
pub fn is_generator(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Generator(g)) if g.kind == Kind::Generator)
}

/// Whether the frame has started running (a suspended or finished frame has).
fn started(f: &Frame) -> bool {
    f.lasti > 0 || f.next > 0
}

/// The iterator a suspended frame is delegating to (`gi_yieldfrom`, `cr_await`).
pub fn yielded_from(g: &Generator) -> Option<Value> {
    g.with_frame(|f| {
        let f = f?;
        if !started(f) || g.running.get() {
            return None;
        }
        match f.code().instrs.get(f.next) {
            Some(&(Opcode::YIELD_FROM, _)) => f.stack.last().cloned(),
            _ => None,
        }
    })
}

/// Resuming a frame that has finished.
#[cold]
fn resume_finished(vm: &Vm, g: &Generator, throw: Option<PyErr>) -> PyResult<Exit> {
    if g.kind == Kind::Coroutine {
        return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
    }
    match throw {
        Some(e) => Err(e),
        None if g.kind == Kind::AsyncGenerator => Err(stop_async_iteration(vm)),
        None => Ok(Exit::Return(vm.none())),
    }
}

/// Resume with `value` sent (or with an exception thrown in), until the next yield or the end.
pub fn resume(
    vm: &Vm,
    g: &Generator,
    value: Option<Value>,
    throw: Option<PyErr>,
) -> PyResult<Exit> {
    if g.running.get() {
        return Err(already_executing(vm, g));
    }
    let Some(mut frame) = g.take_frame() else {
        return resume_finished(vm, g, throw);
    };
    if let Some(v) = &value
        && !vm.is_none(v)
        && !started(&frame)
    {
        return Err(send_to_unstarted(vm, g, frame));
    }
    frame.stack.push(value.unwrap_or_else(|| vm.none()));
    let r = run_resumed(vm, g, &mut frame, throw);
    match r {
        Ok(Exit::Yield(v)) => {
            g.put_frame(frame);
            Ok(Exit::Yield(v))
        }
        r => finish(vm, g, frame, r),
    }
}

/// `resume` with None sent and nothing thrown (`next`, `for`, `sum`, `list(gen)`, `yield from`):
/// no sent value to check, no exception to route.
#[inline]
pub fn resume_none(vm: &Vm, g: &Generator) -> PyResult<Exit> {
    if g.running.get() {
        return Err(already_executing(vm, g));
    }
    let Some(mut frame) = g.take_frame() else {
        return resume_finished(vm, g, None);
    };
    send_none(vm, &mut frame, code_of(g));
    match run_resumed(vm, g, &mut frame, None) {
        Ok(Exit::Yield(v)) => {
            g.put_frame(frame);
            Ok(Exit::Yield(v))
        }
        r => finish(vm, g, frame, r),
    }
}

/// Send None into a suspended frame about to resume: pushed for the instruction that takes it
/// (`YIELD_FROM`, a `yield` expression's consumer), or, when that instruction would only
/// discard it (the `POP_TOP` after a `yield` statement, `GEN_START` at the first resume), that
/// instruction is skipped instead: no push, no dispatch, no release.
#[inline(always)]
pub(crate) fn send_none(vm: &Vm, frame: &mut Frame, code: &Code) {
    match code.instrs.get(frame.next) {
        Some(&(Opcode::POP_TOP | Opcode::GEN_START, _)) => frame.next += 1,
        _ => frame.stack.push(vm.none()),
    }
}

/// `next` of a generator: `None` when it returns. Always inlined: `FOR_ITER`'s call of it
/// from `execute` was inlined or not depending on the codegen units, and a call costs the
/// resume about 25 instructions of spills.
#[inline(always)]
pub fn next_of(vm: &Vm, g: &Generator) -> PyResult<Option<Value>> {
    match resume_none(vm, g)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
    }
}

/// Run the taken-out frame of `g` (the sent value already pushed) until it yields, returns or
/// raises, with `running` set meanwhile. Inside, `sys.exc_info()` shows the exception the
/// frame was handling when it yielded (CPython's `gi_exc_state`), else the one its caller
/// handles (CPython's `exc_info` chain).
#[inline(always)]
fn run_resumed(vm: &Vm, g: &Generator, frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    g.running.set(true);
    let r = if g.exc_state.is_empty() && vm.exc_info.borrow().is_none() {
        let r = run_frame(vm, g, frame, throw);
        if vm.exc_info.borrow().is_some() {
            keep_handled(vm, g, &r, None);
        }
        r
    } else {
        run_swapped(vm, g, frame, throw)
    };
    g.running.set(false);
    r
}

/// `run_resumed` when the generator or its caller handles an exception: the generator's own
/// state replaces the caller's while it runs, and what the caller sees is the chain the
/// generator sees through when it has none (`Vm::exc_chain`).
#[inline(never)]
fn run_swapped(vm: &Vm, g: &Generator, frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    let chain = extend_chain(vm);
    let caller = vm.exc_info.replace(g.exc_state.replace(None));
    let r = run_frame(vm, g, frame, throw);
    keep_handled(vm, g, &r, caller);
    drop(vm.exc_chain.replace(chain));
    r
}

/// What the caller sees becomes the chain a resumed generator sees through; returns the
/// chain to put back when it stops.
#[inline(never)]
fn extend_chain(vm: &Vm) -> Option<Value> {
    let seen = vm.current_exception();
    vm.exc_chain.replace(seen)
}

/// The frame stopped with `r`: put the caller's exception state back, keeping what the frame
/// handles at a yield for its next resume (its own: it started from its own state).
#[inline(never)]
pub(super) fn keep_handled(vm: &Vm, g: &Generator, r: &PyResult<Exit>, caller: Option<Value>) {
    let inner = vm.exc_info.replace(caller);
    if matches!(r, Ok(Exit::Yield(_))) {
        drop(g.exc_state.replace(inner));
    } else {
        drop(inner);
    }
}

#[inline(always)]
fn run_frame(vm: &Vm, g: &Generator, frame: &mut Frame, throw: Option<PyErr>) -> PyResult<Exit> {
    vm.enter_call()?;
    let r = match throw {
        Some(e) => throw_into(vm, frame, e),
        None => eval::run_code(vm, frame, code_of(g)),
    };
    vm.leave_call();
    r
}

/// The frame of `g` returned or raised: it stays with `g` as its spare (`Generator::spare`),
/// and a `StopIteration` escaping it becomes a `RuntimeError`.
pub(super) fn finish(
    vm: &Vm,
    g: &Generator,
    frame: Box<Frame>,
    r: PyResult<Exit>,
) -> PyResult<Exit> {
    keep_spare(g, frame);
    r.map_err(|e| wrap_escaped_stop(vm, g.kind, e))
}

/// Park the finished frame of `g` as its spare (`Generator::spare`), or free it when its
/// buffers grew large.
#[inline(always)]
fn keep_spare(g: &Generator, frame: Box<Frame>) {
    g.spare.set(frame.park_to_keep());
}

/// The generator's code, borrowed from the generator (its frame holds the same object), so a
/// resume takes no reference to it.
#[inline(always)]
pub(super) fn code_of(g: &Generator) -> &Code {
    match g.code.payload() {
        Some(Payload::Code(c)) => c,
        _ => unreachable!("generator without a code object"),
    }
}

#[cold]
fn already_executing(vm: &Vm, g: &Generator) -> PyErr {
    vm.value_error(format!("{} already executing", g.kind.word()))
}

/// `send(non-None)` to a generator that has not started: the frame goes back untouched.
#[cold]
fn send_to_unstarted(vm: &Vm, g: &Generator, frame: Box<Frame>) -> PyErr {
    g.put_frame(frame);
    let msg = format!(
        "can't send non-None value to a just-started {}",
        g.kind.word()
    );
    vm.type_error(msg)
}

/// `StopIteration` (or, from an async generator, `StopAsyncIteration`) leaving the frame
/// becomes a `RuntimeError` (PEP 479).
fn wrap_escaped_stop(vm: &Vm, kind: Kind, e: PyErr) -> PyErr {
    let name = if vm.err_is(&e, "StopIteration") {
        "StopIteration"
    } else if kind == Kind::AsyncGenerator && vm.err_is(&e, "StopAsyncIteration") {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let err = vm.runtime_error(format!("{} raised {name}", kind.word()));
    exception_ops::set_cause_value(&err.0, e.0);
    err
}

/// Raise `e` at the generator's current instruction.
fn throw_into(vm: &Vm, frame: &mut Frame, e: PyErr) -> PyResult<Exit> {
    frame.stack.pop();
    exception_ops::add_traceback(&e.0, frame, None);
    if !eval::unwind_for_throw(vm, frame, e.clone()) {
        return Err(e);
    }
    eval::run(vm, frame)
}

/// `next(gen)`: `None` when the generator returns.
pub fn next(vm: &Vm, gv: &Value) -> PyResult<Option<Value>> {
    match gen_of(gv) {
        Some(g) => next_of(vm, g),
        None => Ok(None),
    }
}

/// `gen.send(v)`: a yielded value, or `StopIteration(return value)`.
pub fn send(vm: &Vm, gv: &Value, v: Value) -> PyResult<Value> {
    let Some(g) = gen_of(gv) else {
        return Err(vm.type_error("not a generator"));
    };
    match resume(vm, g, Some(v), None)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// `gen.throw(exc)`.
pub fn throw(vm: &Vm, gv: &Value, exc: Value) -> PyResult<Value> {
    let Some(g) = gen_of(gv) else {
        return Err(vm.type_error("not a generator"));
    };
    let e = exception_ops::make_raisable(vm, exc)?;
    match throw_exit(vm, g, e)? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// Throw `e` into `g`: first into the iterator it delegates to, if any (as `_gen_throw`).
pub fn throw_exit(vm: &Vm, g: &Generator, e: PyErr) -> PyResult<Exit> {
    let Some(sub) = yielded_from(g) else {
        return resume(vm, g, None, Some(e));
    };
    if vm.err_is(&e, "GeneratorExit") {
        g.running.set(true);
        let closed = close_iter(vm, &sub);
        g.running.set(false);
        return resume(vm, g, None, Some(closed.err().unwrap_or(e)));
    }
    g.running.set(true);
    let r = throw_to(vm, &sub, e);
    g.running.set(false);
    match r {
        Ok(Delegated::Yield(v)) => Ok(Exit::Yield(v)),
        Ok(Delegated::Unhandled(e)) => resume(vm, g, None, Some(e)),
        Ok(Delegated::Return(v)) => {
            let popped = g.with_frame(|f| {
                f.and_then(|f| {
                    f.next += 1;
                    f.stack.pop()
                })
            });
            drop(popped);
            resume(vm, g, Some(v), None)
        }
        Err(e) => resume(vm, g, None, Some(e)),
    }
}

enum Delegated {
    Yield(Value),
    Return(Value),
    /// The sub-iterator has no `throw`: raise in the delegating frame.
    Unhandled(PyErr),
}

/// Throw `e` into the sub-iterator of a `yield from`/`await`.
fn throw_to(vm: &Vm, sub: &Value, e: PyErr) -> PyResult<Delegated> {
    let r = if let Some(sg) = gen_of(sub) {
        match throw_exit(vm, sg, e)? {
            Exit::Yield(v) => return Ok(Delegated::Yield(v)),
            Exit::Return(v) => return Ok(Delegated::Return(v)),
        }
    } else {
        match ops::getattr_opt(vm, sub, &crate::objects::str::intern("throw"))? {
            Some(m) => ops::call(vm, &m, &[e.0], &[]),
            None => return Ok(Delegated::Unhandled(e)),
        }
    };
    match r {
        Ok(v) => Ok(Delegated::Yield(v)),
        Err(e) if vm.err_is(&e, "StopIteration") => {
            Ok(Delegated::Return(exception_ops::stop_value(vm, &e.0)))
        }
        Err(e) => Err(e),
    }
}

/// Close a sub-iterator (`gen_close_iter`).
fn close_iter(vm: &Vm, sub: &Value) -> PyResult<()> {
    if gen_of(sub).is_some() {
        return close(vm, sub);
    }
    if let Some(m) = ops::getattr_opt(vm, sub, &crate::objects::str::intern("close"))? {
        ops::call(vm, &m, &[], &[])?;
    }
    Ok(())
}

/// `gen.close()`.
pub fn close(vm: &Vm, gv: &Value) -> PyResult<()> {
    let Some(g) = gen_of(gv) else { return Ok(()) };
    if g.with_frame(|f| f.is_none_or(|f| !started(f))) {
        drop(g.take_frame());
        return Ok(());
    }
    let exit = exception_ops::new_exception(vm.b().exc("GeneratorExit").clone(), vec![]);
    match throw_exit(vm, g, PyErr(exit)) {
        Ok(Exit::Yield(_)) => {
            let msg = format!("{} ignored GeneratorExit", g.kind.word());
            Err(vm.runtime_error(msg))
        }
        Ok(Exit::Return(_)) => Ok(()),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}

#[cold]
pub fn stop_async_iteration(vm: &Vm) -> PyErr {
    let cls = vm.b().exc("StopAsyncIteration").clone();
    PyErr(exception_ops::new_exception(cls, vec![]))
}

#[cold]
pub fn stop_iteration(vm: &Vm, value: Value) -> PyErr {
    let args = if vm.is_none(&value) {
        vec![]
    } else {
        vec![value]
    };
    PyErr(exception_ops::new_exception(
        vm.b().exc("StopIteration").clone(),
        args,
    ))
}

/// `YIELD_FROM`: send `value` to the sub-iterator.
pub fn send_to(vm: &Vm, sub: &Value, value: Value) -> PyResult<Exit> {
    if let Some(g) = gen_of(sub) {
        if vm.is_none(&value) {
            return resume_none(vm, g);
        }
        return resume(vm, g, Some(value), None);
    }
    if let Some(Payload::Iter(state)) = sub.payload()
        && vm.is_none(&value)
        && crate::objects::types::type_data(&sub.class()).is_some_and(|t| !t.heap)
    {
        // A builtin iterator (`yield from (a, b)`): its `__next__` without the call and the
        // `StopIteration` it would raise at the end.
        return Ok(match crate::objects::iter_ops::next(vm, sub, state)? {
            Some(v) => Exit::Yield(v),
            None => Exit::Return(value),
        });
    }
    let next = vm
        .is_none(&value)
        .then(|| crate::objects::types::lookup_str_on_class(sub, "__next__"));
    let r = match next.flatten() {
        Some(m) => ops::call(vm, &m, std::slice::from_ref(sub), &[]),
        None => ops::call_method(vm, sub, "send", &[value]),
    };
    match r {
        Ok(v) => Ok(Exit::Yield(v)),
        Err(e) if vm.err_is(&e, "StopIteration") => {
            Ok(Exit::Return(exception_ops::stop_value(vm, &e.0)))
        }
        Err(e) => Err(e),
    }
}

/// What runs when a generator-like object is released (`_PyGen_Finalize`): `close` for a
/// suspended frame, the "was never awaited" warning for a coroutine that never started.
pub fn finalizer(g: &Generator) -> Option<Value> {
    g.with_frame(|f| f.is_some_and(|f| started(f) || g.kind == Kind::Coroutine))
        .then(|| crate::objects::coroutine::finalize_hook().clone())
}

/// The attributes of generators, coroutines and async generators (`gi_frame`, `cr_await`,
/// `ag_running`, ...); `None` for other names.
pub fn attribute(vm: &Vm, g: &Generator, name: &str) -> Option<Value> {
    match name {
        "__name__" => return Some(g.name.clone()),
        "__qualname__" => return Some(g.qualname.clone()),
        _ => {}
    }
    let field = name.strip_prefix(g.kind.prefix())?;
    match field {
        "running" if g.kind == Kind::AsyncGenerator => Some(vm.bool(g.running_async.get())),
        "running" => Some(vm.bool(g.running.get())),
        "frame" => Some(crate::frame_object::generator_frame(vm, g)),
        "suspended" => {
            let suspended = g.with_frame(|f| f.is_some_and(|f| started(f)));
            Some(vm.bool(suspended && !g.running.get()))
        }
        "code" => Some(g.code.clone()),
        "yieldfrom" if g.kind == Kind::Generator => {
            Some(yielded_from(g).unwrap_or_else(|| vm.none()))
        }
        "await" if g.kind != Kind::Generator => Some(yielded_from(g).unwrap_or_else(|| vm.none())),
        "origin" if g.kind == Kind::Coroutine => Some(vm.none()),
        _ => None,
    }
}
