//! The object model: `Value` (a tagged reference), the object header and the payloads of the
//! builtin types. Counterpart of CPython's `Include/object.h`.
//!
//! A `Value` is one machine word. With the low bit set it is a small int stored inline
//! (no allocation, no refcount: the eval loop's `n -= 1` never touches the heap); otherwise it
//! points to a heap `Obj`: a refcount, a type pointer and a payload whose variant is the
//! object's builtin layout (as CPython's `tp_basicsize` layout). An object with an instance
//! `__dict__` has the dict slot just before its header, in the same allocation (as CPython's
//! managed-dict pre-header), so objects without one (floats, strs, tuples) do not pay for it.
//! Clone takes a reference and Drop releases it, through `rc.rs` only.

use crate::pycell::PyCell;
use crate::rc::{self, HAS_DICT, RefCount};
use std::marker::PhantomData;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

pub use crate::payload::Payload;

/// A reference to a Python object, or an inline small int.
///
/// `!Send` and `!Sync`: a Value can only be used on a thread that holds the GIL. Moving object
/// references to a new thread goes through `gil::Transfer`.
#[repr(transparent)]
pub struct Value {
    bits: NonZeroUsize,
    _not_send: PhantomData<*const Obj>,
}

/// Inline ints are in `[SMALL_MIN, SMALL_MAX]` (62 bits).
pub const SMALL_MAX: i64 = (1 << 61) - 1;
pub const SMALL_MIN: i64 = -(1 << 61);

/// Heap object header plus payload: 40 bytes (pinned by a test below).
pub struct Obj {
    pub(crate) rc: RefCount,
    class: Value,
    pub payload: Payload,
}

/// The allocation of an object with an instance `__dict__` (instances of classes defined in
/// Python, modules, types, functions): the dict slot, then the object. Its `Value` points to
/// `obj`; the header flag `HAS_DICT` says the slot is there.
#[repr(C)]
struct WithDict {
    dict: PyCell<Value>,
    obj: Obj,
}

impl Value {
    /// An inline int; `None` when `i` is out of the inline range.
    #[inline(always)]
    pub fn small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            let bits = ((i << 1) | 1) as usize;
            // SAFETY-free: bit 0 is set, so bits is non-zero.
            Some(Value {
                bits: NonZeroUsize::new(bits).unwrap_or(NonZeroUsize::MIN),
                _not_send: PhantomData,
            })
        } else {
            None
        }
    }

    /// The inline int 0: a Value that owns nothing (a placeholder for a moved-out slot).
    #[inline(always)]
    pub fn zero() -> Value {
        Value {
            bits: NonZeroUsize::MIN,
            _not_send: PhantomData,
        }
    }

    /// The inline int this value holds, if it is one.
    #[inline(always)]
    pub fn as_small(&self) -> Option<i64> {
        let b = self.bits.get();
        if b & 1 == 1 {
            Some((b as i64) >> 1)
        } else {
            None
        }
    }

    #[inline(always)]
    fn ptr(&self) -> Option<NonNull<Obj>> {
        let b = self.bits.get();
        if b & 1 == 0 {
            NonNull::new(b as *mut Obj)
        } else {
            None
        }
    }

    /// The heap object, unless this is an inline int.
    #[inline(always)]
    pub fn obj(&self) -> Option<&Obj> {
        // SAFETY: a non-tagged Value owns a reference to a live heap object, so the pointer is
        // valid for at least as long as `self` is borrowed.
        self.ptr().map(|p| unsafe { &*p.as_ptr() })
    }

    /// The payload, or `None` for an inline int.
    #[inline(always)]
    pub fn payload(&self) -> Option<&Payload> {
        self.obj().map(|o| &o.payload)
    }

    /// Allocate a new object with one reference.
    pub fn alloc(class: Value, payload: Payload) -> Value {
        Value::alloc_with_dict(class, None, payload)
    }

    pub fn alloc_with_dict(class: Value, dict: Option<Value>, payload: Payload) -> Value {
        let rc = RefCount::new();
        let p = match dict {
            None => Box::into_raw(Box::new(Obj { rc, class, payload })),
            Some(dict) => {
                rc.set_flags(HAS_DICT);
                let w = Box::into_raw(Box::new(WithDict {
                    dict: PyCell::new(dict),
                    obj: Obj { rc, class, payload },
                }));
                // SAFETY: `w` is the allocation just made; the field projection stays inside it.
                unsafe { &raw mut (*w).obj }
            }
        };
        // Exposed, so `Obj::dict` can step back from an `Obj` to its `WithDict` allocation.
        let addr = p.expose_provenance();
        if let Some(nn) = NonNull::new(p) {
            crate::gc::heap::track_new(nn);
        }
        Value {
            bits: NonZeroUsize::new(addr).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        }
    }

    /// A new counted reference to a live object known by its pointer (the collector's lists
    /// and weak references hold uncounted pointers).
    pub(crate) fn new_ref(p: NonNull<Obj>) -> Value {
        rc::incref(p);
        Value::from_obj_ptr(p)
    }

    /// The heap object's pointer, unless this is an inline int.
    #[inline(always)]
    pub(crate) fn obj_ptr(&self) -> Option<NonNull<Obj>> {
        self.ptr()
    }

    /// Identity, as `is` compares.
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.bits == other.bits
    }

    /// The address-like identity used by `id()`.
    pub fn id(&self) -> usize {
        self.bits.get()
    }

    /// The object's type (`type(x)`).
    #[inline(always)]
    pub fn class(&self) -> &Value {
        match self.obj() {
            Some(o) => &o.class,
            None => crate::types::builtin().int_ref(),
        }
    }

    /// The number of references (`sys.getrefcount` without its own argument's reference).
    pub fn refcount(&self) -> usize {
        self.obj().map_or(usize::MAX >> 1, |o| o.rc.get())
    }

    /// A Value for an object the caller holds a counted reference to (without taking another):
    /// the caller must not let it drop unless that reference is being given away.
    pub(crate) fn from_obj_ptr(p: NonNull<Obj>) -> Value {
        Value {
            bits: NonZeroUsize::new(p.as_ptr() as usize).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        }
    }

    /// The raw word, for the GIL layer's transfer between threads.
    pub(crate) fn into_raw(self) -> usize {
        let b = self.bits.get();
        std::mem::forget(self);
        b
    }

    /// Rebuild a Value from `into_raw`'s word.
    ///
    /// # Safety
    /// `bits` must come from `into_raw` and be used once.
    pub(crate) unsafe fn from_raw(bits: usize) -> Value {
        Value {
            bits: NonZeroUsize::new(bits).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(p) = self.ptr() {
            rc::incref(p);
        }
        Value {
            bits: self.bits,
            _not_send: PhantomData,
        }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(p) = self.ptr() {
            rc::decref(p);
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "{i}"),
            None => write!(f, "<object at {:#x}>", self.bits),
        }
    }
}

