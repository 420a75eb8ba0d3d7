//! The bodies of the superinstructions chosen by counting opcode pairs (`opstats`): a test
//! fused with the conditional jump after it, so no bool object is made and one dispatch is
//! saved; a loop's next item stored straight into its local; a local returned. Counterpart of CPython 3.11's `COMPARE_OP_*_JUMP` specialisations and of the
//! `PREDICT(POP_JUMP_IF_FALSE)` after `IS_OP` and `CONTAINS_OP` in `Python/ceval.c`.

use super::{eval_breaker, pop};
use crate::frame::Frame;
use crate::object::Value;
use crate::objects::function::Code;
use crate::objects::set_ops;
use crate::ops;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::Opcode;

/// The next instruction's index after the `POP_JUMP_IF_FALSE` or `POP_JUMP_IF_TRUE` at `at`
/// (checked by `quicken`) tests an operand whose truth is `holds`. A backward jump serves the
/// eval breaker, as the jump itself would.
#[inline(always)]
fn cond_jump(vm: &Vm, instrs: &[(Opcode, u32)], at: usize, holds: bool) -> PyResult<usize> {
    let (op, target) = instrs[at];
    if holds != (op == Opcode::POP_JUMP_IF_TRUE) {
        return Ok(at + 1);
    }
    let target = target as usize;
    if target <= at && vm.interp.gil.eval_breaker() {
        vm.lasti.set(at);
        eval_breaker(vm)?;
    }
    Ok(target)
}

/// `IS_OP_JUMP` at `i`: `IS_OP arg` then the conditional jump at `i + 1`.
#[inline(always)]
pub(super) fn is_jump(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    arg: u32,
) -> PyResult<usize> {
    let b = pop(f);
    let a = pop(f);
    let holds = a.is(&b) != (arg == 1);
    drop(a);
    drop(b);
    cond_jump(vm, instrs, i + 1, holds)
}

/// `LOAD_CONST_IS_OP_JUMP` at `i`: `LOAD_CONST arg`, the `IS_OP` at `i + 1`, then the
/// conditional jump at `i + 2` (`x is None`, `x is not None`).
#[inline(always)]
pub(super) fn const_is_jump(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    instrs: &[(Opcode, u32)],
    i: usize,
    arg: u32,
) -> PyResult<usize> {
    let a = pop(f);
    let holds = a.is(&code.consts[arg as usize]) != (instrs[i + 1].1 == 1);
    drop(a);
    cond_jump(vm, instrs, i + 2, holds)
}

/// `CONTAINS_OP_JUMP` at `i`: `CONTAINS_OP arg` (an exact set's native probe first, as the
/// plain instruction) then the conditional jump at `i + 1`.
#[inline(always)]
pub(super) fn contains_jump(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    arg: u32,
) -> PyResult<usize> {
    let container = pop(f);
    let item = pop(f);
    let found = match set_ops::contains_native(&container, &item) {
        Some(found) => found,
        None => ops::contains(vm, &container, &item)?,
    };
    drop(item);
    drop(container);
    cond_jump(vm, instrs, i + 1, found != (arg == 1))
}

/// `FOR_ITER_STORE_FAST` at `i` given the next item of a range, list or tuple iterator: the
/// item stored into the local of the `STORE_FAST` at `i + 1` without going through the stack
/// (another iterator's item is pushed, and the `STORE_FAST` stores it). The index after.
#[inline(always)]
pub(super) fn store_item(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    item: Value,
) -> usize {
    // Releasing the old value can run `__del__`, which sees the line of the store.
    vm.lasti.set(i + 1);
    drop(f.fast[instrs[i + 1].1 as usize].replace(item));
    i + 2
}

/// The value `LOAD_FAST_RETURN_VALUE` at `i` returns: local `slot`, unless it is unbound.
#[inline(always)]
pub(super) fn local_for_return(
    vm: &Vm,
    f: &Frame,
    code: &Code,
    i: usize,
    slot: u32,
) -> PyResult<Value> {
    match &f.fast[slot as usize] {
        Some(v) => {
            vm.lasti.set(i + 1);
            Ok(v.clone())
        }
        None => Err(super::names::unbound_local(vm, code, slot)),
    }
}
