//! The descriptor protocol's dunders on `property`, `classmethod` and `staticmethod`
//! (`__get__`, `__set__`, `__delete__`, `__set_name__`), so Python code can see and call them,
//! and the errors of a property without the accessor asked for.
//! Counterpart of the `tp_descr_get`/`tp_descr_set` slots in CPython's `Objects/descrobject.c`
//! and `Objects/funcobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::types::{builtin, type_data};
use crate::ops::{self, call, text};
use crate::payload::PropertyData;
use crate::vm::{PyErr, PyResult, Vm};

/// `descr.__get__(obj, type=None)`: bind through the same path attribute lookup uses (a
/// property's own, which a subclass's `__get__` may call through `super()`).
fn descr_get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__get__", 2, 3)?;
    let obj = (!vm.is_none(&a[1])).then(|| a[1].clone());
    let owner = match a.get(2) {
        Some(t) if !vm.is_none(t) => t.clone(),
        _ => match &obj {
            Some(o) => o.class(),
            None => return Err(vm.type_error("__get__(None, None) is invalid")),
        },
    };
    match (a[0].payload(), &obj) {
        (Some(Payload::Property(p)), Some(o)) => ops::attr::property_get(vm, p, o),
        (Some(Payload::Property(_)), None) => Ok(a[0].clone()),
        _ => ops::attr::bind(vm, a[0].clone(), obj.as_ref(), &owner),
    }
}

/// Call the property's setter (`value` given) or deleter on `obj`.
fn property_store(vm: &Vm, prop: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let Some(Payload::Property(p)) = prop.payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let (f, what) = match value {
        Some(_) => (&p.parts[1], "setter"),
        None => (&p.parts[2], "deleter"),
    };
    if vm.is_none(f) {
        return Err(no_accessor(vm, p, obj, what));
    }
    let mut args = vec![obj.clone()];
    args.extend(value);
    call::call(vm, f, &args, &[])?;
    Ok(vm.none())
}

/// The `AttributeError` of a property without the `what` ("getter", "setter", "deleter")
/// that reading, setting or deleting it on `obj` needs: it names the property when
/// `__set_name__` gave it a name, and the class by its qualified name.
#[cold]
pub fn no_accessor(vm: &Vm, p: &PropertyData, obj: &Value, what: &str) -> PyErr {
    let class = obj.class();
    let qualname = match type_data(&class) {
        Some(td) => td.qualname.borrow().clone(),
        None => vm.type_name(obj).to_string(),
    };
    let owner = match text::repr_string(vm, &new_str(&qualname)) {
        Ok(o) => o,
        Err(e) => return e,
    };
    let name = p.name.borrow().clone();
    let subject = match name.map(|n| text::repr_string(vm, &n)) {
        Some(Ok(n)) => format!("property {n}"),
        Some(Err(e)) => return e,
        None => "property".to_owned(),
    };
    vm.attribute_error(format!("{subject} of {owner} object has no {what}"))
}

/// `property.__set_name__(owner, name)`: remember the name for the error messages.
fn property_set_name(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__set_name__", 3, 3)?;
    let Some(Payload::Property(p)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    drop(p.name.replace(Some(a[2].clone())));
    Ok(vm.none())
}

fn property_set(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__set__", 3, 3)?;
    property_store(vm, &a[0], &a[1], Some(a[2].clone()))
}

fn property_delete(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__delete__", 2, 2)?;
    property_store(vm, &a[0], &a[1], None)
}

pub fn init() {
    let b = builtin();
    add_method(&b.property, "property", "__get__", descr_get);
    add_method(&b.property, "property", "__set__", property_set);
    add_method(&b.property, "property", "__delete__", property_delete);
    add_method(&b.property, "property", "__set_name__", property_set_name);
    add_method(&b.classmethod, "classmethod", "__get__", descr_get);
    add_method(&b.staticmethod, "staticmethod", "__get__", descr_get);
}
