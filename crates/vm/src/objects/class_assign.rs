//! `obj.__class__ = C`: CPython's checks that the new class is a mutable type (or both are
//! module types) with the same instance layout, then the swap. Counterpart of
//! `object_set_class` and `compatible_for_assignment` in CPython's `Objects/typeobject.c`.

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
    let old = obj.class();
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
    }
    // The old class is released here, as CPython releases it: its `__del__` and the
    // callbacks of weak references to it run now if this was its last reference.
    drop(crate::object::replace_class(obj, new));
    drop(old);
    Ok(())
}

fn is_heap(t: &Value) -> bool {
    type_data(t).is_some_and(|d| d.heap)
}

/// Whether instances of `a` and `b` are laid out alike: the same solid base (the nearest class
/// whose instances add storage to their base's), or solid bases that add the same storage to
/// the same base.
pub(crate) fn same_layout(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
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
pub(crate) fn own_slots(vm: &Vm, t: &Value) -> PyResult<Option<Vec<String>>> {
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
