//! `str.split`, `rsplit`, `splitlines`, `join`, `strip`, `lstrip` and `rstrip`. Counterpart of
//! `Objects/stringlib/split.h` and the strip functions of `Objects/unicodeobject.c`.

use super::args::{Style, opt_isize, to_isize};
use super::{algo, str_call};
use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::list_ops::new_list;
use crate::objects::str::{PyStr, as_pystr, as_str, join_texts, new_str, new_str_counted, substr};
use crate::ops;
use crate::vm::{PyResult, Vm};
use gilpy_algo::unicode::is_space;

/// The code points of `text` as (byte offset, byte length, is whitespace).
fn space_units(text: &str) -> Vec<(usize, usize, bool)> {
    text.char_indices()
        .map(|(i, c)| (i, c.len_utf8(), is_space(c)))
        .collect()
}

/// The parts of `whole`'s text as a list of `str`.
fn to_list(whole: &PyStr, parts: Vec<&[u8]>) -> Value {
    new_list(
        parts
            .into_iter()
            .map(|p| substr(whole, std::str::from_utf8(p).unwrap_or_default()))
            .collect(),
    )
}

/// Whitespace among the ASCII bytes (`str.isspace`).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// `split_whitespace` of ASCII text, byte by byte.
fn split_ascii_whitespace(text: &str, maxsplit: isize) -> Vec<Value> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(PREALLOC);
    let mut left = maxsplit;
    let mut i = 0;
    loop {
        while i < bytes.len() && is_ascii_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        if left == 0 {
            out.push(new_str_counted(&text[start..], text.len() - start));
            break;
        }
        while i < bytes.len() && !is_ascii_space(bytes[i]) {
            i += 1;
        }
        out.push(new_str_counted(&text[start..i], i - start));
        left -= 1;
    }
    out
}

/// Room reserved for the parts of a split before the first is found (CPython's
/// `MAX_PREALLOC`): a line of words needs no regrowth of the vector.
const PREALLOC: usize = 12;

/// `split()` without a separator: runs of non-space characters, found in one pass over the
/// text (no per-character table: the text can be megabytes). After `maxsplit` splits the rest
/// is kept whole, trailing spaces included.
fn split_whitespace(s: &PyStr, maxsplit: isize) -> Vec<Value> {
    let text = s.as_str();
    if s.is_ascii() {
        return split_ascii_whitespace(text, maxsplit);
    }
    let mut out = Vec::with_capacity(PREALLOC);
    let mut left = maxsplit;
    let mut chars = text.char_indices().peekable();
    loop {
        while chars.next_if(|&(_, c)| is_space(c)).is_some() {}
        let Some(&(start, _)) = chars.peek() else {
            break;
        };
        if left == 0 {
            out.push(new_str(&text[start..]));
            break;
        }
        while chars.next_if(|&(_, c)| !is_space(c)).is_some() {}
        let end = chars.peek().map_or(text.len(), |&(i, _)| i);
        out.push(new_str(&text[start..end]));
        left -= 1;
    }
    out
}

/// `split`/`rsplit`.
fn split_impl(vm: &Vm, args: Args<'_>, name: &'static str, reverse: bool) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let [sep, maxsplit] = call.keywords(vm, ["sep", "maxsplit"], 0)?;
    let maxsplit = opt_isize(vm, maxsplit, -1)?;
    let text = s.as_str();
    let sep = match sep.filter(|v| !vm.is_none(v)) {
        None if !reverse => {
            let mut parts = split_whitespace(s, maxsplit);
            // As CPython, a text without spaces is its own only part when it is an exact str.
            if let [only] = parts.as_mut_slice()
                && as_str(only).is_some_and(|t| t.len() == text.len())
                && call.this.class_is(&vm.b().str_)
            {
                *only = call.this.clone();
            }
            return Ok(new_list(parts));
        }
        None => {
            let units = space_units(text);
            return Ok(to_list(
                s,
                algo::rsplit_runs(text.as_bytes(), &units, maxsplit),
            ));
        }
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))
        })?,
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let parts = if reverse {
        algo::rsplit(text.as_bytes(), sep.as_bytes(), maxsplit)
    } else {
        algo::split(text.as_bytes(), sep.as_bytes(), maxsplit)
    };
    Ok(to_list(s, parts))
}

