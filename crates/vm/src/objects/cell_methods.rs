//! The methods of `cell` (`types.CellType`): its constructor, `cell()` or `cell(contents)`.
//! Counterpart of the method table of CPython's `Objects/cellobject.c`.

use crate::object::Value;
use crate::objects::bootstrap::add_static;
use crate::objects::function::Args;
use crate::objects::function_ops::new_cell;
use crate::objects::types::builtin;
use crate::vm::{PyResult, Vm};

/// `cell.__new__(cls, [contents])`: an empty cell, or one holding `contents`.
fn cell_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("cell() takes no keyword arguments"));
    }
    match args.pos() {
        [_cls] => Ok(new_cell(None)),
        [_cls, contents] => Ok(new_cell(Some(contents.clone()))),
        more => Err(vm.type_error(format!(
            "cell expected at most 1 argument, got {}",
            more.len().saturating_sub(1)
        ))),
    }
}

pub fn init() {
    add_static(&builtin().cell, "cell", "__new__", cell_new);
}
