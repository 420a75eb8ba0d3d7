//! `memoryview`: a one-dimensional view of the bytes of a `bytes`, `bytearray` or
//! `array.array`, sharing memory with a writable exporter; slicing makes views, `cast`
//! reinterprets the items. Counterpart of CPython's `Objects/memoryobject.c` (without
//! multi-dimensional shapes and without export counting: a bytearray may still be resized
//! while viewed, and reads past its new end raise `IndexError`).

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{
    StaticValue, add_method, add_static, new_builtin, new_native_type, set_attr,
};
use crate::objects::buffer::{self, PackError};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, from_string, intern, new_str};
use crate::objects::types::builtin;
use crate::objects::{bytes_ops, int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;
use std::sync::OnceLock;

pub struct MemoryView {
    /// The exporter: a bytes, bytearray or array (never another memoryview).
    obj: Value,
    /// Byte offset of item 0 in the exporter's bytes.
    offset: usize,
    /// Number of items.
    len: usize,
    /// Bytes from one item to the next (negative for a reversed slice).
    stride: isize,
    format: char,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

pub fn memoryview_type() -> &'static Value {
    static T: OnceLock<StaticValue> = OnceLock::new();
    &T.get_or_init(|| StaticValue(create_type())).0
}

fn view_of(v: &Value) -> Option<&MemoryView> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<MemoryView>(),
        _ => None,
    }
}

/// The exporter of a view (for the collector).
pub fn exporter(v: &MemoryView) -> &Value {
    &v.obj
}

/// A copy of the bytes `v` exports, for the functions that accept any bytes-like object: a
/// memoryview's items or an array's storage.
pub fn buffer_copy(v: &Value) -> Option<Vec<u8>> {
    match view_of(v) {
        Some(m) if !m.released.get() => Some(bytes_of(m)),
        Some(_) => None,
        None => buffer::as_array(v).map(|a| a.data.borrow().clone()),
    }
}

fn new_view(m: MemoryView) -> Value {
    Value::alloc(memoryview_type().clone(), Payload::Native(Box::new(m)))
}

#[cold]
fn released_error(vm: &Vm) -> PyErr {
    vm.value_error("operation forbidden on released memoryview object")
}

/// The view `args.pos()[0]` (not released) and the other arguments.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a MemoryView, &'a [Value])> {
    let pos = args.pos();
    let Some(m) = pos.first().and_then(view_of) else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for 'memoryview' objects needs a memoryview"
        )));
    };
    if m.released.get() {
        return Err(released_error(vm));
    }
    Ok((m, &pos[1..]))
}

/// The bytes of item `i` (`None` past the exporter's current end).
fn item_bytes(m: &MemoryView, i: usize) -> Option<Vec<u8>> {
    let start = m.offset as isize + i as isize * m.stride;
    let start = usize::try_from(start).ok()?;
    buffer::with_bytes(&m.obj, |b| {
        b.get(start..start + m.itemsize).map(<[u8]>::to_vec)
    })
    .flatten()
}

fn bytes_of(m: &MemoryView) -> Vec<u8> {
    (0..m.len)
        .filter_map(|i| item_bytes(m, i))
        .flatten()
        .collect()
}

fn item(vm: &Vm, m: &MemoryView, i: usize) -> PyResult<Value> {
    match item_bytes(m, i) {
        Some(b) => buffer::unpack(vm, m.format, &b),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn memoryview_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "memoryview", &["object"])?;
    let pos = args.pos();
    let Some(obj) = pos.get(1).or_else(|| args.kw("object")) else {
        return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if let Some(m) = view_of(obj) {
        if m.released.get() {
            return Err(released_error(vm));
        }
        return Ok(new_view(copy_view(m, m.readonly)));
    }
    let (format, n) = match (obj.payload(), buffer::as_array(obj)) {
        (Some(Payload::Bytes(b)), _) => ('B', b.len()),
        (Some(Payload::ByteArray(b)), _) => ('B', b.borrow().len()),
        (_, Some(a)) => (a.code, a.data.borrow().len()),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(obj)
            )));
        }
    };
    let itemsize = buffer::itemsize(format).unwrap_or(1);
    Ok(new_view(MemoryView {
        obj: obj.clone(),
        offset: 0,
        len: n / itemsize,
        stride: itemsize as isize,
        format,
        itemsize,
        readonly: !buffer::is_writable(obj),
        released: Cell::new(false),
    }))
}

fn copy_view(m: &MemoryView, readonly: bool) -> MemoryView {
    MemoryView {
        obj: m.obj.clone(),
        offset: m.offset,
        len: m.len,
        stride: m.stride,
        format: m.format,
        itemsize: m.itemsize,
        readonly,
        released: Cell::new(false),
    }
}

fn len(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "__len__")?;
    Ok(int::from_usize(m.len))
}

