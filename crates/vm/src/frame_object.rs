//! Frame objects as Python sees them (`sys._getframe()`, `tb_frame`, `f_back`), made lazily
//! from the per-thread stack of running-frame records that `eval::run` keeps.
//! Counterpart of CPython 3.11's `Objects/frameobject.c` and `_PyFrame_GetFrameObject`.
//!
//! Each call pushes one `FrameRecord` (code, globals, locals mapping, the caller's `lasti`) and
//! pops it on exit: two reference increments and a `Vec` push. The eval loop keeps the running
//! frame's instruction index in `Vm::lasti`, so the line of every frame on the stack is known
//! without reaching into the Rust `Frame` structs. A frame object is allocated only when Python
//! code (or a traceback) asks for one; it reads its line from the record stack while its frame
//! runs. When a frame finishes while something besides its record holds its frame object, the
//! object takes over the frame's fast locals and cells, its last line and its `f_back`, as
//! CPython 3.11's frame object "owns the data after exit" (`take_ownership`): a traceback keeps
//! the locals of the frames it passed through alive until it is released.

use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, new_builtin, set_attr};
use crate::objects::function::{Args, Code};
use crate::objects::{dict, int, str as pystr};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// What is known of a running Python frame, innermost last in `Vm::frames`.
pub struct FrameRecord {
    pub code: Value,
    pub globals: Value,
    /// The locals mapping of module and class bodies.
    pub locals: Option<Value>,
    /// `Vm::lasti` when this frame was entered: the calling frame's instruction.
    pub caller_lasti: usize,
    /// The frame object, once Python code asked for one.
    pub object: Option<Value>,
}

/// The state of a `frame` object (`Payload::Native`).
pub struct FrameObject {
    code: Value,
    globals: Value,
    locals: Option<Value>,
    /// Position in the owning thread's `Vm::frames` while the frame runs.
    index: Cell<Option<usize>>,
    /// Identifies the owning thread's record stack (compared, never dereferenced).
    owner: usize,
    /// The instruction index once the frame has stopped running.
    lasti: Cell<usize>,
    /// `f_back`, fixed when the frame stops running.
    back: PyCell<Option<Value>>,
    /// The fast locals and cells, owned by the object once its frame has finished.
    fast: PyCell<Vec<Option<Value>>>,
}

impl FrameObject {
    /// The references the object holds, for the cycle collector.
    pub fn traverse(&self, visit: &mut crate::gc::traverse::Visit<'_>) {
        visit(&self.code);
        visit(&self.globals);
        if let Some(l) = &self.locals {
            visit(l);
        }
        if let Some(b) = self.back.try_borrow()
            && let Some(b) = b.as_ref()
        {
            visit(b);
        }
        if let Some(fast) = self.fast.try_borrow() {
            fast.iter().flatten().for_each(visit);
        }
    }

    /// Take out the owned locals (`frame_tp_clear`).
    pub fn clear(&self, out: &mut Vec<Value>) {
        if let Some(mut fast) = self.fast.try_borrow_mut() {
            out.extend(std::mem::take(&mut *fast).into_iter().flatten());
        }
    }
}

/// Enter `f`: push its record and start counting its instructions in `Vm::lasti`.
#[inline(always)]
pub fn push(vm: &Vm, f: &Frame) {
    let record = FrameRecord {
        code: f.code.clone(),
        globals: f.globals.clone(),
        locals: f.locals.clone(),
        caller_lasti: vm.lasti.get(),
        object: None,
    };
    vm.frames.borrow_mut().push(record);
    vm.lasti.set(f.lasti);
}

/// `push` for the frame of a function (`f.locals` is None) that the eval loop's inlined calls
/// start, running `code` (which the frame does not hold while it runs inline: its slot in the
/// call stack does): no locals mapping to clone, and `Vm::lasti` is left to the loop, which
/// sets it at the frame's first instruction.
#[inline(always)]
pub fn push_function(vm: &Vm, code: &Value, f: &Frame) {
    debug_assert!(f.locals.is_none());
    let record = FrameRecord {
        code: code.clone(),
        globals: f.globals.clone(),
        locals: None,
        caller_lasti: vm.lasti.get(),
        object: None,
    };
    vm.frames.borrow_mut().push(record);
}

