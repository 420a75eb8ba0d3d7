//! The object model: `Value` (a tagged reference), the object header and the payloads of the
//! builtin types. Counterpart of CPython's `Include/object.h`.
//!
//! A `Value` is one machine word. With the low bit set it is a small int stored inline
//! (no allocation, no refcount: the eval loop's `n -= 1` never touches the heap); otherwise it
//! points to a heap `Obj`: a refcount, a type pointer and a payload whose variant is the
//! object's builtin layout (as CPython's `tp_basicsize` layout). An object with an instance
//! `__dict__` has the dict slot just before its header, in the same allocation (as CPython's
//! managed-dict pre-header), so objects without one (floats, strs, tuples) do not pay for it.
//! The slot holds a dict object, or the instance's attribute values laid out by its class's
//! shared names until something asks for the dict (`objects/instance_values.rs`).
//! A `str` keeps its text after the header, in the same allocation too (as CPython's compact
//! strings): its byte length, then the UTF-8 bytes.
//! Clone takes a reference and Drop releases it, through `rc.rs` only.

use crate::objects::instance_values::InstanceValues;
use crate::objects::str::PyStr;
use crate::pycell::PyCell;
use crate::rc::{self, HAS_DICT, RefCount};
use std::alloc::Layout;
use std::cell::UnsafeCell;
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

/// An instance's attributes: a dict object, or values laid out by its class's shared names.
pub enum InstDict {
    Dict(Value),
    Values(InstanceValues),
}

impl InstDict {
    /// The dict object, unless the attributes are still kept as values.
    #[inline(always)]
    pub fn as_dict(&self) -> Option<&Value> {
        match self {
            InstDict::Dict(d) => Some(d),
            InstDict::Values(_) => None,
        }
    }
}

/// Heap object header plus payload: 40 bytes (pinned by a test below).
///
/// An allocation is laid out as `[dict slot][Obj][text]`: the `PyCell<InstDict>` dict slot only
/// when the header flag `HAS_DICT` is set (instances of classes defined in Python, modules,
/// types, functions), the text only for a `Payload::Str` (a `usize` byte length, then the
/// bytes). A `Value` points to the `Obj`.
pub struct Obj {
    pub(crate) rc: RefCount,
    /// A counted reference to the type. `obj.__class__ = C` swaps it (`replace_class`), so
    /// it is only read by copying the reference out: no `&Value` into it is ever handed out.
    class: UnsafeCell<Value>,
    pub payload: Payload,
}

/// Where the `Obj` sits in its allocation, and the allocation's layout.
fn layout(has_dict: bool, text_len: Option<usize>) -> (Layout, usize) {
    let slot = if has_dict {
        Layout::new::<PyCell<InstDict>>()
    } else {
        Layout::new::<()>()
    };
    let Ok((mut l, obj_at)) = slot.extend(Layout::new::<Obj>()) else {
        std::alloc::handle_alloc_error(Layout::new::<Obj>())
    };
    if let Some(n) = text_len {
        let text = size_of::<usize>()
            .checked_add(n)
            .and_then(|size| Layout::from_size_align(size, align_of::<usize>()).ok());
        match text.map(|t| l.extend(t)) {
            Some(Ok((whole, _))) => l = whole,
            _ => std::alloc::handle_alloc_error(l),
        }
    }
    (l.pad_to_align(), obj_at)
}

/// The allocation of a `str` without a dict slot for `len` bytes of text: `layout(false,
/// Some(len)).0` (pinned by a test below) without its checked steps, for the str's
/// allocation and free.
#[inline(always)]
fn str_layout(len: usize) -> Layout {
    const WORD: usize = align_of::<usize>();
    const HEAD: usize = size_of::<Obj>() + size_of::<usize>();
    const _: () = assert!(align_of::<Obj>() == WORD && HEAD.is_multiple_of(WORD));
    let size = HEAD.saturating_add(len).saturating_add(WORD - 1) & !(WORD - 1);
    match Layout::from_size_align(size, WORD) {
        Ok(l) => l,
        Err(_) => std::alloc::handle_alloc_error(Layout::new::<Obj>()),
    }
}

