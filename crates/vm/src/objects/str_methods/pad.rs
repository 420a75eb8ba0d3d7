//! `str.center`, `ljust`, `rjust`, `zfill` and `expandtabs`. Counterpart of `pad()` and friends
//! in `Objects/unicodeobject.c`.

use super::args::{Style, opt_c_int, to_isize};
use super::{algo, str_call};
use crate::object::Value;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, from_string};
use crate::vm::{PyResult, Vm};

/// Left and right padding that `center` gives `len` units in `width`, as CPython splits odd
/// margins.
pub fn center_margins(len: usize, width: usize) -> (usize, usize) {
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    (left, marg - left)
}

#[derive(Clone, Copy)]
pub enum Justify {
    Left,
    Right,
    Center,
}

/// Left and right padding to justify `len` units in `width` (none when already wide enough).
pub fn margins(len: usize, width: isize, how: Justify) -> (usize, usize) {
    let width = width.max(0) as usize;
    if len >= width {
        return (0, 0);
    }
    match how {
        Justify::Left => (0, width - len),
        Justify::Right => (width - len, 0),
        Justify::Center => center_margins(len, width),
    }
}

fn justify(vm: &Vm, args: Args<'_>, name: &'static str, how: Justify) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, name)?;
    let a = call.positional(vm, 1, 2, Style::Clinic)?;
    let width = to_isize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(v) => {
            let f = as_pystr(v).ok_or_else(|| {
                vm.type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    vm.type_name(v)
                ))
            })?;
            let mut chars = f.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
    };
    let (left, right) = margins(s.char_len(), width, how);
    if left + right == 0 {
        return Ok(from_string(s.as_str().to_owned()));
    }
    if left.saturating_add(right) > isize::MAX as usize / 4 {
        return Err(vm.new_exc("MemoryError", ""));
    }
    let mut out = String::with_capacity(s.as_str().len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(from_string(out))
}

pub fn center(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    justify(vm, args, "center", Justify::Center)
}

pub fn ljust(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    justify(vm, args, "ljust", Justify::Left)
}

pub fn rjust(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    justify(vm, args, "rjust", Justify::Right)
}

/// `zfill` over units: zeros after a leading sign.
pub fn zfill_units<T: Copy + PartialEq>(
    vm: &Vm,
    units: &[T],
    width: isize,
    [zero, plus, minus]: [T; 3],
) -> PyResult<Vec<T>> {
    let (left, _) = margins(units.len(), width, Justify::Right);
    let mut out = crate::alloc::vec_with_capacity(vm, units.len() + left)?;
    let signed = units.first().is_some_and(|&u| u == plus || u == minus);
    if signed {
        out.push(units[0]);
    }
    out.extend(std::iter::repeat_n(zero, left));
    out.extend_from_slice(&units[usize::from(signed)..]);
    Ok(out)
}

pub fn zfill(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "zfill")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    let width = to_isize(vm, &a[0])?;
    let chars: Vec<char> = s.as_str().chars().collect();
    Ok(from_string(
        zfill_units(vm, &chars, width, ['0', '+', '-'])?
            .into_iter()
            .collect(),
    ))
}

pub fn expandtabs(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "expandtabs")?;
    let [tabsize] = call.keywords(vm, ["tabsize"], 0)?;
    let tabsize = opt_c_int(vm, tabsize, 8)?;
    Ok(from_string(
        algo::expandtabs(s.as_str().chars(), tabsize, ['\t', ' ', '\n', '\r'])
            .ok_or_else(|| vm.memory_error())?
            .into_iter()
            .collect(),
    ))
}
