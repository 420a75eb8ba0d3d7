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

/// The receiver of an unbound call of one of these dunders: `self` must be of `kind`'s type.
#[derive(Clone, Copy)]
enum Kind {
    Method,
    Builtin,
}

impl Kind {
    fn type_name(self) -> &'static str {
        match self {
            Kind::Method => "method",
            Kind::Builtin => "builtin_function_or_method",
        }
    }

    fn matches(self, v: &Value) -> bool {
        matches!(
            (self, v.payload()),
            (Kind::Method, Some(Payload::Method(_))) | (Kind::Builtin, Some(Payload::Builtin(_)))
        )
    }
}

/// The arguments of `name` (`self` and `count - 1` more), `self` checked against `kind`.
fn receiver<'a>(
    vm: &Vm,
    args: &'a Args<'_>,
    kind: Kind,
    name: &str,
    count: usize,
) -> PyResult<&'a [Value]> {
    let a = args.positional_only(vm, name, count, count)?;
    if !kind.matches(&a[0]) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            kind.type_name(),
            vm.type_name(&a[0])
        )));
    }
    Ok(a)
}

/// `__eq__` (or, `negate`d, `__ne__`): NotImplemented when `other` is not of `self`'s type.
fn compare(vm: &Vm, args: Args<'_>, kind: Kind, negate: bool) -> PyResult<Value> {
    let name = if negate { "__ne__" } else { "__eq__" };
    let a = receiver(vm, &args, kind, name, 2)?;
    let equal = match kind {
        Kind::Method => method_equal(vm, &a[0], &a[1])?,
        Kind::Builtin => builtin_equal(&a[0], &a[1]),
    };
    Ok(match equal {
        Some(r) => vm.bool(r != negate),
        None => vm.b().not_implemented.clone(),
    })
}

fn method_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Kind::Method, false)
}

fn method_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Kind::Method, true)
}

fn builtin_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Kind::Builtin, false)
}

fn builtin_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, Kind::Builtin, true)
}

/// `__hash__`: the hash `hash()` computes natively.
fn hash(vm: &Vm, args: Args<'_>, kind: Kind) -> PyResult<Value> {
    let a = receiver(vm, &args, kind, "__hash__", 1)?;
    Ok(int::from_i64(ops::text::native_hash(vm, &a[0])?))
}

fn method_hash_dunder(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    hash(vm, args, Kind::Method)
}

fn builtin_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    hash(vm, args, Kind::Builtin)
}

pub fn init() {
    let b = builtin();
    add_method(&b.method, "method", "__eq__", method_eq);
    add_method(&b.method, "method", "__ne__", method_ne);
    add_method(&b.method, "method", "__hash__", method_hash_dunder);
    let f = &b.builtin_function;
    add_method(f, "builtin_function_or_method", "__eq__", builtin_eq);
    add_method(f, "builtin_function_or_method", "__ne__", builtin_ne);
    add_method(f, "builtin_function_or_method", "__hash__", builtin_hash);
}
