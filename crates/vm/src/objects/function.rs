//! Function, builtin-function and code objects. Counterpart of CPython's `Objects/funcobject.c`,
//! `Objects/methodobject.c` and `Objects/codeobject.c`.

use crate::object::Value;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::CodeObject;

/// Arguments in vectorcall form: positional values, then the values of keyword arguments whose
/// names are `kwnames` (so `args.len() >= kwnames.len()`).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional part.
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> + 'a {
        let start = self.args.len() - self.kwnames.len();
        self.kwnames.iter().zip(&self.args[start..])
    }
}

/// A function implemented in Rust.
pub type NativeFn = fn(&Vm, Args<'_>) -> PyResult<Value>;

/// A builtin method's entry for `CALL_METHOD` (`Builtin::fast`): `self` and the positional
/// arguments straight off the value stack, `Ok(None)` for a `None` result (which a statement's
/// `POP_TOP` then never sees made). Same behaviour as the method's `NativeFn`.
pub type FastFn = fn(&Vm, &[Value]) -> PyResult<Option<Value>>;

/// How the eval loop's call instructions may run a builtin without its `NativeFn`
/// (`Builtin::fast`); every call shape they do not handle is the `NativeFn`'s, with the same
/// behaviour.
#[derive(Clone, Copy)]
pub enum FastPath {
    /// Only the `NativeFn`.
    None,
    /// `CALL_METHOD` calls this entry (`list.append` aside, the few hot methods: `set.add`,
    /// `dict.get`, `str.strip`, ...).
    Entry(FastFn),
    /// `list.append`: `CALL_METHOD` appends to a list itself (CPython 3.11's
    /// `PRECALL_NO_KW_LIST_APPEND`).
    ListAppend,
    /// The builtin `len`: `CALL_FUNCTION` reads the length of an exact builtin container
    /// itself (`PRECALL_NO_KW_LEN`).
    Len,
    /// The builtin `isinstance`: `CALL_FUNCTION` answers an object of exactly the class
    /// itself (`PRECALL_NO_KW_ISINSTANCE`).
    IsInstance,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method bound to its object (`[].append`), the object, passed as the first argument.
    pub bound: Option<Value>,
    /// Defined in a type's dict: binds `self` when read through an instance (a method descriptor).
    pub is_method: bool,
    /// One of the builtins that read their caller's frame (`locals`, `vars`, `dir`, `eval`,
    /// `exec`): the eval loop's direct native call leaves it to `builtins_frame::frame_call`.
    pub needs_frame: bool,
    /// Runs straight from `CALL_FUNCTION`/`CALL_METHOD` on arguments borrowed from the value
    /// stack (`eval/native_call.rs`): not bound, not needing the caller's frame, not a
    /// `__new__` (whose class check is the generic call path's). Decided when it is made.
    pub direct: bool,
    /// How the call instructions run it without `func`, for the few hot builtins that have a
    /// fast path (`list.append`, `set.add`, `dict.get`, `len`, ...: `FastPath`).
    pub fast: FastPath,
    /// `__qualname__` prefix: the type or module that defines it.
    pub owner: &'static str,
    pub doc: Option<&'static str>,
}

/// A function defined in Python.
pub struct Function {
    /// The code object (`__code__`, which Python code may replace; a running frame keeps its own
    /// reference to the code it runs). Replaced only through `set_code`.
    pub code: PyCell<Value>,
    /// How many positional arguments a call that the eval loop runs inline passes when it
    /// binds them all plainly (`co_argcount`), or `u32::MAX` when the code makes a generator
    /// or takes `*args`, `**kwargs` or keyword-only parameters: `ops::call::can_inline`'s test
    /// without reading `__code__`. Kept with `code` (`set_code`).
    pub inline_argcount: std::cell::Cell<u32>,
    /// The number of local slots of a frame of `code` when it has no cell or free variables to
    /// set up, else `u32::MAX`: with `inline_argcount`, a call the eval loop runs inline fills
    /// such a frame without reading `__code__`'s layout (`ops::call::fill_inline_frame`). Kept
    /// with `code` (`set_code`).
    pub inline_slots: std::cell::Cell<u32>,
    pub globals: Value,
    pub builtins: Value,
    pub name: PyCell<Value>,
    pub qualname: PyCell<Value>,
    pub defaults: PyCell<Option<Value>>,
    pub kwdefaults: PyCell<Option<Value>>,
    pub closure: Option<Value>,
    pub doc: PyCell<Value>,
    pub module: PyCell<Value>,
    pub annotations: PyCell<Option<Value>>,
}

impl Function {
    /// What a function kept on its free list (`object_freelist.rs`) holds: inline ints (which
    /// own nothing) and `None`s.
    pub(crate) fn parked() -> Function {
        Function {
            code: PyCell::new(Value::zero()),
            inline_argcount: std::cell::Cell::new(u32::MAX),
            inline_slots: std::cell::Cell::new(u32::MAX),
            globals: Value::zero(),
            builtins: Value::zero(),
            name: PyCell::new(Value::zero()),
            qualname: PyCell::new(Value::zero()),
            defaults: PyCell::new(None),
            kwdefaults: PyCell::new(None),
            closure: None,
            doc: PyCell::new(Value::zero()),
            module: PyCell::new(Value::zero()),
            annotations: PyCell::new(None),
        }
    }

    /// `__code__ = code` (the setter checked that it is a code object).
    pub fn set_code(&self, code: Value) {
        self.inline_argcount.set(inline_argcount(&code));
        self.inline_slots
            .set(inline_slots(&code, self.closure.is_some()));
        drop(self.code.replace(code));
    }
}

/// `Function::inline_argcount` for a function running `code`.
pub fn inline_argcount(code: &Value) -> u32 {
    use gilpy_bytecode::code::flags;
    let Some(crate::object::Payload::Code(c)) = code.payload() else {
        return u32::MAX;
    };
    let special = flags::GENERATOR
        | flags::COROUTINE
        | flags::ASYNC_GENERATOR
        | flags::VARARGS
        | flags::VARKEYWORDS;
    if c.co.flags & special != 0 || c.co.kwonlyargcount != 0 {
        return u32::MAX;
    }
    c.co.argcount
}

/// `Function::inline_slots` for a function running `code`, with a closure or not.
pub fn inline_slots(code: &Value, closure: bool) -> u32 {
    match code.payload() {
        Some(crate::object::Payload::Code(c)) if c.cell2arg.is_empty() && !closure => {
            u32::try_from(c.varnames.len() + c.cell_free.len()).unwrap_or(u32::MAX)
        }
        _ => u32::MAX,
    }
}

/// A runtime code object: the compiler's `CodeObject` plus its constants and names as objects.
pub struct Code {
    pub co: CodeObject,
    pub consts: Vec<Value>,
    /// `co_names` as interned strings.
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    /// Cell then free variable names (the `Free` operand space).
    pub cell_free: Vec<Value>,
    /// For each cellvar, the index of the argument it shadows, if any.
    pub cell2arg: Vec<Option<usize>>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Wordcode with `EXTENDED_ARG` folded: one (opcode, oparg) per instruction index.
    pub instrs: Vec<(gilpy_bytecode::Opcode, u32)>,
    /// `LOAD_GLOBAL`'s inline caches, by instruction index (created on first use).
    pub global_cache: std::cell::OnceCell<Box<[std::cell::Cell<GlobalCache>]>>,
    /// `LOAD_ATTR`/`STORE_ATTR`/`LOAD_METHOD`'s inline caches, by instruction index.
    pub attr_cache: std::cell::OnceCell<Box<[std::cell::Cell<crate::eval::attr_cache::AttrCache>]>>,
}

/// Where a global was found: the entry index in the globals (or builtins) dict, valid while
/// both dicts are the same objects with the same versions (dict versions are unique, see
/// `dict::next_version`). No reference is held, so caching changes no refcount. A name found
/// in the globals depends on the globals only; one found in the builtins on both dicts.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    /// The globals dict's address; 0 for an empty entry.
    pub globals: usize,
    pub globals_version: u64,
    pub builtins: usize,
    pub builtins_version: u64,
    /// Whether the name is the builtins' (else the globals').
    pub in_builtins: bool,
    /// The name's entry index in that dict.
    pub index: u32,
}

