//! The `posix` module: the native half of `os` (files and directories, file descriptors, the
//! process). `stdlib/os.py` builds the `os` module on top of it. Counterpart of CPython's
//! `Modules/posixmodule.c`.
//!
//! File descriptors opened here are kept in a table of `std::fs::File`s (so reads and writes
//! need no `unsafe` conversions); descriptors 0, 1 and 2 are the process's standard streams.
//! Blocking calls release the GIL.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_methods::os_error;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, from_string, intern, new_str};
use crate::objects::{bytes_ops, dict_ops, float, int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::sync::{Arc, Mutex};

static FILES: Mutex<Option<HashMap<i32, Arc<File>>>> = Mutex::new(None);

fn with_files<R>(f: impl FnOnce(&mut HashMap<i32, Arc<File>>) -> R) -> R {
    let mut g = FILES.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(HashMap::new))
}

/// Put `file` in the descriptor table; returns its descriptor.
pub(crate) fn register_file(file: File) -> i32 {
    let fd = file.as_raw_fd();
    with_files(|t| t.insert(fd, Arc::new(file)));
    fd
}

/// A new owned duplicate of descriptor `fd` (the standard streams included).
pub(crate) fn dup_fd(vm: &Vm, fd: i64) -> PyResult<std::os::fd::OwnedFd> {
    use std::os::fd::AsFd;
    let r = match fd {
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        2 => std::io::stderr().as_fd().try_clone_to_owned(),
        _ => file_of(vm, fd)?.as_fd().try_clone_to_owned(),
    };
    r.map_err(|e| os_error(vm, &e, None))
}

/// A path argument: `str`, `bytes`, or an object with `__fspath__`.
pub fn fspath(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_owned());
    }
    if let Some(b) = bytes_ops::as_bytes(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    if crate::objects::types::lookup_str_on_class(v, "__fspath__").is_some() {
        let r = ops::call_method(vm, v, "__fspath__", &[])?;
        if let Some(s) = as_str(&r) {
            return Ok(s.to_owned());
        }
    }
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(v)
    )))
}

pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    int::as_i64(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

pub(crate) fn ebadf(vm: &Vm) -> PyErr {
    os_error(vm, &std::io::Error::from_raw_os_error(9), None)
}

pub(crate) fn file_of(vm: &Vm, fd: i64) -> PyResult<Arc<File>> {
    with_files(|t| t.get(&(fd as i32)).cloned()).ok_or_else(|| ebadf(vm))
}

/// Run a path operation without the GIL; errors name the path.
fn path_op<R: Send>(
    vm: &Vm,
    path_arg: &Value,
    f: impl FnOnce(&str) -> std::io::Result<R> + Send,
) -> PyResult<R> {
    let path = fspath(vm, path_arg)?;
    vm.allow_threads(|| f(&path))
        .map_err(|e| os_error(vm, &e, Some(path_arg.clone())))
}

fn getcwd(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "getcwd", 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(vm, &e, None))?;
    Ok(from_string(d.to_string_lossy().into_owned()))
}

fn chdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "chdir", 1, 1)?;
    path_op(vm, &a[0], |p| std::env::set_current_dir(p))?;
    Ok(vm.none())
}

fn listdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "listdir", 0, 1)?;
    let dot = new_str(".");
    let p = a.first().filter(|v| !vm.is_none(v)).unwrap_or(&dot);
    let names = path_op(vm, p, |path| {
        std::fs::read_dir(path)?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<std::io::Result<Vec<_>>>()
    })?;
    Ok(list_ops::new_list(
        names.into_iter().map(from_string).collect(),
    ))
}

/// `_scandir(path)`: a list of `(name, is_dir, is_file, is_symlink)` without following links.
fn scandir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_scandir", 1, 1)?;
    let entries = path_op(vm, &a[0], |path| {
        let mut out = Vec::new();
        for e in std::fs::read_dir(path)? {
            let e = e?;
            let t = e.file_type()?;
            out.push((
                e.file_name().to_string_lossy().into_owned(),
                t.is_dir(),
                t.is_file(),
                t.is_symlink(),
            ));
        }
        Ok(out)
    })?;
    let items = entries
        .into_iter()
        .map(|(n, d, f, l)| {
            tuple_ops::new_tuple(vec![from_string(n), vm.bool(d), vm.bool(f), vm.bool(l)])
        })
        .collect();
    Ok(list_ops::new_list(items))
}

