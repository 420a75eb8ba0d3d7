//! Creating the builtin types, singletons and exception classes at start-up, and the helpers
//! that put native methods into type dicts. Counterpart of CPython's `_PyTypes_InitTypes`.

use crate::object::{Payload, Value, bootstrap_set_class};
use crate::objects::dict::{DictTable, new_dict_value};
use crate::objects::function::{Builtin, NativeFn};
use crate::objects::iter_types::IterTypes;
use crate::objects::str::intern;
use crate::objects::types::{Builtins, Layout, TypeData, compute_mro, new_type_in, type_data};

const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Set the MRO of a freshly made type.
fn finish(t: &Value) {
    if let (Some(td), Ok(mro)) = (type_data(t), compute_mro(t)) {
        *td.mro.borrow_mut() = mro;
    }
}

fn bare_type(
    meta: &Value,
    dict_type: &Value,
    name: &str,
    base: Option<&Value>,
    layout: Layout,
    base_ok: bool,
) -> Value {
    let bases = base.map(|b| vec![b.clone()]).unwrap_or_default();
    let t = new_type_in(meta.clone(), dict_type.clone(), name, bases, layout, false);
    match base.and_then(type_data) {
        Some(base_data) => set_single_base_mro(&t, base_data),
        None => finish(&t),
    }
    if !base_ok {
        mark_final(&t);
    }
    t
}

/// The MRO of a type with one base: the type, then the base's MRO (what C3 gives for one base,
/// built without `compute_mro`'s copies of the bases and of the base's MRO).
fn set_single_base_mro(t: &Value, base: &TypeData) {
    let Some(td) = type_data(t) else {
        return;
    };
    let base_mro = base.mro.borrow();
    let mut mro = Vec::with_capacity(base_mro.len() + 1);
    mro.push(t.clone());
    mro.extend(base_mro.iter().cloned());
    *td.mro.borrow_mut() = mro;
}

fn mark_final(t: &Value) {
    if let Some(td) = type_data(t) {
        td.final_.set(true);
    }
}

/// About how many names the builtin types, `builtins` and `sys` intern at start-up.
const STARTUP_INTERNED: usize = 1536;

