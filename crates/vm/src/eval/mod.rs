//! The eval loop: a thin dispatch over the instruction table; each family of instructions lives
//! in its own file. Counterpart of CPython 3.10's `Python/ceval.c` (`_PyEval_EvalFrameDefault`).

mod async_ops;
pub(crate) mod attr_cache;
mod build;
mod exceptions;
pub(crate) mod frame_stack;
mod fused_ops;
mod local_ops;
mod names;
mod native_call;
#[cfg(feature = "opstats")]
pub mod opstats;
mod pattern;
pub(crate) mod quicken;
mod subscr;

use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::function::{Args, Code, FastPath};
use crate::objects::generator_drain::{self, Sink};
use crate::objects::types::Builtins;
use crate::ops::{self, BinOp};
use crate::vm::{PyErr, PyResult, Vm};
use frame_stack::{CallSite, CallStack, Flow, Returned};
use gilpy_bytecode::Opcode;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// An error inside the loop: re-raises keep their traceback as it is.
pub(crate) struct Raised {
    pub err: PyErr,
    pub reraise: bool,
}

impl From<PyErr> for Raised {
    #[inline]
    fn from(err: PyErr) -> Raised {
        Raised {
            err,
            reraise: false,
        }
    }
}

type Step<T> = Result<T, Raised>;

/// Run `f` until it returns, yields, or raises an exception no handler of its catches.
pub fn run(vm: &Vm, f: &mut Frame) -> PyResult<Exit> {
    let code_v = f.code.clone();
    let Some(Payload::Code(code)) = code_v.payload() else {
        return Err(vm.new_exc("SystemError", "frame without code"));
    };
    run_code(vm, f, code)
}

/// `run` with the frame's code borrowed from its owner (a generator holds it too), so no
/// reference to it is taken.
#[inline(always)]
pub fn run_code(vm: &Vm, f: &mut Frame, code: &Code) -> PyResult<Exit> {
    crate::frame_object::push(vm, f);
    let r = frame_stack::run_loop(vm, f, code);
    crate::frame_object::pop(vm, f, !matches!(r, Ok(Exit::Yield(_))));
    r
}

/// `run_code` for a generator's frame whose record is already pushed, drained by `sink`
/// (`generator_drain`): the items the sink takes natively do not suspend the frame, nor leave
/// the loop (`frame_stack::run_loop_draining`).
#[inline(always)]
pub fn run_draining(vm: &Vm, f: &mut Frame, code: &Code, sink: &mut dyn Sink) -> PyResult<Exit> {
    frame_stack::run_loop_draining(vm, f, code, sink)
}

/// Raise `err` inside a suspended generator frame; false when no handler catches it.
pub(crate) fn unwind_for_throw(vm: &Vm, f: &mut Frame, err: PyErr) -> bool {
    exceptions::unwind(vm, f, err)
}

#[inline(always)]
fn pop(f: &mut Frame) -> Value {
    match f.stack.pop() {
        Some(v) => v,
        None => unreachable!("value stack underflow"),
    }
}

/// Replace a call's callable, `self` and arguments (`stack[at..]`) by its result `r`, releasing
/// them in CPython's order: `self` and the arguments first to last, then the callable (a
/// `__del__` they run prints in that order).
#[inline(always)]
fn replace_call(stack: &mut Vec<Value>, at: usize, r: Value) {
    let Some(slot) = stack.get_mut(at) else {
        unreachable!("value stack underflow")
    };
    let callable = std::mem::replace(slot, r);
    // Popped into locals and dropped in stack order: cheaper than `Vec::truncate`'s slice drop
    // for the one to three values of most calls.
    match stack.len() - at {
        2 => drop(stack.pop()),
        3 => {
            let arg = stack.pop();
            drop(stack.pop());
            drop(arg);
        }
        4 => {
            let second = stack.pop();
            let first = stack.pop();
            drop(stack.pop());
            drop(first);
            drop(second);
        }
        _ => stack.truncate(at + 1),
    }
    drop(callable);
}

/// Push the result of a method called by a quickened call (`LOAD_FAST_METHOD_CALL_0`,
/// `LOAD_FAST_METHOD_CALL_1`) whose `CALL_METHOD` ends before `next`; a `None` result
/// (`None`) that the next instruction discards is never made, as in `CALL_METHOD`. The index
/// of the instruction to run next.
#[inline(always)]
fn method_result(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    next: usize,
    r: Option<Value>,
) -> usize {
    match r {
        Some(r) => f.stack.push(r),
        None if matches!(
            instrs.get(next),
            Some(&(Opcode::POP_TOP | Opcode::POP_TOP_JUMP_ABSOLUTE, _))
        ) =>
        {
            return next + 1;
        }
        None => f.stack.push(vm.none()),
    }
    next
}

/// Remove a call's callable, `self` and arguments (`f.stack[at..]`) whose result is
/// discarded, releasing them in `replace_call`'s order.
#[inline(always)]
fn release_call(f: &mut Frame, at: usize) {
    if f.stack.len() - at == 3 {
        let arg = pop(f);
        let this = pop(f);
        let callable = pop(f);
        drop(this);
        drop(arg);
        drop(callable);
        return;
    }
    let mut values = f.stack.drain(at..);
    let callable = values.next();
    drop(values);
    drop(callable);
}

#[inline(always)]
fn top(f: &Frame) -> &Value {
    match f.stack.last() {
        Some(v) => v,
        None => unreachable!("value stack underflow"),
    }
}

/// The top of the stack, to be replaced in place (one length check for the read and the
/// write of a result).
#[inline(always)]
fn top_mut(f: &mut Frame) -> &mut Value {
    match f.stack.last_mut() {
        Some(t) => t,
        None => unreachable!("value stack underflow"),
    }
}

/// Replace the top of the stack (releasing what was there).
#[inline(always)]
fn set_top(f: &mut Frame, v: Value) {
    *top_mut(f) = v;
}

/// Push two values.
#[inline(always)]
fn push_pair(f: &mut Frame, [a, b]: [Value; 2]) {
    f.stack.push(a);
    f.stack.push(b);
}

#[inline(always)]
fn peek(f: &Frame, n: usize) -> &Value {
    &f.stack[f.stack.len() - n]
}

