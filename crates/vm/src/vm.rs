//! The interpreter state shared by all threads (`Interp`) and the per-thread handle (`Vm`) that
//! every operation receives. Counterpart of CPython's `PyInterpreterState` and `PyThreadState`.
//!
//! Holding a `&Vm` means holding the GIL: a `Vm` exists only on the thread it belongs to, and
//! while its thread runs without the GIL (`Vm::allow_threads`) the closure cannot reach it,
//! nor any `Value` (both are `!Send`).

use crate::gil::ThreadGil;
use crate::object::{Payload, Value};
use crate::objects::types::{Builtins, builtin};
use gilpy_bytecode::CodeObject;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// A raised Python exception: the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// A compile error the compiler hook reports, turned into `SyntaxError` by the VM.
#[derive(Clone, Debug)]
pub struct CompileError {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub kind: &'static str,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: i32,
    pub text: Option<String>,
}

/// `compile()` modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

/// The compiler, supplied by the embedding binary (the VM depends only on bytecode).
pub type CompileFn = fn(&str, &str, CompileMode) -> Result<CodeObject, CompileError>;

/// Start-up options (`-X`, `-u`, ...).
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub unbuffered: bool,
    pub isolated: bool,
    pub xoptions: Vec<String>,
    pub executable: String,
}

/// State shared by every thread of the interpreter.
pub struct Interp {
    pub compile: CompileFn,
    pub config: Config,
    pub gil: crate::gil::Gil,
    /// Threads started by `_thread.start_new_thread` that have not finished (`_thread._count()`).
    pub thread_count: std::sync::atomic::AtomicUsize,
    globals: crate::gil::GilShared<InterpObjects>,
}

/// Objects of the interpreter state (reached only with the GIL held).
pub struct InterpObjects {
    pub builtins: Value,
    pub sys: Value,
    pub modules: Value,
}

/// The running thread's handle on the interpreter.
///
/// Every field that holds `Value`s must be emptied by `exit_thread`: a thread's `Vm` is dropped
/// after it has released the GIL for good.
pub struct Vm {
    pub interp: Arc<Interp>,
    pub gil: ThreadGil,
    /// Python call depth, checked against `sys.getrecursionlimit()`.
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The lowest address of this thread's Rust stack that calls may reach (0: unchecked), so
    /// a high recursion limit ends in `RecursionError`, not a stack overflow; set by
    /// `set_stack_size`.
    stack_floor: Cell<usize>,
    /// The exception being handled (`sys.exc_info()[1]`); saved copies live on value stacks.
    /// In a generator's frame, the generator's own (CPython's `gi_exc_state`).
    pub exc_info: RefCell<Option<Value>>,
    /// The exception the callers of the running generators handle, seen when `exc_info` is
    /// None (CPython's `exc_info` chain; `generator_ops::run_swapped` sets it).
    pub exc_chain: RefCell<Option<Value>>,
    /// The running Python frames, innermost last (`globals()`, `sys._getframe`, tracebacks).
    pub frames: RefCell<Vec<crate::frame_object::FrameRecord>>,
    /// The innermost running frame's instruction index (the eval loop's `lasti`).
    pub lasti: Cell<usize>,
    /// Call stacks of finished eval loops, with their parked frames (`eval::run_loop`).
    pub(crate) call_stacks: RefCell<Vec<Vec<crate::eval::frame_stack::Inlined>>>,
    /// Parked frames (`Frame::park`) for the calls of Python functions that recurse through
    /// native code (`ops::call::call_function`), boxed so taking one moves a pointer (not the
    /// 120-byte `Frame`, which measured slower).
    #[allow(clippy::vec_box)]
    pub(crate) parked_frames: RefCell<Vec<Box<crate::frame::Frame>>>,
    /// `_thread`'s per-thread objects (sentinel locks, `threading.local` dicts).
    pub thread_extras: RefCell<crate::modules::_thread::ThreadExtras>,
}

impl Interp {
    pub fn new(compile: CompileFn, config: Config) -> Arc<Interp> {
        let b = builtin();
        let objs = InterpObjects {
            builtins: b.none.clone(),
            sys: b.none.clone(),
            modules: crate::objects::dict::new_dict(),
        };
        Arc::new(Interp {
            compile,
            config,
            gil: crate::gil::Gil::new(),
            thread_count: std::sync::atomic::AtomicUsize::new(0),
            globals: crate::gil::GilShared::new(objs),
        })
    }
}

impl Vm {
    /// The main thread's Vm: creates the interpreter state and takes the GIL.
    pub fn new_main(compile: CompileFn, config: Config) -> Vm {
        let show_refcount = config.xoptions.iter().any(|x| x == "showrefcount");
        let list_all = show_refcount || crate::leakcheck::requested(&config.xoptions);
        crate::gc::heap::heap().configure(list_all);
        crate::objects::types::init();
        let interp = Interp::new(compile, config);
        crate::gc::heap::heap().set_interp(interp.clone());
        let vm = Vm::for_thread(interp);
        crate::modules::init(&vm);
        crate::gc::heap::freeze_static();
        vm
    }

