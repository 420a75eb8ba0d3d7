//! The `_socket` module: BSD sockets over descriptors, every blocking call made without the
//! GIL. Counterpart of CPython's `Modules/socketmodule.c`; the `socket` class itself is Python
//! (`stdlib/socket.py`) over these functions, which take the descriptor (an entry of the `os`
//! descriptor table, so `os.close` and `select` work on sockets) and the socket's timeout.

use crate::modules::os::{file_of, int_arg, register_file};
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_methods::os_error;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, from_string, new_str};
use crate::objects::{bytes_ops, float, int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use rustix::event::{PollFd, PollFlags, Timespec};
use rustix::io::Errno;
use rustix::net::{
    AddressFamily, RecvFlags, SendFlags, Shutdown, SocketAddrAny, SocketAddrUnix, SocketFlags,
    SocketType, sockopt,
};
use std::fs::File;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6, ToSocketAddrs};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::Arc;
use std::time::{Duration, Instant};

const AF_UNIX: i64 = 1;
const AF_INET: i64 = 2;
const AF_INET6: i64 = 10;

/// Why a socket call failed: the system's error, the socket's timeout ran out, or (main
/// thread only) a signal arrived and its handlers must run.
enum Fail {
    Os(Errno),
    Timeout,
    Signalled,
}

impl From<Errno> for Fail {
    fn from(e: Errno) -> Self {
        Fail::Os(e)
    }
}

fn raise(vm: &Vm, f: Fail) -> PyErr {
    match f {
        Fail::Os(e) => errno_error(vm, e),
        Fail::Timeout => vm.new_exc("TimeoutError", "timed out"),
        Fail::Signalled => vm.new_exc("InterruptedError", "interrupted by a signal"),
    }
}

fn errno_error(vm: &Vm, e: Errno) -> PyErr {
    os_error(
        vm,
        &std::io::Error::from_raw_os_error(e.raw_os_error()),
        None,
    )
}

/// The timeout argument: None (blocking) or seconds (0.0: non-blocking).
fn timeout_arg(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    if vm.is_none(v) {
        return Ok(None);
    }
    match float::operand(vm, v) {
        Some(r) => Ok(Some(r?)),
        None => Err(vm.type_error("timeout must be a float or None")),
    }
}

/// Run `op` without the GIL. With a positive timeout the socket is non-blocking: wait for
/// `ready` with poll(2) while `op` would block, up to the timeout (CPython's `sock_call`).
/// The main thread waits for readiness first, in slices, so that a signal (Ctrl-C) ends the
/// wait: its handlers run with the GIL, then the call resumes (PEP 475) unless they raised.
fn blocking<T: Send>(
    vm: &Vm,
    file: Arc<File>,
    timeout: Option<f64>,
    ready: PollFlags,
    op: impl Fn(&File) -> Result<T, Errno> + Send + Sync,
) -> PyResult<T> {
    let signals = crate::interruptible::signals_for(vm);
    let deadline = timeout
        .filter(|t| *t > 0.0)
        .map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
    let wait_first = signals.is_some() && timeout != Some(0.0);
    loop {
        let r = vm.allow_threads(|| {
            if wait_first {
                wait_ready(&file, ready, deadline, signals)?;
            }
            loop {
                match op(&file) {
                    Err(Errno::INTR) => continue,
                    Err(Errno::AGAIN) if deadline.is_some() => {
                        wait_ready(&file, ready, deadline, signals)?;
                    }
                    r => return r.map_err(Fail::Os),
                }
            }
        });
        match r {
            Err(Fail::Signalled) => crate::modules::signal::check_signals(vm)?,
            r => return r.map_err(|f| raise(vm, f)),
        }
    }
}

/// How long the main thread's poll sleeps before it looks at the pending signals.
const SIGNAL_SLICE: Duration = Duration::from_millis(50);

