//! Attribute access: `object.__getattribute__`'s descriptor protocol, type and module attribute
//! lookup, `super`, `__getattr__` fallbacks, and method loading without a bound-method object.
//! Counterpart of CPython's `PyObject_GenericGetAttr` and `type_getattro`.

use crate::object::{InstDict, Payload, Value};
use crate::objects::dict_ops;
use crate::objects::function::Builtin;
use crate::objects::instance_values::{self, Store};
use crate::objects::slots::{self, MemberDescr};
use crate::objects::str::{as_str, intern};
use crate::objects::types::{self, builtin, type_data};
use crate::ops::call;
use crate::payload::PropertyData;
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};

/// Look up a special method on the type (not the instance), as CPython's `_PyObject_LookupSpecial`.
pub fn lookup_special(_vm: &Vm, v: &Value, name: &str) -> Option<Value> {
    types::lookup_str_on_class(v, name)
}

/// Whether `descr` defines `__set__` or `__delete__` (a data descriptor).
pub(crate) fn is_data_descr(descr: &Value) -> bool {
    match descr.payload() {
        Some(Payload::Property(_)) => true,
        Some(
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_),
        ) => false,
        Some(
            Payload::Str(_)
            | Payload::Int(_)
            | Payload::Dict(_)
            | Payload::Tuple(_)
            | Payload::List(_),
        ) => false,
        None => false,
        Some(Payload::Native(n)) if n.is::<MemberDescr>() => true,
        _ => {
            let t = descr.class();
            type_data(&t).is_some_and(|d| d.heap)
                && (types::lookup_str(&t, "__set__").is_some()
                    || types::lookup_str(&t, "__delete__").is_some())
        }
    }
}

/// Bind a class attribute found for `obj` (`None` when read through the class itself).
pub fn bind(vm: &Vm, descr: Value, obj: Option<&Value>, owner: &Value) -> PyResult<Value> {
    match descr.payload() {
        Some(Payload::Function(_)) => Ok(match obj {
            Some(o) => new_method(descr.clone(), o.clone()),
            None => descr,
        }),
        Some(Payload::Builtin(b)) if b.is_method && b.bound.is_none() => Ok(match obj {
            Some(o) => bind_builtin(b, o.clone()),
            None => descr.clone(),
        }),
        Some(Payload::ClassMethod(f)) => Ok(new_method(f.clone(), owner.clone())),
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        Some(Payload::Property(p)) if gets_as_property(&descr) => match obj {
            None => Ok(descr.clone()),
            Some(o) => property_get(vm, p, o),
        },
        None | Some(Payload::Builtin(_) | Payload::Type(_) | Payload::Int(_) | Payload::Str(_)) => {
            Ok(descr)
        }
        _ => {
            if let Some(m) = slots::as_member(&descr) {
                return match obj {
                    Some(o) => slots::member_get(vm, &descr, m, o),
                    None => Ok(descr.clone()),
                };
            }
            let t = descr.class();
            if type_data(&t).is_some_and(|d| d.heap)
                && let Some(get) = types::lookup_str(&t, "__get__")
            {
                let o = obj.cloned().unwrap_or_else(|| vm.none());
                return call::call(vm, &get, &[descr.clone(), o, owner.clone()], &[]);
            }
            Ok(descr)
        }
    }
}

/// `property.__get__` for an instance: the getter's result.
pub(crate) fn property_get(vm: &Vm, p: &PropertyData, obj: &Value) -> PyResult<Value> {
    if vm.is_none(&p.parts[0]) {
        return Err(crate::objects::descr_methods::no_accessor(
            vm, p, obj, "getter",
        ));
    }
    call::call(vm, &p.parts[0], std::slice::from_ref(obj), &[])
}

/// Whether `descr`, a `property` or an instance of a subclass of it, is read through
/// `property.__get__` (a subclass may define its own `__get__`).
fn gets_as_property(descr: &Value) -> bool {
    let t = descr.class();
    t.is(&builtin().property)
        || types::lookup_str(&t, "__get__")
            .is_some_and(|get| matches!(get.payload(), Some(Payload::Builtin(_))))
}

