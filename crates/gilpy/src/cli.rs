//! Command-line options as python3 reads them: `gilpy [option] ... [-c cmd | -m mod | file | -]
//! [arg] ...`. Counterpart of CPython's `Python/getopt.c` and the option half of
//! `Python/initconfig.c`.

/// What the command line asks for.
#[derive(Debug, Default)]
pub struct Options {
    pub command: Option<String>,
    pub module: Option<String>,
    /// A script path, or `-` for stdin.
    pub script: Option<String>,
    /// The arguments after the program (`sys.argv[1:]`).
    pub args: Vec<String>,
    pub unbuffered: bool,
    pub isolated: bool,
    pub ignore_environment: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub safe_path: bool,
    pub inspect: bool,
    pub quiet: bool,
    pub optimize: u32,
    pub verbose: u32,
    pub bytes_warning: u32,
    pub dont_write_bytecode: bool,
    pub xoptions: Vec<String>,
    pub warnoptions: Vec<String>,
}

/// Why option parsing stopped without a program to run.
pub enum Exit {
    /// Print this to stdout and exit 0 (`-h`, `-V`).
    Info(String),
    /// Print this to stderr, then the short usage, and exit 2.
    Usage(String),
}

const VERSION: &str = "Python 3.11.7";
const LONG_VERSION: &str = "Python 3.11.7 (gilpy 0.1.0) [Rust]";

/// The first line of every usage message.
pub fn usage_line(program: &str) -> String {
    format!("usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

const HELP: &str = "\
Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (accepted, no effect)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : accepted (sys.flags.optimize); assertions still run
-OO    : as -O
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (accepted, no effect)
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control (stored in sys.warnoptions)
-x     : skip first line of source
-X opt : set implementation-specific option (stored in sys._xoptions)
--help : print this help message and exit
--version : print the Python version number and exit
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// Parse `argv` (program name first).
pub fn parse(argv: &[String]) -> Result<Options, Exit> {
    let program = argv.first().map_or("gilpy", String::as_str);
    let mut o = Options::default();
    let mut versions = 0;
    let mut i = 1;
    while i < argv.len() {
        let a = &argv[i];
        i += 1;
        if a == "-" || !a.starts_with('-') {
            o.script = Some(a.clone());
            break;
        }
        if a == "--" {
            if i < argv.len() {
                o.script = Some(argv[i].clone());
                i += 1;
            }
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            match long {
                "version" => versions += 1,
                "help" | "help-all" | "help-env" | "help-xoptions" => {
                    return Err(Exit::Info(format!("{}{HELP}", usage_line(program))));
                }
                _ => return Err(Exit::Usage(format!("unknown option --{long}\n"))),
            }
            continue;
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut k = 0;
        while k < flags.len() {
            let f = flags[k];
            k += 1;
            if matches!(f, 'c' | 'm' | 'X' | 'W') {
                let rest: String = flags[k..].iter().collect();
                let value = if !rest.is_empty() {
                    rest
                } else if i < argv.len() {
                    i += 1;
                    argv[i - 1].clone()
                } else {
                    return Err(Exit::Usage(format!(
                        "Argument expected for the -{f} option\n"
                    )));
                };
                match f {
                    'c' => o.command = Some(value),
                    'm' => o.module = Some(value),
                    'X' => o.xoptions.push(value),
                    _ => o.warnoptions.push(value),
                }
                if matches!(f, 'c' | 'm') {
                    o.args = argv[i..].to_vec();
                    return finish(o, versions);
                }
                break;
            }
            flag(&mut o, f, &mut versions, program)?;
        }
    }
    o.args = argv[i..].to_vec();
    finish(o, versions)
}

fn finish(o: Options, versions: u32) -> Result<Options, Exit> {
    match versions {
        0 => Ok(o),
        1 => Err(Exit::Info(format!("{VERSION}\n"))),
        _ => Err(Exit::Info(format!("{LONG_VERSION}\n"))),
    }
}

/// One single-letter option without an argument.
fn flag(o: &mut Options, f: char, versions: &mut u32, program: &str) -> Result<(), Exit> {
    match f {
        'b' => o.bytes_warning += 1,
        'B' => o.dont_write_bytecode = true,
        'd' | 'R' | 'x' => {}
        'E' => o.ignore_environment = true,
        'h' | '?' => return Err(Exit::Info(format!("{}{HELP}", usage_line(program)))),
        'i' => o.inspect = true,
        'I' => {
            o.isolated = true;
            o.ignore_environment = true;
            o.no_user_site = true;
            o.safe_path = true;
        }
        'O' => o.optimize += 1,
        'P' => o.safe_path = true,
        'q' => o.quiet = true,
        's' => o.no_user_site = true,
        'S' => o.no_site = true,
        'u' => o.unbuffered = true,
        'v' => o.verbose += 1,
        'V' => *versions += 1,
        other => return Err(Exit::Usage(format!("Unknown option: -{other}\n"))),
    }
    Ok(())
}

impl Options {
    /// Read the `PYTHON*` variables that the options stand for, unless `-E`/`-I`
    /// (PYTHONWARNINGS entries go before the `-W` options, as in CPython).
    pub fn apply_environment(&mut self) {
        if self.ignore_environment {
            return;
        }
        let set = |name: &str| std::env::var(name).is_ok_and(|v| !v.is_empty());
        self.unbuffered |= set("PYTHONUNBUFFERED");
        self.inspect |= set("PYTHONINSPECT");
        self.safe_path |= set("PYTHONSAFEPATH");
        self.dont_write_bytecode |= set("PYTHONDONTWRITEBYTECODE");
        self.no_user_site |= set("PYTHONNOUSERSITE");
        if let Ok(w) = std::env::var("PYTHONWARNINGS") {
            let from_env = w.split(',').filter(|s| !s.is_empty()).map(str::to_owned);
            self.warnoptions.splice(0..0, from_env);
        }
    }

    /// The `-X` options as (name, value) pairs; a bare name maps to None (True in Python).
    pub fn xoption_pairs(&self) -> Vec<(String, Option<String>)> {
        self.xoptions
            .iter()
            .map(|x| match x.split_once('=') {
                Some((k, v)) => (k.to_owned(), Some(v.to_owned())),
                None => (x.clone(), None),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        std::iter::once("gilpy")
            .chain(s.split_whitespace())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn command_ends_the_options() {
        let Ok(o) = parse(&argv("-u -c pass -X a")) else {
            panic!("parse failed")
        };
        assert_eq!(o.command.as_deref(), Some("pass"));
        assert_eq!(o.args, ["-X", "a"]);
        assert!(o.unbuffered);
    }

    #[test]
    fn grouped_flags_and_attached_arguments() {
        let Ok(o) = parse(&argv("-OOuXdev -Wignore s.py 1")) else {
            panic!("parse failed")
        };
        assert_eq!(o.optimize, 2);
        assert_eq!(o.xoptions, ["dev"]);
        assert_eq!(o.warnoptions, ["ignore"]);
        assert_eq!(o.script.as_deref(), Some("s.py"));
        assert_eq!(o.args, ["1"]);
    }

    #[test]
    fn errors() {
        assert!(matches!(parse(&argv("-Z")), Err(Exit::Usage(m)) if m == "Unknown option: -Z\n"));
        assert!(matches!(parse(&argv("-c")), Err(Exit::Usage(_))));
        assert!(
            matches!(parse(&argv("-VV")), Err(Exit::Info(v)) if v.starts_with("Python 3.11.7 ("))
        );
    }
}
