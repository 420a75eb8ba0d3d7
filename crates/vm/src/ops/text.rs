//! `repr()`, `str()`, `ascii()`, `format()` and `hash()` of any object: native for builtin
//! types, dunder methods for classes. Counterpart of `PyObject_Repr`/`PyObject_Str`/
//! `PyObject_Format`/`PyObject_Hash` in `Objects/object.c` and `Objects/abstract.c`.

use crate::object::{Payload, Value};
use crate::objects::str::{as_str, from_string, new_str};
use crate::objects::{complex, float, int, types};
use crate::ops::call;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress on this thread (`[...]` for self-reference).
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` unless `v`'s repr is already in progress (then return `None`).
fn repr_guard(v: &Value, f: impl FnOnce() -> PyResult<String>) -> PyResult<Option<String>> {
    let id = v.id();
    if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
        return Ok(None);
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
    let r = f();
    REPR_ACTIVE.with(|a| a.borrow_mut().retain(|x| *x != id));
    r.map(Some)
}

fn join_reprs(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_string(vm, x)?);
    }
    Ok(out)
}

/// `repr(v)` as a Rust string; like `PyObject_Repr` it counts against the recursion limit.
pub fn repr_string(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small() {
        return Ok(i.to_string());
    }
    vm.enter_call_from(" while getting the repr of an object")?;
    let r = object_repr(vm, v);
    vm.leave_call();
    r
}

fn object_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let heap = types::type_data(&v.class()).is_some_and(|t| t.heap);
    if heap
        && let Some(m) = types::lookup_str_on_class(v, "__repr__")
        && (!matches!(m.payload(), Some(Payload::Builtin(_))) || foreign_builtin_repr(v, &m))
    {
        let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
        return match as_str(&r) {
            Some(s) => Ok(s.to_owned()),
            None => Err(vm.type_error(format!(
                "__repr__ returned non-string (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    native_repr(vm, v)
}

/// Whether `m`, a builtin `__repr__` found on the class (written in Python) of `v`, must be
/// called rather than answered from `v`'s payload: it is not the one of the nearest builtin
/// base (a native class of its own, like `sys.version_info`'s, or another type's `__repr__`).
fn foreign_builtin_repr(v: &Value, m: &Value) -> bool {
    let class = v.class();
    let base = types::type_data(&class).and_then(|t| {
        let mro = t.mro.borrow();
        mro.iter()
            .find(|k| types::type_data(k).is_some_and(|t| !t.heap))
            .cloned()
    });
    !base
        .and_then(|b| types::lookup_str(&b, "__repr__"))
        .is_some_and(|o| o.is(m))
}

/// The repr of a builtin type's instance (what `list.__repr__` and friends return).
pub fn native_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let Some(p) = v.payload() else {
        return Ok(String::new());
    };
    Ok(match p {
        Payload::None => "None".into(),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Bool(b) => if *b { "True" } else { "False" }.into(),
        Payload::Int(_) => int::to_decimal(vm, v)?,
        Payload::Float(f) => float::repr(*f),
        Payload::Complex { re, im } => complex::repr(*re, *im),
        Payload::Str(s) => gilpy_algo::unicode::str_repr(s.as_str()),
        Payload::Bytes(b) => gilpy_algo::unicode::bytes_repr(b),
        Payload::ByteArray(b) => format!(
            "bytearray({})",
            gilpy_algo::unicode::bytes_repr(&b.borrow())
        ),
        Payload::Tuple(t) => {
            if t.is_empty() {
                return Ok("()".into());
            }
            let items = t.to_vec();
            match repr_guard(v, || join_reprs(vm, &items))? {
                Some(s) if items.len() == 1 => format!("({s},)"),
                Some(s) => format!("({s})"),
                None => "(...)".into(),
            }
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            match repr_guard(v, || join_reprs(vm, &items))? {
                Some(s) => format!("[{s}]"),
                None => "[...]".into(),
            }
        }
        Payload::Dict(_) => match repr_guard(v, || crate::objects::dict_ops::repr(vm, v))? {
            Some(s) => s,
            None => "{...}".into(),
        },
        Payload::Set(_) | Payload::FrozenSet(_) => {
            match repr_guard(v, || crate::objects::set_ops::repr(vm, v))? {
                Some(s) => s,
                None => format!("{}(...)", vm.type_name(v)),
            }
        }
        Payload::Native(_) => native_type_repr(vm, v)?,
        _ => crate::objects::attrs::default_repr(vm, v)?,
    })
}

/// The repr of an object of a native type defined by a builtin module or view (`dict_keys`,
/// files, locks): its type's `__repr__` when it defines one, else the default.
fn native_type_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let own = types::lookup_str_on_class(v, "__repr__");
    let inherited = types::lookup_str(&vm.b().object, "__repr__");
    match own {
        Some(m) if !inherited.is_some_and(|o| o.is(&m)) => {
            let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
            match as_str(&r) {
                Some(s) => Ok(s.to_owned()),
                None => Err(vm.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    vm.type_name(&r)
                ))),
            }
        }
        _ => crate::objects::attrs::default_repr(vm, v),
    }
}

/// `str()` of an instance of a type a builtin module defines: its own `__str__`, else its repr.
fn native_type_str(vm: &Vm, v: &Value) -> PyResult<String> {
    let own = types::lookup_str_on_class(v, "__str__");
    let inherited = types::lookup_str(&vm.b().object, "__str__");
    match own {
        Some(m) if !inherited.is_some_and(|o| o.is(&m)) => {
            let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
            as_str(&r).map(str::to_owned).ok_or_else(|| {
                vm.type_error(format!(
                    "__str__ returned non-string (type {})",
                    vm.type_name(&r)
                ))
            })
        }
        _ => repr_string(vm, v),
    }
}

/// `repr(v)`.
pub fn repr(vm: &Vm, v: &Value) -> PyResult<Value> {
    repr_string(vm, v).map(from_string)
}

/// `str(v)` as a Rust string.
pub fn str_string(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v)
        && v.class_is(&vm.b().str_)
    {
        return Ok(s.to_owned());
    }
    if let Some(m) = types::lookup_str_on_class(v, "__str__")
        && (!matches!(m.payload(), Some(Payload::Builtin(_))) || foreign_builtin_str(vm, v, &m))
    {
        let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
        return match as_str(&r) {
            Some(s) => Ok(s.to_owned()),
            None => Err(vm.type_error(format!(
                "__str__ returned non-string (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_owned()),
        Some(Payload::Exception(_)) => crate::objects::exception_ops::str_of(vm, v),
        Some(Payload::Native(_)) => native_type_str(vm, v),
        _ => repr_string(vm, v),
    }
}

/// Whether `m`, a builtin `__str__` found on the class of `v`, must be called rather than
/// answered from `v`'s payload: a class written in Python that took another type's `__str__`
/// (an `IntEnum`'s `__str__ = int.__repr__`), so its own `__repr__` does not apply.
fn foreign_builtin_str(vm: &Vm, v: &Value, m: &Value) -> bool {
    types::type_data(&v.class()).is_some_and(|t| t.heap)
        && !types::lookup_str(&vm.b().object, "__str__").is_some_and(|o| o.is(m))
}

/// `str(v)`.
pub fn str(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.class_is(&vm.b().str_) {
        return Ok(v.clone());
    }
    if let Some(i) = v.as_small() {
        return Ok(small_int_str(i));
    }
    str_string(vm, v).map(from_string)
}

/// `str(i)` of an inline int (always an exact `int`): its decimal digits, written backwards
/// into a buffer on the stack.
fn small_int_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    let text = std::str::from_utf8(&buf[at..]).unwrap_or_default();
    crate::objects::str::new_str_counted(text, text.len())
}

/// `ascii(v)`.
pub fn ascii(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(Payload::Str(s)) = v.payload() {
        return Ok(from_string(gilpy_algo::unicode::ascii(s.as_str())));
    }
    let r = repr_string(vm, v)?;
    Ok(from_string(escape_non_ascii(&r)))
}

/// Escape every non-ASCII character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh` (what `ascii()` does
/// to a repr).
fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `format(v, spec)`.
pub fn format(vm: &Vm, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_s = spec.and_then(as_str).unwrap_or("");
    let heap = types::type_data(&v.class()).is_some_and(|t| t.heap);
    if !heap && let Some(s) = crate::objects::format_ops::format_builtin(vm, v, spec_s)? {
        return Ok(from_string(s));
    }
    match types::lookup_str_on_class(v, "__format__") {
        Some(m) if !matches!(m.payload(), Some(Payload::Builtin(_))) => {
            let spec = spec.cloned().unwrap_or_else(|| new_str(""));
            let r = call::call(vm, &m, &[v.clone(), spec], &[])?;
            if as_str(&r).is_none() {
                return Err(vm.type_error(format!(
                    "__format__ must return a str, not {}",
                    vm.type_name(&r)
                )));
            }
            Ok(r)
        }
        _ => {
            if !spec_s.is_empty() {
                if let Some(s) = crate::objects::format_ops::format_builtin(vm, v, spec_s)? {
                    return Ok(from_string(s));
                }
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    vm.type_name(v)
                )));
            }
            str(vm, v)
        }
    }
}

