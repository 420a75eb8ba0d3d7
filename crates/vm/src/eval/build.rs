//! Instructions that build and unpack containers, format f-string fields, and the `match`
//! statement's structural tests.

use super::{Step, pop, top};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::types::Builtins;
use crate::objects::{dict_ops, list_ops, set_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::Opcode;

fn take_n(f: &mut Frame, n: usize) -> Vec<Value> {
    let base = f.stack.len() - n;
    f.stack.split_off(base)
}

/// `UNPACK_SEQUENCE`, called from the eval loop's arm without going through `execute`'s
/// dispatch. Exact tuples and lists of the right length are pushed straight from their items
/// (CPython 3.11's `UNPACK_SEQUENCE_TUPLE`, `UNPACK_SEQUENCE_LIST`); anything else, subclasses
/// of tuple and list included (they may override `__iter__`), is iterated. `bt` is the
/// builtin types, which the eval loop reads once.
pub(super) fn unpack_sequence(vm: &Vm, bt: &Builtins, f: &mut Frame, n: usize) -> PyResult<()> {
    let seq = pop(f);
    if unpack_exact(bt, f, &seq, n) {
        return Ok(());
    }
    unpack_iterable(vm, f, seq, n)
}

/// `UNPACK_SEQUENCE_STORE` at `i`: `UNPACK_SEQUENCE n` and the `n` `STORE_FAST`s after it in
/// one step when the sequence is an exact tuple or list of `n` items; the index to continue
/// at. The items are taken, the sequence released, then each target stored and its old value
/// released in store order, as the instructions one by one would (a `__del__` the old values
/// run sees the line of the store that released them). Anything else unpacks as
/// `UNPACK_SEQUENCE` and continues at the first store.
pub(super) fn unpack_sequence_store(
    vm: &Vm,
    bt: &Builtins,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    n: usize,
) -> PyResult<usize> {
    let stored = match n {
        2 => store_2(vm, bt, f, instrs, i),
        3 => store_3(vm, bt, f, instrs, i),
        4 => store_4(vm, bt, f, instrs, i),
        _ => false,
    };
    if stored {
        return Ok(i + 1 + n);
    }
    unpack_sequence(vm, bt, f, n)?;
    Ok(i + 1)
}

/// `store_N`: `unpack_sequence_store` of N items, one function per count so that the items
/// stay in registers (no array, no loop); false (nothing done) when the top of the stack is
/// not an exact tuple or list of N items.
macro_rules! store_items {
    ($name:ident, $($item:ident),+) => {
        #[inline(always)]
        fn $name(vm: &Vm, bt: &Builtins, f: &mut Frame, instrs: &[(Opcode, u32)], i: usize) -> bool {
            let seq = super::top(f);
            let ($($item,)+) = match seq.payload() {
                Some(Payload::Tuple(t)) if seq.class_is(&bt.tuple) => match &t[..] {
                    [$($item),+] => ($($item.clone(),)+),
                    _ => return false,
                },
                Some(Payload::List(l)) if seq.class_is(&bt.list) => match &l.borrow()[..] {
                    [$($item),+] => ($($item.clone(),)+),
                    _ => return false,
                },
                _ => return false,
            };
            drop(pop(f));
            let mut at = i;
            $(
                at += 1;
                vm.lasti.set(at);
                drop(f.fast[instrs[at].1 as usize].replace($item));
            )+
            true
        }
    };
}

store_items!(store_2, a, b);
store_items!(store_3, a, b, c);
store_items!(store_4, a, b, c, d);

/// `UNPACK_SEQUENCE` of anything but an exact tuple or list of the right length, out of line
/// so that the exact case stays a small function.
#[inline(never)]
fn unpack_iterable(vm: &Vm, f: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
    let it = ops::iter(vm, &seq).map_err(|e| not_iterable(vm, &seq, e))?;
    let mut items = Vec::with_capacity(n);
    while let Some(v) = ops::next(vm, &it)? {
        if items.len() == n {
            return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
        }
        items.push(v);
    }
    if items.len() < n {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

/// Unpacking's message for an object that is not iterable at all (no `__iter__`, no
/// `__getitem__`), as CPython's `unpack_iterable`; any other error is kept.
#[cold]
fn not_iterable(vm: &Vm, seq: &Value, e: crate::vm::PyErr) -> crate::vm::PyErr {
    use crate::objects::types::lookup_str_on_class;
    if vm.err_is(&e, "TypeError")
        && lookup_str_on_class(seq, "__iter__").is_none()
        && lookup_str_on_class(seq, "__getitem__").is_none()
    {
        return vm.type_error(format!(
            "cannot unpack non-iterable {} object",
            vm.type_name(seq)
        ));
    }
    e
}

/// `UNPACK_SEQUENCE` of an exact tuple or list of the right length: items pushed straight from
/// it, last first, with no intermediate vector. False (nothing pushed) otherwise.
#[inline(always)]
fn unpack_exact(bt: &Builtins, f: &mut Frame, seq: &Value, n: usize) -> bool {
    match seq.payload() {
        Some(Payload::Tuple(t)) if t.len() == n && seq.class_is(&bt.tuple) => {
            f.stack.extend(t.iter().rev().cloned());
            true
        }
        Some(Payload::List(l)) if seq.class_is(&bt.list) => {
            let items = l.borrow();
            if items.len() != n {
                return false;
            }
            f.stack.extend(items.iter().rev().cloned());
            true
        }
        _ => false,
    }
}

fn unpack_ex(vm: &Vm, f: &mut Frame, arg: u32) -> PyResult<()> {
    let (before, after) = ((arg & 0xFF) as usize, (arg >> 8) as usize);
    let seq = pop(f);
    let items = ops::collect(vm, &seq).map_err(|e| not_iterable(vm, &seq, e))?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut items = items;
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    f.stack.extend(tail.into_iter().rev());
    f.stack.push(list_ops::new_list(middle));
    f.stack.extend(items.into_iter().rev());
    Ok(())
}

fn format_value(vm: &Vm, f: &mut Frame, arg: u32) -> PyResult<()> {
    let spec = if arg & 4 != 0 { Some(pop(f)) } else { None };
    let v = pop(f);
    let v = match arg & 3 {
        1 => ops::str(vm, &v)?,
        2 => ops::repr(vm, &v)?,
        3 => ops::ascii(vm, &v)?,
        _ => v,
    };
    let r = match spec {
        None if v.class_is(&vm.b().str_) => v,
        spec => ops::format(vm, &v, spec.as_ref())?,
    };
    f.stack.push(r);
    Ok(())
}

/// `BUILD_TUPLE`: a tuple of the top `n` values, called straight from the eval loop's arm.
#[inline(never)]
pub(super) fn build_tuple(f: &mut Frame, n: usize) {
    let base = f.stack.len() - n;
    let t = tuple_ops::new_tuple_cloned(&f.stack[base..]);
    f.stack.truncate(base);
    f.stack.push(t);
}

/// `BUILD_LIST`: a list of the top `n` values, in a buffer of exactly `n` (CPython's
/// capacity), called straight from the eval loop's arm.
#[inline(never)]
pub(super) fn build_list(f: &mut Frame, n: usize) {
    let base = f.stack.len() - n;
    let l = list_ops::new_list_sized(n, |items| items.extend_from_slice(&f.stack[base..]));
    f.stack.truncate(base);
    f.stack.push(l);
}

// Out of line: inlined, it would crowd the eval loop's registers (release builds).
#[inline(never)]
pub(super) fn execute(vm: &Vm, f: &mut Frame, op: Opcode, arg: u32) -> Step<()> {
    use Opcode::*;
    let n = arg as usize;
    match op {
        BUILD_SET => {
            let items = take_n(f, n);
            let s = set_ops::new_set(vm, items)?;
            f.stack.push(s);
        }
        BUILD_MAP => {
            let items = take_n(f, 2 * n);
            let d = crate::objects::dict::new_dict();
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                dict_ops::set_item(vm, &d, k, v)?;
            }
            f.stack.push(d);
        }
        BUILD_CONST_KEY_MAP => {
            let keys = pop(f);
            let values = take_n(f, n);
            let d = crate::objects::dict::new_dict();
            for (k, v) in tuple_ops::items(&keys).iter().zip(values) {
                dict_ops::set_item(vm, &d, k.clone(), v)?;
            }
            f.stack.push(d);
        }
        BUILD_STRING => {
            let parts = take_n(f, n);
            let mut s = String::new();
            for p in &parts {
                s.push_str(crate::objects::str::as_str(p).unwrap_or(""));
            }
            f.stack.push(crate::objects::str::from_string(s));
        }
        BUILD_SLICE => {
            let step = if n == 3 { pop(f) } else { vm.none() };
            let stop = pop(f);
            let start = pop(f);
            f.stack.push(Value::alloc(
                vm.b().slice.clone(),
                Payload::Slice(Box::new(crate::payload::Bounds { start, stop, step })),
            ));
        }
        LIST_APPEND => {
            let v = pop(f);
            list_ops::append(&f.stack[f.stack.len() - n], v);
        }
        SET_ADD => {
            let v = pop(f);
            set_ops::add(vm, &f.stack[f.stack.len() - n].clone(), v)?;
        }
        MAP_ADD => {
            let v = pop(f);
            let k = pop(f);
            let d = f.stack[f.stack.len() - n].clone();
            dict_ops::set_item(vm, &d, k, v)?;
        }
        LIST_EXTEND => {
            let v = pop(f);
            let l = f.stack[f.stack.len() - n].clone();
            list_ops::extend(vm, &l, &v)?;
        }
        SET_UPDATE => {
            let v = pop(f);
            let s = f.stack[f.stack.len() - n].clone();
            set_ops::update(vm, &s, &v)?;
        }
        DICT_UPDATE | DICT_MERGE => {
            let v = pop(f);
            let d = f.stack[f.stack.len() - n].clone();
            if op == DICT_MERGE {
                dict_ops::merge_kwargs(vm, &d, &v, f.stack.get(f.stack.len() - n - 2))?;
            } else {
                dict_ops::update(vm, &d, &v)?;
            }
        }
        LIST_TO_TUPLE => {
            let l = pop(f);
            let items = list_ops::items(&l);
            f.stack.push(tuple_ops::new_tuple(items));
        }
        UNPACK_EX => unpack_ex(vm, f, arg)?,
        FORMAT_VALUE => format_value(vm, f, arg)?,
        PRINT_EXPR => {
            let v = pop(f);
            crate::modules::sys::displayhook(vm, v)?;
        }
        GET_LEN => {
            let len = ops::len(vm, top(f))?;
            f.stack.push(crate::objects::int::from_usize(len));
        }
        MATCH_MAPPING | MATCH_SEQUENCE | MATCH_KEYS | MATCH_CLASS | COPY_DICT_WITHOUT_KEYS => {
            super::pattern::execute(vm, f, op, arg)?
        }
        _ => unreachable!("not a build instruction"),
    }
    Ok(())
}
