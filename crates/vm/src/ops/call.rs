//! Calling objects: Python functions (argument binding into a new frame), builtins, bound
//! methods, types and objects with `__call__`. Counterpart of CPython's `Objects/call.c` and the
//! argument handling of `Python/ceval.c` (`_PyEval_MakeFrameVector`).

use crate::eval::{self, Exit};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::function::{Args, Code, Function};
use crate::objects::str::{as_str, intern};
use crate::objects::types;
use crate::objects::{dict_ops, generator_ops, tuple_ops, type_ops};
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::code::flags;

/// `callable(*args, **kw)` in vectorcall form (keyword values at the end of `args`).
pub fn call(vm: &Vm, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match callable.payload() {
        Some(Payload::Function(f)) => call_function(vm, callable, f, args, kwnames),
        Some(Payload::Builtin(b)) => match &b.bound {
            None if b.name == "__new__" => {
                crate::objects::type_ops::check_new_class(vm, b.owner, callable, args)?;
                (b.func)(vm, Args { args, kwnames })
            }
            None => (b.func)(vm, Args { args, kwnames }),
            Some(obj) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                (b.func)(
                    vm,
                    Args {
                        args: &all,
                        kwnames,
                    },
                )
            }
        },
        Some(Payload::Method(m)) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.1.clone());
            all.extend_from_slice(args);
            call(vm, &m.0, &all, kwnames)
        }
        Some(Payload::Type(t)) if t.heap => {
            guarded_tp_call(vm, || call_type(vm, callable, args, kwnames))
        }
        Some(Payload::Type(_)) => call_type(vm, callable, args, kwnames),
        _ => guarded_tp_call(vm, || call_instance(vm, callable, args, kwnames)),
    }
}

/// A call CPython makes through `_PyObject_MakeTpCall` (a class written in Python, an
/// instance with `__call__`), which counts against the recursion limit with its own message.
fn guarded_tp_call(vm: &Vm, f: impl FnOnce() -> PyResult<Value>) -> PyResult<Value> {
    vm.enter_call_from(" while calling a Python object")?;
    let r = f();
    vm.leave_call();
    r
}

/// Call a type: its metaclass's `__call__` if written in Python, else `type.__call__`.
fn call_type(vm: &Vm, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let meta = callable.class();
    let custom = types::type_data(&meta).is_some_and(|t| t.heap);
    match custom
        .then(|| types::lookup_str(&meta, "__call__"))
        .flatten()
    {
        Some(m) if !matches!(m.payload(), Some(Payload::Builtin(_))) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(callable.clone());
            all.extend_from_slice(args);
            call(vm, &m, &all, kwnames)
        }
        _ => crate::objects::type_ops::type_call(vm, callable, Args { args, kwnames }),
    }
}

/// Call an object through its type's `__call__`.
fn call_instance(vm: &Vm, callable: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match types::lookup_str_on_class(callable, "__call__") {
        Some(m) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(callable.clone());
            all.extend_from_slice(args);
            call(vm, &m, &all, kwnames)
        }
        None => Err(vm.type_error(format!(
            "'{}' object is not callable",
            vm.type_name(callable)
        ))),
    }
}

/// Call the special method `name` of `obj`'s type with `obj` first.
pub fn call_method(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let Some(m) = types::lookup_str_on_class(obj, name) else {
        return Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            vm.type_name(obj)
        )));
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(obj.clone());
    all.extend_from_slice(args);
    call(vm, &m, &all, &[])
}

/// `f(*args, **kwargs)` (`CALL_FUNCTION_EX`), holding the references CPython's holds: an
/// exact tuple is passed as it is (its items borrowed); any other iterable becomes a new tuple
/// and is released before the call, so the temporary list of `f(*[x])` holds nothing while `f`
/// runs. With keywords, the arguments are copied once more into one vector (as
/// `_PyStack_UnpackDict`).
pub fn call_ex(vm: &Vm, func: &Value, args: Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let args = if args.class_is(&vm.b().tuple) {
        args
    } else {
        let t = tuple_ops::new_tuple(star_args(vm, func, &args)?);
        drop(args);
        t
    };
    let Some(kw) = kwargs else {
        return call(vm, func, tuple_ops::items(&args), &[]);
    };
    let mut all = tuple_ops::items(&args).to_vec();
    let mut names = Vec::new();
    for (k, v) in dict_ops::items(vm, kw)? {
        names.push(k);
        all.push(v);
    }
    call(vm, func, &all, &names)
}

