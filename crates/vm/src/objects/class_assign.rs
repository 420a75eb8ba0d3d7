//! `obj.__class__ = C`: CPython's checks that the new class is a mutable type (or both are
//! module types) with the same instance layout, then the swap. Counterpart of
//! `object_set_class` and `compatible_for_assignment` in CPython's `Objects/typeobject.c`.

use crate::gc::heap::GilStatic;
use crate::object::{Payload, Value};
use crate::objects::str::{as_str, intern};
use crate::objects::types::{self, Layout, type_data};
use crate::ops;
use crate::vm::{PyResult, Vm};

/// Assign (`Some`) or delete (`None`) `obj.__class__`.
pub fn set_class(vm: &Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(new) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    if !matches!(new.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&new)
        )));
    }
    let old = obj.class().clone();
    let module = &vm.b().module;
    let both_modules = types::is_subtype(&new, module) && types::is_subtype(&old, module);
    if !both_modules && (!is_heap(&new) || !is_heap(&old)) {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if !same_layout(vm, &new, &old)? {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            types::type_name(&new),
            types::type_name(&old)
        )));
    }
    if !new.is(&old) {
        // Kept values are laid out by the old class's shared keys: make the dict first.
        drop(obj.obj().and_then(|o| o.dict_value()));
        RETIRED_CLASSES
            .get()
            .extend(crate::object::replace_class(obj, new));
    }
    Ok(())
}

/// The classes objects had before `__class__` assignments. CPython releases the old class at
/// once; gilpy keeps the reference until the main program ends (`release_retired_classes`),
/// because native code further up the stack may still use the class (or its `TypeData`)
/// that it read from the object before the assignment.
static RETIRED_CLASSES: GilStatic<Vec<Value>> = GilStatic::new(Vec::new());

/// Release the classes kept by `__class__` assignments (at the end of the main program, when
/// no Python code runs on this thread).
pub fn release_retired_classes() {
    let retired = std::mem::take(&mut *RETIRED_CLASSES.get());
    drop(retired);
}

fn is_heap(t: &Value) -> bool {
    type_data(t).is_some_and(|d| d.heap)
}

/// Whether instances of `a` and `b` are laid out alike: the same solid base (the nearest class
/// whose instances add storage to their base's), or solid bases that add the same storage to
/// the same base.
fn same_layout(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let sa = solid_base(vm, a)?;
    let sb = solid_base(vm, b)?;
    if sa.is(&sb) {
        return Ok(true);
    }
    if !is_heap(&sa) || !is_heap(&sb) || !first_base(&sa)?.is(&first_base(&sb)?) {
        return Ok(false);
    }
    Ok(own_slots(vm, &sa)? == own_slots(vm, &sb)? && has_dict(&sa) == has_dict(&sb))
}

/// CPython's `solid_base`: a builtin type is its own; a class written in Python is its
/// base's unless it declares slots or adds an instance dict its base lacks.
fn solid_base(vm: &Vm, t: &Value) -> PyResult<Value> {
    if !is_heap(t) {
        return Ok(t.clone());
    }
    let base = first_base(t)?;
    let adds_storage =
        own_slots(vm, t)?.is_some_and(|s| !s.is_empty()) || has_dict(t) && !has_dict(&base);
    if adds_storage {
        Ok(t.clone())
    } else {
        solid_base(vm, &base)
    }
}

/// `t.__base__` (`object` when it has no bases).
fn first_base(t: &Value) -> PyResult<Value> {
    let bases = type_data(t).map(|d| d.bases.borrow().clone());
    Ok(bases
        .and_then(|b| b.first().cloned())
        .unwrap_or_else(|| types::builtin().object.clone()))
}

/// Whether instances of `t` carry a `__dict__`.
fn has_dict(t: &Value) -> bool {
    type_data(t).is_some_and(|d| {
        d.heap && !d.no_instance_dict.get() || matches!(d.layout, Layout::Module | Layout::Type)
    })
}

/// The slot names `t`'s own `__slots__` declares, if it declares any.
fn own_slots(vm: &Vm, t: &Value) -> PyResult<Option<Vec<String>>> {
    let slots = t
        .obj()
        .and_then(|o| o.dict_value())
        .and_then(|d| crate::objects::dict::get_str_key(&d, &intern("__slots__")));
    let Some(slots) = slots else {
        return Ok(None);
    };
    let names = match as_str(&slots) {
        Some(s) => vec![s.to_owned()],
        None => ops::collect(vm, &slots)?
            .iter()
            .map(|n| as_str(n).unwrap_or("").to_owned())
            .collect(),
    };
    Ok(Some(names))
}
