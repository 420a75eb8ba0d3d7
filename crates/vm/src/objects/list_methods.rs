//! Methods of `list`, and the dunder methods that subclasses and explicit calls
//! (`list.__len__(x)`) reach. Counterpart of `Objects/listobject.c`'s method table.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_fast_method, add_method, add_static, set_attr};
use crate::objects::function::{Args, FastPath};
use crate::objects::iter::IterState;
use crate::objects::types::builtin;
use crate::objects::{int, list_ops, sort};
use crate::ops::seq::{index_of, seq_compare};
use crate::ops::{self, CmpOp};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

/// The items cell of the `self` argument of a list method, with CPython's descriptor error.
pub fn this<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a PyCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))),
    }
}

/// `self` and the checked positional arguments of a list method.
fn method_args<'a>(
    vm: &Vm,
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(&'a PyCell<Vec<Value>>, &'a [Value])> {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(crate::objects::function::missing_self(vm, "list", name));
    };
    let cell = this(vm, first, name)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    // CPython names a method of one argument or none with its type in the count error
    // ("list.append() takes exactly one argument (0 given)"); the others keep their wording.
    let qualified;
    let shown =
        match rest.kwnames.is_empty() && rest.args.len() != min && plain_method(name, min, max) {
            true => {
                qualified = format!("list.{name}");
                qualified.as_str()
            }
            false => name,
        };
    let rest = rest.method_positional(vm, "list", shown, min, max)?;
    Ok((cell, rest))
}

/// Whether `name` is a list method taking exactly one argument or none, not a dunder or the
/// comparisons.
fn plain_method(name: &str, min: usize, max: usize) -> bool {
    min == max && min <= 1 && !name.starts_with("__") && name != "comparison"
}

/// Clamp an optional `start`/`stop` argument to `0..=len` as `list.index` does.
pub fn clamp_bound(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let Some(i) = index_of(vm, v)? else {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    };
    let len_big = num_bigint::BigInt::from(len);
    let i = if i.is_negative() {
        (i + &len_big).max(num_bigint::BigInt::from(0))
    } else {
        i.min(len_big)
    };
    Ok(i.to_usize().unwrap_or(0))
}

fn list_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("list.__new__(): not enough arguments"));
    };
    crate::objects::type_ops::alloc_instance(vm, cls)
}

fn list_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'list' object needs an argument"));
    };
    let cell = this(vm, first, "__init__")?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    drop(cell.replace(Vec::new()));
    if let Some(x) = pos.get(1) {
        let items = ops::collect(vm, x)?;
        cell.borrow_mut().extend(items);
    }
    Ok(vm.none())
}

fn list_append(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let [this, item] = args.args
        && args.kwnames.is_empty()
        && let Some(Payload::List(cell)) = this.payload()
    {
        cell.borrow_mut().push(item.clone());
        return Ok(vm.none());
    }
    let (cell, a) = method_args(vm, args, "append", 1, 1)?;
    cell.borrow_mut().push(a[0].clone());
    Ok(vm.none())
}

fn list_extend(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "extend", 1, 1)?;
    let items = ops::collect(vm, &a[0])?;
    cell.borrow_mut().extend(items);
    Ok(vm.none())
}

fn list_insert(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "insert", 2, 2)?;
    let Some(i) = index_of(vm, &a[0])? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[0])
        )));
    };
    let len = cell.borrow().len();
    let at = clamp_bound(vm, Some(&int::from_bigint(i)), len, len)?;
    cell.borrow_mut().insert(at, a[1].clone());
    Ok(vm.none())
}

fn list_pop(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let [this] = args.args
        && args.kwnames.is_empty()
        && let Some(Payload::List(cell)) = this.payload()
    {
        let last = cell.borrow_mut().pop();
        if let Some(v) = last {
            return Ok(v);
        }
    }
    let (cell, a) = method_args(vm, args, "pop", 0, 1)?;
    // The index first: its `__index__` may change the list.
    let i = match a.first() {
        None => -1,
        Some(k) => crate::objects::str_methods::args::to_isize(vm, k)? as i64,
    };
    let len = cell.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    match ops::seq::normalise_index(i, len) {
        Some(i) => Ok(cell.borrow_mut().remove(i)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

/// The first position in `start..stop` whose item equals `x` (re-reading the list each step,
/// as it may change under `__eq__`).
fn find(
    vm: &Vm,
    cell: &PyCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = cell.borrow().get(i).cloned() else {
            break;
        };
        if ops::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "remove", 1, 1)?;
    match find(vm, cell, &a[0], 0, usize::MAX)? {
        Some(i) if i < cell.borrow().len() => {
            drop(cell.borrow_mut().remove(i));
            Ok(vm.none())
        }
        _ => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "index", 1, 3)?;
    let len = cell.borrow().len();
    let start = clamp_bound(vm, a.get(1), len, 0)?;
    let stop = clamp_bound(vm, a.get(2), len, len)?;
    match find(vm, cell, &a[0], start, stop)? {
        Some(i) => Ok(int::from_usize(i)),
        None => Err(vm.value_error(format!(
            "{} is not in list",
            ops::text::repr_string(vm, &a[0])?
        ))),
    }
}

fn list_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "count", 1, 1)?;
    let mut n = 0usize;
    let mut i = 0;
    while let Some(item) = cell.borrow().get(i).cloned() {
        if ops::eq(vm, &item, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(int::from_usize(n))
}

fn list_reverse(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, _) = method_args(vm, args, "reverse", 0, 0)?;
    cell.borrow_mut().reverse();
    Ok(vm.none())
}

fn list_copy(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, _) = method_args(vm, args, "copy", 0, 0)?;
    Ok(list_ops::new_list(cell.borrow().clone()))
}

