//! `sys.stdin`: a native text stream over the process's standard input (`readline`, `read`,
//! `readlines`, iteration by line, `fileno`, `isatty`). Reads release the GIL. Counterpart of
//! the `sys.stdin` `TextIOWrapper` that CPython's `Python/pylifecycle.c` creates.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{from_string, new_str};
use crate::objects::types::{self, Layout, builtin};
use crate::objects::{int, list_ops};
use crate::vm::{PyResult, Vm};
use std::io::{BufRead, Read};

/// The state of `sys.stdin` (whether it was closed).
pub struct StdIn {
    closed: std::cell::Cell<bool>,
}

fn state<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StdIn> {
    match v.payload() {
        Some(Payload::Native(n)) => n
            .downcast_ref::<StdIn>()
            .ok_or_else(|| vm.type_error("not sys.stdin")),
        _ => Err(vm.type_error("not sys.stdin")),
    }
}

fn check_open(vm: &Vm, v: &Value) -> PyResult<()> {
    if state(vm, v)?.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn size_arg(vm: &Vm, a: &[Value]) -> Option<usize> {
    a.get(1)
        .filter(|v| !vm.is_none(v))
        .and_then(int::as_i64)
        .and_then(|n| usize::try_from(n).ok())
}

/// One line (with its `\n`), at most `limit` bytes; empty at end of input.
fn read_line(vm: &Vm, limit: Option<usize>) -> PyResult<String> {
    let r = vm.allow_threads(|| {
        let mut buf = Vec::new();
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        match limit {
            Some(n) => lock.by_ref().take(n as u64).read_until(b'\n', &mut buf),
            None => lock.read_until(b'\n', &mut buf),
        }
        .map(|_| buf)
    });
    match r {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err(crate::objects::exception_methods::os_error(vm, &e, None)),
    }
}

fn readline(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "readline", 1, 2)?;
    check_open(vm, &a[0])?;
    read_line(vm, size_arg(vm, a)).map(from_string)
}

fn read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "read", 1, 2)?;
    check_open(vm, &a[0])?;
    let limit = size_arg(vm, a);
    let r = vm.allow_threads(|| {
        let mut buf = Vec::new();
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        match limit {
            Some(n) => lock.take(n as u64).read_to_end(&mut buf),
            None => lock.read_to_end(&mut buf),
        }
        .map(|_| buf)
    });
    match r {
        Ok(bytes) => Ok(from_string(String::from_utf8_lossy(&bytes).into_owned())),
        Err(e) => Err(crate::objects::exception_methods::os_error(vm, &e, None)),
    }
}

fn readlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "readlines", 1, 2)?;
    check_open(vm, &a[0])?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, None)?;
        if line.is_empty() {
            return Ok(list_ops::new_list(lines));
        }
        lines.push(from_string(line));
    }
}

fn iter_self(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__iter__", 1, 1)?;
    check_open(vm, &a[0])?;
    Ok(a[0].clone())
}

fn next_line(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__next__", 1, 1)?;
    check_open(vm, &a[0])?;
    let line = read_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.stop_iteration());
    }
    Ok(from_string(line))
}

fn fileno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "fileno", 1, 1)?;
    Ok(int::from_i64(0))
}

fn isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    args.positional_only(vm, "isatty", 1, 1)?;
    Ok(vm.bool(std::io::stdin().is_terminal()))
}

fn readable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "readable", 1, 1)?;
    Ok(vm.bool(true))
}

fn flush(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "flush", 1, 1)?;
    Ok(vm.none())
}

fn close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    state(vm, &a[0])?.closed.set(true);
    Ok(vm.none())
}

fn enter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "__enter__", 1, 1)?;
    Ok(a[0].clone())
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "__exit__", 1, 4)?;
    state(vm, &a[0])?.closed.set(true);
    Ok(vm.none())
}

/// The `sys.stdin` object.
pub fn new_stdin(vm: &Vm) -> PyResult<Value> {
    let b = builtin();
    let t = types::new_type(
        b.type_.clone(),
        "TextIOWrapper",
        vec![b.object.clone()],
        Layout::Fixed,
        false,
    );
    if let (Some(td), Ok(mro)) = (types::type_data(&t), types::compute_mro(&t)) {
        *td.mro.borrow_mut() = mro;
    }
    set_attr(&t, "__module__", new_str("_io"));
    let methods: [(&'static str, NativeFn); 12] = [
        ("readline", readline),
        ("read", read),
        ("readlines", readlines),
        ("__iter__", iter_self),
        ("__next__", next_line),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("close", close),
        ("__enter__", enter),
        ("__exit__", exit),
        ("flush", flush),
    ];
    for (name, f) in methods {
        add_method(&t, "TextIOWrapper", name, f);
    }
    let dict = stream_attrs(vm, "<stdin>", "r");
    Ok(Value::alloc_with_dict(
        t,
        Some(dict),
        Payload::Native(Box::new(StdIn {
            closed: std::cell::Cell::new(false),
        })),
    ))
}

/// The instance attributes of a standard stream (`name`, `mode`, `encoding`, `errors`).
pub fn stream_attrs(vm: &Vm, name: &str, mode: &str) -> Value {
    let dict = crate::objects::dict::new_dict();
    for (k, v) in [
        ("name", name),
        ("mode", mode),
        ("encoding", "utf-8"),
        ("errors", "strict"),
    ] {
        if crate::objects::dict_ops::set_item(vm, &dict, new_str(k), new_str(v)).is_err() {
            break;
        }
    }
    let _ = crate::objects::dict_ops::set_item(vm, &dict, new_str("closed"), vm.bool(false));
    dict
}

fn out_fileno(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "fileno", 1, 1)?;
    let fd = match a[0].payload() {
        Some(Payload::Native(n)) => n
            .downcast_ref::<crate::modules::builtins::StdStream>()
            .map_or(1, |s| s.0),
        _ => 1,
    };
    Ok(int::from_i64(i64::from(fd)))
}

fn out_isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let a = args.positional_only(vm, "isatty", 1, 1)?;
    let fd = int::as_i64(&out_fileno(vm, Args::positional(a))?).unwrap_or(1);
    Ok(vm.bool(if fd == 2 {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    }))
}

fn writable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "writable", 1, 1)?;
    Ok(vm.bool(true))
}

/// `fileno`, `isatty` and `writable` of `sys.stdout`/`sys.stderr`.
pub fn add_output_methods(t: &Value) {
    add_method(t, "TextIOWrapper", "fileno", out_fileno);
    add_method(t, "TextIOWrapper", "isatty", out_isatty);
    add_method(t, "TextIOWrapper", "writable", writable);
}
