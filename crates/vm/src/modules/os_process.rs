//! The process functions of the `posix` module: `kill`, `waitpid`, `dup`, `dup2`, the wait-status
//! helpers and their constants. Counterpart of the process part of CPython's
//! `Modules/posixmodule.c`. The system calls go through `rustix`, whose API is safe; waits
//! release the GIL.

use crate::modules::os::{dup_fd, int_arg, register_file};
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_methods::os_error;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{int, tuple_ops};
use crate::vm::{PyErr, PyResult, Vm};
use rustix::process::{Pid, Signal, WaitOptions};

fn errno(vm: &Vm, e: rustix::io::Errno) -> PyErr {
    os_error(vm, &std::io::Error::from(e), None)
}

fn pid_arg(vm: &Vm, v: &Value) -> PyResult<Pid> {
    let n = int_arg(vm, v)?;
    i32::try_from(n)
        .ok()
        .and_then(Pid::from_raw)
        .ok_or_else(|| errno(vm, rustix::io::Errno::SRCH))
}

/// `kill(pid, sig)`: send signal `sig` to process `pid`.
fn kill(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "kill", 2, 2)?;
    let pid = pid_arg(vm, &a[0])?;
    let sig = int_arg(vm, &a[1])?;
    if sig == 0 {
        rustix::process::test_kill_process(pid).map_err(|e| errno(vm, e))?;
        return Ok(vm.none());
    }
    let sig = i32::try_from(sig)
        .ok()
        .and_then(Signal::from_named_raw)
        .ok_or_else(|| errno(vm, rustix::io::Errno::INVAL))?;
    let before = crate::modules::signal::delivery_count();
    rustix::process::kill_process(pid, sig).map_err(|e| errno(vm, e))?;
    crate::modules::signal::after_kill(vm, pid.as_raw_nonzero().get(), sig.as_raw(), before)?;
    Ok(vm.none())
}

/// `waitpid(pid, options)`: `(pid, status)`, or `(0, 0)` with WNOHANG while the child runs.
fn waitpid(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "waitpid", 2, 2)?;
    let raw = int_arg(vm, &a[0])?;
    let pid = if raw == -1 {
        None
    } else {
        Some(pid_arg(vm, &a[0])?)
    };
    let opts = WaitOptions::from_bits_retain(int_arg(vm, &a[1])? as u32);
    let r = loop {
        match vm.allow_threads(|| rustix::process::waitpid(pid, opts)) {
            Err(rustix::io::Errno::INTR) => crate::eval::eval_breaker(vm)?,
            other => break other.map_err(|e| errno(vm, e))?,
        }
    };
    let (pid, status) = match r {
        Some((p, s)) => (i64::from(p.as_raw_nonzero().get()), s.as_raw()),
        None => (0, 0),
    };
    Ok(tuple_ops::new_tuple(vec![
        int::from_i64(pid),
        int::from_i64(i64::from(status)),
    ]))
}

/// `dup(fd)`: a new descriptor for the same file.
fn dup(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "dup", 1, 1)?;
    let fd = dup_fd(vm, int_arg(vm, &a[0])?)?;
    Ok(int::from_i64(register_file(fd.into()).into()))
}

/// `dup2(fd, fd2)`: make `fd2` a copy of `fd`; only the standard streams can be the target
/// (descriptors not opened by gilpy cannot be named safely).
fn dup2(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "dup2", 2, 3)?;
    let src = dup_fd(vm, int_arg(vm, &a[0])?)?;
    let target = int_arg(vm, &a[1])?;
    crate::modules::builtins::flush_stdout();
    let r = match target {
        0 => rustix::stdio::dup2_stdin(&src),
        1 => rustix::stdio::dup2_stdout(&src),
        2 => rustix::stdio::dup2_stderr(&src),
        _ => {
            return Err(vm.new_exc(
                "NotImplementedError",
                "gilpy's os.dup2 can only replace descriptors 0, 1 and 2".to_owned(),
            ));
        }
    };
    r.map_err(|e| errno(vm, e))?;
    Ok(int::from_i64(target))
}

/// `set_blocking(fd, blocking)`: clear or set O_NONBLOCK on the open file.
fn set_blocking(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use rustix::fs::OFlags;
    let a = args.positional_only(vm, "set_blocking", 2, 2)?;
    let fd = dup_fd(vm, int_arg(vm, &a[0])?)?;
    let blocking = crate::ops::is_true(vm, &a[1])?;
    let flags = rustix::fs::fcntl_getfl(&fd).map_err(|e| errno(vm, e))?;
    let flags = if blocking {
        flags - OFlags::NONBLOCK
    } else {
        flags | OFlags::NONBLOCK
    };
    rustix::fs::fcntl_setfl(&fd, flags).map_err(|e| errno(vm, e))?;
    Ok(vm.none())
}

/// `get_blocking(fd)`: whether O_NONBLOCK is clear.
fn get_blocking(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "get_blocking", 1, 1)?;
    let fd = dup_fd(vm, int_arg(vm, &a[0])?)?;
    let flags = rustix::fs::fcntl_getfl(&fd).map_err(|e| errno(vm, e))?;
    Ok(vm.bool(!flags.contains(rustix::fs::OFlags::NONBLOCK)))
}

fn status_arg(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<i64> {
    let a = args.positional_only(vm, name, 1, 1)?;
    int_arg(vm, &a[0])
}

fn wifexited(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(vm.bool(status_arg(vm, &args, "WIFEXITED")? & 0x7f == 0))
}

fn wexitstatus(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int::from_i64(
        (status_arg(vm, &args, "WEXITSTATUS")? >> 8) & 0xff,
    ))
}

fn wifsignaled(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = status_arg(vm, &args, "WIFSIGNALED")?;
    Ok(vm.bool(((s & 0x7f) + 1) as i8 >> 1 > 0))
}

fn wtermsig(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(int::from_i64(status_arg(vm, &args, "WTERMSIG")? & 0x7f))
}

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the signal number.
fn waitstatus_to_exitcode(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let s = status_arg(vm, &args, "waitstatus_to_exitcode")?;
    if s & 0x7f == 0 {
        return Ok(int::from_i64((s >> 8) & 0xff));
    }
    if ((s & 0x7f) + 1) as i8 >> 1 > 0 {
        return Ok(int::from_i64(-(s & 0x7f)));
    }
    Err(vm.value_error(format!("invalid wait status: {s}")))
}

/// Add the process functions and constants to the `posix` module `m`.
pub fn init(m: &Value) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("kill", kill),
        ("waitpid", waitpid),
        ("dup", dup),
        ("dup2", dup2),
        ("set_blocking", set_blocking),
        ("get_blocking", get_blocking),
        ("WIFEXITED", wifexited),
        ("WEXITSTATUS", wexitstatus),
        ("WIFSIGNALED", wifsignaled),
        ("WTERMSIG", wtermsig),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    let consts: &[(&str, i64)] = &[("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8)];
    for (name, v) in consts {
        set_attr(m, name, int::from_i64(*v));
    }
}