/// The items of a `*args` argument that is not a tuple; a non-iterable gets CPython's message.
fn star_args(vm: &Vm, func: &Value, args: &Value) -> PyResult<Vec<Value>> {
    crate::ops::collect(vm, args).map_err(|e| {
        let cls = args.class();
        let iterable = types::lookup_str(&cls, "__iter__").is_some()
            || types::lookup_str(&cls, "__getitem__").is_some();
        if iterable || !vm.err_is(&e, "TypeError") {
            return e;
        }
        match function_str(vm, func) {
            Ok(name) => vm.type_error(format!(
                "{name} argument after * must be an iterable, not {}",
                vm.type_name(args)
            )),
            Err(e) => e,
        }
    })
}

/// How error messages name a callable: `module.qualname()` (`_PyObject_FunctionStr`).
fn function_str(vm: &Vm, func: &Value) -> PyResult<String> {
    let Some(qualname) = crate::ops::getattr_opt(vm, func, &intern("__qualname__"))? else {
        return crate::ops::text::str_string(vm, func);
    };
    let qualname = crate::ops::text::str_string(vm, &qualname)?;
    let module = crate::ops::getattr_opt(vm, func, &intern("__module__"))?
        .filter(|m| !vm.is_none(m))
        .map(|m| crate::ops::text::str_string(vm, &m))
        .transpose()?;
    Ok(match module.filter(|m| m != "builtins") {
        Some(m) => format!("{m}.{qualname}()"),
        None => format!("{qualname}()"),
    })
}

/// The code of a function's code object (`Function::code` holds only code objects: the
/// `__code__` setter checks).
#[inline(always)]
fn code_of(code: &Value) -> &Code {
    match code.payload() {
        Some(Payload::Code(c)) => c,
        _ => unreachable!("function without code"),
    }
}

fn func_name(f: &Function) -> String {
    as_str(&f.qualname.borrow()).unwrap_or("?").to_owned()
}

/// Call a Python function: bind arguments, then run its frame (or make a generator).
pub fn call_function(
    vm: &Vm,
    fv: &Value,
    f: &Function,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let mut frame = Frame::take_parked(vm);
    let code_v = reset_for(f, &mut frame);
    let code = code_of(&code_v);
    if kwnames.is_empty() && plain_positional(f, code, args.len()) {
        bind_plain(f, code, &mut frame, args.iter().cloned());
    } else if let Err(e) = bind_all(vm, f, code, &mut frame, args, kwnames) {
        Frame::give_back(vm, frame);
        return Err(e);
    }
    finish_call(vm, fv, frame, code)
}

/// Make the parked `frame` a frame of `f` (its arguments still unbound); returns the code it
/// runs.
#[inline(always)]
fn reset_for(f: &Function, frame: &mut Frame) -> Value {
    let code_v = f.code.borrow().clone();
    frame.reset(code_v.clone(), f.globals.clone(), f.builtins.clone());
    code_v
}

/// Bind positional and keyword arguments, defaults and cells in a frame of `f`.
fn bind_all(
    vm: &Vm,
    f: &Function,
    code: &Code,
    frame: &mut Frame,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    bind_arguments(vm, f, code, frame, args, kwnames)?;
    if needs_cells(f, code) {
        init_cells(code, f, &mut frame.fast);
    }
    Ok(())
}

/// Run a frame taken from the thread's pool (`Frame::take_parked`) that runs `code` (its
/// reference held by the caller) and give it back.
#[inline(always)]
fn run_parked(vm: &Vm, mut frame: Box<Frame>, code: &Code) -> PyResult<Value> {
    let r = run_frame_code(vm, &mut frame, code);
    Frame::give_back(vm, frame);
    r
}

/// Run a bound frame of function `fv` taken from the thread's pool (`Frame::take_parked`),
/// which runs `code` (its reference held by the caller), or make a generator of it (which
/// gives the frame back when it finishes).
#[inline(always)]
fn finish_call(vm: &Vm, fv: &Value, frame: Box<Frame>, code: &Code) -> PyResult<Value> {
    if is_generator(code) {
        return Ok(generator_ops::new_generator(vm, fv, frame));
    }
    run_parked(vm, frame, code)
}

/// Whether calling code makes a generator, coroutine or async generator.
fn is_generator(code: &Code) -> bool {
    code.co.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
}

