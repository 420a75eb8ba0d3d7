//! The builtins that look at the calling frame or at an object's namespace: `locals`, `vars`,
//! `dir`, and `eval`/`exec` without explicit namespaces. Counterpart of `builtin_locals`/`builtin_vars`/`builtin_dir` in CPython's
//! `Python/bltinmodule.c` and `_dir_object`/`type___dir__` in `Objects/object.c`/`typeobject.c`.
//!
//! A native function has no frame of its own, so the zero-argument forms are served by the
//! eval loop: `CALL_FUNCTION` asks `frame_call` whether the callee is one of these builtins
//! (recognised by identity) and, if so, passes its frame's namespace.

use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::set_attr;
use crate::objects::function::{Args, Builtin, Code, NativeFn};
use crate::objects::str::{as_str, intern};
use crate::objects::types;
use crate::objects::{dict_ops, list_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};
use std::sync::OnceLock;

/// Identities of the builtins that need their caller's frame: `locals`, `vars`, `dir` (in
/// that order; without arguments), then `eval` and `exec` (with only a source argument). Each
/// is kept alive for the whole process by one extra reference that is never released, so the
/// ids stay unique.
static FRAME_BUILTINS: OnceLock<[usize; 5]> = OnceLock::new();

/// The locals mapping of a frame running `code`: the dict of a module or class body, or a new
/// dict of a function's bound fast locals, cells and free variables (`PyFrame_FastToLocals`).
/// The code is passed apart: a frame the eval loop runs inline does not hold its own.
pub fn frame_locals(vm: &Vm, f: &Frame, code: &Code) -> PyResult<Value> {
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    crate::frame_object::fast_locals_dict(vm, code, &f.fast)
}

/// Called by the eval loop for a call with at most one argument: `call[0]` is the callable,
/// the rest its arguments. `Some(result)` when the callable is one of the frame builtins.
pub fn frame_call(vm: &Vm, f: &Frame, code: &Code, call: &[Value]) -> Option<PyResult<Value>> {
    let (callable, args) = call.split_first()?;
    if !matches!(callable.payload(), Some(Payload::Builtin(b)) if b.needs_frame) {
        return None;
    }
    let which = FRAME_BUILTINS
        .get()?
        .iter()
        .position(|id| *id == callable.id())?;
    if (which < 3) != args.is_empty() {
        return None;
    }
    let locals = match frame_locals(vm, f, code) {
        Ok(l) => l,
        Err(e) => return Some(Err(e)),
    };
    Some(match which {
        0 | 1 => Ok(locals),
        2 => sorted_keys(vm, &locals),
        _ => {
            let mode = if which == 3 {
                crate::vm::CompileMode::Eval
            } else {
                crate::vm::CompileMode::Exec
            };
            let all = [args[0].clone(), f.globals.clone(), locals];
            crate::run::exec_builtin(vm, Args::positional(&all), mode)
        }
    })
}

/// Register a builtin that needs its caller's frame (see `FRAME_BUILTINS`).
fn frame_builtin(m: &Value, name: &'static str, f: NativeFn) -> usize {
    let v = Value::alloc(
        types::builtin().builtin_function.clone(),
        Payload::Builtin(Box::new(Builtin {
            name,
            func: f,
            bound: None,
            is_method: false,
            needs_frame: true,
            direct: false,
            fast: crate::objects::function::FastPath::None,
            owner: "",
            doc: None,
        })),
    );
    let id = v.id();
    std::mem::forget(v.clone());
    set_attr(m, name, v);
    id
}

fn sorted_keys(vm: &Vm, mapping: &Value) -> PyResult<Value> {
    let keys = ops::collect(vm, mapping)?;
    sorted_list(vm, keys)
}

/// A sorted list of `items`; names (all `str`) are sorted natively, anything else by `list.sort`.
fn sorted_list(vm: &Vm, mut items: Vec<Value>) -> PyResult<Value> {
    if items.iter().all(|k| as_str(k).is_some()) {
        items.sort_by(|a, b| as_str(a).cmp(&as_str(b)));
        return Ok(list_ops::new_list(items));
    }
    let list = list_ops::new_list(items);
    let sort = ops::getattr(vm, &list, &intern("sort"))?;
    ops::call(vm, &sort, &[], &[])?;
    Ok(list)
}

fn locals(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "locals", 0, 0)?;
    crate::run::current_globals(vm).ok_or_else(|| vm.runtime_error("locals(): no current frame"))
}

