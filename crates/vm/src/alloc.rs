//! Sizes of the buffers Python code asks for: `MemoryError` instead of an allocation abort or a
//! capacity-overflow panic. Counterpart of the NULL checks after `PyMem_Malloc` in CPython.

use crate::vm::{PyResult, Vm};

/// The most bytes one object may ask for (16 GiB). Past it an allocation is refused at once
/// rather than attempted: a larger request would take the machine's memory or abort (the
/// allocator reserves address space it cannot back, so `try_reserve` alone does not fail).
pub const MAX_BYTES: usize = gilpy_algo::MAX_ALLOC_BYTES;

/// Whether `count` items of type `T` stay within `MAX_BYTES`.
pub fn fits<T>(count: usize) -> bool {
    count
        .checked_mul(size_of::<T>().max(1))
        .is_some_and(|bytes| bytes <= MAX_BYTES)
}

/// `MemoryError` unless `count` items of type `T` stay within `MAX_BYTES`.
pub fn check<T>(vm: &Vm, count: usize) -> PyResult<()> {
    if fits::<T>(count) {
        Ok(())
    } else {
        Err(vm.memory_error())
    }
}

/// An empty vector with room for `count` items; `MemoryError` when it cannot be had.
pub fn vec_with_capacity<T>(vm: &Vm, count: usize) -> PyResult<Vec<T>> {
    check::<T>(vm, count)?;
    let mut v = Vec::new();
    v.try_reserve_exact(count).map_err(|_| vm.memory_error())?;
    Ok(v)
}
