//! The reference-counting layer: the only code that reads or writes an object's count and
//! frees objects. Counterpart of CPython's `Py_INCREF`/`Py_DECREF`/`_Py_Dealloc`.
//!
//! In GIL mode counts are plain (non-atomic) integers: only the thread holding the GIL touches
//! objects, and `Value` is `!Send`, so a reference cannot reach a thread that does not hold it
//! (see `gil.rs`). A free-threaded build would replace this file with biased reference counting
//! (an owner-thread count plus an atomic shared count) without touching the object types.
//!
//! Freeing is iterative, as CPython's "trashcan": dropping the last reference to a long chain of
//! containers (a list nested a million deep) queues the children instead of recursing.

use crate::object::Obj;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The count stored in every object header.
pub struct RefCount(Cell<usize>);

impl RefCount {
    pub const fn new() -> RefCount {
        RefCount(Cell::new(1))
    }

    #[inline(always)]
    pub fn get(&self) -> usize {
        self.0.get()
    }
}

/// Take a new reference.
#[inline(always)]
pub fn incref(obj: NonNull<Obj>) {
    // SAFETY: `obj` comes from a live `Value`, so it points to an allocated object; the caller
    // holds the GIL (Values exist only on GIL-holding threads), so no other thread races on the count.
    let rc = unsafe { &obj.as_ref().rc };
    rc.0.set(rc.0.get() + 1);
}

/// Drop a reference; frees the object when it was the last one.
#[inline(always)]
pub fn decref(obj: NonNull<Obj>) {
    // SAFETY: as in `incref`; the reference being dropped keeps the object alive until here.
    let rc = unsafe { &obj.as_ref().rc };
    let n = rc.0.get() - 1;
    rc.0.set(n);
    if n == 0 {
        dealloc(obj);
    }
}

thread_local! {
    /// Objects whose count reached zero while another deallocation was running on this thread.
    static PENDING: RefCell<Option<Vec<NonNull<Obj>>>> = const { RefCell::new(None) };
}

#[cold]
fn dealloc(obj: NonNull<Obj>) {
    let nested = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match p.as_mut() {
            Some(queue) => {
                queue.push(obj);
                true
            }
            None => {
                *p = Some(Vec::new());
                false
            }
        }
    });
    if nested {
        return;
    }
    free_one(obj);
    while let Some(next) = PENDING.with(|p| p.borrow_mut().as_mut().and_then(Vec::pop)) {
        free_one(next);
    }
    PENDING.with(|p| *p.borrow_mut() = None);
}

fn free_one(obj: NonNull<Obj>) {
    // SAFETY: the count is zero, so this is the only pointer to the object; it was allocated by
    // `Obj::alloc` as a `Box<Obj>`. Dropping it drops its fields, whose own decrefs are queued
    // on PENDING rather than recursing.
    drop(unsafe { Box::from_raw(obj.as_ptr()) });
}
