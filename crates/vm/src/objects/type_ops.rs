//! Calling types (`__new__` then `__init__`), `object.__new__`, and creating classes
//! (`type(name, bases, ns)`, `__build_class__`). Counterpart of `type_call`, `object_new` and
//! `type_new` in CPython's `Objects/typeobject.c`.

use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::str::{as_str, intern};
use crate::objects::types::{self, Layout, builtin, type_data};
use crate::objects::{dict_ops, tuple_ops};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// `cls(*args, **kw)`.
pub fn type_call(vm: &Vm, cls: &Value, args: Args<'_>) -> PyResult<Value> {
    if cls.is(&builtin().type_) && args.args.len() == 1 && args.kwnames.is_empty() {
        return Ok(args.args[0].class());
    }
    if let Some(init) = plain_init(cls) {
        return new_and_init(vm, cls, &init, args);
    }
    let Some(new) = lookup_new(cls) else {
        return Err(vm.type_error(format!(
            "cannot create '{}' instances",
            types::type_name(cls)
        )));
    };
    let mut all = Vec::with_capacity(args.args.len() + 1);
    all.push(cls.clone());
    all.extend_from_slice(args.args);
    let obj = match new.payload() {
        // A builtin type's own `__new__`, called as CPython's `type_call` calls `tp_new`:
        // without the checks of a `__new__` called by name (`tp_new_wrapper`).
        Some(Payload::Builtin(b))
            if b.bound.is_none() && !type_data(cls).is_some_and(|t| t.heap) =>
        {
            (b.func)(
                vm,
                Args {
                    args: &all,
                    kwnames: args.kwnames,
                },
            )?
        }
        _ => ops::call(vm, &new, &all, args.kwnames)?,
    };
    if !types::is_subtype(&obj.class(), cls) {
        return Ok(obj);
    }
    match types::lookup_str_on_class(&obj, "__init__") {
        // `object.__init__` accepts what `__new__` accepted: nothing to call.
        Some(init) if !is_object_init(&init) => {
            all[0] = obj;
            call_init(vm, &init, all, args.kwnames)
        }
        _ => Ok(obj),
    }
}

/// Call `__init__` with `all` (the instance first, then the arguments) and return the
/// instance. The argument vector holds the call's only reference to the instance while
/// `__init__` runs, as CPython's `type_call` does; with keywords, CPython's `slot_tp_init`
/// passes a copy of the arguments (`_PyStack_UnpackDict`), which holds one more.
fn call_init(vm: &Vm, init: &Value, mut all: Vec<Value>, kwnames: &[Value]) -> PyResult<Value> {
    let unpacked = (!kwnames.is_empty()).then(|| all.clone());
    let r = ops::call(vm, init, &all, kwnames);
    drop(unpacked);
    let r = r?;
    check_init_result(vm, &r)?;
    all.truncate(1);
    Ok(all.swap_remove(0))
}

/// `__init__` must return None.
#[inline(always)]
pub fn check_init_result(vm: &Vm, r: &Value) -> PyResult<()> {
    if vm.is_none(r) {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "__init__() should return None, not '{}'",
        vm.type_name(r)
    )))
}

/// `cls.__new__` as `type_call` calls it (the function inside its `staticmethod`).
fn lookup_new(cls: &Value) -> Option<Value> {
    let new = types::lookup_str(cls, "__new__")?;
    Some(match new.payload() {
        Some(Payload::StaticMethod(f)) => f.clone(),
        _ => new,
    })
}

fn is_object_init(init: &Value) -> bool {
    matches!(init.payload(), Some(Payload::Builtin(b)) if std::ptr::fn_addr_eq(b.func, object_init as crate::objects::function::NativeFn))
}

fn is_object_new(new: &Value) -> bool {
    matches!(new.payload(), Some(Payload::Builtin(b)) if std::ptr::fn_addr_eq(b.func, object_new as crate::objects::function::NativeFn))
}

/// The `__init__` of class `cls` when calling it is plain: a class written in Python whose
/// `__new__` is `object.__new__`, that is not abstract, and whose `__init__` is a Python
/// function (which gets the arguments). The answer is cached per class at the type version
/// (`TypeData::plain_init`), so a call looks nothing up by name.
#[inline(always)]
pub fn plain_init(cls: &Value) -> Option<Value> {
    let td = type_data(cls)?;
    types::value_at_named(td, plain_init_at(cls, td)?, "__init__")
}

