//! Instructions that load, store and delete names, cells and attributes, and imports.

use super::frame_stack::CallSite;
use super::{Step, attr_cache, pop, set_top, top, top_mut};
use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::dict_ops;
use crate::objects::function::Code;
use crate::objects::str::as_str;
use crate::ops;
use crate::ops::call::Inline;
use crate::pycell::ValueCell;
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

#[inline(always)]
fn dict_version(d: &Value) -> u64 {
    match d.payload() {
        Some(Payload::Dict(t)) => t.borrow().version,
        _ => 0,
    }
}

/// The value at entry `index` of dict `d` if its version is `version` (no borrow counted).
#[inline(always)]
fn value_at_version(d: &Value, version: u64, index: u32) -> Option<Value> {
    d.obj()?.dict_value_at_version(version, index as usize)
}

/// The entry index of `name` in dict `d`, if present.
fn entry_index(vm: &Vm, d: &Value, name: &Value) -> PyResult<Option<usize>> {
    let h = dict_ops::key_hash(vm, name)?;
    dict_ops::find(vm, d, name, h)
}

/// The cached value of the `LOAD_GLOBAL` at `i` (PEP 659's `LOAD_GLOBAL_MODULE` and
/// `LOAD_GLOBAL_BUILTIN`): the entry's dicts are the frame's, at the versions it was filled at.
#[inline(always)]
fn cached_global(f: &Frame, code: &Code, i: usize) -> Option<Value> {
    let e = code.global_cache.get()?.get(i)?.get();
    if e.globals != f.globals.id() {
        return None;
    }
    if !e.in_builtins {
        return value_at_version(&f.globals, e.globals_version, e.index);
    }
    if e.builtins != f.builtins.id() || !f.globals.obj()?.dict_has_version(e.globals_version) {
        return None;
    }
    value_at_version(&f.builtins, e.builtins_version, e.index)
}

/// `LOAD_GLOBAL` at instruction `i`.
#[inline(always)]
pub(super) fn load_global(vm: &Vm, f: &mut Frame, code: &Code, i: usize, arg: u32) -> Step<()> {
    let v = match cached_global(f, code, i) {
        Some(v) => v,
        None => load_global_slow(vm, f, code, i, &code.names[arg as usize])?,
    };
    f.stack.push(v);
    Ok(())
}

/// `LOAD_GLOBAL_COMPARE_OP` or `LOAD_GLOBAL_BINARY` at instruction `i`: the global used with
/// the top of the stack by `operate` (the instruction after it done in the same step), or,
/// where `operate` gives the global back (`Err`), pushed for that instruction to run.
#[inline(always)]
pub(super) fn global_operand<R>(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
    operate: impl FnOnce(&mut Frame, Value) -> Result<R, Value>,
) -> Step<Option<R>> {
    let g = match cached_global(f, code, i) {
        Some(v) => v,
        None => load_global_slow(vm, f, code, i, &code.names[arg as usize])?,
    };
    match operate(f, g) {
        Ok(r) => Ok(Some(r)),
        Err(g) => {
            f.stack.push(g);
            Ok(None)
        }
    }
}

/// `LOAD_GLOBAL` without a valid cache entry: look the name up and fill the entry.
#[inline(never)]
fn load_global_slow(vm: &Vm, f: &Frame, code: &Code, i: usize, name: &Value) -> PyResult<Value> {
    let found = match entry_index(vm, &f.globals, name)? {
        Some(ix) => Some((false, ix)),
        None => entry_index(vm, &f.builtins, name)?.map(|ix| (true, ix)),
    };
    let Some((in_builtins, index)) = found else {
        return Err(name_error(vm, name));
    };
    let d = if in_builtins { &f.builtins } else { &f.globals };
    let v = match d.payload() {
        Some(Payload::Dict(t)) => t.borrow().value_at(index),
        _ => None,
    };
    let v = v.ok_or_else(|| name_error(vm, name))?;
    let (Ok(index), Some(slot)) = (u32::try_from(index), global_slot(code, i)) else {
        return Ok(v);
    };
    // Versions are read now: looking the name up may have run `__eq__`/`__hash__`.
    slot.set(crate::objects::function::GlobalCache {
        globals: f.globals.id(),
        globals_version: dict_version(&f.globals),
        builtins: f.builtins.id(),
        builtins_version: dict_version(&f.builtins),
        in_builtins,
        index,
    });
    Ok(v)
}

/// The cache entry of the `LOAD_GLOBAL` at `i` (the array made on first use).
fn global_slot(
    code: &Code,
    i: usize,
) -> Option<&std::cell::Cell<crate::objects::function::GlobalCache>> {
    let all = code
        .global_cache
        .get_or_init(|| vec![std::cell::Cell::new(Default::default()); code.instrs.len()].into());
    all.get(i)
}

