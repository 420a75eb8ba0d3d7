//! Native methods of the core types that the object model itself needs: `object`, `type`,
//! exceptions, descriptors, generators, and the constructors of the basic builtin types.
//! Each other builtin type registers its own methods from its `*_methods.rs` file.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_classmethod, add_method, add_static};
use crate::objects::function::Args;
use crate::objects::str::{as_str, from_string, new_str};
use crate::objects::types::{self, builtin};
use crate::objects::{exception_methods, generator_ops, int, list_ops, type_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};

fn object_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    crate::objects::attrs::default_repr(vm, &a[0]).map(from_string)
}

fn object_str(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__str__", 1, 1)?;
    ops::repr(vm, &a[0])
}

fn object_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__hash__", 1, 1)?;
    Ok(int::from_i64(crate::hash::hash_pointer(a[0].id())))
}

fn object_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__eq__", 2, 2)?;
    Ok(if a[0].is(&a[1]) {
        vm.bool(true)
    } else {
        vm.b().not_implemented.clone()
    })
}

fn object_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__ne__", 2, 2)?;
    let r = ops::rich_compare(vm, &a[0], &a[1], ops::CmpOp::Eq)?;
    if r.is(&vm.b().not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!ops::is_true(vm, &r)?))
}

/// `object.__init_subclass__()`: takes nothing (CPython's messages name the class bound).
fn object_init_subclass(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let cls = args
        .args
        .first()
        .cloned()
        .unwrap_or_else(|| vm.b().object.clone());
    let qualname = types::type_data(&cls)
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}.__init_subclass__() takes no keyword arguments"
        )));
    }
    let given = args.pos().len().saturating_sub(1);
    if given > 0 {
        return Err(vm.type_error(format!(
            "{qualname}.__init_subclass__() takes no arguments ({given} given)"
        )));
    }
    Ok(vm.none())
}

fn object_setattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__setattr__", 3, 3)?;
    ops::attr::generic_setattr(vm, &a[0], &a[1], Some(a[2].clone()))?;
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__delattr__", 2, 2)?;
    ops::attr::generic_setattr(vm, &a[0], &a[1], None)?;
    Ok(vm.none())
}

fn object_getattribute(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__getattribute__", 2, 2)?;
    match ops::attr::generic_getattr(vm, &a[0], &a[1])? {
        Some(v) => Ok(v),
        None => Err(ops::attr::no_attribute(vm, &a[0], &a[1])),
    }
}

fn object_format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__format__", 2, 2)?;
    if as_str(&a[1]).is_some_and(|s| !s.is_empty()) {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        )));
    }
    ops::str(vm, &a[0])
}

/// `type(x)` or `type(name, bases, ns, **kw)`.
fn type_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 && args.kwnames.is_empty() {
        return Ok(pos[1].class());
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let kwargs: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    type_ops::type_new(vm, &pos[0], &pos[1], &pos[2], &pos[3], &kwargs)
}

/// `type.__call__(cls, *args, **kw)`: what `cls(...)` does (metaclasses call it via `super()`).
fn type_dunder_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    };
    type_ops::type_call(
        vm,
        cls,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

fn type_init(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.none())
}

fn type_mro(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "mro", 1, 1)?;
    let mro = types::compute_mro(&a[0]).map_err(|m| vm.type_error(m))?;
    Ok(list_ops::new_list(mro))
}

fn type_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    crate::objects::attrs::default_repr(vm, &a[0]).map(from_string)
}

fn exc_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__repr__", 1, 1)?;
    crate::objects::attrs::default_repr(vm, &a[0]).map(from_string)
}

fn exc_with_traceback(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "with_traceback", 2, 2)?;
    crate::objects::attrs::set_special_attr(
        vm,
        &a[0],
        &new_str("__traceback__"),
        Some(a[1].clone()),
    )?;
    Ok(a[0].clone())
}

fn exc_add_note(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "add_note", 2, 2)?;
    if as_str(&a[1]).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&a[1]))));
    }
    let key = crate::objects::str::intern("__notes__");
    let notes = match ops::getattr_opt(vm, &a[0], &key)? {
        Some(n) => n,
        None => {
            let n = list_ops::new_list(Vec::new());
            ops::setattr(vm, &a[0], &key, n.clone())?;
            n
        }
    };
    list_ops::append(&notes, a[1].clone());
    Ok(vm.none())
}

fn property_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let get = |i: usize, name: &str| {
        pos.get(i)
            .or_else(|| args.kw(name))
            .cloned()
            .unwrap_or_else(|| vm.none())
    };
    let doc = match args.kw("doc").cloned() {
        Some(d) => d,
        None => {
            let fget = get(1, "fget");
            if vm.is_none(&fget) {
                vm.none()
            } else {
                ops::getattr_opt(vm, &fget, &new_str("__doc__"))?.unwrap_or_else(|| vm.none())
            }
        }
    };
    let cls = pos
        .first()
        .cloned()
        .unwrap_or_else(|| builtin().property.clone());
    Ok(Value::alloc(
        cls,
        Payload::Property(crate::payload::PropertyData::new([
            get(1, "fget"),
            get(2, "fset"),
            get(3, "fdel"),
            doc,
        ])),
    ))
}

