//! `list.sort()` and `sorted()`: a stable sort that makes the comparisons CPython's timsort
//! makes for lists shorter than 64 items (run detection, then binary insertion), and merges
//! longer runs stably. Only `<` is used, through the rich-comparison protocol, and no borrow of
//! the list is held while comparing: the items are taken out, sorted and put back. `min()` and
//! `max()` compare their keys with the same native shortcuts (`compare`).
//! Counterpart of `Objects/listobject.c`'s `list_sort_impl`.

use crate::object::{Payload, Value};
use crate::objects::function::Args;
use crate::objects::{int, list_ops};
use crate::ops::{self, CmpOp};
use crate::vm::{PyResult, Vm};

/// How two keys are compared, decided once per sort from the keys' types (CPython's pre-check
/// in `list_sort_impl`, which picks `unsafe_latin_compare`, `unsafe_long_compare`,
/// `unsafe_tuple_compare`...). Keys are made before sorting and `str`, `int` and `tuple` are
/// immutable, so the choice holds for the whole sort.
#[derive(Clone, Copy)]
enum KeyKind {
    /// Every key is an exact `str`: byte order of UTF-8 is code-point order.
    Strs,
    /// Every key is an inline small int.
    SmallInts,
    /// Every key is an exact tuple: items compared in turn, `==` then `<` on the first that
    /// differs.
    Tuples,
    /// Anything else: the rich-comparison protocol.
    Generic,
}

impl KeyKind {
    fn of(vm: &Vm, keys: &[Value]) -> KeyKind {
        let b = vm.b();
        if keys.iter().all(|k| k.class_is(&b.str_)) {
            KeyKind::Strs
        } else if keys.iter().all(|k| k.as_small().is_some()) {
            KeyKind::SmallInts
        } else if keys.iter().all(|k| k.class_is(&b.tuple)) {
            KeyKind::Tuples
        } else {
            KeyKind::Generic
        }
    }
}

/// The keys being sorted and how two of them compare (`less`); the sort itself moves indices
/// into `keys`. Generic over the comparison, so each kind's sort inlines its own.
struct Keys<'a, F> {
    keys: &'a [Value],
    less: F,
}

impl<F: Fn(&Value, &Value) -> PyResult<bool>> Keys<'_, F> {
    /// `keys[i] < keys[j]`.
    #[inline(always)]
    fn lt(&self, i: usize, j: usize) -> PyResult<bool> {
        (self.less)(&self.keys[i], &self.keys[j])
    }
}

/// Sort the indices `order` by `keys`, comparing as `kind` says.
fn sort_by_kind(vm: &Vm, keys: &[Value], kind: KeyKind, order: &mut [usize]) -> PyResult<()> {
    match kind {
        KeyKind::Strs => timsort(
            &Keys {
                keys,
                less: |a: &Value, b: &Value| Ok(str_text(a) < str_text(b)),
            },
            order,
        ),
        KeyKind::SmallInts => timsort(
            &Keys {
                keys,
                less: |a: &Value, b: &Value| Ok(a.as_small() < b.as_small()),
            },
            order,
        ),
        KeyKind::Tuples => timsort(
            &Keys {
                keys,
                less: |a: &Value, b: &Value| tuple_cmp(vm, a, b, CmpOp::Lt),
            },
            order,
        ),
        KeyKind::Generic => timsort(
            &Keys {
                keys,
                less: |a: &Value, b: &Value| item_cmp(vm, a, b, CmpOp::Lt),
            },
            order,
        ),
    }
}

fn str_text(v: &Value) -> &str {
    crate::objects::str::as_str(v).unwrap_or_default()
}

/// `a op b` as a bool for an ordering `op` (`min()`/`max()`): exact tuples compared item by
/// item as `tuple_cmp` does, other keys as `item_cmp`.
pub fn compare(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let tuple_type = &vm.b().tuple;
    if a.class_is(tuple_type) && b.class_is(tuple_type) {
        tuple_cmp(vm, a, b, op)
    } else {
        item_cmp(vm, a, b, op)
    }
}

/// `a op b` for two exact tuples and an ordering `op`, as `tuplerichcompare`: the first items
/// that are not equal decide, else the lengths.
fn tuple_cmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) = (a.payload(), b.payload()) else {
        return item_cmp(vm, a, b, op);
    };
    let mut i = 0;
    while i < x.len() && i < y.len() && item_eq(vm, &x[i], &y[i])? {
        i += 1;
    }
    if i < x.len() && i < y.len() {
        item_cmp(vm, &x[i], &y[i], op)
    } else {
        Ok(op.test(x.len().cmp(&y.len())))
    }
}

/// `a == b` for tuple items, small ints and exact strs decided here.
fn item_eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(x == y);
    }
    let str_type = &vm.b().str_;
    if a.class_is(str_type) && b.class_is(str_type) {
        return Ok(str_text(a) == str_text(b));
    }
    ops::eq(vm, a, b)
}