fn binop_of(op: Opcode) -> Option<(BinOp, bool)> {
    use Opcode::*;
    Some(match op {
        BINARY_ADD => (BinOp::Add, false),
        BINARY_SUBTRACT => (BinOp::Sub, false),
        BINARY_MULTIPLY => (BinOp::Mul, false),
        BINARY_MATRIX_MULTIPLY => (BinOp::MatMul, false),
        BINARY_TRUE_DIVIDE => (BinOp::TrueDiv, false),
        BINARY_FLOOR_DIVIDE => (BinOp::FloorDiv, false),
        BINARY_MODULO => (BinOp::Mod, false),
        BINARY_POWER => (BinOp::Pow, false),
        BINARY_LSHIFT => (BinOp::LShift, false),
        BINARY_RSHIFT => (BinOp::RShift, false),
        BINARY_AND => (BinOp::And, false),
        BINARY_OR => (BinOp::Or, false),
        BINARY_XOR => (BinOp::Xor, false),
        INPLACE_ADD => (BinOp::Add, true),
        INPLACE_SUBTRACT => (BinOp::Sub, true),
        INPLACE_MULTIPLY => (BinOp::Mul, true),
        INPLACE_MATRIX_MULTIPLY => (BinOp::MatMul, true),
        INPLACE_TRUE_DIVIDE => (BinOp::TrueDiv, true),
        INPLACE_FLOOR_DIVIDE => (BinOp::FloorDiv, true),
        INPLACE_MODULO => (BinOp::Mod, true),
        INPLACE_POWER => (BinOp::Pow, true),
        INPLACE_LSHIFT => (BinOp::LShift, true),
        INPLACE_RSHIFT => (BinOp::RShift, true),
        INPLACE_AND => (BinOp::And, true),
        INPLACE_OR => (BinOp::Or, true),
        INPLACE_XOR => (BinOp::Xor, true),
        _ => return None,
    })
}

/// An arithmetic instruction through the number protocol (no fast path applied), out of line
/// so that the loop keeps its registers for the fast paths.
#[inline(never)]
fn binary_generic(vm: &Vm, op: Opcode, a: &Value, b: &Value) -> PyResult<Value> {
    // Two exact strs (`+` and `+=` alike) or, for `+`, two exact lists (`+=` extends): joined
    // before the number protocol's tests (`binary_op`).
    if matches!(op, Opcode::BINARY_ADD | Opcode::INPLACE_ADD)
        && let Some(s) = crate::objects::str::concat_exact(a, b)
    {
        return Ok(s);
    }
    if op == Opcode::BINARY_ADD
        && let Some(l) = crate::objects::list_ops::concat_exact(a, b)
    {
        return Ok(l);
    }
    let (bop, inplace) = binop_of(op).unwrap_or((BinOp::Add, false));
    if inplace {
        ops::inplace_op(vm, a, b, bop)
    } else {
        ops::binary_op(vm, a, b, bop)
    }
}

/// Small-int fast path of the arithmetic and bitwise operators: no allocation, no dispatch.
/// `None` when an operand is not a small int, the result leaves the inline range, or the
/// operation needs the generic path (division by zero, negative shifts, `**`, `@`).
#[inline(always)]
fn small_arith(op: Opcode, a: &Value, b: &Value) -> Option<Value> {
    use Opcode::*;
    let (x, y) = (a.as_small()?, b.as_small()?);
    // Inline ints are 62-bit, so `+`, `-` and the bitwise operators cannot overflow an i64.
    let r = match op {
        BINARY_ADD | INPLACE_ADD => x + y,
        BINARY_SUBTRACT | INPLACE_SUBTRACT => x - y,
        BINARY_MULTIPLY | INPLACE_MULTIPLY => x.checked_mul(y)?,
        BINARY_FLOOR_DIVIDE | INPLACE_FLOOR_DIVIDE if y != 0 => {
            let q = x / y;
            if x % y != 0 && (x < 0) != (y < 0) {
                q - 1
            } else {
                q
            }
        }
        BINARY_MODULO | INPLACE_MODULO if y != 0 => {
            let r = x % y;
            if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            }
        }
        BINARY_AND | INPLACE_AND => x & y,
        BINARY_OR | INPLACE_OR => x | y,
        BINARY_XOR | INPLACE_XOR => x ^ y,
        BINARY_RSHIFT | INPLACE_RSHIFT if y >= 0 => x >> y.min(63),
        BINARY_LSHIFT | INPLACE_LSHIFT if (0..62).contains(&y) => {
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        _ => return None,
    };
    Value::small(r)
}

/// An operand of the float fast path: an exact float (`float_type` is the identity of the
/// `float` type), or a small int beside a float.
#[inline(always)]
fn float_operand(v: &Value, float_type: usize) -> Option<f64> {
    match v.payload() {
        Some(Payload::Float(f)) if v.class_id() == float_type => Some(*f),
        None => v.as_small().map(|i| i as f64),
        _ => None,
    }
}

/// Float fast path of the arithmetic operators on exact floats (or a float and a small int):
/// `+ - * / // %` by a non-zero divisor and `**` of a positive base with a finite result
/// inline (the result may reuse a temporary operand), the rest of `/ // % **` through float's
/// own arithmetic (with its errors), without the dispatch of `ops::binary_op`.
#[inline(always)]
fn float_arith(
    vm: &Vm,
    float_type: usize,
    op: Opcode,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    if a.as_small().is_some() && b.as_small().is_some() {
        return None;
    }
    let (x, y) = (float_operand(a, float_type)?, float_operand(b, float_type)?);
    let r = match op {
        Opcode::BINARY_ADD | Opcode::INPLACE_ADD => x + y,
        Opcode::BINARY_SUBTRACT | Opcode::INPLACE_SUBTRACT => x - y,
        Opcode::BINARY_MULTIPLY | Opcode::INPLACE_MULTIPLY => x * y,
        Opcode::BINARY_TRUE_DIVIDE | Opcode::INPLACE_TRUE_DIVIDE if y != 0.0 => x / y,
        Opcode::BINARY_FLOOR_DIVIDE | Opcode::INPLACE_FLOOR_DIVIDE if y != 0.0 => {
            crate::objects::float::divmod(x, y).0
        }
        Opcode::BINARY_MODULO | Opcode::INPLACE_MODULO if y != 0.0 => {
            crate::objects::float::divmod(x, y).1
        }
        // A positive base never gives a complex result nor divides by zero; a result that is
        // not finite (overflow, infinities, NaN) and the other bases go through float's `**`.
        Opcode::BINARY_POWER | Opcode::INPLACE_POWER if x > 0.0 => {
            let r = x.powf(y);
            if !r.is_finite() {
                return Some(crate::objects::float::pow_float(vm, x, y));
            }
            r
        }
        _ => {
            let bop = match binop_of(op)?.0 {
                bop @ (BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) => bop,
                _ => return None,
            };
            return Some(crate::objects::float::binary_f64(vm, x, y, bop));
        }
    };
    Some(Ok(float_result(a, b, r, float_type)))
}

