//! Freed instance values arrays (`objects/instance_values.rs`), kept per thread for the next
//! instance of the same width: creating and freeing an instance of a Python class allocates
//! and frees its values array, and a short stack per width saves the allocator's work both
//! ways, as CPython's free lists do for its small objects (`Objects/floatobject.c`'s
//! `float_freelist`, the tuple free lists of `Objects/tupleobject.c`).

use crate::object::Value;
use std::cell::RefCell;

/// Arrays of up to this many elements are kept (the order element and 7 values).
const MAX_LEN: usize = 8;

/// At most this many arrays of each length are kept.
const KEEP: usize = 64;

type Slots = Box<[Option<Value>]>;

thread_local! {
    /// `POOL[len - 1]`: kept arrays of `len` elements, every element `None`.
    static POOL: RefCell<[Vec<Slots>; MAX_LEN]> =
        const { RefCell::new([const { Vec::new() }; MAX_LEN]) };
}

/// An array of `len` empty elements: a kept one, else a new allocation.
#[inline]
pub fn take(len: usize) -> Slots {
    let kept = match len {
        1..=MAX_LEN => POOL
            .try_with(|p| p.try_borrow_mut().ok()?[len - 1].pop())
            .ok()
            .flatten(),
        _ => None,
    };
    kept.unwrap_or_else(|| (0..len).map(|_| None).collect())
}

/// Release the values in `slots` (which may free objects and run their finalizers), then keep
/// the array for `take` if there is room.
#[inline]
pub fn give(mut slots: Slots) {
    for s in slots.iter_mut() {
        drop(s.take());
    }
    let len = slots.len();
    if !(1..=MAX_LEN).contains(&len) {
        return;
    }
    // The thread's storage may be gone at its exit: the array is then simply freed.
    let _ = POOL.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            let kept = &mut p[len - 1];
            if kept.len() < KEEP {
                kept.push(slots);
            }
        }
    });
}
