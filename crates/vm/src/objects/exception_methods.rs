//! The builtin exception classes with state beyond `args`: `OSError` (errno, strerror,
//! filename, and the subclass chosen by errno), `SyntaxError`, `ImportError`, `NameError`,
//! `AttributeError`, `SystemExit`, the `Unicode*Error`s and `BaseExceptionGroup`/
//! `ExceptionGroup`. Counterpart of the per-class parts of CPython's `Objects/exceptions.c`.
//!
//! Their fields live in the instance `__dict__` (every exception has one, as in CPython);
//! absent fields read as `None` (`field_default`).

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_classmethod, add_method};
use crate::objects::function::Args;
use crate::objects::str::{as_str, from_string, intern, new_str};
use crate::objects::types::{self, builtin};
use crate::objects::{dict_ops, exception_ops, int, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};

fn is_a(cls: &Value, name: &str) -> bool {
    types::is_subtype(cls, builtin().exc(name))
}

/// Field `name` from the exception's `__dict__`.
fn field(e: &Value, name: &str) -> Option<Value> {
    let d = e.obj()?.dict_value()?;
    crate::objects::dict::get_str_key(&d, &intern(name))
}

fn set_field(vm: &Vm, e: &Value, name: &str, v: Value) -> PyResult<()> {
    match e.obj().and_then(|o| o.dict_value()) {
        Some(d) => dict_ops::set_item(vm, &d, intern(name), v),
        None => Ok(()),
    }
}

/// The value of a class-specific field that was never set (`OSError().errno` is `None`).
pub fn field_default(vm: &Vm, e: &Value, name: &str) -> Option<Value> {
    let cls = e.class();
    let known = match name {
        "errno" | "strerror" | "filename2" => is_a(&cls, "OSError"),
        "filename" => is_a(&cls, "OSError") || is_a(&cls, "SyntaxError"),
        "msg"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line" => is_a(&cls, "SyntaxError"),
        "path" => is_a(&cls, "ImportError"),
        "name" => {
            is_a(&cls, "ImportError") || is_a(&cls, "NameError") || is_a(&cls, "AttributeError")
        }
        "obj" => is_a(&cls, "AttributeError"),
        _ => false,
    };
    known.then(|| vm.none())
}

/// The `OSError` subclass CPython picks for an errno (Linux values).
fn os_error_class(errno: i64) -> &'static str {
    match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => "OSError",
    }
}

/// The C library's message for an errno (`strerror`).
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let suffix = format!(" (os error {errno})");
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}