/// Whether storing through (`set`) or deleting through `descr`, a `property` or an instance of
/// a subclass of it, runs `property.__set__`/`__delete__` (a subclass may define its own).
fn sets_as_property(descr: &Value, set: bool) -> bool {
    let t = descr.class();
    t.is(&builtin().property)
        || types::lookup_str(&t, if set { "__set__" } else { "__delete__" })
            .is_some_and(|f| matches!(f.payload(), Some(Payload::Builtin(_))))
}

/// Whether `bind` gives `descr` back unchanged for an instance: no function, method
/// descriptor, `classmethod`, `staticmethod`, `property`, slot member or `__get__` of a class
/// written in Python (the answer holds while the type version does).
pub(crate) fn binds_to_itself(descr: &Value) -> bool {
    match descr.payload() {
        None | Some(Payload::Type(_) | Payload::Int(_) | Payload::Str(_)) => true,
        Some(Payload::Builtin(b)) => !(b.is_method && b.bound.is_none()),
        Some(
            Payload::Function(_)
            | Payload::ClassMethod(_)
            | Payload::StaticMethod(_)
            | Payload::Property(_),
        ) => false,
        _ => {
            let t = descr.class();
            slots::as_member(descr).is_none()
                && !(type_data(&t).is_some_and(|d| d.heap)
                    && types::lookup_str(&t, "__get__").is_some())
        }
    }
}

pub fn new_method(func: Value, obj: Value) -> Value {
    match crate::object_freelist::reuse_method(func, obj) {
        Ok(method) => method,
        Err((func, obj)) => Value::alloc(builtin().method.clone(), Payload::Method((func, obj))),
    }
}

fn bind_builtin(b: &Builtin, obj: Value) -> Value {
    let bound = Builtin {
        name: b.name,
        func: b.func,
        bound: Some(obj),
        is_method: true,
        needs_frame: false,
        direct: false,
        fast: crate::objects::function::FastPath::None,
        owner: b.owner,
        doc: b.doc,
    };
    Value::alloc(
        builtin().builtin_function.clone(),
        Payload::Builtin(Box::new(bound)),
    )
}

#[cold]
pub fn no_attribute(vm: &Vm, obj: &Value, name: &Value) -> PyErr {
    // A bound method's missing attribute is missing from its function, which CPython's
    // `method_getattro` asks last and whose error it reports.
    if let Some(Payload::Method((func, _))) = obj.payload() {
        return no_attribute(vm, &func.clone(), name);
    }
    let err = no_attribute_message(vm, obj, name);
    crate::traceback::suggestions::set_fields(vm, &err, name, Some(obj))
}

fn no_attribute_message(vm: &Vm, obj: &Value, name: &Value) -> PyErr {
    let n = as_str(name).unwrap_or("?");
    match obj.payload() {
        Some(Payload::Module) => {
            let Some(mname) = module_name(obj) else {
                return vm.attribute_error(format!("module has no attribute '{n}'"));
            };
            if crate::modules::import::is_initializing(obj) {
                return vm.attribute_error(format!(
                    "partially initialized module '{mname}' has no attribute '{n}' \
                     (most likely due to a circular import)"
                ));
            }
            vm.attribute_error(format!("module '{mname}' has no attribute '{n}'"))
        }
        Some(Payload::Type(t)) => vm.attribute_error(format!(
            "type object '{}' has no attribute '{n}'",
            t.name.borrow()
        )),
        _ => vm.attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            vm.type_name(obj)
        )),
    }
}

fn module_name(m: &Value) -> Option<String> {
    m.obj()
        .and_then(|o| o.dict_value())
        .and_then(|d| crate::objects::dict::get_str_key(&d, &intern("__name__")))
        .and_then(|n| as_str(&n).map(str::to_owned))
}