/// Copy whole `parts` into the `len` bytes at `dst`, `sep` between each two. A piece that
/// would not fit is left out and the bytes left over are zeroed, so the `len` bytes are UTF-8
/// text whatever the pieces add up to (callers pass their exact sum).
///
/// # Safety
/// `dst` must be valid for writing `len` bytes.
unsafe fn write_text<'a>(
    dst: *mut u8,
    len: usize,
    sep: &str,
    parts: impl Iterator<Item = &'a str>,
) {
    let mut at = 0;
    for (i, part) in parts.enumerate() {
        let gap = if i > 0 { sep.len() } else { 0 };
        if gap + part.len() > len - at {
            break;
        }
        // SAFETY: `at + gap + part.len() <= len` (tested above), inside the caller's `len`
        // bytes; a `&str` never overlaps a fresh allocation.
        unsafe {
            if gap > 0 {
                copy_piece(sep, dst.add(at));
                at += gap;
            }
            copy_piece(part, dst.add(at));
        }
        at += part.len();
    }
    debug_assert_eq!(at, len, "str parts do not add up to the length given");
    // SAFETY: `at <= len`, so the `len - at` bytes from `at` are the caller's.
    unsafe { std::ptr::write_bytes(dst.add(at), 0, len - at) };
}

/// Copy `piece` to `dst`; a one-byte piece (a join's separator) without a call to `memcpy`.
///
/// # Safety
/// `dst` must be valid for writing `piece.len()` bytes, outside `piece`.
#[inline(always)]
unsafe fn copy_piece(piece: &str, dst: *mut u8) {
    // SAFETY: as the caller guarantees.
    unsafe {
        match *piece.as_bytes() {
            [b] => dst.write(b),
            _ => std::ptr::copy_nonoverlapping(piece.as_ptr(), dst, piece.len()),
        }
    }
}

