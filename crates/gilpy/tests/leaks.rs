//! Leak check over the behaviour corpus: every passing case in `tests/cases/` must end with
//! nothing alive that CPython would have freed. Counterpart of running CPython's tests under a
//! debug build's `-X showrefcount` with `regrtest -R`, which empties caches between runs.
//!
//! Each case runs as `gilpy -X leakcheck case.py`. At exit, after the modules are torn down
//! as CPython's `finalize_modules` does (so objects kept in imported modules are freed with
//! them, as in CPython), gilpy empties what CPython also keeps but is not a leak (every type's
//! method cache, `sys.last_*`, ...: see `crates/vm/src/leakcheck_cleanup.py`) and reports the
//! live objects, how many of them are interned strings, how many are builtin types created on
//! first use (static in CPython) with what they hold, and the modules that were in
//! `sys.modules` before teardown. Interned strings (the case's identifiers and attribute names)
//! live for the whole process in gilpy, as CPython keeps them until finalization, and modules
//! leave some objects past teardown (in `sys`, in native modules' state) in both; so the
//! baseline of a case is a program that only imports the same modules, run in the same
//! directory. What is left over it is kept by something teardown cannot free: a reference
//! never dropped (a leak), or what CPython keeps too (a daemon thread's frames). The rule:
//!
//! `live - interned - lazy static` of the case must not exceed its baseline's by more than the
//! allowance the case has in `ALLOWED` below, each with the reason CPython keeps the same.
//! `gilpy -X leakcheck=verbose case.py` lists what is alive by type (diff it against the
//! baseline program's) and `-X leakcheck=TYPE` prints who refers to each object of a type;
//! `scripts/leakdiff case.py [TYPE...]` does both for a case and its baseline and diffs them.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Cases that end with more objects than their baseline: (case, most extra objects, why).
const ALLOWED: &[(&str, i64, &str)] = &[
    (
        "refcount/exit_gc_callbacks",
        6,
        "leaves a callback in gc.callbacks, which the gc module keeps past teardown (CPython \
         until its gc state is cleared): the function, its code, globals dict and their strings",
    ),
    (
        "refcount/exit_main_dict_held_by_sys",
        14,
        "stores a function in sys, so __main__'s dict outlives teardown and is left alone, as \
         in CPython: the dict, the function, class D and its instance, their code and dicts, \
         the weak reference to D in object's subclass list",
    ),
    (
        "threads/exit_main_dict_held_by_daemon",
        234,
        "its daemon thread still runs at exit, as in CPython: its frames hold __main__'s and \
         threading's dicts (left alone, or with names set to None), and the Thread, Event, \
         Condition, locks and functions they and the thread's classes hold, with the weak \
         references to those classes in their bases' subclass lists",
    ),
    (
        "threads/shutdown_join",
        225,
        "its daemon thread still runs at exit, as in CPython: its frames hold __main__'s and \
         threading's dicts, its Thread (in threading._active), Event, Condition and their \
         locks and dicts, the functions the thread's classes hold (and the weak references \
         to those classes in their bases' subclass lists), and its frames' stack; fewer when \
         the count finds the thread between two time.sleep calls",
    ),
];

/// What `-X leakcheck` reported: live objects, interned strings, modules.
struct Report {
    live: i64,
    interned: i64,
    lazy: i64,
    modules: Vec<String>,
}

impl Report {
    /// Objects alive that are not interned strings or lazily created builtin types.
    fn objects(&self) -> i64 {
        self.live - self.interned - self.lazy
    }
}

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn known_failures(root: &Path) -> HashSet<String> {
    let text = std::fs::read_to_string(root.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .collect()
}

/// The passing cases, as (id, file).
fn passing_cases(root: &Path) -> Vec<(String, PathBuf)> {
    let skip = known_failures(root);
    let mut out = Vec::new();
    let mut areas: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("tests/cases is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    areas.sort();
    for area in areas {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&area)
            .expect("an area directory is readable")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let area_name = area.file_name().and_then(|s| s.to_str()).unwrap_or("");
            let id = format!("{area_name}/{name}");
            if !name.starts_with('_') && !skip.contains(&id) {
                out.push((id, f));
            }
        }
    }
    out
}

/// Run gilpy with `-X leakcheck` and `args` in `dir`; the report from its standard error.
fn leakcheck(dir: &Path, args: &[&str]) -> Result<Report, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg("-X")
        .arg("leakcheck")
        .args(args)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run gilpy: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("[leakcheck: "))
        .ok_or_else(|| format!("no leakcheck report; stderr ends {:?}", tail(&stderr)))?;
    parse(line).ok_or_else(|| format!("bad leakcheck report {line:?}"))
}

fn tail(s: &str) -> &str {
    let start = s.len().saturating_sub(300);
    s.get(start..).unwrap_or(s)
}

/// `N blocks, M interned, K lazy static, modules a,b,c]`.
fn parse(line: &str) -> Option<Report> {
    let (live, rest) = line.split_once(" blocks, ")?;
    let (interned, rest) = rest.split_once(" interned, ")?;
    let (lazy, rest) = rest.split_once(" lazy static, modules ")?;
    let modules = rest.strip_suffix(']')?;
    Some(Report {
        live: live.parse().ok()?,
        interned: interned.parse().ok()?,
        lazy: lazy.parse().ok()?,
        modules: modules
            .split(',')
            .filter(|m| !m.is_empty())
            .map(str::to_owned)
            .collect(),
    })
}

