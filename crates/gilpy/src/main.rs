//! The `gilpy` command: python3's command line over the gilpy VM. Counterpart of `Modules/main.c`.

mod cli;

use gilpy_bytecode::CodeObject;
use gilpy_syntax::{Mode, SyntaxErrorKind};
use gilpy_vm::{CompileError, CompileMode, Config, Vm};

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
    let opts = match cli::parse(std::env::args().collect()) {
        Ok(o) => o,
        Err(code) => std::process::exit(code),
    };
    let (source, filename, argv0, path0) = match cli::load_program(&opts) {
        Ok(p) => p,
        Err(code) => std::process::exit(code),
    };
    let mut argv = vec![argv0];
    argv.extend(opts.args.iter().cloned());
    let mut path = vec![path0];
    if !opts.isolated
        && let Ok(pp) = std::env::var("PYTHONPATH")
    {
        path.extend(pp.split(':').filter(|p| !p.is_empty()).map(str::to_owned));
    }
    let config = Config {
        argv,
        path,
        unbuffered: opts.unbuffered,
        isolated: opts.isolated,
        xoptions: opts.xoptions.clone(),
        executable: std::env::current_exe()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    };
    let code = run(config, &source, &filename);
    std::process::exit(code);
}

/// Run on a thread with a large stack, so deep Python recursion hits `RecursionError` first.
fn run(config: Config, source: &str, filename: &str) -> i32 {
    let source = source.to_owned();
    let filename = filename.to_owned();
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let vm = Vm::new_main(compile, config);
            vm.make_current();
            let code = gilpy_vm::run::run_main(&vm, &source, &filename);
            // Exit from the interpreter thread: the program's objects were released by the module
            // teardown; what is left (types, interned strings) dies with the process, as in CPython.
            gilpy_vm::modules::builtins::flush_stdout();
            std::process::exit(code)
        });
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            gilpy_vm::modules::builtins::flush_stdout();
            eprintln!("Fatal Python error: the interpreter thread failed");
            134
        }
    }
}