/// `getattr(obj, name)`.
pub fn getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Value> {
    let found = match getattr_opt(vm, obj, name) {
        Err(e) if vm.err_is(&e, "AttributeError") && heap_special(obj, "__getattr__").is_some() => {
            None
        }
        r => r?,
    };
    match found {
        Some(v) => Ok(v),
        None => {
            if let Some(ga) = heap_special(obj, "__getattr__") {
                return call::call(vm, &ga, &[obj.clone(), name.clone()], &[]);
            }
            if let Some(ga) = crate::objects::module_methods::module_getattr_hook(obj) {
                return call::call(vm, &ga, std::slice::from_ref(name), &[]);
            }
            Err(no_attribute(vm, obj, name))
        }
    }
}

/// A special method defined by a class written in Python (not inherited from a builtin).
fn heap_special(obj: &Value, name: &str) -> Option<Value> {
    let bit = match name {
        "__getattribute__" => types::CUSTOM_GETATTRIBUTE,
        "__getattr__" => types::HAS_GETATTR,
        "__setattr__" => types::CUSTOM_SETATTR,
        _ => types::CUSTOM_DELATTR,
    };
    let t = obj.class();
    if types::special_flags(&t) & bit != 0 {
        types::lookup_str(&t, name)
    } else {
        None
    }
}

/// Attribute lookup without the `__getattr__` fallback; `None` when absent.
pub fn getattr_opt(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    if let Some(ga) = heap_special(obj, "__getattribute__")
        && !matches!(ga.payload(), Some(Payload::Builtin(_)))
    {
        return match call::call(vm, &ga, &[obj.clone(), name.clone()], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        };
    }
    match obj.payload() {
        Some(Payload::Type(_)) => type_getattr(vm, obj, name),
        Some(Payload::Super(s)) => super_getattr(vm, obj, &s.0, &s.1, name),
        _ => generic_getattr(vm, obj, name),
    }
}

/// `object.__getattribute__`.
pub fn generic_getattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let t = obj.class();
    let descr = types::lookup(&t, name);
    if let Some(d) = &descr
        && is_data_descr(d)
    {
        return bind(vm, d.clone(), Some(obj), &t).map(Some);
    }
    if let Some(found) = own_attr(vm, obj, name)? {
        return Ok(Some(found));
    }
    if let Some(d) = descr {
        return bind(vm, d, Some(obj), &t).map(Some);
    }
    crate::objects::attrs::special_attr(vm, obj, name)
}

/// `type.__getattribute__`: the metatype's data descriptors, then the type's MRO, then the metatype.
fn type_getattr(vm: &Vm, t: &Value, name: &Value) -> PyResult<Option<Value>> {
    let meta = t.class();
    let meta_attr = types::lookup(&meta, name);
    if let Some(d) = &meta_attr
        && is_data_descr(d)
    {
        return bind(vm, d.clone(), Some(t), &meta).map(Some);
    }
    if let Some(v) = types::lookup(t, name) {
        return bind(vm, v, None, t).map(Some);
    }
    if let Some(d) = meta_attr {
        return bind(vm, d, Some(t), &meta).map(Some);
    }
    crate::objects::attrs::special_attr(vm, t, name)
}

/// `super(cls, obj).name`: search the MRO of `type(obj)` after `cls`.
fn super_getattr(
    vm: &Vm,
    sup: &Value,
    cls: &Value,
    obj: &Value,
    name: &Value,
) -> PyResult<Option<Value>> {
    let start = if obj.class_is(&builtin().type_)
        || matches!(obj.payload(), Some(Payload::Type(_))) && types::is_subtype(obj, cls)
    {
        obj.clone()
    } else {
        obj.class()
    };
    let mro = type_data(&start)
        .map(|d| d.mro.borrow().clone())
        .unwrap_or_default();
    let pos = mro
        .iter()
        .position(|k| k.is(cls))
        .map_or(mro.len(), |p| p + 1);
    for k in &mro[pos..] {
        if let Some(v) = k
            .obj()
            .and_then(|o| o.dict_value())
            .and_then(|d| crate::objects::dict::get_str_key(&d, name))
        {
            let inst = if start.is(obj) { None } else { Some(obj) };
            return bind(vm, v, inst, &start).map(Some);
        }
    }
    generic_getattr(vm, sup, name)
}

