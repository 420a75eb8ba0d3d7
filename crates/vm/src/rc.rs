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
//!
//! Freed exact floats are kept on a per-thread free list (CPython's `float_freelist`) and
//! reused by `objects/float.rs::new_float`: float arithmetic allocates and frees one object per
//! result, and the list saves the allocator's work and the type's count updates.

use crate::object::{Obj, Payload, Value};
use crate::objects::types::Builtins;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The count stored in every object header, and the header's flag bits beside it.
pub struct RefCount {
    count: Cell<u32>,
    flags: Cell<u32>,
}

/// `__del__` has run (PEP 442: a finalizer runs at most once).
pub(crate) const FINALIZED: u32 = 1;
/// Weak references to the object exist (its weak list is in `gc::weakref`'s side table).
pub(crate) const HAS_WEAKREFS: u32 = 2;
/// The object was allocated with an instance-dict slot before its header (`object.rs`).
pub(crate) const HAS_DICT: u32 = 4;
/// The bits above these three are the collector's: which list tracks the object, and where
/// (`gc::heap`).
pub(crate) const FLAG_BITS: u32 = 3;

impl Default for RefCount {
    fn default() -> Self {
        Self::new()
    }
}

impl RefCount {
    pub const fn new() -> RefCount {
        RefCount {
            count: Cell::new(1),
            flags: Cell::new(0),
        }
    }

    #[inline(always)]
    pub fn get(&self) -> usize {
        self.count.get() as usize
    }

    /// The header's flag word (the flags above, then the collector's list and slot).
    #[inline(always)]
    pub(crate) fn flags(&self) -> u32 {
        self.flags.get()
    }

    #[inline(always)]
    pub(crate) fn set_flags(&self, f: u32) {
        self.flags.set(f);
    }
}

/// Take a new reference.
#[inline(always)]
pub fn incref(obj: NonNull<Obj>) {
    // SAFETY: `obj` comes from a live `Value`, so it points to an allocated object; the caller
    // holds the GIL (Values exist only on GIL-holding threads), so no other thread races on the count.
    let rc = unsafe { &obj.as_ref().rc };
    rc.count.set(rc.count.get() + 1);
}

/// Drop a reference; frees the object when it was the last one.
#[inline(always)]
pub fn decref(obj: NonNull<Obj>) {
    // SAFETY: as in `incref`; the reference being dropped keeps the object alive until here.
    let rc = unsafe { &obj.as_ref().rc };
    let n = rc.count.get() - 1;
    rc.count.set(n);
    if n == 0 {
        dealloc(obj);
    }
}

thread_local! {
    /// Whether a deallocation is running on this thread: objects whose count reaches zero
    /// meanwhile wait in `PENDING`.
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// The objects waiting to be freed. The vector keeps its buffer between deallocations
    /// (up to `PENDING_KEEP` entries), so freeing one object allocates nothing.
    static PENDING: RefCell<Vec<NonNull<Obj>>> = const { RefCell::new(Vec::new()) };
    /// Whether `PENDING` may hold entries: set by each push, cleared when the drain ends, so
    /// freeing a container that queued nothing (its items were inline ints or leaves, freed
    /// at once) skips the queue's access.
    static QUEUED: Cell<bool> = const { Cell::new(false) };
}

/// The most queue entries whose buffer is kept after a deallocation (a million-deep chain
/// must not leave a million-entry buffer behind).
const PENDING_KEEP: usize = 1024;

/// Free an object whose count reached zero. An exact float goes back to the free list and an
/// exact str is freed here, in a function small enough to save few registers; everything else
/// is `dealloc_other`.
#[cold]
fn dealloc(obj: NonNull<Obj>) {
    if recycle_float(obj) || free_plain_str(obj) {
        return;
    }
    // SAFETY: `obj` has a zero count but has not been freed; we only read its payload here.
    if matches!(
        unsafe { &obj.as_ref().payload },
        Payload::List(_) | Payload::Tuple(_) | Payload::Set(_)
    ) {
        dealloc_sequence(obj);
    } else {
        dealloc_other(obj);
    }
}

/// `dealloc` of a list, tuple or set: an exact one is freed by `free_exact_container`,
/// skipping `dealloc_other`'s leaf and finalizer tests; anything else is `dealloc_other`'s.
#[inline(never)]
fn dealloc_sequence(obj: NonNull<Obj>) {
    if !is_exact_container(obj) {
        dealloc_other(obj);
        return;
    }
    if DRAINING.replace(true) {
        queue(obj);
        return;
    }
    free_exact_container(obj);
    if QUEUED.get() {
        drain_queue();
    }
    DRAINING.set(false);
}