/// Leave `f`: save its last instruction index, pop its record and restore the caller's index.
/// `finished`: the frame returned or raised (it did not yield).
#[inline(always)]
pub fn pop(vm: &Vm, f: &mut Frame, finished: bool) {
    f.lasti = vm.lasti.get();
    let record = vm.frames.borrow_mut().pop();
    if let Some(r) = record {
        vm.lasti.set(r.caller_lasti);
        if let Some(o) = r.object {
            on_exit(vm, &o, f, finished);
        }
    }
}

/// `pop` for a function's frame (pushed by `push_function`) that returned or raised: its last
/// instruction index is saved only for a frame object that outlives the record (a parked
/// frame's index is never read).
#[inline(always)]
pub fn pop_finished(vm: &Vm, f: &mut Frame) {
    let lasti = vm.lasti.get();
    let record = vm.frames.borrow_mut().pop();
    if let Some(r) = record {
        vm.lasti.set(r.caller_lasti);
        let FrameRecord {
            code,
            globals,
            locals,
            object,
            ..
        } = r;
        // The record of a function's frame (`push_function`) has no locals mapping: nothing
        // to release, no test.
        debug_assert!(locals.is_none());
        std::mem::forget(locals);
        if let Some(o) = object {
            f.lasti = lasti;
            on_exit(vm, &o, f, true);
        }
        drop(code);
        drop(globals);
    }
}

/// The frame has stopped running. If its frame object outlives the record (a traceback, a
/// variable holds it), the object keeps the last instruction, links its caller's frame and,
/// when the frame has finished, takes over its locals (CPython's `take_ownership`).
#[cold]
fn on_exit(vm: &Vm, o: &Value, f: &mut Frame, finished: bool) {
    if o.refcount() == 1 {
        return;
    }
    let Some(fo) = state(o) else { return };
    fo.index.set(None);
    fo.lasti.set(f.lasti);
    if finished {
        *fo.fast.borrow_mut() = std::mem::take(&mut f.fast);
    }
    let n = vm.frames.borrow().len();
    let back = n.checked_sub(1).map(|i| materialize(vm, i));
    *fo.back.borrow_mut() = back;
}

fn owner_id(vm: &Vm) -> usize {
    std::ptr::from_ref(&vm.frames) as usize
}

/// The frame object of record `index` of this thread's stack (made on first use).
pub fn materialize(vm: &Vm, index: usize) -> Value {
    if let Some(o) = vm.frames.borrow().get(index).and_then(|r| r.object.clone()) {
        return o;
    }
    let mut frames = vm.frames.borrow_mut();
    let Some(r) = frames.get_mut(index) else {
        return vm.none();
    };
    let o = new_frame_object(
        vm,
        FrameObject {
            code: r.code.clone(),
            globals: r.globals.clone(),
            locals: r.locals.clone(),
            index: Cell::new(Some(index)),
            owner: owner_id(vm),
            lasti: Cell::new(0),
            back: PyCell::new(None),
            fast: PyCell::new(Vec::new()),
        },
    );
    r.object = Some(o.clone());
    o
}

/// The frame object of the innermost running frame, if any.
pub fn current(vm: &Vm) -> Option<Value> {
    let n = vm.frames.borrow().len();
    n.checked_sub(1).map(|i| materialize(vm, i))
}

/// A frame object for a frame that is not running (a traceback entry's `tb_frame`, a
/// suspended generator's `gi_frame`), with a snapshot of its locals if known.
pub fn detached(
    vm: &Vm,
    code: Value,
    globals: Value,
    locals: Option<Value>,
    lasti: usize,
) -> Value {
    new_frame_object(
        vm,
        FrameObject {
            code,
            globals,
            locals,
            index: Cell::new(None),
            owner: 0,
            lasti: Cell::new(lasti),
            back: PyCell::new(None),
            fast: PyCell::new(Vec::new()),
        },
    )
}

