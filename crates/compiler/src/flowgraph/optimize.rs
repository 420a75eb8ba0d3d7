//! Peephole and control-flow clean-up on the block graph. Counterpart of `optimize_cfg`,
//! `optimize_basic_block`, `clean_basic_block`, `extend_block`, `mark_reachable`,
//! `duplicate_exits_without_lineno` and `propagate_line_numbers` in CPython 3.10's
//! `Python/compile.c`. These passes change the listing (which jumps survive, where `NOP`s
//! stay for line numbers), so they follow 3.10 step by step.

use gilpy_bytecode::{Constant, Opcode};

use super::{BlockId, Cfg, Instr, Loc, is_block_push, is_unconditional_jump};
use crate::consts::{const_key, truthy};

/// Blocks at most this long that end in a return or raise are copied rather than jumped to.
const MAX_COPY_SIZE: usize = 4;

/// Mark exit and no-fallthrough blocks, and point jumps past empty blocks.
pub(super) fn normalize_blocks(cfg: &mut Cfg) {
    for b in (0..cfg.blocks.len()).rev() {
        let n = cfg.blocks[b].instrs.len();
        for i in 0..n {
            let op = cfg.blocks[b].instrs[i].op;
            match op {
                Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE => {
                    cfg.blocks[b].exit = true;
                    cfg.blocks[b].nofallthrough = true;
                }
                Opcode::JUMP_ABSOLUTE
                | Opcode::JUMP_FORWARD
                | Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::JUMP_IF_FALSE_OR_POP
                | Opcode::JUMP_IF_TRUE_OR_POP
                | Opcode::FOR_ITER => {
                    if is_unconditional_jump(op) {
                        cfg.blocks[b].nofallthrough = true;
                    }
                    retarget_past_empty(cfg, b, i);
                }
                _ => {}
            }
        }
    }
}

fn retarget_past_empty(cfg: &mut Cfg, b: BlockId, i: usize) {
    if let Some(t) = cfg.blocks[b].instrs[i].target {
        let t = cfg.skip_empty(t);
        cfg.blocks[b].instrs[i].target = Some(t);
    }
}

/// If `b` ends with an unconditional jump to a short exit block, copy that block in place
/// of the jump.
pub(super) fn extend_block(cfg: &mut Cfg, b: BlockId) {
    let Some(last) = cfg.last_instr(b) else {
        return;
    };
    if !is_unconditional_jump(last.op) {
        return;
    }
    let Some(target) = last.target else { return };
    let to_copy = &cfg.blocks[target];
    if !to_copy.exit || to_copy.instrs.len() > MAX_COPY_SIZE {
        return;
    }
    let copied = to_copy.instrs.clone();
    let block = &mut cfg.blocks[b];
    if let Some(last) = block.instrs.last_mut() {
        last.op = Opcode::NOP;
    }
    block.instrs.extend(copied);
    block.exit = true;
}

pub(super) fn optimize_cfg(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    let layout = cfg.layout();
    for &b in &layout {
        optimize_basic_block(cfg, b, consts);
        clean_basic_block(cfg, b, -1);
    }
    for b in (0..cfg.blocks.len()).rev() {
        extend_block(cfg, b);
    }
    mark_reachable(cfg);
    for &b in &cfg.layout() {
        if cfg.blocks[b].predecessors == 0 {
            cfg.blocks[b].instrs.clear();
            cfg.blocks[b].nofallthrough = false;
        }
    }
    let mut pred: Option<BlockId> = None;
    for b in cfg.layout() {
        let prev_lineno = pred
            .and_then(|p| cfg.last_instr(p))
            .map_or(-1, |i| i.loc.line);
        clean_basic_block(cfg, b, prev_lineno);
        pred = if cfg.blocks[b].nofallthrough {
            None
        } else {
            Some(b)
        };
    }
    eliminate_empty_basic_blocks(cfg);
    remove_redundant_jumps(cfg);
}

