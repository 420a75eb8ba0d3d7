//! Running programs: the `__main__` module, `exec`/`eval`, uncaught-exception reports with
//! CPython's traceback format, `SystemExit` and exit codes. Counterpart of CPython's
//! `Python/pythonrun.c` and `Python/traceback.c`.

use crate::frame::Frame;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_module, set_attr};
use crate::objects::exception_ops;
use crate::objects::function::Args;
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::{dict_ops, int, types};
use crate::ops;
use crate::vm::{CompileError, CompileMode, PyErr, PyResult, Vm};

/// Turn a compile error into a `SyntaxError` (or subclass) instance.
pub fn syntax_error(vm: &Vm, e: CompileError) -> PyErr {
    let cls = vm.b().exc(e.kind).clone();
    let text = e.text.clone().map_or_else(|| vm.none(), |t| new_str(&t));
    let details = crate::objects::tuple_ops::new_tuple(vec![
        new_str(&e.filename),
        int::from_i64(i64::from(e.lineno)),
        int::from_i64(i64::from(e.offset)),
        text.clone(),
        int::from_i64(i64::from(e.end_lineno)),
        int::from_i64(i64::from(e.end_offset)),
    ]);
    let exc = exception_ops::new_exception(cls, vec![new_str(&e.msg), details]);
    let _ = set_syntax_fields(vm, &exc, &e, text);
    PyErr(exc)
}

fn set_syntax_fields(vm: &Vm, exc: &Value, e: &CompileError, text: Value) -> PyResult<()> {
    let set = |k: &str, v: Value| ops::attr::generic_setattr(vm, exc, &intern(k), Some(v));
    set("msg", new_str(&e.msg))?;
    set("filename", new_str(&e.filename))?;
    set("lineno", int::from_i64(i64::from(e.lineno)))?;
    set("offset", int::from_i64(i64::from(e.offset)))?;
    set("end_lineno", int::from_i64(i64::from(e.end_lineno)))?;
    set("end_offset", int::from_i64(i64::from(e.end_offset)))?;
    set("text", text)
}

/// Compile source to a runtime code object.
pub fn compile(vm: &Vm, source: &str, filename: &str, mode: CompileMode) -> PyResult<Value> {
    let co = (vm.interp.compile)(source, filename, mode).map_err(|e| syntax_error(vm, e))?;
    crate::objects::function_ops::load_code(vm, co)
}

/// Run a code object with the given globals and locals mapping.
pub fn run_code(vm: &Vm, code: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let builtins_key = intern("__builtins__");
    if dict_ops::get_item(vm, &globals, &builtins_key)?.is_none() {
        let b = vm.objects().builtins.clone();
        dict_ops::set_item(vm, &globals, builtins_key, b)?;
    }
    let builtins = vm
        .objects()
        .builtins
        .obj()
        .and_then(|o| o.dict_value())
        .unwrap_or_else(|| vm.none());
    let mut frame = Frame::new(code, globals, builtins, Some(locals));
    let nlocals = frame.code().varnames.len();
    for i in 0..frame.code().co.cellvars.len() + frame.code().co.freevars.len() {
        frame.fast[nlocals + i] = Some(crate::objects::function_ops::new_cell(None));
    }
    ops::call::run_frame(vm, &mut frame)
}

/// Execute `source` in `module`'s namespace (imports and `__main__`).
pub fn exec_source_in(vm: &Vm, source: &str, filename: &str, module: &Value) -> PyResult<()> {
    let code = compile(vm, source, filename, CompileMode::Exec)?;
    let ns = module
        .obj()
        .and_then(|o| o.dict_value())
        .unwrap_or_else(|| vm.none());
    run_code(vm, code, ns.clone(), ns).map(drop)
}

/// The globals of the innermost running Python frame.
pub fn current_globals(vm: &Vm) -> Option<Value> {
    vm.frame_globals.borrow().last().cloned()
}