fn mode_arg(vm: &Vm, args: &Args<'_>, i: usize, default: u32) -> PyResult<u32> {
    match args.pos().get(i).or_else(|| args.kw("mode")) {
        Some(m) => Ok(int_arg(vm, m)? as u32),
        None => Ok(default),
    }
}

fn mkdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "mkdir", 1, 2)?;
    let mode = mode_arg(vm, &args, 1, 0o777)?;
    path_op(vm, &a[0], |p| {
        std::fs::DirBuilder::new().mode(mode).create(p)
    })?;
    Ok(vm.none())
}

fn rmdir(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "rmdir", 1, 1)?;
    path_op(vm, &a[0], |p| std::fs::remove_dir(p))?;
    Ok(vm.none())
}

fn remove(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "remove", 1, 1)?;
    path_op(vm, &a[0], |p| std::fs::remove_file(p))?;
    Ok(vm.none())
}

fn rename(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "rename", 2, 2)?;
    let dst = fspath(vm, &a[1])?;
    let src = fspath(vm, &a[0])?;
    vm.allow_threads(|| std::fs::rename(&src, &dst))
        .map_err(|e| {
            let err = os_error(vm, &e, Some(a[0].clone()));
            let _ =
                ops::attr::generic_setattr(vm, &err.0, &intern("filename2"), Some(a[1].clone()));
            err
        })?;
    Ok(vm.none())
}

fn chmod(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "chmod", 2, 2)?;
    let mode = int_arg(vm, &a[1])? as u32;
    path_op(vm, &a[0], |p| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode))
    })?;
    Ok(vm.none())
}

/// A time in seconds (`times`) or nanoseconds (`ns`) since the epoch.
fn system_time(seconds: f64) -> std::time::SystemTime {
    let span = std::time::Duration::from_secs_f64(seconds.abs());
    if seconds >= 0.0 {
        std::time::UNIX_EPOCH + span
    } else {
        std::time::UNIX_EPOCH - span
    }
}

/// The (access, modification) pair of `utime`'s `times` or `ns` argument, in seconds.
fn utime_pair(vm: &Vm, v: &Value, what: &str, scale: f64) -> PyResult<(f64, f64)> {
    let bad = || {
        vm.type_error(format!(
            "utime: '{what}' must be {}",
            if what == "ns" {
                "a tuple of two ints"
            } else {
                "either a tuple of two ints or None"
            }
        ))
    };
    let Some(Payload::Tuple(items)) = v.payload() else {
        return Err(bad());
    };
    let [a, m] = &items[..] else {
        return Err(bad());
    };
    let num = |x: &Value| -> PyResult<f64> {
        if what == "ns" && !int::is_int(x) {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(x)
            )));
        }
        crate::objects::float_methods::as_real(vm, x)?.ok_or_else(bad)
    };
    Ok((num(a)? * scale, num(m)? * scale))
}

/// `utime(path, times=None, *, ns=None)`: set the access and modification times (now when
/// neither is given). `dir_fd` and `follow_symlinks=False` are not supported.
fn utime(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(
        vm,
        "utime",
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
    )?;
    let a = args.count(vm, "utime", 1, 2)?;
    if args.kw("dir_fd").is_some_and(|v| !vm.is_none(v))
        || args
            .kw("follow_symlinks")
            .is_some_and(|v| v.is(&vm.b().false_))
    {
        return Err(vm.new_exc(
            "NotImplementedError",
            "utime: dir_fd and follow_symlinks=False are not supported by gilpy",
        ));
    }
    let times = a.get(1).or(args.kw("times")).filter(|v| !vm.is_none(v));
    let ns = args.kw("ns");
    let pair = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(
                vm.value_error("utime: you may specify either 'times' or 'ns' but not both")
            );
        }
        (Some(t), None) => Some(utime_pair(vm, t, "times", 1.0)?),
        (None, Some(n)) => Some(utime_pair(vm, n, "ns", 1e-9)?),
        (None, None) => None,
    };
    let now = std::time::SystemTime::now();
    let (atime, mtime) = pair.map_or((now, now), |(a, m)| (system_time(a), system_time(m)));
    path_op(vm, &a[0], move |p| {
        let times = std::fs::FileTimes::new()
            .set_accessed(atime)
            .set_modified(mtime);
        File::open(p)?.set_times(times)
    })?;
    Ok(vm.none())
}