/// Whether a call of `f` with `npos` positional arguments and no keywords binds them to the
/// first `npos` locals and takes the rest of its parameters from its defaults: no `*args`,
/// `**kwargs` or keyword-only parameters.
#[inline(always)]
fn plain_positional(f: &Function, code: &Code, npos: usize) -> bool {
    let co = &code.co;
    let argcount = co.argcount as usize;
    if co.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0
        || co.kwonlyargcount != 0
        || npos > argcount
    {
        return false;
    }
    npos == argcount
        || f.defaults
            .borrow()
            .as_ref()
            .is_some_and(|d| npos + tuple_ops::items(d).len() >= argcount)
}

/// Bind the arguments of a plain positional call (`plain_positional`) in a new frame.
#[inline(always)]
fn bind_plain(f: &Function, code: &Code, frame: &mut Frame, args: impl Iterator<Item = Value>) {
    let mut npos = 0;
    for (slot, v) in frame.fast.iter_mut().zip(args) {
        fill_unbound(slot, v);
        npos += 1;
    }
    bind_defaults(f, code.co.argcount as usize, frame, npos);
    if needs_cells(f, code) {
        init_cells(code, f, &mut frame.fast);
    }
}

/// Fill the parameters after the first `npos` (of `argcount`) from the defaults, which are
/// aligned with the last parameters: with more defaults than parameters (`__defaults__` was
/// assigned), the first ones are never used, as in CPython. `plain_positional` checked that
/// they cover every parameter from `npos` on.
#[inline(always)]
fn bind_defaults(f: &Function, argcount: usize, frame: &mut Frame, npos: usize) {
    if npos < argcount
        && let Some(d) = f.defaults.borrow().as_ref()
    {
        let defaults = tuple_ops::items(d);
        let skip = (defaults.len() + npos).saturating_sub(argcount);
        for (slot, v) in frame.fast[npos..argcount].iter_mut().zip(&defaults[skip..]) {
            fill_unbound(slot, v.clone());
        }
    }
}

/// Bind the local `slot` of a frame just reset (`Frame::reset`: every local unbound) to `v`.
/// The old None owns nothing, so nothing is released (a plain assignment would test it).
#[inline(always)]
fn fill_unbound(slot: &mut Option<Value>, v: Value) {
    debug_assert!(slot.is_none());
    std::mem::forget(slot.replace(v));
}

/// Whether a frame of `f` has cells or free variables to set up (`init_cells`).
#[inline(always)]
fn needs_cells(f: &Function, code: &Code) -> bool {
    !code.cell2arg.is_empty() || f.closure.is_some()
}

/// A parked frame of `f` with `args` bound, and the code it runs: a plain call moves them in
/// (each argument's slot is left holding an inline int, which owns nothing), any other binds
/// copies.
#[inline(always)]
fn bind_moved(
    vm: &Vm,
    f: &Function,
    args: &mut [Value],
    kwnames: &[Value],
) -> PyResult<(Box<Frame>, Value)> {
    let mut frame = Frame::take_parked(vm);
    let code_v = reset_for(f, &mut frame);
    let code = code_of(&code_v);
    if kwnames.is_empty() && plain_positional(f, code, args.len()) {
        let moved = args.iter_mut().map(|v| std::mem::replace(v, Value::zero()));
        bind_plain(f, code, &mut frame, moved);
    } else if let Err(e) = bind_all(vm, f, code, &mut frame, args, kwnames) {
        Frame::give_back(vm, frame);
        return Err(e);
    }
    Ok((frame, code_v))
}

/// A call from the eval loop of `stack[callable_at]` with arguments `stack[args_at..]`. A
/// Python function's frame takes the arguments over: they leave the caller's stack before it
/// runs, as CPython 3.11's calls move them (so `sys.getrefcount` inside sees no stack copy).
pub fn call_from_eval_stack(
    vm: &Vm,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
    kwnames: &[Value],
) -> PyResult<Value> {
    let (head, args) = stack.split_at_mut(args_at);
    let (frame, code_v) = match head[callable_at].payload() {
        Some(Payload::Function(f)) => {
            let bound = bind_moved(vm, f, args, kwnames)?;
            stack.truncate(args_at);
            bound
        }
        _ => return call(vm, &head[callable_at], args, kwnames),
    };
    finish_call(vm, &stack[callable_at], frame, code_of(&code_v))
}

