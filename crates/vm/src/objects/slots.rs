//! `__slots__`: the `member_descriptor`s a class gets for its slot names, and whether its
//! instances have a `__dict__`. Counterpart of the member descriptors of CPython's
//! `Objects/descrobject.c` and the `__slots__` handling of `type_new` in `Objects/typeobject.c`.
//!
//! Storage: a slotted instance keeps its slot values as instance attributes that Python code
//! cannot reach (`__dict__` and `vars()` refuse them, other names cannot be stored): kept
//! values laid out by the class's shared keys (`instance_values.rs`), a dict only when
//! something made one. So a slot has a fixed index per class, and the attribute caches read
//! and store it as an instance attribute (`LOAD_ATTR_SLOT`'s cost); the per-class offset of
//! CPython's `PyMemberDescr` (and its memory saving) is not done. A subclass that has a
//! `__dict__` shows its inherited slot values in that dict.

use crate::object::{InstDict, Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, new_native_type, set_attr};
use crate::objects::dict_ops;
use crate::objects::function::Args;
use crate::objects::instance_values::{self, Store};
use crate::objects::str::{as_str, from_string, intern};
use crate::objects::types::{self, Layout, type_data};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};
use std::sync::OnceLock;

/// A slot's descriptor: its (mangled) name and the name of the class that declared it.
pub struct MemberDescr {
    pub name: Value,
    pub owner: String,
}

fn member_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| {
        let t = new_native_type("member_descriptor");
        set_attr(&t, "__module__", intern("builtins"));
        add_method(&t, "member_descriptor", "__get__", member_get_method);
        add_method(&t, "member_descriptor", "__set__", member_set_method);
        add_method(&t, "member_descriptor", "__delete__", member_delete_method);
        add_method(&t, "member_descriptor", "__repr__", member_repr);
        StaticValue(t)
    })
    .0
}

/// The member descriptor `v` is, if it is one.
pub fn as_member(v: &Value) -> Option<&MemberDescr> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<MemberDescr>(),
        _ => None,
    }
}

fn member_name(m: &MemberDescr) -> &str {
    as_str(&m.name).unwrap_or("?")
}

/// The dict slot of `obj` that keeps descriptor `descr`'s value; `TypeError` when `obj`'s
/// class does not have this slot.
fn storage<'o>(
    vm: &Vm,
    descr: &Value,
    m: &MemberDescr,
    obj: &'o Value,
) -> PyResult<&'o PyCell<InstDict>> {
    let applies = types::lookup(&obj.class(), &m.name).is_some_and(|d| d.is(descr));
    match obj.obj().and_then(|o| o.dict()) {
        Some(cell) if applies => Ok(cell),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            member_name(m),
            m.owner,
            vm.type_name(obj)
        ))),
    }
}

/// Whether `d` is the member descriptor of slot `name`: reading or storing `name` through it
/// is reading or storing the instance's own attribute `name` (what the attribute caches do).
pub fn is_member_named(d: &Value, name: &Value) -> bool {
    as_member(d).is_some_and(|m| m.name.is(name) || as_str(&m.name) == as_str(name))
}

#[cold]
fn unset(vm: &Vm, m: &MemberDescr, obj: &Value) -> PyErr {
    ops::attr::no_attribute(vm, obj, &m.name)
}

/// `obj.slot`.
pub fn member_get(vm: &Vm, descr: &Value, m: &MemberDescr, obj: &Value) -> PyResult<Value> {
    let cell = storage(vm, descr, m, obj)?;
    let slot = cell.borrow();
    let found = match &*slot {
        InstDict::Values(v) => {
            let class = obj.class();
            let keys = type_data(&class).map(|td| td.shared_keys.borrow());
            keys.and_then(|k| v.lookup(&k, &m.name))
        }
        InstDict::Dict(d) => {
            let d = d.clone();
            drop(slot);
            dict_ops::get_item(vm, &d, &m.name)?
        }
    };
    found.ok_or_else(|| unset(vm, m, obj))
}

/// `obj.slot = value` (`None`: `del obj.slot`).
pub fn member_set(
    vm: &Vm,
    descr: &Value,
    m: &MemberDescr,
    obj: &Value,
    value: Option<Value>,
) -> PyResult<()> {
    let cell = storage(vm, descr, m, obj)?;
    let (d, value) = match instance_values::store(&obj.class(), cell, &m.name, value) {
        Store::Done(old) => {
            drop(old);
            return Ok(());
        }
        Store::Missing => return Err(vm.attribute_error(member_name(m).to_owned())),
        Store::Dict(d, value) => (d, value),
    };
    match value {
        Some(v) => dict_ops::set_item(vm, &d, m.name.clone(), v),
        None if dict_ops::del_item(vm, &d, &m.name)? => Ok(()),
        None => Err(vm.attribute_error(member_name(m).to_owned())),
    }
}

fn descr_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str, min: usize) -> PyResult<&'a [Value]> {
    let a = args.positional_only(vm, name, min, 3)?;
    if as_member(&a[0]).is_none() {
        return Err(vm.type_error(format!("descriptor '{name}' needs a member_descriptor")));
    }
    Ok(a)
}

fn member_get_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = descr_arg(vm, &args, "__get__", 2)?;
    let m = as_member(&a[0]).ok_or_else(|| vm.type_error("not a member"))?;
    if vm.is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    member_get(vm, &a[0], m, &a[1])
}

fn member_set_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = descr_arg(vm, &args, "__set__", 3)?;
    let m = as_member(&a[0]).ok_or_else(|| vm.type_error("not a member"))?;
    member_set(vm, &a[0], m, &a[1], Some(a[2].clone()))?;
    Ok(vm.none())
}

