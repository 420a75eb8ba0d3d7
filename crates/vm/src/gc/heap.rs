//! The collector's bookkeeping: which objects are tracked (container objects, in three
//! generations plus the permanent and start-up lists), the allocation counts that schedule
//! collections, and the live-object totals of `-X showrefcount`. Counterpart of the list
//! management in CPython's `Modules/gcmodule.c` (`_PyObject_GC_Link`, `PyObject_GC_Del`,
//! `gc_list_*`, `gc_freeze`) and of `_Py_RefTotal`.
//!
//! A tracked object's header (`rc::RefCount`'s flag word) says which list holds it and at which
//! slot, so untracking on free is a `swap_remove`. All of this is interpreter-wide state that
//! only the GIL holder touches; gilpy runs one interpreter per process (as the builtin-type
//! registry in `objects/types.rs` already assumes), so it lives in a static.

use crate::object::{Obj, Payload};
use crate::rc::FLAG_BITS;
use crate::vm::Interp;
use std::cell::{RefCell, RefMut};
use std::ptr::NonNull;
use std::sync::Arc;

pub const NUM_GENERATIONS: usize = 3;

/// The lists an object can be on (stored in 3 header bits; 0 = untracked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Gen0 = 1,
    Gen1 = 2,
    Gen2 = 3,
    /// `gc.freeze()`: never collected until `gc.unfreeze()`.
    Permanent = 4,
    /// Found unreachable by the collection in progress.
    Collecting = 5,
    /// Created while the interpreter started (builtin types, builtin modules): never
    /// collected, as CPython's static objects.
    Static = 6,
    /// Not a container, listed only so `-X showrefcount` can find every live object.
    Others = 7,
}

const LIST_SHIFT: u32 = FLAG_BITS;
const LIST_MASK: u32 = 0b111 << LIST_SHIFT;
const SLOT_SHIFT: u32 = LIST_SHIFT + 3;
/// About how many containers start-up makes (316 when this was written): `gilpy -c pass` with
/// a debug print of the youngest generation's length in `freeze_static`. More only costs one
/// doubling of the vector.
const STARTUP_CONTAINERS: usize = 320;
/// Objects past this many on one list are left untracked (never collected, never leaked).
const MAX_SLOT: usize = (1 << (32 - SLOT_SHIFT)) - 1;

impl List {
    pub fn generation(g: usize) -> List {
        match g {
            0 => List::Gen0,
            1 => List::Gen1,
            _ => List::Gen2,
        }
    }

    fn from_bits(b: u32) -> Option<List> {
        Some(match b {
            1 => List::Gen0,
            2 => List::Gen1,
            3 => List::Gen2,
            4 => List::Permanent,
            5 => List::Collecting,
            6 => List::Static,
            7 => List::Others,
            _ => return None,
        })
    }
}

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

pub struct Heap {
    lists: [Vec<NonNull<Obj>>; 8],
    /// CPython's `generations[i].count`: for 0, tracked allocations minus deallocations since
    /// the last collection; for 1 and 2, collections of the younger generation since.
    pub counts: [usize; NUM_GENERATIONS],
    pub thresholds: [usize; NUM_GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    /// An automatic collection waits for the running thread's next safe point.
    pub scheduled: bool,
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    pub stats: [GenStats; NUM_GENERATIONS],
    pub debug: u32,
    /// Objects alive (every allocation, container or not), floats kept on `rc.rs`'s free list
    /// included; floats freed at thread exit are subtracted when it is read (`live_totals`).
    pub blocks: usize,
    /// List every object (`-X showrefcount`).
    list_all: bool,
    /// The interpreter whose eval breaker a scheduled collection sets.
    interp: Option<Arc<Interp>>,
}

/// Interpreter state reached only by the thread holding the GIL.
pub(crate) struct GilStatic<T>(RefCell<T>);

// SAFETY: the contents are only touched by the thread holding the GIL (allocating, freeing,
// collecting, or running the gc module's functions), which serialises all access.
unsafe impl<T> Sync for GilStatic<T> {}

impl<T> GilStatic<T> {
    pub const fn new(v: T) -> GilStatic<T> {
        GilStatic(RefCell::new(v))
    }

    pub fn get(&self) -> RefMut<'_, T> {
        self.0.borrow_mut()
    }
}

static HEAP: GilStatic<Heap> = GilStatic::new(Heap {
    lists: [const { Vec::new() }; 8],
    counts: [0; NUM_GENERATIONS],
    thresholds: [700, 10, 10],
    enabled: true,
    collecting: false,
    scheduled: false,
    long_lived_total: 0,
    long_lived_pending: 0,
    stats: [GenStats {
        collections: 0,
        collected: 0,
        uncollectable: 0,
    }; NUM_GENERATIONS],
    debug: 0,
    blocks: 0,
    list_all: false,
    interp: None,
});

/// The collector's state (borrow briefly; never across code that allocates or frees).
pub fn heap() -> RefMut<'static, Heap> {
    HEAP.get()
}