/// A call from the eval loop of the Python function `stack[callable_at]` with the arguments
/// `stack[args_at..]`, which it does not run inline (`can_inline_function` refused it); the
/// result replaces the callable and what is above it on the stack. A generator function (or
/// coroutine, or async generator function) called with plain positional arguments becomes a
/// generator whose frame is filled as an inline call's (`fill_inline_frame`: the arguments
/// move in, leaving the stack); any other call is `call_from_eval_stack`'s.
#[inline(never)]
pub fn call_function_not_inlined(
    vm: &Vm,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
) -> PyResult<()> {
    let r = function_not_inlined(vm, stack, callable_at, args_at)?;
    stack.truncate(callable_at);
    stack.push(r);
    Ok(())
}

/// The result of `call_function_not_inlined`'s call.
#[inline(always)]
fn function_not_inlined(
    vm: &Vm,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
) -> PyResult<Value> {
    if let Some(Payload::Function(f)) = stack[callable_at].payload() {
        // No Python code runs while `__code__` is borrowed here.
        let code_v = f.code.borrow().clone();
        let code = code_of(&code_v);
        if is_generator(code) && plain_positional(f, code, stack.len() - args_at) {
            let co_flags = code.co.flags;
            let names = generator_ops::names(f);
            let gen_code = code_v.clone();
            let fill = move |frame: &mut Frame| {
                if let Some(code) = fill_inline_frame(frame, stack, callable_at, args_at, code_v) {
                    frame.code = code;
                }
            };
            return Ok(generator_ops::new_generator_filling(
                vm, names, gen_code, co_flags, fill,
            ));
        }
    }
    call_from_eval_stack(vm, stack, callable_at, args_at, &[])
}

/// A call the eval loop runs itself, without recursing (`can_inline`, `can_inline_keywords`).
pub enum Inline {
    /// A Python function, or a bound method of one, with plain positional arguments: the code
    /// its frame runs (`__code__`, read once for the test and the frame).
    Code(Value),
    /// A class whose `__init__` may run inline (`fill_init_frame`).
    Init,
    /// A call with keywords (`fill_keywords_frame`).
    Keywords,
}

/// Whether the eval loop runs a call of `callable` with `nargs` positional arguments itself,
/// without recursing (as CPython 3.11 inlines Python-to-Python calls): a Python function, or
/// a bound method of one, that is not a generator and takes them (and the bound `self`) as
/// plain positional arguments (`plain_positional`); or a class with a plain `__init__`.
#[inline(always)]
pub fn can_inline(callable: &Value, nargs: usize) -> Option<Inline> {
    match callable.payload() {
        Some(Payload::Function(f)) => can_inline_function(f, nargs),
        Some(_) => inlinable_other(callable, nargs),
        None => None,
    }
}

/// `can_inline` for a callable known to be the Python function `f`.
#[inline(always)]
pub fn can_inline_function(f: &Function, nargs: usize) -> Option<Inline> {
    inlinable(f, nargs).map(Inline::Code)
}

/// `can_inline` for a callable that is not a function: a bound method or a class.
#[inline(never)]
fn inlinable_other(callable: &Value, nargs: usize) -> Option<Inline> {
    match callable.payload() {
        Some(Payload::Method(m)) => match m.0.payload() {
            Some(Payload::Function(f)) => inlinable(f, nargs + 1).map(Inline::Code),
            _ => None,
        },
        Some(Payload::Type(_)) => inlinable_class(callable).then_some(Inline::Init),
        _ => None,
    }
}

/// Whether `cls(*args)` may run its `__init__` inline: the metaclass is `type` and calling the
/// class is plain (`type_ops::plain_init`). `fill_init_frame` checks that the `__init__` takes
/// the instance and the arguments as plain positional arguments.
#[inline(always)]
fn inlinable_class(cls: &Value) -> bool {
    cls.class_is(&types::builtin().type_) && type_ops::has_plain_init(cls)
}

/// The code a frame of `f` runs, when a call with `nargs` plain positional arguments may run
/// inline (not a generator, `plain_positional`).
#[inline(always)]
fn inlinable(f: &Function, nargs: usize) -> Option<Value> {
    // No Python code runs while `__code__` is borrowed here.
    let code_v = f.code.borrow();
    if f.inline_argcount.get() as usize == nargs {
        return Some(code_v.clone());
    }
    let code = code_of(&code_v);
    (!is_generator(code) && plain_positional(f, code, nargs)).then(|| code_v.clone())
}

