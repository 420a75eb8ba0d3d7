//! `_gilpy_traceback`: the native pieces under the Python `traceback` and `linecache` modules
//! (source lines, caret lines, the exception-only text), shared with the uncaught-exception
//! printer in `crate::traceback`. CPython keeps these in `Lib/traceback.py` itself.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::Args;
use crate::objects::str::{as_str, from_string};
use crate::objects::{int, list_ops, tuple_ops};
use crate::traceback;
use crate::vm::{PyResult, Vm};
use gilpy_bytecode::code::Position;

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| vm.type_error(format!("{what} must be str")))
}

fn u32_arg(vm: &Vm, v: &Value) -> PyResult<u32> {
    int::as_i64(v)
        .and_then(|i| u32::try_from(i).ok())
        .ok_or_else(|| vm.value_error("expected a non-negative int"))
}

/// `source_line(filename, lineno)`: the line without its line break, or None.
fn source_line(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "source_line", 2, 2)?;
    let name = str_arg(vm, &a[0], "filename")?;
    let n = u32_arg(vm, &a[1])?;
    Ok(traceback::source_line(name, n).map_or_else(|| vm.none(), from_string))
}

/// `source_lines(filename)`: every line with its line break (as `linecache.getlines`), or an
/// empty list when the file cannot be read.
fn source_lines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "source_lines", 1, 1)?;
    let name = str_arg(vm, &a[0], "filename")?;
    if name.starts_with('<') {
        return Ok(list_ops::new_list(Vec::new()));
    }
    let text = std::fs::read(name)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let lines = text
        .split_inclusive('\n')
        .map(|l| {
            let mut l = l.to_owned();
            if !l.ends_with('\n') {
                l.push('\n');
            }
            from_string(l)
        })
        .collect();
    Ok(list_ops::new_list(lines))
}

/// `caret_line(line, lineno, end_lineno, colno, end_colno)`: the carets CPython prints under
/// the line (without the indent), or None.
fn caret_line(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "caret_line", 5, 5)?;
    let line = str_arg(vm, &a[0], "line")?;
    if a[1..].iter().any(|v| vm.is_none(v)) {
        return Ok(vm.none());
    }
    let lineno = u32_arg(vm, &a[1])?;
    let p = Position {
        line: lineno,
        end_line: u32_arg(vm, &a[2])?,
        col: u32_arg(vm, &a[3])?,
        end_col: u32_arg(vm, &a[4])?,
    };
    Ok(traceback::caret_line(line, lineno, p).map_or_else(|| vm.none(), from_string))
}

/// `exception_only(exc)`: `SyntaxError` details and the `Type: message` line.
fn exception_only(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "exception_only", 1, 1)?;
    Ok(from_string(traceback::exception_only(vm, &a[0], false)))
}

/// `position(code, lasti)`: (lineno, end_lineno, colno, end_colno) of instruction `lasti`
/// (a byte offset), with None for what is unknown.
fn position(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "position", 2, 2)?;
    let Some(Payload::Code(c)) = a[0].payload() else {
        return Err(vm.type_error("position() needs a code object"));
    };
    let i = u32_arg(vm, &a[1])? as usize / 2;
    Ok(position_tuple(vm, c.co.positions.get(i).copied()))
}

/// A position as CPython's `co_positions()` yields it.
pub fn position_tuple(vm: &Vm, p: Option<Position>) -> Value {
    let n = |x: u32, known: bool| {
        if known {
            int::from_i64(i64::from(x))
        } else {
            vm.none()
        }
    };
    let items = match p {
        Some(p) if p.line != 0 => vec![
            n(p.line, true),
            n(p.end_line, p.end_line != 0),
            n(p.col, p.end_line != 0),
            n(p.end_col, p.end_line != 0),
        ],
        _ => vec![vm.none(), vm.none(), vm.none(), vm.none()],
    };
    tuple_ops::new_tuple(items)
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "source_line", new_builtin("source_line", source_line));
    set_attr(m, "source_lines", new_builtin("source_lines", source_lines));
    set_attr(m, "caret_line", new_builtin("caret_line", caret_line));
    set_attr(
        m,
        "exception_only",
        new_builtin("exception_only", exception_only),
    );
    set_attr(m, "position", new_builtin("position", position));
    Ok(())
}