/// `exec(source, globals=None, locals=None)` and `eval(...)`.
pub fn exec_builtin(vm: &Vm, args: Args<'_>, mode: CompileMode) -> PyResult<Value> {
    let name = if mode == CompileMode::Eval {
        "eval"
    } else {
        "exec"
    };
    let a = args.count(vm, name, 1, 3)?;
    let globals = match a.get(1).or_else(|| args.kw("globals")) {
        Some(g) if !vm.is_none(g) => {
            if !matches!(g.payload(), Some(Payload::Dict(_))) {
                return Err(vm.type_error(format!(
                    "{name}() globals must be a dict, not {}",
                    vm.type_name(g)
                )));
            }
            g.clone()
        }
        _ => current_globals(vm).ok_or_else(|| vm.runtime_error("no current frame"))?,
    };
    let locals = match a.get(2).or_else(|| args.kw("locals")) {
        Some(l) if !vm.is_none(l) => l.clone(),
        _ => globals.clone(),
    };
    let code = match a[0].payload() {
        Some(Payload::Code(_)) => a[0].clone(),
        Some(Payload::Str(s)) => {
            let src = if mode == CompileMode::Eval {
                s.as_str().trim_start_matches([' ', '\t'])
            } else {
                s.as_str()
            };
            compile(vm, src, "<string>", mode)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object"
            )));
        }
    };
    let r = run_code(vm, code, globals, locals)?;
    Ok(if mode == CompileMode::Eval {
        r
    } else {
        vm.none()
    })
}

/// Run the main program; returns the process exit code.
pub fn run_main(vm: &Vm, source: &str, filename: &str) -> i32 {
    let main = new_module("__main__");
    set_attr(&main, "__file__", new_str(filename));
    set_attr(&main, "__builtins__", vm.objects().builtins.clone());
    set_attr(&main, "__package__", vm.none());
    let modules = vm.objects().modules.clone();
    if let Err(e) = dict_ops::set_item(vm, &modules, intern("__main__"), main.clone()) {
        return report(vm, e);
    }
    let trace = start_gil_trace(vm);
    let r = exec_source_in(vm, source, filename, &main);
    let code = match r {
        Ok(()) => 0,
        Err(e) => report(vm, e),
    };
    let code = match wait_for_thread_shutdown(vm) {
        Ok(()) => code,
        Err(e) => report(vm, e),
    };
    finish_gil_trace(trace);
    clear_module(vm, &main);
    drop(main);
    crate::gc::collect(vm, 2);
    crate::modules::builtins::flush_stdout();
    if vm
        .interp
        .config
        .xoptions
        .iter()
        .any(|x| x == "showrefcount")
    {
        let (refs, blocks) = crate::gc::heap::live_totals();
        crate::modules::builtins::raw_stderr(&format!("[{refs} refs, {blocks} blocks]\n"));
    }
    code
}

/// Module teardown at exit, as `_PyModule_ClearDict`: names starting with one underscore are
/// set to None first, then the others (except `__builtins__`), so finalizers run before exit.
pub fn clear_module(vm: &Vm, module: &Value) {
    let Some(d) = module.obj().and_then(|o| o.dict_value()) else {
        return;
    };
    let Ok(items) = dict_ops::items(vm, &d) else {
        return;
    };
    let keys: Vec<Value> = items.into_iter().map(|(k, _)| k).collect();
    for underscore_pass in [true, false] {
        for k in &keys {
            let name = as_str(k).unwrap_or("");
            let single = name.starts_with('_') && !name.starts_with("__");
            if name == "__builtins__" || single != underscore_pass {
                continue;
            }
            if let Err(e) = dict_ops::set_item(vm, &d, k.clone(), vm.none()) {
                print_exception(vm, &e.0);
            }
        }
    }
}

/// What `-X gil_stats` / `-X gil_trace[=PATH]` ask for: print statistics, write a trace file.
struct GilTrace {
    stats: bool,
    path: Option<String>,
}

