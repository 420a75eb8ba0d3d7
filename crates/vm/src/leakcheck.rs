//! `-X leakcheck` (gilpy's own): what is alive at exit once the caches that CPython keeps too
//! are emptied, for `crates/gilpy/tests/leaks.rs`. Counterpart of a debug CPython's
//! `-X showrefcount` combined with the cache clearing of `regrtest -R`
//! (`Lib/test/libregrtest/refleak.py`).
//!
//! At exit, after the modules are torn down (`run.rs`), the cleanup empties each cache named in
//! `leakcheck_cleanup.py` (run as Python code, touching only modules still in `sys.modules`),
//! then every type's method cache, collects again and reports:
//!
//! - `-X leakcheck`: one line, `[leakcheck: N blocks, M interned, K lazy static, modules a,b,c]`:
//!   the live objects, how many are interned strings (kept for the process's life, as CPython
//!   keeps them until finalization), how many are builtin types created on first use and what
//!   they hold (static in CPython), and the modules that were in `sys.modules` before teardown.
//! - `-X leakcheck=verbose`: before it, the live objects not created at start-up and not
//!   interned strings, grouped by type and counted, one `[leakcheck-type: COUNT TYPE]` line
//!   each; compare with the same output for a program that only imports the same modules.
//! - `-X leakcheck=TYPE`: before it, for each such object of type `TYPE`, the chain of objects
//!   that refer to it (`[leakcheck-chain: ...]`), each with its count of references and how
//!   many of them the heap's objects account for (fewer: a native holder).
//!
//! `-X leakcheck_selftest_forget=1` leaks one object on purpose, for the test's own check
//! (`=0` leaks nothing, so a run with the same command line can be compared).

use crate::gc::heap::List;
use crate::object::{Payload, Value};
use crate::objects::bootstrap::LazyNamespace;
use crate::objects::dict_ops;
use crate::objects::str::{as_str, intern, is_interned};
use crate::vm::{CompileMode, Vm};
use std::collections::{BTreeMap, HashSet};

/// The caches emptied before counting, as Python code.
const CLEANUP: &str = include_str!("leakcheck_cleanup.py");

/// What `-X leakcheck` prints.
pub enum Mode {
    Count,
    Verbose,
    Referrers(String),
}

/// The mode the `-X` options ask for, if any.
pub fn mode(vm: &Vm) -> Option<Mode> {
    vm.interp.config.xoptions.iter().find_map(|x| {
        let rest = x.strip_prefix("leakcheck")?;
        match rest.strip_prefix('=') {
            None if rest.is_empty() => Some(Mode::Count),
            None => None,
            Some("verbose") => Some(Mode::Verbose),
            Some(t) => Some(Mode::Referrers(t.to_owned())),
        }
    })
}

/// Whether `-X leakcheck` in any mode was given (the heap then lists every object).
pub fn requested(xoptions: &[String]) -> bool {
    xoptions
        .iter()
        .any(|x| x == "leakcheck" || x.starts_with("leakcheck="))
}

/// Empty the caches, collect, and print what is alive; `modules` are the names that were in
/// `sys.modules` before teardown.
pub fn report(vm: &Vm, mode: &Mode, modules: &[String]) {
    run_cleanup(vm);
    crate::gc::collect_at_exit(vm);
    clear_method_caches();
    let forget = vm
        .interp
        .config
        .xoptions
        .iter()
        .find_map(|x| x.strip_prefix("leakcheck_selftest_forget="));
    if forget == Some("1") {
        forget_one_object();
    }
    match mode {
        Mode::Count => {}
        Mode::Verbose => print_groups(),
        Mode::Referrers(t) => print_chains(vm, t),
    }
    let (_, blocks) = crate::gc::heap::live_totals();
    let interned = crate::objects::str::interned_count();
    let lazy = lazy_static_objects().len();
    let mut names = modules.to_vec();
    names.sort();
    crate::modules::builtins::raw_stderr(&format!(
        "[leakcheck: {blocks} blocks, {interned} interned, {lazy} lazy static, modules {}]\n",
        names.join(",")
    ));
}

/// `-X leakcheck_selftest_forget=1`: leak one object as a missing decref would (its reference
/// is never dropped), so `crates/gilpy/tests/leaks.rs` can check that the count sees it.
fn forget_one_object() {
    std::mem::forget(crate::objects::list_ops::new_list(Vec::new()));
}