/// `hash(v)`.
pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(crate::hash::hash_i64(i));
    }
    let heap = types::type_data(&v.class()).is_some_and(|t| t.heap);
    if heap && let Some(m) = types::lookup_str_on_class(v, "__hash__") {
        if vm.is_none(&m) {
            return Err(unhashable(vm, v));
        }
        if !matches!(m.payload(), Some(Payload::Builtin(_))) {
            let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
            if let Some(i) = int::as_i64(&r) {
                return Ok(if i == -1 { -2 } else { i });
            }
            return match int::to_bigint(&r) {
                Some(i) => Ok(crate::hash::hash_bigint(&i)),
                None => Err(vm.type_error("__hash__ method should return an integer")),
            };
        }
    }
    native_hash(vm, v)
}

/// The hash of an instance of a type a builtin module defines: its `__hash__` (`None`:
/// unhashable), else its identity.
fn native_type_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let own = types::lookup_str_on_class(v, "__hash__");
    let inherited = types::lookup_str(&vm.b().object, "__hash__");
    match own {
        Some(m) if vm.is_none(&m) => Err(unhashable(vm, v)),
        Some(m) if !inherited.is_some_and(|o| o.is(&m)) => {
            let r = call::call(vm, &m, std::slice::from_ref(v), &[])?;
            int::as_i64(&r).ok_or_else(|| vm.type_error("__hash__ method should return an integer"))
        }
        _ => Ok(crate::hash::hash_pointer(v.id())),
    }
}

