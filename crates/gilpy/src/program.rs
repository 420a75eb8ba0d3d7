//! Which program the command line names, read before the interpreter starts: a `-c` string, a
//! `-m` module found on the search path, a script file or directory, stdin, or the interactive
//! loop. Counterpart of `pymain_run_python` and its helpers in CPython's `Modules/main.c`.

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::cli::Options;

/// A program to run as `__main__`.
pub struct MainProgram {
    pub source: String,
    /// The code's filename, which is also `__file__` (absent for `-c`).
    pub filename: String,
    pub argv0: String,
    /// What goes first on `sys.path`, unless `-P`/`-I`.
    pub path0: String,
    /// `-m pkg.mod`: `__package__` is `pkg` (imported first); `-m mod`: the empty string.
    pub package: Option<String>,
}

pub enum Program {
    Main(MainProgram),
    /// No program and stdin is a terminal: the read-eval-print loop.
    Interactive,
}

/// A message for stderr and the exit status.
pub struct Failure(pub String, pub i32);

fn cwd() -> String {
    std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

/// `path` made absolute the way CPython makes a script path absolute: joined to the current
/// directory, with no normalisation.
fn absolute(path: &str) -> String {
    if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("{}/{path}", cwd())
    }
}

/// Work out the program; `search_path` is `sys.path` without its first entry.
pub fn locate(o: &Options, program_name: &str, search_path: &[String]) -> Result<Program, Failure> {
    if let Some(cmd) = &o.command {
        return Ok(Program::Main(MainProgram {
            source: format!("{cmd}\n"),
            filename: "<string>".into(),
            argv0: "-c".into(),
            path0: String::new(),
            package: None,
        }));
    }
    if let Some(m) = &o.module {
        return locate_module(m, program_name, search_path).map(Program::Main);
    }
    match o.script.as_deref() {
        None if std::io::stdin().is_terminal() || o.inspect && o.script.is_none() => {
            Ok(Program::Interactive)
        }
        None | Some("-") => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                return Err(Failure(
                    format!("{program_name}: can't read stdin: {e}\n"),
                    2,
                ));
            }
            Ok(Program::Main(MainProgram {
                source: String::from_utf8_lossy(&bytes).into_owned(),
                filename: "<stdin>".into(),
                argv0: o.script.clone().unwrap_or_default(),
                path0: String::new(),
                package: None,
            }))
        }
        Some(path) => locate_script(path, program_name).map(Program::Main),
    }
}

fn locate_script(path: &str, program_name: &str) -> Result<MainProgram, Failure> {
    let abs = absolute(path);
    let is_dir = Path::new(path).is_dir();
    let file = if is_dir {
        format!("{}/__main__.py", abs.trim_end_matches('/'))
    } else {
        abs.clone()
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(_) if is_dir => {
            return Err(Failure(
                format!("{program_name}: can't find '__main__' module in '{abs}'\n"),
                1,
            ));
        }
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            let text = e.to_string();
            let what = text.split(" (os error").next().unwrap_or(&text);
            return Err(Failure(
                format!("{program_name}: can't open file '{abs}': [Errno {errno}] {what}\n"),
                2,
            ));
        }
    };
    let dir = if is_dir {
        Path::new(path).to_path_buf()
    } else {
        Path::new(&abs)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    };
    let path0 = std::fs::canonicalize(&dir)
        .unwrap_or(dir)
        .display()
        .to_string();
    Ok(MainProgram {
        source: String::from_utf8_lossy(&bytes).into_owned(),
        filename: file,
        argv0: path.to_owned(),
        path0,
        package: None,
    })
}

/// `-m name`: `name.py`, or a package's `__main__.py`, on the search path (the current
/// directory first); then the modules compiled into gilpy.
fn locate_module(
    name: &str,
    program_name: &str,
    search_path: &[String],
) -> Result<MainProgram, Failure> {
    let here = cwd();
    let rel = name.replace('.', "/");
    let package = name.rsplit_once('.').map_or("", |(p, _)| p).to_owned();
    let dirs = std::iter::once(here.clone()).chain(search_path.iter().cloned());
    for dir in dirs.filter(|d| !d.is_empty()) {
        let module_file = format!("{dir}/{rel}.py");
        let package_dir = format!("{dir}/{rel}");
        if let Ok(bytes) = std::fs::read(&module_file) {
            return Ok(found(bytes, module_file, &here, package));
        }
        if Path::new(&package_dir).is_dir() {
            let main = format!("{package_dir}/__main__.py");
            return match std::fs::read(&main) {
                Ok(bytes) => Ok(found(bytes, main, &here, name.to_owned())),
                Err(_) => Err(Failure(
                    format!(
                        "{program_name}: No module named {name}.__main__; '{name}' is a package \
                         and cannot be directly executed\n"
                    ),
                    1,
                )),
            };
        }
    }
    if let Some(src) = gilpy_vm::stdlib::source(name) {
        return Ok(found(
            src.as_bytes().to_vec(),
            format!("<frozen {name}>"),
            &here,
            package,
        ));
    }
    Err(Failure(
        format!("{program_name}: No module named {name}\n"),
        1,
    ))
}

fn found(bytes: Vec<u8>, file: String, cwd: &str, package: String) -> MainProgram {
    MainProgram {
        source: String::from_utf8_lossy(&bytes).into_owned(),
        argv0: file.clone(),
        filename: file,
        path0: cwd.to_owned(),
        package: Some(package),
    }
}