fn list_clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, _) = method_args(vm, args, "clear", 0, 0)?;
    // Items are released last to first, as CPython's `list_clear`.
    cell.replace(Vec::new()).into_iter().rev().for_each(drop);
    Ok(vm.none())
}

fn list_len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, _) = method_args(vm, args, "__len__", 0, 0)?;
    Ok(int::from_usize(cell.borrow().len()))
}

fn list_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__getitem__", 1, 1)?;
    list_ops::getitem(vm, &args.args[0], &args.args[1])
}

fn list_setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__setitem__", 2, 2)?;
    list_ops::setitem(vm, &args.args[0], &args.args[1], args.args[2].clone())?;
    Ok(vm.none())
}

fn list_delitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__delitem__", 1, 1)?;
    list_ops::delitem(vm, &args.args[0], &args.args[1])?;
    Ok(vm.none())
}

fn list_contains(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "__contains__", 1, 1)?;
    Ok(vm.bool(find(vm, cell, &a[0], 0, usize::MAX)?.is_some()))
}

fn list_iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__iter__", 0, 0)?;
    Ok(crate::objects::iter_types::seq_iter(&args.args[0]))
}

/// `reversed(list)`.
pub fn list_reversed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, _) = method_args(vm, args, "__reversed__", 0, 0)?;
    let index = cell.borrow().len() as isize - 1;
    let state = IterState::Reversed {
        seq: args.args[0].clone(),
        index,
    };
    Ok(crate::objects::iter_types::new_iter(
        &builtin().iters.list_reverse,
        state,
    ))
}

fn list_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    method_args(vm, args, "__repr__", 0, 0)?;
    ops::text::native_repr(vm, &args.args[0]).map(crate::objects::str::from_string)
}

/// `list == other` and the orderings: `NotImplemented` unless both are lists.
fn list_compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "comparison", 1, 1)?;
    let Some(Payload::List(other)) = a[0].payload() else {
        return Ok(vm.b().not_implemented.clone());
    };
    let (x, y) = (cell.borrow().clone(), other.borrow().clone());
    Ok(vm.bool(seq_compare(vm, &x, &y, op)?))
}

macro_rules! compare_methods {
    ($compare:ident: $($name:ident => $op:expr),*) => {
        $(fn $name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            $compare(vm, args, $op)
        })*
    };
}

compare_methods!(list_compare: list_eq => CmpOp::Eq, list_ne => CmpOp::Ne, list_lt => CmpOp::Lt, list_le => CmpOp::Le, list_gt => CmpOp::Gt, list_ge => CmpOp::Ge);

fn list_add(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "__add__", 1, 1)?;
    let Some(Payload::List(other)) = a[0].payload() else {
        return Ok(vm.b().not_implemented.clone());
    };
    let mut items = cell.borrow().clone();
    items.extend(other.borrow().iter().cloned());
    Ok(list_ops::new_list(items))
}

/// The repeat count of `seq * n`; `None` when `n` is not an index.
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    let Some(i) = index_of(vm, n)? else {
        return Ok(None);
    };
    let i = i.to_isize().ok_or_else(|| {
        vm.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(n)
        ))
    })?;
    Ok(Some(i.max(0) as usize))
}

/// `items * n`, refusing results too large to allocate.
pub fn repeat_items(vm: &Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let mut out = crate::alloc::vec_with_capacity(vm, items.len().saturating_mul(n))?;
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    Ok(out)
}

fn list_mul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "__mul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(vm.b().not_implemented.clone());
    };
    let items = cell.borrow().clone();
    Ok(list_ops::new_list(repeat_items(vm, &items, n)?))
}

fn list_iadd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "__iadd__", 1, 1)?;
    let items = ops::collect(vm, &a[0])?;
    cell.borrow_mut().extend(items);
    Ok(args.args[0].clone())
}

fn list_imul(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (cell, a) = method_args(vm, args, "__imul__", 1, 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(vm.b().not_implemented.clone());
    };
    let items = cell.borrow().clone();
    let old = cell.replace(repeat_items(vm, &items, n)?);
    drop(old);
    Ok(args.args[0].clone())
}

pub fn init() {
    let b = builtin();
    let l = &b.list;
    add_static(l, "list", "__new__", list_new);
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__init__", list_init),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", sort::list_sort),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__len__", list_len),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__repr__", list_repr),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
        ("__add__", list_add),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__iadd__", list_iadd),
        ("__imul__", list_imul),
    ];
    for (name, f) in methods {
        add_method(l, "list", name, *f);
    }
    add_fast_method(l, "list", "append", list_append, FastPath::ListAppend);
    set_attr(l, "__hash__", b.none.clone());
}