/// Wait until `file` is ready for `ready` or `deadline` passes; with the main thread's GIL
/// (`signals`), also until a signal is pending.
fn wait_ready(
    file: &File,
    ready: PollFlags,
    deadline: Option<Instant>,
    signals: Option<&crate::gil::Gil>,
) -> Result<(), Fail> {
    loop {
        if signals.is_some_and(|g| g.signal_pending()) {
            return Err(Fail::Signalled);
        }
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        if left == Some(Duration::ZERO) {
            return Err(Fail::Timeout);
        }
        let slice = match (left, signals) {
            (Some(l), Some(_)) => Some(l.min(SIGNAL_SLICE)),
            (None, Some(_)) => Some(SIGNAL_SLICE),
            (l, None) => l,
        };
        let ts = slice.map(|d| Timespec {
            tv_sec: d.as_secs() as i64,
            tv_nsec: i64::from(d.subsec_nanos()),
        });
        let mut fds = [PollFd::new(file, ready)];
        match rustix::event::poll(&mut fds, ts.as_ref()) {
            Ok(0) => continue,
            Ok(_) if signals.is_some_and(|g| g.signal_pending()) => return Err(Fail::Signalled),
            Ok(_) => return Ok(()),
            Err(Errno::INTR) => continue,
            Err(e) => return Err(Fail::Os(e)),
        }
    }
}

fn new_fd(fd: OwnedFd) -> Value {
    int::from_i64(i64::from(register_file(File::from(fd))))
}

fn file_arg(vm: &Vm, v: &Value) -> PyResult<Arc<File>> {
    file_of(vm, int_arg(vm, v)?)
}

fn family_of(vm: &Vm, v: &Value) -> PyResult<AddressFamily> {
    Ok(AddressFamily::from_raw(int_arg(vm, v)? as u16))
}

fn socket(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "socket", 3, 3)?;
    let family = family_of(vm, &a[0])?;
    let kind = SocketType::from_raw(int_arg(vm, &a[1])? as u32);
    let proto = int_arg(vm, &a[2])?;
    let proto = (proto != 0).then(|| {
        rustix::net::Protocol::from_raw(
            std::num::NonZeroU32::new(proto as u32).unwrap_or(std::num::NonZeroU32::MIN),
        )
    });
    rustix::net::socket_with(family, kind, SocketFlags::CLOEXEC, proto)
        .map(new_fd)
        .map_err(|e| errno_error(vm, e))
}

fn socketpair(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "socketpair", 2, 2)?;
    let family = family_of(vm, &a[0])?;
    let kind = SocketType::from_raw(int_arg(vm, &a[1])? as u32);
    let (x, y) = rustix::net::socketpair(family, kind, SocketFlags::CLOEXEC, None)
        .map_err(|e| errno_error(vm, e))?;
    Ok(tuple_ops::new_tuple(vec![new_fd(x), new_fd(y)]))
}

fn setblocking(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "setblocking", 2, 2)?;
    let f = file_arg(vm, &a[0])?;
    let nonblocking = !ops::is_true(vm, &a[1])?;
    rustix::io::ioctl_fionbio(&*f, nonblocking).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

/// A host name as given in an address: '' is any address, '<broadcast>' the broadcast one.
fn host_arg(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_owned());
    }
    if let Some(b) = bytes_ops::as_bytes(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(vm.type_error(format!(
        "str, bytes or bytearray expected, not {}",
        vm.type_name(v)
    )))
}

