//! Methods of `set` and `frozenset` and their operators and comparisons, registered so that
//! subclasses and explicit calls (`set.union(a, b)`) reach them. Counterpart of
//! `Objects/setobject.c`'s method tables.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_fast_method, add_method, add_static, set_attr};
use crate::objects::function::{Args, FastFn, FastPath, NativeFn};
use crate::objects::int;
use crate::objects::iter::IterState;
use crate::objects::set_ops::{self, is_anyset};
use crate::objects::types::builtin;
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};

/// `self` (checked to be a set, or a set or frozenset when `any`) and the remaining positional
/// arguments, counted.
fn method_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
    any: bool,
) -> PyResult<(&'a Value, &'a [Value])> {
    let first = args.pos().first();
    let ok = first.is_some_and(|s| {
        if any {
            is_anyset(s)
        } else {
            matches!(s.payload(), Some(Payload::Set(_)))
        }
    });
    let plain_name = !matches!(name, "set" | "comparison" | "operator");
    let Some(s) = first.filter(|_| ok) else {
        let owner = if any { "frozenset" } else { "set" };
        if first.is_none() && plain_name {
            return Err(crate::objects::function::missing_self(vm, "set", name));
        }
        let got = first
            .map(|v| vm.type_name(v))
            .unwrap_or_else(|| "nothing".into());
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object"
        )));
    };
    let rest = &args.args[1..];
    if args.kwnames.is_empty() && (min..=max).contains(&rest.len()) {
        return Ok((s, rest));
    }
    if !args.kwnames.is_empty() && plain_name {
        let owner = if set_ops::is_frozen(s) {
            "frozenset"
        } else {
            "set"
        };
        return Err(crate::objects::function::method_no_keywords(
            vm, owner, name,
        ));
    }
    // CPython names a method with its type ("set.add() takes exactly one argument"); the
    // dunders, operators and `set()` itself keep their own wording.
    let plain_method = min == max && !name.starts_with("__") && name != "comparison";
    let name = match plain_method && name != "operator" {
        true if set_ops::is_frozen(s) => format!("frozenset.{name}"),
        true => format!("set.{name}"),
        false => name.to_string(),
    };
    let rest = Args {
        args: rest,
        kwnames: args.kwnames,
    }
    .positional_only(vm, &name, min, max)?;
    Ok((s, rest))
}

fn set_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("set.__new__(): not enough arguments"));
    };
    crate::objects::type_ops::alloc_instance(vm, cls)
}

fn set_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "set", 0, 1, false)?;
    set_ops::clear(s);
    if let Some(x) = a.first() {
        set_ops::update(vm, s, x)?;
    }
    Ok(vm.none())
}

fn frozenset_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("frozenset.__new__(): not enough arguments"));
    };
    let a = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
    .positional_only(vm, "frozenset", 0, 1)?;
    let exact = cls.is(&builtin().frozenset);
    if let Some(x) = a.first()
        && exact
        && x.class_is(cls)
    {
        return Ok(x.clone());
    }
    let scratch = set_ops::empty_set();
    if let Some(x) = a.first() {
        set_ops::update(vm, &scratch, x)?;
    }
    Ok(set_ops::freeze(&scratch, cls))
}

/// `self` and the one argument of a call like `s.add(x)` on a set, without `method_args`'s
/// checks and messages (`None`: take that path).
#[inline(always)]
fn set_and_one<'a>(args: &Args<'a>) -> Option<(&'a Value, &'a [Value])> {
    match args.args {
        [s, rest @ ..] if rest.len() == 1 && args.kwnames.is_empty() => {
            matches!(s.payload(), Some(Payload::Set(_))).then_some((s, rest))
        }
        _ => None,
    }
}

fn set_add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some((s, [key])) = set_and_one(&args)
        && set_ops::add_native(s, key)
    {
        return Ok(vm.none());
    }
    let (s, a) = match set_and_one(&args) {
        Some(sa) => sa,
        None => method_args(vm, args, "add", 1, 1, false)?,
    };
    set_ops::add(vm, s, a[0].clone())?;
    Ok(vm.none())
}

fn set_remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some((s, [key])) = set_and_one(&args)
        && let Some(found) = set_ops::discard_native(s, key)
    {
        return match found {
            true => Ok(vm.none()),
            false => Err(vm.key_error(key.clone())),
        };
    }
    let (s, a) = match set_and_one(&args) {
        Some(sa) => sa,
        None => method_args(vm, args, "remove", 1, 1, false)?,
    };
    if set_ops::discard(vm, s, &a[0])? {
        Ok(vm.none())
    } else {
        Err(vm.key_error(a[0].clone()))
    }
}

fn set_discard(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some((s, [key])) = set_and_one(&args)
        && set_ops::discard_native(s, key).is_some()
    {
        return Ok(vm.none());
    }
    let (s, a) = match set_and_one(&args) {
        Some(sa) => sa,
        None => method_args(vm, args, "discard", 1, 1, false)?,
    };
    set_ops::discard(vm, s, &a[0])?;
    Ok(vm.none())
}

