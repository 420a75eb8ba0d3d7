//! `BINARY_SUBSCR`/`STORE_SUBSCR` on exact lists and tuples with a small-int index, without the
//! generic `ops::getitem`/`ops::setitem` dispatch, and list slicing without a slice object.
//! Counterpart of CPython 3.11's specialised `BINARY_SUBSCR_LIST_INT`,
//! `BINARY_SUBSCR_TUPLE_INT` and `STORE_SUBSCR_LIST_INT`, and of 3.12's `BINARY_SLICE` and
//! `STORE_SLICE`.

use super::set_top;
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::list_ops;
use crate::objects::types::{Builtins, builtin};
use crate::ops::seq::{adjust_indices, slice_len, slice_positions};
use crate::pycell::PyCell;

/// `i` as a position in a sequence of `len` items (negative counts from the end).
#[inline(always)]
fn position(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// `c[k]` for an exact list or tuple and an in-range small int; `None` otherwise (the generic
/// path then raises or dispatches). `b` is the builtin types, which the eval loop reads once
/// per call.
#[inline(always)]
pub(super) fn get_fast(b: &Builtins, c: &Value, k: &Value) -> Option<Value> {
    let i = k.as_small()?;
    match c.payload()? {
        Payload::List(l) if c.class_is(&b.list) => {
            let items = l.borrow();
            Some(items[position(i, items.len())?].clone())
        }
        Payload::Tuple(t) if c.class_is(&b.tuple) => Some(t[position(i, t.len())?].clone()),
        _ => None,
    }
}

/// Push `c`, `k` and `c[k]` (an augmented subscript's read, `LOAD_FAST_CONST_DUP_SUBSCR` and
/// `LOAD_FAST_LOCAL_DUP_SUBSCR`) for an exact list or tuple and an in-range small int; false
/// (nothing pushed) otherwise.
#[inline(always)]
pub(super) fn push_item(b: &Builtins, stack: &mut Vec<Value>, c: &Value, k: &Value) -> bool {
    let Some(item) = get_fast(b, c, k) else {
        return false;
    };
    stack.push(c.clone());
    stack.push(k.clone());
    stack.push(item);
    true
}

/// `c[k] = v` for an exact list and an in-range small int; gives `v` back otherwise. The
/// replaced item is released after the list's borrow ends (its `__del__` may use the list).
#[inline(always)]
pub(super) fn set_fast(b: &Builtins, c: &Value, k: &Value, v: Value) -> Result<(), Value> {
    let (Some(i), Some(Payload::List(l))) = (k.as_small(), c.payload()) else {
        return Err(v);
    };
    if !c.class_is(&b.list) {
        return Err(v);
    }
    let old = {
        let mut items = l.borrow_mut();
        match position(i, items.len()) {
            Some(p) => std::mem::replace(&mut items[p], v),
            None => return Err(v),
        }
    };
    drop(old);
    Ok(())
}

/// A bound of the fused slice path: a small int, or `None` (omitted); `None` for anything
/// else (the generic path calls its `__index__` or raises).
#[inline(always)]
fn bound(v: &Value, none: &Value) -> Option<Option<isize>> {
    match v.as_small() {
        Some(i) => Some(Some(i as isize)),
        None if v.is(none) => Some(None),
        None => None,
    }
}

/// `SLICE_SUBSCR`: the `BUILD_SLICE` of `nbounds` bounds on the stack and the `BINARY_SUBSCR`
/// (`store` false) or `STORE_SUBSCR` (`store` true) after it, done in one step without a
/// slice object when the container is an exact list, the bounds are small ints or `None` and,
/// for a store, the step is 1 and the value an exact list or tuple. False (nothing done)
/// otherwise: the two instructions then run as they are.
pub(super) fn slice_subscr(f: &mut Frame, nbounds: usize, store: bool) -> bool {
    let none = &builtin().none;
    let Some(at) = f.stack.len().checked_sub(nbounds) else {
        return false;
    };
    let bounds = &f.stack[at..];
    let (Some(start), Some(stop)) = (bound(&bounds[0], none), bound(&bounds[1], none)) else {
        return false;
    };
    let step = match bounds.get(2).map(|s| bound(s, none)) {
        None => 1,
        Some(Some(step)) => step.unwrap_or(1),
        Some(None) => return false,
    };
    if step == 0 {
        return false;
    }
    if store {
        step == 1 && store_slice(f, at, start, stop)
    } else {
        load_slice(f, at, start, stop, step)
    }
}

/// `c[start:stop:step]` of the exact list below the bounds at `at`, replacing it.
#[inline(always)]
fn load_slice(
    f: &mut Frame,
    at: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
) -> bool {
    let Some(c) = at.checked_sub(1).map(|k| &f.stack[k]) else {
        return false;
    };
    let Some(Payload::List(l)) = c.payload() else {
        return false;
    };
    if !c.class_is(&builtin().list) {
        return false;
    }
    let part = {
        let items = l.borrow();
        let (start, stop) = adjust_indices(start, stop, step, items.len() as isize);
        if step == 1 {
            let part = items
                .get(start as usize..stop.max(start) as usize)
                .unwrap_or(&[]);
            list_ops::new_list_sized(part.len(), |out| out.extend_from_slice(part))
        } else {
            list_ops::new_list_sized(slice_len(start, stop, step), |out| {
                out.extend(slice_positions(start, stop, step).map(|i| items[i].clone()))
            })
        }
    };
    f.stack.truncate(at);
    set_top(f, part);
    true
}

/// `c[start:stop] = v` when `v` is an exact list that only the stack refers to, as long as the
/// slice: the items are swapped, so `v` (freed by the caller's truncation) releases the
/// replaced ones, last first, and goes on the free list with its buffer for the next slice of
/// that length. False (nothing done) otherwise.
#[inline(always)]
fn swap_slice(
    b: &Builtins,
    l: &PyCell<Vec<Value>>,
    v: &Value,
    start: Option<isize>,
    stop: Option<isize>,
) -> bool {
    let Some(Payload::List(src)) = v.payload() else {
        return false;
    };
    // A count of one: `v` is not `c` (the stack holds both), so the two borrows are distinct.
    if !v.class_is(&b.list) || v.refcount() != 1 {
        return false;
    }
    let mut items = l.borrow_mut();
    let (start, stop) = adjust_indices(start, stop, 1, items.len() as isize);
    let range = start as usize..stop.max(start) as usize;
    let mut src = src.borrow_mut();
    if range.len() != src.len() {
        return false;
    }
    items[range].swap_with_slice(&mut src);
    true
}

/// `c[start:stop] = v` for the exact list `c` and the exact list or tuple `v` below the bounds
/// at `at`. A list `v` that only the stack refers to gives up its items instead of copying
/// them. The replaced items are released after the list's borrow ends, last first and before
/// `v` (as CPython's `list_ass_slice`, then `STORE_SUBSCR`).
#[inline(always)]
fn store_slice(f: &mut Frame, at: usize, start: Option<isize>, stop: Option<isize>) -> bool {
    let Some(base) = at.checked_sub(2) else {
        return false;
    };
    let (v, c) = (&f.stack[base], &f.stack[base + 1]);
    let b = builtin();
    let Some(Payload::List(l)) = c.payload() else {
        return false;
    };
    if !c.class_is(&b.list) {
        return false;
    }
    if swap_slice(b, l, v, start, stop) {
        f.stack.truncate(base);
        return true;
    }
    let mut new = match v.payload() {
        Some(Payload::List(src)) if v.class_is(&b.list) => {
            if v.refcount() == 1 {
                std::mem::take(&mut *src.borrow_mut())
            } else {
                src.borrow().clone()
            }
        }
        Some(Payload::Tuple(t)) if v.class_is(&b.tuple) => t.to_vec(),
        _ => return false,
    };
    let old = {
        let mut items = l.borrow_mut();
        let (start, stop) = adjust_indices(start, stop, 1, items.len() as isize);
        let range = start as usize..stop.max(start) as usize;
        if range.len() == new.len() {
            items[range].swap_with_slice(&mut new);
            new
        } else {
            items.splice(range, new).collect()
        }
    };
    list_ops::release_reversed(old);
    f.stack.truncate(base);
    true
}
