//! The frames of Python-to-Python calls that the eval loop runs itself, without recursing on
//! the Rust stack: a call stack per `run_loop`, with the frames of finished calls parked for
//! the next call at their depth. Counterpart of CPython 3.11's inlined calls in
//! `Python/ceval.c` (`_PyEvalFramePushAndInit`, the `CALL` and `RETURN_VALUE` frame switch).

use super::{Exit, Raised, exceptions, execute};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::function::Code;
use crate::objects::generator_drain::Sink;
use crate::objects::type_ops;
use crate::ops;
use crate::ops::call::Inline;
use crate::vm::{PyResult, Vm};

/// What `dispatch` hands back to `execute`.
pub(super) enum Flow {
    Exit(Exit),
    /// A call that `execute` runs inline (`ops::call::can_inline`; CPython 3.11's inlined
    /// calls: no Rust recursion).
    Call(CallSite),
}

/// What a return hands back to `execute`: the caller's frame and code, which run next, or the
/// base frame's result.
pub(super) enum Returned<'a> {
    Caller(&'a mut Frame, &'a Code),
    Base(Value),
}

/// Where a call's callable and arguments sit on the caller's stack.
pub(super) struct CallSite {
    pub(super) callable_at: usize,
    pub(super) args_at: usize,
    /// The caller's stack depth once the call has returned (its result is pushed there).
    pub(super) ret_depth: usize,
    /// What is called. With keywords (`CALL_FUNCTION_KW`), the tuple of their names sits on
    /// the stack above the arguments, whose last values are the keywords'.
    pub(super) kind: Inline,
}

/// `CALL_FUNCTION_KW` with `nargs` arguments (the names tuple on top): the call's site when
/// `run_loop` runs it itself (as the positional call it binds like,
/// `ops::call::keywords_as_positional`, with the names tuple dropped, or
/// `ops::call::can_inline_keywords`), else the call is made (recursing) and its result
/// pushed. Out of line, so the arm stays small in `execute`.
#[inline(never)]
pub(super) fn call_keywords(vm: &Vm, f: &mut Frame, nargs: usize) -> PyResult<Option<CallSite>> {
    let base = f.stack.len() - 1 - nargs;
    if let Some(names) = f.stack.last()
        && let Some(kind) = ops::call::keywords_as_positional(&f.stack[base - 1], names, nargs)
    {
        drop(f.stack.pop());
        return Ok(Some(CallSite {
            callable_at: base - 1,
            args_at: base,
            ret_depth: base - 1,
            kind,
        }));
    }
    if ops::call::can_inline_keywords(&f.stack[base - 1]) {
        return Ok(Some(CallSite {
            callable_at: base - 1,
            args_at: base,
            ret_depth: base - 1,
            kind: Inline::Keywords,
        }));
    }
    let names = f.stack.pop().unwrap_or_else(Value::zero);
    let Some(Payload::Tuple(kw)) = names.payload() else {
        return Err(vm.new_exc("SystemError", "CALL_FUNCTION_KW without a name tuple"));
    };
    let r = ops::call::call_from_eval_stack(vm, &mut f.stack, base - 1, base, kw)?;
    f.stack.truncate(base - 1);
    f.stack.push(r);
    Ok(None)
}

/// A frame that `run_loop` runs for a call made by the frame below it; parked (see
/// `Frame::park`) once the call has returned, for the next call at the same depth.
pub(crate) struct Inlined {
    /// The frame; while it runs, its `code` is an inline int (the slot holds the code).
    frame: Frame,
    /// The frame's code, held apart so the loop can borrow it beside the frame (the only
    /// reference the running frame holds: `CallStack::on_new_error` lends it to the frame
    /// while a traceback entry reads it from there).
    code: Value,
    /// The caller's stack depth once the call has returned.
    ret_depth: usize,
    /// The instance a class call made, when this frame runs its `__init__`: the call's
    /// result, once `__init__` has returned None.
    init: Option<Value>,
}

