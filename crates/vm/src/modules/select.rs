//! The `select` module: `select.select`, waiting on descriptors with the GIL released.
//! Counterpart of CPython's `Modules/selectmodule.c` (implemented with `poll(2)`).

use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_methods::os_error;
use crate::objects::function::Args;
use crate::objects::{float, int, list_ops};
use crate::ops;
use crate::vm::{PyResult, Vm};
use rustix::event::{PollFd, PollFlags, Timespec};
use std::fs::File;
use std::os::fd::{AsFd, BorrowedFd};
use std::sync::Arc;

/// The descriptor of a `select` argument: an int, or an object with `fileno()`.
fn fd_of(vm: &Vm, v: &Value) -> PyResult<i64> {
    let fd = if int::is_int(v) {
        v.clone()
    } else {
        ops::call_method(vm, v, "fileno", &[])
            .map_err(|_| vm.type_error("argument must be an int, or have a fileno() method."))?
    };
    let Some(n) = int::as_i64(&fd) else {
        return Err(vm.type_error("argument must be an int, or have a fileno() method."));
    };
    if n < 0 {
        let msg = format!("file descriptor cannot be a negative integer ({n})");
        return Err(vm.value_error(msg));
    }
    Ok(n)
}

/// The timeout argument: `None` (wait forever) or non-negative seconds.
fn timeout_of(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Timespec>> {
    let Some(v) = v.filter(|v| !vm.is_none(v)) else {
        return Ok(None);
    };
    let secs = match float::operand(vm, v) {
        Some(r) => r?,
        None => return Err(vm.type_error("timeout must be a float or None")),
    };
    if secs < 0.0 {
        return Err(vm.value_error("timeout must be non-negative"));
    }
    let secs = secs.min(1e9);
    Ok(Some(Timespec {
        tv_sec: secs.trunc() as i64,
        tv_nsec: ((secs.fract() * 1e9) as i64).min(999_999_999),
    }))
}

/// An open descriptor kept open while polled: a standard stream, or a file of the descriptor
/// table (shared, so no duplicate is made).
enum Open {
    Std(BorrowedFd<'static>),
    File(Arc<File>),
}

impl AsFd for Open {
    fn as_fd(&self) -> BorrowedFd<'_> {
        match self {
            Open::Std(fd) => *fd,
            Open::File(f) => f.as_fd(),
        }
    }
}

fn open_fd(vm: &Vm, fd: i64) -> PyResult<Open> {
    Ok(match fd {
        0 => Open::Std(rustix::stdio::stdin()),
        1 => Open::Std(rustix::stdio::stdout()),
        2 => Open::Std(rustix::stdio::stderr()),
        _ => Open::File(crate::modules::os::file_of(vm, fd)?),
    })
}

/// One watched object: the object itself, its open descriptor, and the list (0 read, 1 write,
/// 2 exceptional) it came from.
struct Watched {
    obj: Value,
    fd: Open,
    which: usize,
}

fn collect(vm: &Vm, lists: &[Value]) -> PyResult<Vec<Watched>> {
    let mut out = Vec::new();
    for (which, l) in lists.iter().enumerate() {
        for obj in ops::collect(vm, l)? {
            let fd = open_fd(vm, fd_of(vm, &obj)?)?;
            out.push(Watched { obj, fd, which });
        }
    }
    Ok(out)
}

/// The events asked for, per list (read, write, exceptional).
const FLAGS: [PollFlags; 3] = [PollFlags::IN, PollFlags::OUT, PollFlags::PRI];

/// The returned events that make a descriptor ready for its list (hang-ups and errors wake
/// readers and writers, as `select(2)` does).
fn ready_mask(asked: PollFlags) -> PollFlags {
    if asked == PollFlags::PRI {
        asked
    } else {
        asked | PollFlags::ERR | PollFlags::HUP
    }
}

/// Poll the descriptors without the GIL; whether each is ready.
fn poll(fds: Vec<(Open, PollFlags)>, timeout: Option<Timespec>) -> std::io::Result<Vec<bool>> {
    let mut pfds: Vec<PollFd<'_>> = fds.iter().map(|(fd, f)| PollFd::new(fd, *f)).collect();
    loop {
        match rustix::event::poll(&mut pfds, timeout.as_ref()) {
            Ok(_) => break,
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Ok(pfds
        .iter()
        .zip(&fds)
        .map(|(p, (_, f))| p.revents().intersects(ready_mask(*f)))
        .collect())
}

/// `select.select(rlist, wlist, xlist[, timeout])`.
fn select(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "select", 3, 4)?;
    let timeout = timeout_of(vm, a.get(3))?;
    let watched = collect(vm, &a[..3])?;
    let mut fds = Vec::with_capacity(watched.len());
    let mut objs = Vec::with_capacity(watched.len());
    for w in watched {
        fds.push((w.fd, FLAGS[w.which]));
        objs.push((w.obj, w.which));
    }
    let zero = timeout.is_some_and(|t| t.tv_sec == 0 && t.tv_nsec == 0);
    let ready = if zero {
        poll(fds, timeout)
    } else {
        vm.allow_threads(move || poll(fds, timeout))
    }
    .map_err(|e| os_error(vm, &e, None))?;
    let mut out = [Vec::new(), Vec::new(), Vec::new()];
    for ((obj, which), r) in objs.into_iter().zip(ready) {
        if r {
            out[which].push(obj);
        }
    }
    let [r, w, x] = out;
    Ok(crate::objects::tuple_ops::new_tuple(vec![
        list_ops::new_list(r),
        list_ops::new_list(w),
        list_ops::new_list(x),
    ]))
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "select", new_builtin("select", select));
    set_attr(m, "error", vm.b().exc("OSError").clone());
    Ok(())
}