/// Delete a jump to the block that follows anyway.
fn remove_redundant_jumps(cfg: &mut Cfg) {
    let mut maybe_empty = false;
    for b in cfg.layout() {
        let next = cfg.blocks[b].next;
        let Some(last) = cfg.blocks[b].instrs.last_mut() else {
            continue;
        };
        if is_unconditional_jump(last.op) && last.target == next {
            last.op = Opcode::NOP;
            cfg.blocks[b].nofallthrough = false;
            clean_basic_block(cfg, b, -1);
            maybe_empty = true;
        }
    }
    if maybe_empty {
        eliminate_empty_basic_blocks(cfg);
    }
}

fn optimize_basic_block(cfg: &mut Cfg, b: BlockId, consts: &mut Vec<Constant>) {
    let mut i = 0;
    while i < cfg.blocks[b].instrs.len() {
        if cfg.blocks[b].instrs[i].is_jump() {
            retarget_past_empty(cfg, b, i);
        }
        let retry = optimize_instr(cfg, b, i, consts);
        if !retry {
            i += 1;
        }
    }
}

/// One peephole step at instruction `i`; true when the instruction changed and must be
/// looked at again.
fn optimize_instr(cfg: &mut Cfg, b: BlockId, i: usize, consts: &mut Vec<Constant>) -> bool {
    let inst = cfg.blocks[b].instrs[i].clone();
    let next_op = cfg.blocks[b].instrs.get(i + 1).map(|n| n.op);
    let target = inst.target.and_then(|t| cfg.first_instr(t)).cloned();
    match inst.op {
        Opcode::LOAD_CONST => fold_const_jump(cfg, b, i, next_op, consts),
        Opcode::BUILD_TUPLE => {
            let block = &mut cfg.blocks[b];
            let n = inst.arg as usize;
            if next_op == Some(Opcode::UNPACK_SEQUENCE) && block.instrs[i + 1].arg == inst.arg {
                let ops = match n {
                    1 => Some((Opcode::NOP, Opcode::NOP)),
                    2 => Some((Opcode::ROT_TWO, Opcode::NOP)),
                    3 => Some((Opcode::ROT_THREE, Opcode::ROT_TWO)),
                    _ => None,
                };
                if let Some((first, second)) = ops {
                    block.instrs[i].op = first;
                    block.instrs[i + 1].op = second;
                }
            } else if i >= n {
                fold_tuple_on_constants(&mut block.instrs[i - n..=i], consts);
            }
            false
        }
        Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
            thread_or_pop_jump(cfg, b, i, &inst, target)
        }
        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
            let Some(t) = target else { return false };
            if is_unconditional_jump(t.op) && inst.loc.line == t.loc.line {
                cfg.blocks[b].instrs[i].target = t.target;
                return inst.target != t.target;
            }
            false
        }
        Opcode::JUMP_ABSOLUTE | Opcode::JUMP_FORWARD => {
            let threadable = |t: &Instr| is_unconditional_jump(t.op) && t.loc.line == inst.loc.line;
            if let Some(t) = target.filter(threadable) {
                eliminate_jump_to_jump(cfg, b, &inst, &t);
            }
            false
        }
        Opcode::ROT_N => {
            let n = inst.arg as usize;
            let op = match n {
                0 | 1 => Opcode::NOP,
                2 => Opcode::ROT_TWO,
                3 => Opcode::ROT_THREE,
                4 => Opcode::ROT_FOUR,
                _ => Opcode::ROT_N,
            };
            let instrs = &mut cfg.blocks[b].instrs;
            instrs[i].op = op;
            if n > 1 && i + 1 >= n {
                fold_rotations(&mut instrs[i + 1 - n..=i], n);
            }
            false
        }
        _ => false,
    }
}

