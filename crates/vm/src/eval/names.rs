//! Instructions that load, store and delete names, cells and attributes, and imports.

use super::{Step, attr_cache, pop, top};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::dict_ops;
use crate::objects::function::Code;
use crate::objects::str::as_str;
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_bytecode::Opcode;

#[cold]
pub(super) fn unbound_local(vm: &Vm, code: &Code, arg: u32) -> PyErr {
    let name = as_str(&code.varnames[arg as usize]).unwrap_or("?");
    vm.new_exc(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[cold]
fn name_error(vm: &Vm, name: &Value) -> PyErr {
    let err = vm.new_exc(
        "NameError",
        format!("name '{}' is not defined", as_str(name).unwrap_or("?")),
    );
    crate::traceback::suggestions::set_fields(vm, &err, name, None)
}

#[cold]
pub(super) fn unbound_deref(vm: &Vm, code: &Code, arg: u32) -> PyErr {
    let i = arg as usize;
    let name = as_str(&code.cell_free[i]).unwrap_or("?");
    if i < code.co.cellvars.len() {
        vm.new_exc(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        vm.new_exc(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

fn dict_version(d: &Value) -> u64 {
    match d.payload() {
        Some(Payload::Dict(t)) => t.borrow().version,
        _ => 0,
    }
}

fn entry_value(d: &Value, index: usize) -> Option<Value> {
    match d.payload() {
        Some(Payload::Dict(t)) => t.borrow().value_at(index),
        _ => None,
    }
}

/// The entry index of `name` in dict `d`, if present.
fn entry_index(vm: &Vm, d: &Value, name: &Value) -> PyResult<Option<usize>> {
    let h = dict_ops::key_hash(vm, name)?;
    dict_ops::find(vm, d, name, h)
}

/// `LOAD_GLOBAL` with its inline cache (PEP 659's `LOAD_GLOBAL_MODULE`/`_BUILTIN` idea): the
/// entry is looked up again only when the globals or builtins dict changed.
fn load_global_cached(vm: &Vm, f: &Frame, code: &Code, i: usize, name: &Value) -> PyResult<Value> {
    let (g, gv) = (f.globals.id(), dict_version(&f.globals));
    let (b, bv) = (f.builtins.id(), dict_version(&f.builtins));
    let hit = code.global_cache.borrow().get(i).and_then(|e| {
        (e.globals == g && e.globals_version == gv && e.builtins == b && e.builtins_version == bv)
            .then_some(e.found)
            .flatten()
    });
    if let Some((in_builtins, index)) = hit
        && let Some(v) = entry_value(if in_builtins { &f.builtins } else { &f.globals }, index)
    {
        return Ok(v);
    }
    let found = match entry_index(vm, &f.globals, name)? {
        Some(ix) => Some((false, ix)),
        None => entry_index(vm, &f.builtins, name)?.map(|ix| (true, ix)),
    };
    let Some((in_builtins, index)) = found else {
        return Err(name_error(vm, name));
    };
    let v = entry_value(if in_builtins { &f.builtins } else { &f.globals }, index)
        .ok_or_else(|| name_error(vm, name))?;
    // Versions are read again: looking the name up may have run `__eq__`/`__hash__`.
    let entry = crate::objects::function::GlobalCache {
        globals: g,
        globals_version: dict_version(&f.globals),
        builtins: b,
        builtins_version: dict_version(&f.builtins),
        found: Some((in_builtins, index)),
    };
    let mut cache = code.global_cache.borrow_mut();
    if cache.len() < code.instrs.len() {
        cache.resize_with(code.instrs.len(), Default::default);
    }
    cache[i] = entry;
    Ok(v)
}

/// A global: the module's dict, then builtins.
pub(crate) fn load_global(vm: &Vm, f: &Frame, name: &Value) -> PyResult<Value> {
    if let Some(v) = dict_ops::get_item(vm, &f.globals, name)? {
        return Ok(v);
    }
    if let Some(v) = dict_ops::get_item(vm, &f.builtins, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

fn cell_of(f: &Frame, code: &Code, arg: u32) -> Value {
    cell_ref(f, code, arg).clone()
}

/// The cell object of cell or free variable `arg`, borrowed from the frame.
#[inline(always)]
pub(super) fn cell_ref<'f>(f: &'f Frame, code: &Code, arg: u32) -> &'f Value {
    match &f.fast[code.varnames.len() + arg as usize] {
        Some(c) => c,
        None => unreachable!("cell slot not initialised"),
    }
}

pub(super) fn cell_get(cell: &Value) -> Option<Value> {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => None,
    }
}

pub(super) fn cell_set(cell: &Value, v: Option<Value>) -> Option<Value> {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.replace(v),
        _ => None,
    }
}

fn locals_of(vm: &Vm, f: &Frame) -> PyResult<Value> {
    f.locals
        .clone()
        .ok_or_else(|| vm.new_exc("SystemError", "no locals found"))
}

pub(super) fn execute(vm: &Vm, f: &mut Frame, code: &Code, op: Opcode, arg: u32) -> Step<()> {
    use Opcode::*;
    let name = || &code.names[arg as usize];
    match op {
        LOAD_GLOBAL => {
            let v = load_global_cached(vm, f, code, vm.lasti.get(), name())?;
            f.stack.push(v);
        }
        STORE_GLOBAL => {
            let v = pop(f);
            dict_ops::set_item(vm, &f.globals, name().clone(), v)?;
        }
        DELETE_GLOBAL => {
            if !dict_ops::del_item(vm, &f.globals, name())? {
                return Err(name_error(vm, name()).into());
            }
        }
        LOAD_NAME => {
            let locals = locals_of(vm, f)?;
            let v = match ops::mapping_get(vm, &locals, name())? {
                Some(v) => v,
                None => load_global(vm, f, name())?,
            };
            f.stack.push(v);
        }
        STORE_NAME => {
            let v = pop(f);
            let locals = locals_of(vm, f)?;
            ops::setitem(vm, &locals, name(), v)?;
        }
        DELETE_NAME => {
            let locals = locals_of(vm, f)?;
            if ops::delitem(vm, &locals, name()).is_err() {
                return Err(name_error(vm, name()).into());
            }
        }
        LOAD_CLOSURE => {
            let c = cell_of(f, code, arg);
            f.stack.push(c);
        }
        LOAD_CLASSDEREF => {
            let locals = locals_of(vm, f)?;
            let key = &code.cell_free[arg as usize];
            let v = match ops::mapping_get(vm, &locals, key)? {
                Some(v) => v,
                None => {
                    cell_get(&cell_of(f, code, arg)).ok_or_else(|| unbound_deref(vm, code, arg))?
                }
            };
            f.stack.push(v);
        }
        DELETE_DEREF => {
            if cell_set(&cell_of(f, code, arg), None).is_none() {
                return Err(unbound_deref(vm, code, arg).into());
            }
        }
        LOAD_ATTR => {
            let obj = pop(f);
            let v = attr_cache::load_attr(vm, code, vm.lasti.get(), &obj, name())?;
            f.stack.push(v);
        }
        STORE_ATTR => {
            let obj = pop(f);
            let v = pop(f);
            attr_cache::store_attr(vm, code, vm.lasti.get(), &obj, name(), v)?;
        }
        DELETE_ATTR => {
            let obj = pop(f);
            ops::delattr(vm, &obj, name())?;
        }
        LOAD_METHOD => {
            let obj = pop(f);
            match attr_cache::load_method(vm, code, vm.lasti.get(), &obj, name())? {
                (Some(meth), this) => {
                    drop(obj);
                    f.stack.push(meth);
                    f.stack.push(this);
                }
                (None, attr) => {
                    f.stack.push(vm.b().null.clone());
                    f.stack.push(attr);
                }
            }
        }
        IMPORT_NAME => {
            let fromlist = pop(f);
            let level = pop(f);
            let m = crate::modules::import::import_name(vm, name(), &f.globals, &fromlist, &level)?;
            f.stack.push(m);
        }
        IMPORT_FROM => {
            let v = crate::modules::import::import_from(vm, top(f), name())?;
            f.stack.push(v);
        }
        IMPORT_STAR => {
            let module = pop(f);
            let locals = locals_of(vm, f)?;
            crate::modules::import::import_star(vm, &module, &locals)?;
        }
        SETUP_ANNOTATIONS => {
            let locals = locals_of(vm, f)?;
            let key = crate::objects::str::intern("__annotations__");
            if ops::mapping_get(vm, &locals, &key)?.is_none() {
                ops::setitem(vm, &locals, &key, crate::objects::dict::new_dict())?;
            }
        }
        LOAD_BUILD_CLASS => {
            let key = crate::objects::str::intern("__build_class__");
            let v = dict_ops::get_item(vm, &f.builtins, &key)?
                .ok_or_else(|| vm.new_exc("NameError", "__build_class__ not found"))?;
            f.stack.push(v);
        }
        LOAD_ASSERTION_ERROR => f.stack.push(vm.b().exc("AssertionError").clone()),
        _ => unreachable!("not a name instruction"),
    }
    Ok(())
}

/// `super()` without arguments: the class from the `__class__` cell and the method's first
/// argument, read from the calling frame (CPython's `super_init_without_args`).
pub(super) fn zero_arg_super(vm: &Vm, f: &Frame, code: &Code) -> PyResult<Value> {
    if code.co.argcount == 0 && code.co.flags & gilpy_bytecode::code::flags::VARARGS == 0 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let ncell = code.co.cellvars.len();
    let class_slot = code
        .co
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .map(|i| ncell + i);
    let Some(slot) = class_slot else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let Some(cls) = cell_get(&cell_of(f, code, slot as u32)) else {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    };
    let first = match code.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(c) => cell_get(&cell_of(f, code, c as u32)),
        None => f.fast[0].clone(),
    };
    let Some(obj) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    crate::objects::core_methods::new_super(vm, cls, obj)
}
