//! Raising, catching and unwinding: the 3.10 block stack (`SETUP_FINALLY`, `POP_EXCEPT`, ...),
//! `with` statements, tracebacks and implicit exception chaining.

use super::{Raised, Step, pop};
use crate::frame::{Block, BlockKind, Frame};
use crate::object::Value;
use crate::objects::exception_ops as exc;
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_bytecode::Opcode;

/// A new error reached this frame: chain the exception being handled as its `__context__`
/// (as `_PyErr_SetObject`), then add this frame to its traceback.
pub(super) fn on_new_error(vm: &Vm, f: &Frame, err: &PyErr) {
    if exc::traceback(&err.0).is_none()
        && let Some(cur) = vm.current_exception()
    {
        exc::chain_context(&err.0, cur);
    }
    exc::add_traceback(&err.0, f, crate::frame_object::current(vm));
}

/// The three stack items that describe an exception (or its absence): (tb, value, type) pushed
/// in that order, so the type is on top.
fn push_exc_triple(f: &mut Frame, vm: &Vm, e: Option<Value>) {
    match e {
        Some(e) => {
            f.stack
                .push(exc::traceback(&e).unwrap_or_else(|| vm.none()));
            let t = e.class();
            f.stack.push(e);
            f.stack.push(t);
        }
        None => {
            for _ in 0..3 {
                f.stack.push(vm.none());
            }
        }
    }
}

/// Pop the (type, value, tb) triple; the value, or `None` if it describes no exception.
fn pop_exc_triple(vm: &Vm, f: &mut Frame) -> Option<Value> {
    let _t = pop(f);
    let v = pop(f);
    let _tb = pop(f);
    if vm.is_none(&v) { None } else { Some(v) }
}

/// Find a handler for `err` in the block stack; returns false when the frame must exit.
pub(crate) fn unwind(vm: &Vm, f: &mut Frame, err: PyErr) -> bool {
    while let Some(block) = f.blocks.pop() {
        match block.kind {
            BlockKind::ExceptHandler => {
                f.stack.truncate(block.level + 3);
                let old = pop_exc_triple(vm, f);
                drop(vm.exc_info.replace(old));
            }
            BlockKind::Finally => {
                f.stack.truncate(block.level);
                let level = f.stack.len();
                f.blocks.push(Block {
                    kind: BlockKind::ExceptHandler,
                    handler: 0,
                    level,
                });
                let old = vm.exc_info.borrow().clone();
                push_exc_triple(f, vm, old);
                drop(vm.exc_info.replace(Some(err.0.clone())));
                push_exc_triple(f, vm, Some(err.0));
                f.next = block.handler;
                return true;
            }
        }
    }
    f.stack.clear();
    false
}

/// `raise`, `raise X`, `raise X from Y`.
fn raise(vm: &Vm, f: &mut Frame, arg: u32) -> Step<()> {
    match arg {
        0 => match vm.current_exception() {
            Some(e) => Err(Raised {
                err: PyErr(e),
                reraise: true,
            }),
            None => Err(vm.runtime_error("No active exception to reraise").into()),
        },
        1 => {
            let e = pop(f);
            Err(exc::make_raisable(vm, e)?.into())
        }
        _ => {
            let cause = pop(f);
            let e = exc::make_raisable(vm, pop(f))?;
            exc::set_cause(vm, &e.0, cause)?;
            Err(e.into())
        }
    }
}

fn setup_with(vm: &Vm, f: &mut Frame, arg: u32) -> PyResult<()> {
    let mgr = pop(f);
    let (enter, exit) = exc::context_methods(vm, &mgr)?;
    f.stack.push(exit);
    let res = ops::call(vm, &enter, &[], &[])?;
    let level = f.stack.len();
    f.blocks.push(Block {
        kind: BlockKind::Finally,
        handler: f.next + arg as usize,
        level,
    });
    f.stack.push(res);
    Ok(())
}

