//! Quickening: after decoding, common instruction sequences are marked with gilpy's
//! superinstructions (as CPython 3.11's `LOAD_FAST__LOAD_CONST` and `COMPARE_OP_INT_JUMP`).
//! Only the first instruction of a sequence is replaced, and the rest stay in place, so a jump
//! into the middle of a sequence still runs the original instructions, and a superinstruction
//! that does not apply (an operand is not a small int) simply acts as its first instruction.
//! `dis` shows the compiler's code (`CodeObject::code`), never the quickened array.

use gilpy_bytecode::Opcode::{self, *};

/// The superinstruction for `x = x <op> const`, if `op` has one.
fn local_arith(op: Opcode) -> Option<Opcode> {
    match op {
        BINARY_ADD | INPLACE_ADD => Some(LOCAL_ADD_CONST),
        BINARY_SUBTRACT | INPLACE_SUBTRACT => Some(LOCAL_SUB_CONST),
        _ => None,
    }
}

/// Whether `LOAD_FAST_LOAD_FAST_BINARY` fuses operator `op` (the operators whose small-int and
/// float results it computes without raising).
pub fn pair_arith(op: Opcode) -> bool {
    matches!(
        op,
        BINARY_ADD
            | INPLACE_ADD
            | BINARY_SUBTRACT
            | INPLACE_SUBTRACT
            | BINARY_MULTIPLY
            | INPLACE_MULTIPLY
    )
}

/// Rewrite `instrs` in place with superinstructions. The eval loop relies on what is checked
/// here (the opcodes after a superinstruction, a comparison operand below 6), since the array
/// does not change afterwards.
pub fn quicken(instrs: &mut [(Opcode, u32)]) {
    for i in 0..instrs.len() {
        let fused = match instrs[i].0 {
            LOAD_FAST => local_sequence(instrs, i),
            STORE_FAST => store_pair(instrs, i),
            POP_TOP => pop_jump(instrs, i),
            BUILD_SLICE => slice_sequence(instrs, i),
            DUP_TOP_TWO | ROT_THREE => augmented_subscript(instrs, i),
            UNPACK_SEQUENCE => unpack_store(instrs, i),
            IS_OP | CONTAINS_OP => test_jump(instrs, i),
            LOAD_CONST => const_sequence(instrs, i),
            FOR_ITER => for_store(instrs, i),
            LOAD_GLOBAL => global_operand(instrs, i),
            MAKE_FUNCTION => genexpr_call(instrs, i),
            _ => None,
        };
        if let Some(op) = fused {
            instrs[i].0 = op;
        }
    }
}

/// Rewrite the cell instructions' operands (an index into cellvars then freevars) as the
/// frame slots of those cells (`nlocals` plus the index: cells follow the `nlocals` locals in
/// `Frame::fast`), so the eval loop reads the slot without computing it. A `LOAD_DEREF`
/// followed by a `LOAD_METHOD` becomes `LOAD_DEREF_LOAD_METHOD`.
pub fn quicken_cells(instrs: &mut [(Opcode, u32)], nlocals: usize) {
    for i in 0..instrs.len() {
        let (op, arg) = instrs[i];
        let slot_op = match op {
            LOAD_DEREF if matches!(instrs.get(i + 1), Some((LOAD_METHOD, _))) => {
                LOAD_DEREF_LOAD_METHOD
            }
            LOAD_DEREF => LOAD_DEREF_SLOT,
            STORE_DEREF => STORE_DEREF_SLOT,
            LOAD_CLOSURE => LOAD_CLOSURE_SLOT,
            _ => continue,
        };
        if let Some(slot) = u32::try_from(nlocals).ok().and_then(|n| n.checked_add(arg)) {
            instrs[i] = (slot_op, slot);
        }
    }
}