/// Make `frame` (a parked frame, `Frame::parked`) the frame of a call from the eval loop of
/// `stack[callable_at]` with the arguments `stack[args_at..]`, which `can_inline` accepted
/// with `code_v`, and hand `code_v` back: the frame's `code` stays an inline int (the loop's
/// call-stack slot holds the code of a frame it runs inline). The arguments move into the
/// frame. The callable stays on the stack; a bound method is replaced there by its function,
/// its `self` going to the frame (as CPython 3.11's `PRECALL` unpacks bound methods). `None`
/// if the callable is neither.
#[inline(always)]
pub fn fill_inline_frame(
    frame: &mut Frame,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
    code_v: Value,
) -> Option<Value> {
    // One payload read for a function; a bound method is read again once unpacked.
    let mut callee = stack[callable_at].payload();
    if let Some(Payload::Method(_)) = callee {
        unpack_method(stack, callable_at, args_at);
        callee = stack[callable_at].payload();
    }
    let Some(Payload::Function(f)) = callee else {
        return None;
    };
    let nargs = stack.len() - args_at;
    // Every parameter passed and no cell or free variable (the usual call): the function
    // knows the frame's size, `__code__` is not read.
    let slots = f.inline_slots.get();
    if f.inline_argcount.get() as usize == nargs && slots != u32::MAX {
        let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
        frame.reset_moving_args(slots as usize, globals, builtins, stack, args_at);
        return Some(code_v);
    }
    let code = code_of(&code_v);
    let (argcount, cells) = (code.co.argcount as usize, needs_cells(f, code));
    let slots = code.varnames.len() + code.cell_free.len();
    if cells {
        fill_cells_frame(frame, stack, callable_at, args_at, &code_v, slots);
        return Some(code_v);
    }
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    frame.reset_moving_args(slots, globals, builtins, stack, args_at);
    if nargs < argcount
        && let Some(Payload::Function(f)) = stack[callable_at].payload()
    {
        bind_defaults(f, argcount, frame, nargs);
    }
    Some(code_v)
}

/// `fill_inline_frame` for the Python function `stack[callable_at]` whose frame of `code_v`
/// has cell or free variables (`slots` local slots in all): the locals are pushed up to the
/// free variables' slots only, which are then pushed holding the closure's cells (not pushed
/// unbound first and written after).
#[inline(always)]
fn fill_cells_frame(
    frame: &mut Frame,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
    code_v: &Value,
    slots: usize,
) {
    let Some(Payload::Function(f)) = stack[callable_at].payload() else {
        return;
    };
    let nargs = stack.len() - args_at;
    let code = code_of(code_v);
    let argcount = code.co.argcount as usize;
    let free = match f.closure {
        Some(_) => code.cell_free.len() - code.cell2arg.len(),
        None => 0,
    };
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    frame.reset_moving_args(slots - free, globals, builtins, stack, args_at);
    if let Some(Payload::Function(f)) = stack[callable_at].payload() {
        bind_defaults(f, argcount, frame, nargs);
        let fast = &mut frame.fast;
        if !code.cell2arg.is_empty() {
            make_cells(code, fast, code.varnames.len());
        }
        if let Some(closure) = &f.closure {
            let cells = tuple_ops::items(closure);
            let cells = cells.get(..slots - fast.len()).unwrap_or(cells);
            for cell in cells {
                fast.push(Some(cell.clone()));
            }
        }
    }
    // A closure shorter than the code's free variables (never made: assigning `__code__`
    // checks the count) leaves the rest unbound.
    while frame.fast.len() < slots {
        frame.fast.push(None);
    }
}

/// Whether a call with keywords of `callable` with `nargs` arguments, the last of them named
/// by the tuple `names`, binds exactly as the positional call with the same arguments: each
/// keyword names, by identity (names are interned), the parameter right after the previous
/// argument's, none of them positional-only, and the call is plain positional
/// (`plain_positional`). Then the eval loop runs it as that call (CPython binds the same).
#[inline(never)]
pub fn keywords_as_positional(callable: &Value, names: &Value, nargs: usize) -> Option<Inline> {
    let (f, bound) = match callable.payload()? {
        Payload::Function(f) => (f, 0),
        Payload::Method(m) => match m.0.payload()? {
            Payload::Function(f) => (f, 1),
            _ => return None,
        },
        _ => return None,
    };
    let Some(Payload::Tuple(kw)) = names.payload() else {
        return None;
    };
    // No Python code runs while `__code__` is borrowed here.
    let code_v = f.code.borrow();
    let code = code_of(&code_v);
    let first = (nargs + bound).checked_sub(kw.len())?;
    let in_place = first >= code.co.posonlyargcount as usize
        && kw
            .iter()
            .enumerate()
            .all(|(j, name)| code.varnames.get(first + j).is_some_and(|p| p.is(name)));
    (in_place && !is_generator(code) && plain_positional(f, code, nargs + bound))
        .then(|| Inline::Code(code_v.clone()))
}

