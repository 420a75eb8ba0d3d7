//! The details CPython prints for a `SyntaxError`: where it is, the offending line and a caret
//! range under it. Counterpart of `print_error_text` in `Python/pythonrun.c`.

use crate::object::Value;
use crate::objects::int;
use crate::objects::str::{as_str, intern};
use crate::ops;
use crate::vm::Vm;

fn field(vm: &Vm, e: &Value, name: &str) -> Option<Value> {
    ops::getattr_opt(vm, e, &intern(name))
        .ok()
        .flatten()
        .filter(|v| !vm.is_none(v))
}

fn int_field(vm: &Vm, e: &Value, name: &str) -> Option<i64> {
    field(vm, e, name).and_then(|v| int::as_i64(&v))
}

/// The `msg` attribute, which is what follows `SyntaxError: `.
pub fn message(vm: &Vm, e: &Value) -> String {
    match field(vm, e, "msg") {
        Some(m) => ops::text::str_string(vm, &m).unwrap_or_default(),
        None => ops::text::str_string(vm, e).unwrap_or_default(),
    }
}

/// `  File "f.py", line N`, the stripped text and the caret line.
pub fn format_details(vm: &Vm, e: &Value, out: &mut String) {
    let Some(line) = int_field(vm, e, "lineno") else {
        return;
    };
    let file = field(vm, e, "filename")
        .and_then(|f| as_str(&f).map(str::to_owned))
        .unwrap_or_else(|| "<string>".into());
    out.push_str(&format!("  File \"{file}\", line {line}\n"));
    let Some(text) = field(vm, e, "text").and_then(|t| as_str(&t).map(str::to_owned)) else {
        return;
    };
    let raw = text.trim_end_matches(['\n', '\r']);
    let stripped = raw.trim_start_matches([' ', '\t', '\x0c']);
    let indent = raw.chars().count() - stripped.chars().count();
    out.push_str(&format!("    {stripped}\n"));
    let offset = int_field(vm, e, "offset").unwrap_or(0);
    let end_offset = int_field(vm, e, "end_offset").unwrap_or(0);
    let end_line = int_field(vm, e, "end_lineno").unwrap_or(line);
    if offset < 1 {
        return;
    }
    let len = stripped.chars().count();
    let col = (offset as usize - 1).saturating_sub(indent).min(len);
    let width = if end_line == line && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
}