// Out of line: inlined, it would crowd the eval loop's registers (release builds).
#[inline(never)]
pub(super) fn execute(vm: &Vm, f: &mut Frame, op: Opcode, arg: u32) -> Step<()> {
    use Opcode::*;
    match op {
        SETUP_FINALLY => {
            let level = f.stack.len();
            f.blocks.push(Block {
                kind: BlockKind::Finally,
                handler: f.next + arg as usize,
                level,
            });
        }
        POP_BLOCK => {
            f.blocks.pop();
        }
        POP_EXCEPT => {
            f.blocks.pop();
            let old = pop_exc_triple(vm, f);
            drop(vm.exc_info.replace(old));
        }
        RERAISE => {
            let Some(e) = pop_exc_triple(vm, f) else {
                return Err(vm.runtime_error("No active exception to reraise").into());
            };
            return Err(Raised {
                err: PyErr(e),
                reraise: true,
            });
        }
        JUMP_IF_NOT_EXC_MATCH => {
            let right = pop(f);
            let left = pop(f);
            if !exc::matches(vm, &left, &right)? {
                f.next = arg as usize;
            }
        }
        SETUP_WITH => setup_with(vm, f, arg)?,
        WITH_EXCEPT_START => {
            let n = f.stack.len();
            let exit = f.stack[n - 7].clone();
            let args = [
                f.stack[n - 1].clone(),
                f.stack[n - 2].clone(),
                f.stack[n - 3].clone(),
            ];
            let r = ops::call(vm, &exit, &args, &[])?;
            f.stack.push(r);
        }
        RAISE_VARARGS => raise(vm, f, arg)?,
        EXCEPT_STAR_START => {
            let v = pop_exc_triple(vm, f).unwrap_or_else(|| vm.none());
            f.stack.push(v.clone());
            f.stack.push(crate::objects::list_ops::new_list(Vec::new()));
            f.stack.push(v);
        }
        CHECK_EG_MATCH => {
            let t = pop(f);
            let rest = pop(f);
            let (rest, matched) = split_group(vm, rest, &t)?;
            if !vm.is_none(&matched) {
                drop(vm.exc_info.replace(Some(matched.clone())));
            }
            f.stack.push(rest);
            f.stack.push(matched);
        }
        PREP_RERAISE_STAR => {
            let raised = pop(f);
            let _orig = pop(f);
            let r = prep_reraise_star(vm, &raised)?;
            f.stack.push(r);
        }
        RERAISE_EXC => {
            let e = pop(f);
            return Err(Raised {
                err: PyErr(e),
                reraise: true,
            });
        }
        _ => unreachable!("not an exception instruction"),
    }
    Ok(())
}

/// `except* T`: split `rest` into (what is left, what matched); a bare exception that matches
/// is wrapped in a group of one, as CPython 3.11 does.
fn split_group(vm: &Vm, rest: Value, t: &Value) -> PyResult<(Value, Value)> {
    if vm.is_none(&rest) {
        return Ok((rest, vm.none()));
    }
    let is_group =
        crate::objects::types::is_subtype(&rest.class(), vm.b().exc("BaseExceptionGroup"));
    if is_group {
        let r = ops::call_method(vm, &rest, "split", std::slice::from_ref(t))?;
        let parts = crate::objects::tuple_ops::items(&r).to_vec();
        let [matched, left] = <[Value; 2]>::try_from(parts)
            .map_err(|_| vm.type_error("split() must return a pair"))?;
        return Ok((left, matched));
    }
    if exc::matches(vm, &rest, t)? {
        let eg = vm.b().exc("ExceptionGroup").clone();
        let cls = if crate::objects::types::is_subtype(&rest.class(), vm.b().exc("Exception")) {
            eg
        } else {
            vm.b().exc("BaseExceptionGroup").clone()
        };
        let group = ops::call(
            vm,
            &cls,
            &[
                crate::objects::str::new_str(""),
                crate::objects::tuple_ops::new_tuple(vec![rest]),
            ],
            &[],
        )?;
        return Ok((vm.none(), group));
    }
    Ok((rest, vm.none()))
}

/// What remains to raise after the `except*` clauses: nothing, the one exception, or a group
/// of them (a simplification of `_PyExc_PrepReraiseStar` that does not rebuild the original
/// group's nesting).
fn prep_reraise_star(vm: &Vm, raised: &Value) -> PyResult<Value> {
    let items: Vec<Value> = crate::objects::list_ops::items(raised)
        .into_iter()
        .filter(|v| !vm.is_none(v))
        .collect();
    match items.len() {
        0 => Ok(vm.none()),
        1 => Ok(items.into_iter().next().unwrap_or_else(|| vm.none())),
        _ => {
            let all_exc = items
                .iter()
                .all(|e| crate::objects::types::is_subtype(&e.class(), vm.b().exc("Exception")));
            let cls = if all_exc {
                vm.b().exc("ExceptionGroup")
            } else {
                vm.b().exc("BaseExceptionGroup")
            };
            ops::call(
                vm,
                cls,
                &[
                    crate::objects::str::new_str(""),
                    crate::objects::list_ops::new_list(items),
                ],
                &[],
            )
        }
    }
}