fn member_delete_method(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = descr_arg(vm, &args, "__delete__", 2)?;
    let m = as_member(&a[0]).ok_or_else(|| vm.type_error("not a member"))?;
    member_set(vm, &a[0], m, &a[1], None)?;
    Ok(vm.none())
}

fn member_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = descr_arg(vm, &args, "__repr__", 1)?;
    let m = as_member(&a[0]).ok_or_else(|| vm.type_error("not a member"))?;
    Ok(from_string(format!(
        "<member '{}' of '{}' objects>",
        member_name(m),
        m.owner
    )))
}

/// A class's `__slots__`: the names that get descriptors (mangled, sorted) and whether
/// `__dict__` was listed.
pub struct SlotSpec {
    names: Vec<String>,
    dict: bool,
}

/// `_Class__name` for a private name, as the compiler mangles names in a class body.
fn mangle(class_name: &str, name: &str) -> String {
    let owner = class_name.trim_start_matches('_');
    if name.starts_with("__") && !name.ends_with("__") && !owner.is_empty() {
        format!("_{owner}{name}")
    } else {
        name.to_owned()
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Read and check `ns["__slots__"]`; `None` when the class body has none.
pub fn parse(vm: &Vm, class_name: &str, ns: &Value, layout: Layout) -> PyResult<Option<SlotSpec>> {
    let Some(v) = dict_ops::get_item(vm, ns, &intern("__slots__"))? else {
        return Ok(None);
    };
    let items = if as_str(&v).is_some() {
        vec![v]
    } else {
        ops::collect(vm, &v)?
    };
    let mut spec = SlotSpec {
        names: Vec::new(),
        dict: false,
    };
    for item in &items {
        let Some(s) = as_str(item) else {
            return Err(vm.type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_name(item)
            )));
        };
        if !is_identifier(s) {
            return Err(vm.type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" if spec.dict => {
                return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
            }
            "__dict__" => spec.dict = true,
            "__weakref__" => {}
            _ => {
                let name = mangle(class_name, s);
                if dict_ops::get_item(vm, ns, &intern(&name))?.is_some() {
                    return Err(
                        vm.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                    );
                }
                spec.names.push(name);
            }
        }
    }
    spec.names.sort();
    spec.names.dedup();
    let variable_size = matches!(
        layout,
        Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes | Layout::Str
    );
    if variable_size && !spec.names.is_empty() {
        return Err(vm.type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            solid_base_name(layout)
        )));
    }
    Ok(Some(spec))
}

fn solid_base_name(layout: Layout) -> &'static str {
    match layout {
        Layout::Int => "int",
        Layout::Bool => "bool",
        Layout::Tuple => "tuple",
        Layout::Bytes => "bytes",
        _ => "str",
    }
}

/// Whether class `t` declares slot members of its own (its namespace holds descriptors it
/// owns).
fn adds_slots(t: &Value) -> bool {
    let (Some(td), Some(d)) = (type_data(t), t.obj().and_then(|o| o.dict_value())) else {
        return false;
    };
    let Some(Payload::Dict(table)) = d.payload() else {
        return false;
    };
    let name = td.name.borrow();
    let table = table.borrow();
    table
        .iter()
        .any(|(_, e)| as_member(&e.value).is_some_and(|m| m.owner == *name))
}

/// CPython's `solid_base`: the nearest class along the first bases that adds slot members, else
/// the first builtin type with the layout its instances have.
fn slot_solid_base(t: &Value) -> Value {
    let Some(td) = type_data(t) else {
        return t.clone();
    };
    let first = td.bases.borrow().first().cloned();
    match first {
        _ if td.heap && adds_slots(t) => t.clone(),
        Some(b) if td.heap || type_data(&b).is_some_and(|bd| bd.layout == td.layout) => {
            slot_solid_base(&b)
        }
        _ => t.clone(),
    }
}

/// `TypeError` when the bases' slot layouts cannot be combined: their solid bases must lie on
/// one line of inheritance (CPython's `best_base`).
pub fn check_layout(vm: &Vm, bases: &[Value]) -> PyResult<()> {
    let mut winner: Option<Value> = None;
    for b in bases {
        let s = slot_solid_base(b);
        winner = match winner {
            Some(w) if types::is_subtype(&w, &s) => Some(w),
            Some(w) if types::is_subtype(&s, &w) => Some(s),
            Some(_) => {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            None => Some(s),
        };
    }
    Ok(())
}

/// Whether instances of `base` carry a `__dict__`.
fn base_has_dict(base: &Value) -> bool {
    type_data(base).is_some_and(|td| {
        (td.heap && !td.no_instance_dict.get())
            || matches!(td.layout, Layout::Exception | Layout::Module)
    })
}

/// Put the member descriptors into the new class's dict and record its instance layout.
pub fn install(vm: &Vm, cls: &Value, dict: &Value, spec: &SlotSpec) -> PyResult<()> {
    let Some(td) = type_data(cls) else {
        return Ok(());
    };
    let owner = td.name.borrow().clone();
    for name in &spec.names {
        let m = MemberDescr {
            name: intern(name),
            owner: owner.clone(),
        };
        let descr = Value::alloc(member_type().clone(), Payload::Native(Box::new(m)));
        dict_ops::set_item(vm, dict, intern(name), descr)?;
    }
    let bases = td.bases.borrow().clone();
    let inherits_dict = bases.iter().any(base_has_dict);
    let inherits_slots = bases
        .iter()
        .any(|b| type_data(b).is_some_and(|t| t.slot_values.get()));
    td.no_instance_dict.set(!spec.dict && !inherits_dict);
    td.slot_values.set(!spec.names.is_empty() || inherits_slots);
    Ok(())
}
