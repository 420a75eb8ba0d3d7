//! The `_sre` module: compiles patterns with the `gilpy-sre` engine and runs them over str
//! (code points) or bytes, handing `re.py` each match as a tuple of spans. Counterpart of
//! CPython's `Modules/_sre/sre.c`; the `Pattern` and `Match` classes are in `stdlib/re.py`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{StaticValue, add_method, new_builtin, new_native_type, set_attr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, from_string, intern};
use crate::objects::{int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_sre::{Captures, ErrorKind, Mode, Regex};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

/// The type of compiled engines (`_sre.Engine`), created once.
static ENGINE_TYPE: OnceLock<StaticValue> = OnceLock::new();

fn engine_type() -> &'static Value {
    &ENGINE_TYPE
        .get_or_init(|| {
            let t = new_native_type("Engine");
            add_method(&t, "Engine", "search", engine_search);
            add_method(&t, "Engine", "scan", engine_scan);
            set_attr(&t, "__module__", intern("_sre"));
            StaticValue(t)
        })
        .0
}

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "Engine", engine_type().clone());
    set_attr(m, "compile", new_builtin("compile", compile));
    set_attr(m, "MAXREPEAT", int::from_i64(i64::from(u32::MAX)));
    set_attr(m, "MAXGROUPS", int::from_i64(i64::from(i32::MAX / 2)));
    Ok(())
}

/// The characters of a pattern or subject: a str's code points, or bytes as Latin-1.
fn pattern_chars(vm: &Vm, v: &Value) -> PyResult<(Vec<char>, bool)> {
    if let Some(s) = as_pystr(v) {
        return Ok((s.as_str().chars().collect(), true));
    }
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok((b.iter().map(|&c| char::from(c)).collect(), false)),
        _ => Err(vm.type_error("first argument must be string or compiled pattern")),
    }
}

/// `compile(pattern, flags, error)`: `(engine, flags, groups, ((name, index), ...))`, or
/// `error(msg, pattern, pos)` raised for a bad pattern.
fn compile(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "compile", 3, 3)?;
    let (chars, is_text) = pattern_chars(vm, &a[0])?;
    let flags = int::as_i64(&a[1]).ok_or_else(|| vm.type_error("flags must be an integer"))?;
    let re =
        Regex::new(chars, is_text, flags as u32).map_err(|e| pattern_error(vm, e, &a[0], &a[2]))?;
    let names: Vec<Value> = re
        .names
        .iter()
        .map(|(n, g)| tuple_ops::new_tuple(vec![from_string(n.clone()), int::from_usize(*g)]))
        .collect();
    let info = vec![
        int::from_i64(i64::from(re.flags)),
        int::from_usize(re.groups),
        tuple_ops::new_tuple(names),
    ];
    let engine = Value::alloc(engine_type().clone(), Payload::Native(Box::new(re)));
    let mut out = vec![engine];
    out.extend(info);
    Ok(tuple_ops::new_tuple(out))
}

#[cold]
fn pattern_error(vm: &Vm, e: gilpy_sre::Error, pattern: &Value, error: &Value) -> PyErr {
    match e.kind {
        ErrorKind::Overflow => vm.overflow_error(e.msg),
        ErrorKind::Value => vm.value_error(e.msg),
        ErrorKind::Recursion => vm.new_exc("RecursionError", e.msg),
        ErrorKind::Re => {
            let msg = from_string(e.msg);
            let args = match e.pos {
                Some(p) => vec![msg, pattern.clone(), int::from_usize(p)],
                None => vec![msg],
            };
            match ops::call(vm, error, &args, &[]) {
                Ok(exc) => PyErr(exc),
                Err(e) => e,
            }
        }
    }
}

fn engine<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Regex> {
    if let Some(Payload::Native(n)) = args.pos().first().and_then(Value::payload)
        && let Some(re) = n.downcast_ref::<Regex>()
    {
        return Ok(re);
    }
    Err(vm.type_error("descriptor requires a '_sre.Engine' object"))
}

/// A subject's characters: borrowed bytes for bytes and ASCII str, code points otherwise.
enum Text<'a> {
    Bytes(std::borrow::Cow<'a, [u8]>),
    Chars(Rc<[char]>),
}