/// The float object for a result: an operand that was a temporary (its count is the eval
/// stack's alone) is reused, else a new float.
#[inline(always)]
fn float_result(a: &Value, b: &Value, r: f64, float_type: usize) -> Value {
    crate::rc::reuse_unique_float(a, r, float_type)
        .or_else(|| crate::rc::reuse_unique_float(b, r, float_type))
        .unwrap_or_else(|| crate::objects::float::new_float(r))
}

/// Comparison of exact floats (or a float and an int small enough to convert exactly).
#[inline(always)]
fn float_compare(float_type: usize, oparg: u32, a: &Value, b: &Value) -> Option<bool> {
    const EXACT: i64 = 1 << 53;
    let operand = |v: &Value| match v.as_small() {
        Some(i) if (-EXACT..=EXACT).contains(&i) => Some(i as f64),
        Some(_) => None,
        None => float_operand(v, float_type),
    };
    let (x, y) = (operand(a)?, operand(b)?);
    Some(match x.partial_cmp(&y) {
        Some(ord) => cmp_holds(oparg, ord),
        None => oparg == 3,
    })
}

#[inline(always)]
fn small_compare(oparg: u32, a: &Value, b: &Value) -> Option<bool> {
    Some(cmp_holds(oparg, a.as_small()?.cmp(&b.as_small()?)))
}

/// Where a fused comparison at `i` with result `r` continues: the conditional jump at `next`
/// taken or not (no bool made), else the bool pushed for the instruction at `next`.
#[inline(always)]
fn compared(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    next: usize,
    r: bool,
) -> PyResult<usize> {
    use Opcode::*;
    match instrs.get(next) {
        Some(&(POP_JUMP_IF_FALSE, target)) if !r => jump(vm, i, target),
        Some(&(POP_JUMP_IF_TRUE, target)) if r => jump(vm, i, target),
        Some(&(POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE, _)) => Ok(next + 1),
        _ => {
            f.stack.push(vm.bool(r));
            Ok(next)
        }
    }
}

/// Operator `op` of the top of the stack and `g` (`LOAD_GLOBAL_BINARY`'s global) when both and
/// the result are small ints, the result in the top's place; `g` back, nothing done, otherwise.
#[inline(always)]
fn arith_top_small(f: &mut Frame, g: Value, op: Opcode) -> Result<(), Value> {
    let Some(top) = f.stack.last_mut() else {
        return Err(g);
    };
    let Some(r) = small_arith(op, top, &g) else {
        return Err(g);
    };
    // Both operands are small ints, which own nothing: no release is needed.
    std::mem::forget(g);
    std::mem::forget(std::mem::replace(top, r));
    Ok(())
}

/// Comparison `oparg` (below 6) of the top of the stack with `g` (`LOAD_GLOBAL_COMPARE_OP`'s
/// global) when both are small ints, the top popped; `g` back, nothing done, otherwise.
#[inline(always)]
fn compare_top_small(f: &mut Frame, g: Value, oparg: u32) -> Result<bool, Value> {
    let (Some(k), Some(x)) = (g.as_small(), f.stack.last().and_then(Value::as_small)) else {
        return Err(g);
    };
    // Both are small ints, which own nothing: no release is needed.
    std::mem::forget(g);
    std::mem::forget(f.stack.pop());
    Ok(cmp_holds(oparg, x.cmp(&k)))
}

/// Whether comparison `oparg` (`COMPARE_OP`'s operand, below 6) holds for `ord`, without
/// branches: nibble `oparg` of the table has a bit for each ordering that satisfies it
/// (bit 0 less, bit 1 equal, bit 2 greater; `<` is 0b001, `>=` is 0b110).
#[inline(always)]
fn cmp_holds(oparg: u32, ord: std::cmp::Ordering) -> bool {
    const TABLE: u32 = 0x0064_5231;
    let bit = (oparg & 7) * 4 + (ord as i32 + 1) as u32;
    (TABLE >> bit) & 1 != 0
}

/// Push local `slot` (`LOAD_FAST`).
#[inline(always)]
fn load_fast(vm: &Vm, f: &mut Frame, code: &Code, slot: u32) -> Step<()> {
    match &f.fast[slot as usize] {
        Some(v) => {
            let v = v.clone();
            f.stack.push(v);
            Ok(())
        }
        None => Err(names::unbound_local(vm, code, slot).into()),
    }
}

/// Push local `slot` and the constant of the `LOAD_CONST` at `i + 1` (`LOAD_FAST_LOAD_CONST`).
#[inline(always)]
fn load_fast_load_const(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    instrs: &[(Opcode, u32)],
    i: usize,
    slot: u32,
) -> Step<()> {
    match &f.fast[slot as usize] {
        Some(v) => {
            let pair = [v.clone(), code.consts[instrs[i + 1].1 as usize].clone()];
            push_pair(f, pair);
            Ok(())
        }
        None => Err(names::unbound_local(vm, code, slot).into()),
    }
}

/// `x + c` (or `x - c`) for the quickened `LOAD_FAST x; LOAD_CONST c; BINARY_ADD` (or
/// `BINARY_SUBTRACT`) at `i`, when `x`, `c` and the result are small ints; `None` otherwise.
#[inline(always)]
fn local_const_arith(
    f: &Frame,
    code: &Code,
    instrs: &[(Opcode, u32)],
    i: usize,
    slot: usize,
    add: bool,
) -> Option<Value> {
    let &(_, c) = instrs.get(i + 1)?;
    let x = f.fast.get(slot)?.as_ref()?.as_small()?;
    let k = code.consts.get(c as usize)?.as_small()?;
    // Both are 62-bit, so neither the sum nor the difference overflows an i64.
    Value::small(if add { x + k } else { x - k })
}

/// Push locals `a` and `b` (`LOAD_FAST_LOAD_FAST` at `i`): the index to continue at, `i + 1`
/// after pushing only `a` when `b` is unbound (its own `LOAD_FAST` then raises).
#[inline(always)]
fn load_fast_pair(vm: &Vm, f: &mut Frame, code: &Code, i: usize, a: u32, b: u32) -> Step<usize> {
    match (&f.fast[a as usize], &f.fast[b as usize]) {
        (Some(x), Some(y)) => {
            let pair = [x.clone(), y.clone()];
            push_pair(f, pair);
            Ok(i + 2)
        }
        (None, _) => Err(names::unbound_local(vm, code, a).into()),
        (Some(x), None) => {
            let x = x.clone();
            f.stack.push(x);
            Ok(i + 1)
        }
    }
}

