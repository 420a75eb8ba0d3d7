//! The `sys` module. Counterpart of CPython's `Python/sysmodule.c`.

use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::float::{self, new_float};
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::objects::{dict_ops, int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};

/// `sys.getrefcount(x)`: the object's count, including the reference held by the argument.
fn getrefcount(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getrefcount", 1, 1)?;
    Ok(int::from_usize(a[0].refcount()))
}

fn getswitchinterval(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "getswitchinterval", 0, 0)?;
    Ok(new_float(vm.interp.gil.switch_interval()))
}

fn setswitchinterval(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "setswitchinterval", 1, 1)?;
    let s = match float::operand(vm, &a[0]) {
        Some(r) => r?,
        None => {
            return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(&a[0]))));
        }
    };
    if s <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.interp.gil.set_switch_interval(s);
    Ok(vm.none())
}

fn getrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "getrecursionlimit", 0, 0)?;
    Ok(int::from_i64(i64::from(vm.recursion_limit.get())))
}

fn setrecursionlimit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "setrecursionlimit", 1, 1)?;
    let Some(n) = int::as_i64(&a[0]) else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&a[0])
        )));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth.get();
    if n as u64 <= u64::from(depth) {
        return Err(vm.new_exc(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit.set(n.min(i64::from(u32::MAX)) as u32);
    Ok(vm.none())
}

/// `sys.exit([code])`: raises `SystemExit`.
fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "exit", 0, 1)?;
    let cls = vm.b().exc("SystemExit").clone();
    // As `PyErr_SetObject`: `None` gives no arguments, a tuple is the arguments.
    let exc_args = match a.first() {
        None => Vec::new(),
        Some(v) if vm.is_none(v) => Vec::new(),
        Some(v) if matches!(v.payload(), Some(crate::object::Payload::Tuple(_))) => {
            tuple_ops::items(v).to_vec()
        }
        Some(v) => vec![v.clone()],
    };
    Err(PyErr(crate::objects::exception_ops::new_exception(
        cls, exc_args,
    )))
}

fn exc_info(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "exc_info", 0, 0)?;
    Ok(match vm.current_exception() {
        Some(e) => {
            let tb = crate::objects::exception_ops::traceback(&e).unwrap_or_else(|| vm.none());
            tuple_ops::new_tuple(vec![e.class(), e, tb])
        }
        None => tuple_ops::new_tuple(vec![vm.none(), vm.none(), vm.none()]),
    })
}

fn exception(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "exception", 0, 0)?;
    Ok(vm.current_exception().unwrap_or_else(|| vm.none()))
}

fn intern_(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "intern", 1, 1)?;
    match crate::objects::str::as_str(&a[0]) {
        Some(s) => Ok(intern(s)),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

/// `sys._gil_stats()`: cumulative GIL counters.
/// With `-X gil_stats` or `-X gil_trace`: per-thread figures (seconds) under `threads`, and
/// the wall time, as the exit report shows them.
fn gil_report_entries(vm: &Vm, d: &Value, rep: &crate::gil_trace::Report) -> PyResult<()> {
    let secs = |ns: u64| new_float(ns as f64 / 1e9);
    let count = |n: u64| int::from_bigint(n.into());
    let threads = crate::objects::dict::new_dict();
    for st in rep.threads.values() {
        let t = crate::objects::dict::new_dict();
        let fields = [
            ("holding", secs(st.holding_ns)),
            ("waiting", secs(st.waiting_ns)),
            ("blocked", secs(st.blocked_ns)),
            ("acquisitions", count(st.acquisitions)),
            ("forced_drops", count(st.forced_drops)),
            ("longest_wait", secs(st.longest_wait_ns)),
        ];
        for (k, v) in fields {
            dict_ops::set_item(vm, &t, intern(k), v)?;
        }
        dict_ops::set_item(vm, &threads, new_str(&st.name), t)?;
    }
    dict_ops::set_item(vm, d, intern("threads"), threads)?;
    dict_ops::set_item(vm, d, intern("wall_time"), secs(rep.wall_ns))
}

fn gil_stats(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "_gil_stats", 0, 0)?;
    let s = vm.interp.gil.stats();
    let d = crate::objects::dict::new_dict();
    dict_ops::set_item(
        vm,
        &d,
        intern("switches"),
        int::from_bigint(s.switches.into()),
    )?;
    dict_ops::set_item(
        vm,
        &d,
        intern("drop_requests"),
        int::from_bigint(s.drop_requests.into()),
    )?;
    dict_ops::set_item(
        vm,
        &d,
        intern("interval"),
        new_float(vm.interp.gil.switch_interval()),
    )?;
    if let Some(rep) = crate::gil_trace::report() {
        gil_report_entries(vm, &d, &rep)?;
    }
    Ok(d)
}