/// The superinstruction for the sequence starting with the `LOAD_FAST` at `i`, if any.
fn local_sequence(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    let at = |k: usize| instrs.get(i + k).copied();
    let (Some((LOAD_FAST, local)), Some((second, _))) = (at(0), at(1)) else {
        return None;
    };
    let arith = at(2).and_then(|(op, _)| local_arith(op));
    Some(match (second, at(2), arith, at(3)) {
        (LOAD_ATTR, Some((LOAD_ATTR, _)), ..) => LOAD_FAST_ATTR_ATTR,
        (LOAD_ATTR, Some((LOAD_METHOD, _)), ..) => LOAD_FAST_ATTR_METHOD,
        (LOAD_ATTR, Some((LOAD_GLOBAL, _)), _, Some((COMPARE_OP, cmp))) if cmp < 6 => {
            LOAD_FAST_ATTR_GLOBAL_COMPARE
        }
        (LOAD_ATTR, Some((LOAD_GLOBAL, _)), _, Some((op, _))) if small_arith_op(op) => {
            LOAD_FAST_ATTR_GLOBAL_BINARY
        }
        (LOAD_ATTR, ..) => LOAD_FAST_LOAD_ATTR,
        (RETURN_VALUE, ..) => LOAD_FAST_RETURN_VALUE,
        (STORE_ATTR, ..) => LOAD_FAST_STORE_ATTR,
        (LOAD_METHOD, Some((CALL_METHOD, 0)), ..) => LOAD_FAST_METHOD_CALL_0,
        (LOAD_METHOD, Some((LOAD_FAST, _)), _, Some((CALL_METHOD, 1))) => LOAD_FAST_METHOD_CALL_1,
        (LOAD_METHOD, ..) => LOAD_FAST_LOAD_METHOD,
        // `a, self.x`: the second local's own attribute superinstruction saves more, and so
        // does `a, b * c` as `a` then `b * c` fused.
        (LOAD_FAST, Some((LOAD_ATTR | STORE_ATTR | LOAD_METHOD, _)), ..) => return None,
        (LOAD_FAST, Some((LOAD_FAST, _)), _, Some((op, _))) if pair_arith(op) => return None,
        (LOAD_FAST, Some((op, _)), ..) if pair_arith(op) => LOAD_FAST_LOAD_FAST_BINARY,
        (LOAD_CONST, Some((DUP_TOP_TWO, _)), _, Some((BINARY_SUBSCR, _))) => {
            LOAD_FAST_CONST_DUP_SUBSCR
        }
        (LOAD_FAST, Some((DUP_TOP_TWO, _)), _, Some((BINARY_SUBSCR, _))) => {
            LOAD_FAST_LOCAL_DUP_SUBSCR
        }
        (LOAD_CONST, _, Some(fused), Some((STORE_FAST, target))) if target == local => fused,
        (
            LOAD_CONST,
            Some((COMPARE_OP, cmp)),
            _,
            Some((POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE, _)),
        ) if cmp < 6 => COMPARE_LOCAL_CONST_JUMP,
        (LOAD_CONST, Some((BINARY_ADD, _)), ..) => LOAD_FAST_ADD_CONST,
        (LOAD_CONST, Some((BINARY_SUBTRACT, _)), ..) => LOAD_FAST_SUB_CONST,
        (LOAD_CONST, ..) => LOAD_FAST_LOAD_CONST,
        (LOAD_FAST, ..) => LOAD_FAST_LOAD_FAST,
        _ => return None,
    })
}

/// Whether the instruction at `i` is a `POP_JUMP_IF_FALSE` or `POP_JUMP_IF_TRUE`.
fn is_cond_jump(instrs: &[(Opcode, u32)], i: usize) -> bool {
    matches!(
        instrs.get(i),
        Some((POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE, _))
    )
}

/// The test fused with the conditional jump after it, for the test at `i`.
fn test_jump(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    let fused = match instrs[i].0 {
        IS_OP => IS_OP_JUMP,
        _ => CONTAINS_OP_JUMP,
    };
    is_cond_jump(instrs, i + 1).then_some(fused)
}

/// The superinstruction for the `LOAD_GLOBAL` at `i`: compared with the value below it
/// (`x == CONST_NAME`, a comparison operand below 6), or its right operand (`x & FLAG`).
fn global_operand(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    match *instrs.get(i + 1)? {
        (COMPARE_OP, cmp) if cmp < 6 => Some(LOAD_GLOBAL_COMPARE_OP),
        (op, _) if small_arith_op(op) => Some(LOAD_GLOBAL_BINARY),
        _ => None,
    }
}

