//! Argument handling shared by the `str`, `bytes` and `bytearray` methods: the receiver, the
//! argument-count and keyword checks with CPython's messages for each calling convention, and
//! `start`/`end` bounds. Counterpart of the parsers in `Objects/clinic/unicodeobject.c.h` and
//! `ADJUST_INDICES` in `Objects/stringlib`.

use crate::object::Value;
use crate::objects::function::Args;
use crate::ops::seq::index_of;
use crate::vm::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

/// How a method takes its arguments, which decides CPython's error messages.
#[derive(Clone, Copy)]
pub enum Style {
    /// `METH_NOARGS` / `METH_O`: "str.upper() takes no arguments (1 given)".
    Fixed,
    /// The old `PyArg_ParseTuple` parsers (`find`, `count`, `startswith`):
    /// "find() takes at least 1 argument (0 given)".
    Tuple,
    /// Argument Clinic's positional parsers (`center`, `replace`):
    /// "center expected at least 1 argument, got 0".
    Clinic,
}

/// A method call split into its receiver and the other arguments.
pub struct Call<'a> {
    pub this: &'a Value,
    pub rest: Args<'a>,
    pub owner: &'static str,
    pub name: &'static str,
}

/// Splits off `self`, checking that `ok` accepts it (a `str` for the `str` methods).
#[inline]
pub fn receiver<'a>(
    vm: &Vm,
    args: Args<'a>,
    owner: &'static str,
    name: &'static str,
    ok: fn(&Value) -> bool,
) -> PyResult<Call<'a>> {
    let Some(this) = args.pos().first().filter(|this| ok(this)) else {
        return Err(bad_receiver(vm, args, owner, name));
    };
    Ok(Call {
        this,
        rest: Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
        owner,
        name,
    })
}

/// The error for a method called without a receiver or on one of the wrong type.
#[cold]
fn bad_receiver(vm: &Vm, args: Args<'_>, owner: &str, name: &str) -> crate::vm::PyErr {
    match args.pos().first() {
        None => crate::objects::function::missing_self(vm, owner, name),
        Some(this) => vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(this)
        )),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl<'a> Call<'a> {
    /// The positional arguments, between `min` and `max` of them, no keywords.
    #[inline]
    pub fn positional(
        &self,
        vm: &Vm,
        min: usize,
        max: usize,
        style: Style,
    ) -> PyResult<&'a [Value]> {
        let pos = self.rest.pos();
        if self.rest.kwnames.is_empty() && (min..=max).contains(&pos.len()) {
            return Ok(pos);
        }
        Err(self.bad_positional(vm, min, max, style))
    }

    /// The error for keywords or a count of positional arguments out of `min..=max`.
    #[cold]
    fn bad_positional(&self, vm: &Vm, min: usize, max: usize, style: Style) -> crate::vm::PyErr {
        let (owner, name) = (self.owner, self.name);
        if !self.rest.kwnames.is_empty() {
            return crate::objects::function::method_no_keywords(vm, owner, name);
        }
        let n = self.rest.pos().len();
        vm.type_error(match style {
            Style::Fixed if max == 0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
            Style::Fixed => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
            Style::Tuple if n < min => format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                plural(min)
            ),
            Style::Tuple => format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                plural(max)
            ),
            Style::Clinic if n < min => format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            ),
            Style::Clinic => format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            ),
        })
    }

    /// Positional-or-keyword parameters named `params` (Argument Clinic's keyword parsers).
    pub fn keywords<const N: usize>(
        &self,
        vm: &Vm,
        params: [&str; N],
        min: usize,
    ) -> PyResult<[Option<&'a Value>; N]> {
        let name = self.name;
        let pos = self.rest.pos();
        if pos.len() > N {
            return Err(vm.type_error(format!(
                "{name}() takes at most {N} argument{} ({} given)",
                plural(N),
                pos.len()
            )));
        }
        let mut out: [Option<&'a Value>; N] = [None; N];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        for (k, v) in self.rest.kwargs() {
            let k = crate::objects::str::as_str(k).unwrap_or("");
            let Some(i) = params.iter().position(|p| *p == k) else {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            };
            if out[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            out[i] = Some(v);
        }
        if let Some(i) = out.iter().take(min).position(Option::is_none) {
            return Err(vm.type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            )));
        }
        Ok(out)
    }
}

/// An `__index__`-able value as `isize`, with CPython's overflow and type errors.
pub fn to_isize(vm: &Vm, v: &Value) -> PyResult<isize> {
    let Some(i) = index_of(vm, v)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    i.to_isize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// An optional C `int` argument (`expandtabs(tabsize)`), with CPython's overflow message.
pub fn opt_c_int(vm: &Vm, v: Option<&Value>, default: i32) -> PyResult<isize> {
    let Some(v) = v else {
        return Ok(default as isize);
    };
    let Some(i) = index_of(vm, v)? else {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    i.to_i32()
        .map(|i| i as isize)
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// A `start`/`end` argument: `None` when absent or `None`; huge values clamp.
fn bound(vm: &Vm, v: Option<&Value>) -> PyResult<Option<isize>> {
    let Some(v) = v.filter(|v| !vm.is_none(v)) else {
        return Ok(None);
    };
    let Some(i) = index_of(vm, v)? else {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    };
    Ok(Some(i.to_isize().unwrap_or(if i.is_negative() {
        isize::MIN
    } else {
        isize::MAX
    })))
}

/// `start` and `end` of `find`-like methods, adjusted as `ADJUST_INDICES`: `end` is clamped to
/// `0..=len`, `start` to `0..`; a `start` past `len` stays, so callers can tell the range is empty.
pub fn bounds(
    vm: &Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as isize;
    let adjust = |i: isize| {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let start = adjust(bound(vm, start)?.unwrap_or(0));
    let end = adjust(bound(vm, end)?.unwrap_or(len)).min(len);
    Ok((start as usize, end as usize))
}

/// An optional int argument (`maxsplit`, `count`) with a default.
pub fn opt_isize(vm: &Vm, v: Option<&Value>, default: isize) -> PyResult<isize> {
    match v {
        None => Ok(default),
        Some(v) => to_isize(vm, v),
    }
}
