//! Creating functions and cells, and loading compiled code objects into runtime objects.
//! Counterpart of `Objects/funcobject.c` and `Objects/codeobject.c`.

use crate::object::{Payload, Value};
use crate::objects::function::{Code, Function};
use crate::objects::str::{intern, new_str};
use crate::objects::{bytes_ops, complex, float, int, tuple_ops};
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::{CodeObject, Constant, Opcode};

/// A new cell holding `v` (from the thread's free list of cells when it has one).
pub fn new_cell(v: Option<Value>) -> Value {
    crate::object_freelist::new_cell(&crate::objects::types::builtin().cell, v)
}

/// Turn a compiled `CodeObject` into a runtime `code` object (constants become objects).
pub fn load_code(vm: &Vm, co: CodeObject) -> PyResult<Value> {
    let mut consts = Vec::with_capacity(co.consts.len());
    for c in &co.consts {
        consts.push(load_const(vm, c)?);
    }
    code_with_consts(vm, co, consts)
}

/// A runtime `code` object running `co` with `consts` as its constants (`code.replace`
/// may give constants that `co.consts` cannot describe).
pub fn code_with_consts(vm: &Vm, co: CodeObject, consts: Vec<Value>) -> PyResult<Value> {
    let names = co.names.iter().map(|n| intern(n)).collect();
    let varnames: Vec<Value> = co.varnames.iter().map(|n| intern(n)).collect();
    let cell_free = co
        .cellvars
        .iter()
        .chain(&co.freevars)
        .map(|n| intern(n))
        .collect();
    let nargs = (co.argcount + co.kwonlyargcount) as usize
        + usize::from(co.flags & gilpy_bytecode::code::flags::VARARGS != 0)
        + usize::from(co.flags & gilpy_bytecode::code::flags::VARKEYWORDS != 0);
    let cell2arg = co
        .cellvars
        .iter()
        .map(|c| {
            co.varnames[..nargs.min(co.varnames.len())]
                .iter()
                .position(|v| v == c)
        })
        .collect();
    let mut instrs = decode(&co.code)
        .ok_or_else(|| vm.new_exc("SystemError", "code object with an unknown opcode"))?;
    crate::eval::quicken::quicken_cells(&mut instrs, co.varnames.len());
    let code = Code {
        name: intern(&co.name),
        qualname: new_str(&co.qualname),
        filename: new_str(&co.filename),
        consts,
        names,
        varnames,
        cell_free,
        cell2arg,
        instrs,
        global_cache: std::cell::OnceCell::new(),
        attr_cache: std::cell::OnceCell::new(),
        co,
    };
    Ok(Value::alloc(
        vm.b().code.clone(),
        Payload::Code(Box::new(code)),
    ))
}

/// Decode wordcode once: opcodes checked, `EXTENDED_ARG` prefixes folded into the following
/// instruction's operand (each prefix becomes a `NOP`, so jump targets keep their indices).
fn decode(code: &[u8]) -> Option<Vec<(Opcode, u32)>> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut ext: u32 = 0;
    for unit in code.chunks_exact(2) {
        let (op, arg) = (Opcode::from_u8(unit[0])?, u32::from(unit[1]));
        if op == Opcode::EXTENDED_ARG {
            ext = (ext | arg) << 8;
            out.push((Opcode::NOP, 0));
        } else {
            out.push((op, ext | arg));
            ext = 0;
        }
    }
    crate::eval::quicken::quicken(&mut out);
    Some(out)
}

pub fn load_const(vm: &Vm, c: &Constant) -> PyResult<Value> {
    Ok(match c {
        Constant::None => vm.none(),
        Constant::Bool(b) => vm.bool(*b),
        Constant::Int(i) => int::from_bigint(i.clone()),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex { real, imag } => complex::new_complex(*real, *imag),
        Constant::Str(s) => intern(s),
        Constant::Bytes(b) => bytes_ops::new_bytes(b.clone()),
        Constant::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for x in items {
                v.push(load_const(vm, x)?);
            }
            tuple_ops::new_tuple(v)
        }
        Constant::FrozenSet(items) => {
            let mut v = Vec::with_capacity(items.len());
            for x in items {
                v.push(load_const(vm, x)?);
            }
            crate::objects::set_ops::const_frozenset(vm, v)?
        }
        Constant::Ellipsis => vm.b().ellipsis.clone(),
        Constant::Code(co) => load_code(vm, (**co).clone())?,
    })
}

/// `MAKE_FUNCTION`; `module` is the defining globals' `__name__` (`eval::names::module_name`).
pub fn make_function(
    vm: &Vm,
    code: Value,
    qualname: Value,
    [globals, builtins, module]: [Value; 3],
    [defaults, kwdefaults, annotations, closure]: [Option<Value>; 4],
) -> PyResult<Value> {
    let (name, doc) = match code.payload() {
        Some(Payload::Code(c)) => {
            let doc = match c.consts.first() {
                Some(d) if crate::objects::str::as_str(d).is_some() => d.clone(),
                _ => vm.none(),
            };
            (c.name.clone(), doc)
        }
        _ => return Err(vm.type_error("MAKE_FUNCTION without a code object")),
    };
    // The attributes start as an empty values slot: `__dict__` is made on first use. A
    // function from the free list is filled in place; else the box is built in place (no
    // copy of a stack temporary).
    let f = Function {
        inline_argcount: std::cell::Cell::new(crate::objects::function::inline_argcount(&code)),
        inline_slots: std::cell::Cell::new(crate::objects::function::inline_slots(
            &code,
            closure.is_some(),
        )),
        code: PyCell::new(code),
        globals,
        builtins,
        name: PyCell::new(name),
        qualname: PyCell::new(qualname),
        defaults: PyCell::new(defaults),
        kwdefaults: PyCell::new(kwdefaults),
        closure,
        doc: PyCell::new(doc),
        module: PyCell::new(module),
        annotations: PyCell::new(annotations),
    };
    Ok(match crate::object_freelist::ReusedFunction::take() {
        Some(reused) => reused.fill(f),
        None => Value::alloc_with_values(vm.b().function.clone(), Payload::Function(Box::new(f))),
    })
}

/// How a callable is named in argument errors: `f()` or `type.method()`.
pub fn display_name(vm: &Vm, f: &Value) -> String {
    match f.payload() {
        Some(Payload::Function(func)) => format!(
            "{}()",
            crate::objects::str::as_str(&func.qualname.borrow()).unwrap_or("?")
        ),
        Some(Payload::Builtin(b)) => format!("{}()", b.name),
        Some(Payload::Method(m)) => display_name(vm, &m.0),
        _ => format!("{} object", vm.type_name(f)),
    }
}
