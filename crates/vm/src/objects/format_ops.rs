//! `format(value, spec)` for builtin types, and `str % args`, over the algorithms of
//! `gilpy_algo::format_spec`. Counterpart of CPython's `Python/formatter_unicode.c` and
//! `PyUnicode_Format`.

use crate::object::{Payload, Value};
use crate::objects::int;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_algo::format_spec::{self as fs, FormatError};

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
        _ if spec.is_empty() => Ok(None),
        _ => Ok(None),
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let _ = (fmt, args);
    Err(vm.new_exc(
        "NotImplementedError",
        "gilpy: str % formatting is not implemented yet",
    ))
}