    /// A Vm for a new thread of an existing interpreter; takes the GIL.
    pub fn for_thread(interp: Arc<Interp>) -> Vm {
        let id = interp.gil.reserve_thread_id();
        Vm::for_thread_with_id(interp, id)
    }

    /// A Vm for a new thread whose id was reserved with `Gil::reserve_thread_id`; takes the GIL.
    pub fn for_thread_with_id(interp: Arc<Interp>, id: u64) -> Vm {
        let gil = ThreadGil::acquire_as(&interp.gil, id);
        Vm {
            interp,
            gil,
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_floor: Cell::new(0),
            exc_info: RefCell::new(None),
            exc_chain: RefCell::new(None),
            frames: RefCell::new(Vec::new()),
            lasti: Cell::new(0),
            call_stacks: RefCell::new(Vec::new()),
            parked_frames: RefCell::new(Vec::new()),
            thread_extras: RefCell::new(Default::default()),
        }
    }

    /// End a thread that is not the main one: drop every object this thread owns (its handled
    /// exception, `threading.local` dicts, interned strings), release its sentinel locks, then
    /// release the GIL for good. Everything is dropped with the GIL still held.
    pub fn exit_thread(self) {
        // Moved here: register this Vm's new address for the finalizers run below (its `Drop`,
        // at the end of this function, clears the registration).
        self.make_current();
        let exc = self.exc_info.borrow_mut().take();
        drop(exc);
        let frames = std::mem::take(&mut *self.frames.borrow_mut());
        drop(frames);
        let extras = std::mem::take(&mut *self.thread_extras.borrow_mut());
        crate::modules::_thread::release_sentinels(extras.sentinels);
        crate::modules::_thread::release_thread_locals(&self, extras.locals, extras.local_objects);
        crate::objects::str::clear_interned();
        self.gil.exit(&self.interp.gil);
        crate::gil_trace::thread_done();
    }

    #[inline(always)]
    pub fn b(&self) -> &'static Builtins {
        builtin()
    }

    pub fn objects(&self) -> std::cell::Ref<'_, InterpObjects> {
        self.interp.globals.get(self)
    }

    pub fn set_objects(&self, builtins: Value, sys: Value) {
        let mut o = self.interp.globals.get_mut(self);
        o.builtins = builtins;
        o.sys = sys;
    }

    #[inline]
    pub fn none(&self) -> Value {
        builtin().none.clone()
    }

    #[inline]
    pub fn bool(&self, b: bool) -> Value {
        if b {
            builtin().true_.clone()
        } else {
            builtin().false_.clone()
        }
    }

    #[inline]
    pub fn is_none(&self, v: &Value) -> bool {
        v.is(&builtin().none)
    }

    /// Run `f` with the GIL released (a blocking call). `f` cannot touch Python objects: it
    /// must be `Send`, which `Value` and `Vm` are not.
    pub fn allow_threads<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        self.gil.release(&self.interp.gil);
        let r = f();
        self.gil.reacquire(&self.interp.gil);
        r
    }

    /// Create an exception of builtin class `name` with one message argument.
    #[cold]
    pub fn new_exc(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let cls = builtin().exc(name).clone();
        let arg = crate::objects::str::from_string(msg.into());
        PyErr(crate::objects::exception_ops::new_exception(cls, vec![arg]))
    }

    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("TypeError", msg)
    }

    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("ValueError", msg)
    }

    #[cold]
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("IndexError", msg)
    }

    #[cold]
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("AttributeError", msg)
    }

    #[cold]
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("OverflowError", msg)
    }

    #[cold]
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("ZeroDivisionError", msg)
    }

    #[cold]
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exc("RuntimeError", msg)
    }

    /// `KeyError(key)`.
    #[cold]
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(crate::objects::exception_ops::new_exception(
            builtin().exc("KeyError").clone(),
            vec![key],
        ))
    }

    /// `StopIteration` (with no value).
    #[cold]
    pub fn stop_iteration(&self) -> PyErr {
        PyErr(crate::objects::exception_ops::new_exception(
            builtin().exc("StopIteration").clone(),
            vec![],
        ))
    }

    /// `MemoryError()`: an allocation Python code asked for cannot be made.
    #[cold]
    pub fn memory_error(&self) -> PyErr {
        self.new_exc("MemoryError", "")
    }

    /// Whether `err` is an instance of builtin exception class `name`.
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        crate::objects::types::is_subtype(&err.0.class(), builtin().exc(name))
    }

    /// The type name used in messages (`'int'`).
    pub fn type_name(&self, v: &Value) -> String {
        crate::objects::types::type_name(&v.class())
    }

    /// Record that this thread's stack is `size` bytes and began just above the caller's frame
    /// (call it first thing on the thread). Calls then raise `RecursionError` when less than a
    /// margin is left, whatever the recursion limit (CPython 3.12's C stack check).
    pub fn set_stack_size(&self, size: usize) {
        let margin = (size / 4).min(STACK_MARGIN);
        self.stack_floor
            .set(stack_position().saturating_sub(size - margin));
    }

    /// Enter a Python-level call; raises `RecursionError` past the limit.
    #[inline]
    pub fn enter_call(&self) -> PyResult<()> {
        self.enter_call_from("")
    }

    /// `enter_call` with CPython's suffix for the message of the check that trips (" in
    /// comparison", " while getting the repr of an object", ...).
    #[inline]
    pub fn enter_call_from(&self, where_: &str) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() || stack_position() < self.stack_floor.get() {
            return Err(self.recursion_error(where_));
        }
        self.depth.set(d);
        Ok(())
    }

    /// `enter_call` for a call the eval loop runs inline (no Rust stack used: only the
    /// recursion limit is checked).
    #[inline(always)]
    pub fn enter_inlined_call(&self) -> PyResult<()> {
        self.enter_inlined_call_from("")
    }

    /// `enter_inlined_call` with the message suffix of `enter_call_from`.
    #[inline(always)]
    pub fn enter_inlined_call_from(&self, where_: &str) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() {
            return Err(self.recursion_error(where_));
        }
        self.depth.set(d);
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn recursion_error(&self, where_: &str) -> PyErr {
        self.new_exc(
            "RecursionError",
            format!("maximum recursion depth exceeded{where_}"),
        )
    }

    #[inline]
    pub fn leave_call(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    /// The exception currently being handled, if any (`sys.exc_info()[1]`).
    pub fn current_exception(&self) -> Option<Value> {
        let own = self.exc_info.borrow().clone();
        own.or_else(|| self.exc_chain.borrow().clone())
    }
}