#[cold]
fn unhashable(vm: &Vm, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("unhashable type: '{}'", vm.type_name(v)))
}

/// The hash of a builtin type's instance (what `tuple.__hash__` and friends return).
pub fn native_hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    let Some(p) = v.payload() else { return Ok(0) };
    Ok(match p {
        Payload::Int(_) | Payload::Bool(_) => int::hash(v),
        Payload::Float(f) => {
            if f.is_nan() {
                crate::hash::hash_pointer(v.id())
            } else {
                float::hash(*f)
            }
        }
        Payload::Complex { re, im } => crate::hash::hash_complex(*re, *im),
        Payload::Str(s) => s.hash(),
        Payload::Bytes(b) => crate::hash::hash_bytes(b),
        Payload::Tuple(t) => {
            let mut hashes = Vec::with_capacity(t.len());
            for x in t.iter() {
                hashes.push(hash(vm, x)?);
            }
            crate::hash::hash_tuple(&hashes)
        }
        Payload::FrozenSet(s) => crate::hash::hash_frozenset(s.iter().map(|(_, h, _)| h)),
        Payload::Range(_) => crate::objects::range_methods::range_hash(vm, v)?,
        Payload::List(_)
        | Payload::Dict(_)
        | Payload::Set(_)
        | Payload::ByteArray(_)
        | Payload::Slice(_) => {
            return Err(unhashable(vm, v));
        }
        Payload::Method((func, obj)) => crate::objects::method_methods::method_hash(vm, func, obj)?,
        Payload::Builtin(b)
            if let Some(h) = crate::objects::method_methods::bound_builtin_hash(b) =>
        {
            h
        }
        Payload::Native(n) if n.is::<crate::gc::weakref::WeakRef>() => {
            crate::gc::weakref::hash(vm, v)?
        }
        Payload::Native(_) => return native_type_hash(vm, v),
        _ => crate::hash::hash_pointer(v.id()),
    })
}