/// Whether the eval loop's small-int arithmetic (`small_arith`) computes operator `op`.
fn small_arith_op(op: Opcode) -> bool {
    pair_arith(op)
        || matches!(
            op,
            BINARY_FLOOR_DIVIDE
                | INPLACE_FLOOR_DIVIDE
                | BINARY_MODULO
                | INPLACE_MODULO
                | BINARY_AND
                | INPLACE_AND
                | BINARY_OR
                | INPLACE_OR
                | BINARY_XOR
                | INPLACE_XOR
                | BINARY_LSHIFT
                | INPLACE_LSHIFT
                | BINARY_RSHIFT
                | INPLACE_RSHIFT
        )
}

/// The superinstruction for the `LOAD_CONST` at `i`: returned, or tested for identity and
/// jumped on.
fn const_sequence(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    match instrs.get(i + 1)?.0 {
        RETURN_VALUE => Some(LOAD_CONST_RETURN_VALUE),
        IS_OP => is_cond_jump(instrs, i + 2).then_some(LOAD_CONST_IS_OP_JUMP),
        _ => None,
    }
}

/// `FOR_ITER_STORE_FAST` for the `FOR_ITER` at `i` whose item a `STORE_FAST` takes.
fn for_store(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    (instrs.get(i + 1)?.0 == STORE_FAST).then_some(FOR_ITER_STORE_FAST)
}

/// `MAKE_GENEXPR` for the `MAKE_FUNCTION` at `i` (no defaults nor annotations) whose function
/// is called at once with the iterator of a local: a generator expression's (or a
/// comprehension's) `f(x for x in local)`.
fn genexpr_call(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    let fused = instrs[i].1 & !8 == 0
        && matches!(
            instrs.get(i + 1..i + 4)?,
            [(LOAD_FAST, _), (GET_ITER, _), (CALL_FUNCTION, 1)]
        );
    fused.then_some(MAKE_GENEXPR)
}

/// `STORE_FAST_STORE_FAST` for two stores in a row (an unpacking's targets) starting at `i`.
fn store_pair(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    (instrs.get(i + 1)?.0 == STORE_FAST).then_some(STORE_FAST_STORE_FAST)
}

/// `POP_TOP_JUMP_ABSOLUTE` for the `POP_TOP` at `i` followed by a `JUMP_ABSOLUTE` (an
/// expression statement at the end of a loop's body).
fn pop_jump(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    (instrs.get(i + 1)?.0 == JUMP_ABSOLUTE).then_some(POP_TOP_JUMP_ABSOLUTE)
}

/// The fused read or store of an augmented subscript (`a[i] += x`) for the `DUP_TOP_TWO` or
/// `ROT_THREE` at `i`.
fn augmented_subscript(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    match (instrs[i].0, instrs.get(i + 1)?.0) {
        (DUP_TOP_TWO, BINARY_SUBSCR) => Some(DUP_TOP_TWO_SUBSCR),
        (ROT_THREE, STORE_SUBSCR) => Some(ROT_THREE_STORE_SUBSCR),
        _ => None,
    }
}

/// The most targets `UNPACK_SEQUENCE_STORE` stores (the eval loop's fused step keeps the
/// items in an array of this size).
pub const UNPACK_STORE_MAX: u32 = 4;

/// `UNPACK_SEQUENCE_STORE` for the `UNPACK_SEQUENCE n` at `i` (2 to `UNPACK_STORE_MAX` items)
/// followed by `n` `STORE_FAST`s (`a, b = t`, `for p, q, r in ...`).
fn unpack_store(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    let n = instrs[i].1;
    if !(2..=UNPACK_STORE_MAX).contains(&n) {
        return None;
    }
    let stores = instrs.get(i + 1..i + 1 + n as usize)?;
    stores
        .iter()
        .all(|&(op, _)| op == STORE_FAST)
        .then_some(UNPACK_SEQUENCE_STORE)
}