/// A program that only imports `modules` (those that exist at start-up need no import).
fn baseline_program(modules: &[String]) -> String {
    let mut prog = String::from("pass\n");
    for m in modules {
        if !matches!(m.as_str(), "__main__" | "builtins" | "sys" | "_structseq") {
            prog.push_str(&format!(
                "try:\n    import {m}\nexcept BaseException:\n    pass\n"
            ));
        }
    }
    prog
}

/// A directory of this test process's own (the tests run in parallel).
fn temp_dir(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("gilpy-leaks-{}-{tag}", std::process::id()))
}

/// How many more objects a program run with `-c` keeps than the same program run from a file
/// (the baselines run with `-c`, in the case's directory, so its local modules import).
fn dash_c_extra(tag: &str) -> Result<i64, String> {
    let dir = temp_dir(tag);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("empty.py"), "pass\n").map_err(|e| e.to_string())?;
    let file = leakcheck(&dir, &["empty.py"])?;
    let dash_c = leakcheck(&dir, &["-c", "pass\n"])?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(dash_c.objects() - file.objects())
}

/// The extra objects `id` leaves over its baseline.
fn check_case(
    id: &str,
    file: &Path,
    flags: &[&str],
    baselines: &Mutex<BTreeMap<(PathBuf, Vec<String>), Report>>,
    dash_c: i64,
) -> Result<i64, String> {
    let dir = file.parent().unwrap_or(Path::new("."));
    let name = file.file_name().and_then(|s| s.to_str()).unwrap_or("");
    let args: Vec<&str> = flags.iter().copied().chain([name]).collect();
    let got = leakcheck(dir, &args).map_err(|e| format!("{id}: {e}"))?;
    let key = (dir.to_path_buf(), got.modules.clone());
    let known = baselines.lock().unwrap().get(&key).map(Report::objects);
    let base = match known {
        Some(b) => b,
        None => {
            let prog = baseline_program(&got.modules);
            let r = leakcheck(dir, &["-c", &prog]).map_err(|e| format!("{id} baseline: {e}"))?;
            let b = r.objects();
            baselines.lock().unwrap().insert(key, r);
            b
        }
    };
    Ok(got.objects() - (base - dash_c))
}

#[test]
fn no_case_leaks() {
    let cases = passing_cases(&cases_root());
    let dash_c = dash_c_extra("corpus-dash-c").expect("gilpy runs an empty program");
    let baselines = Mutex::new(BTreeMap::new());
    let results = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while let Some((id, file)) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let r = check_case(id, file, &[], &baselines, dash_c);
                    results.lock().unwrap().push((id.clone(), r));
                }
            });
        }
    });
    let mut problems = Vec::new();
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    for (id, r) in &results {
        let allowed = ALLOWED
            .iter()
            .find(|(c, _, _)| c == id)
            .map_or(0, |(_, n, _)| *n);
        match r {
            Err(e) => problems.push(e.clone()),
            Ok(extra) if *extra > allowed => problems.push(format!(
                "{id}: {extra} objects alive at exit that its baseline frees (allowed {allowed})"
            )),
            Ok(_) => {}
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} cases:\n{}",
        problems.len(),
        results.len(),
        problems.join("\n")
    );
}

/// The check can fail: a program that leaves objects where teardown does not free them (in
/// `sys`, which is never torn down), and one run with a native reference that is never
/// dropped (`-X leakcheck_selftest_forget=1`), are both over their baseline by exactly what
/// they keep, and the same program without them is not; objects left in an imported module
/// are freed with it, as in CPython.
#[test]
fn leaks_are_detected() {
    let dir = temp_dir("self-check");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let clean = "import json\nprint(json.dumps({'a': [1, 2.5]}))\n";
    let kept = format!("{clean}import sys\nsys._kept = [object()]\n");
    let in_module = format!("{clean}json._kept = [object()]\n");
    std::fs::write(dir.join("clean.py"), clean).expect("write");
    std::fs::write(dir.join("kept.py"), kept).expect("write");
    std::fs::write(dir.join("in_module.py"), in_module).expect("write");
    let dash_c = dash_c_extra("self-check-dash-c").expect("gilpy runs an empty program");
    let baselines = Mutex::new(BTreeMap::new());
    let extra = |file: &str, flags: &[&str]| {
        check_case(file, &dir.join(file), flags, &baselines, dash_c).expect("leakcheck report")
    };
    // The option's text adds the same strings (`sys.orig_argv`, `sys._xoptions`) to both.
    let forgotten = extra("clean.py", &["-X", "leakcheck_selftest_forget=1"])
        - extra("clean.py", &["-X", "leakcheck_selftest_forget=0"]);
    let results = [
        extra("clean.py", &[]),
        extra("kept.py", &[]),
        extra("in_module.py", &[]),
        forgotten,
    ];
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        results,
        [0, 2, 0, 1],
        "extra objects: clean, kept in sys, left in a module, native leak"
    );
}
