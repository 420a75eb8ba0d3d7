//! `format(value, spec)` for builtin types over `gilpy_algo::format_spec`, and `str % args`
//! and `bytes % args` over `gilpy_algo::printf`. Counterpart of CPython's
//! `Python/formatter_unicode.c`, `PyUnicode_Format` and `_PyBytes_FormatEx`.

use crate::object::{Payload, Value};
use crate::objects::str::{as_str, from_string};
use crate::objects::{bytes_ops, float, int, types};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_algo::format_spec::{self as fs, FormatError};
use gilpy_algo::printf::{self, ErrorKind, FormatArgs, PrintfError};
use num_bigint::BigInt;

fn raise(vm: &Vm, e: FormatError) -> PyErr {
    match e {
        FormatError::Value(m) => vm.value_error(m),
        FormatError::Overflow(m) => vm.overflow_error(m),
        FormatError::Memory => vm.new_exc("MemoryError", ""),
    }
}

/// Format a builtin-typed value; `None` when `v` is not one `format_builtin` knows.
pub fn format_builtin(vm: &Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    if int::is_int(v) && !matches!(v.payload(), Some(Payload::Bool(_)) if spec.is_empty()) {
        let n = int::to_bigint(v).unwrap_or_default();
        if spec.is_empty() {
            return int::to_decimal(vm, v).map(Some);
        }
        return fs::format_int(&n, spec).map(Some).map_err(|e| raise(vm, e));
    }
    match v.payload() {
        Some(Payload::Float(f)) => fs::format_float(*f, spec)
            .map(Some)
            .map_err(|e| raise(vm, e)),
        Some(Payload::Str(s)) => fs::format_str(s.as_str(), spec)
            .map(Some)
            .map_err(|e| raise(vm, e)),
        Some(Payload::Bool(_)) => Ok(Some(crate::ops::text::str_string(vm, v)?)),
        Some(Payload::Complex { re, im }) if !spec.is_empty() => {
            crate::objects::complex::format(*re, *im, spec)
                .map(Some)
                .map_err(|e| raise(vm, e))
        }
        _ if spec.is_empty() => Ok(None),
        _ => Ok(None),
    }
}

impl From<PrintfError> for PyErr {
    #[cold]
    fn from(e: PrintfError) -> PyErr {
        let name = match e.kind {
            ErrorKind::Type => "TypeError",
            ErrorKind::Value => "ValueError",
            ErrorKind::Overflow => "OverflowError",
        };
        let cls = types::builtin().exc(name).clone();
        PyErr(crate::objects::exception_ops::new_exception(
            cls,
            vec![from_string(e.message)],
        ))
    }
}

/// The right-hand side of `%` as the formatting engine reads it.
struct PercentArgs<'a> {
    vm: &'a Vm,
    args: &'a Value,
    /// The items when `args` is a tuple.
    items: Option<&'a [Value]>,
    next: usize,
    mapping: bool,
    /// `bytes % args`: `%s` takes bytes-like objects and the output is Latin-1 text.
    bytes: bool,
}

impl<'a> PercentArgs<'a> {
    fn new(vm: &'a Vm, args: &'a Value, bytes: bool) -> PercentArgs<'a> {
        let items = match args.payload() {
            Some(Payload::Tuple(t)) => Some(&t[..]),
            _ => None,
        };
        let mapping = items.is_none()
            && as_str(args).is_none()
            && (matches!(args.payload(), Some(Payload::Dict(_)))
                || types::lookup_str_on_class(args, "__getitem__").is_some());
        PercentArgs {
            vm,
            args,
            items,
            next: 0,
            mapping,
            bytes,
        }
    }

    /// `%s` of `bytes % args`: the bytes of a bytes-like object or of `__bytes__()`, as Latin-1.
    fn bytes_of(&mut self, arg: &Value) -> PyResult<String> {
        let data = match bytes_ops::as_bytes(arg) {
            Some(b) => b,
            None => match types::lookup_str_on_class(arg, "__bytes__") {
                Some(m) => {
                    let r = ops::call(self.vm, &m, std::slice::from_ref(arg), &[])?;
                    bytes_ops::as_bytes(&r).ok_or_else(|| {
                        self.vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            self.vm.type_name(&r)
                        ))
                    })?
                }
                None => {
                    return Err(self.vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        self.vm.type_name(arg)
                    )));
                }
            },
        };
        Ok(data.iter().map(|&b| char::from(b)).collect())
    }
}