fn vars(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "vars", 0, 1)?;
    let Some(obj) = a.first() else {
        return locals(vm, args);
    };
    match ops::getattr_opt(vm, obj, &intern("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "dir", 0, 1)?;
    let Some(obj) = a.first() else {
        let g = crate::run::current_globals(vm)
            .ok_or_else(|| vm.runtime_error("dir(): no current frame"))?;
        return sorted_keys(vm, &g);
    };
    if let Some(m) = types::lookup_str_on_class(obj, "__dir__") {
        let r = ops::call(vm, &m, std::slice::from_ref(obj), &[])?;
        return sorted_list(vm, ops::collect(vm, &r)?);
    }
    sorted_list(vm, default_dir(vm, obj)?)
}

/// Names of a namespace dict, deduplicated into `out`.
fn add_dict_keys(vm: &Vm, dict: &Value, out: &Value) -> PyResult<()> {
    for (k, _) in dict_ops::items(vm, dict)? {
        dict_ops::set_item(vm, out, k, vm.none())?;
    }
    Ok(())
}

/// The names of every class on `t`'s MRO.
fn add_class_names(vm: &Vm, t: &Value, out: &Value) -> PyResult<()> {
    let mro = types::type_data(t)
        .map(|d| d.mro.borrow().clone())
        .unwrap_or_default();
    for k in &mro {
        if let Some(d) = k.obj().and_then(|o| o.dict_value()) {
            add_dict_keys(vm, &d, out)?;
        }
    }
    Ok(())
}

/// The attributes `obj` computes rather than keeps in a namespace (CPython's getset and
/// member descriptors in the type dicts), which `dir` lists as CPython's does.
fn computed_names(obj: &Value) -> &'static [&'static str] {
    match obj.payload() {
        None | Some(Payload::Int(_) | Payload::Bool(_)) => {
            &["real", "imag", "numerator", "denominator"]
        }
        Some(Payload::Float(_) | Payload::Complex { .. }) => &["real", "imag"],
        Some(Payload::Function(_)) => &[
            "__annotations__",
            "__builtins__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ],
        Some(Payload::Builtin(_)) => &["__module__", "__name__", "__qualname__", "__self__"],
        Some(Payload::Method(_)) => &["__func__", "__self__"],
        Some(Payload::Exception(_)) => &[
            "__dict__",
            "args",
            "__traceback__",
            "__cause__",
            "__context__",
            "__suppress_context__",
        ],
        _ => &[],
    }
}

/// Adds `__class__`, `__doc__`, the instances' `__dict__` of a class written in Python, and
/// `computed_names`, each that `obj` answers.
fn add_computed_names(vm: &Vm, obj: &Value, names: &Value) -> PyResult<()> {
    let class_of_instances = match obj.payload() {
        Some(Payload::Type(_)) => obj.clone(),
        _ => obj.class(),
    };
    let instance_dict =
        types::type_data(&class_of_instances).is_some_and(|d| d.heap && !d.no_instance_dict.get());
    let dict_name: &[&str] = if instance_dict { &["__dict__"] } else { &[] };
    let own = match obj.payload() {
        Some(Payload::Type(_)) => &[][..],
        _ => computed_names(obj),
    };
    for name in ["__class__", "__doc__"].iter().chain(dict_name).chain(own) {
        let key = intern(name);
        if ops::getattr_opt(vm, obj, &key)?.is_some() {
            dict_ops::set_item(vm, names, key, vm.none())?;
        }
    }
    Ok(())
}

/// `object.__dir__`, `type.__dir__` and `module.__dir__`.
pub fn default_dir(vm: &Vm, obj: &Value) -> PyResult<Vec<Value>> {
    let names = crate::objects::dict::new_dict();
    match obj.payload() {
        Some(Payload::Module) => {
            if let Some(d) = obj.obj().and_then(|o| o.dict_value()) {
                add_dict_keys(vm, &d, &names)?;
            }
        }
        Some(Payload::Type(_)) => {
            add_class_names(vm, obj, &names)?;
            add_computed_names(vm, obj, &names)?;
        }
        _ => {
            if let Some(d) = obj.obj().and_then(|o| o.dict_value()) {
                add_dict_keys(vm, &d, &names)?;
            }
            add_class_names(vm, &obj.class(), &names)?;
            add_computed_names(vm, obj, &names)?;
        }
    }
    Ok(dict_ops::items(vm, &names)?
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| as_str(k).is_some())
        .collect())
}

fn object_dir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__dir__", 1, 1)?;
    Ok(list_ops::new_list(default_dir(vm, &a[0])?))
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: [(&'static str, NativeFn); 5] = [
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("eval", super::builtins_more::eval),
        ("exec", super::builtins_more::exec),
    ];
    let ids = fns.map(|(name, f)| frame_builtin(m, name, f));
    let _ = FRAME_BUILTINS.set(ids);
    let b = crate::objects::types::builtin();
    crate::objects::bootstrap::add_method(&b.object, "object", "__dir__", object_dir);
    Ok(())
}