/// `super(cls, obj).name` as `LOAD_METHOD` wants it, when `obj` is an instance and the name
/// is a plain method found after `cls` in `type(obj)`'s MRO: the method, to call with `obj`
/// prepended (no `super` attribute search, no bound method). `None` leaves the case to
/// `super_getattr` (a type as `obj`, `cls` not in the MRO, another kind of attribute, a
/// name found nowhere).
///
/// When the classes after `cls` are exactly the MRO of the next one (single inheritance), the
/// search is that class's own cached lookup.
pub fn super_method(cls: &Value, obj: &Value, name: &Value) -> Option<Value> {
    if matches!(obj.payload(), Some(Payload::Type(_))) {
        return None;
    }
    let start = obj.class();
    let (next, is_tail) = {
        let mro = type_data(&start)?.mro.borrow();
        let pos = mro.iter().position(|k| k.is(cls))? + 1;
        let rest = &mro[pos..];
        let next = rest.first()?.clone();
        let is_tail = type_data(&next).is_some_and(|n| {
            let own = n.mro.borrow();
            own.len() == rest.len() && own.iter().zip(rest).all(|(a, b)| a.is(b))
        });
        (next, is_tail)
    };
    let found = if is_tail {
        types::lookup(&next, name)?
    } else {
        let mro = type_data(&start)?.mro.borrow().clone();
        let pos = mro.iter().position(|k| k.is(cls))? + 1;
        mro[pos..].iter().find_map(|k| {
            k.obj()
                .and_then(|o| o.existing_dict())
                .and_then(|d| crate::objects::dict::get_str_key(&d, name))
        })?
    };
    is_method_descr(&found).then_some(found)
}

/// The value of `name` in the instance's own attributes (its dict, or its kept values).
fn own_attr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let Some(o) = obj.obj() else {
        return Ok(None);
    };
    crate::objects::bootstrap::ready(o);
    let Some(cell) = o.dict() else {
        return Ok(None);
    };
    let slot = cell.borrow();
    let dict = match &*slot {
        InstDict::Values(v) => {
            let class = obj.class();
            let keys = type_data(&class).map(|td| td.shared_keys.borrow());
            return Ok(keys.and_then(|k| v.lookup(&k, name)));
        }
        InstDict::Dict(d) => {
            if let Some(found) = crate::objects::dict::lookup_str_native(d, name) {
                return Ok(found);
            }
            d.clone()
        }
    };
    drop(slot);
    dict_ops::get_item(vm, &dict, name)
}

/// Whether the instance's own attributes have `name` (which then hides the class's method).
fn shadowed_in_instance(vm: &Vm, obj: &Value, name: &Value) -> PyResult<bool> {
    Ok(own_attr(vm, obj, name)?.is_some())
}

/// Whether a class attribute is a plain method: a function or an unbound builtin method.
pub(crate) fn is_method_descr(d: &Value) -> bool {
    match d.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.is_method && b.bound.is_none(),
        _ => false,
    }
}

/// `LOAD_METHOD`: `(Some(func), _)` when `obj.name` is a plain method of the type (call it with
/// `obj` prepended, no bound-method object), else `(None, attribute)`.
pub fn load_method(vm: &Vm, obj: &Value, name: &Value) -> PyResult<(Option<Value>, Value)> {
    let t = obj.class();
    let plain = !matches!(
        obj.payload(),
        Some(Payload::Type(_) | Payload::Super(_) | Payload::Module)
    ) && heap_special(obj, "__getattribute__").is_none();
    if plain
        && let Some(d) = types::lookup(&t, name)
        && is_method_descr(&d)
        && !shadowed_in_instance(vm, obj, name)?
    {
        return Ok((Some(d), vm.none()));
    }
    Ok((None, getattr(vm, obj, name)?))
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &Vm, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    if let Some(sa) = heap_special(obj, "__setattr__")
        && !matches!(sa.payload(), Some(Payload::Builtin(_)))
    {
        call::call(vm, &sa, &[obj.clone(), name.clone(), value], &[])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, Some(value))
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &Vm, obj: &Value, name: &Value) -> PyResult<()> {
    if let Some(da) = heap_special(obj, "__delattr__")
        && !matches!(da.payload(), Some(Payload::Builtin(_)))
    {
        call::call(vm, &da, &[obj.clone(), name.clone()], &[])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, None)
}