pub fn create_builtins() -> Builtins {
    crate::objects::str::reserve_interned(STARTUP_INTERNED);
    // `type` is its own class and `dict` holds every type's namespace: allocate `type`, `object`
    // and `dict` with placeholder classes, then point them (and their dicts) at the real ones.
    let placeholder = || Value::small(0).unwrap_or_else(|| unreachable!("0 is an inline int"));
    let raw_type = |name: &str, bases: Vec<Value>, layout: Layout| {
        let dict = Value::alloc(
            placeholder(),
            Payload::Dict(Box::new(crate::pycell::PyCell::new(DictTable::default()))),
        );
        Value::alloc_with_dict(
            placeholder(),
            Some(dict),
            Payload::Type(Box::new(TypeData::new(name, bases, layout, false))),
        )
    };
    let type_ = raw_type("type", Vec::new(), Layout::Type);
    let object = raw_type("object", Vec::new(), Layout::Object);
    let dict = raw_type("dict", vec![object.clone()], Layout::Dict);
    for t in [&type_, &object, &dict] {
        bootstrap_set_class(t, &type_);
        if let Some(d) = t.obj().and_then(|o| o.dict_value()) {
            bootstrap_set_class(&d, &dict);
        }
    }
    if let Some(td) = type_data(&type_) {
        *td.bases.borrow_mut() = vec![object.clone()];
    }
    for t in [&object, &type_, &dict] {
        finish(t);
    }
    let t =
        |name: &str, layout: Layout| bare_type(&type_, &dict, name, Some(&object), layout, true);
    let fixed = |name: &str| bare_type(&type_, &dict, name, Some(&object), Layout::Fixed, false);
    let int = t("int", Layout::Int);
    let bool_ = bare_type(&type_, &dict, "bool", Some(&int), Layout::Bool, false);
    let none_type = fixed("NoneType");
    let none = Value::alloc(none_type.clone(), Payload::None);
    let notimpl_type = fixed("NotImplementedType");
    let ellipsis_type = fixed("ellipsis");
    let tuple = t("tuple", Layout::Tuple);
    let base_exc = bare_type(
        &type_,
        &dict,
        "BaseException",
        Some(&object),
        Layout::Exception,
        true,
    );
    let mut exceptions: Vec<(&'static str, Value)> = vec![("BaseException", base_exc)];
    for (name, base) in &EXCEPTIONS[1..] {
        // A base comes shortly before its subclasses in `EXCEPTIONS`: search backwards.
        let b = exceptions
            .iter()
            .rev()
            .find(|(n, _)| n == base)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| unreachable!());
        exceptions.push((
            name,
            bare_type(&type_, &dict, name, Some(&b), Layout::Exception, true),
        ));
    }
    if let Some((_, eg)) = exceptions.iter().find(|(n, _)| *n == "ExceptionGroup") {
        let exc = exceptions
            .iter()
            .find(|(n, _)| *n == "Exception")
            .map(|(_, v)| v.clone());
        if let (Some(td), Some(exc)) = (type_data(eg), exc) {
            td.bases.borrow_mut().push(exc);
        }
        finish(eg);
    }

    Builtins {
        float: t("float", Layout::Float),
        complex: t("complex", Layout::Complex),
        str_: t("str", Layout::Str),
        bytes: t("bytes", Layout::Bytes),
        bytearray: t("bytearray", Layout::ByteArray),
        list: t("list", Layout::List),
        dict: dict.clone(),
        set: t("set", Layout::Set),
        frozenset: t("frozenset", Layout::FrozenSet),
        range: fixed("range"),
        slice: fixed("slice"),
        module: t("module", Layout::Module),
        function: fixed("function"),
        builtin_function: fixed("builtin_function_or_method"),
        method: fixed("method"),
        code: fixed("code"),
        cell: fixed("cell"),
        traceback: fixed("traceback"),
        frame: fixed("frame"),
        property: t("property", Layout::Fixed),
        classmethod: t("classmethod", Layout::Fixed),
        staticmethod: t("staticmethod", Layout::Fixed),
        super_: t("super", Layout::Fixed),
        generator: fixed("generator"),
        coroutine: fixed("coroutine"),
        dict_keys: fixed("dict_keys"),
        dict_values: fixed("dict_values"),
        dict_items: fixed("dict_items"),
        iters: IterTypes::create(&|name, open| {
            bare_type(&type_, &dict, name, Some(&object), Layout::Fixed, open)
        }),
        native: fixed("native"),
        null: Value::alloc(object.clone(), Payload::Object),
        true_: Value::alloc(bool_.clone(), Payload::Bool(true)),
        false_: Value::alloc(bool_.clone(), Payload::Bool(false)),
        not_implemented: Value::alloc(notimpl_type.clone(), Payload::NotImplemented),
        ellipsis: Value::alloc(ellipsis_type.clone(), Payload::Ellipsis),
        empty_tuple: Value::alloc(tuple.clone(), Payload::Tuple(Box::new([]))),
        none,
        none_type,
        notimpl_type,
        ellipsis_type,
        tuple,
        int,
        bool_,
        object,
        type_,
        exceptions,
    }
}

/// Put a native method (bound to the instance on attribute access) into a type's dict.
pub fn add_method(t: &Value, owner: &'static str, name: &'static str, func: NativeFn) {
    add(
        t,
        Builtin {
            name,
            func,
            bound: None,
            is_method: true,
            owner,
            doc: None,
        },
    );
}

/// Put a native function that is not bound on access (`__new__`, static helpers).
pub fn add_static(t: &Value, owner: &'static str, name: &'static str, func: NativeFn) {
    add(
        t,
        Builtin {
            name,
            func,
            bound: None,
            is_method: false,
            owner,
            doc: None,
        },
    );
}

