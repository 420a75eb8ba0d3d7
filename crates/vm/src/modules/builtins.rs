//! The `builtins` module: the core builtin functions and the names of the builtin types.
//! Counterpart of CPython's `Python/bltinmodule.c`. More builtins live in `builtins_more.rs`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_builtin, new_fast_builtin, set_attr};
use crate::objects::function::{Args, FastPath};
use crate::objects::iter::IterState;
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::types::{self, builtin};
use crate::objects::{dict_ops, int, tuple_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};
use std::io::Write;
use std::sync::Mutex;

static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

/// Flush stdout after every write (`python3 -u`, or stdout is a terminal); set by the `gilpy` command.
pub static STDOUT_UNBUFFERED: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Write to the process's stdout (buffered; flushed at exit and before stderr output).
pub fn raw_stdout(s: &str) -> std::io::Result<()> {
    let mut g = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    let w = g.get_or_insert_with(|| std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
    w.write_all(s.as_bytes())?;
    if STDOUT_UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed) {
        w.flush()?;
    }
    Ok(())
}

pub fn flush_stdout() {
    let mut g = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(w) = g.as_mut() {
        let _ = w.flush();
    }
}

/// `flush_stdout` for the panic hook: skipped when the buffer is locked (a panic while
/// writing it), since waiting would never end.
pub fn try_flush_stdout() {
    let mut g = match STDOUT.try_lock() {
        Ok(g) => g,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return,
    };
    if let Some(w) = g.as_mut() {
        let _ = w.flush();
    }
}

pub fn raw_stderr(s: &str) {
    flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// The state of `sys.stdout`/`sys.stderr`: which descriptor it writes to, and whether it was
/// closed.
pub struct StdStream(pub i32, pub std::cell::Cell<bool>);

/// The stream state of `v` if it is a native `sys.stdout`/`sys.stderr`.
fn std_stream_state(v: &Value) -> Option<&StdStream> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<StdStream>(),
        _ => None,
    }
}

fn closed_file(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("I/O operation on closed file.")
}

fn stream_write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "write", 2, 2)?;
    let Some(s) = as_str(&a[1]) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let stream = std_stream_state(&a[0]);
    if stream.is_some_and(|s| s.1.get()) {
        return Err(closed_file(vm));
    }
    let fd = stream.map_or(1, |s| s.0);
    if fd == 2 {
        raw_stderr(s);
    } else if raw_stdout(s).is_err() {
        return Err(vm.new_exc("BrokenPipeError", "[Errno 32] Broken pipe"));
    }
    Ok(int::from_usize(s.chars().count()))
}

fn stream_flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "flush", 1, 1)?;
    if std_stream_state(&a[0]).is_some_and(|s| s.1.get()) {
        return Err(closed_file(vm));
    }
    flush_stdout();
    Ok(vm.none())
}

/// `close()`: flush, then refuse further writes (the descriptor itself stays open, as
/// CPython's `sys.stdout` does not own fd 1 for good either once closed by Python code).
fn stream_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    flush_stdout();
    if let Some(s) = std_stream_state(&a[0]) {
        s.1.set(true);
    }
    ops::setattr(vm, &a[0], &intern("closed"), vm.bool(true))?;
    Ok(vm.none())
}

fn stream_type() -> &'static Value {
    static T: std::sync::OnceLock<StaticValue> = std::sync::OnceLock::new();
    &T.get_or_init(|| {
        let t = crate::objects::bootstrap::new_native_type("TextIOWrapper");
        crate::objects::bootstrap::add_method(&t, "TextIOWrapper", "write", stream_write);
        crate::objects::bootstrap::add_method(&t, "TextIOWrapper", "flush", stream_flush);
        crate::objects::bootstrap::add_method(&t, "TextIOWrapper", "close", stream_close);
        crate::modules::stdin::add_output_methods(&t);
        StaticValue(t)
    })
    .0
}

use crate::objects::bootstrap::StaticValue;