/// The global-cache entry `module_name` keeps for instruction `i`, when it is for `globals`.
#[inline(always)]
fn name_entry(
    code: &Code,
    i: usize,
    globals: &Value,
) -> Option<crate::objects::function::GlobalCache> {
    let e = code.global_cache.get()?.get(i)?.get();
    (e.globals == globals.id()).then_some(e)
}

/// `globals['__name__']` (`None` when absent) for `MAKE_FUNCTION` at instruction `i`: the
/// entry index is kept in `i`'s global-cache slot while the globals dict keeps its version.
pub(crate) fn module_name(vm: &Vm, code: &Code, i: usize, globals: &Value) -> PyResult<Value> {
    if let Some(e) = name_entry(code, i, globals)
        && let Some(v) = value_at_version(globals, e.globals_version, e.index)
    {
        return Ok(v);
    }
    let name = crate::objects::str::intern("__name__");
    let Some(index) = entry_index(vm, globals, &name)? else {
        return Ok(vm.none());
    };
    let v = match globals.payload() {
        Some(Payload::Dict(t)) => t.borrow().value_at(index),
        _ => None,
    };
    if let (Ok(index), Some(slot)) = (u32::try_from(index), global_slot(code, i)) {
        slot.set(crate::objects::function::GlobalCache {
            globals: globals.id(),
            globals_version: dict_version(globals),
            index,
            ..Default::default()
        });
    }
    Ok(v.unwrap_or_else(|| vm.none()))
}

/// `module_name` for a caller that drops the name (`MAKE_GENEXPR`, whose function is never
/// made): nothing is read while `i`'s cache entry holds (the read would run no Python code),
/// else the read itself, which may run a colliding key's `__eq__` or raise.
#[inline(always)]
pub(crate) fn read_module_name(vm: &Vm, code: &Code, i: usize, globals: &Value) -> PyResult<()> {
    if let Some(e) = name_entry(code, i, globals)
        && globals
            .obj()
            .is_some_and(|o| o.dict_has_version(e.globals_version))
    {
        return Ok(());
    }
    module_name(vm, code, i, globals).map(drop)
}

/// A global: the module's dict, then builtins.
fn global_or_builtin(vm: &Vm, f: &Frame, name: &Value) -> PyResult<Value> {
    if let Some(v) = dict_ops::get_item(vm, &f.globals, name)? {
        return Ok(v);
    }
    if let Some(v) = dict_ops::get_item(vm, &f.builtins, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

/// The cell in frame slot `slot` (a cell or free variable's: `co_nlocals` plus its index in
/// cellvars then freevars), or None where the slot holds none (a frame whose function was
/// made without its closure).
#[inline(always)]
fn cell_at(f: &Frame, slot: usize) -> Option<&ValueCell> {
    match f.fast.get(slot) {
        Some(Some(cell)) => match cell.payload() {
            Some(Payload::Cell(c)) => Some(c),
            _ => None,
        },
        _ => None,
    }
}

/// The frame slot of cell or free variable `arg` (`LOAD_DEREF`'s operand).
#[inline(always)]
pub(super) fn cell_slot(code: &Code, arg: u32) -> u32 {
    code.varnames.len() as u32 + arg
}

/// The error of a read of the cell in frame slot `slot`: the variable is unbound, or the
/// slot holds no cell.
#[cold]
fn deref_error(vm: &Vm, f: &Frame, code: &Code, slot: u32) -> PyErr {
    match cell_at(f, slot as usize) {
        Some(_) => unbound_deref(vm, code, slot - code.varnames.len() as u32),
        None => vm.new_exc("SystemError", "no cell in the frame for a free variable"),
    }
}

/// `LOAD_DEREF_SLOT`: push the contents of the cell in frame slot `slot`.
#[inline(always)]
pub(super) fn load_deref(vm: &Vm, f: &mut Frame, code: &Code, slot: u32) -> PyResult<()> {
    let v = match cell_at(f, slot as usize) {
        Some(c) => c.get(),
        None => None,
    };
    match v {
        Some(v) => {
            f.stack.push(v);
            Ok(())
        }
        None => Err(deref_error(vm, f, code, slot)),
    }
}

/// `STORE_DEREF_SLOT`: pop into the cell in frame slot `slot`. Its old contents are released
/// after the cell's borrow ends (a `__del__` may read the cell).
#[inline(always)]
pub(super) fn store_deref(vm: &Vm, f: &mut Frame, code: &Code, slot: u32) -> PyResult<()> {
    let v = pop(f);
    match cell_at(f, slot as usize) {
        Some(c) => {
            drop(c.replace(Some(v)));
            Ok(())
        }
        None => Err(deref_error(vm, f, code, slot)),
    }
}

/// `LOAD_CLOSURE_SLOT`: push the cell object in frame slot `slot`.
#[inline(always)]
pub(super) fn load_closure(vm: &Vm, f: &mut Frame, code: &Code, slot: u32) -> PyResult<()> {
    match f.fast.get(slot as usize) {
        Some(Some(cell)) => {
            let cell = cell.clone();
            f.stack.push(cell);
            Ok(())
        }
        _ => Err(deref_error(vm, f, code, slot)),
    }
}

/// The cell object of cell or free variable `arg` (an index into cellvars then freevars).
fn cell_of<'f>(vm: &Vm, f: &'f Frame, code: &Code, arg: u32) -> PyResult<&'f ValueCell> {
    let slot = cell_slot(code, arg);
    cell_at(f, slot as usize).ok_or_else(|| deref_error(vm, f, code, slot))
}