/// The list holding `o`, if it is tracked.
#[inline(always)]
pub fn list_of(o: &Obj) -> Option<List> {
    List::from_bits((o.rc.flags() & LIST_MASK) >> LIST_SHIFT)
}

/// `o`'s slot on its list.
#[inline(always)]
pub fn slot_of(o: &Obj) -> usize {
    (o.rc.flags() >> SLOT_SHIFT) as usize
}

fn set_place(o: &Obj, list: Option<List>, slot: usize) {
    let keep = o.rc.flags() & ((1 << LIST_SHIFT) - 1);
    let l = list.map_or(0, |l| l as u32);
    o.rc.set_flags(keep | (l << LIST_SHIFT) | ((slot as u32) << SLOT_SHIFT));
}

/// Whether objects of this layout can hold references that form cycles (CPython's
/// `Py_TPFLAGS_HAVE_GC`): containers, instances of classes defined in Python, and anything
/// with an instance dict.
pub fn is_container(o: &Obj) -> bool {
    if o.dict().is_some() {
        return true;
    }
    match &o.payload {
        Payload::None
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::Bool(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex { .. }
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::Code(_) => false,
        Payload::Object => crate::objects::types::type_data(&o.class()).is_some_and(|t| t.heap),
        Payload::Builtin(b) => b.bound.is_some(),
        Payload::Native(n) => super::traverse::native_has_references(n.as_ref()),
        _ => true,
    }
}

impl Heap {
    /// Configure from the command line, before the first object is allocated. The youngest
    /// generation is sized for the containers start-up makes (`freeze_static` hands the vector
    /// to the static list), rather than doubling from 4 through 512 while they are made.
    pub fn configure(&mut self, list_all: bool) {
        self.list_all = list_all;
        self.lists[List::Gen0 as usize].reserve(STARTUP_CONTAINERS);
    }

    pub fn set_interp(&mut self, interp: Arc<Interp>) {
        self.interp = Some(interp);
    }

    pub fn list(&self, l: List) -> &[NonNull<Obj>] {
        &self.lists[l as usize]
    }

    pub fn push(&mut self, l: List, p: NonNull<Obj>) {
        let v = &mut self.lists[l as usize];
        // SAFETY: `p` points to a live object (the caller holds it or just allocated it).
        let o = unsafe { p.as_ref() };
        if v.len() > MAX_SLOT {
            set_place(o, None, 0);
            return;
        }
        set_place(o, Some(l), v.len());
        v.push(p);
    }

    /// Take `o` off its list.
    pub fn remove(&mut self, o: &Obj) {
        if let Some(l) = list_of(o) {
            self.remove_from(o, l);
        }
    }

    /// Take `o` off list `l`, which holds it.
    #[inline(always)]
    fn remove_from(&mut self, o: &Obj, l: List) {
        let slot = slot_of(o);
        let v = &mut self.lists[l as usize];
        if slot < v.len() {
            v.swap_remove(slot);
            if let Some(moved) = v.get(slot) {
                // SAFETY: every pointer on a list is a live object (freed ones leave first).
                set_place(unsafe { moved.as_ref() }, Some(l), slot);
            }
        }
        set_place(o, None, 0);
    }

    /// Take a whole list out (its objects' headers still name it until they are placed).
    pub fn take(&mut self, l: List) -> Vec<NonNull<Obj>> {
        std::mem::take(&mut self.lists[l as usize])
    }

    /// Append `objs` (taken off their list) to list `l`, leaving `objs` empty. An empty list
    /// too small for them trades vectors with `objs` (no second array of their size for a
    /// collection's survivors); otherwise they are copied and `objs` keeps its capacity.
    ///
    /// No list ever shrinks, and a list emptied by a move gets a vector back (`restore`), so
    /// the generations keep the capacity they needed once: regrowing them by doubling at every
    /// collection (and shrinking the oldest after each full one) placed a trail of 16 KB to
    /// 1 MB blocks among the small objects' pages, and `float_points`' peak grew from 34 to
    /// 43-61 MB over its rounds.
    pub fn append(&mut self, l: List, objs: &mut Vec<NonNull<Obj>>) {
        let v = &mut self.lists[l as usize];
        if v.is_empty() && v.capacity() < objs.len() && objs.len() <= MAX_SLOT {
            for (slot, p) in objs.iter().enumerate() {
                // SAFETY: every pointer on a list is a live object (freed ones leave first).
                set_place(unsafe { p.as_ref() }, Some(l), slot);
            }
            std::mem::swap(v, objs);
            return;
        }
        v.reserve(objs.len());
        objs.drain(..).for_each(|p| self.push(l, p));
    }

    /// Give an emptied vector back to list `l` if that list is empty and has less capacity.
    pub fn restore(&mut self, l: List, objs: Vec<NonNull<Obj>>) {
        let v = &mut self.lists[l as usize];
        if objs.is_empty() && v.is_empty() && v.capacity() < objs.capacity() {
            *v = objs;
        }
    }

    /// Leave untracked an object taken off its list with `take` (its header still names it).
    pub fn untrack_taken(&mut self, o: &Obj, p: NonNull<Obj>) {
        set_place(o, None, 0);
        if self.list_all {
            self.push(List::Others, p);
        }
    }

    /// Append every object of `from` to `to` (growing `to` once, not by doubling: a full
    /// collection merges the young generations at the heap's peak).
    pub fn merge(&mut self, from: List, to: List) {
        let mut objs = self.take(from);
        self.append(to, &mut objs);
        self.restore(from, objs);
    }

    /// Leave an object untracked (a tuple of atoms after a collection, as `untrack_tuples`).
    pub fn untrack(&mut self, o: &Obj, p: NonNull<Obj>) {
        self.remove(o);
        if self.list_all {
            self.push(List::Others, p);
        }
    }

    /// Total objects on the three generations.
    pub fn generation_sizes(&self) -> [usize; NUM_GENERATIONS] {
        [
            self.lists[List::Gen0 as usize].len(),
            self.lists[List::Gen1 as usize].len(),
            self.lists[List::Gen2 as usize].len(),
        ]
    }

    fn schedule(&mut self) {
        self.scheduled = true;
        if let Some(i) = &self.interp {
            i.gil.request_break();
        }
    }
}

/// A new object: count it, and track it if it is a container (CPython's `_PyObject_GC_Link`,
/// which also decides when a collection is due).
pub(crate) fn track_new(p: NonNull<Obj>) {
    // SAFETY: `p` was just allocated by `Value::alloc_with_dict` and is alive.
    let o = unsafe { p.as_ref() };
    if is_container(o) {
        track_new_container(p);
        return;
    }
    track_new_leaf(p);
}

/// `track_new` for an object known to be a container (an instance of a Python class).
#[inline]
pub(crate) fn track_new_container(p: NonNull<Obj>) {
    let mut h = heap();
    h.blocks += 1;
    h.push(List::Gen0, p);
    h.counts[0] += 1;
    if h.counts[0] > h.thresholds[0] && h.thresholds[0] > 0 && h.enabled && !h.collecting {
        h.schedule();
    }
}

/// A new object that is not a container and has no dict slot (a float): `track_new` without
/// the container test.
#[inline]
pub(crate) fn track_new_leaf(p: NonNull<Obj>) {
    let mut h = heap();
    h.blocks += 1;
    if h.list_all {
        h.push(List::Others, p);
    }
}

/// An object on no list (no flags) is being freed: `untrack_freed` without the list
/// bookkeeping.
#[inline]
pub(crate) fn untrack_unlisted_freed() {
    heap().blocks -= 1;
}

/// An object is being freed: take it off its list (CPython's `PyObject_GC_Del`). The list is
/// read from the header's bits as an index (no `List` made from them): this runs for every
/// freed container.
#[inline]
pub(crate) fn untrack_freed(o: &Obj) {
    let mut h = heap();
    h.blocks -= 1;
    let l = ((o.rc.flags() & LIST_MASK) >> LIST_SHIFT) as usize;
    if l == 0 {
        return;
    }
    if l != List::Others as usize && h.counts[0] > 0 {
        h.counts[0] -= 1;
    }
    let slot = slot_of(o);
    let v = &mut h.lists[l];
    if slot < v.len() {
        v.swap_remove(slot);
        if let Some(moved) = v.get(slot) {
            // SAFETY: every pointer on a list is a live object (freed ones leave first).
            let moved = unsafe { moved.as_ref() };
            let keep = moved.rc.flags() & ((1 << SLOT_SHIFT) - 1);
            moved.rc.set_flags(keep | ((slot as u32) << SLOT_SHIFT));
        }
    }
    o.rc.set_flags(o.rc.flags() & ((1 << LIST_SHIFT) - 1));
}

/// After start-up: everything created so far is permanent (the builtin types and modules).
pub fn freeze_static() {
    let mut h = heap();
    for g in 0..NUM_GENERATIONS {
        h.merge(List::generation(g), List::Static);
    }
    h.counts = [0; NUM_GENERATIONS];
}

/// The live objects on the given lists, as counted references (those whose count reached
/// zero are being freed and are left out).
pub fn objects_on(lists: &[List]) -> Vec<crate::object::Value> {
    let h = heap();
    lists
        .iter()
        .flat_map(|&l| h.list(l).iter().copied())
        // SAFETY: listed objects are alive (freed ones leave their list first).
        .filter(|p| unsafe { p.as_ref() }.rc.get() > 0)
        .map(crate::object::Value::new_ref)
        .collect()
}

/// Every listed object (for `-X showrefcount`): the number alive and the total of their counts.
pub fn live_totals() -> (usize, usize) {
    let mut h = heap();
    h.blocks -= crate::rc::take_floats_freed_at_exit();
    let refs = h
        .lists
        .iter()
        .flatten()
        // SAFETY: listed objects are alive.
        .map(|p| unsafe { p.as_ref() }.rc.get())
        .sum();
    (refs, h.blocks)
}