/// Whether the eval loop runs a call with keywords of `callable` itself: a Python function,
/// or a bound method of one, that is not a generator (its arguments are bound as a recursing
/// call binds them, errors included).
#[inline]
pub fn can_inline_keywords(callable: &Value) -> bool {
    let f = match callable.payload() {
        Some(Payload::Function(f)) => f,
        Some(Payload::Method(m)) => match m.0.payload() {
            Some(Payload::Function(f)) => f,
            _ => return false,
        },
        _ => return false,
    };
    !is_generator(code_of(&f.code.borrow()))
}

/// Make `frame` (a parked frame) the frame of a call with keywords (`CALL_FUNCTION_KW`) from
/// the eval loop of `stack[callable_at]`, which `can_inline_keywords` accepted, with the
/// arguments `stack[args_at..]` and the names tuple above them. The arguments are bound as a
/// recursing call binds them (no `**kwargs` dict unless the function has one) and leave the
/// caller's stack; a bound method is unpacked as `fill_inline_frame` does. On an error in the
/// binding the frame stays parked. False when the call was made recursing (and its result
/// pushed).
#[inline(never)]
pub fn fill_keywords_frame(
    vm: &Vm,
    frame: &mut Frame,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
) -> PyResult<bool> {
    let names = stack.pop().unwrap_or_else(Value::zero);
    let kwnames = tuple_ops::items(&names);
    if let Some(Payload::Method(_)) = stack[callable_at].payload() {
        unpack_method(stack, callable_at, args_at);
    }
    let Some(Payload::Function(f)) = stack[callable_at].payload() else {
        let r = call_from_eval_stack(vm, stack, callable_at, args_at, kwnames)?;
        stack.truncate(callable_at);
        stack.push(r);
        return Ok(false);
    };
    let code_v = reset_for(f, frame);
    if let Err(e) = bind_all(vm, f, code_of(&code_v), frame, &stack[args_at..], kwnames) {
        frame.park();
        return Err(e);
    }
    stack.truncate(args_at);
    Ok(true)
}

/// Make `frame` (a parked frame) the frame of the `__init__` of a call from the eval loop of
/// the class `stack[callable_at]` with the arguments `stack[args_at..]`, which `can_inline`
/// accepted, and return the new instance (`None`: the call is not plain after all). The call
/// counts against the recursion limit as CPython's call of a class does, on top of the frame
/// (the caller leaves it when the frame finishes). The arguments stay on the caller's stack
/// and a second reference to each is pushed there, standing for the argument tuple CPython's
/// `slot_tp_init` passes, so `sys.getrefcount` inside `__init__` matches CPython's.
#[inline(never)]
pub fn fill_init_frame(
    vm: &Vm,
    frame: &mut Frame,
    stack: &mut Vec<Value>,
    callable_at: usize,
    args_at: usize,
) -> PyResult<Option<Value>> {
    let cls = &stack[callable_at];
    let Some(init) = type_ops::plain_init(cls) else {
        return Ok(None);
    };
    let nargs = stack.len() - args_at;
    let Some(Payload::Function(f)) = init.payload() else {
        return Ok(None);
    };
    let Some(code_v) = inlinable(f, nargs + 1) else {
        return Ok(None);
    };
    vm.enter_inlined_call_from(" while calling a Python object")?;
    let obj = match type_ops::alloc_instance(vm, cls) {
        Ok(obj) => obj,
        Err(e) => {
            vm.leave_call();
            return Err(e);
        }
    };
    let (argcount, cells) = {
        let code = code_of(&code_v);
        (code.co.argcount as usize, needs_cells(f, code))
    };
    debug_assert!(frame.fast.is_empty());
    frame.fast.push(Some(obj.clone()));
    for i in args_at..args_at + nargs {
        let v = stack[i].clone();
        frame.fast.push(Some(v.clone()));
        stack.push(v);
    }
    frame.reset(code_v, f.globals.clone(), f.builtins.clone());
    bind_defaults(f, argcount, frame, nargs + 1);
    if cells {
        let Frame { code, fast, .. } = frame;
        init_cells(code_of(code), f, fast);
    }
    Ok(Some(obj))
}