fn getdefaultencoding(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "getdefaultencoding", 0, 0)?;
    Ok(new_str("utf-8"))
}

/// `sys.displayhook`: print `repr(value)` and keep it in `builtins._`.
pub fn displayhook(vm: &Vm, v: Value) -> PyResult<()> {
    if vm.is_none(&v) {
        return Ok(());
    }
    let builtins = vm.objects().builtins.clone();
    ops::setattr(vm, &builtins, &intern("_"), vm.none())?;
    let text = ops::text::repr_string(vm, &v)?;
    crate::modules::builtins::write_stdout(vm, &format!("{text}\n"))?;
    ops::setattr(vm, &builtins, &intern("_"), v)
}

fn displayhook_fn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "displayhook", 1, 1)?;
    displayhook(vm, a[0].clone())?;
    Ok(vm.none())
}

/// CPython's `__sizeof__` for the builtin layouts, on a 64-bit build (the GC header
/// included, as `sys.getsizeof` adds it); other objects count as a plain instance.
fn size_estimate(v: &Value) -> usize {
    use crate::object::Payload;
    let Some(p) = v.payload() else {
        return match int::as_i64(v) {
            Some(i) => {
                24 + 4
                    * (64 - i.unsigned_abs().leading_zeros() as usize)
                        .div_ceil(30)
                        .max(1)
            }
            None => 28,
        };
    };
    match p {
        Payload::None | Payload::NotImplemented | Payload::Ellipsis => 16,
        Payload::Bool(b) => 24 + 4 * usize::from(*b),
        Payload::Int(i) => 24 + 4 * (i.bits() as usize).div_ceil(30),
        Payload::Float(_) => 24,
        Payload::Complex { .. } => 32,
        Payload::Str(s) => str_size(s.as_str(), s.char_len()),
        Payload::Bytes(b) => 33 + b.len(),
        Payload::ByteArray(b) => 57 + b.borrow().capacity(),
        Payload::Tuple(t) => 40 + 8 * t.len(),
        Payload::List(l) => 56 + 8 * l.borrow().capacity(),
        Payload::Dict(_) => 232,
        Payload::Set(_) | Payload::FrozenSet(_) => 216,
        Payload::Range(_) => 48,
        Payload::Function(_) => 152,
        _ => 56,
    }
}

/// The size of a compact str: one byte a character for ASCII and Latin-1, else 2 or 4.
fn str_size(text: &str, chars: usize) -> usize {
    match text.chars().map(u32::from).max().unwrap_or(0) {
        0..=0x7f => 49 + chars,
        0x80..=0xff => 73 + chars,
        0x100..=0xffff => 74 + 2 * chars,
        _ => 76 + 4 * chars,
    }
}

/// `sys.getsizeof(object[, default])`: `__sizeof__` of a Python class, else the builtin
/// layout's size.
fn getsizeof(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getsizeof", 1, 2)?;
    let heap = crate::objects::types::type_data(&a[0].class()).is_some_and(|t| t.heap);
    if heap && let Some(m) = crate::objects::types::lookup_str_on_class(&a[0], "__sizeof__") {
        let r = ops::call(vm, &m, std::slice::from_ref(&a[0]), &[])?;
        let n = int::as_i64(&r).ok_or_else(|| vm.type_error("an integer is required"))?;
        if n < 0 {
            return Err(vm.value_error("__sizeof__() should return >= 0"));
        }
        return Ok(int::from_i64(n + 16));
    }
    Ok(int::from_usize(size_estimate(&a[0])))
}