/// `OSError(errno, strerror(errno), filename)` as the right subclass, from a Rust I/O error.
pub fn os_error(vm: &Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let Some(errno) = err.raw_os_error() else {
        return vm.new_exc("OSError", err.to_string());
    };
    let mut args = vec![int::from_i64(i64::from(errno)), new_str(&strerror(errno))];
    args.extend(filename);
    let cls = builtin().exc("OSError").clone();
    match ops::call(vm, &cls, &args, &[]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `BaseException.__new__(cls, *args)`: every exception gets a `__dict__`; `OSError(errno, ...)`
/// picks its subclass, and the classes with fields parse their arguments.
pub fn exc_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    if types::type_data(cls).is_none() || !is_a(cls, "BaseException") {
        return Err(vm.type_error("BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    let rest = &pos[1..];
    if is_a(cls, "BaseExceptionGroup") {
        return group_new(vm, cls, rest);
    }
    let mut cls = cls.clone();
    if cls.is(builtin().exc("OSError"))
        && let Some(n) = rest
            .first()
            .filter(|_| rest.len() >= 2)
            .and_then(int::as_i64)
    {
        cls = builtin().exc(os_error_class(n)).clone();
    }
    let e = alloc(cls.clone(), rest.to_vec());
    if is_a(&cls, "OSError") {
        os_error_fields(vm, &e, rest)?;
    } else if is_a(&cls, "SyntaxError") {
        syntax_error_fields(vm, &e, rest)?;
    } else if is_a(&cls, "UnicodeError") {
        unicode_error_fields(vm, &e, &cls, rest)?;
    }
    Ok(e)
}

fn alloc(cls: Value, args: Vec<Value>) -> Value {
    let d = crate::objects::exception::ExceptionData::default();
    *d.args.borrow_mut() = Some(tuple_ops::new_tuple(args));
    Value::alloc_with_dict(
        cls,
        Some(crate::objects::dict::new_dict()),
        Payload::Exception(Box::new(d)),
    )
}

fn os_error_fields(vm: &Vm, e: &Value, args: &[Value]) -> PyResult<()> {
    if !(2..=5).contains(&args.len()) {
        return Ok(());
    }
    set_field(vm, e, "errno", args[0].clone())?;
    set_field(vm, e, "strerror", args[1].clone())?;
    if let Some(f) = args.get(2).filter(|f| !vm.is_none(f)) {
        set_field(vm, e, "filename", f.clone())?;
        if let Some(f2) = args.get(4) {
            set_field(vm, e, "filename2", f2.clone())?;
        }
        if let Some(d) = exception_ops::data(e) {
            *d.args.borrow_mut() = Some(tuple_ops::new_tuple(args[..2].to_vec()));
        }
    }
    Ok(())
}

fn syntax_error_fields(vm: &Vm, e: &Value, args: &[Value]) -> PyResult<()> {
    if let Some(m) = args.first() {
        set_field(vm, e, "msg", m.clone())?;
    }
    let Some(details) = args.get(1) else {
        return Ok(());
    };
    let items = ops::collect(vm, details)?;
    if !(4..=6).contains(&items.len()) {
        return Err(vm.index_error("tuple index out of range"));
    }
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (n, v) in names.iter().zip(items) {
        set_field(vm, e, n, v)?;
    }
    Ok(())
}

fn unicode_error_fields(vm: &Vm, e: &Value, cls: &Value, args: &[Value]) -> PyResult<()> {
    let names: &[&str] = if is_a(cls, "UnicodeTranslateError") {
        &["object", "start", "end", "reason"]
    } else if is_a(cls, "UnicodeDecodeError") || is_a(cls, "UnicodeEncodeError") {
        &["encoding", "object", "start", "end", "reason"]
    } else {
        return Ok(());
    };
    if args.len() != names.len() {
        return Err(vm.type_error(format!(
            "function takes exactly {} arguments ({} given)",
            names.len(),
            args.len()
        )));
    }
    for (n, v) in names.iter().zip(args) {
        set_field(vm, e, n, v.clone())?;
    }
    Ok(())
}

/// `BaseException.__init__`: store `args`; only the classes with keyword fields take keywords.
pub fn exc_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(e) = pos.first() else {
        return Ok(vm.none());
    };
    let cls = e.class();
    let (base, allowed): (&str, &[&str]) = if is_a(&cls, "ImportError") {
        ("ImportError", &["name", "path"])
    } else if is_a(&cls, "AttributeError") {
        ("AttributeError", &["name", "obj"])
    } else if is_a(&cls, "NameError") {
        ("NameError", &["name"])
    } else {
        ("", &[])
    };
    for (k, v) in args.kwargs() {
        let k = as_str(k).unwrap_or("");
        if !allowed.contains(&k) {
            return Err(vm.type_error(if allowed.is_empty() {
                format!("{}() takes no keyword arguments", vm.type_name(e))
            } else {
                format!("'{k}' is an invalid keyword argument for {base}()")
            }));
        }
        set_field(vm, e, k, v.clone())?;
    }
    if is_a(&cls, "BaseExceptionGroup")
        || (is_a(&cls, "OSError") && field(e, "filename").is_some_and(|f| !vm.is_none(&f)))
    {
        return Ok(vm.none());
    }
    if let Some(d) = exception_ops::data(e) {
        *d.args.borrow_mut() = Some(tuple_ops::new_tuple(pos[1..].to_vec()));
    }
    if is_a(&cls, "ImportError") {
        set_field(
            vm,
            e,
            "msg",
            pos.get(1).cloned().unwrap_or_else(|| vm.none()),
        )?;
    }
    Ok(vm.none())
}

/// The `str()` of exceptions whose text is not just their arguments; `None` for the rest.
pub fn special_str(vm: &Vm, e: &Value) -> PyResult<Option<String>> {
    let cls = e.class();
    if is_a(&cls, "OSError") {
        return os_error_str(vm, e);
    }
    if is_a(&cls, "SyntaxError") {
        return syntax_error_str(vm, e);
    }
    if is_a(&cls, "BaseExceptionGroup") {
        let msg =
            field(e, "message").map_or(Ok(String::new()), |m| ops::text::str_string(vm, &m))?;
        let n = field(e, "exceptions").map_or(0, |t| tuple_ops::items(&t).len());
        return Ok(Some(format!(
            "{msg} ({n} sub-exception{})",
            if n == 1 { "" } else { "s" }
        )));
    }
    if is_a(&cls, "UnicodeDecodeError") || is_a(&cls, "UnicodeEncodeError") {
        return unicode_error_str(vm, e);
    }
    if is_a(&cls, "ImportError")
        && let Some(m) = field(e, "msg").filter(|m| !vm.is_none(m))
    {
        return ops::text::str_string(vm, &m).map(Some);
    }
    Ok(None)
}

fn os_error_str(vm: &Vm, e: &Value) -> PyResult<Option<String>> {
    let get = |n: &str| field(e, n).filter(|v| !vm.is_none(v));
    let (Some(errno), Some(strerror)) = (get("errno"), get("strerror")) else {
        return Ok(None);
    };
    let (errno, strerror) = (
        ops::text::str_string(vm, &errno)?,
        ops::text::str_string(vm, &strerror)?,
    );
    Ok(Some(match (get("filename"), get("filename2")) {
        (Some(f), Some(f2)) => format!(
            "[Errno {errno}] {strerror}: {} -> {}",
            ops::text::repr_string(vm, &f)?,
            ops::text::repr_string(vm, &f2)?
        ),
        (Some(f), None) => format!(
            "[Errno {errno}] {strerror}: {}",
            ops::text::repr_string(vm, &f)?
        ),
        _ => format!("[Errno {errno}] {strerror}"),
    }))
}

fn syntax_error_str(vm: &Vm, e: &Value) -> PyResult<Option<String>> {
    let get = |n: &str| field(e, n).filter(|v| !vm.is_none(v));
    let msg = match get("msg") {
        Some(m) => ops::text::str_string(vm, &m)?,
        None => return Ok(None),
    };
    let file = get("filename")
        .and_then(|f| as_str(&f).map(|s| s.rsplit('/').next().unwrap_or(s).to_owned()));
    let line = get("lineno").and_then(|l| int::as_i64(&l));
    Ok(Some(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

/// `'\xff'`-style escape of one character, as in `UnicodeEncodeError` messages.
fn char_escape(c: char) -> String {
    let n = u32::from(c);
    if n < 0x100 {
        format!("'\\x{n:02x}'")
    } else if n < 0x10000 {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

fn unicode_error_str(vm: &Vm, e: &Value) -> PyResult<Option<String>> {
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) = (
        field(e, "encoding"),
        field(e, "object"),
        field(e, "start"),
        field(e, "end"),
        field(e, "reason"),
    ) else {
        return Ok(None);
    };
    let (enc, reason) = (
        ops::text::str_string(vm, &enc)?,
        ops::text::str_string(vm, &reason)?,
    );
    let (start, end) = (
        int::as_i64(&start).unwrap_or(0),
        int::as_i64(&end).unwrap_or(0),
    );
    let decoding = is_a(&e.class(), "UnicodeDecodeError");
    let single = end == start + 1;
    let what = if decoding {
        let bytes = crate::objects::bytes_ops::as_bytes(&obj).unwrap_or_default();
        match bytes.get(start as usize).filter(|_| single) {
            Some(b) => format!("can't decode byte 0x{b:02x} in position {start}"),
            None => format!("can't decode bytes in position {start}-{}", end - 1),
        }
    } else {
        let text = as_str(&obj).unwrap_or("");
        match text.chars().nth(start as usize).filter(|_| single) {
            Some(c) => format!(
                "can't encode character {} in position {start}",
                char_escape(c)
            ),
            None => format!("can't encode characters in position {start}-{}", end - 1),
        }
    };
    Ok(Some(format!("'{enc}' codec {what}: {reason}")))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &Vm, cls: &Value, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let (message, seq) = (&args[0], &args[1]);
    if as_str(message).is_none() {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(message)
        )));
    }
    let is_seq = matches!(seq.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        || types::lookup_str_on_class(seq, "__getitem__").is_some()
            && !matches!(seq.payload(), Some(Payload::Dict(_) | Payload::Str(_)));
    if !is_seq {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = ops::collect(vm, seq)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, x) in excs.iter().enumerate() {
        if exception_ops::data(x).is_none() {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        all_exceptions &= is_a(&x.class(), "Exception");
    }
    let base_group = builtin().exc("BaseExceptionGroup");
    let cls = if cls.is(base_group) && all_exceptions {
        builtin().exc("ExceptionGroup").clone()
    } else {
        cls.clone()
    };
    if is_a(&cls, "Exception") && !all_exceptions {
        if cls.is(builtin().exc("ExceptionGroup")) {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        return Err(vm.type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            types::type_name(&cls)
        )));
    }
    let e = alloc(cls, args.to_vec());
    set_field(vm, &e, "message", message.clone())?;
    set_field(vm, &e, "exceptions", tuple_ops::new_tuple(excs))?;
    Ok(e)
}

/// How `subgroup`/`split` test a leaf exception.
enum Matcher {
    Types(Value),
    Predicate(Value),
}

impl Matcher {
    fn new(vm: &Vm, cond: &Value) -> PyResult<Matcher> {
        let is_type =
            |c: &Value| matches!(c.payload(), Some(Payload::Type(_))) && is_a(c, "BaseException");
        let ok = match cond.payload() {
            Some(Payload::Tuple(t)) => t.iter().all(is_type),
            _ => is_type(cond),
        };
        if ok {
            return Ok(Matcher::Types(cond.clone()));
        }
        if crate::modules::builtins::is_callable(cond)
            && !matches!(cond.payload(), Some(Payload::Type(_)))
        {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn test(&self, vm: &Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => exception_ops::matches(vm, e, t),
            Matcher::Predicate(f) => {
                let r = ops::call(vm, f, std::slice::from_ref(e), &[])?;
                ops::is_true(vm, &r)
            }
        }
    }
}

/// Split `group` into the parts that match and the rest (`None` for an empty part); an
/// unchanged group is returned as itself.
fn split_group(vm: &Vm, group: &Value, m: &Matcher) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.test(vm, group)? {
        return Ok((Some(group.clone()), None));
    }
    let Some(excs) =
        field(group, "exceptions").filter(|_| is_a(&group.class(), "BaseExceptionGroup"))
    else {
        return Ok((None, Some(group.clone())));
    };
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for x in tuple_ops::items(&excs).to_vec() {
        let (a, b) = split_group(vm, &x, m)?;
        yes.extend(a);
        no.extend(b);
    }
    let n = tuple_ops::items(&excs).len();
    let part = |items: Vec<Value>| -> PyResult<Option<Value>> {
        match items.len() {
            0 => Ok(None),
            k if k == n => Ok(Some(group.clone())),
            _ => derive_with_fields(vm, group, items).map(Some),
        }
    };
    Ok((part(yes)?, part(no)?))
}

/// `group.derive(items)` with the group's traceback, cause, context and notes copied over.
fn derive_with_fields(vm: &Vm, group: &Value, items: Vec<Value>) -> PyResult<Value> {
    let derive = ops::getattr(vm, group, &intern("derive"))?;
    let g = ops::call(
        vm,
        &derive,
        &[crate::objects::list_ops::new_list(items)],
        &[],
    )?;
    if let (Some(src), Some(dst)) = (exception_ops::data(group), exception_ops::data(&g)) {
        *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
        *dst.cause.borrow_mut() = src.cause.borrow().clone();
        *dst.context.borrow_mut() = src.context.borrow().clone();
    }
    if let Some(notes) = ops::getattr_opt(vm, group, &intern("__notes__"))? {
        ops::setattr(vm, &g, &intern("__notes__"), notes)?;
    }
    Ok(g)
}

fn group_subgroup(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "subgroup", 2, 2)?;
    let m = Matcher::new(vm, &a[1])?;
    Ok(split_group(vm, &a[0], &m)?.0.unwrap_or_else(|| vm.none()))
}

fn group_split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "split", 2, 2)?;
    let m = Matcher::new(vm, &a[1])?;
    let (yes, no) = split_group(vm, &a[0], &m)?;
    Ok(tuple_ops::new_tuple(vec![
        yes.unwrap_or_else(|| vm.none()),
        no.unwrap_or_else(|| vm.none()),
    ]))
}

fn group_derive(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "derive", 2, 2)?;
    let msg = field(&a[0], "message").unwrap_or_else(|| new_str(""));
    let cls = builtin().exc("BaseExceptionGroup").clone();
    ops::call(vm, &cls, &[msg, a[1].clone()], &[])
}

fn group_class_getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__class_getitem__", 2, 2)?;
    Ok(a[0].clone())
}

