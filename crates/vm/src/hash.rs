//! Hash functions of the builtin types, as CPython 3.11 computes them (under
//! `PYTHONHASHSEED=0`); the algorithms live in `gilpy_algo::hash`.

use gilpy_algo::hash as h;
use num_bigint::BigInt;

#[inline]
pub fn hash_i64(i: i64) -> i64 {
    h::hash_i64(i)
}

pub fn hash_bigint(i: &BigInt) -> i64 {
    h::hash_int(i)
}

pub fn hash_f64(f: f64) -> i64 {
    h::hash_f64(f)
}

pub fn hash_complex(re: f64, im: f64) -> i64 {
    h::hash_complex(h::hash_f64(re), h::hash_f64(im))
}

pub fn hash_str(s: &str) -> i64 {
    h::hash_str(s)
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    h::hash_bytes(b)
}

pub fn hash_tuple(items: &[i64]) -> i64 {
    h::hash_tuple(items)
}

pub fn hash_frozenset(items: impl IntoIterator<Item = i64>) -> i64 {
    h::hash_frozenset(items)
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn hash_pointer(addr: usize) -> i64 {
    let y = addr.rotate_right(4) as i64;
    if y == -1 { -2 } else { y }
}
