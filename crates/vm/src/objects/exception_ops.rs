//! Exception objects: creation, `args`, chaining (`__cause__`, `__context__`), tracebacks,
//! matching in `except`, and `with` statements' context-manager lookup.
//! Counterpart of CPython's `Objects/exceptions.c` and parts of `Python/errors.c`.

use crate::object::{Payload, Value};
use crate::objects::exception::ExceptionData;
use crate::objects::tuple_ops;
use crate::objects::types::{self, builtin};
use crate::ops;
use crate::payload::TracebackData;
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};

pub fn data(e: &Value) -> Option<&ExceptionData> {
    match e.payload() {
        Some(Payload::Exception(d)) => Some(d),
        _ => None,
    }
}

/// A new instance of exception class `cls` with `args`.
pub fn new_exception(cls: Value, args: Vec<Value>) -> Value {
    let d = ExceptionData::default();
    *d.args.borrow_mut() = Some(tuple_ops::new_tuple(args));
    Value::alloc_with_dict(
        cls,
        Some(crate::objects::dict::new_dict()),
        Payload::Exception(Box::new(d)),
    )
}

pub fn args(e: &Value) -> Value {
    data(e)
        .and_then(|d| d.args.borrow().clone())
        .unwrap_or_else(|| builtin().empty_tuple.clone())
}

pub fn traceback(e: &Value) -> Option<Value> {
    data(e).and_then(|d| d.traceback.borrow().clone())
}

/// Prepend a traceback entry for a frame the exception passes through (`frame`: its frame
/// object, if one was made).
pub fn add_traceback(e: &Value, f: &crate::frame::Frame, frame: Option<Value>) {
    let Some(d) = data(e) else { return };
    let next = d.traceback.borrow_mut().take();
    let (lasti, line) = (f.lasti as u32, f.line());
    let tb = TracebackData {
        next: PyCell::new(next),
        code: f.code.clone(),
        globals: f.globals.clone(),
        frame: PyCell::new(frame),
        lasti,
        line,
    };
    let tb = Value::alloc(
        builtin().traceback.clone(),
        Payload::Traceback(Box::new(tb)),
    );
    *d.traceback.borrow_mut() = Some(tb);
}

/// Set `__context__` unless that would make a cycle (as `_PyErr_SetObject`).
pub fn chain_context(e: &Value, context: Value) {
    if e.is(&context) {
        return;
    }
    let mut o = Some(context.clone());
    while let Some(x) = o {
        let next = data(&x).and_then(|d| d.context.borrow().clone());
        if let Some(n) = &next
            && n.is(e)
        {
            if let Some(d) = data(&x) {
                drop(d.context.borrow_mut().take());
            }
            break;
        }
        o = next;
    }
    if let Some(d) = data(e)
        && d.context.borrow().is_none()
    {
        *d.context.borrow_mut() = Some(context);
    }
}

/// `raise X`: an instance, or a class to instantiate.
pub fn make_raisable(vm: &Vm, e: Value) -> PyResult<PyErr> {
    if let Some(Payload::Type(_)) = e.payload() {
        if types::is_subtype(&e, vm.b().exc("BaseException")) {
            let inst = ops::call(vm, &e, &[], &[])?;
            if data(&inst).is_none() {
                return Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    types::type_name(&e),
                    vm.type_name(&inst)
                )));
            }
            return Ok(PyErr(inst));
        }
    } else if data(&e).is_some() {
        return Ok(PyErr(e));
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `raise e from cause`.
pub fn set_cause(vm: &Vm, e: &Value, cause: Value) -> PyResult<()> {
    let cause = if vm.is_none(&cause) {
        None
    } else if let Some(Payload::Type(_)) = cause.payload() {
        Some(make_raisable(vm, cause)?.0)
    } else if data(&cause).is_some() {
        Some(cause)
    } else {
        return Err(vm.type_error("exception causes must derive from BaseException"));
    };
    if let Some(d) = data(e) {
        *d.cause.borrow_mut() = cause;
        d.suppress_context.set(true);
    }
    Ok(())
}

pub fn set_cause_value(e: &Value, cause: Value) {
    if let Some(d) = data(e) {
        *d.cause.borrow_mut() = Some(cause);
        d.suppress_context.set(true);
    }
}

/// `except T:` test: `exc` matches class or tuple of classes `t`.
pub fn matches(vm: &Vm, exc: &Value, t: &Value) -> PyResult<bool> {
    let exc_type = if matches!(exc.payload(), Some(Payload::Type(_))) {
        exc.clone()
    } else {
        exc.class()
    };
    let base = vm.b().exc("BaseException");
    let check = |c: &Value| -> PyResult<bool> {
        if !matches!(c.payload(), Some(Payload::Type(_))) || !types::is_subtype(c, base) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(types::is_subtype(&exc_type, c))
    };
    if let Some(Payload::Tuple(items)) = t.payload() {
        for c in items.iter() {
            if check(c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    check(t)
}

/// `(__enter__, __exit__)` of a context manager, bound to it.
pub fn context_methods(vm: &Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let t = mgr.class();
    let (Some(enter), Some(exit)) = (
        types::lookup_str(&t, "__enter__"),
        types::lookup_str(&t, "__exit__"),
    ) else {
        let missing = if types::lookup_str(&t, "__enter__").is_none() {
            ""
        } else {
            " (missed __exit__ method)"
        };
        return Err(vm.type_error(format!(
            "'{}' object does not support the context manager protocol{missing}",
            vm.type_name(mgr)
        )));
    };
    let enter = crate::ops::attr::bind(vm, enter, Some(mgr), &t)?;
    let exit = crate::ops::attr::bind(vm, exit, Some(mgr), &t)?;
    Ok((enter, exit))
}

/// `str(exc)`: the class-specific form, or empty, the single argument's str, or the args
/// tuple's repr.
pub fn str_of(vm: &Vm, e: &Value) -> PyResult<String> {
    if let Some(s) = crate::objects::exception_methods::special_str(vm, e)? {
        return Ok(s);
    }
    let a = args(e);
    let items = tuple_ops::items(&a);
    if types::is_subtype(&e.class(), vm.b().exc("KeyError")) && items.len() == 1 {
        return ops::text::repr_string(vm, &items[0]);
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => ops::text::str_string(vm, &items[0]),
        _ => ops::text::repr_string(vm, &a),
    }
}

/// `StopIteration.value`.
pub fn stop_value(vm: &Vm, e: &Value) -> Value {
    tuple_ops::items(&args(e))
        .first()
        .cloned()
        .unwrap_or_else(|| vm.none())
}
