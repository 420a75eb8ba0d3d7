//! Creating the builtin types, singletons and exception classes at start-up, and the helpers
//! that put native methods into type dicts. Counterpart of CPython's `_PyTypes_InitTypes`.

use crate::object::{Obj, Payload, Value, bootstrap_set_class};
use crate::objects::dict::{DictTable, new_dict_value};
use crate::objects::function::{Builtin, FastPath, NativeFn};
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
    make_lazy(&t);
    t
}

/// Let a builtin type's namespace entries wait until it is first read (see `ready`).
pub fn make_lazy(t: &Value) {
    if let Some(td) = type_data(t) {
        *td.lazy_attrs.borrow_mut() = LazyNamespace::Pending(Vec::new());
    }
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
const STARTUP_INTERNED: usize = 896;

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
        make_lazy(t);
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
    let mut exceptions: Vec<(&'static str, Value)> = Vec::with_capacity(EXCEPTIONS.len());
    exceptions.push(("BaseException", base_exc));
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

/// A builtin type's namespace entry registered at start-up and kept as data until the type's
/// namespace is first read (`ready`): most programs look into few of the builtin types, and
/// making every entry a dict entry (interning and hashing its name, allocating its function
/// object) was half of the start-up's instructions.
pub enum LazyAttr {
    /// A native function (`add_method`, `add_static`, `add_classmethod`).
    Native {
        name: &'static str,
        owner: &'static str,
        func: NativeFn,
        kind: NativeKind,
        fast: FastPath,
    },
    /// A value made when the namespace is filled, by `make(name, arg)` (`add_made`).
    Made {
        name: &'static str,
        make: fn(&'static str, usize) -> Value,
        arg: usize,
    },
    /// A tuple of these names as interned strings (`add_names`: a struct sequence's
    /// `__match_args__`), so that they are interned only if the namespace is read.
    Names(&'static str, &'static [&'static str]),
    /// Any other entry `set_attr` was given.
    Value(Box<str>, Value),
}

/// Where a type's namespace entries are.
pub enum LazyNamespace {
    /// In its dict, from the start (types not made lazy).
    Eager,
    /// Registered and waiting for the namespace's first read.
    Pending(Vec<LazyAttr>),
    /// Put into its dict at the first read (so made by the interpreter, not the program:
    /// `-X leakcheck` counts them with the builtin objects created on first use).
    Filled,
}

/// How a native function in a type's namespace behaves on attribute access.
#[derive(Clone, Copy)]
pub enum NativeKind {
    /// Bound to the instance (a method descriptor).
    Method,
    /// Not bound (`__new__`, static helpers).
    Static,
    /// Bound to the class (a classmethod).
    ClassMethod,
}

impl LazyAttr {
    /// The entry's name and the value it stands for.
    fn into_entry(self) -> (std::borrow::Cow<'static, str>, Value) {
        match self {
            LazyAttr::Native {
                name,
                owner,
                func,
                kind,
                fast,
            } => (name.into(), native_entry(name, owner, (func, fast), kind)),
            LazyAttr::Made { name, make, arg } => (name.into(), make(name, arg)),
            LazyAttr::Names(name, names) => (name.into(), names_tuple(names)),
            LazyAttr::Value(name, v) => (String::from(name).into(), v),
        }
    }
}

/// The object a native function's namespace entry holds.
fn native_entry(
    name: &'static str,
    owner: &'static str,
    (func, fast): (NativeFn, FastPath),
    kind: NativeKind,
) -> Value {
    let b = crate::objects::types::builtin();
    let f = Value::alloc(
        b.builtin_function.clone(),
        Payload::Builtin(Box::new(Builtin {
            name,
            func,
            bound: None,
            is_method: matches!(kind, NativeKind::Method),
            needs_frame: false,
            direct: name != "__new__",
            fast,
            owner,
            doc: None,
        })),
    );
    match kind {
        NativeKind::ClassMethod => Value::alloc(b.classmethod.clone(), Payload::ClassMethod(f)),
        NativeKind::Method | NativeKind::Static => f,
    }
}

/// Put a native method (bound to the instance on attribute access) into a type's dict.
pub fn add_method(t: &Value, owner: &'static str, name: &'static str, func: NativeFn) {
    add(t, owner, name, (func, FastPath::None), NativeKind::Method);
}

/// Put a native method with its fast path for the call instructions (`FastPath`) into a
/// type's dict.
pub fn add_fast_method(
    t: &Value,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
    fast: FastPath,
) {
    add(t, owner, name, (func, fast), NativeKind::Method);
}

/// Put a native function that is not bound on access (`__new__`, static helpers).
pub fn add_static(t: &Value, owner: &'static str, name: &'static str, func: NativeFn) {
    add(t, owner, name, (func, FastPath::None), NativeKind::Static);
}

/// Put a native classmethod (receives the class first).
pub fn add_classmethod(t: &Value, owner: &'static str, name: &'static str, func: NativeFn) {
    add(
        t,
        owner,
        name,
        (func, FastPath::None),
        NativeKind::ClassMethod,
    );
}

fn add(
    t: &Value,
    owner: &'static str,
    name: &'static str,
    (func, fast): (NativeFn, FastPath),
    kind: NativeKind,
) {
    if let Some(td) = type_data(t)
        && let LazyNamespace::Pending(lazy) = &mut *td.lazy_attrs.borrow_mut()
    {
        lazy.push(LazyAttr::Native {
            name,
            owner,
            func,
            kind,
            fast,
        });
        return;
    }
    if let Some(o) = t.obj() {
        insert(o, name, native_entry(name, owner, (func, fast), kind));
    }
}

/// A tuple of `names` as interned strings.
fn names_tuple(names: &[&str]) -> Value {
    crate::objects::tuple_ops::new_tuple(names.iter().map(|n| intern(n)).collect())
}

/// Put a tuple of `names` (interned strings) into a type's dict, made only when the namespace
/// is filled if it is still lazy.
pub fn add_names(t: &Value, name: &'static str, names: &'static [&'static str]) {
    if let Some(td) = type_data(t)
        && let LazyNamespace::Pending(lazy) = &mut *td.lazy_attrs.borrow_mut()
    {
        lazy.push(LazyAttr::Names(name, names));
        return;
    }
    if let Some(o) = t.obj() {
        insert(o, name, names_tuple(names));
    }
}

/// Put `make(name, arg)` into a type's dict, made only when the namespace is filled if it is
/// still lazy (a struct sequence's field properties).
pub fn add_made(t: &Value, name: &'static str, make: fn(&'static str, usize) -> Value, arg: usize) {
    if let Some(td) = type_data(t)
        && let LazyNamespace::Pending(lazy) = &mut *td.lazy_attrs.borrow_mut()
    {
        lazy.push(LazyAttr::Made { name, make, arg });
        return;
    }
    if let Some(o) = t.obj() {
        insert(o, name, make(name, arg));
    }
}

/// Set an entry of a type's (or module's) dict directly (kept for later while the type's
/// namespace is still lazy).
pub fn set_attr(t: &Value, name: &str, v: Value) {
    if let Some(td) = type_data(t)
        && let LazyNamespace::Pending(lazy) = &mut *td.lazy_attrs.borrow_mut()
    {
        lazy.push(LazyAttr::Value(name.into(), v));
        return;
    }
    if let Some(o) = t.obj() {
        insert(o, name, v);
    }
}

/// Make a builtin type's lazy namespace entries dict entries, in the order they were
/// registered. Every reader of a type's namespace calls this first: the MRO walk of
/// `types::lookup`, `Obj::dict_value` (`__dict__`, `vars`, `dir`, `super`), the instance-dict
/// read of `object.__getattribute__`, `gc.get_referents`. (CPython fills its static types'
/// dicts in `PyType_Ready`, at start-up.)
#[inline]
pub fn ready(o: &Obj) {
    if let Payload::Type(td) = &o.payload
        && matches!(*td.lazy_attrs.borrow(), LazyNamespace::Pending(_))
    {
        fill(o, td);
    }
}

#[cold]
fn fill(o: &Obj, td: &TypeData) {
    let taken = std::mem::replace(&mut *td.lazy_attrs.borrow_mut(), LazyNamespace::Filled);
    let LazyNamespace::Pending(attrs) = taken else {
        return;
    };
    reserve(o, attrs.len());
    for attr in attrs {
        let (name, v) = attr.into_entry();
        insert(o, &name, v);
    }
}

/// Put an entry into a namespace's dict, replacing an entry of that name.
fn insert(o: &Obj, name: &str, v: Value) {
    crate::objects::types::type_modified();
    let Some(d) = o.dict_value() else {
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
/// at start-up does not grow it step by step (a lazy namespace is sized when it is filled).
pub fn reserve_attrs(t: &Value, n: usize) {
    let lazy =
        type_data(t).is_some_and(|td| matches!(*td.lazy_attrs.borrow(), LazyNamespace::Pending(_)));
    if let Some(o) = t.obj()
        && !lazy
    {
        reserve(o, n);
    }
}

fn reserve(o: &Obj, n: usize) {
    if let Some(d) = o.dict_value()
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
    new_fast_builtin(name, func, FastPath::None)
}

/// A builtin function object with its fast path for the call instructions (`len`,
/// `isinstance`).
pub fn new_fast_builtin(name: &'static str, func: NativeFn, fast: FastPath) -> Value {
    let f = Builtin {
        name,
        func,
        bound: None,
        is_method: false,
        needs_frame: false,
        direct: name != "__new__",
        fast,
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

/// A type defined by a builtin module: `object` is its base, instances are made natively, its
/// namespace is filled on first read.
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
    make_lazy(&t);
    t
}
