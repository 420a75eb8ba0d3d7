//! Struct sequences made natively at start-up (`sys.version_info`, `sys.flags`, ...): tuple
//! subclasses whose items are also named fields, built without running Python code. They have
//! the shape `stdlib/_structseq.py` gives the others (`time.struct_time`, `os.stat_result`),
//! without attribute-only fields. Counterpart of CPython's `Objects/structseq.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_made, add_method, add_names, add_static, make_lazy, set_attr};
use crate::objects::function::{Args, Builtin};
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::types::{
    self, Layout, builtin, compute_mro, is_subtype, lookup_str, type_data,
};
use crate::objects::{dict, int, tuple_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};

/// A struct-sequence type named `qualname` (`"sys.version_info"`) whose items are `fields`.
pub fn new_type(qualname: &'static str, fields: &'static [&'static str]) -> Value {
    let b = builtin();
    let (module, name) = qualname.rsplit_once('.').unwrap_or(("builtins", qualname));
    let t = types::new_type(
        b.type_.clone(),
        name,
        vec![b.tuple.clone()],
        Layout::Tuple,
        true,
    );
    if let (Some(td), Ok(mro)) = (type_data(&t), compute_mro(&t)) {
        *td.mro.borrow_mut() = mro;
        // As CPython's struct sequences: no instance `__dict__`.
        td.no_instance_dict.set(true);
    }
    // The methods, the five class attributes below, `__module__`, `__doc__` and the fields,
    // made dict entries when the namespace is first read.
    make_lazy(&t);
    add_static(&t, name, "__new__", structseq_new);
    add_method(&t, name, "__repr__", structseq_repr);
    add_method(&t, name, "__reduce__", structseq_reduce);
    set_attr(&t, "__module__", intern(module));
    let n = int::from_usize(fields.len());
    set_attr(&t, "n_sequence_fields", n.clone());
    set_attr(&t, "n_fields", n);
    set_attr(&t, "n_unnamed_fields", int::from_i64(0));
    add_names(&t, "__match_args__", fields);
    for (i, field) in fields.iter().enumerate() {
        add_made(&t, field, item_property, i);
    }
    set_attr(&t, "__doc__", b.none.clone());
    t
}

/// An instance of struct-sequence type `t` holding `items`.
pub fn new_instance(t: &Value, items: Vec<Value>) -> Value {
    let dict = type_data(t)
        .is_some_and(|td| td.instance_has_dict())
        .then(dict::new_dict);
    Value::alloc_with_dict(t.clone(), dict, Payload::Tuple(items.into_boxed_slice()))
}

/// A property reading item `index` (its getter is a native function bound to the index).
fn item_property(field: &'static str, index: usize) -> Value {
    let b = builtin();
    let fget = Value::alloc(
        b.builtin_function.clone(),
        Payload::Builtin(Box::new(Builtin {
            name: field,
            func: item_get,
            bound: Some(int::from_usize(index)),
            is_method: false,
            needs_frame: false,
            direct: false,
            fast: crate::objects::function::FastPath::None,
            owner: "",
            doc: None,
        })),
    );
    let none = b.none.clone();
    Value::alloc(
        b.property.clone(),
        Payload::Property(crate::payload::PropertyData::new([
            fget,
            none.clone(),
            none.clone(),
            none,
        ])),
    )
}

/// The getter of a field: `(index, self)` → `self[index]`.
fn item_get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "field", 2, 2)?;
    ops::getitem(vm, &a[1], &a[0])
}

/// The qualified name and field names of struct-sequence type `cls`.
fn spec(vm: &Vm, cls: &Value) -> PyResult<(String, Vec<Value>)> {
    let name = type_data(cls).map_or_else(String::new, |td| td.qualname.borrow().clone());
    let module = lookup_str(cls, "__module__");
    let qualname = match module.as_ref().and_then(as_str) {
        Some(m) if m != "builtins" => format!("{m}.{name}"),
        _ => name,
    };
    let fields = match lookup_str(cls, "__match_args__") {
        Some(f) => ops::collect(vm, &f)?,
        None => Vec::new(),
    };
    Ok((qualname, fields))
}

/// `__new__(cls, sequence, dict=None)`: the items of `sequence`, exactly one per field.
fn structseq_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "__new__", 1, 3)?;
    let cls = &a[0];
    if !type_data(cls).is_some_and(|_| is_subtype(cls, &builtin().tuple)) {
        let what = ops::text::repr_string(vm, cls)?;
        return Err(vm.type_error(format!("tuple.__new__({what}): not a subtype of tuple")));
    }
    let seq = match a.get(1).or_else(|| args.kw("sequence")) {
        Some(s) => ops::collect(vm, s)?,
        None => {
            return Err(
                vm.type_error("__new__() missing 1 required positional argument: 'sequence'")
            );
        }
    };
    let (qualname, fields) = spec(vm, cls)?;
    if seq.len() != fields.len() {
        return Err(vm.type_error(format!(
            "{qualname}() takes a {}-sequence ({}-sequence given)",
            fields.len(),
            seq.len()
        )));
    }
    Ok(new_instance(cls, seq))
}

/// `repr(s)`: `qualname(field=value, ...)`.
fn structseq_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    let (qualname, fields) = spec(vm, &a[0].class())?;
    let mut text = format!("{qualname}(");
    let items = match a[0].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    for (i, (field, value)) in fields.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(as_str(field).unwrap_or(""));
        text.push('=');
        text.push_str(&ops::text::repr_string(vm, value)?);
    }
    text.push(')');
    Ok(new_str(&text))
}

/// `__reduce__`: `(type(s), (tuple(s), {}))` (no attribute-only fields to carry).
fn structseq_reduce(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__reduce__", 1, 1)?;
    let items = match a[0].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(vm.type_error("__reduce__ expects a struct sequence")),
    };
    let state = tuple_ops::new_tuple(vec![tuple_ops::new_tuple(items), dict::new_dict()]);
    Ok(tuple_ops::new_tuple(vec![a[0].class().clone(), state]))
}
