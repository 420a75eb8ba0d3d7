//! Constructing functions and bound methods from Python: `types.FunctionType(code, globals,
//! name=None, argdefs=None, closure=None)` and `types.MethodType(func, obj)`.
//! Counterpart of `func_new_impl` in CPython's `Objects/funcobject.c` and `method_new` in
//! `Objects/classobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_static;
use crate::objects::function::Args;
use crate::objects::str::{as_str, intern};
use crate::objects::{dict_ops, tuple_ops, types};
use crate::vm::{PyResult, Vm};

const FUNCTION_PARAMS: [&str; 5] = ["code", "globals", "name", "argdefs", "closure"];

/// The five parameters of `function()`, by position or keyword, with the argument parser's
/// messages for too many, unknown, repeated and missing arguments.
fn function_params<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<[Option<&'a Value>; 5]> {
    let pos = args.pos().get(1..).unwrap_or_default();
    let given = pos.len() + args.kwargs().count();
    if given > FUNCTION_PARAMS.len() {
        return Err(vm.type_error(format!(
            "function() takes at most 5 arguments ({given} given)"
        )));
    }
    let mut params: [Option<&Value>; 5] = [None; 5];
    for (slot, v) in params.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        let k = as_str(k).unwrap_or("");
        let Some(i) = FUNCTION_PARAMS.iter().position(|p| *p == k) else {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for function()"
            )));
        };
        if params[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for function() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        params[i] = Some(v);
    }
    for (i, p) in params.iter().take(2).enumerate() {
        if p.is_none() {
            return Err(vm.type_error(format!(
                "function() missing required argument '{}' (pos {})",
                FUNCTION_PARAMS[i],
                i + 1
            )));
        }
    }
    Ok(params)
}

/// `None` for an argument left out or given as `None`.
fn not_none(vm: &Vm, v: Option<&Value>) -> Option<Value> {
    v.filter(|v| !v.is(&vm.none())).cloned()
}

/// The builtins a function made with `globals` sees (CPython's `_PyEval_BuiltinsFromGlobals`):
/// the globals' `__builtins__` (a module's namespace when it is a module), else the
/// interpreter's.
fn builtins_from_globals(vm: &Vm, globals: &Value) -> PyResult<Value> {
    let interp = || {
        let b = vm.objects().builtins.clone();
        b.obj().and_then(|o| o.dict_value()).unwrap_or(b)
    };
    Ok(
        match dict_ops::get_item(vm, globals, &intern("__builtins__"))? {
            Some(m) if matches!(m.payload(), Some(Payload::Module)) => {
                m.obj().and_then(|o| o.dict_value()).unwrap_or_else(interp)
            }
            Some(b) => b,
            None => interp(),
        },
    )
}

/// Checks the closure against the code's free variables, as CPython does and in its words.
fn check_closure(vm: &Vm, code: &Value, closure: Option<&Value>) -> PyResult<Option<Value>> {
    let Some(Payload::Code(c)) = code.payload() else {
        return Err(vm.type_error("function() argument 'code' must be code"));
    };
    let nfree = c.co.freevars.len();
    let closure = not_none(vm, closure);
    let cells = match &closure {
        Some(t) if matches!(t.payload(), Some(Payload::Tuple(_))) => tuple_ops::items(t).to_vec(),
        Some(_) => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
        None if nfree != 0 => return Err(vm.type_error("arg 5 (closure) must be tuple")),
        None => Vec::new(),
    };
    if cells.len() != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {nfree}, not {}",
            as_str(&c.name).unwrap_or("?"),
            cells.len()
        )));
    }
    if let Some(bad) = cells
        .iter()
        .find(|o| !matches!(o.payload(), Some(Payload::Cell(_))))
    {
        return Err(vm.type_error(format!(
            "arg 5 (closure) expected cell, found {}",
            vm.type_name(bad)
        )));
    }
    Ok(closure)
}

/// `function.__new__(cls, code, globals, name=None, argdefs=None, closure=None)`.
fn function_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let [Some(code), Some(globals), name, argdefs, closure] = function_params(vm, &args)? else {
        return Err(vm.type_error("function() missing required argument"));
    };
    let (code, globals) = (code.clone(), globals.clone());
    if !matches!(code.payload(), Some(Payload::Code(_))) {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            vm.type_name(&code)
        )));
    }
    if !matches!(globals.payload(), Some(Payload::Dict(_))) {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            vm.type_name(&globals)
        )));
    }
    let name = not_none(vm, name);
    if name.as_ref().is_some_and(|n| as_str(n).is_none()) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = not_none(vm, argdefs);
    if defaults
        .as_ref()
        .is_some_and(|d| !matches!(d.payload(), Some(Payload::Tuple(_))))
    {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = check_closure(vm, &code, closure)?;
    let qualname = match code.payload() {
        Some(Payload::Code(c)) => c.qualname.clone(),
        _ => vm.none(),
    };
    let module =
        dict_ops::get_item(vm, &globals, &intern("__name__"))?.unwrap_or_else(|| vm.none());
    let builtins = builtins_from_globals(vm, &globals)?;
    let func = crate::objects::function_ops::make_function(
        vm,
        code,
        qualname,
        [globals, builtins, module],
        [defaults, None, None, closure],
    )?;
    if let (Some(name), Some(Payload::Function(f))) = (name, func.payload()) {
        drop(f.name.replace(name));
    }
    Ok(func)
}

/// `method.__new__(cls, func, obj)`: `func` bound to `obj`.
fn method_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if args.kwargs().next().is_some() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let a = args.pos().get(1..).unwrap_or_default();
    if a.len() != 2 {
        return Err(vm.type_error(format!("method expected 2 arguments, got {}", a.len())));
    }
    if !crate::modules::builtins::is_callable(&a[0]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a[1].is(&vm.none()) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(crate::ops::attr::new_method(a[0].clone(), a[1].clone()))
}

pub fn init() {
    let b = types::builtin();
    add_static(&b.function, "function", "__new__", function_new);
    add_static(&b.method, "method", "__new__", method_new);
}
