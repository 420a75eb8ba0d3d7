//! `_posixshmem`: memory shared between processes: named POSIX shared memory (`shm_open`,
//! `shm_unlink`), anonymous blocks (`memfd_create`), and the typed loads and stores that
//! `multiprocessing.sharedctypes` and `multiprocessing.shared_memory` build on. Counterpart of
//! CPython's `Modules/_multiprocessing/posixshmem.c`, plus the getters and setters of the
//! simple C types (`Modules/_ctypes/cfield.c`) that shared values need.
//!
//! CPython maps the memory (`mmap`) and lets ctypes read and write it in place. Mapping memory
//! into the address space needs `unsafe`, which gilpy keeps to its object and GIL layers, so
//! a block stays a file on tmpfs (its pages are the same physical memory in every process
//! that has it open) and is read and written with `pread`/`pwrite`. A load or store of one
//! value, or of one slice, is one system call made with the GIL held: atomic with respect to
//! this process's threads. Across processes there is no more atomicity than CPython gives
//! (`v.value += 1` is a load then a store, and races unless the value's lock is held).

use crate::modules::os::{file_of, int_arg, register_file};
use crate::object::Value;
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::exception_methods::os_error;
use crate::objects::float_methods::as_real;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, from_string};
use crate::objects::{bytes_ops, float, int, list_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use std::fs::File;
use std::os::unix::fs::{FileExt, OpenOptionsExt};

/// Where named shared memory lives on Linux (what glibc's `shm_open` opens).
const SHM_DIR: &str = "/dev/shm/";

/// The simple C types a shared value or array can hold, by `array`-module typecode.
#[derive(Clone, Copy)]
enum CType {
    Byte,
    UByte,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    Float,
    Double,
    Char,
    WChar,
}

impl CType {
    fn from_code(code: &str) -> Option<CType> {
        Some(match code {
            "b" => CType::Byte,
            "B" => CType::UByte,
            "h" => CType::Short,
            "H" => CType::UShort,
            "i" => CType::Int,
            "I" => CType::UInt,
            "l" | "q" => CType::Long,
            "L" | "Q" => CType::ULong,
            "f" => CType::Float,
            "d" => CType::Double,
            "c" => CType::Char,
            "u" => CType::WChar,
            _ => return None,
        })
    }

    fn size(self) -> usize {
        match self {
            CType::Byte | CType::UByte | CType::Char => 1,
            CType::Short | CType::UShort => 2,
            CType::Int | CType::UInt | CType::Float | CType::WChar => 4,
            CType::Long | CType::ULong | CType::Double => 8,
        }
    }

    fn signed(self) -> bool {
        matches!(self, CType::Byte | CType::Short | CType::Int | CType::Long)
    }
}

fn io_err(vm: &Vm, e: std::io::Error, name: Option<&Value>) -> PyErr {
    os_error(vm, &e, name.cloned())
}

fn ctype_arg(vm: &Vm, v: &Value) -> PyResult<CType> {
    as_str(v)
        .and_then(CType::from_code)
        .ok_or_else(|| vm.type_error("this type has no size"))
}

fn offset_arg(vm: &Vm, v: &Value) -> PyResult<u64> {
    u64::try_from(int_arg(vm, v)?).map_err(|_| vm.value_error("offset must not be negative"))
}

/// An integer stored as C does: its low `size` bytes in two's complement, little-endian
/// (ctypes' setters mask, they do not range-check).
fn encode_int(vm: &Vm, v: &Value, size: usize, out: &mut Vec<u8>) -> PyResult<()> {
    let Some(i) = ops::seq::index_of(vm, v)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    let mut bytes = i.to_signed_bytes_le();
    let fill = if i.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(size.max(bytes.len()), fill);
    out.extend_from_slice(&bytes[..size]);
    Ok(())
}

fn encode_char(vm: &Vm, v: &Value) -> PyResult<u8> {
    let byte = match bytes_ops::as_bytes(v) {
        Some(b) if b.len() == 1 => Some(b[0]),
        Some(_) => None,
        None => int::as_i64(v).and_then(|n| u8::try_from(n).ok()),
    };
    byte.ok_or_else(|| vm.type_error("one character bytes, bytearray or integer expected"))
}

fn encode_wchar(vm: &Vm, v: &Value) -> PyResult<u32> {
    let Some(s) = as_str(v) else {
        return Err(vm.type_error(format!(
            "unicode string expected instead of {} instance",
            vm.type_name(v)
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(u32::from(c)),
        _ => Err(vm.type_error("one character unicode string expected")),
    }
}

fn encode(vm: &Vm, ct: CType, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    match ct {
        CType::Float | CType::Double => {
            let Some(f) = as_real(vm, v)? else {
                return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))));
            };
            if let CType::Float = ct {
                out.extend_from_slice(&(f as f32).to_le_bytes());
            } else {
                out.extend_from_slice(&f.to_le_bytes());
            }
        }
        CType::Char => out.push(encode_char(vm, v)?),
        CType::WChar => out.extend_from_slice(&encode_wchar(vm, v)?.to_le_bytes()),
        _ => encode_int(vm, v, ct.size(), out)?,
    }
    Ok(())
}

