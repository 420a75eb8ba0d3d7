//! `str.find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`, `partition`,
//! `rpartition`, `replace`, `removeprefix` and `removesuffix`. Counterpart of the search
//! methods of `Objects/unicodeobject.c` over `Objects/stringlib/`.

use super::args::{Style, bounds, opt_isize};
use super::{algo, arg_str, hay, str_call};
use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::str::{PyStr, as_pystr, new_str};
use crate::objects::{int, tuple_ops};
use crate::vm::{PyResult, Vm};

/// The shared part of `find`/`rfind`/`index`/`rindex`: the unit index of a match.
fn find_impl(
    vm: &Vm,
    args: Args<'_>,
    name: &'static str,
    reverse: bool,
) -> PyResult<Option<usize>> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 1, 3, Style::Tuple)?;
    let sub = arg_str(vm, &a[0])?;
    let (start, end) = bounds(vm, a.get(1), a.get(2), s.char_len())?;
    Ok(hay(s).find(sub.as_str().as_bytes(), sub.char_len(), start, end, reverse))
}

fn found(r: Option<usize>) -> Value {
    r.map_or_else(|| int::from_i64(-1), int::from_usize)
}

pub fn find(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(found)
}

pub fn rfind(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(found)
}

pub fn index(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let r = find_impl(vm, args, "index", false)?;
    r.map(int::from_usize)
        .ok_or_else(|| vm.value_error("substring not found"))
}

pub fn rindex(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let r = find_impl(vm, args, "rindex", true)?;
    r.map(int::from_usize)
        .ok_or_else(|| vm.value_error("substring not found"))
}

pub fn count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "count")?;
    let a = call.positional(vm, 1, 3, Style::Tuple)?;
    let sub = arg_str(vm, &a[0])?;
    let (start, end) = bounds(vm, a.get(1), a.get(2), s.char_len())?;
    Ok(int::from_usize(hay(s).count(
        sub.as_str().as_bytes(),
        start,
        end,
    )))
}

/// `startswith`/`endswith`: one str or a tuple of them.
fn tailmatch(vm: &Vm, args: Args<'_>, name: &'static str, at_end: bool) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 1, 3, Style::Tuple)?;
    let (start, end) = bounds(vm, a.get(1), a.get(2), s.char_len())?;
    let h = hay(s);
    let test = |p: &PyStr| h.tailmatch(p.as_str().as_bytes(), p.char_len(), start, end, at_end);
    if let Some(Payload::Tuple(items)) = a[0].payload() {
        for item in items.iter() {
            let Some(p) = as_pystr(item) else {
                return Err(vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(item)
                )));
            };
            if test(p) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    match as_pystr(&a[0]) {
        Some(p) => Ok(vm.bool(test(p))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

pub fn startswith(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    tailmatch(vm, args, "startswith", false)
}

pub fn endswith(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    tailmatch(vm, args, "endswith", true)
}

/// `partition`/`rpartition`.
fn partition_impl(vm: &Vm, args: Args<'_>, name: &'static str, reverse: bool) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let sep = arg_str(vm, &a[0])?.as_str();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let at = if reverse {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    let parts = match at {
        Some(i) => [&text[..i], sep, &text[i + sep.len()..]],
        None if reverse => ["", "", text],
        None => [text, "", ""],
    };
    Ok(tuple_ops::new_tuple(
        parts.iter().map(|p| new_str(p)).collect(),
    ))
}

pub fn partition(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

pub fn rpartition(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

pub fn replace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "replace")?;
    let a = call.positional(vm, 2, 3, Style::Clinic)?;
    let arg = |i: usize| {
        as_pystr(&a[i]).ok_or_else(|| {
            vm.type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                vm.type_name(&a[i])
            ))
        })
    };
    let (old, new) = (arg(0)?.as_str(), arg(1)?.as_str());
    let count = opt_isize(vm, a.get(2), -1)?;
    let text = s.as_str();
    let out = if old.is_empty() {
        algo::replace_empty(
            text.as_bytes(),
            text.char_indices().map(|(i, _)| i),
            new.as_bytes(),
            count,
        )
    } else {
        algo::replace(text.as_bytes(), old.as_bytes(), new.as_bytes(), count)
    };
    Ok(crate::objects::str::from_string(
        String::from_utf8(out).unwrap_or_default(),
    ))
}

/// `removeprefix`/`removesuffix`.
fn remove_affix(vm: &Vm, args: Args<'_>, name: &'static str, suffix: bool) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let affix = as_pystr(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "{name}() argument must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    let text = s.as_str();
    let rest = if suffix {
        text.strip_suffix(affix.as_str())
    } else {
        text.strip_prefix(affix.as_str())
    };
    Ok(new_str(rest.unwrap_or(text)))
}

pub fn removeprefix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", false)
}

pub fn removesuffix(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", true)
}
