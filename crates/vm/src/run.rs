//! Running programs: the `__main__` module, `exec`/`eval`, uncaught-exception reports with
//! CPython's traceback format, `SystemExit` and exit codes. Counterpart of CPython's
//! `Python/pythonrun.c` and `Python/traceback.c`.

use crate::frame::Frame;
use crate::gc::weakref::weakref_of;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_module, set_attr};
use crate::objects::exception_ops;
use crate::objects::function::Args;
use crate::objects::str::{as_str, intern, new_str};
use crate::objects::{dict_ops, int};
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
    let given = match dict_ops::get_item(vm, &globals, &builtins_key)? {
        Some(b) => b,
        None => {
            // As `exec` does: the builtins namespace (a dict), not the module.
            let b = vm.objects().builtins.clone();
            let b = b.obj().and_then(|o| o.dict_value()).unwrap_or(b);
            dict_ops::set_item(vm, &globals, builtins_key, b.clone())?;
            b
        }
    };
    // The globals' `__builtins__` (a module's namespace or a dict) is what the code sees.
    let builtins = match given.payload() {
        Some(Payload::Dict(_)) => given,
        _ => given
            .obj()
            .and_then(|o| o.dict_value())
            .or_else(|| vm.objects().builtins.obj().and_then(|o| o.dict_value()))
            .unwrap_or_else(|| vm.none()),
    };
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
    vm.frames.borrow().last().map(|r| r.globals.clone())
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
    install_excepthook(vm);
    let main = match main_module(vm, filename, None) {
        Ok(m) => m,
        Err(e) => return report(vm, e),
    };
    let program = begin_main(vm);
    let r = exec_source_in(vm, source, filename, &main);
    let code = match r {
        Ok(()) => 0,
        Err(e) => report(vm, e),
    };
    end_main(vm, program, main, code)
}

/// What is kept from the start of the main program to its end (the GIL trace, if asked for).
pub struct MainRun {
    trace: Option<GilTrace>,
}

/// Start the main program: begin the GIL trace that `-X gil_stats`/`-X gil_trace` ask for.
pub fn begin_main(vm: &Vm) -> MainRun {
    MainRun {
        trace: start_gil_trace(vm),
    }
}

/// End the main program with exit status `code`: wait for non-daemon threads, finish the GIL
/// trace, tear the modules down and flush stdout; returns the final status. The caller's
/// reference to `__main__` goes with it, so teardown can free the module.
pub fn end_main(vm: &Vm, program: MainRun, main: Value, code: i32) -> i32 {
    let code = match wait_for_thread_shutdown(vm) {
        Ok(()) => code,
        Err(e) => report(vm, e),
    };
    if let Err(e) = run_exitfuncs(vm) {
        print_exception(vm, &e.0);
    }
    let code = if flush_std_files(vm) { code } else { 120 };
    finish_gil_trace(vm, program.trace);
    vm.gil.start_finalizing(&vm.interp.gil);
    collect_if_enabled(vm);
    let leakcheck = crate::leakcheck::mode(vm).map(|m| (m, module_names(vm)));
    finalize_modules(vm, main);
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
    if let Some((mode, modules)) = leakcheck {
        crate::leakcheck::report(vm, &mode, &modules);
    }
    code
}

/// The names in `sys.modules` (before teardown empties it), for the `-X leakcheck` report.
fn module_names(vm: &Vm) -> Vec<String> {
    let modules = vm.objects().modules.clone();
    let items = dict_ops::items(vm, &modules).unwrap_or_default();
    items
        .iter()
        .filter_map(|(k, _)| as_str(k).map(str::to_owned))
        .collect()
}

/// The collection `Py_FinalizeEx` runs before the modules are torn down, unless `gc.disable()`
/// turned automatic collection off (`_PyGC_CollectIfEnabled`); `gc.callbacks` see it. Besides
/// freeing what is already garbage, it orders the objects still alive as a collection does
/// (`gc/mod.rs`): a text file kept in `__main__` then has its wrapper finalized before its
/// buffer when teardown collects them, so the wrapper's pending text is written.
fn collect_if_enabled(vm: &Vm) {
    let enabled = crate::gc::heap::heap().enabled;
    if enabled {
        crate::gc::collect(vm, 2);
    }
}

/// Whether a `sys.modules` entry leaves it at exit (every module but `sys` and `builtins`).
fn torn_down(name: &Value, m: &Value) -> bool {
    !matches!(as_str(name), Some("sys" | "builtins"))
        && matches!(m.payload(), Some(Payload::Module))
}

