//! `_posixsubprocess`: starting child processes and the descriptor plumbing `subprocess` and
//! `multiprocessing` build on. Counterpart of CPython's `Modules/_posixsubprocess.c` (and the
//! fd-passing half of `multiprocessing/reduction.py`'s `sendfds`/`recvfds`).
//!
//! gilpy has no `fork`: a child is started with `std::process::Command` (the spawn start
//! method). Descriptors do not cross `exec` by number (every descriptor gilpy opens is
//! close-on-exec, and adopting a bare number would need `unsafe`); instead the child's stdin
//! is one end of a Unix socket pair, and the parent sends the descriptors the child needs over
//! it as `SCM_RIGHTS` messages. The child adopts that socket with `adopt_stdin` and puts
//! `/dev/null` in its place, as CPython's `multiprocessing` does with the child's stdin.
//! `listen`, `accept` and `connect` give `multiprocessing.managers` the Unix-socket half of
//! CPython's `multiprocessing.connection.Listener`/`Client`.

use crate::modules::os::{dup_fd, int_arg, register_file};
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_methods::os_error;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::as_str;
use crate::objects::{bytes_ops, dict_ops, float, int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use std::io::{IoSlice, IoSliceMut};
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::process::{Command, Stdio};

/// At most this many descriptors travel in one `sendfds` message.
const MAX_FDS: usize = 64;

fn io_err(vm: &Vm, e: std::io::Error) -> PyErr {
    os_error(vm, &e, None)
}

fn strings(vm: &Vm, v: &Value, what: &str) -> PyResult<Vec<String>> {
    ops::collect(vm, v)?
        .iter()
        .map(|s| {
            as_str(s)
                .map(str::to_owned)
                .ok_or_else(|| vm.type_error(format!("{what} must be a sequence of str")))
        })
        .collect()
}

/// A child's standard stream: -1 inherits ours, -2 is `/dev/null`, otherwise a descriptor.
fn stdio(vm: &Vm, v: &Value) -> PyResult<Stdio> {
    Ok(match int_arg(vm, v)? {
        -1 => Stdio::inherit(),
        -2 => Stdio::null(),
        fd => Stdio::from(dup_fd(vm, fd)?),
    })
}

/// `spawn(args, stdin, stdout, stderr, cwd, env)`: start `args[0]` with arguments `args[1:]`;
/// returns the child's pid. `env` is None (inherit) or a dict of str to str.
fn spawn(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "spawn", 6, 6)?;
    let argv = strings(vm, &a[0], "args")?;
    let Some((program, rest)) = argv.split_first() else {
        return Err(vm.value_error("args must not be empty"));
    };
    let mut cmd = Command::new(program);
    cmd.args(rest)
        .stdin(stdio(vm, &a[1])?)
        .stdout(stdio(vm, &a[2])?)
        .stderr(stdio(vm, &a[3])?);
    if !a[4].is(&vm.none()) {
        cmd.current_dir(crate::modules::os::fspath(vm, &a[4])?);
    }
    if !a[5].is(&vm.none()) {
        cmd.env_clear();
        for (k, v) in dict_ops::items(vm, &a[5])? {
            let (Some(k), Some(v)) = (as_str(&k), as_str(&v)) else {
                return Err(vm.type_error("env must map str to str"));
            };
            cmd.env(k, v);
        }
    }
    let child = vm
        .allow_threads(move || cmd.spawn())
        .map_err(|e| io_err(vm, e))?;
    // The child is reaped with os.waitpid; dropping `Child` neither waits nor kills.
    Ok(int::from_i64(i64::from(child.id())))
}

/// `socketpair()`: two connected Unix stream sockets, as descriptors.
fn socketpair(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "socketpair", 0, 0)?;
    let (a, b) = UnixStream::pair().map_err(|e| io_err(vm, e))?;
    let fa = register_file(OwnedFd::from(a).into());
    let fb = register_file(OwnedFd::from(b).into());
    Ok(tuple_ops::new_tuple(vec![
        int::from_i64(fa.into()),
        int::from_i64(fb.into()),
    ]))
}

/// `sendfds(sock, data, fds)`: send the bytes `data` (at least one byte) and copies of the
/// descriptors `fds` over the Unix socket `sock`.
fn sendfds(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use rustix::net::{SendAncillaryBuffer, SendAncillaryMessage, SendFlags};
    let a = args.positional_only(vm, "sendfds", 3, 3)?;
    let sock = dup_fd(vm, int_arg(vm, &a[0])?)?;
    let data = bytes_ops::as_bytes(&a[1])
        .ok_or_else(|| vm.type_error("data must be bytes"))?
        .to_vec();
    if data.is_empty() {
        return Err(vm.value_error("sendfds needs at least one byte of data"));
    }
    let fds = ops::collect(vm, &a[2])?
        .iter()
        .map(|v| dup_fd(vm, int_arg(vm, v)?))
        .collect::<PyResult<Vec<OwnedFd>>>()?;
    if fds.len() > MAX_FDS {
        return Err(vm.value_error(format!("at most {MAX_FDS} descriptors per message")));
    }
    let sent = vm.allow_threads(move || {
        let borrowed: Vec<_> = fds.iter().map(AsFd::as_fd).collect();
        let mut space = vec![MaybeUninit::uninit(); rustix::cmsg_space!(ScmRights(MAX_FDS))];
        let mut control = SendAncillaryBuffer::new(&mut space);
        if !borrowed.is_empty() {
            control.push(SendAncillaryMessage::ScmRights(&borrowed));
        }
        let iov = [IoSlice::new(&data)];
        rustix::net::sendmsg(&sock, &iov, &mut control, SendFlags::empty())
    });
    let n = sent.map_err(|e| io_err(vm, e.into()))?;
    Ok(int::from_usize(n))
}