/// `sys.stdout` (fd 1) or `sys.stderr` (fd 2).
pub fn std_stream(vm: &Vm, fd: i32) -> Value {
    let dict =
        crate::modules::stdin::stream_attrs(vm, if fd == 2 { "<stderr>" } else { "<stdout>" }, "w");
    Value::alloc_with_dict(
        stream_type().clone(),
        Some(dict),
        Payload::Native(Box::new(StdStream(fd, std::cell::Cell::new(false)))),
    )
}

/// Write text to `sys.stdout`, whatever object it is now.
pub fn write_stdout(vm: &Vm, s: &str) -> PyResult<()> {
    let out = ops::getattr(vm, &vm.objects().sys.clone(), &intern("stdout"))?;
    write_to(vm, &out, s)
}

/// `file.write(s)`, straight to the descriptor for the process's own streams.
pub fn write_to(vm: &Vm, file: &Value, s: &str) -> PyResult<()> {
    if let Some(st) = std_stream_state(file) {
        if st.1.get() {
            return Err(closed_file(vm));
        }
        if st.0 == 2 {
            raw_stderr(s);
            return Ok(());
        }
        return raw_stdout(s).map_err(|_| vm.new_exc("BrokenPipeError", "[Errno 32] Broken pipe"));
    }
    let write = ops::getattr(vm, file, &intern("write"))?;
    ops::call(vm, &write, &[new_str(s)], &[]).map(drop)
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "print", &["sep", "end", "file", "flush"])?;
    let text_arg = |name: &str, default: &str| -> PyResult<String> {
        match args.kw(name) {
            None => Ok(default.to_owned()),
            Some(v) if vm.is_none(v) => Ok(default.to_owned()),
            Some(v) => match as_str(v) {
                Some(s) => Ok(s.to_owned()),
                None => Err(vm.type_error(format!(
                    "{name} must be None or a string, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let sep = text_arg("sep", " ")?;
    let end = text_arg("end", "\n")?;
    let file = match args.kw("file").filter(|f| !vm.is_none(f)) {
        Some(f) => f.clone(),
        None => ops::getattr(vm, &vm.objects().sys.clone(), &intern("stdout"))?,
    };
    if vm.is_none(&file) {
        return Ok(vm.none());
    }
    let native = matches!(file.payload(), Some(Payload::Native(n)) if n.is::<StdStream>());
    if native {
        // The process's own stream: one write of the whole line, which looks the same.
        let mut out = String::new();
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&ops::text::str_string(vm, v)?);
        }
        out.push_str(&end);
        write_to(vm, &file, &out)?;
    } else {
        // Any other file gets one `write` per piece, as `PyFile_WriteObject` does.
        for (i, v) in args.pos().iter().enumerate() {
            if i > 0 {
                write_to(vm, &file, &sep)?;
            }
            write_to(vm, &file, &ops::text::str_string(vm, v)?)?;
        }
        write_to(vm, &file, &end)?;
    }
    let flush = match args.kw("flush") {
        Some(v) => ops::is_true(vm, v)?,
        None => false,
    };
    if flush {
        if native {
            flush_stdout();
        } else {
            let flush = ops::getattr(vm, &file, &intern("flush"))?;
            ops::call(vm, &flush, &[], &[])?;
        }
    }
    Ok(vm.none())
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let v = match args.args {
        [v] if args.kwnames.is_empty() => v,
        _ => &args.positional_only(vm, "len", 1, 1)?[0],
    };
    if let Some(n) = exact_len(v) {
        return Ok(int::from_usize(n));
    }
    Ok(int::from_usize(ops::len(vm, v)?))
}

/// The length of a str or of an exact list, tuple, dict, set or frozenset, read without `ops::len`'s look at
/// the type's `__len__` (CPython's `CALL_NO_KW_LEN` calls the type's `sq_length` directly).
#[inline(always)]
pub(crate) fn exact_len(v: &Value) -> Option<usize> {
    let b = builtin();
    match v.payload()? {
        Payload::Str(s) if v.class_is(&b.str_) => Some(s.char_len()),
        Payload::List(l) if v.class_is(&b.list) => Some(l.borrow().len()),
        Payload::Tuple(t) if v.class_is(&b.tuple) => Some(t.len()),
        Payload::Dict(d) if v.class_is(&b.dict) => Some(d.borrow().len()),
        Payload::Set(t) if v.class_is(&b.set) => Some(t.borrow().len()),
        Payload::FrozenSet(t) if v.class_is(&b.frozenset) => Some(t.len()),
        _ => None,
    }
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "repr", 1, 1)?;
    // `repr` is a METH_O builtin, whose call CPython counts against the recursion limit.
    vm.enter_call_from(" while calling a Python object")?;
    let r = ops::repr(vm, &a[0]);
    vm.leave_call();
    r
}

fn ascii(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "ascii", 1, 1)?;
    ops::ascii(vm, &a[0])
}

fn format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "format", 1, 2)?;
    ops::format(vm, &a[0], a.get(1))
}

