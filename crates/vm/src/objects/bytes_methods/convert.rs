//! Making `bytes`/`bytearray` objects (`bytes(n)`, `bytes(iterable)`, `bytes(str, encoding)`,
//! `__bytes__`), `decode`, `hex` and `fromhex`. Counterpart of `bytes_new_impl`,
//! `bytearray___init___impl` and `Python/pystrhex.c`.

use super::BytesCall;
use crate::object::{Payload, Value};
use crate::objects::bytes_ops::{as_bytes, new_bytearray, new_bytes};
use crate::objects::function::Args;
use crate::objects::str::{as_str, from_string};
use crate::objects::str_methods::args::{Style, receiver, to_isize};
use crate::objects::str_methods::codec::{decode_bytes, encode_text, text_arg};
use crate::objects::types::{self, builtin};
use crate::objects::{dict, int};
use crate::ops;
use crate::pycell::PyCell;
use crate::vm::{PyResult, Vm};

/// The bytes that `bytes(source, encoding, errors)` or `bytearray(...)` holds.
fn from_source(
    vm: &Vm,
    what: &str,
    source: Option<&Value>,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    let Some(source) = source else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(text) = as_str(source) {
        let Some(enc) = encoding else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        let enc = text_arg(vm, Some(enc), what, "encoding", "utf-8")?;
        let errors = text_arg(vm, errors, what, "errors", "strict")?;
        return encode_text(vm, text, enc, errors);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(m) = types::lookup_str_on_class(source, "__bytes__").filter(|_| what == "bytes") {
        let r = ops::call(vm, &m, std::slice::from_ref(source), &[])?;
        return as_bytes(&r).ok_or_else(|| {
            vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))
        });
    }
    if let Some(b) = as_bytes(source) {
        return Ok(b);
    }
    if int::is_int(source) || types::lookup_str_on_class(source, "__index__").is_some() {
        let n = to_isize(vm, source)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > 1 << 34 {
            return Err(vm.new_exc("MemoryError", ""));
        }
        return Ok(vec![0; n as usize]);
    }
    from_iterable(vm, what, source)
}

fn from_iterable(vm: &Vm, what: &str, source: &Value) -> PyResult<Vec<u8>> {
    let iter = match ops::iter(vm, source) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {what}",
                vm.type_name(source)
            )));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = ops::next(vm, &iter)? {
        out.push(byte_value(
            vm,
            &x,
            if what == "bytes" { "bytes" } else { "byte" },
        )?);
    }
    Ok(out)
}

/// An int in `range(256)`; `noun` words the range error ("bytes must be ..." or "byte must be ...").
pub fn byte_value(vm: &Vm, x: &Value, noun: &str) -> PyResult<u8> {
    let n = to_isize(vm, x).map_err(|e| {
        if vm.err_is(&e, "OverflowError") {
            vm.value_error(format!("{noun} must be in range(0, 256)"))
        } else {
            e
        }
    })?;
    u8::try_from(n).map_err(|_| vm.value_error(format!("{noun} must be in range(0, 256)")))
}

/// An instance of `cls` (a subclass of bytes or bytearray) holding `payload`.
fn instance_of(cls: &Value, payload: Payload) -> Value {
    let heap = types::type_data(cls).is_some_and(|t| t.heap);
    Value::alloc_with_dict(cls.clone(), heap.then(dict::new_dict), payload)
}

/// `bytes.__new__(cls, source=b'', encoding=..., errors=...)`.
pub fn bytes_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let call = receiver(vm, args, "bytes", "__new__", |c| {
        matches!(c.payload(), Some(Payload::Type(_)))
    })?;
    let [source, encoding, errors] = call.keywords(vm, ["source", "encoding", "errors"], 0)?;
    let data = from_source(vm, "bytes", source, encoding, errors)?;
    if call.this.is(&builtin().bytes) {
        return Ok(new_bytes(data));
    }
    Ok(instance_of(
        call.this,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

/// `bytearray.__new__(cls, ...)`: an empty bytearray that `__init__` fills.
pub fn bytearray_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let call = receiver(vm, args, "bytearray", "__new__", |c| {
        matches!(c.payload(), Some(Payload::Type(_)))
    })?;
    if call.this.is(&builtin().bytearray) {
        return Ok(new_bytearray(Vec::new()));
    }
    Ok(instance_of(
        call.this,
        Payload::ByteArray(Box::new(PyCell::new(Vec::new()))),
    ))
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`.
pub fn bytearray_init(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let [source, encoding, errors] = c.call.keywords(vm, ["source", "encoding", "errors"], 0)?;
    let data = from_source(vm, "bytearray", source, encoding, errors)?;
    if let Some(Payload::ByteArray(b)) = c.call.this.payload() {
        *b.borrow_mut() = data;
    }
    Ok(vm.none())
}

/// `decode(encoding='utf-8', errors='strict')`.
pub fn decode(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let [encoding, errors] = c.call.keywords(vm, ["encoding", "errors"], 0)?;
    let encoding = text_arg(vm, encoding, "decode", "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "decode", "errors", "strict")?;
    decode_bytes(vm, &c.data, encoding, errors).map(from_string)
}

/// `hex(sep=..., bytes_per_sep=1)`: groups counted from the right (from the left when negative).
pub fn hex(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let [sep, per] = c.call.keywords(vm, ["sep", "bytes_per_sep"], 0)?;
    let digits = |b: &u8| format!("{b:02x}");
    let Some(sep) = sep else {
        return Ok(from_string(c.data.iter().map(digits).collect()));
    };
    let sep = match (as_str(sep), as_bytes(sep)) {
        (Some(s), _) => s.to_owned(),
        (None, Some(b)) => b.iter().map(|&b| char::from(b)).collect(),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match per {
        Some(v) => to_isize(vm, v)?,
        None => 1,
    };
    let group = per.unsigned_abs().max(1);
    let n = c.data.len();
    let mut out = String::with_capacity(n * 3);
    for (i, b) in c.data.iter().enumerate() {
        let boundary = if per >= 0 {
            (n - i).is_multiple_of(group)
        } else {
            i.is_multiple_of(group)
        };
        if i > 0 && per != 0 && boundary {
            out.push_str(&sep);
        }
        out.push_str(&digits(b));
    }
    Ok(from_string(out))
}

/// `fromhex(string)` (a classmethod of both types).
pub fn fromhex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let call = receiver(vm, args, "bytes", "fromhex", |c| {
        matches!(c.payload(), Some(Payload::Type(_)))
    })?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let Some(text) = as_str(&a[0]) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let cls = call.this;
    if cls.is(&builtin().bytes) {
        return Ok(new_bytes(out));
    }
    if cls.is(&builtin().bytearray) {
        return Ok(new_bytearray(out));
    }
    ops::call(vm, cls, &[new_bytes(out)], &[])
}