/// Resolve `host` to one address of `family` (numeric hosts without a lookup).
fn resolve(vm: &Vm, family: i64, host: &str, port: u16) -> PyResult<SocketAddr> {
    let ip = match host {
        "" if family == AF_INET6 => Some(IpAddr::V6(Ipv6Addr::UNSPECIFIED)),
        "" => Some(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        "<broadcast>" => Some(IpAddr::V4(Ipv4Addr::BROADCAST)),
        h => h.parse::<IpAddr>().ok(),
    };
    if let Some(ip) = ip {
        return Ok(SocketAddr::new(ip, port));
    }
    let owned = host.to_owned();
    let found = vm.allow_threads(move || (owned.as_str(), port).to_socket_addrs());
    let found = found.map_err(|_| gaierror(vm, -2, "Name or service not known"))?;
    found
        .into_iter()
        .find(|a| a.is_ipv6() == (family == AF_INET6))
        .ok_or_else(|| gaierror(vm, -9, "Address family for hostname not supported"))
}

fn gaierror(vm: &Vm, code: i64, msg: &str) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let m = crate::modules::import::import_name(
            vm,
            &new_str("socket"),
            &crate::objects::dict::new_dict(),
            &vm.none(),
            &int::from_i64(0),
        )?;
        let cls = ops::getattr(vm, &m, &new_str("gaierror"))?;
        Ok(PyErr(ops::call(
            vm,
            &cls,
            &[int::from_i64(code), new_str(msg)],
            &[],
        )?))
    };
    make().unwrap_or_else(|e| e)
}

/// A Python address (tuple or path) for `family` as a socket address.
fn address_arg(vm: &Vm, caller: &str, family: i64, v: &Value) -> PyResult<SocketAddrAny> {
    if family == AF_UNIX {
        let path = host_arg(vm, v)?;
        let addr = SocketAddrUnix::new(path.as_bytes()).map_err(|e| errno_error(vm, e))?;
        return Ok(addr.into());
    }
    let name = if family == AF_INET6 {
        "AF_INET6"
    } else {
        "AF_INET"
    };
    let parts = match v.payload() {
        Some(crate::payload::Payload::Tuple(_)) => tuple_ops::items(v).to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "{caller}(): {name} address must be tuple, not {}",
                vm.type_name(v)
            )));
        }
    };
    let want = if family == AF_INET6 { 2..=4 } else { 2..=2 };
    if !want.contains(&parts.len()) {
        return Err(vm.type_error(format!(
            "{caller}(): {name} address must be a pair (host, port)"
        )));
    }
    let host = host_arg(vm, &parts[0])?;
    let port = int_arg(vm, &parts[1])?;
    let port = u16::try_from(port)
        .map_err(|_| vm.overflow_error(format!("{caller}(): port must be 0-65535.")))?;
    Ok(match resolve(vm, family, &host, port)? {
        SocketAddr::V6(a) => {
            let flow = parts
                .get(2)
                .map(|v| int_arg(vm, v))
                .transpose()?
                .unwrap_or(0);
            let scope = parts
                .get(3)
                .map(|v| int_arg(vm, v))
                .transpose()?
                .unwrap_or(0);
            SocketAddrV6::new(*a.ip(), port, flow as u32, scope as u32).into()
        }
        SocketAddr::V4(a) => SocketAddrV4::new(*a.ip(), port).into(),
    })
}

/// A socket address as Python sees it: (host, port), (host, port, flow, scope) or a path.
fn address_value(vm: &Vm, addr: Option<SocketAddrAny>) -> Value {
    let Some(addr) = addr else {
        return vm.none();
    };
    if let Ok(a) = SocketAddrV4::try_from(addr.clone()) {
        return tuple_ops::new_tuple(vec![
            from_string(a.ip().to_string()),
            int::from_i64(i64::from(a.port())),
        ]);
    }
    if let Ok(a) = SocketAddrV6::try_from(addr.clone()) {
        return tuple_ops::new_tuple(vec![
            from_string(a.ip().to_string()),
            int::from_i64(i64::from(a.port())),
            int::from_i64(i64::from(a.flowinfo())),
            int::from_i64(i64::from(a.scope_id())),
        ]);
    }
    match SocketAddrUnix::try_from(addr) {
        Ok(a) => match a.path_bytes() {
            Some(p) => from_string(String::from_utf8_lossy(p).into_owned()),
            None => match a.abstract_name() {
                Some(n) if !n.is_empty() => {
                    let mut b = vec![0u8];
                    b.extend_from_slice(n);
                    bytes_ops::new_bytes(b)
                }
                _ => new_str(""),
            },
        },
        Err(_) => vm.none(),
    }
}