/// `x = x + c` (or `- c`) for the quickened `LOAD_FAST x; LOAD_CONST c; <op>; STORE_FAST x` at
/// `i`, when `x`, `c` and the result are small ints; false (and nothing done) otherwise.
#[inline(always)]
fn local_arith_const(
    f: &mut Frame,
    code: &Code,
    instrs: &[(Opcode, u32)],
    i: usize,
    slot: usize,
    add: bool,
) -> bool {
    let Some(&(_, c)) = instrs.get(i + 1) else {
        return false;
    };
    let (Some(Some(local)), Some(k)) = (f.fast.get_mut(slot), code.consts.get(c as usize)) else {
        return false;
    };
    let (Some(x), Some(k)) = (local.as_small(), k.as_small()) else {
        return false;
    };
    // Both are 62-bit, so neither the sum nor the difference overflows an i64.
    match Value::small(if add { x + k } else { x - k }) {
        Some(r) => {
            // The old value is a small int, which owns nothing: no release is needed (and
            // release builds would otherwise call the generic drop here).
            std::mem::forget(std::mem::replace(local, r));
            true
        }
        None => false,
    }
}

/// The quickened `LOAD_FAST x; LOAD_CONST c; COMPARE_OP; POP_JUMP_IF_*` at `i` when `x` and `c`
/// are small ints: `Some(Some(target))` to jump, `Some(None)` to fall through; `None` when it
/// does not apply. `quicken` checked the opcodes and that the comparison operand is below 6.
#[inline(always)]
fn compare_local_const(
    f: &Frame,
    code: &Code,
    instrs: &[(Opcode, u32)],
    i: usize,
    slot: usize,
) -> Option<Option<u32>> {
    let &[_, (_, c), (_, cmp), (jump_op, target)] = instrs.get(i..i + 4)? else {
        return None;
    };
    let x = f.fast.get(slot)?.as_ref()?.as_small()?;
    let k = code.consts.get(c as usize)?.as_small()?;
    let taken = cmp_holds(cmp, x.cmp(&k)) == (jump_op == Opcode::POP_JUMP_IF_TRUE);
    Some(taken.then_some(target))
}

#[inline(always)]
fn truth(vm: &Vm, b: &Builtins, v: &Value) -> PyResult<bool> {
    if v.is(&b.true_) {
        Ok(true)
    } else if v.is(&b.false_) || v.is(&b.none) {
        Ok(false)
    } else {
        ops::is_true(vm, v)
    }
}

/// Run the innermost frame of `cs`, and the frames of the calls it makes inline (switching
/// frames at each such call and return, without leaving this function), until the base frame
/// returns or yields, or an error is raised (`run_loop` finds its handler and runs this again).
fn execute(vm: &Vm, cs: &mut CallStack<'_>, mut sink: Option<&mut (dyn Sink + '_)>) -> Step<Exit> {
    // The builtin types, read once per `execute` (not once per operand of each fast path, nor
    // per frame switch), and the float type's identity, which the float fast paths compare
    // classes with.
    let bt = vm.b();
    let float_type = bt.float.id();
    // The running frame and its code, handed over by each frame switch (not looked up again).
    let (mut f, mut code) = cs.innermost();
    loop {
        (f, code) = match dispatch(vm, f, code, bt, float_type, sink.as_deref_mut())? {
            Flow::Call(site) => cs.call(vm, site)?,
            Flow::Exit(Exit::Return(v)) => match cs.return_value(vm, v)? {
                Returned::Caller(f, code) => (f, code),
                Returned::Base(v) => return Ok(Exit::Return(v)),
            },
            Flow::Exit(Exit::Yield(v)) => return Ok(Exit::Yield(v)),
        };
    }
}

