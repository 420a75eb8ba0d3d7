//! Equality and hashing of bound methods (`method`) and of builtin methods bound to an object
//! (`[].append`): the same `__self__` by identity and the same function.
//! Counterpart of `method_richcompare`/`method_hash` in CPython's `Objects/classobject.c` and
//! `meth_richcompare`/`meth_hash` in `Objects/methodobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::function::{Args, Builtin};
use crate::objects::int;
use crate::objects::types::builtin;
use crate::ops;
use crate::vm::{PyResult, Vm};

/// Whether two bound methods are equal: their functions compare equal (Python code may run)
/// and they are bound to the same object. `None` when either is not a `method`.
fn method_equal(vm: &Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(Payload::Method((fa, sa))), Some(Payload::Method((fb, sb)))) =
        (a.payload(), b.payload())
    else {
        return Ok(None);
    };
    let (fa, sa, fb, sb) = (fa.clone(), sa.clone(), fb.clone(), sb.clone());
    Ok(Some(ops::eq(vm, &fa, &fb)? && sa.is(&sb)))
}

/// Whether two builtin functions are equal: the same object, or the same native function
/// bound to the same object. `None` when either is not a builtin function.
fn builtin_equal(a: &Value, b: &Value) -> Option<bool> {
    let (Some(Payload::Builtin(x)), Some(Payload::Builtin(y))) = (a.payload(), b.payload()) else {
        return None;
    };
    Some(a.is(b) || same_bound_function(x, y))
}

fn same_bound_function(x: &Builtin, y: &Builtin) -> bool {
    match (&x.bound, &y.bound) {
        (Some(sx), Some(sy)) => {
            sx.is(sy)
                && x.name == y.name
                && x.owner == y.owner
                && std::ptr::fn_addr_eq(x.func, y.func)
        }
        _ => false,
    }
}

/// The hash of a builtin function bound to an object (CPython's `meth_hash`: the object's
/// address and the native function's), `None` for one not bound.
pub fn bound_builtin_hash(b: &Builtin) -> Option<i64> {
    let s = b.bound.as_ref()?;
    let h = crate::hash::hash_pointer(s.id()) ^ crate::hash::hash_pointer(b.func as usize);
    Some(if h == -1 { -2 } else { h })
}

/// The hash of a bound method (CPython's `method_hash`): the address of `__self__` (its own
/// `__hash__` is not consulted) combined with the hash of `__func__`.
pub fn method_hash(vm: &Vm, func: &Value, obj: &Value) -> PyResult<i64> {
    let h = crate::hash::hash_pointer(obj.id()) ^ ops::hash(vm, func)?;
    Ok(if h == -1 { -2 } else { h })
}

/// `__eq__`/`__ne__` from an equality test: NotImplemented when it has no answer.
fn compare(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    equal: impl Fn(&Vm, &Value, &Value) -> PyResult<Option<bool>>,
    negate: bool,
) -> PyResult<Value> {
    let a = args.positional_only(vm, name, 2, 2)?;
    Ok(match equal(vm, &a[0], &a[1])? {
        Some(r) => vm.bool(r != negate),
        None => vm.b().not_implemented.clone(),
    })
}

fn method_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__eq__", method_equal, false)
}

fn method_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__ne__", method_equal, true)
}

fn builtin_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__eq__", |_, a, b| Ok(builtin_equal(a, b)), false)
}

fn builtin_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, "__ne__", |_, a, b| Ok(builtin_equal(a, b)), true)
}

/// `__hash__` of both types: the hash `hash()` computes natively.
fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__hash__", 1, 1)?;
    Ok(int::from_i64(ops::text::native_hash(vm, &a[0])?))
}

pub fn init() {
    let b = builtin();
    add_method(&b.method, "method", "__eq__", method_eq);
    add_method(&b.method, "method", "__ne__", method_ne);
    add_method(&b.method, "method", "__hash__", hash);
    let f = &b.builtin_function;
    add_method(f, "builtin_function_or_method", "__eq__", builtin_eq);
    add_method(f, "builtin_function_or_method", "__ne__", builtin_ne);
    add_method(f, "builtin_function_or_method", "__hash__", hash);
}