fn decode(vm: &Vm, ct: CType, b: &[u8]) -> PyResult<Value> {
    let word = |n: usize| {
        let mut w = [0u8; 8];
        w[..n].copy_from_slice(&b[..n]);
        w
    };
    Ok(match ct {
        CType::Float => float::new_float(f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))),
        CType::Double => float::new_float(f64::from_le_bytes(word(8))),
        CType::Char => bytes_ops::new_bytes(vec![b[0]]),
        CType::WChar => {
            let code = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let c = char::from_u32(code).ok_or_else(|| {
                vm.value_error(format!(
                    "character U+{code:x} is not in range [U+0000; U+10ffff]"
                ))
            })?;
            from_string(c.to_string())
        }
        CType::ULong => int::from_bigint(u64::from_le_bytes(word(8)).into()),
        _ => {
            let n = ct.size();
            let shift = 64 - 8 * n as u32;
            let raw = u64::from_le_bytes(word(n)) << shift;
            let v = if ct.signed() {
                (raw as i64) >> shift
            } else {
                (raw >> shift) as i64
            };
            int::from_i64(v)
        }
    })
}

/// Check that `n` bytes at `offset` lie inside block `f` (so no read or write can ask for
/// more memory than the block has, nor grow it).
fn check_range(vm: &Vm, f: &File, offset: u64, n: usize) -> PyResult<()> {
    let len = f.metadata().map_err(|e| io_err(vm, e, None))?.len();
    match offset.checked_add(n as u64) {
        Some(end) if end <= len => Ok(()),
        _ => Err(vm.index_error("access beyond the end of the shared block")),
    }
}

fn read_at(vm: &Vm, f: &File, offset: u64, n: usize) -> PyResult<Vec<u8>> {
    check_range(vm, f, offset, n)?;
    let mut buf = vec![0u8; n];
    f.read_exact_at(&mut buf, offset)
        .map_err(|e| io_err(vm, e, None))?;
    Ok(buf)
}

fn write_at(vm: &Vm, f: &File, offset: u64, data: &[u8]) -> PyResult<()> {
    check_range(vm, f, offset, data.len())?;
    f.write_all_at(data, offset)
        .map_err(|e| io_err(vm, e, None))
}

/// `load(fd, offset, typecode)`: the value of C type `typecode` at `offset` of block `fd`.
fn load(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "load", 3, 3)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let ct = ctype_arg(vm, &a[2])?;
    let buf = read_at(vm, &f, offset_arg(vm, &a[1])?, ct.size())?;
    decode(vm, ct, &buf)
}

/// `load_array(fd, offset, typecode, count)`: a list of `count` consecutive values, read at
/// once.
fn load_array(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "load_array", 4, 4)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let ct = ctype_arg(vm, &a[2])?;
    let count = usize::try_from(int_arg(vm, &a[3])?).unwrap_or(0);
    let n = count.saturating_mul(ct.size());
    let buf = read_at(vm, &f, offset_arg(vm, &a[1])?, n)?;
    let items = buf
        .chunks_exact(ct.size())
        .map(|chunk| decode(vm, ct, chunk))
        .collect::<PyResult<Vec<Value>>>()?;
    Ok(list_ops::new_list(items))
}

/// `store(fd, offset, typecode, value)`: write `value` as C type `typecode` at `offset`.
fn store(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "store", 4, 4)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let ct = ctype_arg(vm, &a[2])?;
    let mut buf = Vec::with_capacity(ct.size());
    encode(vm, ct, &a[3], &mut buf)?;
    write_at(vm, &f, offset_arg(vm, &a[1])?, &buf)?;
    Ok(vm.none())
}

/// `store_array(fd, offset, typecode, values)`: write the sequence `values` consecutively,
/// all converted before anything is written.
fn store_array(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "store_array", 4, 4)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let ct = ctype_arg(vm, &a[2])?;
    let values = ops::collect(vm, &a[3])?;
    let mut buf = Vec::with_capacity(values.len() * ct.size());
    for v in &values {
        encode(vm, ct, v, &mut buf)?;
    }
    write_at(vm, &f, offset_arg(vm, &a[1])?, &buf)?;
    Ok(vm.none())
}