pub fn split(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

pub fn rsplit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Lines of `text` split at `is_break` units, `\r\n` counting as one break.
pub fn lines<T: Copy + PartialEq>(
    units: &[T],
    keepends: bool,
    is_break: impl Fn(T) -> bool,
    [cr, lf]: [T; 2],
) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < units.len() {
        if !is_break(units[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if units[i] == cr && units.get(end) == Some(&lf) {
            end += 1;
        }
        out.push(&units[start..if keepends { end } else { i }]);
        start = end;
        i = end;
    }
    if start < units.len() {
        out.push(&units[start..]);
    }
    out
}

/// `str.splitlines`: lines of `text` split at line breaks, `\r\n` counting as one break,
/// found in one pass over the text.
fn str_lines(s: &PyStr, keepends: bool) -> Vec<Value> {
    let text = s.as_str();
    if s.is_ascii() {
        return ascii_lines(text, keepends);
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, d)| d == '\n').is_some() {
            end += 1;
        }
        out.push(substr(s, &text[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < text.len() {
        out.push(substr(s, &text[start..]));
    }
    out
}

/// `str_lines` of ASCII text: its line breaks are single bytes (`\n`, `\r`, `\x0b`,
/// `\x0c`, `\x1c` to `\x1e`), found byte by byte without decoding the text.
fn ascii_lines(text: &str, keepends: bool) -> Vec<Value> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !matches!(b, b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b == b'\r' && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        let line = &text[start..if keepends { end } else { i }];
        out.push(new_str_counted(line, line.len()));
        start = end;
        i = end;
    }
    if let Some(rest) = text.get(start..).filter(|rest| !rest.is_empty()) {
        out.push(new_str_counted(rest, rest.len()));
    }
    out
}

pub fn splitlines(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "splitlines")?;
    let [keepends] = call.keywords(vm, ["keepends"], 0)?;
    let keepends = match keepends {
        Some(v) => to_isize(vm, v)? != 0,
        None => false,
    };
    Ok(new_list(str_lines(s, keepends)))
}

pub fn join(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "join")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    // A list is read under its borrow and a tuple in place, as CPython's `PySequence_Fast`:
    // joining runs no Python code and makes one `str` (no container, no collection).
    match a[0].payload() {
        Some(Payload::List(l)) if a[0].class_is(&vm.b().list) => join_items(vm, s, &l.borrow()),
        Some(Payload::Tuple(t)) if a[0].class_is(&vm.b().tuple) => join_items(vm, s, t),
        _ => join_items(vm, s, &collect_for_join(vm, &a[0])?),
    }
}

/// The texts of `items` with `sep` between them (`sequence item {i}: expected str instance`).
fn join_items(vm: &Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    if let [only] = items
        && only.class_is(&vm.b().str_)
    {
        return Ok(only.clone());
    }
    let gaps = items.len().saturating_sub(1);
    let mut chars = sep.char_len() * gaps;
    let mut len = sep.as_str().len() * gaps;
    for (i, item) in items.iter().enumerate() {
        let Some(text) = as_pystr(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        chars += text.char_len();
        len += text.as_str().len();
    }
    let texts = items.iter().map(|t| as_str(t).unwrap_or_default());
    Ok(join_texts(sep.as_str(), texts, len, chars))
}

/// The items of `join`'s argument (`TypeError: can only join an iterable`).
pub fn collect_for_join(vm: &Vm, it: &Value) -> PyResult<Vec<Value>> {
    if let Some(Payload::List(_) | Payload::Tuple(_)) = it.payload() {
        return ops::collect(vm, it);
    }
    let iter = ops::iter(vm, it).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    while let Some(x) = ops::next(vm, &iter)? {
        items.push(x);
    }
    Ok(items)
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
    Both,
}

/// The part of `units` left after stripping units for which `strip` holds from `side`.
pub fn strip_units<T: Copy>(units: &[T], side: Side, strip: impl Fn(T) -> bool) -> &[T] {
    let mut start = 0;
    let mut end = units.len();
    if side != Side::Right {
        while start < end && strip(units[start]) {
            start += 1;
        }
    }
    if side != Side::Left {
        while end > start && strip(units[end - 1]) {
            end -= 1;
        }
    }
    &units[start..end]
}

fn strip_impl(vm: &Vm, args: Args<'_>, name: &'static str, side: Side) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 0, 1, Style::Clinic)?;
    let chars = match a.first().filter(|v| !vm.is_none(v)) {
        None => None,
        Some(v) => Some(
            as_pystr(v).ok_or_else(|| vm.type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    Ok(strip_text(vm, call.this, s, chars, side))
}

/// `this` (whose text is `s`) stripped of `chars` (whitespace when `None`) on `side`: `this`
/// itself when nothing is stripped and it is an exact str.
fn strip_text(vm: &Vm, this: &Value, s: &PyStr, chars: Option<&PyStr>, side: Side) -> Value {
    let text = s.as_str();
    let out = match (chars, side) {
        (None, _) if s.is_ascii() => strip_ascii(text, side, is_ascii_space),
        (Some(set), _) if s.is_ascii() && set.is_ascii() => {
            let set = set.as_str();
            strip_ascii(text, side, |b| set.as_bytes().contains(&b))
        }
        (None, Side::Both) => text.trim_matches(is_space),
        (None, Side::Left) => text.trim_start_matches(is_space),
        (None, Side::Right) => text.trim_end_matches(is_space),
        (Some(set), Side::Both) => text.trim_matches(|c| set.as_str().contains(c)),
        (Some(set), Side::Left) => text.trim_start_matches(|c| set.as_str().contains(c)),
        (Some(set), Side::Right) => text.trim_end_matches(|c| set.as_str().contains(c)),
    };
    if out.len() == text.len() && this.class_is(&vm.b().str_) {
        return this.clone();
    }
    substr(s, out)
}

/// `strip`, `lstrip` or `rstrip` from `CALL_METHOD` (`Builtin::fast`): a str receiver and no
/// argument or a str one, without the argument parser; every other call is `strip_impl`'s.
#[inline(always)]
fn strip_fast(vm: &Vm, args: &[Value], name: &'static str, side: Side) -> PyResult<Option<Value>> {
    if let Some((this, rest)) = args.split_first()
        && let Some(s) = as_pystr(this)
    {
        match rest {
            [] => return Ok(Some(strip_text(vm, this, s, None, side))),
            [chars] if let Some(set) = as_pystr(chars) => {
                return Ok(Some(strip_text(vm, this, s, Some(set), side)));
            }
            _ => {}
        }
    }
    strip_impl(vm, Args::positional(args), name, side).map(Some)
}

pub fn strip_fast_both(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    strip_fast(vm, args, "strip", Side::Both)
}

pub fn strip_fast_left(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    strip_fast(vm, args, "lstrip", Side::Left)
}

pub fn strip_fast_right(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    strip_fast(vm, args, "rstrip", Side::Right)
}

/// The part of ASCII `text` left after stripping the bytes for which `strip` holds.
fn strip_ascii(text: &str, side: Side, strip: impl Fn(u8) -> bool) -> &str {
    let kept = strip_units(text.as_bytes(), side, strip);
    let start = kept.as_ptr() as usize - text.as_ptr() as usize;
    &text[start..start + kept.len()]
}

pub fn strip(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "strip", Side::Both)
}

pub fn lstrip(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", Side::Left)
}

pub fn rstrip(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", Side::Right)
}
