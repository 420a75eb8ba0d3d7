//! Execution frames: fast locals, cells, the value stack and the 3.10 block stack.
//! Counterpart of CPython 3.10's `Objects/frameobject.c`.

use crate::object::{Payload, Value};
use crate::objects::function::Code;
use std::cell::RefCell;

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

/// Buffers of finished frames, kept for the next calls (`Frame::recycle`).
type Buffers = (Vec<Option<Value>>, Vec<Value>);

/// At most this many buffer pairs are kept per thread (deeper recursion allocates).
const POOL_SIZE: usize = 64;
/// Buffers that grew past this many slots go back to the allocator.
const POOL_MAX_SLOTS: usize = 256;

thread_local! {
    /// Empty `fast`/`stack` buffers of finished frames: a call reuses them instead of two
    /// allocations and two frees.
    static POOL: RefCell<Vec<Buffers>> = const { RefCell::new(Vec::new()) };
}

/// Empty buffers from the pool, or new ones.
#[inline]
fn take_buffers() -> Buffers {
    POOL.try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
        .ok()
        .flatten()
        .unwrap_or_default()
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
        let (mut fast, mut stack) = take_buffers();
        fast.resize(nfast, None);
        stack.reserve(depth);
        Frame {
            code,
            globals,
            builtins,
            locals,
            fast,
            stack,
            blocks: Vec::new(),
            next: 0,
            lasti: 0,
        }
    }

    /// Release the frame's locals and stack, and keep its buffers for the next call.
    pub fn recycle(mut self) {
        self.fast.clear();
        self.stack.clear();
        if self.fast.capacity() > POOL_MAX_SLOTS || self.stack.capacity() > POOL_MAX_SLOTS {
            return;
        }
        let buffers = (
            std::mem::take(&mut self.fast),
            std::mem::take(&mut self.stack),
        );
        let _ = POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut()
                && p.len() < POOL_SIZE
            {
                p.push(buffers);
            }
        });
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