/// The contents of cell or free variable `arg`, if bound.
fn cell_get(vm: &Vm, f: &Frame, code: &Code, arg: u32) -> PyResult<Option<Value>> {
    Ok(cell_of(vm, f, code, arg)?.get())
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
                None => global_or_builtin(vm, f, name())?,
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
        LOAD_DEREF => load_deref(vm, f, code, cell_slot(code, arg))?,
        STORE_DEREF => store_deref(vm, f, code, cell_slot(code, arg))?,
        LOAD_CLOSURE => load_closure(vm, f, code, cell_slot(code, arg))?,
        LOAD_CLASSDEREF => {
            let locals = locals_of(vm, f)?;
            let key = &code.cell_free[arg as usize];
            let v = match ops::mapping_get(vm, &locals, key)? {
                Some(v) => v,
                None => cell_get(vm, f, code, arg)?.ok_or_else(|| unbound_deref(vm, code, arg))?,
            };
            f.stack.push(v);
        }
        DELETE_DEREF => {
            if cell_of(vm, f, code, arg)?.replace(None).is_none() {
                return Err(unbound_deref(vm, code, arg).into());
            }
        }
        DELETE_ATTR => {
            let obj = pop(f);
            ops::delattr(vm, &obj, name())?;
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

/// `LOAD_ATTR` at instruction `i`: the object on top of the stack replaced by its attribute;
/// or, for a property whose getter runs as an inlined frame, the getter and the object on top
/// of the stack and the code of the getter's frame, for `getter_call`.
#[inline(always)]
pub(super) fn load_attr(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> Step<Option<Value>> {
    // One length check of the value stack for the read of the object and the write of its
    // attribute in its place.
    let t = top_mut(f);
    match attr_cache::cached_attr(code, i, t) {
        Some(v) => {
            *t = v;
            Ok(None)
        }
        None => Ok(load_attr_slow(vm, f, code, i, arg)?),
    }
}

#[inline(never)]
fn load_attr_slow(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> PyResult<Option<Value>> {
    let name = &code.names[arg as usize];
    if let Some(v) = attr_cache::module_global(code, i, top(f), name) {
        set_top(f, v);
        return Ok(None);
    }
    let obj = pop(f);
    let mut getter_code = None;
    let v = attr_cache::load_attr(vm, code, i, &obj, name, &mut getter_code)?;
    f.stack.push(v);
    if getter_code.is_some() {
        f.stack.push(obj);
    }
    Ok(getter_code)
}

/// The call of a property's getter that `load_attr` left on top of the stack (the getter, then
/// the instance), run as an inlined frame of `getter_code`; its result replaces both.
#[inline(never)]
pub(super) fn getter_call(f: &Frame, getter_code: Value) -> CallSite {
    let args_at = f.stack.len() - 1;
    CallSite {
        callable_at: args_at - 1,
        args_at,
        ret_depth: args_at - 1,
        kind: Inline::Code(getter_code),
    }
}

/// `LOAD_FAST_LOAD_ATTR` at `i`: the cached attribute of local `arg` read by the `LOAD_ATTR` at
/// `i + 1` without pushing the local; else the `LOAD_FAST` alone. The next instruction's index.
#[inline(always)]
pub(super) fn load_fast_load_attr(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> Step<usize> {
    if let Some(obj) = &f.fast[arg as usize]
        && let Some(v) = attr_cache::cached_attr(code, i + 1, obj)
    {
        f.stack.push(v);
        return Ok(i + 2);
    }
    super::load_fast(vm, f, code, arg)?;
    Ok(i + 1)
}

/// `LOAD_FAST_ATTR_GLOBAL_COMPARE` or `LOAD_FAST_ATTR_GLOBAL_BINARY` at `i`: the cached
/// attribute of local `arg` (the `LOAD_ATTR` at `i + 1`) and the cached global of the
/// `LOAD_GLOBAL` at `i + 2` given to `operate` when both are small ints, `Ok` of its result
/// (the instruction at `i + 3` to be finished by the caller); else, as `LOAD_FAST_LOAD_ATTR`,
/// the attribute pushed, or the local alone, and `Err` of the next instruction's index.
#[inline(always)]
pub(super) fn load_fast_attr_global<R>(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
    operate: impl FnOnce(&Value, &Value) -> Option<R>,
) -> Step<Result<R, usize>> {
    if let Some(obj) = &f.fast[arg as usize]
        && let Some(v) = attr_cache::cached_attr(code, i + 1, obj)
    {
        if v.as_small().is_some()
            && let Some(g) = cached_global(f, code, i + 2)
        {
            if let Some(r) = operate(&v, &g) {
                return Ok(Ok(r));
            }
            drop(g);
        }
        f.stack.push(v);
        return Ok(Err(i + 2));
    }
    super::load_fast(vm, f, code, arg)?;
    Ok(Err(i + 1))
}

/// `LOAD_FAST_ATTR_ATTR` at `i`: `x.a.b` of local `arg` read through the caches of the
/// `LOAD_ATTR`s at `i + 1` and `i + 2`, only `b` pushed; where the second misses, `x.a` is
/// pushed and that `LOAD_ATTR` runs next; where the first misses, the `LOAD_FAST` alone. The
/// next instruction's index. (`x.a` is released at once: `x` still holds it.)
#[inline(always)]
pub(super) fn load_fast_attr_attr(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> Step<usize> {
    if let Some(obj) = &f.fast[arg as usize]
        && let Some(mid) = attr_cache::cached_attr(code, i + 1, obj)
    {
        return Ok(match attr_cache::cached_attr(code, i + 2, &mid) {
            Some(v) => {
                f.stack.push(v);
                i + 3
            }
            None => {
                f.stack.push(mid);
                i + 2
            }
        });
    }
    super::load_fast(vm, f, code, arg)?;
    Ok(i + 1)
}

/// `LOAD_FAST_ATTR_METHOD` at `i`: `x.a.m` of local `arg` for a call, read through the caches
/// of the `LOAD_ATTR` at `i + 1` and the `LOAD_METHOD` at `i + 2` (the method and `x.a`
/// pushed); where the method misses, `x.a` is pushed and the `LOAD_METHOD` runs next; where
/// the attribute misses, the `LOAD_FAST` alone. The next instruction's index.
#[inline(always)]
pub(super) fn load_fast_attr_method(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> Step<usize> {
    if let Some(obj) = &f.fast[arg as usize]
        && let Some(mid) = attr_cache::cached_attr(code, i + 1, obj)
    {
        if let Some(meth) = attr_cache::cached_method(code, i + 2, &mid) {
            f.stack.push(meth);
            f.stack.push(mid);
            return Ok(i + 3);
        }
        f.stack.push(mid);
        return Ok(i + 2);
    }
    super::load_fast(vm, f, code, arg)?;
    Ok(i + 1)
}

/// `STORE_ATTR` at instruction `i`.
#[inline(always)]
pub(super) fn store_attr(vm: &Vm, f: &mut Frame, code: &Code, i: usize, arg: u32) -> Step<()> {
    let obj = pop(f);
    let v = pop(f);
    if let Err(v) = attr_cache::cached_store(code, i, &obj, v) {
        // The name is read only here: its bounds check stays off the cache hit.
        attr_cache::store_attr_slow(vm, code, i, &obj, &code.names[arg as usize], v)?;
    }
    Ok(())
}

/// `LOAD_FAST_STORE_ATTR` at `i`: the value on top of the stack stored into the cached
/// attribute of local `arg` by the `STORE_ATTR` at `i + 1` without pushing the local; else the
/// `LOAD_FAST` alone. The next instruction's index.
#[inline(always)]
pub(super) fn load_fast_store_attr(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> Step<usize> {
    if let Some(obj) = &f.fast[arg as usize]
        && let Some(v) = f.stack.pop()
    {
        // The store may release the old value, whose `__del__` may look at this frame's line.
        vm.lasti.set(i + 1);
        match attr_cache::cached_store(code, i + 1, obj, v) {
            Ok(()) => return Ok(i + 2),
            Err(v) => f.stack.push(v),
        }
    }
    super::load_fast(vm, f, code, arg)?;
    Ok(i + 1)
}

/// `LOAD_METHOD` at instruction `i`.
#[inline(always)]
pub(super) fn load_method(vm: &Vm, f: &mut Frame, code: &Code, i: usize, arg: u32) -> Step<()> {
    let t = top_mut(f);
    if let Some(meth) = attr_cache::cached_method(code, i, t) {
        let obj = std::mem::replace(t, meth);
        f.stack.push(obj);
        return Ok(());
    }
    load_method_slow(vm, f, code, i, &code.names[arg as usize])?;
    Ok(())
}

/// `LOAD_FAST_LOAD_METHOD` at `i`: the cached method of local `arg` found by the `LOAD_METHOD`
/// at `i + 1`, pushed with the local; else the `LOAD_FAST` alone. The next instruction's index.
#[inline(always)]
pub(super) fn load_fast_load_method(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    arg: u32,
) -> Step<usize> {
    if let Some(obj) = &f.fast[arg as usize]
        && let Some(meth) = attr_cache::cached_method(code, i + 1, obj)
    {
        let obj = obj.clone();
        f.stack.push(meth);
        f.stack.push(obj);
        return Ok(i + 2);
    }
    super::load_fast(vm, f, code, arg)?;
    Ok(i + 1)
}

/// `LOAD_DEREF_LOAD_METHOD` at `i`: the cached method of the contents of the cell in frame
/// slot `slot` found by the `LOAD_METHOD` at `i + 1`, pushed with those contents; else the
/// `LOAD_DEREF_SLOT` alone. The next instruction's index.
#[inline(always)]
pub(super) fn load_deref_load_method(
    vm: &Vm,
    f: &mut Frame,
    code: &Code,
    i: usize,
    slot: u32,
) -> Step<usize> {
    if let Some(obj) = cell_at(f, slot as usize).and_then(ValueCell::get)
        && let Some(meth) = attr_cache::cached_method(code, i + 1, &obj)
    {
        f.stack.push(meth);
        f.stack.push(obj);
        return Ok(i + 2);
    }
    load_deref(vm, f, code, slot)?;
    Ok(i + 1)
}

#[inline(never)]
fn load_method_slow(vm: &Vm, f: &mut Frame, code: &Code, i: usize, name: &Value) -> PyResult<()> {
    let obj = pop(f);
    match attr_cache::load_method(vm, code, i, &obj, name)? {
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
    Ok(())
}

/// `super()` without arguments: the class from the `__class__` cell and the method's first
/// argument, read from the calling frame (CPython's `super_init_without_args`).
pub(super) fn zero_arg_super(vm: &Vm, f: &Frame, code: &Code) -> PyResult<Value> {
    let (cls, obj) = zero_arg_super_args(vm, f, code)?;
    crate::objects::core_methods::new_super(vm, cls, obj)
}

/// `super().name(...)`: the `CALL_FUNCTION 0` of the builtin `super` on the stack and the
/// `LOAD_METHOD` at `next` as one step, without making the `super` object (CPython 3.12's
/// `LOAD_SUPER_ATTR_METHOD`), when `name` is a plain method found after `__class__` in the
/// MRO of `type(self)`: the method replaces `super` on the stack, `self` is pushed, and the
/// index after the `LOAD_METHOD` is returned. `None` (nothing changed) leaves every other case
/// to the two instructions, errors included.
pub(super) fn super_method(vm: &Vm, f: &mut Frame, code: &Code, next: usize) -> Option<usize> {
    let &(Opcode::LOAD_METHOD, name) = code.instrs.get(next)? else {
        return None;
    };
    let (cls, obj) = zero_arg_super_args(vm, f, code).ok()?;
    let meth = attr_cache::super_method(code, next, &cls, &obj, &code.names[name as usize])?;
    let Some(top) = f.stack.last_mut() else {
        unreachable!("value stack underflow")
    };
    *top = meth;
    f.stack.push(obj);
    Some(next + 1)
}

/// The class and the instance that `super()` without arguments binds to.
fn zero_arg_super_args(vm: &Vm, f: &Frame, code: &Code) -> PyResult<(Value, Value)> {
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
    let Some(cls) = cell_get(vm, f, code, slot as u32)? else {
        return Err(vm.runtime_error("super(): empty __class__ cell"));
    };
    let first = match code.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(c) => cell_get(vm, f, code, c as u32)?,
        None => f.fast[0].clone(),
    };
    let Some(obj) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    Ok((cls, obj))
}