/// Whether calling `cls` is plain (`plain_init`), without reading its `__init__`.
#[inline(always)]
pub fn has_plain_init(cls: &Value) -> bool {
    type_data(cls).is_some_and(|td| plain_init_at(cls, td).is_some())
}

/// Where `cls`'s `__init__` sits along its MRO when calling it is plain (`plain_init`).
#[inline(always)]
fn plain_init_at(cls: &Value, td: &types::TypeData) -> Option<(u32, u32)> {
    let version = types::version();
    match td.plain_init.get() {
        (at_version, at) if at_version == version => at,
        _ => compute_plain_init(cls, td, version),
    }
}

/// Fill `TypeData::plain_init` at `version` (no Python code runs: lookups only).
#[cold]
#[inline(never)]
fn compute_plain_init(cls: &Value, td: &types::TypeData, version: u64) -> Option<(u32, u32)> {
    let plain = td.heap
        && lookup_new(cls).is_some_and(|new| is_object_new(&new))
        && types::lookup_str(cls, "__abstractmethods__").is_none();
    let at = match types::lookup_in_mro(td, &intern("__init__")) {
        (at, Some(init)) if plain && matches!(init.payload(), Some(Payload::Function(_))) => at,
        _ => None,
    };
    td.plain_init.set((version, at));
    at
}

/// `cls(*args)` for a class whose calls are plain (`plain_init`): the instance, then
/// `__init__` with the arguments.
fn new_and_init(vm: &Vm, cls: &Value, init: &Value, args: Args<'_>) -> PyResult<Value> {
    let mut all = Vec::with_capacity(args.args.len() + 1);
    all.push(alloc_instance(vm, cls)?);
    all.extend_from_slice(args.args);
    call_init(vm, init, all, args.kwnames)
}

/// A new, empty instance of `cls` with its layout's payload.
pub fn alloc_instance(vm: &Vm, cls: &Value) -> PyResult<Value> {
    let Some(td) = type_data(cls) else {
        return Err(vm.type_error("not a type"));
    };
    let payload = match td.layout {
        Layout::Object => Payload::Object,
        Layout::List => Payload::List(Box::new(PyCell::new(Vec::new()))),
        Layout::Dict => Payload::Dict(Box::new(PyCell::new(Default::default()))),
        Layout::Set => Payload::Set(Box::new(PyCell::new(Default::default()))),
        Layout::Exception => Payload::Exception(Box::default()),
        Layout::Module => Payload::Module,
        _ => {
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                td.name.borrow(),
                td.name.borrow()
            )));
        }
    };
    if matches!(td.layout, Layout::Object) && td.instance_has_dict() {
        let width = td.shared_keys.borrow().len();
        if let Some(v) = crate::object_freelist::reuse_instance(cls, width) {
            return Ok(v);
        }
        return Ok(Value::alloc_with_values(cls.clone(), payload));
    }
    let dict = if td.instance_has_dict() || matches!(td.layout, Layout::Module | Layout::Exception)
    {
        Some(crate::objects::dict::new_dict())
    } else {
        None
    };
    Ok(Value::alloc_with_dict(cls.clone(), dict, payload))
}

/// Whether `cls` or a base up to (not including) `object` defines `name`.
fn overrides(cls: &Value, name: &str) -> bool {
    match types::lookup_str(cls, name) {
        Some(m) => {
            let base = types::lookup_str(&builtin().object, name);
            !base.is_some_and(|b| b.is(&m))
        }
        None => false,
    }
}