/// `read(fd, offset, n)`: `n` raw bytes at `offset`.
fn read(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "read", 3, 3)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let n = usize::try_from(int_arg(vm, &a[2])?).unwrap_or(0);
    Ok(bytes_ops::new_bytes(read_at(
        vm,
        &f,
        offset_arg(vm, &a[1])?,
        n,
    )?))
}

/// `write(fd, offset, data)`: write the bytes `data` at `offset`.
fn write(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "write", 3, 3)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let data = bytes_ops::as_bytes(&a[2]).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&a[2])
        ))
    })?;
    write_at(vm, &f, offset_arg(vm, &a[1])?, &data)?;
    Ok(vm.none())
}

/// `sizeof(typecode)`: the size in bytes of C type `typecode`.
fn sizeof(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "sizeof", 1, 1)?;
    Ok(int::from_usize(ctype_arg(vm, &a[0])?.size()))
}

/// `size(fd)`: the size in bytes of block `fd`.
fn size(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "size", 1, 1)?;
    let f = file_of(vm, int_arg(vm, &a[0])?)?;
    let meta = f.metadata().map_err(|e| io_err(vm, e, None))?;
    Ok(int::from_bigint(meta.len().into()))
}

/// `memfd_create(name, size)`: a new anonymous zero-filled block of `size` bytes, freed by
/// the system when the last process holding it closes it.
fn memfd_create(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    use rustix::fs::MemfdFlags;
    let a = args.positional_only(vm, "memfd_create", 2, 2)?;
    let name = as_str(&a[0]).ok_or_else(|| vm.type_error("name must be str"))?;
    let len = u64::try_from(int_arg(vm, &a[1])?).map_err(|_| vm.value_error("negative size"))?;
    let fd = rustix::fs::memfd_create(name, MemfdFlags::CLOEXEC)
        .map_err(|e| io_err(vm, e.into(), None))?;
    let file = File::from(fd);
    file.set_len(len).map_err(|e| io_err(vm, e, None))?;
    Ok(int::from_i64(register_file(file).into()))
}

/// The file behind shared-memory name `name` (glibc's rule: leading slashes dropped, no
/// other slash allowed).
fn shm_path(vm: &Vm, name: &Value) -> PyResult<String> {
    let s = as_str(name).ok_or_else(|| {
        vm.type_error(format!(
            "shm_open() argument 'path' must be str, not {}",
            vm.type_name(name)
        ))
    })?;
    let bare = s.trim_start_matches('/');
    if bare.is_empty() || bare.contains('/') {
        return Err(io_err(
            vm,
            std::io::Error::from_raw_os_error(22),
            Some(name),
        ));
    }
    Ok(format!("{SHM_DIR}{bare}"))
}

/// `shm_open(path, flags, mode=0o777)`: open (or, with `O_CREAT`, create) the named shared
/// memory `path`; returns a descriptor.
fn shm_open(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "shm_open", 2, 3)?;
    let path = shm_path(vm, &a[0])?;
    let flags = int_arg(vm, &a[1])?;
    let mode = match a.get(2) {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true)
        .write(flags & 3 == 2)
        .mode(u32::try_from(mode).unwrap_or(0o600));
    match (flags & 0o100 != 0, flags & 0o200 != 0) {
        (true, true) => opts.create_new(true),
        (true, false) => opts.create(true),
        _ => &mut opts,
    };
    let file = opts.open(&path).map_err(|e| io_err(vm, e, Some(&a[0])))?;
    Ok(int::from_i64(register_file(file).into()))
}

/// `shm_unlink(path)`: remove the named shared memory `path` (processes that have it open
/// keep it until they close it).
fn shm_unlink(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "shm_unlink", 1, 1)?;
    let path = shm_path(vm, &a[0])?;
    std::fs::remove_file(&path).map_err(|e| io_err(vm, e, Some(&a[0])))?;
    Ok(vm.none())
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("load", load),
        ("load_array", load_array),
        ("store", store),
        ("store_array", store_array),
        ("read", read),
        ("write", write),
        ("sizeof", sizeof),
        ("size", size),
        ("memfd_create", memfd_create),
        ("shm_open", shm_open),
        ("shm_unlink", shm_unlink),
    ];
    for (name, f) in fns {
        set_attr(m, name, new_builtin(name, *f));
    }
    Ok(())
}
