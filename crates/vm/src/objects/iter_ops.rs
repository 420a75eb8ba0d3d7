//! `next()` of the builtin iterators.

use crate::object::{Payload, Value};
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::{int, str_ops, tuple_ops};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// Advance a builtin iterator; `None` when exhausted (it stays exhausted).
/// Iterators over a container let it go when they finish (as CPython's clear their `it_seq`);
/// range iterators and iterators over iterators keep their state, which `__reduce__` shows.
pub fn next(vm: &Vm, _it: &Value, cell: &PyCell<IterState>) -> PyResult<Option<Value>> {
    let r = step(vm, cell);
    if let Ok(None) | Err(_) = r {
        let releases = matches!(
            &*cell.borrow(),
            IterState::Seq { .. }
                | IterState::Reversed { .. }
                | IterState::Str { .. }
                | IterState::StrReversed { .. }
                | IterState::Dict { .. }
                | IterState::Set { .. }
                | IterState::Callable { .. }
        );
        if releases {
            let old = cell.replace(IterState::Exhausted);
            drop(old);
        }
    }
    r
}

/// `next` for the iterators `for` loops meet most, without the generic path: ranges, and
/// exact lists and tuples (at their end, the iterator is finished and releases its sequence,
/// as `next` does). `None` when it does not apply (call `next`).
#[inline]
pub fn next_fast(cell: &PyCell<IterState>) -> Option<Option<Value>> {
    let mut st = cell.try_borrow_mut()?;
    match &mut *st {
        IterState::Range {
            next, stop, step, ..
        } => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                *next = cur + *step;
                Some(Some(int::from_i64(cur)))
            } else {
                Some(None)
            }
        }
        IterState::Seq { seq, index } => {
            let b = crate::objects::types::builtin();
            let item = match seq.payload() {
                Some(Payload::List(l)) if seq.class_is(&b.list) => l.borrow().get(*index).cloned(),
                Some(Payload::Tuple(t)) if seq.class_is(&b.tuple) => t.get(*index).cloned(),
                _ => return None,
            };
            match item {
                Some(item) => {
                    *index += 1;
                    Some(Some(item))
                }
                None => {
                    // The end: the sequence is released (as `next` does), after the borrow.
                    let done = std::mem::replace(&mut *st, IterState::Exhausted);
                    drop(st);
                    drop(done);
                    Some(None)
                }
            }
        }
        IterState::Str { seq, index, byte } => Some(str_step(seq, index, byte)),
        _ => None,
    }
}

fn step(vm: &Vm, cell: &PyCell<IterState>) -> PyResult<Option<Value>> {
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Exhausted => Ok(None),
        IterState::Range {
            next, stop, step, ..
        } => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                *next = cur + *step;
                Ok(Some(int::from_i64(cur)))
            } else {
                Ok(None)
            }
        }
        IterState::Seq { seq, index } => {
            let i = *index;
            *index += 1;
            let seq = seq.clone();
            drop(st);
            seq_item(vm, &seq, i)
        }
        IterState::Str { seq, index, byte } => Ok(str_step(seq, index, byte)),
        IterState::StrReversed { seq, index, byte } => {
            if *index < 0 {
                return Ok(None);
            }
            let Some((c, width)) = seq.payload().and_then(|p| match p {
                Payload::Str(s) => str_ops::char_before(s.as_str(), *byte),
                _ => None,
            }) else {
                return Ok(None);
            };
            *index -= 1;
            *byte -= width;
            Ok(Some(c))
        }
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let i = *index as usize;
            *index -= 1;
            let seq = seq.clone();
            drop(st);
            seq_item(vm, &seq, i)
        }
        IterState::Dict {
            dict,
            pos,
            kind,
            len,
            version: _,
        } => {
            let Some(Payload::Dict(t)) = dict.payload() else {
                return Ok(None);
            };
            let t = t.borrow();
            if t.len() != *len {
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((ix, e)) => {
                    *pos = ix + 1;
                    Ok(Some(match kind {
                        DictIterKind::Keys => e.key.clone(),
                        DictIterKind::Values => e.value.clone(),
                        DictIterKind::Items => {
                            tuple_ops::new_tuple(vec![e.key.clone(), e.value.clone()])
                        }
                    }))
                }
                None => Ok(None),
            }
        }
        IterState::Set { set, pos, len } => {
            let found = match set.payload() {
                Some(Payload::Set(t)) => {
                    let t = t.borrow();
                    if t.len() != *len {
                        return Err(vm.runtime_error("Set changed size during iteration"));
                    }
                    t.next_from(*pos).map(|(j, k)| (j, k.clone()))
                }
                Some(Payload::FrozenSet(t)) => t.next_from(*pos).map(|(j, k)| (j, k.clone())),
                _ => None,
            };
            Ok(found.map(|(j, k)| {
                *pos = j + 1;
                k
            }))
        }
        _ => {
            drop(st);
            step_composite(vm, cell)
        }
    }
}