/// The classes of an `isinstance`/`issubclass` second argument (a class or nested tuples).
fn class_test(
    vm: &Vm,
    cls_or_tuple: &Value,
    what: &str,
    test: &dyn Fn(&Value) -> PyResult<bool>,
) -> PyResult<bool> {
    match cls_or_tuple.payload() {
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if class_test(vm, c, what, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Type(_)) => test(cls_or_tuple),
        _ => match types::lookup_str(
            &cls_or_tuple.class(),
            if what == "isinstance" {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            },
        ) {
            Some(_) => test(cls_or_tuple),
            None => Err(vm.type_error(format!(
                "{what}() arg 2 must be a type, a tuple of types, or a union"
            ))),
        },
    }
}

/// `isinstance(obj, cls)` when no `__instancecheck__` can be involved besides `type`'s own
/// (which CPython knows and skips for a class whose metaclass is exactly `type`; here
/// `instance_check` answers the same): the MRO test for such a class, or for a tuple of them
/// the first that holds. `None` (another metaclass, a nested tuple, a union) leaves the answer
/// to the generic path, before anything with effects ran.
fn instance_of_plain(vm: &Vm, obj: &Value, cls: &Value) -> Option<bool> {
    let type_ = &vm.b().type_;
    if cls.class_is(type_) {
        return match types::is_subtype(&obj.class(), cls) {
            false if declares_class(obj) => None,
            r => Some(r),
        };
    }
    let Some(Payload::Tuple(items)) = cls.payload() else {
        return None;
    };
    let t = obj.class();
    for c in items.iter() {
        if !c.class_is(type_) {
            return None;
        }
        if types::is_subtype(&t, c) {
            return Some(true);
        }
    }
    (!declares_class(obj)).then_some(false)
}

/// Whether `obj`'s class, written in Python, defines a `__class__` attribute (a property that
/// may name another class, as mocks and proxies do).
fn declares_class(obj: &Value) -> bool {
    let t = obj.class();
    types::type_data(&t).is_some_and(|d| d.heap) && types::lookup_str(&t, "__class__").is_some()
}

/// `hook` (`__instancecheck__` or `__subclasscheck__`) of a metaclass written in Python that
/// overrides `type`'s own; `type`'s is answered natively.
fn metaclass_hook(vm: &Vm, meta: &Value, hook: &str) -> Option<Value> {
    if !types::type_data(meta).is_some_and(|t| t.heap) {
        return None;
    }
    let m = types::lookup_str(meta, hook)?;
    let default = types::lookup_str(&vm.b().type_, hook);
    (!default.is_some_and(|d| d.is(&m))).then_some(m)
}

/// `isinstance(obj, cls)` for one class, as CPython's `object_recursive_isinstance`: its own
/// type at once, else the metaclass's hook, else the MRO of its type or of its `__class__`.
fn instance_check(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if obj.class_is(cls) {
        return Ok(true);
    }
    if let Some(m) = metaclass_hook(vm, &cls.class(), "__instancecheck__") {
        let r = ops::call(vm, &m, &[cls.clone(), obj.clone()], &[])?;
        return ops::is_true(vm, &r);
    }
    real_instance_check(vm, obj, cls)
}

