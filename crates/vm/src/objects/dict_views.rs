//! The dict views `dict_keys`, `dict_values` and `dict_items`: live views of a dict with
//! `len`, `in`, iteration, `reversed`, a repr like `dict_keys(['a'])`, and, for keys and items,
//! set comparisons and set operators. Counterpart of the view types in `Objects/dictobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::dict_ops;
use crate::objects::function::Args;
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::types::builtin;
use crate::objects::{int, list_ops, set_ops, tuple_ops};
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};

/// The state of a view object: the dict it shows and which part.
pub struct DictView {
    pub dict: Value,
    pub kind: DictIterKind,
}

/// A new view of `dict`.
pub fn new_view(dict: &Value, kind: DictIterKind) -> Value {
    let b = builtin();
    let class = match kind {
        DictIterKind::Keys => &b.dict_keys,
        DictIterKind::Values => &b.dict_values,
        DictIterKind::Items => &b.dict_items,
    };
    Value::alloc(
        class.clone(),
        Payload::Native(Box::new(DictView {
            dict: dict.clone(),
            kind,
        })),
    )
}

/// The view behind `v`, if it is one.
pub fn as_view(v: &Value) -> Option<&DictView> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<DictView>(),
        _ => None,
    }
}

/// Whether `v` is a keys or items view (the set-like ones).
fn is_setlike_view(v: &Value) -> bool {
    as_view(v).is_some_and(|w| w.kind != DictIterKind::Values)
}

/// `self` and the checked positional arguments of a view method.
fn method_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a DictView, &'a [Value])> {
    let pos = args.pos();
    let Some(view) = pos.first().and_then(as_view) else {
        let got = pos
            .first()
            .map(|v| vm.type_name(v))
            .unwrap_or_else(|| "nothing".into());
        return Err(vm.type_error(format!(
            "descriptor '{name}' for dict views doesn't apply to a '{got}' object"
        )));
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    }
    .positional_only(vm, name, n, n)?;
    Ok((view, rest))
}

fn dict_len(d: &Value) -> usize {
    dict_ops::table(d).borrow().len()
}

/// The items the view shows, in order.
pub fn snapshot(view: &DictView) -> Vec<Value> {
    let t = dict_ops::table(&view.dict).borrow();
    t.iter()
        .map(|(_, e)| match view.kind {
            DictIterKind::Keys => e.key.clone(),
            DictIterKind::Values => e.value.clone(),
            DictIterKind::Items => tuple_ops::new_tuple(vec![e.key.clone(), e.value.clone()]),
        })
        .collect()
}

/// An iterator over a dict's keys, values or items.
pub fn dict_iter(dict: &Value, kind: DictIterKind) -> Value {
    let (len, version) = {
        let t = dict_ops::table(dict).borrow();
        (t.len(), t.version)
    };
    let state = IterState::Dict {
        dict: dict.clone(),
        pos: 0,
        kind,
        len,
        version,
    };
    crate::objects::iter_types::new_iter(builtin().iters.for_dict(kind, false), state)
}

/// A reverse iterator over a snapshot of a dict's keys, values or items.
pub fn dict_reversed(dict: &Value, kind: DictIterKind) -> Value {
    let items = snapshot(&DictView {
        dict: dict.clone(),
        kind,
    });
    let index = items.len() as isize - 1;
    let state = IterState::Reversed {
        seq: list_ops::new_list(items),
        index,
    };
    crate::objects::iter_types::new_iter(builtin().iters.for_dict(kind, true), state)
}

/// `x in view`.
fn view_contains(vm: &Vm, view: &DictView, x: &Value) -> PyResult<bool> {
    match view.kind {
        DictIterKind::Keys => dict_ops::contains(vm, &view.dict, x),
        DictIterKind::Items => {
            let Some(Payload::Tuple(kv)) = x.payload() else {
                return Ok(false);
            };
            if kv.len() != 2 {
                return Ok(false);
            }
            match dict_ops::get_item(vm, &view.dict, &kv[0])? {
                Some(v) => ops::eq(vm, &v, &kv[1]),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            for v in snapshot(view) {
                if ops::eq(vm, &v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (view, _) = method_args(vm, args, "__len__", 0)?;
    Ok(int::from_usize(dict_len(&view.dict)))
}

fn view_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (view, _) = method_args(vm, args, "__iter__", 0)?;
    Ok(dict_iter(&view.dict, view.kind))
}

fn view_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (view, _) = method_args(vm, args, "__reversed__", 0)?;
    Ok(dict_reversed(&view.dict, view.kind))
}

fn view_contains_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (view, a) = method_args(vm, args, "__contains__", 1)?;
    Ok(vm.bool(view_contains(vm, view, &a[0])?))
}

fn view_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (view, _) = method_args(vm, args, "__repr__", 0)?;
    let list = list_ops::new_list(snapshot(view));
    let inner = ops::text::repr_string(vm, &list)?;
    Ok(crate::objects::str::from_string(format!(
        "{}({inner})",
        vm.type_name(&args.args[0])
    )))
}

/// `len()` of a set-like operand.
fn operand_len(vm: &Vm, v: &Value) -> PyResult<usize> {
    match as_view(v) {
        Some(w) => Ok(dict_len(&w.dict)),
        None => ops::len(vm, v),
    }
}

/// Whether every item of `a` is in `b`.
fn all_contained_in(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = ops::iter(vm, a)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons of a keys/items view with a set or another such view.
fn view_compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    method_args(vm, args, "comparison", 1)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if !is_setlike_view(a) || !(set_ops::is_anyset(b) || is_setlike_view(b)) {
        return Ok(vm.b().not_implemented.clone());
    }
    let (la, lb) = (operand_len(vm, a)?, operand_len(vm, b)?);
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => (la == lb && all_contained_in(vm, a, b)?) == (op == CmpOp::Eq),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(vm.bool(r))
}

macro_rules! compare_methods {
    ($($name:ident => $op:expr),*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            view_compare(vm, args, $op)
        })*
    };
}

