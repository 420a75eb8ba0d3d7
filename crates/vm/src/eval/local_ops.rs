//! Superinstructions that read and write locals directly, without the value stack: two locals
//! added, subtracted or multiplied, and the result stored. Counterpart of CPython 3.11's
//! `BINARY_OP_*_FLOAT`/`_INT` specialisations fused with `LOAD_FAST__LOAD_FAST` and the
//! `STORE_FAST` after.

use super::float_operand;
use crate::frame::Frame;
use crate::object::Value;
use crate::vm::Vm;
use gilpy_bytecode::Opcode;

/// What the quickened `LOAD_FAST a; LOAD_FAST b; <op>` computed.
pub(super) enum PairResult {
    Small(Value),
    Float(f64),
}

impl PairResult {
    #[inline(always)]
    fn into_value(self) -> Value {
        match self {
            PairResult::Small(v) => v,
            PairResult::Float(x) => crate::objects::float::new_float_call(x),
        }
    }
}

/// `a <op> b` for the quickened `LOAD_FAST a; LOAD_FAST b; <op>` (an operator that
/// `quicken::pair_arith` accepts) when the locals are small ints with a small-int result, or
/// exact floats (or a float and a small int); `None` otherwise (an unbound local, another
/// type, a result that needs a big int), and the instructions run one by one.
#[inline(always)]
pub(super) fn local_pair_arith(
    f: &Frame,
    op: Opcode,
    a: u32,
    b: u32,
    float_type: usize,
) -> Option<PairResult> {
    use Opcode::*;
    let (Some(Some(x)), Some(Some(y))) = (f.fast.get(a as usize), f.fast.get(b as usize)) else {
        return None;
    };
    if let (Some(x), Some(y)) = (x.as_small(), y.as_small()) {
        // Inline ints are 62-bit, so `+` and `-` cannot overflow an i64.
        let r = match op {
            BINARY_ADD | INPLACE_ADD => x + y,
            BINARY_SUBTRACT | INPLACE_SUBTRACT => x - y,
            _ => x.checked_mul(y)?,
        };
        return Value::small(r).map(PairResult::Small);
    }
    let (x, y) = (float_operand(x, float_type)?, float_operand(y, float_type)?);
    Some(PairResult::Float(match op {
        BINARY_ADD | INPLACE_ADD => x + y,
        BINARY_SUBTRACT | INPLACE_SUBTRACT => x - y,
        _ => x * y,
    }))
}

/// Place the result of the fused local pair operation at `i`: into the local of a
/// `STORE_FAST` at `i + 3` (a float written into the float that local holds when nothing else
/// refers to it: no allocation and no free), or, for a float, straight into the `+`, `-` or
/// `*` at `i + 3` whose left operand is the float (or small int) below it on the stack
/// (`combine_with_top`); else pushed. The index to continue at.
#[inline(always)]
pub(super) fn store_pair_result(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    r: PairResult,
    float_type: usize,
) -> usize {
    let (next, slot) = instrs.get(i + 3).copied().unwrap_or((Opcode::NOP, 0));
    if next != Opcode::STORE_FAST {
        if let PairResult::Float(x) = r
            && super::quicken::pair_arith(next)
            && combine_with_top(f, next, x, float_type)
        {
            return i + 4;
        }
        f.stack.push(r.into_value());
        return i + 3;
    }
    let local = &mut f.fast[slot as usize];
    if let (PairResult::Float(x), Some(old)) = (&r, &*local)
        && crate::rc::overwrite_unique_float(old, *x, float_type)
    {
        return i + 4;
    }
    // Releasing the old value can run `__del__`, which sees the line of the store.
    vm.lasti.set(i + 3);
    drop(local.replace(r.into_value()));
    i + 4
}

/// `top <op> x` for the float `x` a fused local pair computed and the arithmetic instruction
/// `op` after it (`v[0] -= dx * m`, `a * a + b * b`), when the top of the stack is an exact float
/// or a small int: the result replaces the top (written into it when only the stack refers to
/// it), so `x` is never made into an object. Exact floats and ints run no Python code and
/// raise nothing under `+`, `-` and `*`, so nothing can tell. False (nothing done) otherwise.
#[inline(never)]
fn combine_with_top(f: &mut Frame, op: Opcode, x: f64, float_type: usize) -> bool {
    use Opcode::*;
    let Some(top) = f.stack.last_mut() else {
        return false;
    };
    let Some(t) = float_operand(top, float_type) else {
        return false;
    };
    let r = match op {
        BINARY_ADD | INPLACE_ADD => t + x,
        BINARY_SUBTRACT | INPLACE_SUBTRACT => t - x,
        _ => t * x,
    };
    if !crate::rc::overwrite_unique_float(top, r, float_type) {
        *top = crate::objects::float::new_float_call(r);
    }
    true
}