/// `LOAD_CONST c; POP_JUMP_IF_*` becomes an unconditional jump or nothing.
fn fold_const_jump(
    cfg: &mut Cfg,
    b: BlockId,
    i: usize,
    next_op: Option<Opcode>,
    consts: &[Constant],
) -> bool {
    let block = &mut cfg.blocks[b];
    let Some(next_op) = next_op else { return false };
    let Some(value) = consts.get(block.instrs[i].arg as usize) else {
        return false;
    };
    let is_true = truthy(value);
    match next_op {
        Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
            block.instrs[i].op = Opcode::NOP;
            if is_true == (next_op == Opcode::POP_JUMP_IF_TRUE) {
                block.instrs[i + 1].op = Opcode::JUMP_ABSOLUTE;
                block.nofallthrough = true;
            } else {
                block.instrs[i + 1].op = Opcode::NOP;
            }
        }
        Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
            if is_true == (next_op == Opcode::JUMP_IF_TRUE_OR_POP) {
                block.instrs[i + 1].op = Opcode::JUMP_ABSOLUTE;
                block.nofallthrough = true;
            } else {
                block.instrs[i].op = Opcode::NOP;
                block.instrs[i + 1].op = Opcode::NOP;
            }
        }
        _ => {}
    }
    false
}

/// Thread `JUMP_IF_X_OR_POP` through the jump or test it lands on.
fn thread_or_pop_jump(
    cfg: &mut Cfg,
    b: BlockId,
    i: usize,
    inst: &Instr,
    target: Option<Instr>,
) -> bool {
    let Some(t) = target else { return false };
    if inst.loc.line != t.loc.line {
        return false;
    }
    let (same_pop, same_keep, opposite, pop_form) = if inst.op == Opcode::JUMP_IF_FALSE_OR_POP {
        (
            Opcode::POP_JUMP_IF_FALSE,
            Opcode::JUMP_IF_FALSE_OR_POP,
            Opcode::JUMP_IF_TRUE_OR_POP,
            Opcode::POP_JUMP_IF_FALSE,
        )
    } else {
        (
            Opcode::POP_JUMP_IF_TRUE,
            Opcode::JUMP_IF_TRUE_OR_POP,
            Opcode::JUMP_IF_FALSE_OR_POP,
            Opcode::POP_JUMP_IF_TRUE,
        )
    };
    let slot = &mut cfg.blocks[b].instrs[i];
    if t.op == same_pop {
        *slot = t;
        true
    } else if is_unconditional_jump(t.op) || t.op == same_keep {
        if inst.target != t.target {
            slot.target = t.target;
            return true;
        }
        false
    } else if t.op == opposite {
        let after = inst.target.and_then(|tb| cfg.blocks[tb].next);
        let slot = &mut cfg.blocks[b].instrs[i];
        slot.op = pop_form;
        slot.target = after;
        true
    } else {
        false
    }
}

/// A jump to a jump becomes a jump to the final target (keeping a `NOP` for the line).
fn eliminate_jump_to_jump(cfg: &mut Cfg, b: BlockId, inst: &Instr, t: &Instr) {
    if inst.target == t.target {
        return;
    }
    let block = &mut cfg.blocks[b];
    if let Some(last) = block.instrs.last_mut() {
        last.op = Opcode::NOP;
    }
    block.instrs.push(Instr {
        op: inst.op,
        arg: 0,
        target: t.target,
        loc: t.loc,
    });
}

/// `n` rotations of the top `n` items in a row leave the stack as it was: drop them.
fn fold_rotations(instrs: &mut [Instr], n: usize) {
    let size = |i: &Instr| match i.op {
        Opcode::ROT_N => Some(i.arg as usize),
        Opcode::ROT_FOUR => Some(4),
        Opcode::ROT_THREE => Some(3),
        Opcode::ROT_TWO => Some(2),
        _ => None,
    };
    if instrs.iter().all(|i| size(i) == Some(n)) {
        for inst in instrs {
            inst.op = Opcode::NOP;
        }
    }
}

/// Replace `LOAD_CONST`s followed by `BUILD_TUPLE n` with one `LOAD_CONST` of the tuple.
fn fold_tuple_on_constants(instrs: &mut [Instr], consts: &mut Vec<Constant>) {
    let n = instrs.len() - 1;
    if instrs[..n].iter().any(|i| i.op != Opcode::LOAD_CONST) {
        return;
    }
    let items: Option<Vec<Constant>> = instrs[..n]
        .iter()
        .map(|i| consts.get(i.arg as usize).cloned())
        .collect();
    let Some(items) = items else { return };
    let tuple = Constant::Tuple(items);
    let key = const_key(&tuple);
    let index = match consts
        .iter()
        .enumerate()
        .position(|(_, c)| const_key(c) == key)
    {
        Some(index) => index,
        None => {
            consts.push(tuple);
            consts.len() - 1
        }
    };
    for inst in &mut instrs[..n] {
        inst.op = Opcode::NOP;
    }
    instrs[n].op = Opcode::LOAD_CONST;
    instrs[n].arg = index as u32;
}