/// The frames one `run_loop` runs: its base frame and the frames of the calls it makes (and
/// they make). `execute` switches between them itself at each inlined call and return.
pub(super) struct CallStack<'a> {
    base: &'a mut Frame,
    base_code: &'a Code,
    /// `calls[..depth]` run; the frames above are parked.
    calls: Vec<Inlined>,
    depth: usize,
}

/// Run `base` and the frames of the calls it makes (and they make) until `base` returns,
/// yields or raises.
pub(super) fn run_loop(vm: &Vm, base: &mut Frame, base_code: &Code) -> PyResult<Exit> {
    run_loop_into(vm, base, base_code, None)
}

/// `run_loop` for a generator's frame drained by `sink` (`generator_drain`): a yield whose
/// item the sink takes natively goes on at once with None sent; the loop ends at a yield
/// whose item the sink hands back (or made while the frame handles an exception), or when
/// the frame returns or raises.
pub(super) fn run_loop_draining(
    vm: &Vm,
    base: &mut Frame,
    base_code: &Code,
    sink: &mut dyn Sink,
) -> PyResult<Exit> {
    run_loop_into(vm, base, base_code, Some(sink))
}

#[inline(always)]
fn run_loop_into<'a>(
    vm: &Vm,
    base: &'a mut Frame,
    base_code: &'a Code,
    sink: Option<&'a mut dyn Sink>,
) -> PyResult<Exit> {
    let mut cs = CallStack {
        base,
        base_code,
        calls: Vec::new(),
        depth: 0,
    };
    let mut sink = sink;
    let r = loop {
        let raised = match execute(vm, &mut cs, sink.as_deref_mut()) {
            Ok(exit) if cs.depth == 0 => break Ok(exit),
            Ok(_) => {
                cs.depth -= 1;
                finish_inlined(vm, &mut cs.calls[cs.depth]);
                Raised::from(vm.new_exc("SystemError", "yield outside a generator frame"))
            }
            Err(raised) => raised,
        };
        if let Err(e) = cs.catch(vm, raised) {
            break Err(e);
        }
    };
    let calls = cs.calls;
    if calls.capacity() == 0 {
        // Nothing to release: skip the out-of-line drop glue (a generator resumed from native
        // code usually makes no inlined call).
        std::mem::forget(calls);
        return r;
    }
    release(vm, calls);
    r
}

/// Give a finished loop's call stack, with its parked frames, to the thread's pool.
#[inline(never)]
fn release(vm: &Vm, mut calls: Vec<Inlined>) {
    if !calls.is_empty() {
        calls.truncate(PARKED_FRAMES);
        let mut pool = vm.call_stacks.borrow_mut();
        if pool.len() < POOLED_CALL_STACKS {
            pool.push(calls);
        }
    }
}

/// At most this many parked frames are kept per pooled call stack.
const PARKED_FRAMES: usize = 64;
/// At most this many call stacks (with their parked frames) are kept per thread
/// (`Vm::call_stacks`), for the nested loops of native-to-Python calls.
const POOLED_CALL_STACKS: usize = 16;

