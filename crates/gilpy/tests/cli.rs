//! The `gilpy` command line against what `python3` (CPython 3.11) did with the same arguments
//! and stdin: stdout, the whole of stderr, and the exit status, recorded under
//! `tests/cli/expected/`. The programs run in `tests/cli/fixtures/`.
//!
//! Recording needs CPython; checking does not. To record again:
//! `GILPY_CLI_RECORD=1 cargo test -p gilpy --test cli` (uses `python3`, or `$GILPY_ORACLE`).
//! In both outputs the program's own path becomes `PROG` and the fixtures' directory `$DIR`.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Run `program` with `args` and `stdin` in the fixtures directory.
fn run(program: &str, args: &[&str], stdin: &str) -> Outcome {
    let dir = root().join("fixtures");
    let mut child = Command::new(program)
        .args(args)
        .current_dir(&dir)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONINSPECT")
        .env_remove("PYTHONUNBUFFERED")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("{program} did not finish: {e}"));
    let dir = dir.display().to_string();
    let clean = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes)
            .replace(program, "PROG")
            .replace(&dir, "$DIR")
    };
    Outcome {
        stdout: clean(&out.stdout),
        stderr: clean(&out.stderr),
        code: out.status.code().unwrap_or(-1),
    }
}

/// The oracle's real path, so that its messages name it the way they name gilpy.
fn oracle() -> String {
    let python = std::env::var("GILPY_ORACLE").unwrap_or_else(|_| "python3".into());
    let out = Command::new(&python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn check(name: &str, args: &[&str], stdin: &str) {
    let expected = root().join("expected");
    let path = |ext: &str| expected.join(format!("{name}.{ext}"));
    if std::env::var_os("GILPY_CLI_RECORD").is_some() {
        let o = run(&oracle(), args, stdin);
        std::fs::create_dir_all(&expected).expect("create expected/");
        std::fs::write(path("stdout"), o.stdout).expect("write");
        std::fs::write(path("stderr"), o.stderr).expect("write");
        std::fs::write(path("code"), format!("{}\n", o.code)).expect("write");
        return;
    }
    let read = |ext: &str| {
        std::fs::read_to_string(path(ext))
            .unwrap_or_else(|e| panic!("{name}.{ext}: {e} (record with GILPY_CLI_RECORD=1)"))
    };
    let got = run(env!("CARGO_BIN_EXE_gilpy"), args, stdin);
    assert_eq!(got.stdout, read("stdout"), "{name}: stdout");
    assert_eq!(got.stderr, read("stderr"), "{name}: stderr");
    assert_eq!(
        got.code.to_string(),
        read("code").trim(),
        "{name}: exit status"
    );
}

macro_rules! cli_cases {
    ($($name:ident: [$($arg:expr),*] $(<< $stdin:expr)?;)*) => {
        $(
            #[test]
            fn $name() {
                let stdin: &[&str] = &[$($stdin)?];
                check(stringify!($name), &[$($arg),*], stdin.concat().as_str());
            }
        )*
    };
}

cli_cases! {
    missing_script: ["nofile.py"];
    directory_without_main: ["nomain"];
    directory_with_main: ["appdir", "x"];
    unknown_option: ["-Z"];
    unknown_long_option: ["--frobnicate"];
    option_without_argument: ["-c"];
    version: ["-V"];
    long_version: ["--version"];
    command_argv: ["-c", "import sys; print(sys.argv)", "a", "-X", "b"];
    command_name_error: ["-c", "print(__name__)\nprint(__file__ if False else zzz_undefined)"];
    module_package: ["-m", "pkg", "x", "y"];
    module_in_package: ["-m", "pkg.mod", "z"];
    module_missing: ["-m", "nomod"];
    module_package_without_main: ["-m", "nomain"];
    module_without_name: ["-m"];
    stdin_dash: ["-", "a"] << "import sys\nprint(sys.argv)\n";
    stdin_piped: [] << "import sys\nprint(sys.argv, __file__)\nundefined_name\n";
    xoptions: ["-X", "a=1", "-X", "b", "-c", "import sys; print(sys._xoptions)"];
    isolated_flags: ["-I", "-c", "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path)"];
    grouped_flags: ["-qOu", "-c", "import sys; print(sys.flags.quiet, sys.flags.optimize)"];
    exit_via_quit: ["-c", "print(repr(quit)); quit(4)"];
    system_exit_message: ["-c", "raise SystemExit('stopped')"];
    tb_operators: ["tb_operators.py"];
    tb_chain: ["tb_chain.py"];
    tb_context: ["tb_context.py"];
    tb_recursion: ["tb_recursion.py"];
    tb_syntax: ["tb_syntax.py"];
    tb_notes: ["tb_notes.py"];
    tb_multiline: ["tb_multiline.py"];
    inspect_piped: ["-i", "-c", "x = 3"] << "x * 2\nif x:\n    print('yes')\n\n1 / 0\ny = [1,\n 2]\ny\n";
}

/// Run `program` with `args`; once it has printed its first line, send it SIGINT (as Ctrl-C
/// would) and collect the rest. The status is the negated signal number when a signal ended it
/// (Python's `returncode`). Lines of stderr that show frames of the standard library are left
/// out: their paths and line numbers are CPython's files or gilpy's frozen modules.
fn run_interrupted(program: &str, args: &[&str]) -> Outcome {
    let dir = root().join("fixtures");
    let mut child = Command::new(program)
        .args(args)
        .current_dir(&dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut stdout = String::new();
    out.read_line(&mut stdout).expect("first line");
    std::thread::sleep(Duration::from_millis(200));
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -INT failed");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{program} ignored SIGINT (is SIGINT ignored in this shell?)");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    out.read_to_string(&mut stdout).expect("stdout");
    let mut stderr = String::new();
    let mut err = child.stderr.take().expect("stderr");
    err.read_to_string(&mut stderr).expect("stderr");
    let dir = dir.display().to_string();
    Outcome {
        stdout: stdout.replace(&dir, "$DIR"),
        stderr: without_library_frames(&stderr.replace(&dir, "$DIR")),
        code: status
            .code()
            .unwrap_or_else(|| -status.signal().unwrap_or(0)),
    }
}

/// `stderr` without traceback entries whose file is outside the fixtures directory.
fn without_library_frames(stderr: &str) -> String {
    let mut kept = String::new();
    let mut skipping = false;
    for line in stderr.lines() {
        if line.starts_with("  File ") {
            skipping = !line.contains("$DIR");
        } else if !line.starts_with("    ") {
            skipping = false;
        }
        if !skipping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

/// Ctrl-C while the main thread waits in `Thread.join()`: `KeyboardInterrupt` is raised there,
/// its traceback printed, and the process ends by SIGINT, as python3's does.
#[test]
fn sigint_in_join() {
    let expected = root().join("expected");
    let path = |ext: &str| expected.join(format!("sigint_join.{ext}"));
    if std::env::var_os("GILPY_CLI_RECORD").is_some() {
        let o = run_interrupted(&oracle(), &["sigint_join.py"]);
        for (ext, text) in [
            ("stdout", o.stdout),
            ("stderr", o.stderr),
            ("code", format!("{}\n", o.code)),
        ] {
            std::fs::write(path(ext), text).expect("write");
        }
        return;
    }
    let read = |ext: &str| std::fs::read_to_string(path(ext)).expect("recorded expectation");
    let got = run_interrupted(env!("CARGO_BIN_EXE_gilpy"), &["sigint_join.py"]);
    assert_eq!(got.stdout, read("stdout"), "stdout");
    assert_eq!(got.stderr, read("stderr"), "stderr");
    assert_eq!(got.code.to_string(), read("code").trim(), "exit status");
}

/// Ctrl-C at a terminal sends SIGINT to the whole foreground process group: a parent waiting on
/// a `ProcessPoolExecutor`'s results and its two busy workers. The parent ends by SIGINT with
/// `KeyboardInterrupt` as the last line of its traceback, as python3's does, and no process of
/// the group is left: no orphaned worker, no zombie.
#[test]
fn sigint_process_group_leaves_no_child() {
    use std::os::unix::process::CommandExt;
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg("sigint_pool.py")
        .current_dir(root().join("fixtures"))
        .env("PYTHONHASHSEED", "0")
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start gilpy");
    let group = format!("-{}", child.id());
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    out.read_line(&mut first).expect("first line");
    assert_eq!(first, "children 2\n");
    let sent = Command::new("kill").args(["-INT", "--", &group]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -INT failed");
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            panic!("gilpy did not end after SIGINT to its process group");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    assert_eq!(
        status.signal(),
        Some(2),
        "ended by SIGINT; stderr:\n{stderr}"
    );
    assert_eq!(stderr.lines().last(), Some("KeyboardInterrupt"), "{stderr}");
    // The workers end with their parent; give them a moment, then the group must be empty.
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let alive = Command::new("kill")
            .args(["-0", "--", &group])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !alive {
            break;
        }
        if Instant::now() > deadline {
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            panic!("a worker of the interrupted pool is still running");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}