/// `a op b` as a bool, with fast paths for small ints and exact strs.
fn item_cmp(vm: &Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(op.test(x.cmp(&y)));
    }
    let str_type = &vm.b().str_;
    if let (Some(Payload::Str(x)), Some(Payload::Str(y))) = (a.payload(), b.payload())
        && a.class_is(str_type)
        && b.class_is(str_type)
    {
        return Ok(op.test(x.as_str().cmp(y.as_str())));
    }
    let r = ops::rich_compare(vm, a, b, op)?;
    ops::is_true(vm, &r)
}

/// Length of the run starting at `v[0]` and whether it is strictly descending.
fn count_run(
    k: &Keys<'_, impl Fn(&Value, &Value) -> PyResult<bool>>,
    v: &[usize],
) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if k.lt(v[1], v[0])? {
        while n < v.len() && k.lt(v[n], v[n - 1])? {
            n += 1;
        }
        return Ok((n, true));
    }
    while n < v.len() && !k.lt(v[n], v[n - 1])? {
        n += 1;
    }
    Ok((n, false))
}

/// Binary insertion sort of `v`, whose first `sorted` items are already in order.
fn binary_sort(
    k: &Keys<'_, impl Fn(&Value, &Value) -> PyResult<bool>>,
    v: &mut [usize],
    sorted: usize,
) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + (r - l) / 2;
            if k.lt(v[i], v[p])? {
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
/// every index (the unmerged left part is copied back).
fn merge(
    k: &Keys<'_, impl Fn(&Value, &Value) -> PyResult<bool>>,
    v: &mut [usize],
    mid: usize,
) -> PyResult<()> {
    let left: Vec<usize> = v[..mid].to_vec();
    let (mut i, mut j, mut at) = (0, mid, 0);
    while i < left.len() && j < v.len() {
        match k.lt(v[j], left[i]) {
            Ok(true) => {
                v[at] = v[j];
                j += 1;
            }
            Ok(false) => {
                v[at] = left[i];
                i += 1;
            }
            Err(e) => {
                v[at..at + left.len() - i].copy_from_slice(&left[i..]);
                return Err(e);
            }
        }
        at += 1;
    }
    v[at..at + left.len() - i].copy_from_slice(&left[i..]);
    Ok(())
}

/// Sort the indices `v` by their keys.
fn timsort(
    k: &Keys<'_, impl Fn(&Value, &Value) -> PyResult<bool>>,
    v: &mut [usize],
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let minrun = min_run(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(k, &v[lo..])?;
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = (n - lo).min(minrun);
            binary_sort(k, &mut v[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        collapse(k, v, &mut runs, false)?;
        lo += len;
    }
    collapse(k, v, &mut runs, true)
}

/// Merge adjacent runs while the classic timsort stack invariants fail (all of them when
/// `force`).
fn collapse(
    k: &Keys<'_, impl Fn(&Value, &Value) -> PyResult<bool>>,
    v: &mut [usize],
    runs: &mut Vec<(usize, usize)>,
    force: bool,
) -> PyResult<()> {
    while runs.len() > 1 {
        let n = runs.len();
        let (b, c) = (runs[n - 2].1, runs[n - 1].1);
        let a = if n > 2 { runs[n - 3].1 } else { usize::MAX };
        let at = if n > 2 && a <= b + c && a < c {
            n - 3
        } else if force || a <= b + c || b <= c {
            n - 2
        } else {
            return Ok(());
        };
        let (start, left) = runs[at];
        let right = runs[at + 1].1;
        merge(k, &mut v[start..start + left + right], left)?;
        runs[at] = (start, left + right);
        runs.remove(at + 1);
    }
    Ok(())
}

/// The keys of `items`: `key(item)` for each, or `None` for the items themselves.
fn make_keys(vm: &Vm, items: &[Value], key: Option<&Value>) -> PyResult<Option<Vec<Value>>> {
    let Some(f) = key else {
        return Ok(None);
    };
    let mut keys = Vec::with_capacity(items.len());
    for x in items {
        keys.push(ops::call(vm, f, std::slice::from_ref(x), &[])?);
    }
    Ok(Some(keys))
}

/// Compute the keys, sort, and put the items back into `list`; "list modified during sort"
/// when the list changed meanwhile. With `reverse`, the items are sorted as if reversed first
/// and the result reversed (so equal keys keep their order, as CPython).
pub fn sort_list(vm: &Vm, list: &Value, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let Some(Payload::List(cell)) = list.payload() else {
        return Err(vm.type_error("sort() needs a list"));
    };
    let items = cell.replace(Vec::new());
    let keys = match make_keys(vm, &items, key) {
        Ok(keys) => keys,
        Err(e) => {
            drop(cell.replace(items));
            return Err(e);
        }
    };
    let keys_of = keys.as_deref().unwrap_or(&items);
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let r = sort_by_kind(vm, keys_of, KeyKind::of(vm, keys_of), &mut order);
    if reverse {
        order.reverse();
    }
    drop(keys);
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    let sorted: Vec<Value> = order.iter().filter_map(|&i| slots[i].take()).collect();
    drop(slots);
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
        return Err(crate::objects::function::missing_self(vm, "list", "sort"));
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
