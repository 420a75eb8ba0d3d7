//! Execution frames: fast locals, cells, the value stack and the 3.10 block stack.
//! Counterpart of CPython 3.10's `Objects/frameobject.c`.

use crate::object::{Payload, Value};
use crate::objects::function::Code;
use crate::vm::Vm;

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

/// `repr(C)`, the value stack first: the loop's most used field lies at the frame's own
/// address. The field order moves `execute`'s instruction counts by 1-2% either way from one
/// merge to the next (register allocation, docs/performance.md, "Ninth session, calls").
#[repr(C)]
pub struct Frame {
    pub stack: Vec<Value>,
    /// `co_varnames` slots, then one cell object per cellvar and freevar.
    pub fast: Vec<Option<Value>>,
    /// Index of the next instruction.
    pub next: usize,
    pub globals: Value,
    pub builtins: Value,
    pub code: Value,
    /// The locals mapping of module and class bodies (`None` for optimized function frames).
    pub locals: Option<Value>,
    pub blocks: Vec<Block>,
    /// Index of the instruction being executed (for tracebacks and line numbers).
    pub lasti: usize,
}

/// At most this many parked frames are kept per thread (deeper recursion allocates).
const POOL_SIZE: usize = 64;
/// Buffers that grew past this many slots go back to the allocator.
const POOL_MAX_SLOTS: usize = 256;

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

    /// A frame that runs nothing (every field released), kept for `reset`.
    pub fn parked() -> Frame {
        Frame::new(Value::zero(), Value::zero(), Value::zero(), None)
    }

    /// A parked frame from the thread's pool (`Vm::parked_frames`), or a new one.
    #[inline]
    pub fn take_parked(vm: &Vm) -> Box<Frame> {
        let pooled = vm.parked_frames.borrow_mut().pop();
        pooled.unwrap_or_else(|| Box::new(Frame::parked()))
    }

    /// Park `frame` (releasing its references) and keep it in the thread's pool for the next
    /// `take_parked`, unless the pool is full or its buffers grew large.
    #[inline(always)]
    pub fn give_back(vm: &Vm, frame: Box<Frame>) {
        if let Some(frame) = frame.park_to_keep() {
            Frame::keep_parked(vm, frame);
        }
    }

    /// Keep a parked frame (`park`) in the thread's pool, unless the pool is full.
    #[inline(always)]
    pub fn keep_parked(vm: &Vm, frame: Box<Frame>) {
        let mut pool = vm.parked_frames.borrow_mut();
        if pool.len() < POOL_SIZE {
            pool.push(frame);
        }
    }

    /// Park `frame` (releasing its references); `None` (the frame freed) when its buffers grew
    /// too large to keep for a next call.
    #[inline(always)]
    pub fn park_to_keep(mut self: Box<Frame>) -> Option<Box<Frame>> {
        self.park();
        let small =
            self.fast.capacity() <= POOL_MAX_SLOTS && self.stack.capacity() <= POOL_MAX_SLOTS;
        small.then_some(self)
    }

    /// Make a parked frame (`parked`, `park`) the frame of a new call of `code`, reusing its
    /// buffers: the locals pushed since it was parked (bound first arguments) stay, the others
    /// start unbound. No `reserve` for the value stack: a parked frame kept the capacity its
    /// last calls grew it to.
    #[inline(always)]
    pub fn reset(&mut self, code: Value, globals: Value, builtins: Value) {
        let slots = match code.payload() {
            Some(Payload::Code(c)) => c.varnames.len() + c.cell_free.len(),
            _ => 0,
        };
        self.reset_sized(code, slots, globals, builtins);
    }

    /// `reset` for a caller that already read from `code` its number of local slots
    /// (`slots`: its locals, cells and free variables), which is not read again.
    #[inline(always)]
    fn reset_sized(&mut self, code: Value, slots: usize, globals: Value, builtins: Value) {
        // A parked frame's fields hold inline ints (`park`), which own nothing: no release.
        debug_assert!(self.code.as_small().is_some());
        std::mem::forget(std::mem::replace(&mut self.code, code));
        self.reset_uncoded(slots, globals, builtins);
    }

    /// `reset_sized` for a frame that the eval loop runs inline, whose code its call-stack
    /// slot holds (the frame's `code` stays an inline int).
    #[inline(always)]
    fn reset_uncoded(&mut self, slots: usize, globals: Value, builtins: Value) {
        for _ in self.fast.len()..slots {
            self.fast.push(None);
        }
        // A parked frame's fields hold inline ints (`park`), which own nothing: no release.
        debug_assert!(self.globals.as_small().is_some() && self.builtins.as_small().is_some());
        std::mem::forget(std::mem::replace(&mut self.globals, globals));
        std::mem::forget(std::mem::replace(&mut self.builtins, builtins));
        self.next = 0;
        self.lasti = 0;
    }

    /// `reset` for a call that the eval loop runs inline, whose code its call-stack slot holds
    /// (the frame's `code` stays an inline int), and whose arguments are `stack[args_at..]`:
    /// they move into the first locals (leaving `stack`), the other locals start unbound.
    /// `slots` is the code's number of local slots (its locals, cells and free variables).
    #[inline(always)]
    pub fn reset_moving_args(
        &mut self,
        slots: usize,
        globals: Value,
        builtins: Value,
        stack: &mut Vec<Value>,
        args_at: usize,
    ) {
        debug_assert!(self.fast.is_empty());
        match stack.len() - args_at {
            1 => self.fast.push(stack.pop()),
            // A method's `self` and one argument: popped in turn and pushed in order.
            2 => {
                let second = stack.pop();
                let first = stack.pop();
                self.fast.push(first);
                self.fast.push(second);
            }
            n => {
                for _ in 0..n {
                    self.fast.push(None);
                }
                for slot in self.fast.iter_mut().rev() {
                    // The slot was just pushed as None, which owns nothing: no release.
                    std::mem::forget(std::mem::replace(slot, stack.pop()));
                }
            }
        }
        self.reset_uncoded(slots, globals, builtins);
    }

    /// Release the frame's references (locals and stack first, then its code and namespaces)
    /// and keep its buffers for the next `reset`. Its fields then hold inline ints, which own
    /// nothing.
    #[inline(always)]
    pub fn park(&mut self) {
        self.release_run();
        self.locals = None;
    }

    /// `park` for the frame of a function that the eval loop ran inline: no locals mapping to
    /// release, and its code is held by its call-stack slot, not by the frame (its `code` is
    /// an inline int already).
    #[inline(always)]
    pub fn park_inlined(&mut self) {
        debug_assert!(self.locals.is_none() && self.code.as_small().is_some());
        self.release_locals_and_stack();
        self.release_namespaces();
    }

    /// Release the locals, stack, blocks, code and namespaces, in that order.
    #[inline(always)]
    fn release_run(&mut self) {
        self.release_locals_and_stack();
        self.code = Value::zero();
        self.release_namespaces();
    }

    #[inline(always)]
    fn release_locals_and_stack(&mut self) {
        self.fast.clear();
        self.stack.clear();
        self.blocks.clear();
    }

    #[inline(always)]
    fn release_namespaces(&mut self) {
        self.globals = Value::zero();
        self.builtins = Value::zero();
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
