//! The `_weakref` module: the `ref` type (`weakref.ReferenceType`), `getweakrefcount` and
//! `getweakrefs`. Counterpart of CPython's `Modules/_weakref.c` and the `ref` type of
//! `Objects/weakrefobject.c`; proxies, the weak containers and `finalize` are in Python
//! (`stdlib/weakref.py`). The weak lists themselves are in `gc::weakref`.

use crate::gc::weakref::{self, WeakRef, weakref_of};
use crate::object::Value;
use crate::objects::bootstrap::{add_method, add_static, new_builtin, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::intern;
use crate::objects::types::{self, Layout, builtin};
use crate::objects::{int, list_ops};
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

/// The `ref` type, created once (like the builtin types it is never freed).
static REF_TYPE: OnceLock<crate::objects::bootstrap::StaticValue> = OnceLock::new();

fn ref_type() -> &'static Value {
    &REF_TYPE
        .get_or_init(|| crate::objects::bootstrap::StaticValue(create_ref_type()))
        .0
}

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a WeakRef)> {
    let s = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error(format!("{name}() needs an argument")))?;
    let w = weakref_of(s).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{}'",
            vm.type_name(s)
        ))
    })?;
    Ok((s, w))
}

/// `ref.__new__(cls, obj, callback=None)`.
fn ref_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let callback = pos.get(2).filter(|c| !vm.is_none(c)).cloned();
    weakref::new_weakref(vm, &pos[0], ref_type(), &pos[1], callback)
}

/// A plain weak reference to any object (the interpreter's own, not reachable from Python
/// code): `weakref_of(&w)?.get()` is the object while it lives.
pub fn watch(target: &Value) -> Value {
    weakref::new_weakref_any(ref_type(), ref_type(), target, None)
}

fn ref_init(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Ok(vm.none())
}

fn ref_call(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, w) = this(vm, &args, "__call__")?;
    if args.pos().len() > 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "weakref() takes no arguments ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(w.get().unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = this(vm, &args, "__hash__")?;
    Ok(int::from_i64(weakref::hash(vm, s)?))
}

/// `==`/`!=`: the referents compare when both are alive, else the references by identity.
fn compare(vm: &Vm, args: Args<'_>, op: CmpOp) -> PyResult<Value> {
    let (s, w) = this(vm, &args, "__eq__")?;
    let Some(other) = args.pos().get(1) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let Some(ow) = weakref_of(other) else {
        return Ok(vm.b().not_implemented.clone());
    };
    match (w.get(), ow.get()) {
        (Some(a), Some(b)) => ops::rich_compare(vm, &a, &b, op),
        _ => Ok(vm.bool(s.is(other) == (op == CmpOp::Eq))),
    }
}

fn ref_eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}

fn ref_ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}

fn ref_repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, w) = this(vm, &args, "__repr__")?;
    let text = match w.get() {
        None => format!("<weakref at {:#x}; dead>", s.id()),
        Some(t) => {
            let name = ops::getattr_opt(vm, &t, &intern("__name__"))
                .ok()
                .flatten()
                .and_then(|n| crate::objects::str::as_str(&n).map(str::to_owned));
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({n})>",
                    s.id(),
                    vm.type_name(&t),
                    t.id()
                ),
                None => format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    s.id(),
                    vm.type_name(&t),
                    t.id()
                ),
            }
        }
    };
    Ok(crate::objects::str::from_string(text))
}

fn ref_callback(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, w) = this(vm, &args, "__callback__")?;
    Ok(w.callback().unwrap_or_else(|| vm.none()))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", ref_init),
    ("__call__", ref_call),
    ("__hash__", ref_hash),
    ("__eq__", ref_eq),
    ("__ne__", ref_ne),
    ("__repr__", ref_repr),
];

fn create_ref_type() -> Value {
    let b = builtin();
    let t = types::new_type(
        b.type_.clone(),
        "ReferenceType",
        vec![b.object.clone()],
        Layout::Object,
        false,
    );
    if let Some(td) = types::type_data(&t) {
        *td.mro.borrow_mut() = vec![t.clone(), b.object.clone()];
        *td.qualname.borrow_mut() = "ReferenceType".into();
    }
    add_static(&t, "weakref", "__new__", ref_new);
    for (name, f) in METHODS {
        add_method(&t, "weakref", name, *f);
    }
    set_attr(&t, "__module__", intern("weakref"));
    t
}

fn getweakrefcount(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getweakrefcount", 1, 1)?;
    Ok(int::from_usize(weakref::weakrefs_to(a[0].id()).len()))
}

fn getweakrefs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getweakrefs", 1, 1)?;
    Ok(list_ops::new_list(weakref::weakrefs_to(a[0].id())))
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let t = ref_type().clone();
    let getter = new_builtin("__callback__", ref_callback);
    let prop = ops::call(vm, &vm.b().property, &[getter], &[])?;
    set_attr(&t, "__callback__", prop);
    set_attr(m, "ref", t.clone());
    set_attr(m, "ReferenceType", t);
    set_attr(
        m,
        "getweakrefcount",
        new_builtin("getweakrefcount", getweakrefcount),
    );
    set_attr(m, "getweakrefs", new_builtin("getweakrefs", getweakrefs));
    Ok(())
}