/// `isinstance` without hooks (`type.__instancecheck__`, CPython's `object_isinstance`): the
/// type of `obj`, or the class its `__class__` names, derives from `cls`.
pub fn real_instance_check(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    let t = obj.class();
    if types::is_subtype(&t, cls) {
        return Ok(true);
    }
    if !types::type_data(&t).is_some_and(|d| d.heap) {
        return Ok(false);
    }
    let declared = ops::getattr_opt(vm, obj, &intern("__class__"))?;
    Ok(declared
        .is_some_and(|c| !c.is(&t) && types::type_data(&c).is_some() && types::is_subtype(&c, cls)))
}

fn isinstance(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let [obj, cls] = args.args
        && args.kwnames.is_empty()
    {
        // An object is an instance of its own type whatever the metaclass says (as CPython's
        // `PyObject_IsInstance` answers before looking for `__instancecheck__`).
        if obj.class_is(cls) {
            return Ok(vm.bool(true));
        }
        if let Some(r) = instance_of_plain(vm, obj, cls) {
            return Ok(vm.bool(r));
        }
    }
    let a = args.positional_only(vm, "isinstance", 2, 2)?;
    let r = class_test(vm, &a[1], "isinstance", &|c| instance_check(vm, &a[0], c))?;
    Ok(vm.bool(r))
}

/// `issubclass(sub, cls)` for one class: the MRO, then a Python metaclass's `__subclasscheck__`.
fn subclass_check(vm: &Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    match metaclass_hook(vm, &cls.class(), "__subclasscheck__") {
        Some(m) => {
            let r = ops::call(vm, &m, &[cls.clone(), sub.clone()], &[])?;
            ops::is_true(vm, &r)
        }
        None => Ok(types::is_subtype(sub, cls)),
    }
}

fn issubclass(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "issubclass", 2, 2)?;
    if !matches!(a[0].payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_test(vm, &a[1], "issubclass", &|c| subclass_check(vm, &a[0], c))?;
    Ok(vm.bool(r))
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "iter", 1, 2)?;
    if let Some(sentinel) = a.get(1) {
        if !is_callable(&a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let st = IterState::Callable {
            func: a[0].clone(),
            sentinel: sentinel.clone(),
        };
        return Ok(crate::objects::iter_types::new_iter(
            &vm.b().iters.callable,
            st,
        ));
    }
    ops::iter(vm, &a[0])
}

fn next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "next", 1, 2)?;
    let it = &a[0];
    if !matches!(it.payload(), Some(Payload::Iter(_)))
        && types::lookup_str_on_class(it, "__next__").is_none()
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let (Some(Payload::Generator(g)), None) = (it.payload(), a.get(1))
        && g.kind == crate::objects::generator::Kind::Generator
    {
        return crate::objects::generator_ops::send(vm, it, vm.none());
    }
    if a.len() == 1
        && !matches!(it.payload(), Some(Payload::Iter(_)))
        && let Some(m) = types::lookup_str_on_class(it, "__next__")
    {
        // The iterator's own StopIteration propagates, with its value.
        return ops::call(vm, &m, std::slice::from_ref(it), &[]);
    }
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

pub fn is_callable(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Type(_))
    ) || types::lookup_str_on_class(v, "__call__").is_some()
}

fn callable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "callable", 1, 1)?;
    Ok(vm.bool(is_callable(&a[0])))
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "hash", 1, 1)?;
    Ok(int::from_i64(ops::hash(vm, &a[0])?))
}

fn id(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "id", 1, 1)?;
    Ok(int::from_usize(a[0].id()))
}

fn attr_name<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Value> {
    if as_str(v).is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(v)
}

fn getattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match ops::getattr(vm, &a[0], name) {
        Err(e) if a.len() == 3 && vm.err_is(&e, "AttributeError") => Ok(a[2].clone()),
        r => r,
    }
}