impl CallStack<'_> {
    /// The frame running now (the innermost running inlined call, or the base frame) and its
    /// code.
    #[inline(always)]
    pub(super) fn innermost(&mut self) -> (&mut Frame, &Code) {
        if self.depth == 0 {
            return (&mut *self.base, self.base_code);
        }
        let c = &mut self.calls[self.depth - 1];
        (&mut c.frame, code_of(&c.code))
    }

    /// Start the call `site` of the innermost frame: its frame becomes the innermost (running
    /// inline), or it was called (recursing) and its result pushed. Returns the frame to run
    /// next and its code.
    #[inline(always)]
    pub(super) fn call(&mut self, vm: &Vm, site: CallSite) -> PyResult<(&mut Frame, &Code)> {
        start_call(
            vm,
            &mut self.calls,
            &mut self.depth,
            self.base,
            self.base_code,
            site,
        )
    }

    /// The innermost frame returned `v`: `Base(v)` when it is the base frame, else park it
    /// and push the call's result on its caller's stack, which runs next. An error
    /// (`__init__` returned something else than None) is raised in the caller.
    #[inline(always)]
    pub(super) fn return_value(&mut self, vm: &Vm, v: Value) -> PyResult<Returned<'_>> {
        if self.depth == 0 {
            return Ok(Returned::Base(v));
        }
        self.depth -= 1;
        // Split once: the finished frame's slot and, below it, its caller's.
        let (running, finished) = self.calls.split_at_mut(self.depth);
        let done = &mut finished[0];
        let ret_depth = done.ret_depth;
        let init = finish_inlined(vm, done);
        let v = call_result(vm, v, init)?;
        let (f, code) = innermost_of(running, self.base, self.base_code);
        // Usually one value (the callable), replaced by the result in place; a method call
        // through `LOAD_METHOD`'s null leaves the null below it.
        while f.stack.len() > ret_depth + 1 {
            drop(f.stack.pop());
        }
        match f.stack.get_mut(ret_depth) {
            Some(slot) => *slot = v,
            None => f.stack.push(v),
        }
        Ok(Returned::Caller(f, code))
    }

    /// Find a handler for `raised` in the running frame, leaving inlined frames it escapes
    /// from (each becomes a new error in its caller, as a call's error does); `Err` when it
    /// escapes the base frame too.
    fn catch(&mut self, vm: &Vm, raised: Raised) -> PyResult<()> {
        let Raised { err, mut reraise } = raised;
        loop {
            let (f, _) = self.innermost();
            f.lasti = vm.lasti.get();
            if !reraise {
                self.on_new_error(vm, &err);
            }
            let (f, _) = self.innermost();
            if exceptions::unwind(vm, f, err.clone()) {
                return Ok(());
            }
            if self.depth == 0 {
                return Err(err);
            }
            self.depth -= 1;
            finish_inlined(vm, &mut self.calls[self.depth]);
            reraise = false;
        }
    }

    /// A new error reached the innermost frame: add the frame to its traceback. An inlined
    /// frame's code is lent back to it meanwhile (the traceback entry reads it from there).
    fn on_new_error(&mut self, vm: &Vm, err: &crate::vm::PyErr) {
        if self.depth == 0 {
            exceptions::on_new_error(vm, self.base, err);
            return;
        }
        let c = &mut self.calls[self.depth - 1];
        std::mem::swap(&mut c.frame.code, &mut c.code);
        exceptions::on_new_error(vm, &c.frame, err);
        std::mem::swap(&mut c.frame.code, &mut c.code);
    }
}

/// The innermost of the `running` inlined calls' frames (or `base` when none runs) and its
/// code.
#[inline(always)]
fn innermost_of<'a>(
    running: &'a mut [Inlined],
    base: &'a mut Frame,
    base_code: &'a Code,
) -> (&'a mut Frame, &'a Code) {
    match running.last_mut() {
        Some(c) => (&mut c.frame, code_of(&c.code)),
        None => (base, base_code),
    }
}

/// The code object `code` (an inlined frame's, held by its slot).
#[inline(always)]
fn code_of(code: &Value) -> &Code {
    match code.payload() {
        Some(Payload::Code(c)) => c,
        _ => unreachable!("frame without a code object"),
    }
}