static LIST_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.list);
static TUPLE_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.tuple);
static SET_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.set);

/// Whether `obj` is an exact list, tuple or set without dict slot or weak references: its
/// type runs no finalizer (a builtin type's attributes cannot be set), so freeing it runs no
/// code but its items' release, as CPython's `list_dealloc`, `tupledealloc` and
/// `set_dealloc`.
#[inline(always)]
fn is_exact_container(obj: NonNull<Obj>) -> bool {
    // SAFETY: `obj` has a zero count but has not been freed; we only read its header.
    let o = unsafe { obj.as_ref() };
    if o.rc.flags() & (HAS_DICT | HAS_WEAKREFS) != 0 {
        return false;
    }
    let exact = match o.payload {
        Payload::List(_) => &LIST_TYPE,
        Payload::Tuple(_) => &TUPLE_TYPE,
        Payload::Set(_) => &SET_TYPE,
        _ => return false,
    };
    o.class_id() == exact.get()
}

/// Free an exact list, tuple or set (`is_exact_container`): off the collector's list, then
/// parked on its free list or freed, its items released last to first (a set's keys in
/// table order).
#[inline(always)]
fn free_exact_container(obj: NonNull<Obj>) {
    // SAFETY: as in `release`: the count is zero and this is the only pointer to the object,
    // which has no dict slot and no weak references.
    unsafe {
        crate::gc::heap::untrack_freed(obj.as_ref());
        if !crate::object_freelist::keep_exact(obj) {
            crate::object::free(obj);
        }
    }
}

/// Queue an object released while another deallocation runs (freed by `drain_queue`).
fn queue(obj: NonNull<Obj>) {
    match PENDING.try_with(|p| p.borrow_mut().push(obj)) {
        Ok(()) => QUEUED.set(true),
        // The thread's storage is being torn down: free directly.
        Err(_) => free_one(obj),
    }
}

/// Free an exact `str` on no collector list and without weak references (header flags all
/// clear), as CPython's `unicode_dealloc`: its type runs no finalizer and it holds no
/// reference but its type's, so nothing is queued. False for anything else.
#[inline(always)]
fn free_plain_str(obj: NonNull<Obj>) -> bool {
    // SAFETY: `obj` has a zero count but has not been freed; we only read its header here.
    let o = unsafe { obj.as_ref() };
    let Payload::Str(s) = &o.payload else {
        return false;
    };
    if o.rc.flags() != 0 || o.class_id() != STR_TYPE.get() {
        return false;
    }
    let len = crate::object::str_text(s).len();
    crate::gc::heap::untrack_unlisted_freed();
    // SAFETY: as in `release`: the count is zero and this is the only pointer to the object,
    // an exact str without dict slot whose text is `len` bytes.
    unsafe { crate::object::free_str(obj, len) };
    true
}

/// `dealloc` of anything but a recycled float: leaves freed at once, containers through the
/// release queue (so that freeing a long chain does not recurse).
#[inline(never)]
fn dealloc_other(obj: NonNull<Obj>) {
    if is_leaf(obj) {
        release(obj);
        return;
    }
    if DRAINING.replace(true) {
        queue(obj);
        return;
    }
    free_one(obj);
    if QUEUED.get() {
        drain_queue();
    }
    DRAINING.set(false);
}

/// Free what the queue holds, and what each of those releases in turn. Nothing waits on the
/// queue while no deallocation runs (`with_own_queue` gives a nested one an empty queue), so
/// all it holds was released by the object just freed.
fn drain_queue() {
    let mut mark = 0;
    while let Ok(Some((next, len))) = PENDING.try_with(|p| next_in_order(p, mark)) {
        free_one(next);
        mark = len;
    }
    QUEUED.set(false);
}

/// The next object to free, and the queue's length without it. The entries past `mark` are
/// what the last `free_one` released, in the order it released them; they are reversed
/// first, so they are freed first to last, each one's own children before the next: the
/// order of CPython's recursive deallocation (an instance's attributes' `__del__` run in the
/// attributes' order). When none is left, the queue's buffer is cut back to `PENDING_KEEP`
/// entries.
fn next_in_order(queue: &RefCell<Vec<NonNull<Obj>>>, mark: usize) -> Option<(NonNull<Obj>, usize)> {
    let mut queue = queue.borrow_mut();
    if queue.len() > mark + 1 {
        queue[mark..].reverse();
    }
    let Some(next) = queue.pop() else {
        if queue.capacity() > PENDING_KEEP {
            queue.shrink_to(PENDING_KEEP);
        }
        return None;
    };
    Some((next, queue.len()))
}