fn setattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "setattr", 3, 3)?;
    ops::setattr(vm, &a[0], attr_name(vm, &a[1])?, a[2].clone())?;
    Ok(vm.none())
}

fn delattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "delattr", 2, 2)?;
    ops::delattr(vm, &a[0], attr_name(vm, &a[1])?)?;
    Ok(vm.none())
}

fn hasattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "hasattr", 2, 2)?;
    match ops::getattr(vm, &a[0], attr_name(vm, &a[1])?) {
        Ok(_) => Ok(vm.bool(true)),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(vm.bool(false)),
        Err(e) => Err(e),
    }
}

fn globals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "globals", 0, 0)?;
    crate::run::current_globals(vm).ok_or_else(|| vm.runtime_error("globals(): no current frame"))
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (&pos[0], &pos[1]);
    let orig_bases = tuple_ops::new_tuple(pos[2..].to_vec());
    let bases = resolve_bases(vm, &orig_bases)?;
    let mut meta = None;
    let mut kwargs = Vec::new();
    for (k, v) in args.kwargs() {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwargs.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match tuple_ops::items(&bases).first() {
            Some(b) => b.class(),
            None => builtin().type_.clone(),
        },
    };
    let meta = most_derived_meta(vm, meta, &bases)?;
    let ns = match types::lookup_str(&meta, "__prepare__")
        .filter(|_| types::type_data(&meta).is_some_and(|t| t.heap))
    {
        Some(p) => {
            let p = ops::attr::bind(vm, p, Some(&meta), &meta)?;
            let mut all = vec![name.clone(), bases.clone()];
            all.extend(kwargs.iter().map(|(_, v)| v.clone()));
            let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            ops::call(vm, &p, &all, &names)?
        }
        None => crate::objects::dict::new_dict(),
    };
    let Some(Payload::Function(f)) = body.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let mut frame = crate::frame::Frame::new(
        f.code.borrow().clone(),
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
    );
    let (nlocals, ncells) = (frame.code().varnames.len(), frame.code().co.cellvars.len());
    for i in 0..ncells {
        frame.fast[nlocals + i] = Some(crate::objects::function_ops::new_cell(None));
    }
    if let Some(closure) = &f.closure {
        for (i, c) in tuple_ops::items(closure).iter().enumerate() {
            frame.fast[nlocals + ncells + i] = Some(c.clone());
        }
    }
    let cell = ops::call::run_frame(vm, &mut frame)?;
    if !bases.is(&orig_bases) {
        ops::setitem(vm, &ns, &intern("__orig_bases__"), orig_bases)?;
    }
    let mut all = vec![name.clone(), bases, ns];
    let mut names = Vec::new();
    for (k, v) in kwargs {
        names.push(k);
        all.push(v);
    }
    let cls = ops::call(vm, &meta, &all, &names)?;
    if let Some(Payload::Cell(c)) = cell.payload()
        && c.is_empty()
    {
        drop(c.replace(Some(cls.clone())));
    }
    Ok(cls)
}

/// Replace bases that are not classes by what their `__mro_entries__(bases)` gives (PEP 560:
/// `class A(list[int])` derives from `list`); the same tuple when none has one.
fn resolve_bases(vm: &Vm, orig: &Value) -> PyResult<Value> {
    let items = tuple_ops::items(orig);
    let mut out = Vec::with_capacity(items.len());
    let mut changed = false;
    for b in items {
        if matches!(b.payload(), Some(Payload::Type(_))) {
            out.push(b.clone());
            continue;
        }
        let Some(m) = ops::getattr_opt(vm, b, &intern("__mro_entries__"))? else {
            out.push(b.clone());
            continue;
        };
        let r = ops::call(vm, &m, std::slice::from_ref(orig), &[])?;
        let Some(Payload::Tuple(entries)) = r.payload() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(entries.iter().cloned());
        changed = true;
    }
    Ok(if changed {
        tuple_ops::new_tuple(out)
    } else {
        orig.clone()
    })
}