fn stat_tuple(vm: &Vm, m: &std::fs::Metadata) -> Value {
    let t = |s: i64, ns: i64| float::new_float(s as f64 + ns as f64 * 1e-9);
    let _ = vm;
    tuple_ops::new_tuple(vec![
        int::from_i64(i64::from(m.mode())),
        int::from_bigint(m.ino().into()),
        int::from_bigint(m.dev().into()),
        int::from_bigint(m.nlink().into()),
        int::from_i64(i64::from(m.uid())),
        int::from_i64(i64::from(m.gid())),
        int::from_bigint(m.size().into()),
        t(m.atime(), m.atime_nsec()),
        t(m.mtime(), m.mtime_nsec()),
        t(m.ctime(), m.ctime_nsec()),
    ])
}

/// `_stat(path_or_fd, follow_symlinks)`: `(mode, ino, dev, nlink, uid, gid, size, atime,
/// mtime, ctime)`.
fn stat(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_stat", 2, 2)?;
    let follow = ops::is_true(vm, &a[1])?;
    let m = if let Some(fd) =
        int::as_i64(&a[0]).filter(|_| !matches!(a[0].payload(), Some(Payload::Bool(_))))
    {
        let f = file_of(vm, fd)?;
        vm.allow_threads(|| f.metadata())
            .map_err(|e| os_error(vm, &e, None))?
    } else if follow {
        path_op(vm, &a[0], |p| std::fs::metadata(p))?
    } else {
        path_op(vm, &a[0], |p| std::fs::symlink_metadata(p))?
    };
    Ok(stat_tuple(vm, &m))
}

fn readlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "readlink", 1, 1)?;
    let target = path_op(vm, &a[0], |p| std::fs::read_link(p))?;
    Ok(from_string(target.to_string_lossy().into_owned()))
}

fn symlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "symlink", 2, 3)?;
    let src = fspath(vm, &a[0])?;
    path_op(vm, &a[1], |dst| std::os::unix::fs::symlink(&src, dst))?;
    Ok(vm.none())
}

/// `open(path, flags, mode=0o777)`: a new file descriptor.
fn open(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "open", 2, 3)?;
    let flags = int_arg(vm, &a[1])? as i32;
    let mode = mode_arg(vm, &args, 2, 0o777)?;
    let access = flags & 3;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(access == 0 || access == 2)
        .write(access == 1 || access == 2)
        .mode(mode)
        .custom_flags(flags & !(3 | 0o100 | 0o200 | 0o1000 | 0o2000));
    if flags & 0o2000 != 0 {
        opts.append(true);
    }
    if flags & 0o1000 != 0 {
        opts.truncate(true);
    }
    match (flags & 0o100 != 0, flags & 0o200 != 0) {
        (true, true) => opts.create_new(true),
        (true, false) => opts.create(true),
        _ => &mut opts,
    };
    let file = path_op(vm, &a[0], |p| {
        let f = opts.open(p)?;
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(f)
    })?;
    let fd = file.as_raw_fd();
    with_files(|t| t.insert(fd, Arc::new(file)));
    Ok(int::from_i64(i64::from(fd)))
}

fn close(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "close", 1, 1)?;
    let fd = int_arg(vm, &a[0])?;
    match with_files(|t| t.remove(&(fd as i32))) {
        Some(f) => {
            drop(f);
            Ok(vm.none())
        }
        None if (0..=2).contains(&fd) => Ok(vm.none()),
        None => Err(ebadf(vm)),
    }
}

fn read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "read", 2, 2)?;
    let fd = int_arg(vm, &a[0])?;
    let n = int_arg(vm, &a[1])?.max(0) as usize;
    let mut buf = vec![0u8; n];
    let got = if fd == 0 {
        vm.allow_threads(|| std::io::stdin().read(&mut buf))
    } else {
        let f = file_of(vm, fd)?;
        vm.allow_threads(|| (&*f).read(&mut buf))
    }
    .map_err(|e| os_error(vm, &e, None))?;
    buf.truncate(got);
    Ok(bytes_ops::new_bytes(buf))
}

fn write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "write", 2, 2)?;
    let fd = int_arg(vm, &a[0])?;
    let Some(data) = bytes_ops::as_bytes(&a[1]) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[1])
        )));
    };
    let n = match fd {
        1 => {
            crate::modules::builtins::flush_stdout();
            vm.allow_threads(|| std::io::stdout().write(&data))
        }
        2 => vm.allow_threads(|| std::io::stderr().write(&data)),
        _ => {
            let f = file_of(vm, fd)?;
            vm.allow_threads(|| (&*f).write(&data))
        }
    }
    .map_err(|e| os_error(vm, &e, None))?;
    Ok(int::from_usize(n))
}

