//! Calls of builtin (Rust) callables from `CALL_FUNCTION`/`CALL_METHOD` with positional
//! arguments only: the native function runs on its arguments borrowed from the value stack;
//! `list.append`, `len` and `isinstance` are computed by the call instructions themselves,
//! and a builtin method of no arguments with a fast entry is called by
//! `LOAD_FAST_METHOD_CALL_0` without pushing it;
//! `range()` of small ints, `str(x)`, `int(x)`, `float(x)`, `tuple(x)`, `list(x)`, `set(x)`
//! and the empty `tuple()`, `list()`, `set()`, `dict()` are built without the type-call path.
//! Counterpart of CPython 3.11's `PRECALL_BUILTIN_FAST`, `PRECALL_NO_KW_METHOD_DESCRIPTOR_*`,
//! `PRECALL_NO_KW_STR_1`, `PRECALL_NO_KW_LIST_APPEND`, `PRECALL_NO_KW_LEN`,
//! `PRECALL_NO_KW_ISINSTANCE` and `PRECALL_NO_KW_TYPE_1`-like specialisations in `Python/ceval.c`.

use super::{Step, attr_cache};
use crate::frame::Frame;
use crate::modules::builtins;
use crate::object::{Payload, Value};
use crate::objects::function::{Args, Code, FastPath};
use crate::objects::{dict, float, float_methods, int_methods, list_ops, set_ops, tuple_ops};
use crate::ops;
use crate::payload::Bounds;
use crate::vm::{PyResult, Vm};

/// The result of calling `callable` with the positional arguments `args` when it is a native
/// function or method descriptor (not bound, not a `__new__`, whose class check is the generic
/// path's), `range` with small int arguments or one of the conversions of `builtin_type_call`;
/// `None` sends the call down the generic path, which gives the same result. Inlined in both
/// call instructions; the type calls stay out of line so that it stays small.
#[inline(always)]
pub fn call_native(vm: &Vm, callable: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    match callable.payload()? {
        Payload::Type(_) => builtin_type_call(vm, callable, args),
        _ => call_method_descr(vm, callable, args),
    }
}

/// The callable at `stack[at]` and the values above it (`self` and the arguments), with one
/// bounds check for both.
#[inline(always)]
pub fn call_parts(stack: &[Value], at: usize) -> (&Value, &[Value]) {
    match stack.get(at..).and_then(<[Value]>::split_first) {
        Some(parts) => parts,
        None => unreachable!("value stack underflow"),
    }
}

/// The result of calling `callable`, an unbound native function or method descriptor that
/// runs on `args` borrowed from the value stack (CPython's `PRECALL_BUILTIN_FAST`,
/// `PRECALL_NO_KW_METHOD_DESCRIPTOR_O`/`_FAST`): `len(x)` or `s.add(x)` (which both call
/// instructions test first themselves, in their match on the callee's payload) and
/// `math.sqrt(x)` (a module function that `LOAD_METHOD` pushes after the null). `None` for
/// every other callable: bound builtins, `__new__`s and the builtins that need their caller's
/// frame (`Builtin::direct`).
#[inline(always)]
fn call_method_descr(vm: &Vm, callable: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    match callable.payload()? {
        Payload::Builtin(b) if b.direct => Some((b.func)(vm, Args::positional(args))),
        _ => None,
    }
}

/// `list.append(item)` on a list (`FastPath::ListAppend`, CPython 3.11's
/// `PRECALL_NO_KW_LIST_APPEND`): the item appended, `true`; `false` (nothing done) for any
/// other call shape, which the method's `NativeFn` answers.
#[inline(always)]
pub fn list_append(args: &[Value]) -> bool {
    if let [this, item] = args
        && let Some(Payload::List(cell)) = this.payload()
    {
        cell.borrow_mut().push(item.clone());
        return true;
    }
    false
}

/// What `LOAD_FAST_METHOD_CALL_0` or `LOAD_FAST_METHOD_CALL_1` did.
pub enum MethodCall {
    /// Called the method's fast entry, with this result (`None` for a `None` result).
    Ran(Option<Value>),
    /// Acted as `LOAD_FAST_LOAD_METHOD` (or `LOAD_FAST`): the next instruction's index.
    Next(usize),
}

/// `LOAD_FAST_METHOD_CALL_0` at `i` (`LOAD_FAST local`, `LOAD_METHOD`, `CALL_METHOD 0`:
/// `w.lower()`): when the `LOAD_METHOD`'s cache knows the local's method and it has a fast
/// entry, the entry is called on the local (nothing pushed; an error is the `CALL_METHOD`'s);
/// another cached method is pushed with the local, as `LOAD_FAST_LOAD_METHOD` does; else the
/// `LOAD_FAST` runs alone. `self` is released before the method, as `CALL_METHOD` does.
#[inline(always)]
pub fn load_fast_method_call_0(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    local: u32,
) -> Step<MethodCall> {
    if let Some(Some(obj)) = f.fast.get(local as usize)
        && let Some(meth) = attr_cache::cached_method(code, i + 1, obj)
    {
        let this = obj.clone();
        if let Some(Payload::Builtin(b)) = meth.payload()
            && b.direct
            && let FastPath::Entry(fast) = b.fast
        {
            vm.lasti.set(i + 2);
            let r = fast(vm, std::slice::from_ref(&this))?;
            drop(this);
            return Ok(MethodCall::Ran(r));
        }
        f.stack.push(meth);
        f.stack.push(this);
        return Ok(MethodCall::Next(i + 2));
    }
    super::load_fast(vm, f, code, local)?;
    Ok(MethodCall::Next(i + 1))
}