/// The modules at exit, as CPython's `finalize_modules`: every module but `sys` and `builtins`
/// leaves `sys.modules`, `__main__` with the caller's reference to it; one nothing else holds
/// is freed there and its dict left whole to the collection that follows, so finalizers still
/// see their globals (an unclosed file in a global is flushed and closed). A module's dict
/// that something the collector cannot free still holds (a daemon thread's running frame, a
/// function kept in `sys`) is left alone, its objects never finalized, as in CPython. The
/// modules still alive after that collection have their names set to None, newest first; the
/// main thread's per-thread states go, and a last collection runs. These collections do not
/// call `gc.callbacks`.
fn finalize_modules(vm: &Vm, main: Value) {
    let modules = vm.objects().modules.clone();
    let mut alive = Vec::new();
    if let Ok(items) = dict_ops::items(vm, &modules) {
        for (name, m) in items {
            if !torn_down(&name, &m) {
                continue;
            }
            alive.push(crate::modules::_weakref::watch(&m));
            drop(m);
            if let Err(e) = dict_ops::del_item(vm, &modules, &name) {
                print_exception(vm, &e.0);
            }
        }
    }
    drop(main);
    crate::modules::_thread::release_main_thread_locals(vm);
    crate::gc::collect_at_exit(vm);
    for w in alive.iter().rev() {
        if let Some(m) = weakref_of(w).and_then(|w| w.get()) {
            clear_module(vm, &m);
        }
    }
    crate::modules::_thread::release_main_thread_states(vm);
    crate::gc::collect_at_exit(vm);
}

/// Flush `sys.stdout` and `sys.stderr` when Python code replaced them (the native streams are
/// flushed last); false when a flush failed, which makes the exit status 120 as in CPython's
/// `flush_std_files`. A failure of stdout's is reported as unraisable, stderr's silently.
fn flush_std_files(vm: &Vm) -> bool {
    let sys = vm.objects().sys.clone();
    let mut ok = true;
    for name in ["stdout", "stderr"] {
        let Ok(Some(f)) = ops::getattr_opt(vm, &sys, &intern(name)) else {
            continue;
        };
        if vm.is_none(&f) || matches!(f.payload(), Some(Payload::Native(_))) {
            continue;
        }
        let closed = ops::getattr_opt(vm, &f, &intern("closed"))
            .ok()
            .flatten()
            .is_some_and(|c| ops::is_true(vm, &c).unwrap_or(false));
        if closed {
            continue;
        }
        if let Err(e) = ops::call_method(vm, &f, "flush", &[]) {
            ok = false;
            if name == "stdout" {
                print_unraisable(vm, &e.0, &f);
            }
        }
    }
    ok
}

/// A fresh `__main__` in `sys.modules`; `__file__` unless the source is a `-c` string.
pub fn main_module(vm: &Vm, filename: &str, package: Option<&str>) -> PyResult<Value> {
    let main = new_module("__main__");
    if filename != "<string>" {
        set_attr(&main, "__file__", new_str(filename));
    }
    set_attr(&main, "__builtins__", vm.objects().builtins.clone());
    set_attr(&main, "__spec__", vm.none());
    set_attr(
        &main,
        "__package__",
        package.map_or_else(|| vm.none(), new_str),
    );
    if let Some(p) = package.filter(|p| !p.is_empty()) {
        let globals = crate::objects::dict::new_dict();
        let level = int::from_i64(0);
        crate::modules::import::import_name(vm, &new_str(p), &globals, &vm.none(), &level)?;
    }
    let modules = vm.objects().modules.clone();
    dict_ops::set_item(vm, &modules, intern("__main__"), main.clone())?;
    Ok(main)
}

/// Module teardown at exit, as `_PyModule_ClearDict`: names starting with one underscore are
/// set to None first, then the others (except `__builtins__`), so finalizers run before exit.
pub fn clear_module(vm: &Vm, module: &Value) {
    if let Some(d) = module.obj().and_then(|o| o.dict_value()) {
        clear_dict(vm, &d);
    }
}