/// Remove `NOP`s whose line number is not needed.
pub(super) fn clean_basic_block(cfg: &mut Cfg, b: BlockId, mut prev_lineno: i32) {
    // Only a trailing NOP needs the next block's first line: the walk over empty blocks is
    // skipped otherwise, so long runs of empty blocks do not make this quadratic.
    let next_first_line = if cfg.last_instr(b).is_some_and(|i| i.op == Opcode::NOP) {
        let mut next = cfg.blocks[b].next;
        while let Some(n) = next {
            if !cfg.blocks[n].instrs.is_empty() {
                break;
            }
            next = cfg.blocks[n].next;
        }
        next.and_then(|n| cfg.first_instr(n)).map(|i| i.loc.line)
    } else {
        None
    };
    let instrs = std::mem::take(&mut cfg.blocks[b].instrs);
    let mut kept: Vec<Instr> = Vec::with_capacity(instrs.len());
    let mut src = instrs.into_iter().peekable();
    while let Some(inst) = src.next() {
        let lineno = inst.loc.line;
        if inst.op == Opcode::NOP {
            if lineno < 0 || prev_lineno == lineno {
                continue;
            }
            if let Some(next) = src.peek_mut() {
                if next.loc.line < 0 || next.loc.line == lineno {
                    next.loc = inst.loc;
                    continue;
                }
            } else if next_first_line == Some(lineno) {
                continue;
            }
        }
        prev_lineno = lineno;
        kept.push(inst);
    }
    cfg.blocks[b].instrs = kept;
}

fn mark_reachable(cfg: &mut Cfg) {
    for block in &mut cfg.blocks {
        block.predecessors = 0;
    }
    let mut stack = vec![0];
    cfg.blocks[0].predecessors = 1;
    while let Some(b) = stack.pop() {
        if let Some(next) = cfg.blocks[b].next.filter(|_| !cfg.blocks[b].nofallthrough) {
            if cfg.blocks[next].predecessors == 0 {
                stack.push(next);
            }
            cfg.blocks[next].predecessors += 1;
        }
        let targets: Vec<BlockId> = cfg.blocks[b]
            .instrs
            .iter()
            .filter(|i| i.is_jump() || is_block_push(i.op))
            .filter_map(|i| i.target)
            .collect();
        for t in targets {
            if cfg.blocks[t].predecessors == 0 {
                stack.push(t);
            }
            cfg.blocks[t].predecessors += 1;
        }
    }
}

fn eliminate_empty_basic_blocks(cfg: &mut Cfg) {
    // Backwards, so each walk meets chains of empty blocks already shortened (linear, not
    // quadratic, in a run of empty blocks); every block still ends up pointing at the same one.
    for b in cfg.layout().into_iter().rev() {
        if let Some(mut next) = cfg.blocks[b].next {
            while cfg.blocks[next].instrs.is_empty() {
                match cfg.blocks[next].next {
                    Some(n) => next = n,
                    None => break,
                }
            }
            cfg.blocks[b].next = Some(next);
        }
    }
    for b in cfg.layout() {
        let Some(last) = cfg.blocks[b].instrs.last() else {
            continue;
        };
        if let (true, Some(t)) = (last.is_jump(), last.target) {
            let t = cfg.skip_empty(t);
            if let Some(last) = cfg.blocks[b].instrs.last_mut() {
                last.target = Some(t);
            }
        }
    }
}

fn is_exit_without_lineno(cfg: &Cfg, b: BlockId) -> bool {
    cfg.blocks[b].exit && cfg.first_instr(b).is_some_and(|i| i.loc.line < 0)
}