fn getitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, a) = this(vm, &args, "__getitem__")?;
    let Some(key) = a.first() else {
        return Err(vm.type_error("__getitem__ expected 1 argument"));
    };
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, stop, step) = ops::seq::slice_indices(vm, key, m.len)?;
        let count = ops::seq::slice_positions(start, stop, step).count();
        let mut v = copy_view(m, m.readonly);
        v.offset = (m.offset as isize + start * m.stride).max(0) as usize;
        v.len = count;
        v.stride = m.stride * step;
        return Ok(new_view(v));
    }
    let i = index(vm, m, key)?;
    item(vm, m, i)
}

/// An item index (negative from the end), checked against the view's length.
fn index(vm: &Vm, m: &MemoryView, key: &Value) -> PyResult<usize> {
    let Some(i) = ops::seq::index_of(vm, key)? else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    let n = num_bigint::BigInt::from(m.len);
    let i = if i.sign() == num_bigint::Sign::Minus {
        i + &n
    } else {
        i
    };
    match usize::try_from(&i) {
        Ok(i) if i < m.len => Ok(i),
        _ => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

fn setitem(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, a) = this(vm, &args, "__setitem__")?;
    let [key, value] = a else {
        return Err(vm.type_error("__setitem__ expected 2 arguments"));
    };
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, stop, step) = ops::seq::slice_indices(vm, key, m.len)?;
        let positions: Vec<usize> = ops::seq::slice_positions(start, stop, step).collect();
        let data = bytes_ops::as_bytes(value).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            ))
        })?;
        if data.len() != positions.len() * m.itemsize {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, i) in positions.into_iter().enumerate() {
            write_item(vm, m, i, &data[k * m.itemsize..(k + 1) * m.itemsize])?;
        }
        return Ok(vm.none());
    }
    let i = index(vm, m, key)?;
    let bytes = buffer::pack(vm, m.format, value).map_err(|e| match e {
        PackError::Type(_) => vm.type_error(format!(
            "memoryview: invalid type for format '{}'",
            m.format
        )),
        PackError::Range(_) => vm.value_error(format!(
            "memoryview: invalid value for format '{}'",
            m.format
        )),
    })?;
    write_item(vm, m, i, &bytes)?;
    Ok(vm.none())
}

fn write_item(vm: &Vm, m: &MemoryView, i: usize, bytes: &[u8]) -> PyResult<()> {
    let start = (m.offset as isize + i as isize * m.stride).max(0) as usize;
    let done = buffer::with_bytes_mut(&m.obj, |b| match b.get_mut(start..start + bytes.len()) {
        Some(dst) => {
            dst.copy_from_slice(bytes);
            true
        }
        None => false,
    });
    if done == Some(true) {
        Ok(())
    } else {
        Err(vm.index_error("index out of bounds on dimension 1"))
    }
}

fn tobytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "tobytes")?;
    Ok(bytes_ops::new_bytes(bytes_of(m)))
}

fn tolist(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "tolist")?;
    let items = (0..m.len)
        .map(|i| item(vm, m, i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(list_ops::new_list(items))
}

fn hex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "hex")?;
    let data = bytes_ops::new_bytes(bytes_of(m));
    let method = ops::getattr(vm, &data, &intern("hex"))?;
    let start = args.args.len() - args.kwnames.len();
    let mut rest = args.pos()[1..].to_vec();
    rest.extend_from_slice(&args.args[start..]);
    ops::call(vm, &method, &rest, args.kwnames)
}

fn release(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if let Some(m) = args.pos().first().and_then(view_of) {
        m.released.set(true);
    }
    Ok(vm.none())
}

fn enter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__enter__")?;
    Ok(args.args[0].clone())
}

fn exit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    release(vm, args)
}

fn toreadonly(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "toreadonly")?;
    Ok(new_view(copy_view(m, true)))
}

fn contiguous(m: &MemoryView) -> bool {
    m.len <= 1 || m.stride == m.itemsize as isize
}

fn cast(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, a) = this(vm, &args, "cast")?;
    let Some(format) = a.first().or_else(|| args.kw("format")) else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(f) = as_str(format) else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(format)
        )));
    };
    let code = match f.strip_prefix('@').unwrap_or(f).chars().collect::<Vec<_>>()[..] {
        [c] if buffer::itemsize(c).is_some() => c,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        }
    };
    if !contiguous(m) {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_format = |c: char| matches!(c, 'B' | 'b' | 'c');
    if !byte_format(code) && !byte_format(m.format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let itemsize = buffer::itemsize(code).unwrap_or(1);
    let nbytes = m.len * m.itemsize;
    if !nbytes.is_multiple_of(itemsize) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut v = copy_view(m, m.readonly);
    v.format = code;
    v.itemsize = itemsize;
    v.len = nbytes / itemsize;
    v.stride = itemsize as isize;
    Ok(new_view(v))
}

fn eq(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(a), Some(other)) = (pos.first(), pos.get(1)) else {
        return Err(vm.type_error("__eq__ expected 1 argument"));
    };
    Ok(match equal(vm, a, other)? {
        Some(e) => vm.bool(e),
        None => vm.b().not_implemented.clone(),
    })
}