/// `clear_module` of a module's dict `d`.
fn clear_dict(vm: &Vm, d: &Value) {
    let Ok(items) = dict_ops::items(vm, d) else {
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
            if let Err(e) = dict_ops::set_item(vm, d, k.clone(), vm.none()) {
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
fn finish_gil_trace(vm: &Vm, trace: Option<GilTrace>) {
    let Some(want) = trace else { return };
    vm.allow_threads(|| {
        crate::gil_trace::wait_for_other_threads(std::time::Duration::from_millis(500))
    });
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

/// At exit, after the threads: the `atexit` functions, if `atexit` was imported (as
/// CPython's `_PyAtExit_Call` in `Py_FinalizeEx`, before modules are torn down).
fn run_exitfuncs(vm: &Vm) -> PyResult<()> {
    let modules = vm.objects().modules.clone();
    let Some(atexit) = dict_ops::get_item(vm, &modules, &intern("atexit"))? else {
        return Ok(());
    };
    let Some(run) = ops::getattr_opt(vm, &atexit, &intern("_run_exitfuncs"))? else {
        return Ok(());
    };
    ops::call(vm, &run, &[], &[]).map(drop)
}

/// Report an uncaught exception (or honour `SystemExit`); returns the exit code.
pub fn report(vm: &Vm, e: PyErr) -> i32 {
    if vm.err_is(&e, "SystemExit") {
        return system_exit_code(vm, &e.0);
    }
    print_uncaught(vm, &e.0);
    if vm.err_is(&e, "KeyboardInterrupt") {
        crate::modules::signal::note_unhandled_interrupt();
        return 130;
    }
    1
}

/// Hand an uncaught exception to `sys.excepthook`, as `_PyErr_PrintEx`: keep it in
/// `sys.last_value`, and when the hook itself fails, print both exceptions.
pub fn print_uncaught(vm: &Vm, e: &Value) {
    let sys = vm.objects().sys.clone();
    let tb = exception_ops::traceback(e).unwrap_or_else(|| vm.none());
    for (name, v) in [
        ("last_type", e.class()),
        ("last_value", e.clone()),
        ("last_traceback", tb.clone()),
    ] {
        set_attr(&sys, name, v);
    }
    let hook = ops::getattr_opt(vm, &sys, &intern("excepthook"))
        .ok()
        .flatten()
        .filter(|h| !vm.is_none(h));
    let Some(hook) = hook else {
        write_stderr(vm, "sys.excepthook is missing\n");
        print_exception(vm, e);
        return;
    };
    if let Err(err) = ops::call(vm, &hook, &[e.class(), e.clone(), tb], &[]) {
        if vm.err_is(&err, "SystemExit") {
            std::process::exit(system_exit_code(vm, &err.0));
        }
        write_stderr(vm, "Error in sys.excepthook:\n");
        print_exception(vm, &err.0);
        write_stderr(vm, "\nOriginal exception was:\n");
        print_exception(vm, e);
    }
}

/// `sys.excepthook(type, value, traceback)`: print the exception as the interpreter does.
fn excepthook(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "excepthook", 3, 3)?;
    if exception_ops::data(&a[1]).is_some() {
        print_exception(vm, &a[1]);
    } else {
        let what = vm.type_name(&a[1]);
        write_stderr(
            vm,
            &format!("TypeError: print_exception(): Exception expected for value, {what} found\n"),
        );
    }
    Ok(vm.none())
}

/// Give `sys` its `excepthook` and `__excepthook__` (the default printer).
pub fn install_excepthook(vm: &Vm) {
    let sys = vm.objects().sys.clone();
    let hook = crate::objects::bootstrap::new_builtin("excepthook", excepthook);
    set_attr(&sys, "excepthook", hook.clone());
    set_attr(&sys, "__excepthook__", hook);
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

/// Print an exception with its traceback and chained exceptions to `sys.stderr`, as CPython does.
pub fn print_exception(vm: &Vm, e: &Value) {
    write_stderr(vm, &format_exception(vm, e));
}

/// The text `print_exception` writes: traceback, chained exceptions, the exception line.
pub fn format_exception(vm: &Vm, e: &Value) -> String {
    crate::traceback::format_exception(vm, e)
}

/// `TypeName: message` (qualified by module for classes outside builtins).
pub fn exception_line(vm: &Vm, e: &Value) -> String {
    crate::traceback::exception_line(vm, e)
}

/// Write to `sys.stderr` (straight to the descriptor when it is the standard stream or unusable).
pub fn write_stderr(vm: &Vm, text: &str) {
    let sys = vm.objects().sys.clone();
    let err = ops::getattr_opt(vm, &sys, &intern("stderr")).ok().flatten();
    match err {
        Some(f) if !vm.is_none(&f) => {
            if crate::modules::builtins::write_to(vm, &f, text).is_err() {
                crate::modules::builtins::raw_stderr(text);
            }
        }
        _ => crate::modules::builtins::raw_stderr(text),
    }
}

/// Report an exception that cannot propagate (from `__del__`, a callback): "Exception ignored in".
pub fn print_unraisable(vm: &Vm, e: &Value, obj: &Value) {
    let what = ops::text::repr_string(vm, obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let mut out = format!("Exception ignored in: {what}\n");
    crate::traceback::format_single(vm, e, &mut out);
    write_stderr(vm, &out);
}