fn property_with(vm: &Vm, args: Args<'_>, slot: usize) -> PyResult<Value> {
    let a = args.positional_only(vm, "property", 2, 2)?;
    let Some(Payload::Property(p)) = a[0].payload() else {
        return Err(vm.type_error("not a property"));
    };
    let mut parts = p.parts.clone();
    parts[slot] = a[1].clone();
    let copy = crate::payload::PropertyData::new(parts);
    copy.name.replace(p.name.borrow().clone());
    Ok(Value::alloc(a[0].class(), Payload::Property(copy)))
}

fn property_getter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn classmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "classmethod", 2, 2)?;
    Ok(Value::alloc(
        a[0].clone(),
        Payload::ClassMethod(a[1].clone()),
    ))
}

fn staticmethod_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "staticmethod", 2, 2)?;
    Ok(Value::alloc(
        a[0].clone(),
        Payload::StaticMethod(a[1].clone()),
    ))
}

/// `super(type, obj)`; the zero-argument form is resolved by the eval loop's call site.
fn super_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "super", 1, 3)?;
    if a.len() != 3 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    new_super(vm, a[1].clone(), a[2].clone())
}

pub fn new_super(vm: &Vm, cls: Value, obj: Value) -> PyResult<Value> {
    if !matches!(cls.payload(), Some(Payload::Type(_))) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&cls)
        )));
    }
    let ok = types::is_subtype(&obj.class(), &cls)
        || (matches!(obj.payload(), Some(Payload::Type(_))) && types::is_subtype(&obj, &cls));
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::alloc(
        builtin().super_.clone(),
        Payload::Super((cls, obj)),
    ))
}

fn gen_send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 2, 2)?;
    generator_ops::send(vm, &a[0], a[1].clone())
}

fn gen_throw(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "throw", 2, 4)?;
    let exc = crate::objects::coroutine::throw_args(vm, &a[1..])?;
    generator_ops::throw(vm, &a[0], exc)
}

fn gen_close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    generator_ops::close(vm, &a[0])?;
    Ok(vm.none())
}

fn iter_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__iter__", 1, 1)?;
    Ok(a[0].clone())
}

fn iter_next(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__next__", 1, 1)?;
    if let Some(Payload::Generator(_)) = a[0].payload() {
        return generator_ops::send(vm, &a[0], vm.none());
    }
    ops::next(vm, &a[0])?.ok_or_else(|| vm.stop_iteration())
}

fn function_get(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__get__", 2, 3)?;
    if vm.is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    Ok(ops::attr::new_method(a[0].clone(), a[1].clone()))
}

pub fn init_types() {
    let b = builtin();
    let o = &b.object;
    add_static(o, "object", "__new__", type_ops::object_new);
    add_method(o, "object", "__init__", type_ops::object_init);
    add_method(o, "object", "__repr__", object_repr);
    add_method(o, "object", "__str__", object_str);
    add_method(o, "object", "__hash__", object_hash);
    add_method(o, "object", "__eq__", object_eq);
    add_method(o, "object", "__ne__", object_ne);
    add_method(o, "object", "__setattr__", object_setattr);
    add_method(o, "object", "__delattr__", object_delattr);
    add_method(o, "object", "__getattribute__", object_getattribute);
    add_method(o, "object", "__format__", object_format);
    add_classmethod(o, "object", "__init_subclass__", object_init_subclass);
    let t = &b.type_;
    add_static(t, "type", "__new__", type_new);
    add_method(t, "type", "__init__", type_init);
    add_method(t, "type", "__call__", type_dunder_call);
    add_method(t, "type", "mro", type_mro);
    add_method(t, "type", "__repr__", type_repr);
    let e = b.exc("BaseException");
    add_static(e, "BaseException", "__new__", exception_methods::exc_new);
    add_method(e, "BaseException", "__init__", exception_methods::exc_init);
    add_method(e, "BaseException", "__str__", exception_methods::exc_str);
    exception_methods::init();
    add_method(e, "BaseException", "__repr__", exc_repr);
    add_method(e, "BaseException", "with_traceback", exc_with_traceback);
    add_method(e, "BaseException", "add_note", exc_add_note);
    add_static(&b.property, "property", "__new__", property_new);
    add_method(&b.property, "property", "getter", property_getter);
    add_method(&b.property, "property", "setter", property_setter);
    add_method(&b.property, "property", "deleter", property_deleter);
    add_static(&b.classmethod, "classmethod", "__new__", classmethod_new);
    add_static(&b.staticmethod, "staticmethod", "__new__", staticmethod_new);
    add_static(&b.super_, "super", "__new__", super_new);
    let g = &b.generator;
    add_method(g, "generator", "send", gen_send);
    add_method(g, "generator", "throw", gen_throw);
    add_method(g, "generator", "close", gen_close);
    add_method(g, "generator", "__iter__", iter_self);
    add_method(g, "generator", "__next__", iter_next);
    add_method(&b.function, "function", "__get__", function_get);
    crate::objects::type_methods::init_all();
}