/// A decoded subject: its text and its code points.
type Decoded = (Box<str>, Rc<[char]>);

thread_local! {
    /// The last non-ASCII subject decoded to code points, with its text: a loop of
    /// `p.match(text, pos)` over one long string decodes it once, not once per call.
    static LAST_DECODED: RefCell<Option<Decoded>> = const { RefCell::new(None) };
}

fn decoded(text: &str) -> Rc<[char]> {
    LAST_DECODED.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((t, chars)) = last.as_ref()
            && **t == *text
        {
            return chars.clone();
        }
        let chars: Rc<[char]> = text.chars().collect();
        *last = Some((text.into(), chars.clone()));
        chars
    })
}

fn text_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<Text<'a>> {
    if let Some(s) = as_pystr(v) {
        if s.is_ascii() {
            return Ok(Text::Bytes(s.as_str().as_bytes().into()));
        }
        return Ok(Text::Chars(decoded(s.as_str())));
    }
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(Text::Bytes(b[..].into())),
        Some(Payload::ByteArray(b)) => Ok(Text::Bytes(b.borrow().clone().into())),
        _ => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(v)
        ))),
    }
}

impl Text<'_> {
    fn len(&self) -> usize {
        match self {
            Text::Bytes(b) => b.len(),
            Text::Chars(c) => c.len(),
        }
    }

    fn search(
        &self,
        re: &Regex,
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        let end = end.min(self.len());
        match self {
            Text::Bytes(b) => re.search(&b[..end], pos, mode, must_advance),
            Text::Chars(c) => re.search(&c[..end], pos, mode, must_advance),
        }
    }
}

/// A match as `(lastindex, start0, end0, start1, end1, ...)`, -1 for unset values.
fn captures_tuple(c: &Captures) -> Value {
    let mut out = Vec::with_capacity(1 + 2 * c.spans.len());
    out.push(c.lastindex.map_or(int::from_i64(-1), int::from_usize));
    for span in &c.spans {
        let (s, e) = span.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
        out.push(int::from_i64(s));
        out.push(int::from_i64(e));
    }
    tuple_ops::new_tuple(out)
}

fn index_arg(vm: &Vm, v: &Value) -> PyResult<usize> {
    int::as_i64(v)
        .and_then(|i| usize::try_from(i).ok())
        .ok_or_else(|| vm.type_error("an index must be a non-negative integer"))
}

/// `engine.search(string, pos, endpos, mode, must_advance)`: mode 0 match, 1 search,
/// 2 fullmatch; a span tuple or None.
fn engine_search(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let re = engine(vm, &args)?;
    let a = args.positional_only(vm, "search", 6, 6)?;
    let text = text_of(vm, &a[1])?;
    let (pos, end) = (index_arg(vm, &a[2])?, index_arg(vm, &a[3])?);
    let mode = match int::as_i64(&a[4]) {
        Some(0) => Mode::Match,
        Some(2) => Mode::Full,
        _ => Mode::Search,
    };
    let must_advance = ops::is_true(vm, &a[5])?;
    Ok(match text.search(re, pos, end, mode, must_advance) {
        Some(c) => captures_tuple(&c),
        None => vm.none(),
    })
}

/// `engine.scan(string, pos, endpos, limit)`: the successive non-overlapping matches (at
/// most `limit`, 0 for all) as span tuples, after an empty match requiring the next one to
/// advance, as `findall`, `finditer`, `sub` and `split` walk a string.
fn engine_scan(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let re = engine(vm, &args)?;
    let a = args.positional_only(vm, "scan", 5, 5)?;
    let text = text_of(vm, &a[1])?;
    let (mut pos, end) = (index_arg(vm, &a[2])?, index_arg(vm, &a[3])?);
    let limit = index_arg(vm, &a[4])?;
    let end = end.min(text.len());
    let mut out = Vec::new();
    let mut must_advance = false;
    while pos <= end && (limit == 0 || out.len() < limit) {
        let Some(c) = text.search(re, pos, end, Mode::Search, must_advance) else {
            break;
        };
        let (s, e) = c.spans[0].unwrap_or((pos, pos));
        out.push(captures_tuple(&c));
        must_advance = s == e;
        pos = e;
    }
    Ok(list_ops::new_list(out))
}
