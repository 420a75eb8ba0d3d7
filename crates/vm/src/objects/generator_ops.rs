//! Running generators: `next`, `send`, `throw`, `close`, and `yield from` delegation.
//! Counterpart of CPython's `Objects/genobject.c`.

use crate::eval::{self, Exit};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::exception_ops;
use crate::objects::function::Function;
use crate::objects::generator::Generator;
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};

pub fn new_generator(vm: &Vm, func: &Value, frame: Frame) -> Value {
    let (name, qualname) = match func.payload() {
        Some(Payload::Function(f)) => names(f),
        _ => (vm.none(), vm.none()),
    };
    let coroutine = frame.code().co.flags & gilpy_bytecode::code::flags::COROUTINE != 0;
    let class = if coroutine {
        vm.b().coroutine.clone()
    } else {
        vm.b().generator.clone()
    };
    let g = Generator {
        frame: PyCell::new(Some(Box::new(frame))),
        running: std::cell::Cell::new(false),
        name,
        qualname,
    };
    Value::alloc(class, Payload::Generator(Box::new(g)))
}

fn names(f: &Function) -> (Value, Value) {
    (f.name.borrow().clone(), f.qualname.borrow().clone())
}

fn gen_of(v: &Value) -> Option<&Generator> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

/// Resume with `value` sent (or with an exception thrown in), until the next yield or the end.
fn resume(vm: &Vm, g: &Generator, value: Option<Value>, throw: Option<PyErr>) -> PyResult<Exit> {
    if g.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        return match throw {
            Some(e) => Err(e),
            None => Ok(Exit::Return(vm.none())),
        };
    };
    let started = frame.lasti > 0 || frame.next > 0;
    if !started
        && let Some(v) = &value
        && !vm.is_none(v)
    {
        *g.frame.borrow_mut() = Some(frame);
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    frame.stack.push(value.unwrap_or_else(|| vm.none()));
    g.running.set(true);
    let saved_exc = vm.exc_info.replace(None);
    let r = match vm.enter_call() {
        Ok(()) => {
            let r = match throw {
                Some(e) => throw_into(vm, &mut frame, e),
                None => eval::run(vm, &mut frame),
            };
            vm.leave_call();
            r
        }
        Err(e) => Err(e),
    };
    drop(vm.exc_info.replace(saved_exc));
    g.running.set(false);
    match &r {
        Ok(Exit::Yield(_)) => *g.frame.borrow_mut() = Some(frame),
        Ok(Exit::Return(_)) => drop(frame),
        Err(e) => {
            drop(frame);
            if vm.err_is(e, "StopIteration") {
                let msg = "generator raised StopIteration";
                let err = vm.runtime_error(msg);
                exception_ops::set_cause_value(&err.0, e.0.clone());
                return Err(err);
            }
        }
    }
    r
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
    let Some(g) = gen_of(gv) else { return Ok(None) };
    match resume(vm, g, None, None)? {
        Exit::Yield(v) => Ok(Some(v)),
        Exit::Return(_) => Ok(None),
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
    match resume(vm, g, None, Some(e))? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(r) => Err(stop_iteration(vm, r)),
    }
}

/// `gen.close()`.
pub fn close(vm: &Vm, gv: &Value) -> PyResult<()> {
    let Some(g) = gen_of(gv) else { return Ok(()) };
    if g.frame.borrow().as_ref().is_none_or(|f| f.next == 0) {
        drop(g.frame.borrow_mut().take());
        return Ok(());
    }
    let exit = exception_ops::new_exception(vm.b().exc("GeneratorExit").clone(), vec![]);
    match resume(vm, g, None, Some(PyErr(exit))) {
        Ok(Exit::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Exit::Return(_)) => Ok(()),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
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
        return resume(vm, g, Some(value), None);
    }
    let r = if vm.is_none(&value) {
        match ops::next(vm, sub) {
            Ok(Some(v)) => return Ok(Exit::Yield(v)),
            Ok(None) => return Ok(Exit::Return(vm.none())),
            Err(e) => Err(e),
        }
    } else {
        ops::call_method(vm, sub, "send", &[value])
    };
    match r {
        Ok(v) => Ok(Exit::Yield(v)),
        Err(e) if vm.err_is(&e, "StopIteration") => {
            Ok(Exit::Return(exception_ops::stop_value(vm, &e.0)))
        }
        Err(e) => Err(e),
    }
}