/// The checks CPython's `tp_new_wrapper` makes when a builtin type's `__new__` (`new`, named
/// `owner` in messages) is called as a function: `cls` is present, is a type, has the type
/// defining `new` in its MRO, and its nearest class without a Python `__new__` gets `new`.
pub fn check_new_class(vm: &Vm, owner: &str, new: &Value, args: &[Value]) -> PyResult<()> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error(format!("{owner}.__new__(): not enough arguments")));
    };
    let Some(td) = type_data(cls) else {
        return Err(vm.type_error(format!(
            "{owner}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    // The common case (`set(x)`, `range(n)`): a builtin type whose `__new__` this is passes
    // both checks below.
    if !td.heap && types::lookup_str(cls, "__new__").is_some_and(|own| own.is(new)) {
        return Ok(());
    }
    let name = td.name.borrow().clone();
    let mro = td.mro.borrow().clone();
    let key = crate::objects::str::intern("__new__");
    let defines_new = |t: &Value| {
        t.obj()
            .inspect(|o| crate::objects::bootstrap::ready(o))
            .and_then(|o| o.existing_dict())
            .and_then(|d| crate::objects::dict::find_str_key(&d, &key))
            .is_some_and(|(_, v)| v.is(new))
    };
    if !mro.iter().any(defines_new) {
        return Err(vm.type_error(format!(
            "{owner}.__new__({name}): {name} is not a subtype of {owner}"
        )));
    }
    // The nearest class whose `__new__` is not written in Python (CPython's `staticbase`).
    let static_base = mro.iter().find(|t| {
        !types::lookup(t, &key).is_some_and(|f| {
            matches!(
                f.payload(),
                Some(Payload::StaticMethod(_) | Payload::Function(_))
            )
        })
    });
    if let Some(base) = static_base
        && types::lookup(base, &key).is_some_and(|own| !own.is(new))
    {
        return Err(vm.type_error(format!(
            "{owner}.__new__({name}) is not safe, use {}.__new__()",
            types::type_name(base)
        )));
    }
    Ok(())
}

/// `object.__new__(cls, *args)`.
pub fn object_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if types::type_data(cls).is_none() {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if args.args.len() > 1 && !overrides(cls, "__init__") {
        return Err(vm.type_error(format!("{}() takes no arguments", types::type_name(cls))));
    }
    check_abstract(vm, cls)?;
    alloc_instance(vm, cls)
}

/// Refuse to instantiate a class with abstract methods (set by `abc.ABCMeta`).
fn check_abstract(vm: &Vm, cls: &Value) -> PyResult<()> {
    let Some(abstract_) = types::lookup_str(cls, "__abstractmethods__") else {
        return Ok(());
    };
    let mut names: Vec<String> = ops::collect(vm, &abstract_)?
        .iter()
        .filter_map(|n| as_str(n).map(str::to_owned))
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {}",
        types::type_name(cls),
        names.join(", ")
    )))
}

/// `object.__init__(self, *args)`.
pub fn object_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(obj) = args.args.first() {
        let cls = obj.class();
        if args.args.len() > 1 && !overrides(&cls, "__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                types::type_name(&cls)
            )));
        }
    }
    Ok(vm.none())
}

/// The layout new classes with these bases get; error when two builtin layouts conflict.
fn solid_layout(vm: &Vm, bases: &[Value]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    for b in bases {
        let Some(td) = type_data(b) else {
            return Err(vm.type_error("bases must be types"));
        };
        if td.final_.get() {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                td.name.borrow()
            )));
        }
        if td.layout != Layout::Object {
            if layout != Layout::Object && layout != td.layout {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = td.layout;
        }
    }
    Ok(layout)
}