/// Start recording GIL events if `-X gil_stats` or `-X gil_trace[=PATH]` was given.
fn start_gil_trace(vm: &Vm) -> Option<GilTrace> {
    let mut want = GilTrace {
        stats: false,
        path: None,
    };
    for x in &vm.interp.config.xoptions {
        match x.split_once('=') {
            _ if x == "gil_stats" => want.stats = true,
            Some(("gil_trace", p)) => want.path = Some(p.to_owned()),
            _ if x == "gil_trace" => want.path = Some("gil_trace.json".to_owned()),
            _ => {}
        }
    }
    if !want.stats && want.path.is_none() {
        return None;
    }
    crate::gil_trace::enable();
    crate::gil_trace::set_thread_name(vm.gil.thread_id, "MainThread");
    crate::gil_trace::record(vm.gil.thread_id, crate::gil_trace::EventKind::Acquire);
    Some(want)
}

/// At exit: print the GIL statistics and/or write the trace file.
fn finish_gil_trace(trace: Option<GilTrace>) {
    let Some(want) = trace else { return };
    let Some(rep) = crate::gil_trace::report() else {
        return;
    };
    if want.stats {
        crate::modules::builtins::raw_stderr(&crate::gil_trace::stats_table(&rep));
    }
    if let Some(path) = want.path
        && let Err(e) = crate::gil_trace::write_trace(&rep, &path)
    {
        crate::modules::builtins::raw_stderr(&format!(
            "gilpy: cannot write GIL trace {path}: {e}\n"
        ));
    }
}

/// At exit, wait for the non-daemon threads: `threading._shutdown()`, if `threading` was
/// imported (as CPython's `wait_for_thread_shutdown` in `Py_FinalizeEx`).
fn wait_for_thread_shutdown(vm: &Vm) -> PyResult<()> {
    let modules = vm.objects().modules.clone();
    let Some(threading) = dict_ops::get_item(vm, &modules, &intern("threading"))? else {
        return Ok(());
    };
    let Some(shutdown) = ops::getattr_opt(vm, &threading, &intern("_shutdown"))? else {
        return Ok(());
    };
    ops::call(vm, &shutdown, &[], &[]).map(drop)
}

/// Report an uncaught exception (or honour `SystemExit`); returns the exit code.
pub fn report(vm: &Vm, e: PyErr) -> i32 {
    if vm.err_is(&e, "SystemExit") {
        return system_exit_code(vm, &e.0);
    }
    print_exception(vm, &e.0);
    1
}

fn system_exit_code(vm: &Vm, e: &Value) -> i32 {
    let code = exception_ops::stop_value(vm, e);
    if vm.is_none(&code) {
        return 0;
    }
    if let Some(i) = int::as_i64(&code) {
        return i as i32;
    }
    let text = ops::text::str_string(vm, &code).unwrap_or_default();
    crate::modules::builtins::raw_stderr(&format!("{text}\n"));
    1
}

/// Print an exception with its traceback and chained exceptions to stderr, as CPython does.
pub fn print_exception(vm: &Vm, e: &Value) {
    crate::modules::builtins::raw_stderr(&format_exception(vm, e));
}

/// The text `print_exception` writes: traceback, chained exceptions, the exception line.
pub fn format_exception(vm: &Vm, e: &Value) -> String {
    let mut out = String::new();
    format_chain(vm, e, &mut out, &mut Vec::new());
    out
}

fn format_chain(vm: &Vm, e: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(e.id());
    if let Some(d) = exception_ops::data(e) {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !d.suppress_context.get() && !seen.contains(&c.id()))
        {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(vm, e, out);
}

fn format_one(vm: &Vm, e: &Value, out: &mut String) {
    let mut tb = exception_ops::traceback(e);
    if tb.is_some() {
        out.push_str("Traceback (most recent call last):\n");
    }
    while let Some(t) = tb {
        let Some(Payload::Traceback(d)) = t.payload() else {
            break;
        };
        if let Some(Payload::Code(c)) = d.code.payload() {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                c.co.filename, d.line, c.co.name
            ));
            if let Some(line) = source_line(&c.co.filename, d.line) {
                out.push_str(&format!("    {line}\n"));
            }
        }
        tb = d.next.borrow().clone();
    }
    if types::is_subtype(e.class(), vm.b().exc("SyntaxError")) {
        format_syntax_error(vm, e, out);
    }
    out.push_str(&exception_line(vm, e));
    out.push('\n');
    format_notes(vm, e, out);
}

