//! Command-line options as python3 reads them: `gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...`.

use std::io::{IsTerminal, Read};

pub struct Options {
    pub command: Option<String>,
    pub module: Option<String>,
    pub script: Option<String>,
    pub args: Vec<String>,
    pub unbuffered: bool,
    pub isolated: bool,
    pub xoptions: Vec<String>,
}

const USAGE: &str = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (a subset of python3's):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-I     : isolate gilpy from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
-E -s -S -B -O -q : accepted for compatibility
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Parse `argv`; `Err(exit code)` after printing help, the version or a usage error.
pub fn parse(argv: Vec<String>) -> Result<Options, i32> {
    let mut o = Options {
        command: None,
        module: None,
        script: None,
        args: Vec::new(),
        unbuffered: false,
        isolated: false,
        xoptions: Vec::new(),
    };
    let mut it = argv.into_iter().skip(1);
    while let Some(a) = it.next() {
        if a == "-" || !a.starts_with('-') {
            o.script = Some(a);
            break;
        }
        if a == "--version" {
            println!("Python 3.11.7");
            return Err(0);
        }
        if a == "--help" {
            print!("{USAGE}");
            return Err(0);
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut i = 0;
        while i < flags.len() {
            match flags[i] {
                'c' | 'm' | 'X' => {
                    let rest: String = flags[i + 1..].iter().collect();
                    let value = if rest.is_empty() {
                        it.next()
                    } else {
                        Some(rest)
                    };
                    let Some(value) = value else {
                        eprintln!("Argument expected for the -{} option\n{USAGE}", flags[i]);
                        return Err(2);
                    };
                    match flags[i] {
                        'c' => o.command = Some(value),
                        'm' => o.module = Some(value),
                        _ => o.xoptions.push(value),
                    }
                    if flags[i] != 'X' {
                        o.args.extend(it.by_ref());
                        return Ok(o);
                    }
                    break;
                }
                'V' => {
                    println!("Python 3.11.7");
                    return Err(0);
                }
                'h' | '?' => {
                    print!("{USAGE}");
                    return Err(0);
                }
                'u' => o.unbuffered = true,
                'I' => o.isolated = true,
                'E' | 's' | 'S' | 'B' | 'O' | 'q' | 'b' | 'd' | 'v' => {}
                other => {
                    eprintln!("Unknown option: -{other}\n{USAGE}");
                    return Err(2);
                }
            }
            i += 1;
        }
    }
    o.args.extend(it);
    Ok(o)
}

/// The program's source, its filename, `sys.argv[0]` and `sys.path[0]`; `Err(exit code)`.
pub fn load_program(o: &Options) -> Result<(String, String, String, String), i32> {
    if let Some(cmd) = &o.command {
        return Ok((cmd.clone(), "<string>".into(), "-c".into(), String::new()));
    }
    if let Some(m) = &o.module {
        return load_module(m);
    }
    match o.script.as_deref() {
        None | Some("-") => {
            if o.script.is_none() && std::io::stdin().is_terminal() {
                eprintln!(
                    "gilpy: the interactive REPL is not available yet; pass a script, -c or pipe a program on stdin"
                );
                return Err(2);
            }
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                eprintln!("gilpy: can't read the program from stdin");
                return Err(2);
            }
            let argv0 = if o.script.is_some() { "-" } else { "" };
            Ok((src, "<stdin>".into(), argv0.into(), String::new()))
        }
        Some(path) => {
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
            match std::fs::read(path) {
                Ok(bytes) => {
                    let src = String::from_utf8_lossy(&bytes).into_owned();
                    let dir = abs
                        .parent()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default();
                    Ok((src, path.to_owned(), path.to_owned(), dir))
                }
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let what = if abs.is_dir() {
                        "Is a directory".to_owned()
                    } else {
                        os_message(&e)
                    };
                    let exe = std::env::args().next().unwrap_or_else(|| "gilpy".into());
                    let exe = std::path::Path::new(&exe)
                        .file_name()
                        .map(|f| f.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    eprintln!(
                        "{exe}: can't open file '{}': [Errno {errno}] {what}",
                        abs.display()
                    );
                    Err(2)
                }
            }
        }
    }
}

fn os_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    s.split(" (os error").next().unwrap_or(&s).to_owned()
}

/// `-m module`: find `module.py` (or a package's `__main__.py`) in the current directory.
fn load_module(name: &str) -> Result<(String, String, String, String), i32> {
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let rel = name.replace('.', "/");
    for candidate in [
        format!("{cwd}/{rel}.py"),
        format!("{cwd}/{rel}/__main__.py"),
    ] {
        if let Ok(src) = std::fs::read_to_string(&candidate) {
            return Ok((src, candidate.clone(), candidate, cwd));
        }
    }
    let exe = std::env::args().next().unwrap_or_else(|| "gilpy".into());
    eprintln!("{exe}: No module named {name}");
    Err(1)
}
