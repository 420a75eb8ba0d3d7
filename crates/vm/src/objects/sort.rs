//! `list.sort()` and `sorted()`: a stable sort that makes the comparisons CPython's timsort
//! makes for lists shorter than 64 items (run detection, then binary insertion), and merges
//! longer runs stably. Only `<` is used, through the rich-comparison protocol, and no borrow of
//! the list is held while comparing: the items are taken out, sorted and put back.
//! Counterpart of `Objects/listobject.c`'s `list_sort_impl`.

use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::{int, list_ops};
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};

/// A sort key and the item it belongs to.
type Keyed = (Value, Value);

/// `key < other`, with fast paths for small ints and exact strs.
fn lt(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(x < y);
    }
    let str_type = &vm.b().str_;
    if let (Some(Payload::Str(x)), Some(Payload::Str(y))) = (a.payload(), b.payload())
        && a.class_is(str_type)
        && b.class_is(str_type)
    {
        return Ok(x.as_str() < y.as_str());
    }
    let r = ops::rich_compare(vm, a, b, CmpOp::Lt)?;
    ops::is_true(vm, &r)
}

/// Length of the run starting at `v[0]` and whether it is strictly descending.
fn count_run(vm: &Vm, v: &[Keyed]) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(vm, &v[1].0, &v[0].0)? {
        while n < v.len() && lt(vm, &v[n].0, &v[n - 1].0)? {
            n += 1;
        }
        return Ok((n, true));
    }
    while n < v.len() && !lt(vm, &v[n].0, &v[n - 1].0)? {
        n += 1;
    }
    Ok((n, false))
}

/// Binary insertion sort of `v`, whose first `sorted` items are already in order.
fn binary_sort(vm: &Vm, v: &mut [Keyed], sorted: usize) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + (r - l) / 2;
            if lt(vm, &v[i].0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=i].rotate_right(1);
    }
    Ok(())
}

/// CPython's `merge_compute_minrun`.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Merge the sorted runs `v[..mid]` and `v[mid..]` stably. On an error the slice still holds
/// every item (the unmerged left part is copied back).
fn merge(vm: &Vm, v: &mut [Keyed], mid: usize) -> PyResult<()> {
    let left: Vec<Keyed> = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < v.len() {
        match lt(vm, &v[j].0, &left[i].0) {
            Ok(true) => {
                v.swap(k, j);
                j += 1;
            }
            Ok(false) => {
                v[k] = left[i].clone();
                i += 1;
            }
            Err(e) => {
                v[k..k + left.len() - i].clone_from_slice(&left[i..]);
                return Err(e);
            }
        }
        k += 1;
    }
    v[k..k + left.len() - i].clone_from_slice(&left[i..]);
    Ok(())
}

/// Sort `v` in place by its keys.
fn timsort(vm: &Vm, v: &mut [Keyed]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(vm, &v[lo..])?;
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            binary_sort(vm, &mut v[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        collapse(vm, v, &mut runs, false)?;
        lo += len;
    }
    collapse(vm, v, &mut runs, true)
}

/// Merge adjacent runs while the classic timsort stack invariants fail (all of them when
/// `force`).
fn collapse(vm: &Vm, v: &mut [Keyed], runs: &mut Vec<(usize, usize)>, force: bool) -> PyResult<()> {
    while runs.len() > 1 {
        let k = runs.len();
        let (b, c) = (runs[k - 2].1, runs[k - 1].1);
        let a = if k > 2 { runs[k - 3].1 } else { usize::MAX };
        let at = if k > 2 && a <= b + c && a < c {
            k - 3
        } else if force || a <= b + c || b <= c {
            k - 2
        } else {
            return Ok(());
        };
        let (start, left) = runs[at];
        let right = runs[at + 1].1;
        merge(vm, &mut v[start..start + left + right], left)?;
        runs[at] = (start, left + right);
        runs.remove(at + 1);
    }
    Ok(())
}

/// Compute the keys, sort, and put the items back into `list`; "list modified during sort"
/// when the list changed meanwhile.
pub fn sort_list(vm: &Vm, list: &Value, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let Some(Payload::List(cell)) = list.payload() else {
        return Err(vm.type_error("sort() needs a list"));
    };
    let items = cell.replace(Vec::new());
    let mut keyed = Vec::with_capacity(items.len());
    for x in &items {
        let k = match key {
            Some(f) => match ops::call(vm, f, std::slice::from_ref(x), &[]) {
                Ok(k) => k,
                Err(e) => {
                    drop(cell.replace(items));
                    return Err(e);
                }
            },
            None => x.clone(),
        };
        keyed.push((k, x.clone()));
    }
    drop(items);
    if reverse {
        keyed.reverse();
    }
    let r = timsort(vm, &mut keyed);
    if reverse {
        keyed.reverse();
    }
    let sorted: Vec<Value> = keyed.into_iter().map(|(_, x)| x).collect();
    let during = cell.replace(sorted);
    let modified = !during.is_empty() || during.capacity() != 0;
    drop(during);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// The `key=` and `reverse=` keywords of `sort()`/`sorted()`.
fn sort_options(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<(Option<Value>, bool)> {
    args.only_keywords(vm, name, &["key", "reverse"])?;
    let key = args.kw("key").filter(|k| !vm.is_none(k)).cloned();
    let reverse = match args.kw("reverse") {
        None => false,
        Some(r) if int::is_int(r) => !int::is_zero(r),
        Some(r) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(r)
            )));
        }
    };
    Ok((key, reverse))
}

/// `list.sort(*, key=None, reverse=False)`.
pub fn list_sort(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let Some(list) = pos.first() else {
        return Err(vm.type_error("descriptor 'sort' of 'list' object needs an argument"));
    };
    let (key, reverse) = sort_options(vm, args, "sort")?;
    sort_list(vm, list, key.as_ref(), reverse)?;
    Ok(vm.none())
}

/// The builtin `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn builtin_sorted(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let (key, reverse) = sort_options(vm, args, "sort")?;
    let list = list_ops::new_list(ops::collect(vm, &pos[0])?);
    sort_list(vm, &list, key.as_ref(), reverse)?;
    Ok(list)
}