fn bind(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "bind", 3, 3)?;
    let f = file_arg(vm, &a[0])?;
    let addr = address_arg(vm, "bind", int_arg(vm, &a[1])?, &a[2])?;
    rustix::net::bind(&*f, &addr).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

fn listen(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "listen", 2, 2)?;
    let f = file_arg(vm, &a[0])?;
    let backlog = int_arg(vm, &a[1])?.clamp(0, i64::from(i32::MAX)) as i32;
    rustix::net::listen(&*f, backlog).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

fn connect(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "connect", 4, 4)?;
    let f = file_arg(vm, &a[0])?;
    let addr = address_arg(vm, "connect", int_arg(vm, &a[1])?, &a[2])?;
    let timeout = timeout_arg(vm, &a[3])?;
    let r = vm.allow_threads(move || {
        match rustix::net::connect(&*f, &addr) {
            Err(Errno::INPROGRESS) if timeout.is_some_and(|t| t > 0.0) => {}
            r => return r.map_err(Fail::Os),
        }
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)));
        wait_ready(&f, PollFlags::OUT, deadline, None)?;
        match sockopt::socket_error(&*f)? {
            Ok(()) => Ok(()),
            Err(e) => Err(Fail::Os(e)),
        }
    });
    r.map_err(|e| raise(vm, e))?;
    Ok(vm.none())
}

fn accept(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "accept", 2, 2)?;
    let f = file_arg(vm, &a[0])?;
    let timeout = timeout_arg(vm, &a[1])?;
    let (fd, addr) = blocking(vm, f, timeout, PollFlags::IN, |f| {
        rustix::net::acceptfrom_with(f, SocketFlags::CLOEXEC)
    })?;
    let addr = address_value(vm, addr);
    Ok(tuple_ops::new_tuple(vec![new_fd(fd), addr]))
}

fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_ops::as_bytes(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn send(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "send", 4, 4)?;
    let f = file_arg(vm, &a[0])?;
    let data = data_arg(vm, &a[1])?;
    let flags = SendFlags::from_bits_retain(int_arg(vm, &a[2])? as u32);
    let timeout = timeout_arg(vm, &a[3])?;
    let n = blocking(vm, f, timeout, PollFlags::OUT, move |f| {
        rustix::net::send(f, &data, flags)
    })?;
    Ok(int::from_usize(n))
}

fn sendall(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "sendall", 4, 4)?;
    let f = file_arg(vm, &a[0])?;
    let data = data_arg(vm, &a[1])?;
    let flags = SendFlags::from_bits_retain(int_arg(vm, &a[2])? as u32);
    let timeout = timeout_arg(vm, &a[3])?;
    let mut sent = 0;
    while sent < data.len() {
        let rest = data[sent..].to_vec();
        sent += blocking(vm, f.clone(), timeout, PollFlags::OUT, move |f| {
            rustix::net::send(f, &rest, flags)
        })?;
    }
    Ok(vm.none())
}

fn sendto(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "sendto", 6, 6)?;
    let f = file_arg(vm, &a[0])?;
    let data = data_arg(vm, &a[1])?;
    let flags = SendFlags::from_bits_retain(int_arg(vm, &a[2])? as u32);
    let addr = address_arg(vm, "sendto", int_arg(vm, &a[3])?, &a[4])?;
    let timeout = timeout_arg(vm, &a[5])?;
    let n = blocking(vm, f, timeout, PollFlags::OUT, move |f| {
        rustix::net::sendto(f, &data, flags, &addr)
    })?;
    Ok(int::from_usize(n))
}

fn size_arg(vm: &Vm, v: &Value) -> PyResult<usize> {
    let n = int_arg(vm, v)?;
    usize::try_from(n).map_err(|_| vm.value_error("negative buffersize in recv"))
}

