//! Methods of `code` objects: `co_positions()`, `co_lines()` and `replace()`.
//! Counterpart of `code_positions`/`code_linesiterator`/`code_replace` in CPython's
//! `Objects/codeobject.c`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::add_method;
use crate::objects::function::{Args, Code};
use crate::objects::{int, list_ops, tuple_ops, types};
use crate::ops;
use crate::vm::{PyResult, Vm};

fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a Code> {
    match args.pos().first().and_then(Value::payload) {
        Some(Payload::Code(c)) => Ok(c),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'code' object"))),
    }
}

/// An iterator of (lineno, end_lineno, colno, end_colno), one per instruction.
fn co_positions(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this(vm, &args, "co_positions")?;
    let items = (0..c.instrs.len())
        .map(|i| {
            crate::modules::_gilpy_traceback::position_tuple(vm, c.co.positions.get(i).copied())
        })
        .collect();
    ops::iter(vm, &list_ops::new_list(items))
}

/// An iterator of (start, end, lineno): byte ranges of instructions that share a line.
fn co_lines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this(vm, &args, "co_lines")?;
    let mut ranges: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for i in 0..c.instrs.len() {
        let line = c.co.line_of(i);
        match ranges.last_mut() {
            Some(last) if last.2 == line => last.1 = 2 * i + 2,
            _ => ranges.push((2 * i, 2 * i + 2, line)),
        }
    }
    let items = ranges
        .into_iter()
        .map(|(start, end, line)| {
            tuple_ops::new_tuple(vec![
                int::from_usize(start),
                int::from_usize(end),
                line.map_or_else(|| vm.none(), |l| int::from_i64(i64::from(l))),
            ])
        })
        .collect();
    ops::iter(vm, &list_ops::new_list(items))
}

/// The fields `code.replace()` accepts; gilpy changes the ones that do not alter the
/// bytecode's layout and refuses the others unless they keep their value.
const REPLACE_FIELDS: [&str; 18] = [
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

fn expect_str(vm: &Vm, field: &str, v: &Value) -> PyResult<String> {
    match crate::objects::str::as_str(v) {
        Some(s) => Ok(s.to_owned()),
        None => Err(vm.type_error(format!(
            "replace() argument '{field}' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Applies one `replace()` keyword to `co` (or to `consts`).
fn replace_field(
    vm: &Vm,
    code: &Value,
    (co, consts): (&mut gilpy_bytecode::CodeObject, &mut Vec<Value>),
    field: &str,
    v: &Value,
) -> PyResult<()> {
    match field {
        "co_name" => co.name = expect_str(vm, field, v)?,
        "co_qualname" => co.qualname = expect_str(vm, field, v)?,
        "co_filename" => co.filename = expect_str(vm, field, v)?,
        "co_firstlineno" => {
            let n = int::as_i64(v).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            })?;
            co.firstlineno = u32::try_from(n)
                .map_err(|_| vm.value_error("code: co_firstlineno must be a positive integer"))?;
        }
        "co_consts" => match v.payload() {
            Some(Payload::Tuple(items)) if items.len() == consts.len() => *consts = items.to_vec(),
            Some(Payload::Tuple(_)) => {
                return Err(vm.new_exc(
                    "NotImplementedError",
                    "code.replace(): gilpy cannot change the number of co_consts",
                ));
            }
            _ => {
                return Err(vm.type_error(format!(
                    "replace() argument 'co_consts' must be tuple, not {}",
                    vm.type_name(v)
                )));
            }
        },
        _ => {
            let current = ops::getattr(vm, code, &crate::objects::str::intern(field))?;
            if !ops::eq(vm, &current, v)? {
                return Err(vm.new_exc(
                    "NotImplementedError",
                    format!("code.replace(): gilpy cannot change {field}"),
                ));
            }
        }
    }
    Ok(())
}

/// `code.replace(**changes)`: a copy of the code object with the given fields changed.
fn replace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let c = this(vm, &args, "replace")?;
    if args.pos().len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let (mut co, mut consts) = (c.co.clone(), c.consts.clone());
    for (k, v) in args.kwargs() {
        let field = crate::objects::str::as_str(k).unwrap_or("");
        if !REPLACE_FIELDS.contains(&field) {
            return Err(vm.type_error(format!(
                "'{field}' is an invalid keyword argument for replace()"
            )));
        }
        replace_field(vm, &args.pos()[0], (&mut co, &mut consts), field, v)?;
    }
    crate::objects::function_ops::code_with_consts(vm, co, consts)
}

pub fn init() {
    let t = &types::builtin().code;
    add_method(t, "code", "replace", replace);
    add_method(t, "code", "co_positions", co_positions);
    add_method(t, "code", "co_lines", co_lines);
}