/// `sys.get_int_max_str_digits()`.
fn get_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(int::from_usize(int::max_str_digits()))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least the check threshold.
fn set_int_max_str_digits(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "set_int_max_str_digits", &["maxdigits"])?;
    let arg = match (args.pos(), args.kw("maxdigits")) {
        ([v], None) => v.clone(),
        ([], Some(v)) => v.clone(),
        _ => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ));
        }
    };
    let n = crate::ops::seq::index_of(vm, &arg)?
        .ok_or_else(|| crate::objects::int_methods::not_integer(vm, &arg))?;
    if n != 0.into() && n <= 640.into() {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    let n = num_traits::ToPrimitive::to_usize(&n)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    int::set_max_str_digits(n);
    Ok(vm.none())
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let cfg = &vm.interp.config;
    set_attr(
        m,
        "argv",
        list_ops::new_list(cfg.argv.iter().map(|a| new_str(a)).collect()),
    );
    set_attr(
        m,
        "path",
        list_ops::new_list(cfg.path.iter().map(|a| new_str(a)).collect()),
    );
    set_attr(m, "modules", vm.objects().modules.clone());
    set_attr(m, "executable", new_str(&cfg.executable));
    set_attr(m, "version", new_str("3.11.7 (gilpy 0.1.0)"));
    set_attr(m, "hexversion", int::from_i64(0x030B07F0));
    set_attr(m, "platform", new_str("linux"));
    set_attr(
        m,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set_attr(m, "maxsize", int::from_i64(isize::MAX as i64));
    set_attr(m, "maxunicode", int::from_i64(0x10FFFF));
    set_attr(
        m,
        "implementation",
        crate::modules::builtins::simple_namespace(
            vm,
            &[("name", new_str("gilpy")), ("cache_tag", vm.none())],
        )?,
    );
    set_attr(m, "getrefcount", new_builtin("getrefcount", getrefcount));
    set_attr(
        m,
        "getswitchinterval",
        new_builtin("getswitchinterval", getswitchinterval),
    );
    set_attr(
        m,
        "setswitchinterval",
        new_builtin("setswitchinterval", setswitchinterval),
    );
    set_attr(
        m,
        "getrecursionlimit",
        new_builtin("getrecursionlimit", getrecursionlimit),
    );
    set_attr(
        m,
        "setrecursionlimit",
        new_builtin("setrecursionlimit", setrecursionlimit),
    );
    set_attr(m, "exit", new_builtin("exit", exit));
    set_attr(m, "exc_info", new_builtin("exc_info", exc_info));
    set_attr(m, "exception", new_builtin("exception", exception));
    set_attr(m, "intern", new_builtin("intern", intern_));
    set_attr(m, "_gil_stats", new_builtin("_gil_stats", gil_stats));
    set_attr(
        m,
        "getdefaultencoding",
        new_builtin("getdefaultencoding", getdefaultencoding),
    );
    set_attr(m, "displayhook", new_builtin("displayhook", displayhook_fn));
    set_attr(m, "stdout", crate::modules::builtins::std_stream(vm, 1));
    set_attr(m, "stderr", crate::modules::builtins::std_stream(vm, 2));
    set_attr(m, "stdin", crate::modules::stdin::new_stdin(vm)?);
    for name in ["stdin", "stdout", "stderr"] {
        let stream = ops::getattr(vm, m, &intern(name))?;
        set_attr(m, &format!("__{name}__"), stream);
    }
    set_attr(m, "dont_write_bytecode", vm.bool(true));
    set_attr(
        m,
        "get_int_max_str_digits",
        new_builtin("get_int_max_str_digits", get_int_max_str_digits),
    );
    set_attr(
        m,
        "set_int_max_str_digits",
        new_builtin("set_int_max_str_digits", set_int_max_str_digits),
    );
    set_attr(m, "getsizeof", new_builtin("getsizeof", getsizeof));
    let mut names: Vec<&str> = crate::modules::BUILTIN_MODULES
        .iter()
        .map(|(n, _)| *n)
        .collect();
    names.sort_unstable();
    set_attr(
        m,
        "builtin_module_names",
        tuple_ops::new_tuple(names.into_iter().map(new_str).collect()),
    );
    set_attr(
        m,
        "_getframe",
        new_builtin("_getframe", crate::frame_object::sys_getframe),
    );
    crate::modules::sys_info::init(vm, m);
    Ok(())
}
