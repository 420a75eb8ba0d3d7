//! A class's bases after its creation: the weak lists of direct subclasses behind
//! `type.__subclasses__()`, and assigning `__bases__` (CPython's checks of the new bases and
//! of their instance layout, the MRO recomputed for the class and its subclasses, the
//! subclass lists of old and new bases updated, every cache keyed by a type invalidated).
//! Counterpart of `type_set_bases`, `best_base`, `solid_base`, `compatible_for_assignment`,
//! `mro_hierarchy`, `add_subclass`/`remove_subclass` and `type___subclasses__` in CPython's
//! `Objects/typeobject.c`.

use crate::gc::weakref::weakref_of;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::class_assign;
use crate::objects::function::Args;
use crate::objects::types::{self, Layout, type_data};
use crate::objects::{list_ops, tuple_ops};
use crate::vm::{PyResult, Vm};

/// Records `cls` in the subclass list of each of its bases (at class creation).
pub fn add_to_bases(cls: &Value) {
    let bases = type_data(cls).map(|d| d.bases.borrow().clone());
    for base in bases.unwrap_or_default() {
        add_subclass(&base, cls);
    }
}

/// Appends a weak reference to `cls` to `base`'s subclass list, dropping the dead entries.
fn add_subclass(base: &Value, cls: &Value) {
    let Some(td) = type_data(base) else { return };
    let weak = crate::modules::_weakref::watch(cls);
    let dead: Vec<Value> = {
        let mut list = td.subclasses.borrow_mut();
        let dead = list
            .extract_if(.., |r| weakref_of(r).is_none_or(|w| w.is_dead()))
            .collect();
        list.push(weak);
        dead
    };
    drop(dead);
}

/// A class being freed leaves the subclass lists of its bases: their entries for it, whose
/// weak references were cleared before it is freed, are dropped (CPython's
/// `remove_all_subclasses` in `type_dealloc`). Runs when the collector clears a class and
/// when a class's data is dropped.
pub fn leave_bases(t: &types::TypeData) {
    let Some(bases) = t.bases.try_borrow() else {
        return;
    };
    let dead: Vec<Value> = bases
        .iter()
        .filter_map(type_data)
        .filter_map(|td| td.subclasses.try_borrow_mut())
        .flat_map(|mut list| {
            list.extract_if(.., |r| weakref_of(r).is_none_or(|w| w.is_dead()))
                .collect::<Vec<_>>()
        })
        .collect();
    drop(bases);
    drop(dead);
}

impl Drop for types::TypeData {
    fn drop(&mut self) {
        leave_bases(self);
    }
}

/// Removes `cls` from `base`'s subclass list.
fn remove_subclass(base: &Value, cls: &Value) {
    let Some(td) = type_data(base) else { return };
    let at = td.subclasses.borrow().iter().position(|r| {
        weakref_of(r)
            .and_then(|w| w.get())
            .is_some_and(|c| c.is(cls))
    });
    let removed = at.map(|i| td.subclasses.borrow_mut().remove(i));
    drop(removed);
}

/// The live direct subclasses of `t`, oldest first.
pub fn subclasses(t: &Value) -> Vec<Value> {
    let refs = type_data(t).map(|d| d.subclasses.borrow().clone());
    refs.unwrap_or_default()
        .iter()
        .filter_map(|r| weakref_of(r)?.get())
        .collect()
}

/// `type.__subclasses__(cls)`.
fn type_subclasses(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__subclasses__", 1, 1)?;
    if type_data(&a[0]).is_none() {
        return Err(vm.type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            vm.type_name(&a[0])
        )));
    }
    Ok(list_ops::new_list(subclasses(&a[0])))
}

/// Whether instances of `t` are freed as collected containers (CPython's `tp_free` is
/// `PyObject_GC_Del`): every class written in Python, and the builtin container types.
fn is_gc(t: &Value) -> bool {
    type_data(t).is_some_and(|d| {
        d.heap
            || !matches!(
                d.layout,
                Layout::Object
                    | Layout::Int
                    | Layout::Bool
                    | Layout::Float
                    | Layout::Complex
                    | Layout::Str
                    | Layout::Bytes
                    | Layout::ByteArray
            )
    })
}

/// Whether instances of `t` keep a dict that the class adds beside a fixed-size builtin layout
/// (CPython 3.11's `Py_TPFLAGS_MANAGED_DICT`).
fn has_managed_dict(t: &Value) -> bool {
    type_data(t).is_some_and(|d| {
        d.heap
            && !d.no_instance_dict.get()
            && !matches!(
                d.layout,
                Layout::Int
                    | Layout::Bool
                    | Layout::Tuple
                    | Layout::Bytes
                    | Layout::Exception
                    | Layout::Module
                    | Layout::Type
            )
    })
}

/// Whether `t` adds storage to `base`'s instances: slots of its own for a class written in
/// Python (a `__dict__` or `__weakref__` slot does not count), another layout for a builtin.
fn extra_ivars(vm: &Vm, t: &Value, base: &Value) -> PyResult<bool> {
    let (Some(td), Some(bd)) = (type_data(t), type_data(base)) else {
        return Ok(false);
    };
    if !td.heap {
        return Ok(td.layout != bd.layout);
    }
    let own = class_assign::own_slots(vm, t)?.unwrap_or_default();
    Ok(own.iter().any(|s| s != "__dict__" && s != "__weakref__"))
}