/// Put a native classmethod (receives the class first).
pub fn add_classmethod(t: &Value, owner: &'static str, name: &'static str, func: NativeFn) {
    let f = Builtin {
        name,
        func,
        bound: None,
        is_method: false,
        owner,
        doc: None,
    };
    let f = Value::alloc(
        crate::objects::types::builtin().builtin_function.clone(),
        Payload::Builtin(Box::new(f)),
    );
    let cm = Value::alloc(
        crate::objects::types::builtin().classmethod.clone(),
        Payload::ClassMethod(f),
    );
    set_attr(t, name, cm);
}

fn add(t: &Value, f: Builtin) {
    let name = f.name;
    let v = Value::alloc(
        crate::objects::types::builtin().builtin_function.clone(),
        Payload::Builtin(Box::new(f)),
    );
    set_attr(t, name, v);
}

/// Set an entry of a type's (or module's) dict directly.
pub fn set_attr(t: &Value, name: &str, v: Value) {
    crate::objects::types::type_modified();
    let Some(d) = t.obj().and_then(|o| o.dict_value()) else {
        return;
    };
    let Some(Payload::Dict(table)) = d.payload() else {
        return;
    };
    let key = intern(name);
    let h = crate::objects::str::as_pystr(&key).map_or(0, |s| s.hash());
    let mut table = table.borrow_mut();
    match table.probe(&key, h) {
        crate::objects::dict::Probe::Found(ix) => {
            let old = table.set_value_at(ix, v);
            drop(table);
            drop(old);
        }
        _ => table.insert_new(key, h, v),
    }
}

/// Give the still empty namespace of a type or module room for `n` entries, so that filling it
/// at start-up does not grow it step by step.
pub fn reserve_attrs(t: &Value, n: usize) {
    if let Some(d) = t.obj().and_then(|o| o.dict_value())
        && let Some(Payload::Dict(table)) = d.payload()
    {
        let mut table = table.borrow_mut();
        if table.is_empty() {
            *table = DictTable::with_capacity(n);
        }
    }
}

/// A builtin module object with a fresh namespace.
pub fn new_module(name: &str) -> Value {
    new_module_sized(name, 0)
}

/// `new_module` with room for `n` names in its namespace.
pub fn new_module_sized(name: &str, n: usize) -> Value {
    let b = crate::objects::types::builtin();
    let dict = new_dict_value(DictTable::with_capacity(n));
    let m = Value::alloc_with_dict(b.module.clone(), Some(dict), Payload::Module);
    set_attr(&m, "__name__", intern(name));
    set_attr(&m, "__doc__", b.none.clone());
    m
}

/// A builtin (module-level) function object.
pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    let f = Builtin {
        name,
        func,
        bound: None,
        is_method: false,
        owner: "",
        doc: None,
    };
    Value::alloc(
        crate::objects::types::builtin().builtin_function.clone(),
        Payload::Builtin(Box::new(f)),
    )
}

/// A Value kept for the whole process in a `static` (types that builtin modules create once,
/// like the builtin types never freed).
pub struct StaticValue(pub Value);

// SAFETY: created once by a thread holding the GIL and never released; only used by threads
// holding the GIL, which serialises every access to its count and contents.
unsafe impl Sync for StaticValue {}
// SAFETY: as above.
unsafe impl Send for StaticValue {}

/// A type defined by a builtin module: `object` is its base, instances are made natively.
pub fn new_native_type(name: &str) -> Value {
    let b = crate::objects::types::builtin();
    let t = crate::objects::types::new_type(
        b.type_.clone(),
        name,
        vec![b.object.clone()],
        Layout::Fixed,
        false,
    );
    if let Some(td) = type_data(&t) {
        *td.mro.borrow_mut() = vec![t.clone(), b.object.clone()];
    }
    t
}
