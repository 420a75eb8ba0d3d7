//! The text methods of `bytes` and `bytearray` over ASCII: split, join, strip, case conversion
//! and predicates, padding, `translate` and `maketrans`. Counterpart of
//! `Objects/bytes_methods.c` and the split/strip/pad functions of `Objects/bytesobject.c`.

use super::{BytesCall, buffer};
use crate::object::Value;
use crate::objects::bytes_ops::{as_bytes, new_bytes};
use crate::objects::function::Args;
use crate::objects::list_ops::new_list;
use crate::objects::str_methods::algo;
use crate::objects::str_methods::args::{Style, opt_c_int, opt_isize, to_isize};
use crate::objects::str_methods::pad::{Justify, margins, zfill_units};
use crate::objects::str_methods::split::{Side, collect_for_join, lines, strip_units};
use crate::vm::{PyResult, Vm};

/// `bytes.isspace` for one byte.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split_impl(vm: &Vm, c: &BytesCall<'_>, reverse: bool) -> PyResult<Value> {
    let [sep, maxsplit] = c.call.keywords(vm, ["sep", "maxsplit"], 0)?;
    let maxsplit = opt_isize(vm, maxsplit, -1)?;
    let data = &c.data;
    let parts = match sep.filter(|v| !vm.is_none(v)) {
        None => {
            let units: Vec<_> = data
                .iter()
                .enumerate()
                .map(|(i, &b)| (i, 1, is_space(b)))
                .collect();
            if reverse {
                algo::rsplit_runs(data, &units, maxsplit)
            } else {
                algo::split_runs(data, &units, maxsplit)
            }
        }
        Some(v) => {
            let sep = buffer(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if reverse {
                algo::rsplit(data, &sep, maxsplit)
            } else {
                algo::split(data, &sep, maxsplit)
            }
        }
    };
    Ok(new_list(
        parts.into_iter().map(|p| c.wrap(p.to_vec())).collect(),
    ))
}

pub fn split(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    split_impl(vm, &c, false)
}

pub fn rsplit(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    split_impl(vm, &c, true)
}

pub fn splitlines(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let [keepends] = c.call.keywords(vm, ["keepends"], 0)?;
    let keepends = match keepends {
        Some(v) => to_isize(vm, v)? != 0,
        None => false,
    };
    let parts = lines(
        &c.data,
        keepends,
        |b| b == b'\n' || b == b'\r',
        [b'\r', b'\n'],
    );
    Ok(new_list(
        parts.into_iter().map(|p| c.wrap(p.to_vec())).collect(),
    ))
}

pub fn join(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let items = collect_for_join(vm, &a[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = as_bytes(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&c.data);
        }
        out.extend_from_slice(&b);
    }
    Ok(c.wrap(out))
}

fn strip_impl(vm: &Vm, c: &BytesCall<'_>, side: Side) -> PyResult<Value> {
    let a = c.call.positional(vm, 0, 1, Style::Clinic)?;
    let out = match a.first().filter(|v| !vm.is_none(v)) {
        None => strip_units(&c.data, side, is_space),
        Some(v) => {
            let set = buffer(vm, v)?;
            strip_units(&c.data, side, |b| set.contains(&b))
        }
    };
    Ok(c.wrap(out.to_vec()))
}

pub fn strip(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    strip_impl(vm, &c, Side::Both)
}

pub fn lstrip(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    strip_impl(vm, &c, Side::Left)
}

pub fn rstrip(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    strip_impl(vm, &c, Side::Right)
}

fn convert(vm: &Vm, c: &BytesCall<'_>, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(c.wrap(f(&c.data)))
}

pub fn upper(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    convert(vm, &c, <[u8]>::to_ascii_uppercase)
}

pub fn lower(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    convert(vm, &c, <[u8]>::to_ascii_lowercase)
}

pub fn swapcase(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    convert(vm, &c, |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

pub fn capitalize(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    convert(vm, &c, |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

pub fn title(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    convert(vm, &c, |d| {
        let mut previous_is_cased = false;
        d.iter()
            .map(|&b| {
                let out = if previous_is_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                previous_is_cased = b.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn test(vm: &Vm, c: &BytesCall<'_>, pred: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    c.call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(vm.bool(pred(&c.data)))
}

/// Every byte passes, and there is at least one.
fn all(d: &[u8], f: impl Fn(u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(|&b| f(b))
}

pub fn isalpha(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| all(d, |b| b.is_ascii_alphabetic()))
}

pub fn isdigit(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| all(d, |b| b.is_ascii_digit()))
}

pub fn isalnum(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| all(d, |b| b.is_ascii_alphanumeric()))
}

pub fn isspace(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| all(d, is_space))
}

pub fn isascii(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, <[u8]>::is_ascii)
}

pub fn isupper(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

pub fn islower(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

pub fn istitle(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    test(vm, &c, |d| {
        gilpy_algo::unicode::str_is_title(
            &d.iter()
                .map(|&b| if b.is_ascii() { char::from(b) } else { ' ' })
                .collect::<String>(),
        )
    })
}

fn justify(vm: &Vm, c: &BytesCall<'_>, how: Justify) -> PyResult<Value> {
    let name = c.call.name;
    let a = c.call.positional(vm, 1, 2, Style::Clinic)?;
    let width = to_isize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match as_bytes(v).as_deref() {
            Some([b]) => *b,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let (left, right) = margins(c.data.len(), width, how);
    if left.saturating_add(right) > 1 << 34 {
        return Err(vm.new_exc("MemoryError", ""));
    }
    let mut out = vec![fill; left];
    out.extend_from_slice(&c.data);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(c.wrap(out))
}

pub fn center(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    justify(vm, &c, Justify::Center)
}

pub fn ljust(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    justify(vm, &c, Justify::Left)
}

pub fn rjust(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    justify(vm, &c, Justify::Right)
}

pub fn zfill(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let a = c.call.positional(vm, 1, 1, Style::Fixed)?;
    let width = to_isize(vm, &a[0])?;
    Ok(c.wrap(zfill_units(vm, &c.data, width, [b'0', b'+', b'-'])?))
}

pub fn expandtabs(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let [tabsize] = c.call.keywords(vm, ["tabsize"], 0)?;
    let tabsize = opt_c_int(vm, tabsize, 8)?;
    let out = algo::expandtabs(c.data.iter().copied(), tabsize, [b'\t', b' ', b'\n', b'\r']);
    Ok(c.wrap(out.ok_or_else(|| vm.memory_error())?))
}

/// `translate(table, /, delete=b'')`.
pub fn translate(vm: &Vm, c: BytesCall<'_>) -> PyResult<Value> {
    let [table, delete] = c.call.keywords(vm, ["table", "delete"], 1)?;
    let table = match table.filter(|v| !vm.is_none(v)) {
        None => None,
        Some(v) => {
            let t = buffer(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(v) => buffer(vm, v)?,
        None => Vec::new(),
    };
    let out = c
        .data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(c.wrap(out))
}

/// `bytes.maketrans(from, to)`.
pub fn maketrans(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "maketrans", 2, 2)?;
    let (from, to) = (buffer(vm, &a[0])?, buffer(vm, &a[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[usize::from(*f)] = *t;
    }
    Ok(new_bytes(table))
}