/// Run `leakcheck_cleanup.py` in a namespace of its own (not a module in `sys.modules`).
fn run_cleanup(vm: &Vm) {
    let globals = crate::objects::dict::new_dict();
    let r = crate::run::compile(vm, CLEANUP, "<leakcheck cleanup>", CompileMode::Exec).and_then(
        |code| {
            dict_ops::set_item(vm, &globals, intern("__name__"), intern("_leakcheck"))?;
            crate::run::run_code(vm, code, globals.clone(), globals.clone())
        },
    );
    if let Err(e) = r {
        let text = crate::ops::text::repr_string(vm, &e.0).unwrap_or_default();
        crate::modules::builtins::raw_stderr(&format!("[leakcheck: cleanup failed: {text}]\n"));
    }
    if let Some(Payload::Dict(t)) = globals.payload() {
        let entries = t.borrow_mut().take_all();
        drop(entries);
    }
}

/// Every live object the heap lists; `with_static` adds those created at start-up.
fn live_objects(with_static: bool) -> Vec<Value> {
    let mut lists = vec![
        List::Gen0,
        List::Gen1,
        List::Gen2,
        List::Permanent,
        List::Others,
    ];
    if with_static {
        lists.push(List::Static);
    }
    crate::gc::heap::objects_on(&lists)
}

/// Empty every type's method cache (CPython's `sys._clear_type_cache()`): the names it holds
/// are the last ones looked up, which depends on addresses.
fn clear_method_caches() {
    let types: Vec<Value> = live_objects(true)
        .into_iter()
        .filter(|v| matches!(v.payload(), Some(Payload::Type(_))))
        .collect();
    for t in &types {
        if let Some(Payload::Type(td)) = t.payload() {
            let entries = std::mem::take(&mut *td.cache.borrow_mut());
            drop(entries);
        }
    }
}

/// The builtin types and functions created after start-up (on first use, as
/// `async_generator_asend` or the generator finalizer, kept in Rust statics) and what they hold
/// (dicts, method objects, names), with the entries that the namespaces of builtin types
/// (struct sequences included) got when first read (`bootstrap::ready`), less interned
/// strings: static in CPython, so not counted as left by the program. A builtin type's
/// namespace cannot be changed by Python code, so nothing the program made is among them.
fn lazy_static_objects() -> HashSet<usize> {
    let live = live_objects(false);
    let held = natively_held_builtins(&live);
    let mut todo: Vec<Value> = live
        .into_iter()
        .filter(|v| match v.payload() {
            Some(Payload::Type(td)) => !td.heap,
            Some(Payload::Builtin(_)) => held.contains(&v.id()),
            _ => false,
        })
        .collect();
    for t in live_objects(true) {
        if let Some(Payload::Type(td)) = t.payload()
            && (!td.heap || matches!(*td.lazy_attrs.borrow(), LazyNamespace::Filled))
            && let Some(d) = t.obj().and_then(|o| o.existing_dict())
            && let Some(o) = d.obj()
        {
            o.traverse(&mut |x| todo.push(x.clone()));
        }
    }
    let mut seen = HashSet::new();
    while let Some(v) = todo.pop() {
        if is_interned(&v) || is_static(&v) || !seen.insert(v.id()) {
            continue;
        }
        if let Some(o) = v.obj() {
            o.traverse(&mut |x| {
                if x.obj().is_some() {
                    todo.push(x.clone());
                }
            });
        }
    }
    seen
}

/// The unbound builtin functions among `live` that something besides the heap's objects holds
/// (a Rust static): their count exceeds the references the listed objects hold.
fn natively_held_builtins(live: &[Value]) -> HashSet<usize> {
    let mut internal: BTreeMap<usize, usize> = live
        .iter()
        .filter(|v| matches!(v.payload(), Some(Payload::Builtin(b)) if b.bound.is_none()))
        .map(|v| (v.id(), 0))
        .collect();
    for c in live_objects(true) {
        if let Some(o) = c.obj() {
            o.traverse(&mut |x| {
                if let Some(n) = internal.get_mut(&x.id()) {
                    *n += 1;
                }
            });
        }
    }
    // Each live builtin's count includes the reference `live` holds.
    live.iter()
        .filter(|v| {
            internal
                .get(&v.id())
                .is_some_and(|n| v.obj().is_some_and(|o| o.rc.get() > n + 1))
        })
        .map(Value::id)
        .collect()
}

