//! `str` indexing, `in`, and `%`-formatting. Counterpart of parts of `Objects/unicodeobject.c`.

use crate::object::{Payload, Value};
use crate::objects::str::{as_pystr, as_str, from_string};
use crate::ops::seq::{seq_index, slice_indices, slice_positions};
use crate::vm::{PyResult, Vm};

/// The `i`-th code point of a string.
pub fn char_at(s: &str, ascii: bool, i: usize) -> Option<char> {
    if ascii {
        s.as_bytes().get(i).map(|&b| b as char)
    } else {
        s.chars().nth(i)
    }
}

/// Where code point `i` starts in `s` (its length when `i` is past the end).
pub fn byte_offset(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
    }
}

/// The code point starting at byte `byte` of `s`, as a new `str`, with its width in bytes; an
/// ASCII byte is its own code point (no UTF-8 decoding).
#[inline]
pub fn char_from(s: &str, byte: usize) -> Option<(Value, usize)> {
    if let Some(&b) = s.as_bytes().get(byte)
        && b.is_ascii()
    {
        return Some((crate::objects::str::char_str(char::from(b)), 1));
    }
    let c = s.get(byte..)?.chars().next()?;
    Some((crate::objects::str::char_str(c), c.len_utf8()))
}

/// The code point ending at byte `byte` of `s`, as a new `str`, with its width in bytes.
pub fn char_before(s: &str, byte: usize) -> Option<(Value, usize)> {
    let c = s.get(..byte)?.chars().next_back()?;
    Some((crate::objects::str::char_str(c), c.len_utf8()))
}

pub fn getitem(vm: &Vm, s: &Value, k: &Value) -> PyResult<Value> {
    let Some(ps) = as_pystr(s) else {
        return Err(vm.type_error("expected str"));
    };
    let len = ps.char_len();
    if let Some(Payload::Slice(_)) = k.payload() {
        let (start, stop, step) = slice_indices(vm, k, len)?;
        if ps.is_ascii() && step == 1 {
            let (a, b) = (start as usize, stop.max(start) as usize);
            return Ok(crate::objects::str::new_str(&ps.as_str()[a..b]));
        }
        let chars: Vec<char> = ps.as_str().chars().collect();
        return Ok(from_string(
            slice_positions(start, stop, step)
                .map(|i| chars[i])
                .collect(),
        ));
    }
    match seq_index(vm, k, len, "string")? {
        Some(i) => {
            let c = char_at(ps.as_str(), ps.is_ascii(), i).unwrap_or('\0');
            Ok(crate::objects::str::char_str(c))
        }
        None => Err(vm.index_error("string index out of range")),
    }
}

pub fn contains(vm: &Vm, s: &Value, item: &Value) -> PyResult<bool> {
    match (as_str(s), as_str(item)) {
        (Some(a), Some(b)) => Ok(a.contains(b)),
        _ => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(item)
        ))),
    }
}

/// `format % args`.
pub fn percent_format(vm: &Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    crate::objects::format_ops::percent_format(vm, as_str(fmt).unwrap_or(""), args).map(from_string)
}