compare_methods!(view_eq => CmpOp::Eq, view_ne => CmpOp::Ne, view_lt => CmpOp::Lt, view_le => CmpOp::Le, view_gt => CmpOp::Gt, view_ge => CmpOp::Ge);

/// A new set with the items of the left operand (a keys view copies its dict's keys).
fn to_set(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = set_ops::empty_set();
    match as_view(v) {
        Some(w) if w.kind == DictIterKind::Keys => set_ops::update(vm, &s, &w.dict)?,
        _ => set_ops::update(vm, &s, v)?,
    }
    Ok(s)
}

/// `a & b` where one side is a view (CPython's `_PyDictView_Intersect`).
fn intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if as_view(a).is_some() { (a, b) } else { (b, a) };
    let len_this = operand_len(vm, this)?;
    if other.class_is(&builtin().set) && len_this <= set_ops::size(other) {
        return set_ops::intersection(vm, other, this);
    }
    if is_setlike_view(other) && operand_len(vm, other)? > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let Some(view) = as_view(this) else {
        return Ok(vm.b().not_implemented.clone());
    };
    let result = set_ops::empty_set();
    let it = ops::iter(vm, other)?;
    while let Some(x) = ops::next(vm, &it)? {
        if view_contains(vm, view, &x)? {
            set_ops::add(vm, &result, x)?;
        }
    }
    Ok(result)
}

fn union(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let s = to_set(vm, a)?;
    set_ops::update(vm, &s, b)?;
    Ok(s)
}

fn difference(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let s = to_set(vm, a)?;
    set_ops::difference_update(vm, &s, b)?;
    Ok(s)
}

fn symmetric_difference(vm: &Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let s = to_set(vm, a)?;
    set_ops::symmetric_difference_update(vm, &s, b)?;
    Ok(s)
}

type SetOp = fn(&Vm, &Value, &Value) -> PyResult<Value>;

/// A binary set operator with the view as `self`; `reflected` when it is the right operand.
fn view_binary(vm: &Vm, args: Args<'_>, op: SetOp, reflected: bool) -> PyResult<Value> {
    method_args(vm, args, "operator", 1)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    if reflected {
        op(vm, b, a)
    } else {
        op(vm, a, b)
    }
}

macro_rules! binary_methods {
    ($($name:ident => $op:ident, $reflected:expr);*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            view_binary(vm, args, $op, $reflected)
        })*
    };
}

binary_methods!(
    view_and => intersect, false; view_rand => intersect, true;
    view_or => union, false; view_ror => union, true;
    view_sub => difference, false; view_rsub => difference, true;
    view_xor => symmetric_difference, false; view_rxor => symmetric_difference, true
);

fn view_isdisjoint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (view, a) = method_args(vm, args, "isdisjoint", 1)?;
    let it = ops::iter(vm, &a[0])?;
    while let Some(x) = ops::next(vm, &it)? {
        if view_contains(vm, view, &x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

pub fn init() {
    let b = builtin();
    let common: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__contains__", view_contains_method),
        ("__repr__", view_repr),
    ];
    let setlike: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__and__", view_and),
        ("__rand__", view_rand),
        ("__or__", view_or),
        ("__ror__", view_ror),
        ("__sub__", view_sub),
        ("__rsub__", view_rsub),
        ("__xor__", view_xor),
        ("__rxor__", view_rxor),
        ("isdisjoint", view_isdisjoint),
    ];
    for (t, name, set_like) in [
        (&b.dict_keys, "dict_keys", true),
        (&b.dict_values, "dict_values", false),
        (&b.dict_items, "dict_items", true),
    ] {
        for (m, f) in common {
            add_method(t, name, m, *f);
        }
        if set_like {
            for (m, f) in setlike {
                add_method(t, name, m, *f);
            }
            crate::objects::bootstrap::set_attr(t, "__hash__", b.none.clone());
        }
    }
}