fn new_frame_object(vm: &Vm, fo: FrameObject) -> Value {
    Value::alloc(vm.b().frame.clone(), Payload::Native(Box::new(fo)))
}

fn state(v: &Value) -> Option<&FrameObject> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<FrameObject>(),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a FrameObject> {
    args.pos()
        .first()
        .and_then(state)
        .ok_or_else(|| vm.type_error("descriptor requires a 'frame' object"))
}

/// The running index of `fo` in this thread's record stack, if it still runs here.
fn running_index(vm: &Vm, fo: &FrameObject) -> Option<usize> {
    fo.index.get().filter(|_| fo.owner == owner_id(vm))
}

/// The frame's current instruction index.
fn lasti_of(vm: &Vm, fo: &FrameObject) -> usize {
    let Some(i) = running_index(vm, fo) else {
        return fo.lasti.get();
    };
    let frames = vm.frames.borrow();
    match frames.get(i + 1) {
        Some(callee) => callee.caller_lasti,
        None => vm.lasti.get(),
    }
}

fn code_of(fo: &FrameObject) -> Option<&Code> {
    match fo.code.payload() {
        Some(Payload::Code(c)) => Some(c),
        _ => None,
    }
}

fn lineno_of(vm: &Vm, fo: &FrameObject) -> u32 {
    let lasti = lasti_of(vm, fo);
    code_of(fo).map_or(0, |c| c.co.line_of(lasti).unwrap_or(c.co.firstlineno))
}

fn f_code(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(vm, &args)?.code.clone())
}

fn f_globals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(this(vm, &args)?.globals.clone())
}

/// The locals mapping of a module or class frame, or a dict of a finished function frame's
/// locals. A running function frame's fast locals live in the Rust `Frame` that the eval loop
/// holds, out of reach of native code, so reading them raises `NotImplementedError` rather than
/// answering with a wrong (empty) snapshot; `locals()` called in that frame gives them.
fn f_locals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fo = this(vm, &args)?;
    if let Some(l) = &fo.locals {
        return Ok(l.clone());
    }
    let Some(code) = code_of(fo) else {
        return Ok(dict::new_dict());
    };
    let has_names = !code.varnames.is_empty() || !code.cell_free.is_empty();
    if fo.index.get().is_some() && has_names {
        return Err(vm.new_exc(
            "NotImplementedError",
            "f_locals of a running function frame: gilpy cannot read its fast locals from \
             outside the frame (call locals() in the frame itself)",
        ));
    }
    let fast = fo.fast.borrow().clone();
    fast_locals_dict(vm, code, &fast)
}

/// A new dict of a function frame's bound fast locals, cells and free variables
/// (`PyFrame_FastToLocals`).
pub fn fast_locals_dict(vm: &Vm, code: &Code, fast: &[Option<Value>]) -> PyResult<Value> {
    let d = dict::new_dict();
    let names = code.varnames.iter().chain(code.cell_free.iter());
    for (i, (name, slot)) in names.zip(fast).enumerate() {
        let value = match slot {
            Some(v) if i >= code.varnames.len() => match v.payload() {
                Some(Payload::Cell(c)) => c.get(),
                _ => None,
            },
            other => other.clone(),
        };
        if let Some(v) = value {
            crate::objects::dict_ops::set_item(vm, &d, name.clone(), v)?;
        }
    }
    Ok(d)
}

fn f_builtins(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fo = this(vm, &args)?;
    let key = pystr::intern("__builtins__");
    let b = crate::objects::dict_ops::get_item(vm, &fo.globals, &key)?;
    Ok(match b {
        Some(m) if matches!(m.payload(), Some(Payload::Module)) => {
            m.obj().and_then(|o| o.dict_value()).unwrap_or(m)
        }
        Some(d) => d,
        None => vm
            .objects()
            .builtins
            .obj()
            .and_then(|o| o.dict_value())
            .unwrap_or_else(|| vm.none()),
    })
}