fn ne(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(a), Some(other)) = (pos.first(), pos.get(1)) else {
        return Err(vm.type_error("__ne__ expected 1 argument"));
    };
    Ok(match equal(vm, a, other)? {
        Some(e) => vm.bool(!e),
        None => vm.b().not_implemented.clone(),
    })
}

/// Whether a view equals another view or bytes-like object, item by item; `None` when `other`
/// exports no buffer. A released view equals only itself.
fn equal(vm: &Vm, a: &Value, other: &Value) -> PyResult<Option<bool>> {
    let Some(m) = view_of(a) else {
        return Ok(None);
    };
    if a.is(other) {
        return Ok(Some(true));
    }
    let items =
        |v: &MemoryView| -> PyResult<Vec<Value>> { (0..v.len).map(|i| item(vm, v, i)).collect() };
    if m.released.get() {
        return Ok(Some(false));
    }
    let theirs = match view_of(other) {
        Some(o) if o.released.get() => return Ok(Some(false)),
        Some(o) => items(o)?,
        None => match bytes_ops::as_bytes(other) {
            Some(b) => b.iter().map(|&x| int::from_i64(i64::from(x))).collect(),
            None => return Ok(None),
        },
    };
    let mine = items(m)?;
    if mine.len() != theirs.len() {
        return Ok(Some(false));
    }
    for (x, y) in mine.iter().zip(&theirs) {
        if !ops::eq(vm, x, y)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn hash(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, _) = this(vm, &args, "__hash__")?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, 'B' | 'b' | 'c') {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let h = ops::text::hash(vm, &bytes_ops::new_bytes(bytes_of(m)))?;
    Ok(int::from_i64(h))
}

fn repr(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(v) = args.pos().first() else {
        return Err(vm.type_error("__repr__ expected a memoryview"));
    };
    let released = view_of(v).is_some_and(|m| m.released.get());
    let word = if released {
        "released memory"
    } else {
        "memory"
    };
    Ok(from_string(format!("<{word} at {:#x}>", v.id())))
}

fn iter(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    this(vm, &args, "__iter__")?;
    Ok(crate::objects::iter_types::seq_iter(&args.args[0]))
}

/// A read-only attribute of a view.
fn attr(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<Value> {
    let Some(m) = args.pos().first().and_then(view_of) else {
        return Err(vm.type_error(format!("'{name}' needs a memoryview")));
    };
    if m.released.get() {
        return Err(released_error(vm));
    }
    let n = |x: usize| int::from_usize(x);
    Ok(match name {
        "obj" => m.obj.clone(),
        "nbytes" => n(m.len * m.itemsize),
        "readonly" => vm.bool(m.readonly),
        "itemsize" => n(m.itemsize),
        "format" => new_str(m.format.encode_utf8(&mut [0; 4])),
        "ndim" => n(1),
        "shape" => tuple_ops::new_tuple(vec![n(m.len)]),
        "strides" => tuple_ops::new_tuple(vec![int::from_i64(m.stride as i64)]),
        "suboffsets" => tuple_ops::new_tuple(Vec::new()),
        _ => vm.bool(contiguous(m)),
    })
}

macro_rules! getters {
    ($($f:ident $name:literal;)*) => {
        $(fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
            attr(vm, args, $name)
        })*
        const GETTERS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

getters! {
    get_obj "obj";
    get_nbytes "nbytes";
    get_readonly "readonly";
    get_itemsize "itemsize";
    get_format "format";
    get_ndim "ndim";
    get_shape "shape";
    get_strides "strides";
    get_suboffsets "suboffsets";
    get_contiguous "contiguous";
    get_c_contiguous "c_contiguous";
    get_f_contiguous "f_contiguous";
}

fn create_type() -> Value {
    let t = new_native_type("memoryview");
    set_attr(&t, "__module__", intern("builtins"));
    set_attr(
        &t,
        "__doc__",
        new_str("Create a new memoryview object which references the given object."),
    );
    add_static(&t, "memoryview", "__new__", memoryview_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__iter__", iter),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__enter__", enter),
        ("__exit__", exit),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("toreadonly", toreadonly),
        ("cast", cast),
    ];
    for (name, f) in methods {
        add_method(&t, "memoryview", name, *f);
    }
    let b = builtin();
    for (name, f) in GETTERS {
        let prop = [
            new_builtin(name, *f),
            b.none.clone(),
            b.none.clone(),
            b.none.clone(),
        ];
        let prop = Value::alloc(
            b.property.clone(),
            Payload::Property(crate::payload::PropertyData::new(prop)),
        );
        set_attr(&t, name, prop);
    }
    t
}
