//! Quickening: after decoding, common instruction sequences are marked with gilpy's
//! superinstructions (as CPython 3.11's `LOAD_FAST__LOAD_CONST` and `COMPARE_OP_INT_JUMP`).
//! Only the first instruction of a sequence is replaced, and the rest stay in place, so a jump
//! into the middle of a sequence still runs the original instructions, and a superinstruction
//! that does not apply (an operand is not a small int) simply acts as its first instruction.
//! `dis` shows the compiler's code (`CodeObject::code`), never the quickened array.

use gilpy_bytecode::Opcode::{self, *};

fn is_add_sub(op: Opcode) -> bool {
    matches!(
        op,
        BINARY_ADD | BINARY_SUBTRACT | INPLACE_ADD | INPLACE_SUBTRACT
    )
}

/// Rewrite `instrs` in place with superinstructions.
pub fn quicken(instrs: &mut [(Opcode, u32)]) {
    for i in 0..instrs.len() {
        let at = |k: usize| instrs.get(i + k).copied();
        let (Some((LOAD_FAST, local)), Some((second, _))) = (at(0), at(1)) else {
            continue;
        };
        let op = match (second, at(2), at(3)) {
            (LOAD_CONST, Some((arith, _)), Some((STORE_FAST, target)))
                if is_add_sub(arith) && target == local =>
            {
                LOCAL_ARITH_CONST
            }
            (
                LOAD_CONST,
                Some((COMPARE_OP, _)),
                Some((POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE, _)),
            ) => COMPARE_LOCAL_CONST_JUMP,
            (LOAD_CONST, _, _) => LOAD_FAST_LOAD_CONST,
            (LOAD_FAST, _, _) => LOAD_FAST_LOAD_FAST,
            _ => continue,
        };
        instrs[i].0 = op;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_loop_quickens() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_CONST, 1),
            (INPLACE_SUBTRACT, 0),
            (STORE_FAST, 0),
            (LOAD_FAST, 0),
            (LOAD_CONST, 2),
            (COMPARE_OP, 4),
            (POP_JUMP_IF_TRUE, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOCAL_ARITH_CONST);
        assert_eq!(code[4].0, COMPARE_LOCAL_CONST_JUMP);
        assert_eq!(code[1].0, LOAD_CONST);
    }

    #[test]
    fn different_target_is_not_fused() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_CONST, 1),
            (BINARY_ADD, 0),
            (STORE_FAST, 1),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_LOAD_CONST);
    }
}