impl<'a> Args<'a> {
    /// Keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs()
            .find(|(k, _)| crate::objects::str::as_str(k) == Some(name))
            .map(|(_, v)| v)
    }

    /// Positional arguments, checking their count and that no keywords were given, with
    /// CPython's messages (`len() takes exactly one argument (2 given)`).
    pub fn positional_only(
        &self,
        vm: &Vm,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        if !self.kwnames.is_empty() {
            return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
        }
        self.count(vm, name, min, max)
    }

    /// The positional arguments (after `self`) of method `name` of builtin type `owner`, with
    /// their count checked and keywords refused in CPython's words for a method
    /// (`dict.get() takes no keyword arguments`).
    pub fn method_positional(
        &self,
        vm: &Vm,
        owner: &str,
        name: &str,
        min: usize,
        max: usize,
    ) -> PyResult<&'a [Value]> {
        if !self.kwnames.is_empty() {
            return Err(method_no_keywords(vm, owner, name));
        }
        self.count(vm, name, min, max)
    }

    /// Positional arguments with a count check; keywords are the caller's business.
    pub fn count(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.pos();
        let n = pos.len();
        if n >= min && n <= max {
            return Ok(pos);
        }
        Err(vm.type_error(if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }))
    }

    /// Reject keyword arguments other than `allowed`.
    pub fn only_keywords(&self, vm: &Vm, name: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kwargs() {
            let k = crate::objects::str::as_str(k).unwrap_or("");
            if !allowed.contains(&k) {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
        Ok(())
    }
}

/// Whether CPython gives builtin types `name` as a slot wrapper (`__len__`, `__or__`) rather
/// than a method descriptor (`get`, `__getitem__`): their argument errors are worded apart.
fn is_slot_wrapper(name: &str) -> bool {
    name.starts_with("__")
        && !matches!(
            name,
            "__getitem__"
                | "__contains__"
                | "__sizeof__"
                | "__reversed__"
                | "__getnewargs__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__format__"
                | "__class_getitem__"
                | "__length_hint__"
                | "__setstate__"
                | "__getstate__"
                | "__copy__"
                | "__deepcopy__"
                | "__dir__"
        )
}

/// CPython's error for method `name` of builtin type `owner` called without its `self`
/// (`dict.get()`).
#[cold]
pub fn missing_self(vm: &Vm, owner: &str, name: &str) -> crate::vm::PyErr {
    vm.type_error(if is_slot_wrapper(name) {
        format!("descriptor '{name}' of '{owner}' object needs an argument")
    } else {
        format!("unbound method {owner}.{name}() needs an argument")
    })
}

/// CPython's error for keywords given to method `name` of builtin type `owner`.
#[cold]
pub fn method_no_keywords(vm: &Vm, owner: &str, name: &str) -> crate::vm::PyErr {
    vm.type_error(if is_slot_wrapper(name) {
        format!("wrapper {name}() takes no keyword arguments")
    } else {
        format!("{owner}.{name}() takes no keyword arguments")
    })
}