/// Offset of the dict slot before an `Obj` that has one.
const DICT_SLOT_BEFORE: usize = size_of::<PyCell<InstDict>>();

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
        match dict {
            None => Value::alloc_plain(Obj {
                rc: RefCount::new(),
                class: UnsafeCell::new(class),
                payload,
            }),
            Some(d) => {
                let text: Option<(usize, &str, std::iter::Empty<&str>)> = None;
                Value::alloc_parts(class, Some(InstDict::Dict(d)), payload, text)
            }
        }
    }

    /// A new object whose attributes are kept as values until its dict is asked for.
    ///
    /// Instances of classes written in Python are made here: the layout is a constant (dict
    /// slot and `Obj`, no text) and the object is a container, so this skips `alloc_parts`'
    /// layout arithmetic and the collector's container test.
    pub fn alloc_with_values(class: Value, payload: Payload) -> Value {
        let (l, obj_at) = layout(true, None);
        // SAFETY: the layout is never zero-sized (it holds an `Obj`).
        let base = unsafe { std::alloc::alloc(l) };
        if base.is_null() {
            std::alloc::handle_alloc_error(l);
        }
        let rc = RefCount::new();
        rc.set_flags(HAS_DICT);
        let slot = PyCell::new(InstDict::Values(InstanceValues::default()));
        // SAFETY: `base` is a fresh allocation of layout `l`, with room and alignment for the
        // dict slot at 0 and the `Obj` at `obj_at`; each write initialises its part once.
        let p = unsafe {
            std::ptr::write(base.cast::<PyCell<InstDict>>(), slot);
            let p = base.add(obj_at).cast::<Obj>();
            let class = UnsafeCell::new(class);
            std::ptr::write(p, Obj { rc, class, payload });
            p
        };
        Value::registered(p, crate::gc::heap::track_new_container)
    }

    /// A new object whose payload holds no references (a float): no dict slot, and not a
    /// container, so the collector's container test is skipped.
    #[inline]
    pub(crate) fn alloc_leaf(class: Value, payload: Payload) -> Value {
        let p = Box::into_raw(Box::new(Obj {
            rc: RefCount::new(),
            class: UnsafeCell::new(class),
            payload,
        }));
        Value::tracked_leaf(p)
    }

    /// A new tuple or list (no dict slot, a container): `alloc` without the collector's
    /// container test.
    #[inline]
    pub(crate) fn alloc_container(class: Value, payload: Payload) -> Value {
        let p = Box::into_raw(Box::new(Obj {
            rc: RefCount::new(),
            class: UnsafeCell::new(class),
            payload,
        }));
        Value::registered(p, crate::gc::heap::track_new_container)
    }

    /// The common case (no dict slot, no text): an `Obj` alone, as a `Box`.
    #[inline]
    fn alloc_plain(obj: Obj) -> Value {
        let p = Box::into_raw(Box::new(obj));
        Value::tracked(p)
    }

    /// A new `str` object (of `class`, `str` or a subclass) with its text after the header.
    /// `header` comes from `objects/str.rs`, which makes `PyStr`s only for this.
    pub(crate) fn alloc_str(class: Value, dict: Option<Value>, header: PyStr, text: &str) -> Value {
        let Some(dict) = dict else {
            return Value::alloc_str_text(class, header, text);
        };
        let text = Some((text.len(), "", std::iter::once(text)));
        Value::alloc_parts(
            class,
            Some(InstDict::Dict(dict)),
            Payload::Str(header),
            text,
        )
    }

    /// A new `str` without a dict slot whose text is a copy of `text` (CPython's
    /// `PyUnicode_New` and one `memcpy`).
    #[inline]
    fn alloc_str_text(class: Value, header: PyStr, text: &str) -> Value {
        // SAFETY: `alloc_str_uninit` returned room for exactly `text.len()` bytes at `dst`, a
        // fresh allocation that `text` cannot overlap; they are all written before the object
        // becomes a `Value`.
        unsafe {
            let (p, dst) = Value::alloc_str_uninit(class, header, text.len());
            std::ptr::copy_nonoverlapping(text.as_ptr(), dst, text.len());
            Value::tracked_leaf(p)
        }
    }

    /// A new exact `str` whose text is `text` with each ASCII byte `b` replaced by `map(b)`
    /// when that is ASCII too (case maps of ASCII text). Other bytes are copied unchanged, so
    /// the result is UTF-8 whatever `map` does: only ASCII bytes ever replace ASCII bytes.
    #[inline(always)]
    pub(crate) fn alloc_str_ascii_mapped(
        class: Value,
        header: PyStr,
        text: &str,
        map: impl Fn(u8) -> u8,
    ) -> Value {
        // SAFETY: as in `alloc_str_text`: each of the `text.len()` bytes at `dst` is written
        // once, before the object becomes a `Value`.
        unsafe {
            let (p, dst) = Value::alloc_str_uninit(class, header, text.len());
            for (i, &b) in text.as_bytes().iter().enumerate() {
                let m = map(b);
                dst.add(i)
                    .write(if b.is_ascii() && m.is_ascii() { m } else { b });
            }
            Value::tracked_leaf(p)
        }
    }

    /// A new exact `str` whose text is `a` then `b` (`a + b`): two copies into the object.
    pub(crate) fn alloc_str_concat(class: Value, header: PyStr, a: &str, b: &str) -> Value {
        // Two live texts cannot add up past `usize::MAX`; `str_layout` refuses sizes past
        // `isize::MAX`.
        let len = a.len() + b.len();
        // SAFETY: `alloc_str_uninit` made room for `len` bytes at `dst`: `a` fills the first
        // `a.len()` and `b` the rest, each written once (a fresh allocation overlaps neither)
        // before the object becomes a `Value`.
        unsafe {
            let (p, dst) = Value::alloc_str_uninit(class, header, len);
            std::ptr::copy_nonoverlapping(a.as_ptr(), dst, a.len());
            std::ptr::copy_nonoverlapping(b.as_ptr(), dst.add(a.len()), b.len());
            Value::tracked_leaf(p)
        }
    }

    /// A new exact `str` whose text is `parts` with `sep` between each two, `len` bytes in
    /// all: the pieces are copied straight into the object, with no buffer and no UTF-8 check
    /// (each is whole text already).
    pub(crate) fn alloc_str_joined<'a>(
        class: Value,
        header: PyStr,
        len: usize,
        sep: &str,
        parts: impl Iterator<Item = &'a str>,
    ) -> Value {
        // SAFETY: `write_text` writes exactly the `len` bytes at `dst` that
        // `alloc_str_uninit` made room for, before the object becomes a `Value`.
        unsafe {
            let (p, dst) = Value::alloc_str_uninit(class, header, len);
            write_text(dst, len, sep, parts);
            Value::tracked_leaf(p)
        }
    }

    /// Allocate a `str` without a dict slot for `len` bytes of text and write its header and
    /// byte length; returns the object and where its text goes.
    ///
    /// # Safety
    /// The caller writes the `len` bytes at the returned text pointer, as UTF-8 text, before
    /// making a `Value` of the object (`tracked_leaf`), and does nothing else with it.
    #[inline(always)]
    unsafe fn alloc_str_uninit(class: Value, header: PyStr, len: usize) -> (*mut Obj, *mut u8) {
        let l = str_layout(len);
        // SAFETY: the layout is never zero-sized (it holds an `Obj`).
        let p = unsafe { std::alloc::alloc(l) }.cast::<Obj>();
        if p.is_null() {
            std::alloc::handle_alloc_error(l);
        }
        let obj = Obj {
            rc: RefCount::new(),
            class: UnsafeCell::new(class),
            payload: Payload::Str(header),
        };
        // SAFETY: `p` is a fresh allocation of `str_layout(len)`: an `Obj` at 0, then a
        // `usize` byte length and `len` bytes (`str_layout`'s layout, aligned for both).
        unsafe {
            std::ptr::write(p, obj);
            let tail = p.add(1).cast::<u8>();
            std::ptr::write(tail.cast::<usize>(), len);
            (p, tail.add(size_of::<usize>()))
        }
    }

    fn alloc_parts<'a, I: Iterator<Item = &'a str>>(
        class: Value,
        dict: Option<InstDict>,
        payload: Payload,
        text: Option<(usize, &str, I)>,
    ) -> Value {
        let (l, obj_at) = layout(dict.is_some(), text.as_ref().map(|t| t.0));
        // SAFETY: the layout is never zero-sized (it holds an `Obj`).
        let base = unsafe { std::alloc::alloc(l) };
        if base.is_null() {
            std::alloc::handle_alloc_error(l);
        }
        let rc = RefCount::new();
        // SAFETY: `base` is a fresh allocation of layout `l`, which has room and alignment for
        // the dict slot at 0 (when there is one), the `Obj` at `obj_at` and the `len` bytes of
        // text after it (`layout` computed them); each write initialises its own part once.
        let p = unsafe {
            if let Some(d) = dict {
                rc.set_flags(HAS_DICT);
                std::ptr::write(base.cast::<PyCell<InstDict>>(), PyCell::new(d));
            }
            let p = base.add(obj_at).cast::<Obj>();
            let class = UnsafeCell::new(class);
            std::ptr::write(p, Obj { rc, class, payload });
            if let Some((len, sep, parts)) = text {
                let tail = p.add(1).cast::<u8>();
                std::ptr::write(tail.cast::<usize>(), len);
                write_text(tail.add(size_of::<usize>()), len, sep, parts);
            }
            p
        };
        Value::tracked(p)
    }

    /// The Value for a new object that is not a container and has no dict (a plain `str`),
    /// registered with the collector without the container test.
    #[inline]
    fn tracked_leaf(p: *mut Obj) -> Value {
        Value::registered(p, crate::gc::heap::track_new_leaf)
    }

    /// The Value for a new object, registered with the collector.
    #[inline]
    fn tracked(p: *mut Obj) -> Value {
        Value::registered(p, crate::gc::heap::track_new)
    }

    /// The Value for the new object at `p`, registered with the collector by `track` (which
    /// test it needs: any object, a leaf, a container).
    #[inline(always)]
    fn registered(p: *mut Obj, track: fn(NonNull<Obj>)) -> Value {
        // Exposed, so `Obj::dict` and `str_text` can reach the rest of the allocation from an
        // `Obj` or its payload.
        let addr = p.expose_provenance();
        if let Some(nn) = NonNull::new(p) {
            track(nn);
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

    /// The object's type (`type(x)`), as a new reference: whatever is borrowed from it lives
    /// no longer than that reference, so a `__class__` assignment run meanwhile (which releases
    /// the old class at once, as CPython does) cannot free it under the caller.
    #[inline(always)]
    pub fn class(&self) -> Value {
        match self.obj() {
            Some(o) => o.class(),
            None => crate::types::builtin().int_ref().clone(),
        }
    }

    /// Whether the object's type is `t` (`type(x) is t`), without taking a reference.
    #[inline(always)]
    pub fn class_is(&self, t: &Value) -> bool {
        self.class_id() == t.id()
    }

    /// The identity of the object's type, for caches keyed by type (no reference taken).
    #[inline(always)]
    pub fn class_id(&self) -> usize {
        match self.obj() {
            Some(o) => o.class_id(),
            None => crate::types::builtin().int_ref().id(),
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
    /// The object's type, as a new reference (see `Value::class`).
    #[inline(always)]
    pub fn class(&self) -> Value {
        // SAFETY: the field is accessed only in this file, by reads and writes that end before
        // they return (no reference into it escapes), and only with the GIL held (`Obj` is
        // `!Sync`), so this read does not overlap a write.
        unsafe { (*self.class.get()).clone() }
    }

    /// Run `f` on the type reference without taking a new one: the collector's visit of it
    /// (`tp_traverse`'s `Py_VISIT(type)`) and the rc layer's look for `__del__` on an object
    /// being freed, too hot for a count taken and released.
    ///
    /// # Safety
    /// `f` must not run Python code nor drop a reference it did not take itself: the uncounted
    /// copy it sees stays valid only while the object keeps its class, which a `__class__`
    /// assignment changes.
    #[inline(always)]
    pub(crate) unsafe fn with_class_uncounted<R>(&self, f: impl FnOnce(&Value) -> R) -> R {
        let class = std::mem::ManuallyDrop::new(Value {
            bits: NonZeroUsize::new(self.class_id()).unwrap_or(NonZeroUsize::MIN),
            _not_send: PhantomData,
        });
        f(&class)
    }

    /// Whether the object's type is `t` (no reference taken).
    #[inline(always)]
    pub fn class_is(&self, t: &Value) -> bool {
        self.class_id() == t.id()
    }

    /// The identity of the object's type (no reference taken).
    #[inline(always)]
    pub fn class_id(&self) -> usize {
        // SAFETY: as in `class`: a read that does not overlap a write of the field.
        unsafe { (*self.class.get()).id() }
    }

    /// The instance `__dict__` slot, for objects allocated with one.
    #[inline(always)]
    pub fn dict(&self) -> Option<&PyCell<InstDict>> {
        if self.rc.flags() & HAS_DICT == 0 {
            return None;
        }
        let addr = (self as *const Obj).addr() - DICT_SLOT_BEFORE;
        let slot = std::ptr::with_exposed_provenance::<PyCell<InstDict>>(addr);
        // SAFETY: `HAS_DICT` is set only by `alloc_parts`, which wrote the dict slot just before
        // this `Obj` in an allocation whose provenance it exposed; the allocation lives as long
        // as `self` does (so the slot's address is not null either).
        Some(unsafe {
            std::hint::assert_unchecked(!slot.is_null());
            &*slot
        })
    }

    /// The value an instance keeps at shared-keys index `key`, read without a borrow guard (the
    /// attribute caches' hit path, CPython's `LOAD_ATTR_INSTANCE_VALUE`); `None` when the object
    /// has no dict slot, its attributes live in a dict object, nothing is kept at `key`, or
    /// the slot is being written.
    #[inline(always)]
    pub fn kept_value(&self, key: usize) -> Option<Value> {
        let cell = self.dict()?;
        // SAFETY: the reference only serves to clone one value (a count increment, which runs
        // no code and borrows nothing), so no mutable borrow can start while it lives.
        match unsafe { cell.try_borrow_unguarded() }? {
            InstDict::Values(v) => v.get(key).cloned(),
            InstDict::Dict(_) => None,
        }
    }

    /// The value at entry `index` of a dict object while its version is `version`, read without
    /// a borrow guard (`LOAD_GLOBAL`'s cache hit, CPython's `LOAD_GLOBAL_MODULE`); `None` for
    /// another object or version, a removed entry, or while the table is being written.
    #[inline(always)]
    pub fn dict_value_at_version(&self, version: u64, index: usize) -> Option<Value> {
        let Payload::Dict(t) = &self.payload else {
            return None;
        };
        // SAFETY: the reference only serves to compare the version and clone one value (a count
        // increment, which runs no code and borrows nothing), so no mutable borrow can start
        // while it lives.
        let t = unsafe { t.try_borrow_unguarded() }?;
        if t.version != version {
            return None;
        }
        t.value_at(index)
    }

    /// Whether this is a dict object at version `version`, read without a borrow guard
    /// (`LOAD_GLOBAL`'s builtin hit tests the globals' version so, CPython's
    /// `LOAD_GLOBAL_BUILTIN`); `false` while the table is being written.
    #[inline(always)]
    pub fn dict_has_version(&self, version: u64) -> bool {
        let Payload::Dict(t) = &self.payload else {
            return false;
        };
        // SAFETY: the reference only serves to read the version.
        unsafe { t.try_borrow_unguarded() }.is_some_and(|t| t.version == version)
    }

    /// How many shared-keys indices an instance's kept values cover, read without a borrow
    /// guard (`LOAD_METHOD`'s shadowing test); `None` when the object has no dict slot, its
    /// attributes live in a dict object, or the slot is being written.
    #[inline(always)]
    pub fn kept_width(&self) -> Option<usize> {
        let cell = self.dict()?;
        // SAFETY: the reference only serves to read a length.
        match unsafe { cell.try_borrow_unguarded() }? {
            InstDict::Values(v) => Some(v.width()),
            InstDict::Dict(_) => None,
        }
    }

    /// The instance dict object, if this object has one; attributes kept as values are moved
    /// into a new dict first (as reading `__dict__` does).
    pub fn dict_value(&self) -> Option<Value> {
        crate::objects::bootstrap::ready(self);
        let cell = self.dict()?;
        if let Some(d) = cell.borrow().as_dict() {
            return Some(d.clone());
        }
        Some(crate::objects::instance_values::materialise(
            &self.class(),
            cell,
        ))
    }

    /// The instance dict object if it exists, without making one from kept values.
    pub fn existing_dict(&self) -> Option<Value> {
        self.dict()?.borrow().as_dict().cloned()
    }
}

/// Free an object whose count reached zero (called by `rc.rs` only).
///
/// # Safety
/// `p` must come from `Value::alloc_parts`, have no references left and not be used again.
pub(crate) unsafe fn free(p: NonNull<Obj>) {
    // SAFETY: the caller guarantees `p` is a live allocation nobody else refers to; only the
    // header and the payload's variant are read here.
    let o = unsafe { p.as_ref() };
    if o.rc.flags() & HAS_DICT != 0 && matches!(o.payload, Payload::Object) {
        // SAFETY: the caller's guarantee, and the flag and variant `keep_instance` and
        // `free_instance` ask for.
        unsafe {
            if !crate::object_freelist::keep_instance(p) {
                free_instance(p);
            }
        }
        return;
    }
    // SAFETY: as above: a function's dict slot is its attributes' (`alloc_with_values`).
    if o.rc.flags() & HAS_DICT != 0
        && matches!(o.payload, Payload::Function(_))
        && unsafe { crate::object_freelist::keep_function(p) }
    {
        return;
    }
    // SAFETY: as above; it has no dict slot (tested first) and left the collector's lists
    // (`rc::release`).
    if o.rc.flags() & HAS_DICT == 0
        && unsafe {
            crate::object_freelist::keep(p)
                || crate::object_freelist::keep_iter(p)
                || crate::object_freelist::keep_cell(p)
                || crate::object_freelist::keep_generator(p)
                || crate::object_freelist::keep_method(p)
        }
    {
        return;
    }
    // SAFETY: as above, so this is the only reference to its payload.
    release_items_backwards(unsafe { &mut (*p.as_ptr()).payload });
    // SAFETY: as above.
    let o = unsafe { p.as_ref() };
    let has_dict = o.rc.flags() & HAS_DICT != 0;
    let text_len = match &o.payload {
        Payload::Str(s) => Some(str_text(s).len()),
        _ => None,
    };
    if !has_dict && text_len.is_none() {
        // SAFETY: made by `alloc_plain` as a `Box<Obj>` (no dict slot, no text).
        drop(unsafe { Box::from_raw(p.as_ptr()) });
        return;
    }
    let (l, obj_at) = layout(has_dict, text_len);
    let base = std::ptr::with_exposed_provenance_mut::<u8>(p.as_ptr().addr() - obj_at);
    // SAFETY: `alloc_parts` made this allocation with layout `l` (the same flag and text
    // length), the `Obj` at `obj_at` and the dict slot at 0 when `HAS_DICT` is set; each part
    // is dropped once, then the memory is returned. The text bytes need no drop.
    unsafe {
        std::ptr::drop_in_place(p.as_ptr());
        if has_dict {
            std::ptr::drop_in_place(base.cast::<PyCell<InstDict>>());
        }
        std::alloc::dealloc(base, l);
    }
}

/// Free an exact `str` with no dict slot whose text is `len` bytes (`rc::free_plain_str`).
///
/// # Safety
/// As for `free`; the object was made by `alloc_parts` without a dict, with `len` bytes of text.
pub(crate) unsafe fn free_str(p: NonNull<Obj>, len: usize) {
    let l = str_layout(len);
    // SAFETY: `alloc_str_uninit` made this allocation with layout `l`, the `Obj` at its start
    // (no dict slot) and the text after it; the class reference is moved out and released once
    // (the count and the `Str` payload own nothing to drop), then the memory is returned.
    unsafe {
        drop(std::ptr::read((*p.as_ptr()).class.get()));
        std::alloc::dealloc(p.as_ptr().cast::<u8>(), l);
    }
}

/// Free an instance of a Python class: a constant layout (dict slot and `Obj`, no text), and
/// its attributes released before its class, as CPython's `subtype_dealloc` does.
///
/// # Safety
/// As for `free`; the object has `HAS_DICT` and an `Object` payload.
unsafe fn free_instance(p: NonNull<Obj>) {
    let (l, obj_at) = layout(true, None);
    let base = std::ptr::with_exposed_provenance_mut::<u8>(p.as_ptr().addr() - obj_at);
    // SAFETY: `alloc_with_values` or `alloc_parts` made this allocation with layout `l` (the
    // dict slot at 0, the `Obj` at `obj_at`, no text); each part is dropped once, then the
    // memory is returned. Of the `Obj`, only the class needs dropping: the count has no drop
    // and an `Object` payload holds nothing (no drop glue to dispatch on the variant).
    unsafe {
        std::ptr::drop_in_place(base.cast::<PyCell<InstDict>>());
        std::ptr::drop_in_place((*p.as_ptr()).class.get());
        std::alloc::dealloc(base, l);
    }
}

/// Release a list's or tuple's items last to first, as CPython's `list_dealloc` and
/// `tupledealloc` do (dropping the vector would release them first to last), so the items'
/// `__del__` run in CPython's order.
fn release_items_backwards(payload: &mut Payload) {
    match payload {
        Payload::List(l) => {
            let mut items = l.take();
            while items.pop().is_some() {}
        }
        Payload::Tuple(t) if t.len() > 1 => {
            let mut items = std::mem::take(t).into_vec();
            while items.pop().is_some() {}
        }
        _ => {}
    }
}

/// Park an object on a free list (`object_freelist.rs`): its class field gets `next`'s address
/// (as an inline int, which owns nothing) and the class reference it held is returned.
///
/// # Safety
/// `p` must be a `Box<Obj>` from `Value::alloc` whose count reached zero, taken off the
/// collector's lists, with no other pointer to it.
pub(crate) unsafe fn park(p: NonNull<Obj>, next: Option<NonNull<Obj>>) -> Value {
    let bits = next.map_or(0, |n| n.as_ptr().expose_provenance()) | 1;
    let link = Value {
        bits: NonZeroUsize::new(bits).unwrap_or(NonZeroUsize::MIN),
        _not_send: PhantomData,
    };
    // SAFETY: as the caller guarantees, nothing else reads or writes the field; the address is
    // exposed so `parked_link` can rebuild the pointer.
    unsafe {
        (*p.as_ptr()).rc.set_flags(0);
        std::mem::replace(&mut *(*p.as_ptr()).class.get(), link)
    }
}

/// The next parked object after `p` on its free list.
///
/// # Safety
/// `p` must be parked (`park`) and not revived since.
pub(crate) unsafe fn parked_link(p: NonNull<Obj>) -> Option<NonNull<Obj>> {
    // SAFETY: as the caller guarantees, the field holds the link `park` wrote.
    let bits = unsafe { (*(*p.as_ptr()).class.get()).bits.get() } & !1;
    NonNull::new(std::ptr::with_exposed_provenance_mut(bits))
}

/// A parked object made live again, with `class`, one reference and the header flags `flags`
/// (`HAS_DICT` for an instance, which has its dict slot), tracked by the collector as a new
/// container; its payload and dict slot are what the caller left in them.
///
/// # Safety
/// `p` must be parked (`park`), taken off its free list, with no other pointer to it, and
/// `flags` must describe its allocation.
pub(crate) unsafe fn revive(p: NonNull<Obj>, class: Value, flags: u32) -> Value {
    // SAFETY: as the caller guarantees; the link in the class field is an inline int, so
    // overwriting it releases nothing.
    unsafe {
        std::ptr::write((*p.as_ptr()).class.get(), class);
        let rc = RefCount::new();
        rc.set_flags(flags);
        std::ptr::write(&raw mut (*p.as_ptr()).rc, rc);
    }
    Value::registered(p.as_ptr(), crate::gc::heap::track_new_container)
}

/// Free a parked object (at thread exit, possibly without the GIL): it holds no reference
/// (its class field is a link, its payload's items inline ints), so dropping it releases none.
///
/// # Safety
/// `p` must be parked (`park`), taken off its free list, with no other pointer to it.
pub(crate) unsafe fn free_parked(p: NonNull<Obj>) {
    // SAFETY: as the caller guarantees: a `Box<Obj>` from `Value::alloc` nobody refers to.
    drop(unsafe { Box::from_raw(p.as_ptr()) });
}

/// Free a parked instance (at thread exit, possibly without the GIL): its class field is a
/// link and its values array holds nothing, so freeing it releases no reference.
///
/// # Safety
/// `p` must be a parked instance (`object_freelist::keep_instance`), taken off its free list,
/// with no other pointer to it.
pub(crate) unsafe fn free_parked_instance(p: NonNull<Obj>) {
    // SAFETY: as the caller guarantees: the layout `free_instance` frees, and dropping the
    // link in the class field releases nothing.
    unsafe { free_instance(p) };
}

/// Free a parked function (at thread exit, possibly without the GIL): its class field is a
/// link, its payload `Function::parked` and its attributes slot empty, so freeing it releases
/// no reference.
///
/// # Safety
/// `p` must be a parked function (`object_freelist::keep_function`), taken off its free list,
/// with no other pointer to it.
pub(crate) unsafe fn free_parked_function(p: NonNull<Obj>) {
    let (l, obj_at) = layout(true, None);
    let base = std::ptr::with_exposed_provenance_mut::<u8>(p.as_ptr().addr() - obj_at);
    // SAFETY: as the caller guarantees: `alloc_with_values` made this allocation with layout
    // `l` (the dict slot at 0, the `Obj` at `obj_at`); each part is dropped once, then the
    // memory is returned.
    unsafe {
        std::ptr::drop_in_place(p.as_ptr());
        std::ptr::drop_in_place(base.cast::<PyCell<InstDict>>());
        std::alloc::dealloc(base, l);
    }
}

/// Free a plain object (a `Box<Obj>` without dict slot or text, count zero) without releasing
/// its reference to its type: for `rc.rs`'s float free list at thread exit, when the thread
/// may no longer hold the GIL.
///
/// # Safety
/// `p` must come from `Value::alloc` without a dict, have no references left and not be used
/// again.
pub(crate) unsafe fn free_keeping_class_ref(p: NonNull<Obj>) {
    // SAFETY: the caller guarantees a `Box<Obj>` nobody else refers to.
    let obj = unsafe { Box::from_raw(p.as_ptr()) };
    let Obj { class, .. } = *obj;
    std::mem::forget(class);
}

/// Offset of a `Payload::Str`'s `PyStr` inside its `Obj`: the payload's place, then the
/// variant's field after the `u8` tag (`Payload` is `repr(u8)`), aligned for `PyStr`.
const PYSTR_IN_OBJ: usize = std::mem::offset_of!(Obj, payload) + align_of::<PyStr>();

/// The text stored after the header of the `str` object whose payload is `s`.
pub(crate) fn str_text(s: &PyStr) -> &str {
    let obj = (s as *const PyStr).addr() - PYSTR_IN_OBJ;
    let tail = obj + size_of::<Obj>();
    // SAFETY: a `PyStr` exists only as the payload of an object made by `Value::alloc_str`
    // (`objects/str.rs` makes them for nothing else), so `obj` is that object's address, whose
    // allocation (provenance exposed by `alloc_parts`) holds the byte length and the bytes of
    // a `&str` right after the `Obj`, unchanged since and alive as long as `s` is borrowed.
    unsafe {
        let len = *std::ptr::with_exposed_provenance::<usize>(tail);
        let bytes = std::ptr::with_exposed_provenance::<u8>(tail + size_of::<usize>());
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(bytes, len))
    }
}

/// Replace the class of a heap object (`obj.__class__ = C`; the caller checked that the two
/// classes have the same layout) and return the old class's reference, for the caller to
/// release at once: every reader of the field took its own reference (`Obj::class`).
pub(crate) fn replace_class(v: &Value, class: Value) -> Option<Value> {
    let o = v.obj()?;
    // SAFETY: no reference into the field outlives an access in this file and the GIL is held
    // (`Value` is `!Send`), so this write overlaps no read; it moves one counted reference in
    // and hands the old one out (released by the caller, after the write has ended).
    Some(unsafe { std::mem::replace(&mut *o.class.get(), class) })
}

/// Set the class of an object created with a placeholder class: only for `type`, `object`,
/// `dict` and their namespaces, while the builtin types are being created. The placeholder
/// is an inline int (nothing to release).
pub(crate) fn bootstrap_set_class(v: &Value, class: &Value) {
    drop(replace_class(v, class.clone()));
}

#[cfg(test)]
mod layout {
    //! The sizes that set the memory cost of every object (CPython's float is 24 bytes, its
    //! header 16): a growing payload variant must be boxed rather than grow them.

    use super::*;

    #[test]
    fn object_sizes() {
        assert_eq!(size_of::<Payload>(), 24);
        assert_eq!(size_of::<Obj>(), 40);
        assert_eq!(size_of::<PyStr>(), 16);
        assert_eq!(size_of::<PyCell<InstDict>>(), 24);
        assert_eq!(layout(true, None).0.size(), 64);
        // A 5-character ASCII str: 53 bytes (CPython: 54).
        assert_eq!(layout(false, Some(5)).0.size(), 56);
        assert_eq!(layout(false, Some(5)).0.align(), 8);
        for len in [0, 1, 5, 7, 8, 9, 100, 4097] {
            assert_eq!(layout(false, Some(len)), (str_layout(len), 0));
        }
    }

    #[test]
    fn pystr_offset_matches_the_payload() {
        let v = crate::objects::str::new_str("héllo");
        let Some(Payload::Str(s)) = v.payload() else {
            panic!("not a str");
        };
        let obj = v.obj().map_or(0, |o| (o as *const Obj).addr());
        assert_eq!((s as *const PyStr).addr() - obj, PYSTR_IN_OBJ);
        assert_eq!(s.as_str(), "héllo");
        assert_eq!(s.char_len(), 5);
    }
}