impl Obj {
    /// The object's type.
    pub fn class(&self) -> &Value {
        &self.class
    }

    /// The instance `__dict__` slot, for objects allocated with one.
    #[inline(always)]
    pub fn dict(&self) -> Option<&PyCell<Value>> {
        if self.rc.flags() & HAS_DICT == 0 {
            return None;
        }
        let addr = (self as *const Obj).addr() - std::mem::offset_of!(WithDict, obj);
        let w = std::ptr::with_exposed_provenance::<WithDict>(addr);
        // SAFETY: `HAS_DICT` is set only by `alloc_with_dict`, on an `Obj` that is the `obj`
        // field of a `WithDict` allocation whose provenance it exposed; the allocation lives as
        // long as `self` does.
        Some(unsafe { &(*w).dict })
    }

    /// The instance dict object, if this object has one.
    pub fn dict_value(&self) -> Option<Value> {
        self.dict().map(|d| d.borrow().clone())
    }
}

/// Free an object whose count reached zero (called by `rc.rs` only).
///
/// # Safety
/// `p` must come from `Value::alloc_with_dict`, have no references left and not be used again.
pub(crate) unsafe fn free(p: NonNull<Obj>) {
    // SAFETY: the caller guarantees `p` is a live allocation nobody else refers to.
    let flags = unsafe { p.as_ref() }.rc.flags();
    if flags & HAS_DICT == 0 {
        // SAFETY: allocated as a `Box<Obj>` (no `HAS_DICT`).
        drop(unsafe { Box::from_raw(p.as_ptr()) });
    } else {
        let addr = p.as_ptr().addr() - std::mem::offset_of!(WithDict, obj);
        let w = std::ptr::with_exposed_provenance_mut::<WithDict>(addr);
        // SAFETY: allocated as a `Box<WithDict>` whose `obj` field `p` points to.
        drop(unsafe { Box::from_raw(w) });
    }
}

/// Replace the class of a heap object (`obj.__class__ = C`; the caller checked that the two
/// classes have the same layout) and return the old class's reference. The caller must keep it
/// until no `&Value` returned by `class()` before the change (or anything borrowed from it)
/// can be in use further up the Rust stack (`class_assign` keeps it until the program ends).
pub(crate) fn replace_class(v: &Value, class: Value) -> Option<Value> {
    let p = v.ptr()?;
    // SAFETY: the object is live (`v` holds a reference) and the GIL is held (`Value` is
    // `!Send`), so no other thread touches the field; the swap moves one counted reference in
    // and hands the old one to the caller.
    Some(unsafe { std::ptr::replace(&raw mut (*p.as_ptr()).class, class) })
}

/// Set the class of an object created with a placeholder class: only for `type`, `object`,
/// `dict` and their namespaces, while the builtin types are being created.
pub(crate) fn bootstrap_set_class(v: &Value, class: &Value) {
    if let Some(p) = v.ptr() {
        let c = class.clone();
        // SAFETY: called only from `bootstrap::create_builtins`, before any code can hold a
        // reference to the class field; the placeholder is an inline int (nothing to release),
        // and the write replaces it through the object's unique allocation.
        unsafe { std::ptr::write(&raw mut (*p.as_ptr()).class, c) };
    }
}

#[cfg(test)]
mod layout {
    //! The sizes that set the memory cost of every object (CPython's float is 24 bytes, its
    //! header 16): a growing payload variant must be boxed rather than grow them.

    #[test]
    fn object_sizes() {
        assert_eq!(size_of::<super::Payload>(), 24);
        assert_eq!(size_of::<super::Obj>(), 40);
        assert_eq!(size_of::<super::WithDict>(), 56);
    }
}