#[inline(always)]
fn free_one(obj: NonNull<Obj>) {
    if is_exact_container(obj) {
        free_exact_container(obj);
        return;
    }
    if needs_finalizer(obj) && !finalize(obj) {
        return;
    }
    release(obj);
}

/// Free an object whose finalizer, if any, has run.
#[inline(always)]
fn release(obj: NonNull<Obj>) {
    // SAFETY: as in `needs_finalizer`: the object is not freed yet; from here on no Python code
    // can reach it (it leaves the collector's lists before weakref callbacks run).
    let o = unsafe { obj.as_ref() };
    crate::gc::heap::untrack_freed(o);
    if o.rc.flags() & HAS_WEAKREFS != 0 {
        with_own_queue(|| crate::gc::weakref::clear_on_free(obj));
    }
    // SAFETY: the count is zero, so this is the only pointer to the object, allocated by
    // `Value::alloc_with_dict`. Dropping it drops its fields, whose own decrefs are queued on
    // PENDING rather than recursing.
    unsafe { crate::object::free(obj) };
}

/// An object that holds no reference but its type's and runs no code when freed (no
/// finalizer, no weak references): freeing it at once cannot recurse, so it skips the queue
/// (a list of a million floats is freed without a million-entry queue).
fn is_leaf(obj: NonNull<Obj>) -> bool {
    // SAFETY: `obj` has a zero count but has not been freed; we only read its header.
    let o = unsafe { obj.as_ref() };
    o.rc.flags() & (HAS_DICT | HAS_WEAKREFS) == 0
        && matches!(
            o.payload,
            Payload::Float(_)
                | Payload::Int(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Complex { .. }
        )
        && !needs_finalizer(obj)
}

/// Whether the object's class defines `__del__` that has not run yet.
#[inline(always)]
fn needs_finalizer(obj: NonNull<Obj>) -> bool {
    // SAFETY: `obj` has a zero count but has not been freed; we only read its header.
    let o = unsafe { obj.as_ref() };
    o.rc.flags.get() & FINALIZED == 0 && crate::vm::has_finalizer(o)
}

/// Mark the object's finalizer as run (the collector calls finalizers itself).
pub(crate) fn set_finalized(o: &Obj) {
    o.rc.flags.set(o.rc.flags.get() | FINALIZED);
}

/// Whether the object's finalizer has run.
pub(crate) fn is_finalized(o: &Obj) -> bool {
    o.rc.flags.get() & FINALIZED != 0
}

/// The collector's subtraction of a reference held inside the set it examines (CPython's
/// `subtract_refs` on `gc_refs`), done on the count itself and undone by `gc_add_ref` before
/// the collection runs any code or frees anything; wrapping, so a count left below zero reads
/// as negative (`gc_signed_count`) instead of trapping.
pub(crate) fn gc_sub_ref(o: &Obj) {
    o.rc.count.set(o.rc.count.get().wrapping_sub(1));
}

/// Undo one `gc_sub_ref`.
pub(crate) fn gc_add_ref(o: &Obj) {
    o.rc.count.set(o.rc.count.get().wrapping_add(1));
}

/// The count as a signed number, while the collector has subtracted references from it.
pub(crate) fn gc_signed_count(o: &Obj) -> isize {
    o.rc.count.get() as i32 as isize
}

/// Run Python code from inside a deallocation: objects it releases are freed at once (with
/// their own queue), as CPython runs nested deallocations inside `__del__` and callbacks.
fn with_own_queue(f: impl FnOnce()) {
    let draining = DRAINING.replace(false);
    let queued = QUEUED.replace(false);
    let outer = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    f();
    PENDING.with(|p| *p.borrow_mut() = outer);
    QUEUED.set(queued);
    DRAINING.set(draining);
}

/// Run `__del__` on an object whose count reached zero. Returns true when it may now be freed,
/// false when the finalizer resurrected it (or it was freed by a nested release).
fn finalize(obj: NonNull<Obj>) -> bool {
    // SAFETY: as in `needs_finalizer`; resurrecting it with a count of one makes it a normal
    // live object for the duration of the call.
    let o = unsafe { obj.as_ref() };
    o.rc.flags.set(o.rc.flags.get() | FINALIZED);
    o.rc.count.set(1);
    with_own_queue(|| crate::vm::run_finalizer(obj));
    let n = o.rc.count.get() - 1;
    o.rc.count.set(n);
    n == 0
}

/// At most this many freed floats are kept per thread (CPython keeps 100).
const FLOAT_FREELIST_MAX: usize = 100;

/// Freed exact floats: a list linked through their payloads (an entry's `Payload::Float`
/// holds the next entry's address as its bits, 0 at the end). Entries keep their reference
/// to the float type and their header, with a count of zero and no flags, and stay counted
/// in the collector's live-block total (`gc::heap`), so moving a float on and off the list
/// touches nothing else; those freed at thread exit are counted in `FLOATS_FREED_AT_EXIT` until
/// the total is next read. Only floats on no collector list (no flags) enter it, so under
/// `-X showrefcount`/`-X leakcheck`, where every object is listed, it stays empty and the
/// total is exact.
struct FloatFreeList {
    head: Cell<Option<NonNull<Obj>>>,
    len: Cell<usize>,
    /// How many entries the list may hold: 0 until the first push registers `FLOATS_AT_EXIT`
    /// (`open`), `FLOAT_FREELIST_MAX` from then on, 0 again once the thread exits. So a push
    /// tests one bound, not the registration too each time the list is empty (a loop that
    /// frees one float per result it makes keeps the list at zero or one entry).
    room: Cell<usize>,
}

thread_local! {
    /// The thread's free list. It has no destructor, so each access is a plain thread-local
    /// address (no registration state to check); `FLOATS_AT_EXIT` empties it.
    static FLOATS: FloatFreeList = const {
        FloatFreeList {
            head: Cell::new(None),
            len: Cell::new(0),
            room: Cell::new(0),
        }
    };
    /// Empties `FLOATS` at thread exit. Touched (which registers its destructor) whenever the
    /// list gets an entry while empty.
    static FLOATS_AT_EXIT: FloatsAtExit = const { FloatsAtExit };
}

/// The destructor of the thread's float free list (see `FLOATS_AT_EXIT`).
struct FloatsAtExit;

/// Floats freed by exiting threads' `FloatsAtExit` and still in the collector's live-block
/// total: a thread may exit without the GIL that guards the total, so `gc::heap` subtracts them
/// when it reads it.
static FLOATS_FREED_AT_EXIT: AtomicUsize = AtomicUsize::new(0);

/// The floats freed at thread exit since the last call, for the live-block total to drop.
pub(crate) fn take_floats_freed_at_exit() -> usize {
    FLOATS_FREED_AT_EXIT.swap(0, Ordering::Relaxed)
}

impl FloatFreeList {
    #[inline(always)]
    fn pop(&self) -> Option<NonNull<Obj>> {
        let p = self.head.get()?;
        // SAFETY: entries are objects nothing refers to any more (count zero), kept only by
        // this list; their payload is the link written by `push`.
        let link = match unsafe { &p.as_ref().payload } {
            Payload::Float(next) => next.to_bits() as usize,
            _ => 0,
        };
        self.head
            .set(NonNull::new(std::ptr::with_exposed_provenance_mut(link)));
        self.len.set(self.len.get() - 1);
        Some(p)
    }

    /// Keep `p` (an exact float whose count reached zero, no flags); false when full, or when
    /// the thread is exiting (its list was already emptied).
    #[inline(always)]
    fn push(&self, p: NonNull<Obj>) -> bool {
        if self.len.get() >= self.room.get() && !self.open() {
            return false;
        }
        let next = self
            .head
            .get()
            .map_or(0, |n| n.as_ptr().expose_provenance());
        // SAFETY: the count is zero, so nothing else refers to the object; writing the payload
        // in place replaces a `Float`, which has nothing to drop. The address is exposed so
        // `pop` can rebuild the pointer from the bits.
        unsafe {
            std::ptr::write(
                &raw mut (*p.as_ptr()).payload,
                Payload::Float(f64::from_bits(next as u64)),
            );
        }
        self.head.set(Some(p));
        self.len.set(self.len.get() + 1);
        true
    }

    /// Make room on a list that has none: at the thread's first push, register the
    /// destructor that empties the list at exit. False when the list is full, or the thread
    /// is exiting (the destructor ran, or runs, and the list must stay empty).
    #[cold]
    fn open(&self) -> bool {
        if self.room.get() == FLOAT_FREELIST_MAX || FLOATS_AT_EXIT.try_with(|_| ()).is_err() {
            return false;
        }
        self.room.set(FLOAT_FREELIST_MAX);
        true
    }
}

impl Drop for FloatsAtExit {
    /// At thread exit, return the entries' memory. Their references to the float type are
    /// not released: the thread may no longer hold the GIL, and the type lives on anyway.
    fn drop(&mut self) {
        FLOATS.with(|list| {
            list.room.set(0);
            let mut freed = 0;
            while let Some(p) = list.pop() {
                // SAFETY: an entry is a `Box<Obj>` from `Value::alloc` that nothing refers to.
                unsafe { crate::object::free_keeping_class_ref(p) };
                freed += 1;
            }
            FLOATS_FREED_AT_EXIT.fetch_add(freed, Ordering::Relaxed);
        });
    }
}

/// The identity (`Value::id`) of a builtin type, kept here once read: one load for each freed
/// object it is compared with, instead of the builtin types' `OnceLock` check.
pub(crate) struct BuiltinTypeId {
    id: AtomicUsize,
    of: fn(&Builtins) -> &Value,
}

impl BuiltinTypeId {
    /// The identity of the builtin type `of` picks, read at the first `get`.
    pub(crate) const fn new(of: fn(&Builtins) -> &Value) -> BuiltinTypeId {
        BuiltinTypeId {
            id: AtomicUsize::new(0),
            of,
        }
    }

    #[inline(always)]
    pub(crate) fn get(&self) -> usize {
        match self.id.load(Ordering::Relaxed) {
            0 => self.read(),
            id => id,
        }
    }

    #[cold]
    fn read(&self) -> usize {
        let id = (self.of)(crate::objects::types::builtin()).id();
        self.id.store(id, Ordering::Relaxed);
        id
    }
}

static FLOAT_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.float);