fn is_static(v: &Value) -> bool {
    v.obj()
        .is_some_and(|o| crate::gc::heap::list_of(o) == Some(List::Static))
}

/// Objects that a program can leak: not created at start-up, not interned strings, not
/// lazily created builtin types or what they hold.
fn suspects() -> Vec<Value> {
    let lazy = lazy_static_objects();
    live_objects(false)
        .into_iter()
        .filter(|v| !is_interned(v) && !lazy.contains(&v.id()))
        .collect()
}

fn print_groups() {
    let mut groups: BTreeMap<String, usize> = BTreeMap::new();
    for v in suspects() {
        *groups
            .entry(crate::objects::types::type_name(&v.class()))
            .or_default() += 1;
    }
    let mut out = String::new();
    for (name, n) in groups {
        out.push_str(&format!("[leakcheck-type: {n} {name}]\n"));
    }
    crate::modules::builtins::raw_stderr(&out);
}

/// How many links of a referrer chain are followed.
const CHAIN_DEPTH: usize = 12;

fn print_chains(vm: &Vm, type_name: &str) {
    let all = live_objects(true);
    for v in suspects() {
        if crate::objects::types::type_name(&v.class()) == type_name {
            let chain = referrer_chain(vm, &all, v);
            crate::modules::builtins::raw_stderr(&format!("[leakcheck-chain: {chain}]\n"));
        }
    }
}

/// `target` and, link by link, the first of its referrers not yet on the chain.
fn referrer_chain(vm: &Vm, all: &[Value], target: Value) -> String {
    let mut chain: Vec<Value> = Vec::new();
    let mut links = Vec::new();
    let mut at = Some(target);
    while let Some(v) = at.take() {
        let referrers: Vec<&Value> = all.iter().filter(|c| !c.is(&v) && holds(c, &v)).collect();
        // The count less the references held by `all` (one each) and by this function.
        let rc = v.obj().map_or(0, |o| o.rc.get()).saturating_sub(2);
        links.push(format!(
            "{} (rc {rc}, {} referrers)",
            describe(vm, &v),
            referrers.len()
        ));
        chain.push(v);
        if chain.len() < CHAIN_DEPTH {
            at = referrers
                .into_iter()
                .find(|r| !chain.iter().any(|c| c.is(r)))
                .cloned();
        }
    }
    links.join(" <- ")
}

fn holds(container: &Value, target: &Value) -> bool {
    let mut hit = false;
    if let Some(o) = container.obj() {
        o.traverse(&mut |x| hit |= x.is(target));
    }
    hit
}

/// A short description of an object that runs no Python code.
fn describe(vm: &Vm, v: &Value) -> String {
    let ty = crate::objects::types::type_name(&v.class());
    let detail = match v.payload() {
        Some(Payload::Str(_)) => as_str(v).map(|s| format!("{:?}", truncated(s))),
        Some(Payload::Type(_)) => Some(crate::objects::types::type_name(v)),
        Some(Payload::Function(f)) => as_str(&f.qualname.borrow()).map(str::to_owned),
        Some(Payload::Code(c)) => as_str(&c.qualname).map(str::to_owned),
        Some(Payload::Module) => v
            .obj()
            .and_then(|o| o.dict_value())
            .and_then(|d| {
                dict_ops::get_item(vm, &d, &intern("__name__"))
                    .ok()
                    .flatten()
            })
            .and_then(|n| as_str(&n).map(str::to_owned)),
        Some(Payload::Dict(t)) => t.try_borrow().map(|t| {
            let keys: Vec<String> = t
                .iter()
                .take(4)
                .filter_map(|(_, e)| as_str(&e.key).map(|k| truncated(k).to_owned()))
                .collect();
            format!("{} keys: {}", t.len(), keys.join(","))
        }),
        Some(Payload::List(l)) => l.try_borrow().map(|l| format!("len {}", l.len())),
        Some(Payload::Tuple(t)) => Some(format!("len {}", t.len())),
        _ => None,
    };
    match detail {
        Some(d) => format!("{ty}({d})"),
        None => ty,
    }
}

fn truncated(s: &str) -> &str {
    match s.char_indices().nth(40) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
