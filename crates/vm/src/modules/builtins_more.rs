//! More builtin functions: numbers, iteration helpers, `exec`/`eval`/`compile`, `open`, `input`.
//! Counterpart of the rest of CPython's `Python/bltinmodule.c`.

use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::vm::{PyResult, Vm};

fn exec(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    crate::run::exec_builtin(vm, args, crate::vm::CompileMode::Exec)
}

fn eval(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    crate::run::exec_builtin(vm, args, crate::vm::CompileMode::Eval)
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[("exec", exec), ("eval", eval)];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    crate::modules::builtins_num::init(_vm, m)?;
    Ok(())
}