static STR_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.str_);

/// Put a freed exact float (no dict slot, weak references or collector list: no flags) on the
/// free list; false when `obj` is anything else or the list is full.
#[inline(always)]
fn recycle_float(obj: NonNull<Obj>) -> bool {
    // SAFETY: `obj` has a zero count but has not been freed; we only read its header here.
    let o = unsafe { obj.as_ref() };
    if o.rc.flags() != 0
        || !matches!(o.payload, Payload::Float(_))
        || o.class_id() != FLOAT_TYPE.get()
    {
        return false;
    }
    if FLOATS.with(|l| l.push(obj)) {
        return true;
    }
    crate::gc::heap::untrack_unlisted_freed();
    // SAFETY: as in `release`: the count is zero and this is the only pointer to the object.
    unsafe { crate::object::free(obj) };
    true
}

/// `v` itself holding `f` instead, when `v` is an exact float that only the caller refers to
/// (count 1): a temporary operand of float arithmetic becomes the result, as nobody else can
/// see it change. `None` (and `v` unchanged) otherwise. `float_type` is the identity of the
/// builtin `float` type (`Value::id`), which the eval loop reads once per call.
#[inline(always)]
pub(crate) fn reuse_unique_float(v: &Value, f: f64, float_type: usize) -> Option<Value> {
    overwrite_unique_float(v, f, float_type).then(|| v.clone())
}