/// Replace the bound method of a Python function at `stack[callable_at]` by its function, and
/// put its `self` before the arguments at `args_at`.
#[inline(never)]
fn unpack_method(stack: &mut Vec<Value>, callable_at: usize, args_at: usize) {
    let (func, this) = match stack[callable_at].payload() {
        Some(Payload::Method(m)) if matches!(m.0.payload(), Some(Payload::Function(_))) => {
            (m.0.clone(), m.1.clone())
        }
        _ => return,
    };
    stack[callable_at] = func;
    stack.insert(args_at, this);
}

/// Enter a call: count it against the recursion limit and serve the eval breaker (the GIL
/// switch, signals) as CPython does at each call. On error the call is not entered.
#[inline]
pub fn enter_frame(vm: &Vm) -> PyResult<()> {
    vm.enter_call()?;
    serve_breaker_on_entry(vm)
}

/// `enter_frame` for a frame the eval loop runs inline: it does not grow the Rust stack, so
/// only the recursion limit is checked.
#[inline(always)]
pub fn enter_inlined_frame(vm: &Vm) -> PyResult<()> {
    vm.enter_inlined_call()?;
    serve_breaker_on_entry(vm)
}

/// The eval breaker at a call just counted; on error the call is left again.
#[inline(always)]
fn serve_breaker_on_entry(vm: &Vm) -> PyResult<()> {
    if vm.interp.gil.eval_breaker()
        && let Err(e) = eval::eval_breaker(vm)
    {
        vm.leave_call();
        return Err(e);
    }
    Ok(())
}

/// Run a frame to completion under the recursion limit.
pub fn run_frame(vm: &Vm, frame: &mut Frame) -> PyResult<Value> {
    enter_frame(vm)?;
    let r = eval::run(vm, frame);
    vm.leave_call();
    return_value(vm, r?)
}

/// `run_frame` for a frame that runs `code`, whose reference its caller holds (no reference
/// is taken for the loop to borrow it).
#[inline(always)]
fn run_frame_code(vm: &Vm, frame: &mut Frame, code: &Code) -> PyResult<Value> {
    enter_frame(vm)?;
    let r = eval::run_code(vm, frame, code);
    vm.leave_call();
    return_value(vm, r?)
}

/// The result of a function's frame that stopped with `exit`.
#[inline(always)]
fn return_value(vm: &Vm, exit: Exit) -> PyResult<Value> {
    match exit {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.new_exc("SystemError", "yield outside a generator frame")),
    }
}

/// Fill the cell and free variable slots of a frame of `f` running `code`, its arguments
/// bound (`fast` is the frame's locals): a new cell for each cell variable (holding the
/// argument it shadows, if any), then `f`'s closure cells (as CPython 3.11's `MAKE_CELL` and
/// `COPY_FREE_VARS`). The slots were left unbound by `Frame::reset`.
#[inline(always)]
fn init_cells(code: &Code, f: &Function, fast: &mut [Option<Value>]) {
    let nlocals = code.varnames.len();
    if !code.cell2arg.is_empty() {
        make_cells(code, fast, nlocals);
    }
    if let Some(closure) = &f.closure {
        let free = fast
            .get_mut(nlocals + code.cell2arg.len()..)
            .unwrap_or_default();
        for (slot, cell) in free.iter_mut().zip(tuple_ops::items(closure)) {
            fill_unbound(slot, cell.clone());
        }
    }
}

