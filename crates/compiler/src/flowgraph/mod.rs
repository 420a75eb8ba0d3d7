//! Basic blocks of instructions with symbolic jump targets, as the code generator emits them.
//! Counterpart of `basicblock` and `struct instr` in CPython 3.10's `Python/compile.c`;
//! `optimize` and `assemble` turn a graph into wordcode.

mod assemble;
mod optimize;

pub(crate) use assemble::assemble;

use gilpy_bytecode::Opcode;

/// Index of a block in `Cfg::blocks`; blocks are numbered in creation order.
pub(crate) type BlockId = usize;

/// Source location of an instruction; `line` is -1 for an artificial instruction whose line
/// is filled in later from its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Loc {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Loc {
    pub(crate) const NONE: Loc = Loc {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };
    /// Line 0: the instruction shares the line of whatever was emitted before it (3.10 gives
    /// a lambda's own instructions line 0, and its line table skips them).
    pub(crate) const INHERIT: Loc = Loc {
        line: 0,
        end_line: 0,
        col: 0,
        end_col: 0,
    };
}

#[derive(Clone, Debug)]
pub(crate) struct Instr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<BlockId>,
    pub loc: Loc,
}

impl Instr {
    pub(crate) fn is_jump(&self) -> bool {
        self.op.is_jump()
    }
}

fn is_block_push(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::SETUP_FINALLY | Opcode::SETUP_WITH | Opcode::SETUP_ASYNC_WITH
    )
}

fn is_unconditional_jump(op: Opcode) -> bool {
    matches!(op, Opcode::JUMP_ABSOLUTE | Opcode::JUMP_FORWARD)
}

#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<Instr>,
    /// The block laid out after this one (`b_next`).
    pub next: Option<BlockId>,
    /// Ends in a return or raise (`b_exit`).
    pub exit: bool,
    /// Control never falls through to `next` (`b_nofallthrough`).
    pub nofallthrough: bool,
    /// A `RETURN_VALUE` was emitted into it (`b_return`).
    pub returns: bool,
    predecessors: u32,
    offset: u32,
}

/// The blocks of one code unit; block 0 is the entry.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
}

impl Cfg {
    pub(crate) fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// The blocks in layout order, following `next` from the entry.
    fn layout(&self) -> Vec<BlockId> {
        let mut order = Vec::new();
        let mut b = Some(0);
        while let Some(id) = b {
            order.push(id);
            b = self.blocks[id].next;
        }
        order
    }

    fn first_instr(&self, b: BlockId) -> Option<&Instr> {
        self.blocks[b].instrs.first()
    }

    fn last_instr(&self, b: BlockId) -> Option<&Instr> {
        self.blocks[b].instrs.last()
    }

    /// The first non-empty block from `b` on in layout order.
    fn skip_empty(&self, mut b: BlockId) -> BlockId {
        while self.blocks[b].instrs.is_empty() {
            match self.blocks[b].next {
                Some(n) => b = n,
                None => break,
            }
        }
        b
    }
}