/// The Rust stack kept free below the deepest call: room for native code between two call
/// checks and for unwinding the `RecursionError`.
const STACK_MARGIN: usize = 256 << 10;

/// An address in the caller's stack frame (the stack grows down on every supported target).
#[inline(always)]
fn stack_position() -> usize {
    let marker = 0u8;
    (&raw const marker) as usize
}

thread_local! {
    /// The Vm of this thread while it holds the GIL (for finalizers run from `rc.rs`).
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

impl Vm {
    /// Register this Vm as its thread's current one. Call it again wherever the Vm is moved:
    /// `with_current` relies on the registered address holding this Vm until its `Drop`.
    pub fn make_current(&self) {
        CURRENT.with(|c| c.set(self));
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        CURRENT.with(|c| {
            if std::ptr::eq(c.get(), self) {
                c.set(std::ptr::null());
            }
        });
    }
}

/// Run `f` with this thread's current Vm, if one is registered.
pub(crate) fn with_current_vm<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
    with_current(f)
}

fn with_current<R>(f: impl FnOnce(&Vm) -> R) -> Option<R> {
    let p = CURRENT.with(Cell::get);
    // SAFETY: CURRENT is set by `make_current` to a Vm that lives until its `Drop`, which
    // clears it; the pointer is only read on the Vm's own thread (thread-local), while that
    // thread holds the GIL (it is releasing an object).
    (!p.is_null()).then(|| f(unsafe { &*p }))
}

/// Whether `finalizer_of` finds a finalizer, answered from the class's cached flags (no
/// `__del__` lookup): asked for every object whose count reaches zero.
#[inline(always)]
pub(crate) fn has_finalizer(o: &crate::object::Obj) -> bool {
    if let crate::object::Payload::Generator(g) = &o.payload {
        return crate::objects::generator_ops::finalizer(g).is_some();
    }
    let flags = |class: &Value| crate::objects::types::special_flags(class);
    // SAFETY: as in `finalizer_of`: `special_flags` runs no Python code and drops only the
    // references it takes.
    let special = unsafe { o.with_class_uncounted(flags) };
    special & crate::objects::types::HAS_DEL != 0
}

/// `__del__` of the object's class, when it is a class written in Python.
pub(crate) fn finalizer_of(o: &crate::object::Obj) -> Option<Value> {
    if let crate::object::Payload::Generator(g) = &o.payload {
        return crate::objects::generator_ops::finalizer(g);
    }
    let flags = |class: &Value| crate::objects::types::special_flags(class);
    // SAFETY: `special_flags` runs no Python code (it looks up str keys in the MRO's dicts)
    // and drops only the references it takes.
    if unsafe { o.with_class_uncounted(flags) } & crate::objects::types::HAS_DEL == 0 {
        return None;
    }
    crate::objects::types::lookup_str(&o.class(), "__del__")
}

/// Call `__del__` on a resurrected object; errors are printed as "Exception ignored in".
pub(crate) fn run_finalizer(obj: std::ptr::NonNull<crate::object::Obj>) {
    let v = crate::object::Value::from_obj_ptr(obj);
    let Some(del) = v.obj().and_then(finalizer_of) else {
        std::mem::forget(v);
        return;
    };
    with_current(|vm| {
        // `__del__` sees the exception being handled where the object died (`sys.exc_info()`).
        let saved = vm.exc_info.borrow().clone();
        if let Err(e) = crate::ops::call(vm, &del, std::slice::from_ref(&v), &[]) {
            crate::run::print_unraisable(vm, &e.0, &del);
        }
        drop(vm.exc_info.replace(saved));
    });
    std::mem::forget(v);
}

/// Whether `v` is the payload-less object `None`.
pub fn is_payload_none(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::None))
}