fn f_lineno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int::from_i64(i64::from(lineno_of(vm, this(vm, &args)?))))
}

fn f_lasti(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let lasti = lasti_of(vm, this(vm, &args)?);
    Ok(int::from_usize(lasti * 2))
}

fn f_back(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fo = this(vm, &args)?;
    let back = match running_index(vm, fo) {
        Some(i) => i.checked_sub(1).map(|i| materialize(vm, i)),
        None => fo.back.borrow().clone(),
    };
    Ok(back.unwrap_or_else(|| vm.none()))
}

fn f_none(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args)?;
    Ok(vm.none())
}

fn frame_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fo = this(vm, &args)?;
    let (file, name) = code_of(fo).map_or((String::new(), String::new()), |c| {
        (c.co.filename.clone(), c.co.name.clone())
    });
    let id = args.pos()[0].id();
    let line = lineno_of(vm, fo);
    Ok(pystr::from_string(format!(
        "<frame at {id:#x}, file '{file}', line {line}, code {name}>"
    )))
}

/// `frame.clear()`: release a finished frame's locals.
fn frame_clear(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let fo = this(vm, &args)?;
    if running_index(vm, fo).is_some() {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    let locals = std::mem::take(&mut *fo.fast.borrow_mut());
    drop(locals);
    Ok(vm.none())
}

/// `sys._getframe(depth=0)`.
pub fn sys_getframe(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_getframe", 0, 1)?;
    let depth = match a.first() {
        Some(d) => int::as_i64(d).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(d)
            ))
        })?,
        None => 0,
    };
    let n = vm.frames.borrow().len();
    let index = usize::try_from(depth)
        .ok()
        .and_then(|d| n.checked_sub(d + 1));
    match index {
        Some(i) => Ok(materialize(vm, i)),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}

/// The `frame` type's attributes and methods.
pub fn init() {
    let t = &crate::objects::types::builtin().frame;
    let getters: [(&'static str, crate::objects::function::NativeFn); 8] = [
        ("f_code", f_code),
        ("f_globals", f_globals),
        ("f_locals", f_locals),
        ("f_builtins", f_builtins),
        ("f_lineno", f_lineno),
        ("f_lasti", f_lasti),
        ("f_back", f_back),
        ("f_trace", f_none),
    ];
    for (name, get) in getters {
        let none = crate::objects::types::builtin().none.clone();
        let prop = Value::alloc(
            crate::objects::types::builtin().property.clone(),
            Payload::Property(crate::payload::PropertyData::new([
                new_builtin(name, get),
                none.clone(),
                none.clone(),
                none,
            ])),
        );
        set_attr(t, name, prop);
    }
    add_method(t, "frame", "__repr__", frame_repr);
    add_method(t, "frame", "clear", frame_clear);
}

/// `gi_frame`: the frame of a suspended generator (with its locals), the running frame of a
/// running one, or None once it has finished.
pub fn generator_frame(vm: &Vm, g: &crate::objects::generator::Generator) -> Value {
    let suspended = g.with_frame(|f| {
        f.map(|f| {
            let locals = crate::modules::builtins_frame::frame_locals(vm, f, f.code()).ok();
            (f.code.clone(), f.globals.clone(), locals, f.lasti)
        })
    });
    if let Some((code, globals, locals, lasti)) = suspended {
        return detached(vm, code, globals, locals, lasti);
    }
    if g.running.get() {
        let frames = vm.frames.borrow();
        // The innermost record running the generator's code (its function's `__qualname__`
        // is not the code's `co_qualname` object, so the code itself is compared).
        let found = frames.iter().rposition(|r| r.code.is(&g.code));
        drop(frames);
        if let Some(i) = found {
            return materialize(vm, i);
        }
    }
    vm.none()
}
