//! Calls of builtin (Rust) callables from `CALL_FUNCTION`/`CALL_METHOD` with positional
//! arguments only: the native function runs on its arguments borrowed from the value stack, and
//! `range()` of small ints is built without the type-call path. Counterpart of CPython 3.11's
//! `PRECALL_BUILTIN_FAST`, `PRECALL_NO_KW_METHOD_DESCRIPTOR_*` and `PRECALL_NO_KW_TYPE_1`-like
//! specialisations in `Python/ceval.c`.

use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::payload::Bounds;
use crate::vm::{PyResult, Vm};

/// The result of calling `callable` with the positional arguments `args` when it is a native
/// function or method descriptor (not bound, not a `__new__`, whose class check is the generic
/// path's) or `range` with small int arguments; `None` sends the call down the generic path,
/// which gives the same result.
#[inline]
pub fn call_native(vm: &Vm, callable: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    match callable.payload()? {
        Payload::Builtin(b) if b.bound.is_none() && b.name != "__new__" => {
            Some((b.func)(vm, Args::positional(args)))
        }
        Payload::Type(_) if callable.is(&vm.b().range) => small_range(vm, args).map(Ok),
        _ => None,
    }
}

/// `range(stop)`, `range(start, stop)` or `range(start, stop, step)` when every argument is
/// an inline int and `step` is not zero (exact ints are stored as they are, as CPython's
/// `range_new` stores the results of `PyNumber_Index`); other arguments, and the errors, are
/// the generic path's.
fn small_range(vm: &Vm, args: &[Value]) -> Option<Value> {
    if !args.iter().all(|a| a.as_small().is_some()) {
        return None;
    }
    let one = || Value::small(1);
    let (start, stop, step) = match args {
        [stop] => (Value::zero(), stop.clone(), one()?),
        [start, stop] => (start.clone(), stop.clone(), one()?),
        [start, stop, step] if step.as_small() != Some(0) => {
            (start.clone(), stop.clone(), step.clone())
        }
        _ => return None,
    };
    let bounds = Bounds { start, stop, step };
    Some(Value::alloc(
        vm.b().range.clone(),
        Payload::Range(Box::new(bounds)),
    ))
}
