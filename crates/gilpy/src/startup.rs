//! What the command line leaves in `sys` before the program runs: `sys.flags`, `sys.orig_argv`,
//! `sys._xoptions`, `sys.warnoptions`, and the builtins CPython's `site` adds. Counterpart of
//! `_PySys_UpdateConfig` in `Python/sysmodule.c` and of `Lib/site.py`.

use gilpy_vm::objects::bootstrap::set_attr;
use gilpy_vm::objects::str::new_str;
use gilpy_vm::objects::{dict, dict_ops, int, list_ops, structseq};

use gilpy_vm::{PyResult, Value, Vm};

use crate::cli::Options;

const FLAG_NAMES: [&str; 18] = [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

/// Fill `sys` from the options; `orig_argv` is the process's whole command line.
pub fn configure(vm: &Vm, o: &Options, orig_argv: &[String]) -> PyResult<()> {
    let sys = vm.objects().sys.clone();
    let strings = |v: &[String]| list_ops::new_list(v.iter().map(|s| new_str(s)).collect());
    set_attr(&sys, "orig_argv", strings(orig_argv));
    set_attr(&sys, "warnoptions", strings(&o.warnoptions));
    set_attr(&sys, "_xoptions", xoptions(vm, o)?);
    run_site(vm, o);
    Ok(())
}

fn xoptions(vm: &Vm, o: &Options) -> PyResult<Value> {
    let d = dict::new_dict();
    for (k, v) in o.xoption_pairs() {
        let v = v.map_or_else(|| vm.bool(true), |v| new_str(&v));
        dict_ops::set_item(vm, &d, new_str(&k), v)?;
    }
    Ok(d)
}

fn flag_values(vm: &Vm, o: &Options) -> Vec<Value> {
    let n = |v: u32| int::from_i64(i64::from(v));
    let b = |v: bool| int::from_i64(i64::from(v));
    let hash_seeded =
        !o.ignore_environment && std::env::var("PYTHONHASHSEED").is_ok_and(|s| s == "0");
    let has_x = |name: &str| o.xoption_pairs().iter().any(|(k, _)| k == name);
    vec![
        n(0),
        b(o.inspect),
        b(o.inspect),
        n(o.optimize),
        b(o.dont_write_bytecode),
        b(o.no_user_site),
        b(o.no_site),
        b(o.ignore_environment),
        n(o.verbose),
        n(o.bytes_warning),
        b(o.quiet),
        b(!hash_seeded),
        b(o.isolated),
        vm.bool(has_x("dev")),
        b(has_x("utf8")),
        b(has_x("warn_default_encoding")),
        vm.bool(o.safe_path),
        int::from_i64(-1),
    ]
}

/// `sys.flags` (a struct sequence) and, unless -S, the builtins CPython's `site` adds.
fn run_site(vm: &Vm, o: &Options) {
    let flags = structseq::new_type("sys.flags", &FLAG_NAMES);
    let sys = vm.objects().sys.clone();
    set_attr(
        &sys,
        "flags",
        structseq::new_instance(&flags, flag_values(vm, o)),
    );
    if !o.no_site {
        gilpy_vm::modules::sitebuiltins::install(vm);
    }
}