/// `set.add` from `CALL_METHOD` (`Builtin::fast`): a natively hashed key added to a set, no
/// `None` made; every other call is `set_add`'s.
fn add_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    if let [s, key] = args
        && set_ops::add_native(s, key)
    {
        return Ok(None);
    }
    set_add(vm, Args::positional(args)).map(Some)
}

/// `set.remove` from `CALL_METHOD`, as `add_fast`.
fn remove_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    if let [s, key] = args
        && let Some(found) = set_ops::discard_native(s, key)
    {
        return match found {
            true => Ok(None),
            false => Err(vm.key_error(key.clone())),
        };
    }
    set_remove(vm, Args::positional(args)).map(Some)
}

/// `set.discard` from `CALL_METHOD`, as `add_fast`.
fn discard_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    if let [s, key] = args
        && set_ops::discard_native(s, key).is_some()
    {
        return Ok(None);
    }
    set_discard(vm, Args::positional(args)).map(Some)
}

/// The methods of `set` with a `FastPath` entry.
const FAST: &[(&str, NativeFn, FastFn)] = &[
    ("add", set_add, add_fast),
    ("remove", set_remove, remove_fast),
    ("discard", set_discard, discard_fast),
];

fn set_pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "pop", 0, 0, false)?;
    set_ops::pop(s)
        .ok_or_else(|| vm.key_error(crate::objects::str::new_str("pop from an empty set")))
}

fn set_clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "clear", 0, 0, false)?;
    set_ops::clear(s);
    Ok(vm.none())
}

fn set_copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "copy", 0, 0, true)?;
    if s.class_is(&builtin().frozenset) {
        return Ok(s.clone());
    }
    set_ops::copy(vm, s)
}

fn set_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = method_args(vm, args, "update", 0, usize::MAX, false)?;
    for o in others {
        set_ops::update(vm, s, o)?;
    }
    Ok(vm.none())
}

fn set_union(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = method_args(vm, args, "union", 0, usize::MAX, true)?;
    set_ops::union(vm, s, others)
}

fn set_intersection(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = method_args(vm, args, "intersection", 0, usize::MAX, true)?;
    set_ops::intersection_multi(vm, s, others)
}

fn set_intersection_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = method_args(vm, args, "intersection_update", 0, usize::MAX, false)?;
    let tmp = set_ops::intersection_multi(vm, s, others)?;
    set_ops::replace_contents(s, &tmp);
    Ok(vm.none())
}

fn set_difference(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = method_args(vm, args, "difference", 0, usize::MAX, true)?;
    set_ops::difference_multi(vm, s, others)
}

fn set_difference_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, others) = method_args(vm, args, "difference_update", 0, usize::MAX, false)?;
    for o in others {
        set_ops::difference_update(vm, s, o)?;
    }
    Ok(vm.none())
}

fn set_symmetric_difference(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "symmetric_difference", 1, 1, true)?;
    set_ops::symmetric_difference(vm, s, &a[0])
}

fn set_symmetric_difference_update(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "symmetric_difference_update", 1, 1, false)?;
    set_ops::symmetric_difference_update(vm, s, &a[0])?;
    Ok(vm.none())
}

fn set_issubset(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "issubset", 1, 1, true)?;
    Ok(vm.bool(set_ops::issubset(vm, s, &a[0])?))
}

fn set_issuperset(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "issuperset", 1, 1, true)?;
    Ok(vm.bool(set_ops::issuperset(vm, s, &a[0])?))
}

fn set_isdisjoint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "isdisjoint", 1, 1, true)?;
    Ok(vm.bool(set_ops::isdisjoint(vm, s, &a[0])?))
}

fn set_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "__len__", 0, 0, true)?;
    Ok(int::from_usize(set_ops::size(s)))
}

fn set_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "__contains__", 1, 1, true)?;
    Ok(vm.bool(set_ops::contains(vm, s, &a[0])?))
}

fn set_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "__iter__", 0, 0, true)?;
    let state = IterState::Set {
        set: s.clone(),
        pos: 0,
        len: set_ops::size(s),
    };
    Ok(crate::objects::iter_types::new_iter(
        &builtin().iters.set,
        state,
    ))
}

fn set_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "__repr__", 0, 0, true)?;
    ops::text::native_repr(vm, s).map(crate::objects::str::from_string)
}

fn frozenset_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = method_args(vm, args, "__hash__", 0, 0, true)?;
    Ok(int::from_i64(set_ops::hash(s)))
}

fn set_compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "comparison", 1, 1, true)?;
    if !is_anyset(&a[0]) {
        return Ok(vm.b().not_implemented.clone());
    }
    Ok(vm.bool(set_ops::compare(vm, s, &a[0], op)?))
}

macro_rules! compare_methods {
    ($($name:ident => $op:expr),*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            set_compare(vm, args, $op)
        })*
    };
}