/// One step of a forward `str` iterator (its state is `IterState::Str`): the code point at
/// its byte offset, without counting from the start.
#[inline]
fn str_step(seq: &Value, index: &mut usize, byte: &mut usize) -> Option<Value> {
    let Some(Payload::Str(s)) = seq.payload() else {
        return None;
    };
    let (c, width) = str_ops::char_from(s.as_str(), *byte)?;
    *index += 1;
    *byte += width;
    Some(c)
}

/// Iterators over other iterators: these call Python code, so no borrow is held meanwhile.
fn step_composite(vm: &Vm, cell: &PyCell<IterState>) -> PyResult<Option<Value>> {
    let snapshot = match &*cell.borrow() {
        IterState::BigRange {
            next, stop, step, ..
        } => Snapshot::BigRange(next.clone(), stop.clone(), step.clone()),
        IterState::Enumerate { iter, count } => Snapshot::One(iter.clone(), count.clone()),
        IterState::Zip { iters, strict } => Snapshot::Zip(iters.clone(), *strict),
        IterState::Map { func, iters } => Snapshot::Map(func.clone(), iters.clone()),
        IterState::Filter { func, iter } => Snapshot::Filter(func.clone(), iter.clone()),
        IterState::Callable { func, sentinel } => {
            Snapshot::Callable(func.clone(), sentinel.clone())
        }
        _ => return Ok(None),
    };
    match snapshot {
        Snapshot::BigRange(next, stop, step) => {
            let positive = !matches!(
                ops::rich_compare(vm, &step, &int::from_i64(0), ops::CmpOp::Lt)?.payload(),
                Some(Payload::Bool(true))
            );
            let more = ops::rich_compare(
                vm,
                &next,
                &stop,
                if positive {
                    ops::CmpOp::Lt
                } else {
                    ops::CmpOp::Gt
                },
            )?;
            if !ops::is_true(vm, &more)? {
                return Ok(None);
            }
            let after = ops::binary_op(vm, &next, &step, ops::BinOp::Add)?;
            if let IterState::BigRange { next: n, .. } = &mut *cell.borrow_mut() {
                *n = after;
            }
            Ok(Some(next))
        }
        Snapshot::One(iter, count) => {
            let Some(v) = ops::next(vm, &iter)? else {
                return Ok(None);
            };
            let after = ops::binary_op(vm, &count, &int::from_i64(1), ops::BinOp::Add)?;
            if let IterState::Enumerate { count: c, .. } = &mut *cell.borrow_mut() {
                *c = after;
            }
            Ok(Some(tuple_ops::new_tuple(vec![count, v])))
        }
        Snapshot::Zip(iters, strict) => zip_next(vm, &iters, strict),
        Snapshot::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for it in &iters {
                match ops::next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            ops::call(vm, &func, &args, &[]).map(Some)
        }
        Snapshot::Filter(func, iter) => loop {
            let Some(v) = ops::next(vm, &iter)? else {
                return Ok(None);
            };
            let keep = if vm.is_none(&func) {
                ops::is_true(vm, &v)?
            } else {
                let r = ops::call(vm, &func, std::slice::from_ref(&v), &[])?;
                ops::is_true(vm, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        Snapshot::Callable(func, sentinel) => {
            let v = ops::call(vm, &func, &[], &[])?;
            if ops::eq(vm, &v, &sentinel)? {
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
    }
}

enum Snapshot {
    BigRange(Value, Value, Value),
    One(Value, Value),
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
}

fn zip_next(vm: &Vm, iters: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match ops::next(vm, it)? {
            Some(v) => items.push(v),
            None => {
                if strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!(
                            "zip() argument {} is shorter than argument{plural}{}",
                            i + 1,
                            i
                        )));
                    }
                    for (j, other) in iters.iter().enumerate().skip(1) {
                        if ops::next(vm, other)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(vm.value_error(format!(
                                "zip() argument {} is longer than argument{plural}{}",
                                j + 1,
                                j
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(tuple_ops::new_tuple(items)))
}

/// Item `i` of a sequence being iterated by index; `None` past the end. (An exact `str` has
/// its own states, `IterState::Str` and `StrReversed`.)
fn seq_item(vm: &Vm, seq: &Value, i: usize) -> PyResult<Option<Value>> {
    let builtin = crate::objects::types::type_data(&seq.class()).is_some_and(|t| !t.heap);
    if builtin {
        match seq.payload() {
            Some(Payload::List(l)) => return Ok(l.borrow().get(i).cloned()),
            Some(Payload::Tuple(t)) => return Ok(t.get(i).cloned()),
            Some(Payload::Bytes(b)) => return Ok(b.get(i).map(|&x| int::from_i64(i64::from(x)))),
            Some(Payload::ByteArray(b)) => {
                return Ok(b.borrow().get(i).map(|&x| int::from_i64(i64::from(x))));
            }
            _ => {}
        }
    }
    match ops::getitem(vm, seq, &int::from_usize(i)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => Ok(None),
        Err(e) => Err(e),
    }
}
