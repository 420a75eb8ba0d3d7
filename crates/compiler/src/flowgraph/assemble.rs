//! From block graph to wordcode: the clean-up passes in 3.10's order, the stack depth, jump
//! offsets (growing `EXTENDED_ARG` prefixes until they settle) and the position table.
//! Counterpart of `assemble`, `stackdepth` and `assemble_jump_offsets` in CPython 3.10's
//! `Python/compile.c`.

use gilpy_bytecode::{ArgKind, Constant, Opcode, Position};

use super::optimize::{
    duplicate_exits_without_lineno, extend_block, guarantee_lineno_for_exits, normalize_blocks,
    optimize_cfg, propagate_line_numbers, trim_unused_consts,
};
use super::{BlockId, Cfg, Instr, Loc, is_unconditional_jump};

/// The finished pieces of a code object.
pub(crate) struct Assembled {
    pub code: Vec<u8>,
    pub positions: Vec<Position>,
    pub stacksize: u32,
    pub consts: Vec<Constant>,
    pub firstlineno: u32,
}

/// Assemble `cfg`. `gen_start` is the `GEN_START` operand for generators and coroutines.
pub(crate) fn assemble(
    mut cfg: Cfg,
    mut consts: Vec<Constant>,
    firstlineno: u32,
    gen_start: Option<u32>,
) -> Assembled {
    normalize_blocks(&mut cfg);
    for b in (0..cfg.blocks.len()).rev() {
        extend_block(&mut cfg, b);
    }
    let firstlineno = if firstlineno == 0 {
        cfg.first_instr(0).map_or(1, |i| i.loc.line.max(1) as u32)
    } else {
        firstlineno
    };
    if let Some(kind) = gen_start {
        let prefix = Instr {
            op: Opcode::GEN_START,
            arg: kind,
            target: None,
            loc: Loc::NONE,
        };
        cfg.blocks[0].instrs.insert(0, prefix);
    }
    optimize_cfg(&mut cfg, &mut consts);
    duplicate_exits_without_lineno(&mut cfg);
    trim_unused_consts(&cfg, &mut consts);
    propagate_line_numbers(&mut cfg);
    guarantee_lineno_for_exits(&mut cfg, firstlineno as i32);
    let stacksize = stackdepth(&cfg, i32::from(gen_start.is_some()));
    normalize_jumps(&mut cfg);
    resolve_jumps(&mut cfg);
    let (code, positions) = emit(&cfg, firstlineno);
    Assembled {
        code,
        positions,
        stacksize,
        consts,
        firstlineno,
    }
}

fn stackdepth(cfg: &Cfg, entry_depth: i32) -> u32 {
    let mut startdepth: Vec<Option<i32>> = vec![None; cfg.blocks.len()];
    let mut stack: Vec<BlockId> = Vec::new();
    let push = |stack: &mut Vec<BlockId>, b: BlockId, depth: i32, start: &mut [Option<i32>]| {
        if start[b].is_none_or(|d| d < depth) {
            start[b] = Some(depth);
            stack.push(b);
        }
    };
    push(&mut stack, 0, entry_depth, &mut startdepth);
    let mut maxdepth = 0;
    while let Some(b) = stack.pop() {
        let mut depth = startdepth[b].unwrap_or(0);
        let mut next = cfg.blocks[b].next;
        for inst in &cfg.blocks[b].instrs {
            let new_depth = depth + inst.op.stack_effect(inst.arg, false);
            maxdepth = maxdepth.max(new_depth);
            if let (true, Some(t)) = (inst.is_jump(), inst.target) {
                let target_depth = depth + inst.op.stack_effect(inst.arg, true);
                maxdepth = maxdepth.max(target_depth);
                push(&mut stack, t, target_depth, &mut startdepth);
            }
            depth = new_depth;
            if is_unconditional_jump(inst.op)
                || matches!(
                    inst.op,
                    Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE
                )
            {
                next = None;
                break;
            }
        }
        if let Some(n) = next {
            push(&mut stack, n, depth, &mut startdepth);
        }
    }
    maxdepth.max(0) as u32
}

/// Code units an instruction takes with its `EXTENDED_ARG` prefixes.
fn instr_size(arg: u32) -> u32 {
    match arg {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

/// Unconditional jumps go forward as `JUMP_FORWARD` and backward as `JUMP_ABSOLUTE`,
/// whichever the code generator chose.
fn normalize_jumps(cfg: &mut Cfg) {
    let layout = cfg.layout();
    let mut seen = vec![false; cfg.blocks.len()];
    for &b in &layout {
        seen[b] = true;
        for inst in &mut cfg.blocks[b].instrs {
            let Some(t) = inst.target else { continue };
            match inst.op {
                Opcode::JUMP_ABSOLUTE if !seen[t] => inst.op = Opcode::JUMP_FORWARD,
                Opcode::JUMP_FORWARD if seen[t] => inst.op = Opcode::JUMP_ABSOLUTE,
                _ => {}
            }
        }
    }
}

/// Turn block targets into operands, repeating while operand widths change.
fn resolve_jumps(cfg: &mut Cfg) {
    let layout = cfg.layout();
    loop {
        let mut total = 0;
        for &b in &layout {
            cfg.blocks[b].offset = total;
            total += cfg.blocks[b]
                .instrs
                .iter()
                .map(|i| instr_size(i.arg))
                .sum::<u32>();
        }
        let mut changed = false;
        for &b in &layout {
            let mut offset = cfg.blocks[b].offset;
            for idx in 0..cfg.blocks[b].instrs.len() {
                let inst = &cfg.blocks[b].instrs[idx];
                let size = instr_size(inst.arg);
                offset += size;
                let (true, Some(t)) = (inst.is_jump(), inst.target) else {
                    continue;
                };
                let target = cfg.blocks[t].offset;
                let arg = if inst.op.arg_kind() == ArgKind::JumpRel {
                    target.saturating_sub(offset)
                } else {
                    target
                };
                if instr_size(arg) != size {
                    changed = true;
                }
                cfg.blocks[b].instrs[idx].arg = arg;
            }
        }
        if !changed {
            break;
        }
    }
}

fn position(loc: Loc) -> Position {
    if loc.line < 0 {
        return Position::default();
    }
    let nonneg = |v: i32| v.max(0) as u32;
    Position {
        line: nonneg(loc.line),
        end_line: nonneg(loc.end_line),
        col: nonneg(loc.col),
        end_col: nonneg(loc.end_col),
    }
}

/// Wordcode and one position per code unit; an instruction on line 0 takes the position of
/// the one before it (the first line for the first).
fn emit(cfg: &Cfg, firstlineno: u32) -> (Vec<u8>, Vec<Position>) {
    let mut code = Vec::new();
    let mut positions = Vec::new();
    let mut current = Position {
        line: firstlineno,
        end_line: firstlineno,
        col: 0,
        end_col: 0,
    };
    for b in cfg.layout() {
        for inst in &cfg.blocks[b].instrs {
            let size = instr_size(inst.arg);
            if inst.loc.line != 0 {
                current = position(inst.loc);
            }
            let pos = current;
            for shift in (1..size).rev() {
                code.push(Opcode::EXTENDED_ARG as u8);
                code.push((inst.arg >> (8 * shift)) as u8);
                positions.push(pos);
            }
            code.push(inst.op as u8);
            code.push(inst.arg as u8);
            positions.push(pos);
        }
    }
    (code, positions)
}