compare_methods!(set_eq => CmpOp::Eq, set_ne => CmpOp::Ne, set_lt => CmpOp::Lt, set_le => CmpOp::Le, set_gt => CmpOp::Gt, set_ge => CmpOp::Ge);

/// The set algebra behind `| & - ^`: `left op right` for two sets or frozensets.
pub fn set_binary(vm: &Vm, left: &Value, right: &Value, op: ops::BinOp) -> PyResult<Option<Value>> {
    if !is_anyset(left) || !is_anyset(right) {
        return Ok(None);
    }
    let r = match op {
        ops::BinOp::Or => set_ops::union(vm, left, std::slice::from_ref(right))?,
        ops::BinOp::And => set_ops::intersection(vm, left, right)?,
        ops::BinOp::Sub => set_ops::difference(vm, left, right)?,
        ops::BinOp::Xor => set_ops::symmetric_difference(vm, left, right)?,
        _ => return Ok(None),
    };
    Ok(Some(r))
}

/// `s |= t`, `&=`, `-=`, `^=` for a mutable set `s` and a set or frozenset `t`.
pub fn set_inplace(vm: &Vm, s: &Value, other: &Value, op: ops::BinOp) -> PyResult<Option<Value>> {
    if !matches!(s.payload(), Some(Payload::Set(_))) || !is_anyset(other) {
        return Ok(None);
    }
    match op {
        ops::BinOp::Or => set_ops::update(vm, s, other)?,
        ops::BinOp::And => {
            let tmp = set_ops::intersection(vm, s, other)?;
            set_ops::replace_contents(s, &tmp);
        }
        ops::BinOp::Sub => set_ops::difference_update(vm, s, other)?,
        ops::BinOp::Xor => set_ops::symmetric_difference_update(vm, s, other)?,
        _ => return Ok(None),
    }
    Ok(Some(s.clone()))
}

fn binary_method(vm: &Vm, args: Args<'_>, op: ops::BinOp, reflected: bool) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "operator", 1, 1, true)?;
    let r = if reflected {
        set_binary(vm, &a[0], s, op)?
    } else {
        set_binary(vm, s, &a[0], op)?
    };
    Ok(r.unwrap_or_else(|| vm.b().not_implemented.clone()))
}

fn inplace_method(vm: &Vm, args: Args<'_>, op: ops::BinOp) -> PyResult<Value> {
    let (s, a) = method_args(vm, args, "operator", 1, 1, false)?;
    Ok(set_inplace(vm, s, &a[0], op)?.unwrap_or_else(|| vm.b().not_implemented.clone()))
}

macro_rules! binary_methods {
    ($($name:ident => $op:ident, $reflected:expr);*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            binary_method(vm, args, ops::BinOp::$op, $reflected)
        })*
    };
}

binary_methods!(
    set_or => Or, false; set_ror => Or, true; set_and => And, false; set_rand => And, true;
    set_sub => Sub, false; set_rsub => Sub, true; set_xor => Xor, false; set_rxor => Xor, true
);

macro_rules! inplace_methods {
    ($($name:ident => $op:ident),*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            inplace_method(vm, args, ops::BinOp::$op)
        })*
    };
}

inplace_methods!(set_ior => Or, set_iand => And, set_isub => Sub, set_ixor => Xor);

/// Methods shared by `set` and `frozenset`.
const COMMON: &[(&str, NativeFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("__len__", set_len),
    ("__contains__", set_contains),
    ("__iter__", set_iter),
    ("__repr__", set_repr),
    ("__eq__", set_eq),
    ("__ne__", set_ne),
    ("__lt__", set_lt),
    ("__le__", set_le),
    ("__gt__", set_gt),
    ("__ge__", set_ge),
    ("__or__", set_or),
    ("__ror__", set_ror),
    ("__and__", set_and),
    ("__rand__", set_rand),
    ("__sub__", set_sub),
    ("__rsub__", set_rsub),
    ("__xor__", set_xor),
    ("__rxor__", set_rxor),
];

/// Methods of `set` only.
const MUTATING: &[(&str, NativeFn)] = &[
    ("__init__", set_init),
    ("pop", set_pop),
    ("clear", set_clear),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("__ior__", set_ior),
    ("__iand__", set_iand),
    ("__isub__", set_isub),
    ("__ixor__", set_ixor),
];

pub fn init() {
    let b = builtin();
    add_static(&b.set, "set", "__new__", set_new);
    add_static(&b.frozenset, "frozenset", "__new__", frozenset_new);
    for (name, f) in COMMON {
        add_method(&b.set, "set", name, *f);
        add_method(&b.frozenset, "frozenset", name, *f);
    }
    for (name, f) in MUTATING {
        add_method(&b.set, "set", name, *f);
    }
    for (name, f, fast) in FAST {
        add_fast_method(&b.set, "set", name, *f, FastPath::Entry(*fast));
    }
    set_attr(&b.set, "__hash__", b.none.clone());
    add_method(&b.frozenset, "frozenset", "__hash__", frozenset_hash);
}