/// The metaclass that is a subclass of `meta` and of every base's metaclass, as
/// `_PyType_CalculateMetaclass`.
pub fn calculate_metaclass(vm: &Vm, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for b in bases {
        let bm = b.class();
        if types::is_subtype(&winner, &bm) {
            continue;
        }
        if types::is_subtype(&bm, &winner) {
            winner = bm.clone();
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `new(cls, name, bases, ns, **kwargs)`: a more derived metaclass's own `__new__`.
fn call_new(
    vm: &Vm,
    new: &Value,
    cls: &Value,
    args: [&Value; 3],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let new = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.clone(),
        _ => new.clone(),
    };
    let mut all = vec![cls.clone()];
    all.extend(args.into_iter().cloned());
    all.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    ops::call(vm, &new, &all, &names)
}

/// `type(name, bases, namespace)` and class creation by metaclasses.
pub fn type_new(
    vm: &Vm,
    meta: &Value,
    name: &Value,
    bases: &Value,
    ns: &Value,
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let name_s = as_str(name)
        .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?
        .to_owned();
    let mut base_list = tuple_ops::items(bases).to_vec();
    let winner = calculate_metaclass(vm, meta.clone(), &base_list)?;
    if !winner.is(meta) {
        let new = types::lookup_str(&winner, "__new__");
        let type_new = types::lookup_str(&builtin().type_, "__new__");
        if let Some(new) = new.filter(|n| !type_new.is_some_and(|t| t.is(n))) {
            return call_new(vm, &new, &winner, [name, bases, ns], kwargs);
        }
    }
    let meta = &winner;
    for (i, b) in base_list.iter().enumerate() {
        if base_list[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", types::type_name(b))));
        }
    }
    if base_list.is_empty() {
        base_list.push(builtin().object.clone());
    }
    let layout = solid_layout(vm, &base_list)?;
    crate::objects::slots::check_layout(vm, &base_list)?;
    let slots = crate::objects::slots::parse(vm, &name_s, ns, layout)?;
    let cls = types::new_type(meta.clone(), &name_s, base_list, layout, true);
    let mro = types::compute_mro(&cls).map_err(|m| vm.type_error(m))?;
    if let Some(td) = type_data(&cls) {
        *td.mro.borrow_mut() = mro;
    }
    crate::objects::type_bases::add_to_bases(&cls);
    let dict = cls
        .obj()
        .and_then(|o| o.dict_value())
        .unwrap_or_else(|| vm.none());
    for (k, v) in dict_ops::items(vm, ns)? {
        let key = as_str(&k).unwrap_or("");
        let v = match key {
            "__new__" | "__init_subclass__" | "__class_getitem__"
                if matches!(v.payload(), Some(Payload::Function(_))) =>
            {
                let kind = if key == "__new__" {
                    Payload::StaticMethod(v)
                } else {
                    Payload::ClassMethod(v)
                };
                let class = if key == "__new__" {
                    builtin().staticmethod.clone()
                } else {
                    builtin().classmethod.clone()
                };
                Value::alloc(class, kind)
            }
            "__qualname__" => {
                if let (Some(td), Some(q)) = (type_data(&cls), as_str(&v)) {
                    *td.qualname.borrow_mut() = q.to_owned();
                }
                continue;
            }
            _ => v,
        };
        dict_ops::set_item(vm, &dict, k, v)?;
    }
    if let Some(spec) = &slots {
        crate::objects::slots::install(vm, &cls, &dict, spec)?;
    }
    if dict_ops::get_item(vm, &dict, &intern("__doc__"))?.is_none() {
        dict_ops::set_item(vm, &dict, intern("__doc__"), vm.none())?;
    }
    if dict_ops::get_item(vm, &dict, &intern("__module__"))?.is_none() {
        // As CPython: the `__name__` of the calling code's globals.
        let caller = match crate::run::current_globals(vm) {
            Some(g) => dict_ops::get_item(vm, &g, &intern("__name__"))?,
            None => None,
        };
        let module = caller.unwrap_or_else(|| intern("builtins"));
        dict_ops::set_item(vm, &dict, intern("__module__"), module)?;
    }
    let eq = dict_ops::get_item(vm, &dict, &intern("__eq__"))?;
    if eq.is_some() && dict_ops::get_item(vm, &dict, &intern("__hash__"))?.is_none() {
        dict_ops::set_item(vm, &dict, intern("__hash__"), vm.none())?;
    }
    types::type_modified();
    set_classcell(vm, &cls, &dict)?;
    set_names(vm, &cls, &dict)?;
    init_subclass(vm, &cls, kwargs)?;
    Ok(cls)
}

/// Fill the `__class__` cell of methods that use `super()` or `__class__`.
fn set_classcell(vm: &Vm, cls: &Value, dict: &Value) -> PyResult<()> {
    let key = intern("__classcell__");
    if let Some(cell) = dict_ops::pop_item(vm, dict, &key)?
        && let Some(Payload::Cell(c)) = cell.payload()
    {
        drop(c.replace(Some(cls.clone())));
    }
    Ok(())
}

/// Call `__set_name__(owner, name)` on class attributes that define it.
fn set_names(vm: &Vm, cls: &Value, dict: &Value) -> PyResult<()> {
    for (k, v) in dict_ops::items(vm, dict)? {
        if let Some(m) = types::lookup_str_on_class(&v, "__set_name__") {
            ops::call(vm, &m, &[v.clone(), cls.clone(), k.clone()], &[])?;
        }
    }
    Ok(())
}

/// Call `__init_subclass__` of the parent with the class keywords.
fn init_subclass(vm: &Vm, cls: &Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let sup = Value::alloc(
        builtin().super_.clone(),
        Payload::Super((cls.clone(), cls.clone())),
    );
    let m = ops::getattr(vm, &sup, &intern("__init_subclass__"))?;
    let mut args = Vec::new();
    let mut names = Vec::new();
    for (k, v) in kwargs {
        names.push(k.clone());
        args.push(v.clone());
    }
    ops::call(vm, &m, &args, &names)?;
    Ok(())
}