fn recv(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "recv", 4, 4)?;
    let f = file_arg(vm, &a[0])?;
    let n = size_arg(vm, &a[1])?;
    let flags = RecvFlags::from_bits_retain(int_arg(vm, &a[2])? as u32);
    let timeout = timeout_arg(vm, &a[3])?;
    let data = blocking(vm, f, timeout, PollFlags::IN, move |f| {
        let mut buf = vec![0u8; n];
        let (got, _) = rustix::net::recv(f, &mut buf[..], flags)?;
        buf.truncate(got);
        Ok(buf)
    })?;
    Ok(bytes_ops::new_bytes(data))
}

fn recvfrom(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "recvfrom", 4, 4)?;
    let f = file_arg(vm, &a[0])?;
    let n = size_arg(vm, &a[1])?;
    let flags = RecvFlags::from_bits_retain(int_arg(vm, &a[2])? as u32);
    let timeout = timeout_arg(vm, &a[3])?;
    let (data, addr) = blocking(vm, f, timeout, PollFlags::IN, move |f| {
        let mut buf = vec![0u8; n];
        let (got, _, addr) = rustix::net::recvfrom(f, &mut buf[..], flags)?;
        buf.truncate(got);
        Ok((buf, addr))
    })?;
    let addr = address_value(vm, addr);
    Ok(tuple_ops::new_tuple(vec![bytes_ops::new_bytes(data), addr]))
}

fn shutdown(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "shutdown", 2, 2)?;
    let f = file_arg(vm, &a[0])?;
    let how = match int_arg(vm, &a[1])? {
        0 => Shutdown::Read,
        1 => Shutdown::Write,
        2 => Shutdown::Both,
        _ => return Err(errno_error(vm, Errno::INVAL)),
    };
    rustix::net::shutdown(&*f, how).map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

fn getsockname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getsockname", 1, 1)?;
    let f = file_arg(vm, &a[0])?;
    let addr = rustix::net::getsockname(&*f).map_err(|e| errno_error(vm, e))?;
    Ok(address_value(vm, Some(addr)))
}

fn getpeername(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getpeername", 1, 1)?;
    let f = file_arg(vm, &a[0])?;
    let addr = rustix::net::getpeername(&*f).map_err(|e| errno_error(vm, e))?;
    Ok(address_value(vm, addr))
}

const SOL_SOCKET: i64 = 1;
const IPPROTO_TCP: i64 = 6;

fn setsockopt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "setsockopt", 4, 4)?;
    let f = file_arg(vm, &a[0])?;
    let (level, opt) = (int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    let value = int_arg(vm, &a[3])?;
    let on = value != 0;
    let fd = f.as_fd();
    let r = match (level, opt) {
        (SOL_SOCKET, 2) => sockopt::set_socket_reuseaddr(fd, on),
        (SOL_SOCKET, 15) => sockopt::set_socket_reuseport(fd, on),
        (SOL_SOCKET, 6) => sockopt::set_socket_broadcast(fd, on),
        (SOL_SOCKET, 9) => sockopt::set_socket_keepalive(fd, on),
        (SOL_SOCKET, 7) => sockopt::set_socket_send_buffer_size(fd, value as usize),
        (SOL_SOCKET, 8) => sockopt::set_socket_recv_buffer_size(fd, value as usize),
        (IPPROTO_TCP, 1) => sockopt::set_tcp_nodelay(fd, on),
        (41, 26) => sockopt::set_ipv6_v6only(fd, on),
        _ => return Err(unsupported_option(vm, "setsockopt", level, opt)),
    };
    r.map_err(|e| errno_error(vm, e))?;
    Ok(vm.none())
}