/// CPython's `solid_base`: the nearest class along the base chain whose instances add
/// storage to their base's.
fn solid_base(vm: &Vm, t: &Value) -> PyResult<Value> {
    let Some(td) = type_data(t) else {
        return Ok(t.clone());
    };
    let bases = td.bases.borrow().clone();
    let base = if td.heap {
        best_base(vm, &bases)?
    } else {
        match bases.first() {
            Some(b) => b.clone(),
            None => return Ok(t.clone()),
        }
    };
    if extra_ivars(vm, t, &base)? {
        Ok(t.clone())
    } else {
        solid_base(vm, &base)
    }
}

/// CPython's `best_base`: the base whose solid base derives from every other base's, with
/// CPython's errors for a final base and for conflicting layouts.
fn best_base(vm: &Vm, bases: &[Value]) -> PyResult<Value> {
    let mut best: Option<(Value, Value)> = None;
    for b in bases {
        let Some(bd) = type_data(b) else {
            return Err(vm.type_error("bases must be types"));
        };
        if bd.final_.get() {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bd.name.borrow()
            )));
        }
        let candidate = solid_base(vm, b)?;
        best = match best {
            None => Some((b.clone(), candidate)),
            Some((base, winner)) if types::is_subtype(&winner, &candidate) => Some((base, winner)),
            Some((_, winner)) if types::is_subtype(&candidate, &winner) => {
                Some((b.clone(), candidate))
            }
            Some(_) => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
        };
    }
    Ok(best.map_or_else(|| types::builtin().object.clone(), |(base, _)| base))
}

/// CPython's `compatible_for_assignment` for `__bases__`: instances laid out by `old_to` must
/// fit `new_to`.
fn check_compatible(vm: &Vm, old_to: &Value, new_to: &Value) -> PyResult<()> {
    let (new_name, old_name) = (types::type_name(new_to), types::type_name(old_to));
    if is_gc(old_to) != is_gc(new_to) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{new_name}' deallocator differs from '{old_name}'"
        )));
    }
    if !class_assign::same_layout(vm, new_to, old_to)?
        || has_managed_dict(old_to) != has_managed_dict(new_to)
    {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{new_name}' object layout differs from '{old_name}'"
        )));
    }
    Ok(())
}

/// The new bases as a list of classes, with CPython's checks of their kind and for cycles.
fn checked_bases(vm: &Vm, t: &Value, value: &Value) -> PyResult<Vec<Value>> {
    let name = types::type_name(t);
    let Some(Payload::Tuple(items)) = value.payload() else {
        return Err(vm.type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            vm.type_name(value)
        )));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    for b in items.iter() {
        if type_data(b).is_none() {
            return Err(vm.type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                vm.type_name(b)
            )));
        }
        if types::is_subtype(b, t) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    for (i, b) in items.iter().enumerate() {
        if items[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", types::type_name(b))));
        }
    }
    Ok(tuple_ops::items(value).to_vec())
}

/// Recomputes the MRO of `t` and of its subclasses, keeping each old MRO in `saved`.
fn update_mros(vm: &Vm, t: &Value, saved: &mut Vec<(Value, Vec<Value>)>) -> PyResult<()> {
    let mro = types::compute_mro(t).map_err(|m| vm.type_error(m))?;
    let Some(td) = type_data(t) else {
        return Ok(());
    };
    let old = std::mem::replace(&mut *td.mro.borrow_mut(), mro);
    saved.push((t.clone(), old));
    for sub in subclasses(t) {
        update_mros(vm, &sub, saved)?;
    }
    Ok(())
}

/// `t.__bases__ = value` for a class written in Python (`None`: `del t.__bases__`).
pub fn set_bases(vm: &Vm, t: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(td) = type_data(t) else {
        return Err(vm.type_error("__bases__ of a non-type"));
    };
    let Some(value) = value else {
        return Err(vm.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            td.name.borrow()
        )));
    };
    let new = checked_bases(vm, t, &value)?;
    let old_bases = td.bases.borrow().clone();
    check_compatible(vm, &best_base(vm, &old_bases)?, &best_base(vm, &new)?)?;
    let old = std::mem::replace(&mut *td.bases.borrow_mut(), new.clone());
    let mut saved = Vec::new();
    if let Err(e) = update_mros(vm, t, &mut saved) {
        let replaced = std::mem::replace(&mut *td.bases.borrow_mut(), old);
        for (cls, mro) in saved.into_iter().rev() {
            if let Some(d) = type_data(&cls) {
                let newer = std::mem::replace(&mut *d.mro.borrow_mut(), mro);
                drop(newer);
            }
        }
        drop(replaced);
        return Err(e);
    }
    for b in &old {
        remove_subclass(b, t);
    }
    for b in &new {
        add_subclass(b, t);
    }
    types::type_modified();
    drop((old, saved));
    Ok(())
}

pub fn init() {
    add_method(
        &types::builtin().type_,
        "type",
        "__subclasses__",
        type_subclasses,
    );
}