/// Run frame `f` until it returns, yields, raises or makes a call that `execute` runs inline.
/// Inlined into `execute`: its loop keeps `f`, `code` and the instruction index in registers,
/// and a frame switch costs no call.
#[inline(always)]
fn dispatch(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    bt: &'static Builtins,
    float_type: usize,
    mut sink: Option<&mut (dyn Sink + '_)>,
) -> Step<Flow> {
    use Opcode::*;
    // The next instruction's index lives here, not in the frame: it is written back to
    // `f.next` only where something reads it (leaving the loop, the exception and async
    // families) and re-read after the families that jump.
    let mut pc = f.next;
    // The running code's instruction array as a local slice: its address and length are read
    // once per frame switch, not from `code` per instruction.
    let instrs: &[(Opcode, u32)] = &code.instrs;
    loop {
        let i = pc;
        let (op, arg) = instrs[i];
        vm.lasti.set(i);
        pc = i + 1;
        #[cfg(feature = "opstats")]
        opstats::record(instrs, i, op);
        match op {
            NOP | EXTENDED_ARG => {}
            LOAD_FAST => load_fast(vm, f, code, arg)?,
            STORE_FAST => {
                let v = pop(f);
                let old = f.fast[arg as usize].replace(v);
                drop(old);
            }
            DELETE_FAST => {
                if f.fast[arg as usize].take().is_none() {
                    return Err(names::unbound_local(vm, code, arg).into());
                }
            }
            LOAD_CONST => f.stack.push(code.consts[arg as usize].clone()),
            LOAD_FAST_LOAD_CONST => {
                load_fast_load_const(vm, f, code, instrs, i, arg)?;
                pc = i + 2;
            }
            LOAD_FAST_ADD_CONST | LOAD_FAST_SUB_CONST => {
                match local_const_arith(f, code, instrs, i, arg as usize, op == LOAD_FAST_ADD_CONST)
                {
                    Some(r) => {
                        f.stack.push(r);
                        pc = i + 3;
                    }
                    None => {
                        load_fast_load_const(vm, f, code, instrs, i, arg)?;
                        pc = i + 2;
                    }
                }
            }
            STORE_FAST_STORE_FAST => {
                let v = pop(f);
                drop(f.fast[arg as usize].replace(v));
                // Releasing the old values can run `__del__`, which sees the line of the store
                // that released them.
                vm.lasti.set(i + 1);
                let v = pop(f);
                drop(f.fast[instrs[i + 1].1 as usize].replace(v));
                pc = i + 2;
            }
            LOAD_FAST_LOAD_FAST => pc = load_fast_pair(vm, f, code, i, arg, instrs[i + 1].1)?,
            LOAD_FAST_CONST_DUP_SUBSCR => {
                let k = &code.consts[instrs[i + 1].1 as usize];
                match &f.fast[arg as usize] {
                    Some(c) if subscr::push_item(bt, &mut f.stack, c, k) => pc = i + 4,
                    _ => {
                        load_fast_load_const(vm, f, code, instrs, i, arg)?;
                        pc = i + 2;
                    }
                }
            }
            LOAD_FAST_LOCAL_DUP_SUBSCR => {
                let second = instrs[i + 1].1;
                match (&f.fast[arg as usize], &f.fast[second as usize]) {
                    (Some(c), Some(k)) if subscr::push_item(bt, &mut f.stack, c, k) => pc = i + 4,
                    _ => pc = load_fast_pair(vm, f, code, i, arg, second)?,
                }
            }
            LOAD_FAST_LOAD_FAST_BINARY => {
                let (second, op) = (instrs[i + 1].1, instrs[i + 2].0);
                pc = match local_ops::local_pair_arith(f, op, arg, second, float_type) {
                    Some(r) => local_ops::store_pair_result(vm, f, instrs, i, r, float_type),
                    None => load_fast_pair(vm, f, code, i, arg, second)?,
                };
            }
            LOCAL_ADD_CONST | LOCAL_SUB_CONST => {
                if !local_arith_const(f, code, instrs, i, arg as usize, op == LOCAL_ADD_CONST) {
                    load_fast(vm, f, code, arg)?;
                    continue;
                }
                pc = i + 4;
                // The loop test that usually follows (`while x > 0: x -= 1`) runs here, without
                // going back to the dispatch.
                if let Some(&(COMPARE_LOCAL_CONST_JUMP, slot)) = instrs.get(i + 4)
                    && let Some(outcome) =
                        compare_local_const(f, code, instrs, i + 4, slot as usize)
                {
                    vm.lasti.set(i + 4);
                    match outcome {
                        Some(target) => pc = jump(vm, i + 4, target)?,
                        None => pc = i + 8,
                    }
                }
            }
            COMPARE_LOCAL_CONST_JUMP => match compare_local_const(f, code, instrs, i, arg as usize)
            {
                Some(Some(target)) => pc = jump(vm, i, target)?,
                Some(None) => pc = i + 4,
                None => load_fast(vm, f, code, arg)?,
            },
            POP_TOP => drop(pop(f)),
            POP_TOP_JUMP_ABSOLUTE => {
                drop(pop(f));
                let target = instrs[i + 1].1 as usize;
                if target <= i + 1 && vm.interp.gil.eval_breaker() {
                    vm.lasti.set(i + 1);
                    eval_breaker(vm)?;
                }
                pc = target;
            }
            ROT_TWO => {
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
            }
            ROT_THREE => {
                let v = pop(f);
                let n = f.stack.len();
                f.stack.insert(n - 2, v);
            }
            ROT_FOUR => {
                let v = pop(f);
                let n = f.stack.len();
                f.stack.insert(n - 3, v);
            }
            ROT_N => {
                let v = pop(f);
                let n = f.stack.len();
                f.stack.insert(n + 1 - arg as usize, v);
            }
            DUP_TOP => {
                let v = top(f).clone();
                f.stack.push(v);
            }
            DUP_TOP_TWO => {
                let pair = [peek(f, 2).clone(), peek(f, 1).clone()];
                push_pair(f, pair);
            }
            UNARY_POSITIVE | UNARY_NEGATIVE | UNARY_INVERT => {
                let v = pop(f);
                let r = ops::unary(vm, &v, op)?;
                f.stack.push(r);
            }
            UNARY_NOT => {
                let v = pop(f);
                let r = !truth(vm, bt, &v)?;
                f.stack.push(vm.bool(r));
            }
            BINARY_ADD
            | BINARY_SUBTRACT
            | INPLACE_ADD
            | INPLACE_SUBTRACT
            | BINARY_MULTIPLY
            | BINARY_MATRIX_MULTIPLY
            | BINARY_TRUE_DIVIDE
            | BINARY_FLOOR_DIVIDE
            | BINARY_MODULO
            | BINARY_POWER
            | BINARY_LSHIFT
            | BINARY_RSHIFT
            | BINARY_AND
            | BINARY_OR
            | BINARY_XOR
            | INPLACE_MULTIPLY
            | INPLACE_MATRIX_MULTIPLY
            | INPLACE_TRUE_DIVIDE
            | INPLACE_FLOOR_DIVIDE
            | INPLACE_MODULO
            | INPLACE_POWER
            | INPLACE_LSHIFT
            | INPLACE_RSHIFT
            | INPLACE_AND
            | INPLACE_OR
            | INPLACE_XOR => {
                // The left operand stays on the stack (as in CPython) and the result replaces
                // it in its slot: one pop and one length check instead of two pops and a push.
                let b = pop(f);
                let a = top_mut(f);
                let r = match small_arith(op, a, &b)
                    .map(Ok)
                    .or_else(|| float_arith(vm, float_type, op, a, &b))
                {
                    Some(r) => r?,
                    None => binary_generic(vm, op, a, &b)?,
                };
                *a = r;
            }
            BINARY_SUBSCR => {
                let k = pop(f);
                let c = top_mut(f);
                let r = match subscr::get_fast(bt, c, &k) {
                    Some(v) => v,
                    None => ops::getitem(vm, c, &k)?,
                };
                *c = r;
            }
            DUP_TOP_TWO_SUBSCR => {
                let n = f.stack.len();
                match subscr::get_fast(bt, &f.stack[n - 2], &f.stack[n - 1]) {
                    Some(v) => {
                        f.stack.push(v);
                        pc = i + 2;
                    }
                    None => {
                        let (a, b) = (peek(f, 2).clone(), peek(f, 1).clone());
                        f.stack.push(a);
                        f.stack.push(b);
                    }
                }
            }
            ROT_THREE_STORE_SUBSCR => {
                let v = pop(f);
                let k = pop(f);
                let c = pop(f);
                match subscr::set_fast(bt, &c, &k, v) {
                    Ok(()) => pc = i + 2,
                    Err(v) => {
                        f.stack.push(v);
                        f.stack.push(c);
                        f.stack.push(k);
                    }
                }
            }
            SLICE_SUBSCR => {
                let store = matches!(instrs.get(i + 1), Some(&(STORE_SUBSCR, _)));
                if subscr::slice_subscr(f, arg as usize, store) {
                    pc = i + 2;
                } else {
                    build::execute(vm, f, BUILD_SLICE, arg)?;
                }
            }
            STORE_SUBSCR => {
                let k = pop(f);
                let c = pop(f);
                let v = pop(f);
                if let Err(v) = subscr::set_fast(bt, &c, &k, v) {
                    ops::setitem(vm, &c, &k, v)?;
                }
            }
            DELETE_SUBSCR => {
                let k = pop(f);
                let c = pop(f);
                ops::delitem(vm, &c, &k)?;
            }
            COMPARE_OP => {
                let b = pop(f);
                let a = pop(f);
                let r = match small_compare(arg, &a, &b)
                    .or_else(|| float_compare(float_type, arg, &a, &b))
                {
                    Some(r) => {
                        // Predict the conditional jump that almost always follows (as
                        // CPython's PREDICT): no bool object is materialised.
                        match instrs.get(i + 1) {
                            Some(&(POP_JUMP_IF_FALSE, target)) => {
                                if r {
                                    pc = i + 2;
                                } else {
                                    pc = jump(vm, i, target)?;
                                }
                                continue;
                            }
                            Some(&(POP_JUMP_IF_TRUE, target)) => {
                                if r {
                                    pc = jump(vm, i, target)?;
                                } else {
                                    pc = i + 2;
                                }
                                continue;
                            }
                            // `a < b or ...`: the bool kept only when the jump is taken.
                            Some(&(JUMP_IF_TRUE_OR_POP | JUMP_IF_FALSE_OR_POP, target)) => {
                                pc = i + 2;
                                if r == (instrs[i + 1].0 == JUMP_IF_TRUE_OR_POP) {
                                    f.stack.push(vm.bool(r));
                                    pc = target as usize;
                                }
                                continue;
                            }
                            _ => vm.bool(r),
                        }
                    }
                    None => ops::rich_compare(vm, &a, &b, ops::CmpOp::from_arg(arg))?,
                };
                f.stack.push(r);
            }
            IS_OP => {
                let b = pop(f);
                let a = pop(f);
                f.stack.push(vm.bool(a.is(&b) != (arg == 1)));
            }
            IS_OP_JUMP => pc = fused_ops::is_jump(vm, f, instrs, i, arg)?,
            LOAD_CONST_IS_OP_JUMP => pc = fused_ops::const_is_jump(vm, f, code, instrs, i, arg)?,
            CONTAINS_OP_JUMP => pc = fused_ops::contains_jump(vm, f, instrs, i, arg)?,
            CONTAINS_OP => {
                let container = pop(f);
                let item = pop(f);
                // An exact set's native probe first: `ops::contains`' frame costs more than it.
                let r = match crate::objects::set_ops::contains_native(&container, &item) {
                    Some(found) => found,
                    None => ops::contains(vm, &container, &item)?,
                };
                f.stack.push(vm.bool(r != (arg == 1)));
            }
            JUMP_FORWARD => pc += arg as usize,
            JUMP_ABSOLUTE => pc = jump(vm, i, arg)?,
            POP_JUMP_IF_FALSE => {
                let v = pop(f);
                if !truth(vm, bt, &v)? {
                    pc = jump(vm, i, arg)?;
                }
            }
            POP_JUMP_IF_TRUE => {
                let v = pop(f);
                if truth(vm, bt, &v)? {
                    pc = jump(vm, i, arg)?;
                }
            }
            JUMP_IF_FALSE_OR_POP => {
                if truth(vm, bt, top(f))? {
                    drop(pop(f));
                } else {
                    pc = arg as usize;
                }
            }
            JUMP_IF_TRUE_OR_POP => {
                if truth(vm, bt, top(f))? {
                    pc = arg as usize;
                } else {
                    drop(pop(f));
                }
            }
            UNPACK_SEQUENCE => {
                build::unpack_sequence(vm, bt, f, arg as usize)?;
            }
            UNPACK_SEQUENCE_STORE => {
                pc = build::unpack_sequence_store(vm, bt, f, instrs, i, arg as usize)?;
            }
            GET_ITER => {
                // A generator is its own iterator: it stays where it is.
                if !crate::objects::generator_ops::is_generator(top(f)) {
                    let v = pop(f);
                    let it = ops::iter(vm, &v)?;
                    f.stack.push(it);
                }
            }
            FOR_ITER | FOR_ITER_STORE_FAST => match for_iter_fast(top(f)) {
                Some(Some(v)) if op == FOR_ITER_STORE_FAST => {
                    pc = fused_ops::store_item(vm, f, instrs, i, v);
                }
                Some(Some(v)) => f.stack.push(v),
                Some(None) => {
                    drop(pop(f));
                    pc += arg as usize;
                }
                None => {
                    if !for_iter(vm, f)? {
                        pc += arg as usize;
                    }
                }
            },
            RETURN_VALUE => {
                f.next = pc;
                return Ok(Flow::Exit(Exit::Return(pop(f))));
            }
            LOAD_CONST_RETURN_VALUE => {
                vm.lasti.set(i + 1);
                f.next = i + 2;
                return Ok(Flow::Exit(Exit::Return(code.consts[arg as usize].clone())));
            }
            LOAD_FAST_RETURN_VALUE => {
                let v = fused_ops::local_for_return(vm, f, code, i, arg)?;
                f.next = i + 2;
                return Ok(Flow::Exit(Exit::Return(v)));
            }
            YIELD_VALUE => {
                f.next = pc;
                let mut v = pop(f);
                if let Some(sink) = sink.as_deref_mut() {
                    match generator_drain::take_yielded(vm, sink, f, code, v) {
                        None => {
                            pc = f.next;
                            continue;
                        }
                        Some(back) => v = back,
                    }
                }
                return Ok(Flow::Exit(async_ops::yield_value(code, v)));
            }
            GEN_START => drop(pop(f)),
            YIELD_FROM => {
                let sent = pop(f);
                match crate::objects::generator_ops::send_to(vm, top(f), sent)? {
                    Exit::Yield(v) => {
                        f.next = i;
                        return Ok(Flow::Exit(Exit::Yield(v)));
                    }
                    Exit::Return(v) => {
                        drop(pop(f));
                        f.stack.push(v);
                    }
                }
            }
            LOAD_DEREF_SLOT => names::load_deref(vm, f, code, arg)?,
            STORE_DEREF_SLOT => names::store_deref(vm, f, code, arg)?,
            LOAD_CLOSURE_SLOT => names::load_closure(vm, f, code, arg)?,
            LOAD_GLOBAL => names::load_global(vm, f, code, i, arg)?,
            LOAD_GLOBAL_COMPARE_OP => {
                let cmp = instrs[i + 1].1;
                let compare = |f: &mut Frame, g| compare_top_small(f, g, cmp);
                match names::global_operand(vm, f, code, i, arg, compare)? {
                    None => {}
                    Some(r) => pc = compared(vm, f, instrs, i, i + 2, r)?,
                }
            }
            LOAD_GLOBAL_BINARY => {
                let op = instrs[i + 1].0;
                let operate = |f: &mut Frame, g| arith_top_small(f, g, op);
                if names::global_operand(vm, f, code, i, arg, operate)?.is_some() {
                    pc = i + 2;
                }
            }
            LOAD_ATTR => {
                if let Some(getter_code) = names::load_attr(vm, f, code, i, arg)? {
                    f.next = pc;
                    return Ok(Flow::Call(names::getter_call(f, getter_code)));
                }
            }
            LOAD_FAST_LOAD_ATTR => pc = names::load_fast_load_attr(vm, f, code, i, arg)?,
            LOAD_FAST_ATTR_ATTR => pc = names::load_fast_attr_attr(vm, f, code, i, arg)?,
            LOAD_FAST_ATTR_GLOBAL_COMPARE => {
                let cmp = instrs[i + 3].1;
                let compare = |a: &Value, g: &Value| small_compare(cmp, a, g);
                match names::load_fast_attr_global(vm, f, code, i, arg, compare)? {
                    Ok(r) => pc = compared(vm, f, instrs, i, i + 4, r)?,
                    Err(next) => pc = next,
                }
            }
            LOAD_FAST_ATTR_GLOBAL_BINARY => {
                let op = instrs[i + 3].0;
                let operate = |a: &Value, g: &Value| small_arith(op, a, g);
                match names::load_fast_attr_global(vm, f, code, i, arg, operate)? {
                    Ok(r) => {
                        f.stack.push(r);
                        pc = i + 4;
                    }
                    Err(next) => pc = next,
                }
            }
            LOAD_FAST_ATTR_METHOD => pc = names::load_fast_attr_method(vm, f, code, i, arg)?,
            STORE_ATTR => names::store_attr(vm, f, code, i, arg)?,
            LOAD_FAST_STORE_ATTR => pc = names::load_fast_store_attr(vm, f, code, i, arg)?,
            LOAD_METHOD => names::load_method(vm, f, code, i, arg)?,
            LOAD_FAST_LOAD_METHOD => pc = names::load_fast_load_method(vm, f, code, i, arg)?,
            LOAD_FAST_METHOD_CALL_0 => {
                pc = match native_call::load_fast_method_call_0(vm, f, code, i, arg)? {
                    native_call::MethodCall::Next(next) => next,
                    native_call::MethodCall::Ran(r) => method_result(vm, f, instrs, i + 3, r),
                }
            }
            LOAD_FAST_METHOD_CALL_1 => {
                let local_arg = (arg, instrs[i + 2].1);
                pc = match native_call::load_fast_method_call_1(vm, f, code, i, local_arg)? {
                    native_call::MethodCall::Next(next) => next,
                    native_call::MethodCall::Ran(r) => method_result(vm, f, instrs, i + 4, r),
                }
            }
            LOAD_DEREF_LOAD_METHOD => {
                pc = names::load_deref_load_method(vm, f, code, i, arg)?;
            }
            LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_GLOBAL | DELETE_GLOBAL | LOAD_DEREF
            | STORE_DEREF | DELETE_DEREF | LOAD_CLASSDEREF | LOAD_CLOSURE | DELETE_ATTR
            | IMPORT_NAME | IMPORT_FROM | IMPORT_STAR | SETUP_ANNOTATIONS | LOAD_BUILD_CLASS
            | LOAD_ASSERTION_ERROR => names::execute(vm, f, code, op, arg)?,
            CALL_FUNCTION => {
                let n = arg as usize;
                let base = f.stack.len() - n;
                let (callable, args) = native_call::call_parts(&f.stack, base - 1);
                // A Python function and a builtin that runs on the stack's arguments are told
                // apart by one match, before anything else is looked at.
                let inline = match callable.payload() {
                    Some(Payload::Function(func)) => {
                        match ops::call::can_inline_function(func, n) {
                            None => {
                                ops::call::call_function_not_inlined(
                                    vm,
                                    &mut f.stack,
                                    base - 1,
                                    base,
                                )?;
                                continue;
                            }
                            inline => inline,
                        }
                    }
                    Some(Payload::Builtin(b)) if b.direct => {
                        let r = match native_call::builtin_inline(vm, b.fast, args) {
                            Some(r) => r,
                            None => (b.func)(vm, Args::positional(args))?,
                        };
                        replace_call(&mut f.stack, base - 1, r);
                        continue;
                    }
                    _ => ops::call::can_inline(callable, n),
                };
                if let Some(kind) = inline {
                    f.next = pc;
                    return Ok(Flow::Call(CallSite {
                        callable_at: base - 1,
                        args_at: base,
                        ret_depth: base - 1,
                        kind,
                    }));
                }
                let r = if n == 0 && f.stack[base - 1].is(&vm.b().super_) {
                    if let Some(next) = names::super_method(vm, f, code, pc) {
                        pc = next;
                        continue;
                    }
                    names::zero_arg_super(vm, f, code)?
                } else {
                    let native =
                        match native_call::call_native(vm, &f.stack[base - 1], &f.stack[base..]) {
                            None if n <= 1 => crate::modules::builtins_frame::frame_call(
                                vm,
                                f,
                                code,
                                &f.stack[base - 1..],
                            ),
                            r => r,
                        };
                    match native {
                        Some(r) => r?,
                        None => {
                            ops::call::call_from_eval_stack(vm, &mut f.stack, base - 1, base, &[])?
                        }
                    }
                };
                f.stack.truncate(base - 1);
                f.stack.push(r);
            }
            CALL_FUNCTION_KW => {
                if let Some(site) = frame_stack::call_keywords(vm, f, arg as usize)? {
                    f.next = pc;
                    return Ok(Flow::Call(site));
                }
            }
            CALL_FUNCTION_EX => {
                let kwargs = if arg & 1 != 0 { Some(pop(f)) } else { None };
                let args = pop(f);
                let func = pop(f);
                let r = ops::call_ex(vm, &func, args, kwargs.as_ref())?;
                f.stack.push(r);
            }
            CALL_METHOD => {
                let n = arg as usize;
                let base = f.stack.len() - n;
                let (callable, args) = native_call::call_parts(&f.stack, base - 2);
                match callable.payload() {
                    // A Python function below `self` (`LOAD_METHOD` found a plain method):
                    // inline when it takes `self` and the arguments plainly.
                    Some(Payload::Function(func)) => {
                        let Some(kind) = ops::call::can_inline_function(func, n + 1) else {
                            ops::call::call_function_not_inlined(
                                vm,
                                &mut f.stack,
                                base - 2,
                                base - 1,
                            )?;
                            continue;
                        };
                        f.next = pc;
                        return Ok(Flow::Call(CallSite {
                            callable_at: base - 2,
                            args_at: base - 1,
                            ret_depth: base - 2,
                            kind,
                        }));
                    }
                    // A builtin method below `self` (never the null `LOAD_METHOD` pushes for a
                    // plain attribute) runs on `self` and the arguments where they are.
                    Some(Payload::Builtin(b)) if b.direct => {
                        let r = match b.fast {
                            FastPath::Entry(fast) => fast(vm, args)?,
                            FastPath::ListAppend if native_call::list_append(args) => None,
                            _ => Some((b.func)(vm, Args::positional(args))?),
                        };
                        let r = match r {
                            Some(r) => r,
                            // A `None` result (`Ok(None)`) that the next instruction discards
                            // is never made: the `POP_TOP` is skipped, or the pop of a
                            // `POP_TOP_JUMP_ABSOLUTE`, whose jump then runs as the
                            // `JUMP_ABSOLUTE` after it.
                            None if matches!(
                                instrs.get(pc),
                                Some(&(POP_TOP | POP_TOP_JUMP_ABSOLUTE, _))
                            ) =>
                            {
                                release_call(f, base - 2);
                                pc += 1;
                                continue;
                            }
                            None => vm.none(),
                        };
                        replace_call(&mut f.stack, base - 2, r);
                        // A result discarded by the next `POP_TOP` (`s.add(x)` as a statement)
                        // is dropped here, as that `POP_TOP` would, without its dispatch.
                        if let Some(&(POP_TOP, _)) = instrs.get(pc) {
                            vm.lasti.set(pc);
                            pc += 1;
                            drop(pop(f));
                        }
                        continue;
                    }
                    _ => {}
                }
                let (callable_at, args_at) = if f.stack[base - 2].is(&vm.b().null) {
                    (base - 1, base)
                } else {
                    (base - 2, base - 1)
                };
                if let Some(kind) =
                    ops::call::can_inline(&f.stack[callable_at], f.stack.len() - args_at)
                {
                    f.next = pc;
                    return Ok(Flow::Call(CallSite {
                        callable_at,
                        args_at,
                        ret_depth: base - 2,
                        kind,
                    }));
                }
                let r = match native_call::call_native(
                    vm,
                    &f.stack[callable_at],
                    &f.stack[args_at..],
                ) {
                    Some(r) => r?,
                    None => ops::call::call_from_eval_stack(
                        vm,
                        &mut f.stack,
                        callable_at,
                        args_at,
                        &[],
                    )?,
                };
                replace_call(&mut f.stack, base - 2, r);
            }
            MAKE_GENEXPR
                if crate::objects::generator_ops::make_genexpr(
                    vm,
                    f,
                    (i, instrs[i + 1].1, arg != 0),
                    // `move`: a closure borrowing `i` would keep the loop's instruction
                    // index in memory, a store at every dispatch (nbody +11% CPU).
                    move |globals| names::read_module_name(vm, code, i, globals),
                )? =>
            {
                pc = i + 4;
            }
            MAKE_FUNCTION | MAKE_GENEXPR => {
                let qualname = pop(f);
                let codeobj = pop(f);
                let closure = if arg & 8 != 0 { Some(pop(f)) } else { None };
                let annotations = if arg & 4 != 0 { Some(pop(f)) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(pop(f)) } else { None };
                let defaults = if arg & 1 != 0 { Some(pop(f)) } else { None };
                let func = crate::objects::function_ops::make_function(
                    vm,
                    codeobj,
                    qualname,
                    [
                        f.globals.clone(),
                        f.builtins.clone(),
                        names::module_name(vm, code, i, &f.globals)?,
                    ],
                    [defaults, kwdefaults, annotations, closure],
                )?;
                f.stack.push(func);
            }
            SETUP_FINALLY
            | POP_BLOCK
            | POP_EXCEPT
            | RERAISE
            | JUMP_IF_NOT_EXC_MATCH
            | SETUP_WITH
            | WITH_EXCEPT_START
            | RAISE_VARARGS
            | EXCEPT_STAR_START
            | CHECK_EG_MATCH
            | PREP_RERAISE_STAR
            | RERAISE_EXC => {
                f.next = pc;
                exceptions::execute(vm, f, op, arg)?;
                pc = f.next;
            }
            BUILD_TUPLE => build::build_tuple(f, arg as usize),
            BUILD_LIST => build::build_list(f, arg as usize),
            BUILD_SET
            | BUILD_MAP
            | BUILD_CONST_KEY_MAP
            | BUILD_STRING
            | BUILD_SLICE
            | LIST_APPEND
            | SET_ADD
            | MAP_ADD
            | LIST_EXTEND
            | SET_UPDATE
            | DICT_MERGE
            | DICT_UPDATE
            | LIST_TO_TUPLE
            | UNPACK_EX
            | FORMAT_VALUE
            | PRINT_EXPR
            | GET_LEN
            | MATCH_MAPPING
            | MATCH_SEQUENCE
            | MATCH_KEYS
            | MATCH_CLASS
            | COPY_DICT_WITHOUT_KEYS => build::execute(vm, f, op, arg)?,
            GET_AWAITABLE | GET_AITER | GET_ANEXT | BEFORE_ASYNC_WITH | SETUP_ASYNC_WITH
            | END_ASYNC_FOR | GET_YIELD_FROM_ITER => {
                f.next = pc;
                async_ops::execute(vm, f, code, op, arg)?;
                pc = f.next;
            }
        }
    }
}

/// `FOR_ITER`'s native step for range, list and tuple iterators (`None`: not one of them).
#[inline(always)]
fn for_iter_fast(it: &Value) -> Option<Option<Value>> {
    match it.payload() {
        Some(Payload::Iter(st)) => crate::objects::iter_ops::next_fast(st),
        _ => None,
    }
}

/// `FOR_ITER` through the iterator protocol: false when the iterator is exhausted (and popped).
fn for_iter(vm: &Vm, f: &mut Frame) -> PyResult<bool> {
    let it = top(f);
    let next = match it.payload() {
        Some(Payload::Generator(g)) if g.kind == crate::objects::generator::Kind::Generator => {
            crate::objects::generator_ops::next_of(vm, g)?
        }
        _ => ops::next(vm, it)?,
    };
    match next {
        Some(v) => {
            f.stack.push(v);
            Ok(true)
        }
        None => {
            drop(pop(f));
            Ok(false)
        }
    }
}

/// The index to continue at after a jump to instruction `target` from instruction `i`; a
/// backward jump (a loop) checks the eval breaker, so a long-running loop lets other threads
/// take the GIL.
#[inline(always)]
fn jump(vm: &Vm, i: usize, target: u32) -> PyResult<usize> {
    let target = target as usize;
    if target <= i && vm.interp.gil.eval_breaker() {
        eval_breaker(vm)?;
    }
    Ok(target)
}

/// Serve the eval breaker: a GIL drop request, a scheduled collection, pending signals (run
/// by the main thread only).
#[cold]
pub fn eval_breaker(vm: &Vm) -> PyResult<()> {
    vm.gil.serve_breaker(&vm.interp.gil);
    crate::gc::collect_if_scheduled(vm);
    crate::modules::signal::check_signals(vm)
}