fn exc_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__reduce__", 1, 1)?;
    let e = &a[0];
    let mut parts = vec![e.class(), exception_ops::args(e)];
    if let Some(d) = e
        .obj()
        .and_then(|o| o.dict_value())
        .filter(|d| !matches!(d.payload(), Some(Payload::Dict(t)) if t.borrow().is_empty()))
    {
        parts.push(d);
    }
    Ok(tuple_ops::new_tuple(parts))
}

fn exc_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__setstate__", 2, 2)?;
    if !vm.is_none(&a[1]) {
        for (k, v) in dict_ops::items(vm, &a[1])? {
            ops::setattr(vm, &a[0], &k, v)?;
        }
    }
    Ok(vm.none())
}

/// `str(exc)` with the class-specific forms.
pub fn exc_str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__str__", 1, 1)?;
    exception_ops::str_of(vm, &a[0]).map(from_string)
}

pub fn init() {
    let b = builtin();
    let base = b.exc("BaseException");
    add_method(base, "BaseException", "__reduce__", exc_reduce);
    add_method(base, "BaseException", "__setstate__", exc_setstate);
    let g = b.exc("BaseExceptionGroup");
    add_method(g, "BaseExceptionGroup", "subgroup", group_subgroup);
    add_method(g, "BaseExceptionGroup", "split", group_split);
    add_method(g, "BaseExceptionGroup", "derive", group_derive);
    add_classmethod(
        g,
        "BaseExceptionGroup",
        "__class_getitem__",
        group_class_getitem,
    );
}