/// Make `v` hold `f`, when `v` is an exact float that only the caller's reference refers to
/// (count 1; a local that the result of arithmetic is about to replace): true if done, false
/// (and `v` unchanged) otherwise. `float_type` as in `reuse_unique_float`.
#[inline(always)]
pub(crate) fn overwrite_unique_float(v: &Value, f: f64, float_type: usize) -> bool {
    let Some(p) = v.obj_ptr() else {
        return false;
    };
    {
        // SAFETY: `v` is a live reference, so the object is allocated; we only read here.
        let o = unsafe { p.as_ref() };
        if o.rc.get() != 1 || !matches!(o.payload, Payload::Float(_)) || o.class_id() != float_type
        {
            return false;
        }
    }
    // SAFETY: the count is 1 and the caller owns that reference, so no other reference (and no
    // borrow of the payload) exists; replacing a `Float` payload drops nothing.
    unsafe { std::ptr::write(&raw mut (*p.as_ptr()).payload, Payload::Float(f)) };
    true
}

/// A float object holding `f` made from the free list, if it has an entry.
#[inline]
pub(crate) fn reuse_float(f: f64) -> Option<Value> {
    let p = FLOATS.with(FloatFreeList::pop)?;
    // SAFETY: `p` left the free list, so this is the only pointer to it: an exact float with a
    // zero count; it gets its value and one reference, as `Value::alloc` would give it.
    unsafe {
        std::ptr::write(&raw mut (*p.as_ptr()).payload, Payload::Float(f));
        p.as_ref().rc.count.set(1);
    }
    Some(Value::from_obj_ptr(p))
}
