//! `str` case conversions (`upper`, `lower`, `casefold`, `title`, `capitalize`, `swapcase`) and
//! predicates (`isalpha` ... `isascii`), over `gilpy_algo::unicode` (Unicode 14, as CPython 3.11).
//! Counterpart of the case and `is*` methods of `Objects/unicodeobject.c`.

use super::args::Style;
use super::str_call;
use crate::object::Value;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{PyStr, as_pystr, from_string, map_ascii};
use crate::vm::{PyResult, Vm};
use gilpy_algo::unicode as uc;

/// A method of no arguments mapping the text to a new text.
fn convert(vm: &Vm, args: Args<'_>, name: &'static str, f: fn(&str) -> String) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(from_string(f(s.as_str())))
}

/// `convert` for a conversion that maps ASCII text byte by byte (`ascii`), the general
/// mapping `f` for other text (CPython's ASCII fast paths of `upper`, `lower`, `casefold`).
/// Generic over `ascii`, so that `map_ascii`'s loops inline it (a function pointer cost a call
/// per byte).
fn convert_ascii(
    vm: &Vm,
    args: Args<'_>,
    name: &'static str,
    ascii: impl Fn(u8) -> u8,
    f: fn(&str) -> String,
) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    if s.is_ascii() {
        return Ok(map_ascii(s.as_str(), ascii));
    }
    Ok(from_string(f(s.as_str())))
}

/// `upper` or `lower` from `CALL_METHOD` (`Builtin::fast`): an ASCII str receiver and no
/// arguments, mapped without the argument checks; every other call is `convert_ascii`'s.
#[inline(always)]
fn convert_fast(
    vm: &Vm,
    args: &[Value],
    name: &'static str,
    ascii: impl Fn(u8) -> u8,
    f: fn(&str) -> String,
) -> PyResult<Option<Value>> {
    if let [this] = args
        && let Some(s) = as_pystr(this)
        && s.is_ascii()
    {
        return Ok(Some(map_ascii(s.as_str(), ascii)));
    }
    convert_ascii(vm, Args::positional(args), name, ascii, f).map(Some)
}

pub fn upper_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    convert_fast(vm, args, "upper", |b| b.to_ascii_uppercase(), uc::upper)
}

pub fn lower_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    convert_fast(vm, args, "lower", |b| b.to_ascii_lowercase(), uc::lower)
}

pub fn upper(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    convert_ascii(vm, args, "upper", |b| b.to_ascii_uppercase(), uc::upper)
}

pub fn lower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    convert_ascii(vm, args, "lower", |b| b.to_ascii_lowercase(), uc::lower)
}

pub fn casefold(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    convert_ascii(
        vm,
        args,
        "casefold",
        |b| b.to_ascii_lowercase(),
        uc::casefold,
    )
}

pub fn title(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    convert(vm, args, "title", uc::title)
}

pub fn capitalize(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    convert(vm, args, "capitalize", uc::capitalize)
}

pub fn swapcase(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    convert(vm, args, "swapcase", uc::swapcase)
}

/// A predicate method of no arguments, `pred` deciding from the text.
fn test(
    vm: &Vm,
    args: Args<'_>,
    name: &'static str,
    pred: impl Fn(&str) -> bool,
) -> PyResult<Value> {
    test_str(vm, args, name, |s| pred(s.as_str()))
}

/// A predicate method of no arguments, `pred` deciding from the `str` itself (its code-point
/// count tells ASCII text without a scan).
fn test_str(
    vm: &Vm,
    args: Args<'_>,
    name: &'static str,
    pred: impl Fn(&PyStr) -> bool,
) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    call.positional(vm, 0, 0, Style::Fixed)?;
    Ok(vm.bool(pred(s)))
}

/// A predicate from `CALL_METHOD` (`Builtin::fast`): a str receiver and no arguments, decided
/// without the argument checks; every other call is `method`'s.
#[inline(always)]
fn test_fast(
    vm: &Vm,
    args: &[Value],
    pred: impl Fn(&PyStr) -> bool,
    method: NativeFn,
) -> PyResult<Option<Value>> {
    if let [this] = args
        && let Some(s) = as_pystr(this)
    {
        return Ok(Some(vm.bool(pred(s))));
    }
    method(vm, Args::positional(args)).map(Some)
}

/// `str.isalpha`'s answer (ASCII text told from the code-point count, without a scan).
fn is_alpha(s: &PyStr) -> bool {
    let text = s.as_str();
    if s.is_ascii() {
        !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphabetic())
    } else {
        uc::str_all(text, uc::is_alpha)
    }
}

pub fn isalpha(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test_str(vm, args, "isalpha", is_alpha)
}

pub fn isalpha_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    test_fast(vm, args, is_alpha, isalpha)
}

pub fn isdigit(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isdigit", |s| uc::str_all(s, uc::is_digit))
}

pub fn isdigit_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    test_fast(vm, args, |s| uc::str_all(s.as_str(), uc::is_digit), isdigit)
}

pub fn isdecimal(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isdecimal", |s| uc::str_all(s, uc::is_decimal))
}

pub fn isnumeric(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isnumeric", |s| uc::str_all(s, uc::is_numeric))
}

pub fn isalnum(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isalnum", |s| uc::str_all(s, uc::is_alnum))
}

pub fn isspace(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isspace", |s| uc::str_all(s, uc::is_space))
}

pub fn isspace_fast(vm: &Vm, args: &[Value]) -> PyResult<Option<Value>> {
    test_fast(vm, args, |s| uc::str_all(s.as_str(), uc::is_space), isspace)
}

pub fn isidentifier(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isidentifier", uc::is_identifier)
}

pub fn isprintable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isprintable", uc::str_is_printable)
}

pub fn isupper(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isupper", uc::str_is_upper)
}

pub fn islower(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "islower", uc::str_is_lower)
}

pub fn istitle(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "istitle", uc::str_is_title)
}

pub fn isascii(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    test(vm, args, "isascii", str::is_ascii)
}
