//! `_imp`: the import system's native helpers that `importlib` (written in Python) calls.
//! Counterpart of CPython's `_imp` module (`Python/import.c`).

use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

/// `_imp.reload_in_place(module)`: run the module's code again in its own namespace.
fn reload_in_place(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "reload_in_place", 1, 1)?;
    crate::modules::import::reload_in_place(vm, &a[0])?;
    Ok(vm.none())
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(
        m,
        "reload_in_place",
        new_builtin("reload_in_place", reload_in_place),
    );
    Ok(())
}