/// `init_cells`' new cells, one per cell variable of `code`, after the `nlocals` locals.
fn make_cells(code: &Code, fast: &mut [Option<Value>], nlocals: usize) {
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = arg.and_then(|a| fast.get_mut(a).and_then(Option::take));
        if let Some(slot) = fast.get_mut(nlocals + i) {
            drop(slot.replace(crate::objects::function_ops::new_cell(init)));
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Put positional and keyword arguments, defaults, `*args` and `**kwargs` into the frame's
/// locals, with CPython's error messages.
fn bind_arguments(
    vm: &Vm,
    f: &Function,
    code: &Code,
    frame: &mut Frame,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let co = &code.co;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let npos = args.len() - kwnames.len();
    let total = argcount + kwonly;
    let varkw_dict = if has_varkw {
        Some(crate::objects::dict::new_dict())
    } else {
        None
    };

    for (i, a) in args[..npos.min(argcount)].iter().enumerate() {
        frame.fast[i] = Some(a.clone());
    }
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        frame.fast[total] = Some(tuple_ops::new_tuple(extra));
    }
    let too_many = !has_varargs && npos > argcount;
    let mut posonly_as_kw = Vec::new();
    for (name, value) in kwnames.iter().zip(&args[npos..]) {
        let n = as_str(name).unwrap_or("");
        // Names are interned: identity finds the usual keyword, equality the rest (as
        // CPython's two passes over `co_varnames`).
        let params = &code.varnames[posonly..total];
        let slot = params
            .iter()
            .position(|v| v.is(name))
            .or_else(|| params.iter().position(|v| as_str(v) == Some(n)))
            .map(|p| p + posonly);
        match slot {
            Some(i) => {
                if frame.fast[i].is_some() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{n}'",
                        func_name(f)
                    )));
                }
                frame.fast[i] = Some(value.clone());
            }
            None => match &varkw_dict {
                Some(d) => dict_ops::set_item(vm, d, name.clone(), value.clone())?,
                None => {
                    if code.varnames[..posonly]
                        .iter()
                        .any(|v| as_str(v) == Some(n))
                    {
                        posonly_as_kw.push(n.to_owned());
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{n}'",
                        func_name(f)
                    )));
                }
            },
        }
    }
    if too_many {
        return Err(too_many_positional(vm, f, code, npos, frame));
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(String::as_str).collect();
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            func_name(f),
            names.join(", ")
        )));
    }
    if let Some(d) = varkw_dict {
        let slot = total + usize::from(has_varargs);
        frame.fast[slot] = Some(d);
    }
    fill_defaults(vm, f, code, frame, argcount, kwonly)
}

fn fill_defaults(
    vm: &Vm,
    f: &Function,
    code: &Code,
    frame: &mut Frame,
    argcount: usize,
    kwonly: usize,
) -> PyResult<()> {
    // The defaults are aligned with the last parameters (and may outnumber them). No Python
    // code runs while `__defaults__` is borrowed here.
    let mut missing = Vec::new();
    {
        let defaults = f.defaults.borrow();
        let defaults = defaults.as_ref().map_or(&[][..], tuple_ops::items);
        for i in 0..argcount {
            if frame.fast[i].is_none() {
                if i + defaults.len() >= argcount {
                    frame.fast[i] = Some(defaults[i + defaults.len() - argcount].clone());
                } else {
                    missing.push(as_str(&code.varnames[i]).unwrap_or("?"));
                }
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            func_name(f),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    let mut missing_kw = Vec::new();
    for i in argcount..argcount + kwonly {
        if frame.fast[i].is_none() {
            let name = &code.varnames[i];
            let d = match &kwdefaults {
                Some(kd) => dict_ops::get_item(vm, kd, name)?,
                None => None,
            };
            match d {
                Some(v) => frame.fast[i] = Some(v),
                None => missing_kw.push(as_str(name).unwrap_or("?")),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            func_name(f),
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    Ok(())
}

#[cold]
fn too_many_positional(
    vm: &Vm,
    f: &Function,
    code: &Code,
    given: usize,
    frame: &Frame,
) -> crate::vm::PyErr {
    let argcount = code.co.argcount as usize;
    let ndefaults = f
        .defaults
        .borrow()
        .as_ref()
        .map_or(0, |d| tuple_ops::items(d).len());
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {} positional arguments",
            argcount as i64 - ndefaults as i64,
            argcount
        )
    } else {
        plural(argcount, "positional argument")
    };
    let kw_given = (argcount..argcount + code.co.kwonlyargcount as usize)
        .filter(|&i| frame.fast[i].is_some())
        .count();
    let given_s = if kw_given > 0 {
        format!(
            "{} positional argument{} (and {} keyword-only argument{}) were given",
            given,
            if given == 1 { "" } else { "s" },
            kw_given,
            if kw_given == 1 { "" } else { "s" }
        )
    } else if given == 1 {
        "1 was given".to_owned()
    } else {
        format!("{given} were given")
    };
    let takes = if ndefaults == 0 && argcount == 1 {
        "1 positional argument".to_owned()
    } else {
        takes
    };
    vm.type_error(format!(
        "{}() takes {} but {}",
        func_name(f),
        takes,
        given_s
    ))
}