/// `os.pipe()`: a (read, write) pair of descriptors.
fn pipe(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use std::os::fd::{AsRawFd, OwnedFd};
    args.positional_only(vm, "pipe", 0, 0)?;
    let (r, w) = std::io::pipe().map_err(|e| os_error(vm, &e, None))?;
    let (r, w) = (File::from(OwnedFd::from(r)), File::from(OwnedFd::from(w)));
    let (rfd, wfd) = (r.as_raw_fd(), w.as_raw_fd());
    with_files(|t| {
        t.insert(rfd, Arc::new(r));
        t.insert(wfd, Arc::new(w));
    });
    Ok(tuple_ops::new_tuple(vec![
        int::from_i64(rfd.into()),
        int::from_i64(wfd.into()),
    ]))
}

fn lseek(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "lseek", 3, 3)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let pos = int_arg(vm, &a[1])?;
    let whence = match int_arg(vm, &a[2])? {
        0 if pos < 0 => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
        0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
    };
    let r = (&*f).seek(whence).map_err(|e| os_error(vm, &e, None))?;
    Ok(int::from_bigint(r.into()))
}

fn ftruncate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "ftruncate", 2, 2)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let n = int_arg(vm, &a[1])?.max(0) as u64;
    f.set_len(n).map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.none())
}

fn fsync(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "fsync", 1, 1)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    vm.allow_threads(|| f.sync_all())
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(vm.none())
}

fn isatty(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    let a = args.positional_only(vm, "isatty", 1, 1)?;
    let fd = int_arg(vm, &a[0])?;
    let tty = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => with_files(|t| t.get(&(fd as i32)).is_some_and(|f| f.is_terminal())),
    };
    Ok(vm.bool(tty))
}

fn access(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "access", 2, 2)?;
    let mode = int_arg(vm, &a[1])?;
    let path = fspath(vm, &a[0])?;
    let Ok(m) = std::fs::metadata(&path) else {
        return Ok(vm.bool(false));
    };
    let perms = m.mode();
    let ok = (mode & 2 == 0 || perms & 0o222 != 0) && (mode & 1 == 0 || perms & 0o111 != 0);
    Ok(vm.bool(ok))
}

fn getpid(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "getpid", 0, 0)?;
    Ok(int::from_i64(i64::from(std::process::id())))
}

fn getppid(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "getppid", 0, 0)?;
    Ok(int::from_i64(
        i64::from(std::os::unix::process::parent_id()),
    ))
}

fn cpu_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "cpu_count", 0, 0)?;
    Ok(std::thread::available_parallelism()
        .map_or_else(|_| vm.none(), |n| int::from_usize(n.get())))
}

fn urandom(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "urandom", 1, 1)?;
    let n = int_arg(vm, &a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    crate::alloc::check::<u8>(vm, n as usize)?;
    let mut buf = vec![0u8; n as usize];
    vm.allow_threads(|| File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf)))
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(bytes_ops::new_bytes(buf))
}

fn strerror(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "strerror", 1, 1)?;
    let n = int_arg(vm, &a[0])?;
    Ok(from_string(crate::objects::exception_methods::strerror(
        n as i32,
    )))
}

fn exit_now(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_exit", 1, 1)?;
    let code = int_arg(vm, &a[0])?;
    crate::modules::builtins::flush_stdout();
    std::process::exit(code as i32)
}

fn environ(vm: &Vm) -> PyResult<Value> {
    let d = crate::objects::dict::new_dict();
    for (k, v) in std::env::vars_os() {
        let k = from_string(k.to_string_lossy().into_owned());
        dict_ops::set_item(vm, &d, k, from_string(v.to_string_lossy().into_owned()))?;
    }
    Ok(d)
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("_scandir", scandir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("chmod", chmod),
        ("utime", utime),
        ("_stat", stat),
        ("readlink", readlink),
        ("symlink", symlink),
        ("open", open),
        ("close", close),
        ("read", read),
        ("pipe", pipe),
        ("write", write),
        ("lseek", lseek),
        ("ftruncate", ftruncate),
        ("fsync", fsync),
        ("isatty", isatty),
        ("access", access),
        ("getpid", getpid),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("strerror", strerror),
        ("_exit", exit_now),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    let consts: &[(&str, i64)] = &[
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_NOCTTY", 0o400),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("O_NONBLOCK", 0o4000),
        ("O_CLOEXEC", 0o2000000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", 0),
        ("X_OK", 1),
        ("W_OK", 2),
        ("R_OK", 4),
    ];
    for (name, v) in consts {
        set_attr(m, name, int::from_i64(*v));
    }
    set_attr(m, "environ", environ(vm)?);
    crate::modules::os_process::init(m);
    Ok(())
}