fn unsupported_option(vm: &Vm, what: &str, level: i64, opt: i64) -> PyErr {
    vm.new_exc(
        "NotImplementedError",
        format!("socket.{what}() supports SO_REUSEADDR, SO_REUSEPORT, SO_BROADCAST, SO_KEEPALIVE, SO_SNDBUF, SO_RCVBUF, SO_TYPE, SO_ERROR, TCP_NODELAY and IPV6_V6ONLY only, not level {level} option {opt}"),
    )
}

fn getsockopt(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getsockopt", 3, 3)?;
    let f = file_arg(vm, &a[0])?;
    let (level, opt) = (int_arg(vm, &a[1])?, int_arg(vm, &a[2])?);
    let fd = f.as_fd();
    let flag = |r: Result<bool, Errno>| r.map(i64::from);
    let r = match (level, opt) {
        (SOL_SOCKET, 2) => flag(sockopt::socket_reuseaddr(fd)),
        (SOL_SOCKET, 15) => flag(sockopt::socket_reuseport(fd)),
        (SOL_SOCKET, 6) => flag(sockopt::socket_broadcast(fd)),
        (SOL_SOCKET, 9) => flag(sockopt::socket_keepalive(fd)),
        (SOL_SOCKET, 7) => sockopt::socket_send_buffer_size(fd).map(|n| n as i64),
        (SOL_SOCKET, 8) => sockopt::socket_recv_buffer_size(fd).map(|n| n as i64),
        (SOL_SOCKET, 3) => sockopt::socket_type(fd).map(|t| i64::from(t.as_raw())),
        (SOL_SOCKET, 4) => sockopt::socket_error(fd).map(|r| match r {
            Ok(()) => 0,
            Err(e) => i64::from(e.raw_os_error()),
        }),
        (IPPROTO_TCP, 1) => flag(sockopt::tcp_nodelay(fd)),
        (41, 26) => flag(sockopt::ipv6_v6only(fd)),
        _ => return Err(unsupported_option(vm, "getsockopt", level, opt)),
    };
    r.map(int::from_i64).map_err(|e| errno_error(vm, e))
}

fn gethostname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "gethostname", 0, 0)?;
    let name =
        std::fs::read_to_string("/proc/sys/kernel/hostname").map_err(|e| os_error(vm, &e, None))?;
    Ok(from_string(name.trim_end().to_owned()))
}

/// `getaddrinfo(host, port, family, type, proto, flags)`: (family, type, proto, canonname,
/// sockaddr) entries, one per socket type for each address (as glibc orders them).
fn getaddrinfo(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getaddrinfo", 6, 6)?;
    let port = if vm.is_none(&a[1]) {
        0
    } else if let Some(s) = as_str(&a[1]) {
        s.parse::<u16>()
            .map_err(|_| gaierror(vm, -8, "Servname not supported for ai_socktype"))?
    } else {
        u16::try_from(int_arg(vm, &a[1])?).map_err(|_| vm.overflow_error("port out of range"))?
    };
    let family = int_arg(vm, &a[2])?;
    let kind = int_arg(vm, &a[3])?;
    let passive = int_arg(vm, &a[5])? & 1 != 0;
    let addrs = if vm.is_none(&a[0]) {
        let any = if passive { "0.0.0.0" } else { "127.0.0.1" };
        let any6 = if passive { "::" } else { "::1" };
        vec![any6, any]
            .into_iter()
            .filter_map(|h| h.parse::<IpAddr>().ok())
            .map(|ip| SocketAddr::new(ip, port))
            .collect()
    } else {
        let host = host_arg(vm, &a[0])?;
        lookup(vm, &host, port)?
    };
    let mut out = Vec::new();
    for addr in addrs {
        let fam = if addr.is_ipv6() { AF_INET6 } else { AF_INET };
        if family != 0 && family != fam {
            continue;
        }
        let sockaddr = address_value(vm, Some(addr.into()));
        for (k, proto) in [(1, 6), (2, 17), (3, 0)] {
            if kind == 0 || kind == k {
                out.push(tuple_ops::new_tuple(vec![
                    int::from_i64(fam),
                    int::from_i64(k),
                    int::from_i64(proto),
                    new_str(""),
                    sockaddr.clone(),
                ]));
            }
        }
    }
    if out.is_empty() {
        return Err(gaierror(
            vm,
            -9,
            "Address family for hostname not supported",
        ));
    }
    Ok(list_ops::new_list(out))
}

