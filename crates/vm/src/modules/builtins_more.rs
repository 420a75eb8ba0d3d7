//! More builtin functions: `exec`/`eval`/`compile`, `open`, `input`, `help`, `breakpoint`, and
//! `quit`/`exit` (which CPython's `site` adds). Counterpart of the rest of CPython's
//! `Python/bltinmodule.c`. The iterator builtins live in `builtins_iter.rs`, the frame and
//! namespace ones (`locals`, `vars`, `dir`) in `builtins_frame.rs`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, intern, new_str};
use crate::ops;
use crate::vm::{CompileMode, PyErr, PyResult, Vm};

pub(crate) fn exec(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    crate::run::exec_builtin(vm, args, CompileMode::Exec)
}

pub(crate) fn eval(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    crate::run::exec_builtin(vm, args, CompileMode::Eval)
}

/// Argument `i` of a call, given by position or by keyword `name`.
fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos().get(i).or_else(|| args.kw(name))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn compile(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.count(vm, "compile", 0, 6)?;
    args.only_keywords(
        vm,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
    )?;
    let (Some(source), Some(filename), Some(mode)) = (
        arg(&args, 0, "source"),
        arg(&args, 1, "filename"),
        arg(&args, 2, "mode"),
    ) else {
        return Err(vm.type_error("compile() missing required argument 'source' (pos 1)"));
    };
    let mode = match as_str(mode) {
        Some("exec") => CompileMode::Exec,
        Some("eval") => CompileMode::Eval,
        Some("single") => CompileMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let flags = arg(&args, 3, "flags")
        .and_then(crate::objects::int::as_i64)
        .unwrap_or(0);
    if flags & 0x400 != 0 {
        return Err(vm.new_exc(
            "NotImplementedError",
            "compile(): gilpy cannot produce ASTs (PyCF_ONLY_AST)",
        ));
    }
    let filename = match as_str(filename) {
        Some(f) => f.to_owned(),
        None => ops::text::str_string(vm, filename)?,
    };
    let text = match source.payload() {
        Some(Payload::Str(s)) => s.as_str().to_owned(),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = crate::objects::bytes_ops::as_bytes(source).unwrap_or_default();
            String::from_utf8(b)
                .map_err(|_| vm.new_exc("SyntaxError", "source code is not valid UTF-8"))?
        }
        Some(Payload::Code(_)) => return Ok(source.clone()),
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    if text.contains('\0') {
        return Err(vm.new_exc(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    crate::run::compile(vm, &text, &filename, mode)
}

/// `open(...)`: `io.open` with the same arguments.
fn open(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let io = import(vm, "io")?;
    let open = ops::getattr(vm, &io, &intern("open"))?;
    ops::call(vm, &open, args.args, args.kwnames)
}

/// `import name` from native code.
pub fn import(vm: &Vm, name: &str) -> PyResult<Value> {
    let none = vm.none();
    crate::modules::import::import_name(
        vm,
        &new_str(name),
        &none,
        &none,
        &crate::objects::int::from_i64(0),
    )
}

fn sys_attr(vm: &Vm, name: &str) -> PyResult<Value> {
    let sys = vm.objects().sys.clone();
    ops::getattr(vm, &sys, &intern(name))
}

/// `input(prompt='')`: write the prompt to `sys.stdout`, read a line from `sys.stdin`.
fn input(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "input", 0, 1)?;
    let stdout = sys_attr(vm, "stdout")?;
    if let Some(p) = a.first() {
        let text = ops::str(vm, p)?;
        ops::call_method(vm, &stdout, "write", &[text])?;
    }
    ops::call_method(vm, &stdout, "flush", &[])?;
    let stdin = sys_attr(vm, "stdin")?;
    let line = ops::getattr(vm, &stdin, &intern("readline"))?;
    let line = ops::call(vm, &line, &[], &[])?;
    let Some(s) = as_str(&line) else {
        return Err(vm.type_error(format!(
            "object.readline() returned non-string ({})",
            vm.type_name(&line)
        )));
    };
    if s.is_empty() {
        return Err(vm.new_exc("EOFError", "EOF when reading a line"));
    }
    Ok(new_str(s.strip_suffix('\n').unwrap_or(s)))
}

/// `help(obj)`: a short description and the docstring (CPython runs `pydoc`).
fn help(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "help", 0, 1)?;
    let Some(obj) = a.first() else {
        crate::modules::builtins::write_stdout(vm, "Type help(object) for help about object.\n")?;
        return Ok(vm.none());
    };
    let name =
        ops::getattr_opt(vm, obj, &intern("__name__"))?.and_then(|n| as_str(&n).map(str::to_owned));
    let title = match name {
        Some(n) => format!("Help on {} {n}:", vm.type_name(obj)),
        None => format!("Help on {} object:", vm.type_name(obj)),
    };
    let doc =
        ops::getattr_opt(vm, obj, &intern("__doc__"))?.and_then(|d| as_str(&d).map(str::to_owned));
    let body = doc
        .unwrap_or_default()
        .lines()
        .map(|l| format!("    {}", l.trim()))
        .collect::<Vec<_>>()
        .join("\n");
    crate::modules::builtins::write_stdout(vm, &format!("{title}\n\n{body}\n\n"))?;
    Ok(vm.none())
}

fn breakpoint(vm: &Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(vm.runtime_error("breakpoint(): gilpy has no debugger (pdb is not available)"))
}

/// `quit(code=None)` / `exit(code=None)`: raise `SystemExit(code)`.
fn quit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "quit", 0, 1)?;
    let cls = vm.b().exc("SystemExit").clone();
    Err(PyErr(crate::objects::exception_ops::new_exception(
        cls,
        a.to_vec(),
    )))
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("compile", compile),
        ("open", open),
        ("input", input),
        ("help", help),
        ("breakpoint", breakpoint),
        ("quit", quit),
        ("exit", quit),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    crate::modules::builtins_num::init(vm, m)?;
    crate::modules::builtins_iter::init(vm, m)?;
    crate::modules::builtins_async::init(m);
    crate::modules::builtins_frame::init(vm, m)
}