impl FormatArgs for PercentArgs<'_> {
    type Arg = Value;
    type Error = PyErr;

    fn next_positional(&mut self) -> Option<Value> {
        self.next += 1;
        match self.items {
            Some(items) => items.get(self.next - 1).cloned(),
            None if self.next == 1 => Some(self.args.clone()),
            None => None,
        }
    }

    fn has_unused(&self) -> bool {
        match self.items {
            Some(items) => self.next < items.len(),
            None => self.next == 0,
        }
    }

    fn is_mapping(&self) -> bool {
        self.mapping
    }

    fn mapping_item(&mut self, key: &str) -> PyResult<Value> {
        let key = if self.bytes {
            bytes_ops::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
        } else {
            from_string(key.to_owned())
        };
        ops::getitem(self.vm, self.args, &key)
    }

    fn str(&mut self, arg: &Value) -> PyResult<String> {
        if self.bytes {
            return self.bytes_of(arg);
        }
        ops::text::str_string(self.vm, arg)
    }

    fn repr(&mut self, arg: &Value) -> PyResult<String> {
        if self.bytes {
            return self.ascii(arg);
        }
        ops::text::repr_string(self.vm, arg)
    }

    fn ascii(&mut self, arg: &Value) -> PyResult<String> {
        let r = ops::ascii(self.vm, arg)?;
        Ok(as_str(&r).unwrap_or_default().to_owned())
    }

    fn index(&mut self, arg: &Value) -> PyResult<Option<BigInt>> {
        if int::is_int(arg) {
            return Ok(int::to_bigint(arg));
        }
        if types::lookup_str_on_class(arg, "__index__").is_some() {
            return ops::seq::index_of(self.vm, arg);
        }
        Ok(None)
    }

    fn real(&mut self, arg: &Value) -> PyResult<Option<f64>> {
        if let Some(f) = float::as_f64(arg) {
            return Ok(Some(f));
        }
        if int::is_int(arg) {
            return int::to_f64(self.vm, arg).map(Some);
        }
        if types::lookup_str_on_class(arg, "__float__").is_some() {
            return crate::objects::float_methods::to_float(self.vm, arg).map(Some);
        }
        Ok(None)
    }

    fn text(&mut self, arg: &Value) -> Option<String> {
        if self.bytes {
            return bytes_ops::as_bytes(arg).map(|b| b.iter().map(|&b| char::from(b)).collect());
        }
        as_str(arg).map(str::to_owned)
    }

    fn type_name(&self, arg: &Value) -> String {
        self.vm.type_name(arg)
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    printf::format(fmt, &mut PercentArgs::new(vm, args, false))
}

/// The format of `bytes % args` as Latin-1 text, with `%b` read as `%s`.
fn bytes_format_text(fmt: &[u8]) -> String {
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < fmt.len() {
        out.push(char::from(fmt[i]));
        if fmt[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        let mut depth = 0;
        while let Some(&b) = fmt.get(i) {
            let in_key = depth > 0;
            match b {
                b'(' => depth += 1,
                b')' if in_key => depth -= 1,
                _ if in_key => {}
                b'-' | b'+' | b' ' | b'#' | b'0'..=b'9' | b'.' | b'*' | b'h' | b'l' | b'L' => {}
                _ => break,
            }
            out.push(char::from(b));
            i += 1;
        }
        if let Some(&b) = fmt.get(i) {
            out.push(if b == b'b' { 's' } else { char::from(b) });
            i += 1;
        }
    }
    out
}

/// The `%c` errors of the str engine, reworded as `bytes % args` words them.
fn bytes_char_error(vm: &Vm, e: PyErr) -> PyErr {
    let message = crate::objects::exception_ops::args(&e.0);
    match crate::objects::tuple_ops::items(&message)
        .first()
        .and_then(as_str)
    {
        Some("%c arg not in range(0x110000)") => vm.overflow_error("%c arg not in range(256)"),
        Some("%c requires int or char") => {
            vm.type_error("%c requires an integer in range(256) or a single byte")
        }
        _ => e,
    }
}

/// `fmt % args` for bytes and bytearray.
pub fn bytes_percent_format(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text = bytes_format_text(fmt);
    let out = printf::format(&text, &mut PercentArgs::new(vm, args, true))
        .map_err(|e| bytes_char_error(vm, e))?;
    let mut bytes = Vec::with_capacity(out.len());
    for c in out.chars() {
        let Ok(b) = u8::try_from(c as u32) else {
            return Err(vm.overflow_error("%c arg not in range(256)"));
        };
        bytes.push(b);
    }
    Ok(bytes)
}
