//! Interior mutability for object state: the one layer through which mutable state of shared
//! objects (list items, dict tables, instance dicts) is reached.
//!
//! In GIL mode this is a `RefCell`: the GIL serialises threads, and the borrow flag catches
//! re-entrant mutation. Rule: never hold a borrow across a call that can run Python code
//! (`__eq__`, `__hash__`, `__del__`, ...): copy what is needed out, release, then call.
//! A free-threaded build would make this a per-object lock (PEP 703's critical sections).

use crate::object::Value;
use std::cell::{Ref, RefCell, RefMut};

pub struct PyCell<T>(RefCell<T>);

impl<T> PyCell<T> {
    pub fn new(v: T) -> PyCell<T> {
        PyCell(RefCell::new(v))
    }

    #[inline(always)]
    pub fn borrow(&self) -> Ref<'_, T> {
        self.0.borrow()
    }

    #[inline(always)]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        self.0.borrow_mut()
    }

    /// A shared borrow, or `None` while the contents are mutably borrowed (the collector's
    /// traversal, which must not fail on an object some native code is updating).
    pub fn try_borrow(&self) -> Option<Ref<'_, T>> {
        self.0.try_borrow().ok()
    }

    /// A shared reference without a borrow guard, or `None` while the contents are mutably
    /// borrowed: a read that neither counts nor releases a borrow (the attribute caches' hit
    /// paths, through `Obj::kept_value`).
    ///
    /// # Safety
    /// No mutable borrow of this cell may start while the reference lives: the caller only
    /// reads through it and runs nothing that could borrow the cell (no Python code, no drop of
    /// a `Value`).
    #[inline(always)]
    pub unsafe fn try_borrow_unguarded(&self) -> Option<&T> {
        // SAFETY: the caller's promise is `RefCell::try_borrow_unguarded`'s requirement.
        unsafe { self.0.try_borrow_unguarded() }.ok()
    }

    /// A mutable borrow, or `None` while the contents are borrowed (the collector's clear).
    pub fn try_borrow_mut(&self) -> Option<RefMut<'_, T>> {
        self.0.try_borrow_mut().ok()
    }

    /// The contents, through a unique reference (no borrow flag to test: nothing else can hold
    /// a borrow).
    #[inline(always)]
    pub fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
    }

    /// Replace the contents, returning the old value (dropped by the caller, outside the borrow).
    pub fn replace(&self, v: T) -> T {
        self.0.replace(v)
    }
}

impl<T: Default> PyCell<T> {
    pub fn take(&self) -> T {
        self.0.take()
    }
}

impl<T: Default> Default for PyCell<T> {
    fn default() -> Self {
        PyCell::new(T::default())
    }
}

/// The contents of a `cell` object (`Payload::Cell`, the cell and free variables of
/// closures): one optional value in a plain `Cell`, without a `RefCell`'s borrow flag. No
/// reference into it is ever handed out: a read copies a new reference out and a write swaps
/// the value, and nothing in between runs Python code, so a borrow flag (three writes per
/// read) would guard nothing. Reading a closure variable is as hot as reading a local.
pub struct ValueCell(std::cell::Cell<Option<Value>>);

impl ValueCell {
    pub fn new(v: Option<Value>) -> ValueCell {
        ValueCell(std::cell::Cell::new(v))
    }

    /// A new reference to the contents.
    #[inline(always)]
    pub fn get(&self) -> Option<Value> {
        let v = self.0.take();
        let out = v.clone();
        // `take` left None, and nothing ran since (a clone only counts a reference), so the
        // value replaced here is None: forgetting it releases nothing.
        std::mem::forget(self.0.replace(v));
        out
    }

    /// Store `v` and return the old contents, for the caller to release (a `__del__` that
    /// runs then sees the new contents).
    #[inline(always)]
    pub fn replace(&self, v: Option<Value>) -> Option<Value> {
        self.0.replace(v)
    }

    /// Whether the cell is empty.
    pub fn is_empty(&self) -> bool {
        let v = self.0.take();
        let empty = v.is_none();
        std::mem::forget(self.0.replace(v));
        empty
    }

    /// Call `f` with the contents, which stay in place (the collector's traversal). The cell
    /// reads as empty to anything `f` does with it.
    pub fn inspect<R>(&self, f: impl FnOnce(Option<&Value>) -> R) -> R {
        let v = self.0.take();
        let r = f(v.as_ref());
        drop(self.0.replace(v));
        r
    }
}
