//! Methods of `code` objects: `co_positions()` and `co_lines()`.
//! Counterpart of `code_positions`/`code_linesiterator` in CPython's `Objects/codeobject.c`.

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

pub fn init() {
    let t = &types::builtin().code;
    add_method(t, "code", "co_positions", co_positions);
    add_method(t, "code", "co_lines", co_lines);
}