/// `object.__setattr__`/`__delattr__` (value `None` deletes).
pub fn generic_setattr(vm: &Vm, obj: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    if let Some(o) = obj.obj()
        && let Payload::Type(_) = o.payload
    {
        crate::objects::bootstrap::ready(o);
        types::type_modified();
    }
    let t = obj.class();
    if let Some(Payload::Type(td)) = obj.payload()
        && !td.heap
    {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            as_str(name).unwrap_or("?"),
            td.name.borrow()
        )));
    }
    if let Some(d) = types::lookup(&t, name) {
        if let Some(m) = slots::as_member(&d) {
            return slots::member_set(vm, &d, m, obj, value);
        }
        if let Some(Payload::Property(p)) = d.payload()
            && sets_as_property(&d, value.is_some())
        {
            let (f, what) = if value.is_some() {
                (&p.parts[1], "setter")
            } else {
                (&p.parts[2], "deleter")
            };
            if vm.is_none(f) {
                return Err(crate::objects::descr_methods::no_accessor(vm, p, obj, what));
            }
            let mut args = vec![obj.clone()];
            args.extend(value);
            call::call(vm, f, &args, &[])?;
            return Ok(());
        }
        if is_data_descr(&d) {
            let (m, args) = match value {
                Some(v) => (
                    types::lookup_str_on_class(&d, "__set__"),
                    vec![d.clone(), obj.clone(), v],
                ),
                None => (
                    types::lookup_str_on_class(&d, "__delete__"),
                    vec![d.clone(), obj.clone()],
                ),
            };
            let Some(m) = m else {
                return Err(vm.attribute_error("__delete__"));
            };
            call::call(vm, &m, &args, &[])?;
            return Ok(());
        }
    }
    if as_str(name) == Some("__class__") {
        return crate::objects::class_assign::set_class(vm, obj, value);
    }
    if as_str(name) == Some("__dict__")
        && let Some(slot) = obj.obj().and_then(|o| o.dict())
        && !type_data(&t).is_some_and(|d| d.no_instance_dict.get())
    {
        return set_instance_dict(vm, slot, value);
    }
    if crate::objects::attrs::set_special_attr(vm, obj, name, value.clone())? {
        return Ok(());
    }
    let cell = obj.obj().and_then(|o| o.dict());
    let Some(cell) = cell.filter(|_| !type_data(&t).is_some_and(|d| d.no_instance_dict.get()))
    else {
        return Err(no_attribute_set(vm, obj, name));
    };
    let (dict, value) = match instance_values::store(&t, cell, name, value) {
        Store::Done(old) => {
            drop(old);
            return Ok(());
        }
        Store::Missing => return Err(no_attribute(vm, obj, name)),
        Store::Dict(dict, value) => (dict, value),
    };
    match value {
        Some(v) => dict_ops::set_item(vm, &dict, name.clone(), v),
        None => {
            if dict_ops::del_item(vm, &dict, name)? {
                Ok(())
            } else {
                Err(no_attribute(vm, obj, name))
            }
        }
    }
}

/// `obj.__dict__ = d` replaces the instance dict (a dict or a dict subclass); `del
/// obj.__dict__` leaves an empty one.
fn set_instance_dict(vm: &Vm, slot: &PyCell<InstDict>, value: Option<Value>) -> PyResult<()> {
    let new = match value {
        None => crate::objects::dict::new_dict(),
        Some(v) if matches!(v.payload(), Some(Payload::Dict(_))) => v,
        Some(v) => {
            return Err(vm.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                vm.type_name(&v)
            )));
        }
    };
    let old = std::mem::replace(&mut *slot.borrow_mut(), InstDict::Dict(new));
    drop(old);
    Ok(())
}

#[cold]
fn no_attribute_set(vm: &Vm, obj: &Value, name: &Value) -> PyErr {
    vm.attribute_error(format!(
        "'{}' object has no attribute '{}'",
        vm.type_name(obj),
        as_str(name).unwrap_or("?")
    ))
}