/// Last instruction of `b` if it is a real jump (not a block push).
fn jump_at_end(cfg: &Cfg, b: BlockId) -> Option<(BlockId, Loc)> {
    let last = cfg.last_instr(b)?;
    if !last.is_jump() || is_block_push(last.op) {
        return None;
    }
    Some((last.target?, last.loc))
}

/// Give every jump to a line-less exit block its own copy, so each gets a line number.
pub(super) fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    for b in (0..cfg.blocks.len()).rev() {
        let Some((target, loc)) = jump_at_end(cfg, b) else {
            continue;
        };
        if !is_exit_without_lineno(cfg, target) || cfg.blocks[target].predecessors <= 1 {
            continue;
        }
        let mut copy = cfg.blocks[target].clone();
        copy.instrs[0].loc.line = loc.line;
        copy.predecessors = 1;
        copy.nofallthrough = true;
        copy.next = cfg.blocks[target].next;
        cfg.blocks.push(copy);
        let new_id = cfg.blocks.len() - 1;
        cfg.blocks[target].predecessors -= 1;
        cfg.blocks[target].next = Some(new_id);
        if let Some(last) = cfg.blocks[b].instrs.last_mut() {
            last.target = Some(new_id);
        }
    }
    for b in 0..cfg.blocks.len() {
        while let Some(n) = cfg.blocks[b]
            .next
            .filter(|&n| cfg.blocks[n].instrs.is_empty())
        {
            cfg.blocks[b].next = cfg.blocks[n].next;
        }
    }
    for b in 0..cfg.blocks.len() {
        let block = &cfg.blocks[b];
        let (Some(next), Some(last)) = (block.next, block.instrs.last()) else {
            continue;
        };
        if !block.nofallthrough && is_exit_without_lineno(cfg, next) {
            let line = last.loc.line;
            cfg.blocks[next].instrs[0].loc.line = line;
        }
    }
}

/// Drop trailing constants no instruction loads (the first, a docstring slot, stays).
pub(super) fn trim_unused_consts(cfg: &Cfg, consts: &mut Vec<Constant>) {
    let max_index = cfg
        .layout()
        .iter()
        .flat_map(|&b| cfg.blocks[b].instrs.iter())
        .filter(|i| i.op == Opcode::LOAD_CONST)
        .map(|i| i.arg as usize)
        .max()
        .unwrap_or(0);
    consts.truncate(max_index + 1);
}

/// Give artificial instructions the line of what runs before them.
pub(super) fn propagate_line_numbers(cfg: &mut Cfg) {
    for b in cfg.layout() {
        if cfg.blocks[b].instrs.is_empty() {
            continue;
        }
        let mut prev: Option<Loc> = None;
        for inst in &mut cfg.blocks[b].instrs {
            if inst.loc.line < 0 {
                inst.loc = prev.unwrap_or(Loc::NONE);
            } else {
                prev = Some(inst.loc);
            }
        }
        let prev = prev.unwrap_or(Loc::NONE);
        if let Some(next) = cfg.blocks[b].next.filter(|_| !cfg.blocks[b].nofallthrough)
            && cfg.blocks[next].predecessors == 1
        {
            set_first_loc_if_missing(cfg, next, prev);
        }
        if let Some((target, _)) = jump_at_end(cfg, b)
            && cfg.blocks[target].predecessors == 1
        {
            set_first_loc_if_missing(cfg, target, prev);
        }
    }
}

fn set_first_loc_if_missing(cfg: &mut Cfg, b: BlockId, loc: Loc) {
    if let Some(first) = cfg.blocks[b].instrs.first_mut()
        && first.loc.line < 0
    {
        first.loc = loc;
    }
}

/// A return with no line (falling off the end) takes the line of the code before it.
pub(super) fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: i32) {
    let mut loc = Loc {
        line: firstlineno,
        end_line: firstlineno,
        col: -1,
        end_col: -1,
    };
    for b in cfg.layout() {
        let Some(last) = cfg.blocks[b].instrs.last() else {
            continue;
        };
        if last.loc.line < 0 {
            if last.op == Opcode::RETURN_VALUE {
                for inst in &mut cfg.blocks[b].instrs {
                    inst.loc = loc;
                }
            }
        } else {
            loc = last.loc;
        }
    }
}
