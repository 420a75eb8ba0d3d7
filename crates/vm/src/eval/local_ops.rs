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
/// refers to it: no allocation and no free), else pushed. The index to continue at.
#[inline(always)]
pub(super) fn store_pair_result(
    vm: &Vm,
    f: &mut Frame,
    instrs: &[(Opcode, u32)],
    i: usize,
    r: PairResult,
    float_type: usize,
) -> usize {
    let Some(&(Opcode::STORE_FAST, slot)) = instrs.get(i + 3) else {
        f.stack.push(r.into_value());
        return i + 3;
    };
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
