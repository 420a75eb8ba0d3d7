//! Draining a generator into a native consumer (`set(gen)`, `list(gen)`, `sum(gen)`): between the
//! items the consumer takes without running Python code, the generator stays entered instead
//! of being suspended and resumed for each. Counterpart of the `PyIter_Next` loops over
//! `gen_iternext` in CPython's consumers (`set_update_internal`).

use crate::eval::{self, Exit};
use crate::frame::Frame;
use crate::frame_object;
use crate::object::Value;
use crate::objects::function::Code;
use crate::objects::generator::Generator;
use crate::objects::generator_ops::{code_of, finish, keep_handled, next_of, send_none};
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::code::flags;

/// A native consumer of a generator's items.
pub trait Sink {
    /// Take `item` without running Python code (nor releasing anything whose release could
    /// run some), or hand it back for `take`.
    fn take_native(&mut self, item: Value) -> Option<Value>;

    /// Take `item`, maybe running Python code.
    fn take(&mut self, vm: &Vm, item: Value) -> PyResult<()>;
}

/// Feed every item `g` yields (resumed with None sent, until it returns) to `sink`.
///
/// While `sink` takes the items natively, the generator is not suspended between them: its frame
/// stays out of the generator with its frame record pushed, `gi_running` set and the
/// recursion depth counted, as while its body runs. No Python code runs between two such
/// resumes, so nothing can tell
/// it from CPython's suspend and resume per item. Before `Sink::take` runs, and when the generator
/// yields while it handles an exception (whose state is kept as `resume_none` keeps it), the
/// generator is suspended as usual.
pub fn drain(vm: &Vm, g: &Generator, sink: &mut impl Sink) -> PyResult<()> {
    while let Some(item) = resume_feeding(vm, g, sink)? {
        sink.take(vm, item)?;
    }
    Ok(())
}

/// Resume `g` and feed `sink` until it hands an item back (`Some`, the generator then
/// suspended) or the generator returns (`None`). A generator that runs, handles an exception
/// or whose caller does is resumed once the ordinary way (`next_of`).
fn resume_feeding(vm: &Vm, g: &Generator, sink: &mut impl Sink) -> PyResult<Option<Value>> {
    if g.running.get() || !g.exc_state.is_empty() || vm.exc_info.borrow().is_some() {
        return next_of(vm, g);
    }
    let Some(mut frame) = g.take_frame() else {
        return next_of(vm, g);
    };
    g.running.set(true);
    let r = match vm.enter_call() {
        Ok(()) => {
            let r = feed(vm, &mut frame, code_of(g), sink);
            vm.leave_call();
            r
        }
        Err(e) => Err(e),
    };
    if vm.exc_info.borrow().is_some() {
        keep_handled(vm, g, &r, None);
    }
    g.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => {
            g.put_frame(frame);
            Ok(Some(v))
        }
        r => finish(vm, g, frame, r).map(|_| None),
    }
}

/// Run the entered frame, None sent at each resume, until it yields an item `sink` hands
/// back or yields while handling an exception (`Yield`), returns or raises; its frame record
/// is pushed once for all of it.
fn feed(vm: &Vm, frame: &mut Frame, code: &Code, sink: &mut impl Sink) -> PyResult<Exit> {
    frame_object::push(vm, frame);
    send_none(vm, frame, code);
    let r = eval::run_draining(vm, frame, code, sink);
    frame_object::pop(vm, frame, !matches!(r, Ok(Exit::Yield(_))));
    r
}

/// `YIELD_VALUE` of a frame drained by `sink` (`eval::run_draining`) yielded `item`, with
/// `f.next` past the yield: `None` when the sink took it natively (the frame then goes on at
/// once with None sent, without leaving `dispatch`), else the item, which the frame yields
/// as usual. The sink takes items only from a generator's frame (the drained one: no inlined
/// frame runs generator code) that handles no exception (a generator's own exception state
/// is kept across a real suspension only). Out of line: the yield arm stays small in
/// `execute` for the frames nothing drains.
#[inline(never)]
pub(crate) fn take_yielded(
    vm: &Vm,
    sink: &mut dyn Sink,
    f: &mut Frame,
    code: &Code,
    item: Value,
) -> Option<Value> {
    let plain = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    if code.co.flags & plain != flags::GENERATOR || vm.exc_info.borrow().is_some() {
        return Some(item);
    }
    let back = sink.take_native(item);
    if back.is_none() {
        send_none(vm, f, code);
    }
    back
}
