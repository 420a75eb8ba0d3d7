//! `BINARY_SUBSCR`/`STORE_SUBSCR` on exact lists and tuples with a small-int index, without the
//! generic `ops::getitem`/`ops::setitem` dispatch. Counterpart of CPython 3.11's specialised
//! `BINARY_SUBSCR_LIST_INT`, `BINARY_SUBSCR_TUPLE_INT` and `STORE_SUBSCR_LIST_INT`.

use crate::object::{Payload, Value};
use crate::objects::types::builtin;

/// `i` as a position in a sequence of `len` items (negative counts from the end).
#[inline(always)]
fn position(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// `c[k]` for an exact list or tuple and an in-range small int; `None` otherwise (the generic
/// path then raises or dispatches).
#[inline(always)]
pub(super) fn get_fast(c: &Value, k: &Value) -> Option<Value> {
    let i = k.as_small()?;
    let b = builtin();
    match c.payload()? {
        Payload::List(l) if c.class_is(&b.list) => {
            let items = l.borrow();
            Some(items[position(i, items.len())?].clone())
        }
        Payload::Tuple(t) if c.class_is(&b.tuple) => Some(t[position(i, t.len())?].clone()),
        _ => None,
    }
}

/// `c[k] = v` for an exact list and an in-range small int; gives `v` back otherwise. The
/// replaced item is released after the list's borrow ends (its `__del__` may use the list).
#[inline(always)]
pub(super) fn set_fast(c: &Value, k: &Value, v: Value) -> Result<(), Value> {
    let (Some(i), Some(Payload::List(l))) = (k.as_small(), c.payload()) else {
        return Err(v);
    };
    if !c.class_is(&builtin().list) {
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