/// The exception's `__notes__`, one per line after the exception line (PEP 678).
fn format_notes(vm: &Vm, e: &Value, out: &mut String) {
    let Ok(Some(notes)) = ops::getattr_opt(vm, e, &intern("__notes__")) else {
        return;
    };
    let Some(items) = (match notes.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => ops::collect(vm, &notes).ok(),
        _ => None,
    }) else {
        let text = ops::text::repr_string(vm, &notes).unwrap_or_default();
        out.push_str(&format!("{text}\n"));
        return;
    };
    for note in items {
        let text = match as_str(&note) {
            Some(s) => s.to_owned(),
            None => {
                ops::text::str_string(vm, &note).unwrap_or_else(|_| "<note str() failed>".into())
            }
        };
        out.push_str(&text);
        out.push('\n');
    }
}

/// `TypeName: message` (qualified by module for classes outside builtins).
pub fn exception_line(vm: &Vm, e: &Value) -> String {
    let t = e.class();
    let mut name = types::type_data(t)
        .map(|d| d.qualname.borrow().clone())
        .unwrap_or_default();
    let module = ops::getattr_opt(vm, t, &intern("__module__"))
        .ok()
        .flatten()
        .and_then(|m| as_str(&m).map(str::to_owned));
    if let Some(m) = module.filter(|m| m != "builtins" && m != "__main__") {
        name = format!("{m}.{name}");
    }
    let msg = if types::is_subtype(t, vm.b().exc("SyntaxError")) {
        ops::getattr_opt(vm, e, &intern("msg"))
            .ok()
            .flatten()
            .and_then(|m| as_str(&m).map(str::to_owned))
            .unwrap_or_default()
    } else {
        match ops::text::str_string(vm, e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn format_syntax_error(vm: &Vm, e: &Value, out: &mut String) {
    let get = |k: &str| {
        ops::getattr_opt(vm, e, &intern(k))
            .ok()
            .flatten()
            .filter(|v| !vm.is_none(v))
    };
    let file = get("filename")
        .and_then(|f| as_str(&f).map(str::to_owned))
        .unwrap_or_else(|| "<string>".into());
    let line = get("lineno").and_then(|l| int::as_i64(&l)).unwrap_or(0);
    out.push_str(&format!("  File \"{file}\", line {line}\n"));
    let Some(text) = get("text").and_then(|t| as_str(&t).map(str::to_owned)) else {
        return;
    };
    let raw = text.trim_end_matches(['\n', '\r']);
    let stripped = raw.trim_start_matches([' ', '\t', '\x0c']);
    let indent = raw.chars().count() - stripped.chars().count();
    out.push_str(&format!("    {stripped}\n"));
    let offset = get("offset").and_then(|o| int::as_i64(&o)).unwrap_or(0);
    let end_offset = get("end_offset").and_then(|o| int::as_i64(&o)).unwrap_or(0);
    let end_line = get("end_lineno")
        .and_then(|o| int::as_i64(&o))
        .unwrap_or(line);
    if offset >= 1 {
        let col = (offset as usize - 1).saturating_sub(indent);
        let width = if end_line == line && end_offset > offset {
            (end_offset - offset) as usize
        } else {
            1
        };
        out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
    }
}

/// Line `n` of a source file, stripped, for tracebacks.
fn source_line(filename: &str, n: u32) -> Option<String> {
    let text = std::fs::read_to_string(filename).ok()?;
    let line = text.lines().nth(n.checked_sub(1)? as usize)?;
    let s = line.trim();
    if s.is_empty() {
        None
    } else {
        Some(s.to_owned())
    }
}

/// Report an exception that cannot propagate (from `__del__`, a callback): "Exception ignored in".
pub fn print_unraisable(vm: &Vm, e: &Value, obj: &Value) {
    let what = ops::text::repr_string(vm, obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let mut out = format!("Exception ignored in: {what}\n");
    format_one(vm, e, &mut out);
    crate::modules::builtins::raw_stderr(&out);
}
