//! Execution frames: fast locals, cells, the value stack and the 3.10 block stack.
//! Counterpart of CPython 3.10's `Objects/frameobject.c`.

use crate::object::{Payload, Value};
use crate::objects::function::Code;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `SETUP_FINALLY`/`SETUP_WITH`: on an exception, jump to `handler`.
    Finally,
    /// Pushed when a handler starts; popped by `POP_EXCEPT`.
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: usize,
    /// Stack depth to unwind to.
    pub level: usize,
}

pub struct Frame {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of module and class bodies (`None` for optimized function frames).
    pub locals: Option<Value>,
    /// `co_varnames` slots, then one cell object per cellvar and freevar.
    pub fast: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    /// Index of the next instruction.
    pub next: usize,
    /// Index of the instruction being executed (for tracebacks and line numbers).
    pub lasti: usize,
}

impl Frame {
    pub fn new(code: Value, globals: Value, builtins: Value, locals: Option<Value>) -> Frame {
        let (nfast, depth) = match code.payload() {
            Some(Payload::Code(c)) => (
                c.varnames.len() + c.cell_free.len(),
                c.co.stacksize as usize,
            ),
            _ => (0, 0),
        };
        Frame {
            code,
            globals,
            builtins,
            locals,
            fast: vec![None; nfast],
            stack: Vec::with_capacity(depth),
            blocks: Vec::new(),
            next: 0,
            lasti: 0,
        }
    }

    #[inline(always)]
    pub fn code(&self) -> &Code {
        match self.code.payload() {
            Some(Payload::Code(c)) => c,
            _ => unreachable!("frame without a code object"),
        }
    }

    /// The line being executed.
    pub fn line(&self) -> u32 {
        self.code()
            .co
            .line_of(self.lasti)
            .unwrap_or(self.code().co.firstlineno)
    }
}