/// The metaclass that is a subclass of every base's metaclass (a metaclass that is not a
/// type is used as it is).
fn most_derived_meta(vm: &Vm, meta: Value, bases: &Value) -> PyResult<Value> {
    if !matches!(meta.payload(), Some(Payload::Type(_))) {
        return Ok(meta);
    }
    crate::objects::type_ops::calculate_metaclass(vm, meta, tuple_ops::items(bases))
}

fn import(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "__import__", 1, 5)?;
    let globals = a
        .get(1)
        .cloned()
        .or_else(|| args.kw("globals").cloned())
        .unwrap_or_else(|| vm.none());
    let fromlist = a
        .get(3)
        .cloned()
        .or_else(|| args.kw("fromlist").cloned())
        .unwrap_or_else(|| vm.none());
    let level = a
        .get(4)
        .cloned()
        .or_else(|| args.kw("level").cloned())
        .unwrap_or_else(|| int::from_i64(0));
    crate::modules::import::import_name(vm, &a[0], &globals, &fromlist, &level)
}

/// A `types.SimpleNamespace`-like object with the given attributes.
pub fn simple_namespace(vm: &Vm, attrs: &[(&str, Value)]) -> PyResult<Value> {
    static T: std::sync::OnceLock<StaticValue> = std::sync::OnceLock::new();
    let t = &T
        .get_or_init(|| {
            let t = types::new_type(
                builtin().type_.clone(),
                "SimpleNamespace",
                vec![builtin().object.clone()],
                types::Layout::Object,
                true,
            );
            if let Some(td) = types::type_data(&t) {
                *td.mro.borrow_mut() = vec![t.clone(), builtin().object.clone()];
            }
            crate::objects::bootstrap::set_attr(&t, "__module__", new_str("types"));
            StaticValue(t)
        })
        .0;
    let obj = crate::objects::type_ops::alloc_instance(vm, t)?;
    for (k, v) in attrs {
        ops::setattr(vm, &obj, &intern(k), v.clone())?;
    }
    Ok(obj)
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let b = builtin();
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("print", print),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("callable", callable),
        ("hash", hash),
        ("id", id),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("globals", globals),
        ("__build_class__", build_class),
        ("__import__", import),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    set_attr(m, "len", new_fast_builtin("len", len, FastPath::Len));
    let isinstance_fn = new_fast_builtin("isinstance", isinstance, FastPath::IsInstance);
    set_attr(m, "isinstance", isinstance_fn);
    let type_names: [(&str, &Value); 24] = [
        ("object", &b.object),
        ("type", &b.type_),
        ("int", &b.int),
        ("bool", &b.bool_),
        ("float", &b.float),
        ("complex", &b.complex),
        ("str", &b.str_),
        ("bytes", &b.bytes),
        ("bytearray", &b.bytearray),
        ("tuple", &b.tuple),
        ("list", &b.list),
        ("dict", &b.dict),
        ("set", &b.set),
        ("frozenset", &b.frozenset),
        ("range", &b.range),
        ("slice", &b.slice),
        ("property", &b.property),
        ("classmethod", &b.classmethod),
        ("staticmethod", &b.staticmethod),
        ("super", &b.super_),
        ("None", &b.none),
        ("NotImplemented", &b.not_implemented),
        ("Ellipsis", &b.ellipsis),
        ("True", &b.true_),
    ];
    for (name, v) in type_names {
        set_attr(m, name, v.clone());
    }
    set_attr(m, "False", b.false_.clone());
    set_attr(
        m,
        "memoryview",
        crate::objects::memoryview::memoryview_type().clone(),
    );
    set_attr(m, "__debug__", b.true_.clone());
    for (name, cls) in &b.exceptions {
        set_attr(m, name, cls.clone());
    }
    set_attr(m, "EnvironmentError", b.exc("OSError").clone());
    set_attr(m, "IOError", b.exc("OSError").clone());
    crate::modules::builtins_more::init(vm, m)?;
    let _ = dict_ops::items;
    Ok(())
}