/// Start the call `site` of the innermost frame: either its frame now runs inline as
/// `calls[depth]` (and `depth` counts it), or it was called (recursing) and its result
/// pushed. Returns the frame that runs next and its code: the new frame's is known here, so
/// it is not looked up again from `depth`. `calls` comes from the thread's pool on the
/// loop's first call.
#[inline(always)]
fn start_call<'a>(
    vm: &Vm,
    calls: &'a mut Vec<Inlined>,
    depth: &mut usize,
    base: &'a mut Frame,
    base_code: &'a Code,
    site: CallSite,
) -> PyResult<(&'a mut Frame, &'a Code)> {
    if calls.len() == *depth {
        grow(vm, calls);
    }
    let (running, parked) = calls.split_at_mut(*depth);
    let caller = match running.last_mut() {
        Some(c) => &mut c.frame,
        None => &mut *base,
    };
    let slot = &mut parked[0];
    let stack = &mut caller.stack;
    let (callable_at, args_at) = (site.callable_at, site.args_at);
    // The frame's code, which moves to its slot, where the loop borrows it: the frame holds no
    // reference of its own while it runs inline.
    let code = match site.kind {
        Inline::Code(code) => {
            match ops::call::fill_inline_frame(&mut slot.frame, stack, callable_at, args_at, code) {
                Some(code) => code,
                None => {
                    call_on_stack(vm, stack, callable_at, args_at, site.ret_depth)?;
                    return Ok(innermost_of(running, base, base_code));
                }
            }
        }
        Inline::Init => {
            slot.init =
                ops::call::fill_init_frame(vm, &mut slot.frame, stack, callable_at, args_at)?;
            if slot.init.is_none() {
                call_on_stack(vm, stack, callable_at, args_at, site.ret_depth)?;
                return Ok(innermost_of(running, base, base_code));
            }
            std::mem::replace(&mut slot.frame.code, Value::zero())
        }
        Inline::Keywords => {
            if !ops::call::fill_keywords_frame(vm, &mut slot.frame, stack, callable_at, args_at)? {
                return Ok(innermost_of(running, base, base_code));
            }
            std::mem::replace(&mut slot.frame.code, Value::zero())
        }
    };
    if let Err(e) = ops::call::enter_inlined_frame(vm) {
        slot.frame.park();
        if slot.init.take().is_some() {
            vm.leave_call();
        }
        return Err(e);
    }
    // A parked slot's code is an inline int (`grow`, `finish_inlined`), which owns nothing: no
    // release.
    debug_assert!(slot.code.as_small().is_some());
    // The record's reference is taken from the moved value, not reloaded from the slot.
    crate::frame_object::push_function(vm, &code, &slot.frame);
    std::mem::forget(std::mem::replace(&mut slot.code, code));
    slot.ret_depth = site.ret_depth;
    *depth += 1;
    Ok((&mut slot.frame, code_of(&slot.code)))
}

/// Add a parked frame on top of `calls`, which has no parked frame left: on a loop's first
/// call, the call stack (with its parked frames) of a finished loop from the thread's pool.
#[cold]
#[inline(never)]
fn grow(vm: &Vm, calls: &mut Vec<Inlined>) {
    if calls.is_empty()
        && let Some(pooled) = vm.call_stacks.borrow_mut().pop()
    {
        *calls = pooled;
        if !calls.is_empty() {
            return;
        }
    }
    calls.push(Inlined {
        frame: Frame::parked(),
        code: Value::zero(),
        ret_depth: 0,
        init: None,
    });
}

/// Make the call `site` recursing (it cannot run inline after all) and push its result.
#[cold]
#[inline(never)]
fn call_on_stack(
    vm: &Vm,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
    ret_depth: usize,
) -> PyResult<()> {
    let r = ops::call::call_from_eval_stack(vm, stack, callable_at, args_at, &[])?;
    stack.truncate(ret_depth);
    stack.push(r);
    Ok(())
}

/// An inlined call's frame has returned or raised: pop its record and park it. Returns the
/// instance of a class call whose `__init__` it ran (leaving that call too).
#[inline(always)]
fn finish_inlined(vm: &Vm, done: &mut Inlined) -> Option<Value> {
    crate::frame_object::pop_finished(vm, &mut done.frame);
    vm.leave_call();
    done.frame.park_inlined();
    done.code = Value::zero();
    // Tested before it is taken: a function's call (no `__init__`) stores nothing here.
    match done.init {
        None => None,
        Some(_) => {
            vm.leave_call();
            done.init.take()
        }
    }
}

/// The result of an inlined call that returned `v`: `v`, or the instance of a class call
/// whose `__init__` returned (`v` must be None).
#[inline(always)]
fn call_result(vm: &Vm, v: Value, init: Option<Value>) -> PyResult<Value> {
    match init {
        None => Ok(v),
        Some(obj) => {
            type_ops::check_init_result(vm, &v)?;
            Ok(obj)
        }
    }
}