/// `LOAD_FAST_METHOD_CALL_1` at `i` (`LOAD_FAST local`, `LOAD_METHOD`, `LOAD_FAST arg`,
/// `CALL_METHOD 1`: `l.append(x)`), as `load_fast_method_call_0` with local `arg` as the
/// argument; `list.append` is done here. `self` and the argument are released before the
/// method, as `CALL_METHOD` does.
#[inline(always)]
pub fn load_fast_method_call_1(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    (local, arg): (u32, u32),
) -> Step<MethodCall> {
    let Some(Some(obj)) = f.fast.get(local as usize) else {
        super::load_fast(vm, f, code, local)?;
        return Ok(MethodCall::Next(i + 1));
    };
    let Some(meth) = attr_cache::cached_method(code, i + 1, obj) else {
        super::load_fast(vm, f, code, local)?;
        return Ok(MethodCall::Next(i + 1));
    };
    let this = obj.clone();
    if let Some(Payload::Builtin(b)) = meth.payload()
        && b.direct
        && let Some(Some(x)) = f.fast.get(arg as usize)
    {
        let args = [this, x.clone()];
        vm.lasti.set(i + 3);
        let r = match b.fast {
            FastPath::Entry(fast) => Some(fast(vm, &args)?),
            FastPath::ListAppend if list_append(&args) => Some(None),
            _ => None,
        };
        let [this, x] = args;
        if let Some(r) = r {
            drop(this);
            drop(x);
            return Ok(MethodCall::Ran(r));
        }
        drop(x);
        f.stack.push(meth);
        f.stack.push(this);
        return Ok(MethodCall::Next(i + 2));
    }
    f.stack.push(meth);
    f.stack.push(this);
    Ok(MethodCall::Next(i + 2))
}

/// The result of the builtin function of fast path `fast` called with `args` when the call
/// instruction computes it itself: `len(x)` of an exact builtin container
/// (`PRECALL_NO_KW_LEN`), `isinstance(x, T)` of an object of exactly class `T` (which
/// `isinstance` answers before any `__instancecheck__`, as `PyObject_IsInstance` does).
/// `None` leaves the call to the builtin's `NativeFn`, which gives the same result.
#[inline(always)]
pub fn builtin_inline(vm: &Vm, fast: FastPath, args: &[Value]) -> Option<Value> {
    match (fast, args) {
        (FastPath::Len, [x]) => Value::small(i64::try_from(builtins::exact_len(x)?).ok()?),
        (FastPath::IsInstance, [obj, cls]) if obj.class_is(cls) => Some(vm.bool(true)),
        _ => None,
    }
}

/// `range(...)` of small ints, `str(x)`, `int(x)`, `float(x)`, the containers of
/// `container_call` with one argument and those of `empty_container` with none: what the
/// type's `__new__` (and `__init__`) compute for the exact type (builtin types' namespaces are
/// immutable, so `type_call` would add nothing).
#[inline(never)]
fn builtin_type_call(vm: &Vm, cls: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    let b = vm.b();
    if cls.is(&b.range) {
        return small_range(vm, args).map(Ok);
    }
    let [x] = args else {
        return match args {
            [] => empty_container(vm, cls).map(Ok),
            _ => None,
        };
    };
    if cls.is(&b.str_) {
        Some(ops::str(vm, x))
    } else if cls.is(&b.int) {
        Some(int_methods::int_from(vm, x, None))
    } else if cls.is(&b.float) {
        Some(float_methods::to_float(vm, x).map(float::new_float))
    } else {
        container_call(vm, cls, x)
    }
}

/// `tuple(x)`, `list(x)` and `set(x)` of the exact types: the container `__new__` and
/// `__init__` would make from `x` (an exact tuple is returned as it is, as `tuple.__new__`
/// does).
fn container_call(vm: &Vm, cls: &Value, x: &Value) -> Option<PyResult<Value>> {
    let b = vm.b();
    if cls.is(&b.tuple) {
        if x.class_is(&b.tuple) {
            return Some(Ok(x.clone()));
        }
        Some(ops::collect(vm, x).map(tuple_ops::new_tuple))
    } else if cls.is(&b.list) {
        Some(list_ops::from_iterable(vm, x))
    } else if cls.is(&b.set) {
        Some(set_ops::set_from(vm, x))
    } else {
        None
    }
}

/// `tuple()`, `list()`, `set()` and `dict()` of the exact types: a new empty container (the
/// empty tuple is shared, as CPython's).
fn empty_container(vm: &Vm, cls: &Value) -> Option<Value> {
    let b = vm.b();
    if cls.is(&b.tuple) {
        Some(b.empty_tuple.clone())
    } else if cls.is(&b.list) {
        Some(list_ops::new_list(Vec::new()))
    } else if cls.is(&b.set) {
        Some(set_ops::empty_set())
    } else if cls.is(&b.dict) {
        Some(dict::new_dict())
    } else {
        None
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