/// `SLICE_SUBSCR` for a `BUILD_SLICE` at `i` that a subscript reads or stores through.
fn slice_sequence(instrs: &[(Opcode, u32)], i: usize) -> Option<Opcode> {
    match instrs.get(i + 1)?.0 {
        BINARY_SUBSCR | STORE_SUBSCR => Some(SLICE_SUBSCR),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_chain_of_local_quickens() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_ATTR, 0),
            (LOAD_ATTR, 1),
            (LOAD_FAST, 0),
            (LOAD_ATTR, 0),
            (LOAD_METHOD, 2),
            (LOAD_FAST, 0),
            (LOAD_ATTR, 0),
            (STORE_FAST, 1),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_ATTR_ATTR);
        assert_eq!(code[3].0, LOAD_FAST_ATTR_METHOD);
        assert_eq!(code[6].0, LOAD_FAST_LOAD_ATTR);
        assert_eq!(
            (code[1].0, code[2].0, code[5].0),
            (LOAD_ATTR, LOAD_ATTR, LOAD_METHOD)
        );
    }

    #[test]
    fn method_calls_quicken() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_METHOD, 0),
            (CALL_METHOD, 0),
            (LOAD_FAST, 0),
            (LOAD_METHOD, 0),
            (LOAD_FAST, 1),
            (CALL_METHOD, 1),
            (LOAD_FAST, 0),
            (LOAD_METHOD, 0),
            (LOAD_FAST, 1),
            (CALL_METHOD, 2),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_METHOD_CALL_0);
        assert_eq!(code[3].0, LOAD_FAST_METHOD_CALL_1);
        assert_eq!(code[5].0, LOAD_FAST);
        assert_eq!(code[7].0, LOAD_FAST_LOAD_METHOD);
        assert_eq!((code[1].0, code[2].0), (LOAD_METHOD, CALL_METHOD));
        let mut cells = vec![(LOAD_DEREF, 0), (LOAD_METHOD, 0), (LOAD_DEREF, 1)];
        quicken_cells(&mut cells, 3);
        assert_eq!(
            cells,
            vec![
                (LOAD_DEREF_LOAD_METHOD, 3),
                (LOAD_METHOD, 0),
                (LOAD_DEREF_SLOT, 4)
            ]
        );
    }

    #[test]
    fn attribute_of_local_quickens() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (LOAD_ATTR, 0),
            (LOAD_FAST, 1),
            (STORE_ATTR, 1),
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (LOAD_FAST, 2),
            (LOAD_METHOD, 2),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST);
        assert_eq!(code[6].0, LOAD_FAST);
        assert_eq!(code[7].0, LOAD_FAST_LOAD_METHOD);
        assert_eq!(code[1].0, LOAD_FAST_LOAD_ATTR);
        assert_eq!(code[2].0, LOAD_ATTR);
        assert_eq!(code[3].0, LOAD_FAST_STORE_ATTR);
        assert_eq!(code[5].0, LOAD_FAST_LOAD_FAST);
    }

    #[test]
    fn global_comparison_quickens() {
        let mut code = vec![
            (LOAD_GLOBAL, 0),
            (COMPARE_OP, 2),
            (LOAD_GLOBAL, 1),
            (COMPARE_OP, 8),
            (LOAD_GLOBAL, 2),
            (BINARY_AND, 0),
            (LOAD_GLOBAL, 3),
            (BINARY_POWER, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_GLOBAL_COMPARE_OP);
        assert_eq!(code[1].0, COMPARE_OP);
        assert_eq!(code[2].0, LOAD_GLOBAL);
        assert_eq!(code[4].0, LOAD_GLOBAL_BINARY);
        assert_eq!(code[5].0, BINARY_AND);
        assert_eq!(code[6].0, LOAD_GLOBAL);
    }

    #[test]
    fn attribute_global_operations_quicken() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_ATTR, 0),
            (LOAD_GLOBAL, 1),
            (COMPARE_OP, 2),
            (LOAD_FAST, 0),
            (LOAD_ATTR, 0),
            (LOAD_GLOBAL, 1),
            (BINARY_OR, 0),
            (LOAD_FAST, 0),
            (LOAD_ATTR, 0),
            (LOAD_GLOBAL, 1),
            (COMPARE_OP, 6),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_ATTR_GLOBAL_COMPARE);
        assert_eq!(code[2].0, LOAD_GLOBAL_COMPARE_OP);
        assert_eq!(code[4].0, LOAD_FAST_ATTR_GLOBAL_BINARY);
        assert_eq!(code[6].0, LOAD_GLOBAL_BINARY);
        assert_eq!(code[8].0, LOAD_FAST_LOAD_ATTR);
        assert_eq!(code[10].0, LOAD_GLOBAL);
    }

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
        assert_eq!(code[0].0, LOCAL_SUB_CONST);
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
        assert_eq!(code[0].0, LOAD_FAST_ADD_CONST);
    }

    #[test]
    fn local_minus_const_and_store_pairs_quicken() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_CONST, 1),
            (BINARY_SUBTRACT, 0),
            (STORE_FAST, 1),
            (STORE_FAST, 2),
            (STORE_FAST, 3),
            (LOAD_FAST, 0),
            (LOAD_CONST, 1),
            (BINARY_ADD, 0),
            (RETURN_VALUE, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_SUB_CONST);
        assert_eq!(code[3].0, STORE_FAST_STORE_FAST);
        assert_eq!(code[4].0, STORE_FAST_STORE_FAST);
        assert_eq!(code[5].0, STORE_FAST);
        assert_eq!(code[6].0, LOAD_FAST_ADD_CONST);
    }

    #[test]
    fn augmented_subscript_read_quickens() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_CONST, 1),
            (DUP_TOP_TWO, 0),
            (BINARY_SUBSCR, 0),
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (DUP_TOP_TWO, 0),
            (BINARY_SUBSCR, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_CONST_DUP_SUBSCR);
        assert_eq!(code[2].0, DUP_TOP_TWO_SUBSCR);
        assert_eq!(code[4].0, LOAD_FAST_LOCAL_DUP_SUBSCR);
        assert_eq!(code[6].0, DUP_TOP_TWO_SUBSCR);
    }

    #[test]
    fn unpacking_into_locals_quickens() {
        let mut code = vec![
            (UNPACK_SEQUENCE, 3),
            (STORE_FAST, 0),
            (STORE_FAST, 1),
            (STORE_FAST, 2),
            (UNPACK_SEQUENCE, 2),
            (STORE_FAST, 0),
            (STORE_NAME, 1),
            (UNPACK_SEQUENCE, 2),
            (STORE_FAST, 0),
            (STORE_FAST, 1),
            (UNPACK_SEQUENCE, 5),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, UNPACK_SEQUENCE_STORE);
        assert_eq!(code[1].0, STORE_FAST_STORE_FAST);
        assert_eq!(code[4].0, UNPACK_SEQUENCE);
        assert_eq!(code[7].0, UNPACK_SEQUENCE_STORE);
        assert_eq!(code[10].0, UNPACK_SEQUENCE);
    }

    #[test]
    fn local_pair_arithmetic_quickens() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_FAST, 1),
            (LOAD_FAST, 1),
            (BINARY_MULTIPLY, 0),
            (LOAD_FAST, 2),
            (LOAD_FAST, 3),
            (INPLACE_SUBTRACT, 0),
            (LOAD_FAST, 2),
            (LOAD_FAST, 3),
            (BINARY_TRUE_DIVIDE, 0),
            (POP_TOP, 0),
            (JUMP_ABSOLUTE, 0),
            (POP_TOP, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST);
        assert_eq!(code[1].0, LOAD_FAST_LOAD_FAST_BINARY);
        assert_eq!(code[2].0, LOAD_FAST);
        assert_eq!(code[4].0, LOAD_FAST_LOAD_FAST_BINARY);
        assert_eq!(code[7].0, LOAD_FAST_LOAD_FAST);
        assert_eq!(code[10].0, POP_TOP_JUMP_ABSOLUTE);
        assert_eq!(code[12].0, POP_TOP);
    }

    #[test]
    fn slice_subscripts_quicken() {
        let mut code = vec![
            (BUILD_SLICE, 2),
            (BINARY_SUBSCR, 0),
            (BUILD_SLICE, 3),
            (STORE_SUBSCR, 0),
            (BUILD_SLICE, 2),
            (RETURN_VALUE, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, SLICE_SUBSCR);
        assert_eq!(code[2].0, SLICE_SUBSCR);
        assert_eq!(code[4].0, BUILD_SLICE);
    }

    #[test]
    fn tests_before_conditional_jumps_quicken() {
        let mut code = vec![
            (LOAD_FAST, 0),
            (LOAD_CONST, 0),
            (IS_OP, 1),
            (POP_JUMP_IF_FALSE, 0),
            (LOAD_CONST, 0),
            (IS_OP, 0),
            (RETURN_VALUE, 0),
            (IS_OP, 0),
            (POP_JUMP_IF_TRUE, 0),
            (CONTAINS_OP, 1),
            (POP_JUMP_IF_FALSE, 0),
            (CONTAINS_OP, 0),
            (UNARY_NOT, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_FAST_LOAD_CONST);
        assert_eq!(code[1].0, LOAD_CONST_IS_OP_JUMP);
        assert_eq!(code[2].0, IS_OP_JUMP);
        assert_eq!(code[4].0, LOAD_CONST);
        assert_eq!(code[5].0, IS_OP);
        assert_eq!(code[7].0, IS_OP_JUMP);
        assert_eq!(code[9].0, CONTAINS_OP_JUMP);
        assert_eq!(code[11].0, CONTAINS_OP);
    }

    #[test]
    fn loop_item_store_quickens() {
        let mut code = vec![
            (FOR_ITER, 2),
            (STORE_FAST, 0),
            (JUMP_ABSOLUTE, 0),
            (FOR_ITER, 2),
            (UNPACK_SEQUENCE, 2),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, FOR_ITER_STORE_FAST);
        assert_eq!(code[1].0, STORE_FAST);
        assert_eq!(code[3].0, FOR_ITER);
    }

    #[test]
    fn returns_of_a_constant_or_local_quicken() {
        let mut code = vec![
            (LOAD_CONST, 0),
            (RETURN_VALUE, 0),
            (LOAD_FAST, 0),
            (RETURN_VALUE, 0),
            (LOAD_CONST, 0),
            (POP_TOP, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, LOAD_CONST_RETURN_VALUE);
        assert_eq!(code[1].0, RETURN_VALUE);
        assert_eq!(code[2].0, LOAD_FAST_RETURN_VALUE);
        assert_eq!(code[4].0, LOAD_CONST);
    }

    #[test]
    fn cell_operands_become_slots() {
        let mut code = vec![
            (LOAD_CLOSURE, 0),
            (LOAD_DEREF, 1),
            (STORE_DEREF, 2),
            (DELETE_DEREF, 0),
            (LOAD_CLASSDEREF, 1),
            (LOAD_FAST, 1),
        ];
        quicken_cells(&mut code, 3);
        assert_eq!(code[0], (LOAD_CLOSURE_SLOT, 3));
        assert_eq!(code[1], (LOAD_DEREF_SLOT, 4));
        assert_eq!(code[2], (STORE_DEREF_SLOT, 5));
        assert_eq!(code[3], (DELETE_DEREF, 0));
        assert_eq!(code[4], (LOAD_CLASSDEREF, 1));
        assert_eq!(code[5], (LOAD_FAST, 1));
    }

    #[test]
    fn augmented_subscripts_quicken() {
        let mut code = vec![
            (DUP_TOP_TWO, 0),
            (BINARY_SUBSCR, 0),
            (INPLACE_ADD, 0),
            (ROT_THREE, 0),
            (STORE_SUBSCR, 0),
            (ROT_THREE, 0),
            (ROT_TWO, 0),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, DUP_TOP_TWO_SUBSCR);
        assert_eq!(code[3].0, ROT_THREE_STORE_SUBSCR);
        assert_eq!(code[5].0, ROT_THREE);
    }

    #[test]
    fn genexpr_call_quickens() {
        let mut code = vec![
            (MAKE_FUNCTION, 8),
            (LOAD_FAST, 0),
            (GET_ITER, 0),
            (CALL_FUNCTION, 1),
            (MAKE_FUNCTION, 1),
            (LOAD_FAST, 0),
            (GET_ITER, 0),
            (CALL_FUNCTION, 1),
            (MAKE_FUNCTION, 0),
            (LOAD_GLOBAL, 0),
            (GET_ITER, 0),
            (CALL_FUNCTION, 1),
            (MAKE_FUNCTION, 0),
            (LOAD_FAST, 0),
            (GET_ITER, 0),
            (CALL_FUNCTION, 2),
        ];
        quicken(&mut code);
        assert_eq!(code[0].0, MAKE_GENEXPR);
        assert_eq!(code[1].0, LOAD_FAST);
        assert_eq!(code[4].0, MAKE_FUNCTION);
        assert_eq!(code[8].0, MAKE_FUNCTION);
        assert_eq!(code[12].0, MAKE_FUNCTION);
    }
}