/// `recvfds(sock, size)`: `(data, fds)`: up to `size` bytes from the Unix socket `sock` and
/// the descriptors that came with them, registered as new descriptors.
fn recvfds(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use rustix::net::{RecvAncillaryBuffer, RecvAncillaryMessage, RecvFlags};
    let a = args.positional_only(vm, "recvfds", 2, 2)?;
    let sock = dup_fd(vm, int_arg(vm, &a[0])?)?;
    let size = int_arg(vm, &a[1])?.max(1) as usize;
    let got = vm.allow_threads(move || {
        let mut buf = vec![0u8; size];
        let mut space = vec![MaybeUninit::uninit(); rustix::cmsg_space!(ScmRights(MAX_FDS))];
        let mut control = RecvAncillaryBuffer::new(&mut space);
        let mut iov = [IoSliceMut::new(&mut buf)];
        let msg = rustix::net::recvmsg(&sock, &mut iov, &mut control, RecvFlags::CMSG_CLOEXEC)?;
        let mut fds = Vec::new();
        for m in control.drain() {
            if let RecvAncillaryMessage::ScmRights(it) = m {
                fds.extend(it);
            }
        }
        buf.truncate(msg.bytes);
        Ok::<_, rustix::io::Errno>((buf, fds))
    });
    let (buf, fds) = got.map_err(|e| io_err(vm, e.into()))?;
    let fds = fds
        .into_iter()
        .map(|fd| int::from_i64(register_file(fd.into()).into()))
        .collect();
    Ok(tuple_ops::new_tuple(vec![
        bytes_ops::new_bytes(buf),
        list_ops::new_list(fds),
    ]))
}

/// `poll(fds, timeout)`: the descriptors of `fds` that are readable or closed at the other
/// end, waiting at most `timeout` seconds (None: forever) without the GIL.
fn poll(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use rustix::event::{PollFd, PollFlags, Timespec};
    let a = args.positional_only(vm, "poll", 2, 2)?;
    let numbers = ops::collect(vm, &a[0])?
        .iter()
        .map(|v| int_arg(vm, v))
        .collect::<PyResult<Vec<i64>>>()?;
    let owned = numbers
        .iter()
        .map(|&fd| dup_fd(vm, fd))
        .collect::<PyResult<Vec<OwnedFd>>>()?;
    let timeout = if a[1].is(&vm.none()) {
        None
    } else {
        let secs = float::as_f64(&a[1])
            .or_else(|| int::as_i64(&a[1]).map(|n| n as f64))
            .ok_or_else(|| vm.type_error("timeout must be a number or None"))?
            .max(0.0);
        Some(Timespec {
            tv_sec: secs.trunc() as i64,
            tv_nsec: (secs.fract() * 1e9) as i64,
        })
    };
    let ready = vm.allow_threads(move || {
        let flags = PollFlags::IN | PollFlags::HUP | PollFlags::ERR;
        let mut pfds: Vec<PollFd<'_>> = owned.iter().map(|fd| PollFd::new(fd, flags)).collect();
        loop {
            match rustix::event::poll(&mut pfds, timeout.as_ref()) {
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(e),
                Ok(_) => break,
            }
        }
        Ok(pfds
            .iter()
            .map(|p| !p.revents().is_empty())
            .collect::<Vec<bool>>())
    });
    let ready = ready.map_err(|e| io_err(vm, e.into()))?;
    let out = numbers
        .iter()
        .zip(ready)
        .filter(|(_, r)| *r)
        .map(|(&fd, _)| int::from_i64(fd))
        .collect();
    Ok(list_ops::new_list(out))
}

/// `adopt_stdin()`: a new descriptor for this process's stdin (the parent's socket), with
/// `/dev/null` put on descriptor 0 in its place.
fn adopt_stdin(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "adopt_stdin", 0, 0)?;
    let fd = dup_fd(vm, 0)?;
    let null = std::fs::File::open("/dev/null").map_err(|e| io_err(vm, e))?;
    rustix::stdio::dup2_stdin(&null).map_err(|e| io_err(vm, e.into()))?;
    Ok(int::from_i64(register_file(fd.into()).into()))
}

/// `listen(path)`: a Unix stream socket bound to `path`, listening; returns its descriptor.
fn listen(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "listen", 1, 1)?;
    let path = crate::modules::os::fspath(vm, &a[0])?;
    let listener = UnixListener::bind(&path).map_err(|e| io_err(vm, e))?;
    Ok(int::from_i64(
        register_file(OwnedFd::from(listener).into()).into(),
    ))
}

/// `accept(fd)`: the descriptor of the next connection to listening socket `fd`, waited for
/// without the GIL.
fn accept(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "accept", 1, 1)?;
    let listener = UnixListener::from(dup_fd(vm, int_arg(vm, &a[0])?)?);
    let (stream, _) = vm
        .allow_threads(move || listener.accept())
        .map_err(|e| io_err(vm, e))?;
    Ok(int::from_i64(
        register_file(OwnedFd::from(stream).into()).into(),
    ))
}

/// `connect(path)`: the descriptor of a new connection to the Unix socket at `path`.
fn connect(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "connect", 1, 1)?;
    let path = crate::modules::os::fspath(vm, &a[0])?;
    let stream = vm
        .allow_threads(move || UnixStream::connect(&path))
        .map_err(|e| io_err(vm, e))?;
    Ok(int::from_i64(
        register_file(OwnedFd::from(stream).into()).into(),
    ))
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("spawn", spawn),
        ("socketpair", socketpair),
        ("sendfds", sendfds),
        ("recvfds", recvfds),
        ("poll", poll),
        ("adopt_stdin", adopt_stdin),
        ("listen", listen),
        ("accept", accept),
        ("connect", connect),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    Ok(())
}