/// The addresses of `host` (numeric hosts without a lookup), without duplicates.
fn lookup(vm: &Vm, host: &str, port: u16) -> PyResult<Vec<SocketAddr>> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let owned = host.to_owned();
    let found = vm.allow_threads(move || (owned.as_str(), port).to_socket_addrs());
    let found = found.map_err(|_| gaierror(vm, -2, "Name or service not known"))?;
    let mut addrs: Vec<SocketAddr> = Vec::new();
    for a in found {
        if !addrs.contains(&a) {
            addrs.push(a);
        }
    }
    Ok(addrs)
}

fn gethostbyname(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "gethostbyname", 1, 1)?;
    let host = host_arg(vm, &a[0])?;
    let addr = resolve(vm, AF_INET, &host, 0)?;
    Ok(from_string(addr.ip().to_string()))
}

const CONSTANTS: &[(&str, i64)] = &[
    ("AF_UNSPEC", 0),
    ("AF_UNIX", AF_UNIX),
    ("AF_INET", AF_INET),
    ("AF_INET6", AF_INET6),
    ("SOCK_STREAM", 1),
    ("SOCK_DGRAM", 2),
    ("SOCK_RAW", 3),
    ("SOCK_SEQPACKET", 5),
    ("SOCK_NONBLOCK", 0o4000),
    ("SOCK_CLOEXEC", 0o2000000),
    ("SOL_SOCKET", SOL_SOCKET),
    ("SO_REUSEADDR", 2),
    ("SO_TYPE", 3),
    ("SO_ERROR", 4),
    ("SO_BROADCAST", 6),
    ("SO_SNDBUF", 7),
    ("SO_RCVBUF", 8),
    ("SO_KEEPALIVE", 9),
    ("SO_REUSEPORT", 15),
    ("IPPROTO_IP", 0),
    ("IPPROTO_TCP", IPPROTO_TCP),
    ("IPPROTO_UDP", 17),
    ("IPPROTO_IPV6", 41),
    ("IPV6_V6ONLY", 26),
    ("TCP_NODELAY", 1),
    ("SHUT_RD", 0),
    ("SHUT_WR", 1),
    ("SHUT_RDWR", 2),
    ("SOMAXCONN", 4096),
    ("MSG_PEEK", 2),
    ("MSG_DONTWAIT", 64),
    ("MSG_WAITALL", 256),
    ("AI_PASSIVE", 1),
    ("AI_CANONNAME", 2),
    ("AI_NUMERICHOST", 4),
    ("AI_NUMERICSERV", 1024),
    ("INADDR_ANY", 0),
    ("INADDR_LOOPBACK", 0x7f00_0001),
    ("EAI_NONAME", -2),
];

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("socket", socket),
        ("socketpair", socketpair),
        ("setblocking", setblocking),
        ("bind", bind),
        ("listen", listen),
        ("connect", connect),
        ("accept", accept),
        ("send", send),
        ("sendall", sendall),
        ("sendto", sendto),
        ("recv", recv),
        ("recvfrom", recvfrom),
        ("shutdown", shutdown),
        ("getsockname", getsockname),
        ("getpeername", getpeername),
        ("setsockopt", setsockopt),
        ("getsockopt", getsockopt),
        ("gethostname", gethostname),
        ("getaddrinfo", getaddrinfo),
        ("gethostbyname", gethostbyname),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    for (name, v) in CONSTANTS {
        set_attr(m, name, int::from_i64(*v));
    }
    set_attr(m, "has_ipv6", vm.bool(true));
    Ok(())
}
