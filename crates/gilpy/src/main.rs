//! The `gilpy` command: python3's command line over the gilpy VM. Counterpart of `Modules/main.c`.

mod cli;

/// mimalloc: objects are many and small; a fast allocator is part of the interpreter's speed.
/// Built without transparent huge pages (`no_thp` in the workspace manifest): with them, every
/// arena touched is backed by 2 MiB pages, which cost 6 MB of start-up memory and about 15% of
/// peak memory on object-heavy programs.
/// The `system-allocator` feature leaves malloc in place for valgrind (`scripts/memcheck`).
#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: allocator::MiMalloc = allocator::MiMalloc;
#[cfg(not(feature = "system-allocator"))]
mod allocator;
mod program;
mod repl;
mod startup;

use std::io::IsTerminal;

use gilpy_bytecode::CodeObject;
use gilpy_syntax::{Mode, SyntaxErrorKind};
use gilpy_vm::interruptible::Waitable;
use gilpy_vm::modules::signal;
use gilpy_vm::{CompileError, CompileMode, Config, Vm, run};
use std::sync::Arc;

use cli::{Exit, Options};
use program::{Failure, MainProgram, Program};

/// The compiler hook the VM calls for `compile()`, `exec`, imports and the main program.
fn compile(source: &str, filename: &str, mode: CompileMode) -> Result<CodeObject, CompileError> {
    let mode = match mode {
        CompileMode::Exec => Mode::Exec,
        CompileMode::Eval => Mode::Eval,
        CompileMode::Single => Mode::Single,
    };
    gilpy_compiler::compile_source(source, filename, mode).map_err(|e| CompileError {
        kind: match e.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        },
        msg: e.msg,
        filename: filename.to_owned(),
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
        text: e.text,
    })
}

fn main() {
    #[cfg(not(feature = "system-allocator"))]
    allocator::configure();
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let program_name = argv.first().cloned().unwrap_or_else(|| "gilpy".into());
    let mut opts = match cli::parse(&argv) {
        Ok(o) => o,
        Err(Exit::Info(text)) => {
            print!("{text}");
            std::process::exit(0)
        }
        Err(Exit::Usage(message)) => {
            eprintln!(
                "{message}{}Try `python -h' for more information.",
                cli::usage_line(&program_name)
            );
            std::process::exit(2)
        }
    };
    opts.apply_environment();
    let pythonpath: Vec<String> = match std::env::var("PYTHONPATH") {
        Ok(pp) if !opts.ignore_environment => pp
            .split(':')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    let program = match program::locate(&opts, &program_name, &pythonpath) {
        Ok(p) => p,
        Err(Failure(message, code)) => {
            eprint!("{message}");
            std::process::exit(code)
        }
    };
    let (argv0, path0) = match &program {
        Program::Main(p) => (p.argv0.clone(), p.path0.clone()),
        Program::Interactive => (String::new(), String::new()),
    };
    let mut sys_argv = vec![argv0];
    sys_argv.extend(opts.args.iter().cloned());
    let mut path = Vec::new();
    if !opts.safe_path {
        path.push(path0);
    }
    path.extend(pythonpath);
    let unbuffered = opts.unbuffered || std::io::stdout().is_terminal();
    gilpy_vm::modules::builtins::STDOUT_UNBUFFERED
        .store(unbuffered, std::sync::atomic::Ordering::Relaxed);
    let config = Config {
        argv: sys_argv,
        path,
        unbuffered: opts.unbuffered,
        isolated: opts.isolated,
        xoptions: opts.xoptions.clone(),
        executable: std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    };
    run_on_big_stack(config, opts, argv, program)
}

/// What the interpreter thread hands the first thread once the VM exists: the signal watcher
/// to run, or `None` when signals cannot be watched.
type Handoff = Waitable<Option<Option<signal::Watcher>>>;

/// Run on a thread with a large stack, so deep Python recursion hits `RecursionError` first.
/// The interpreter thread ends the process itself; meanwhile this (first) thread runs the signal
/// watcher rather than starting a thread of its own for it.
fn run_on_big_stack(config: Config, opts: Options, argv: Vec<String>, program: Program) -> ! {
    const STACK_SIZE: usize = 256 << 20;
    install_panic_hook();
    let handoff = Arc::new(Handoff::new(None));
    let slot = handoff.clone();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let vm = Vm::new_main(compile, config);
            vm.set_stack_size(STACK_SIZE);
            vm.make_current();
            let watcher = signal::start_watcher(&vm.interp);
            if watcher.is_err() {
                eprintln!(
                    "gilpy: cannot watch for signals; Ctrl-C will not raise KeyboardInterrupt"
                );
            }
            *slot.lock() = Some(watcher.ok());
            slot.notify_one();
            let code = interpret(&vm, &opts, &argv, program);
            // Exit from the interpreter thread: the program's objects were released by the
            // module teardown; what is left (types, interned strings) dies with the process, as
            // in CPython.
            gilpy_vm::modules::builtins::flush_stdout();
            #[cfg(feature = "opstats")]
            gilpy_vm::eval::opstats::report();
            signal::exit_process(code)
        });
    let Ok(worker) = worker else { fatal_exit() };
    let mut watcher = None;
    handoff.wait_until(None, None, |slot| {
        watcher = slot.take();
        watcher.is_some()
    });
    if let Some(Some(w)) = watcher {
        w.run();
    }
    // Only a failed interpreter thread gets here: it exits the process itself otherwise.
    let _ = worker.join();
    fatal_exit()
}

/// End the process after the interpreter thread failed (a Rust panic: a bug).
fn fatal_exit() -> ! {
    gilpy_vm::modules::builtins::try_flush_stdout();
    eprintln!("Fatal Python error: the interpreter thread failed");
    std::process::exit(134)
}

/// A Rust panic is a bug, on whichever thread it happens: print Rust's report, keep what the
/// program printed, and end the process with the fatal-error status. Release builds abort on
/// panic (`panic = "abort"`: no unwinding paths in the eval loop), so this hook, which runs
/// before any unwinding or abort, is the one place a panic is handled in every build.
fn install_panic_hook() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        fatal_exit()
    }));
}

/// Set up `sys`, run the program and/or the interactive loop; returns the exit status.
fn interpret(vm: &Vm, opts: &Options, argv: &[String], program: Program) -> i32 {
    run::install_excepthook(vm);
    if let Err(e) = startup::configure(vm, opts, argv) {
        return run::report(vm, e);
    }
    let (source, filename, package) = match &program {
        Program::Main(MainProgram {
            source,
            filename,
            package,
            ..
        }) => (Some(source.as_str()), filename.as_str(), package.as_deref()),
        Program::Interactive => (None, "<stdin>", None),
    };
    let main = match run::main_module(vm, filename, package) {
        Ok(m) => m,
        Err(e) => return run::report(vm, e),
    };
    let program_run = run::begin_main(vm);
    let mut code = 0;
    if let Some(source) = source
        && let Err(e) = run::exec_source_in(vm, source, filename, &main)
    {
        if !opts.inspect || vm.err_is(&e, "SystemExit") {
            code = run::report(vm, e);
            return run::end_main(vm, program_run, main, code);
        }
        run::print_uncaught(vm, &e.0);
    }
    if source.is_none() || opts.inspect {
        code = repl::run(vm, &main, opts.quiet || source.is_some());
    }
    run::end_main(vm, program_run, main, code)
}
