//! Per-thread free lists of exact tuples (one per length, 1 to 19 items), exact lists, exact
//! sets, builtin iterators, cells, generators (coroutines and async generators too), bound
//! methods, functions and instances of classes written in Python (one per values width, 0 to
//! 7): a freed one keeps its object (a tuple its item array, an iterator its state's box, a
//! generator its `Generator` box, a function its `Function` box and attributes slot, an
//! instance its dict slot and values array) for the next one made, so making and dropping a
//! small tuple, list, set, iterator, cell, generator, bound method, function or instance costs
//! no allocator call. Counterpart of the free lists in CPython's `Objects/tupleobject.c`
//! (`free_list`, `PyTuple_MAXSAVESIZE`) and
//! `Objects/listobject.c` (`free_list`, `PyList_MAXFREELIST`); for instances, of what
//! CPython 3.12's inline values save (the values live with the object, so an instance is one
//! allocation, here none while its width's list has one).
//!
//! A kept object is "parked" (`object.rs`): count zero, no flags, on no collector list and not
//! counted among its live blocks, its class reference released and the class field holding
//! the address of the next kept object instead (as an inline int, which owns nothing). Its
//! payload stays: a tuple's array with every item replaced by the inline int 0, a list's cell
//! with an empty vector (which keeps its items' buffer when it has room for 1 to 16 items: the
//! list goes on the free list of its buffer's capacity, `LISTS[cap]`, and a maker that needs
//! exactly that capacity fills it, so `sys.getsizeof` still reports CPython's), a set's
//! table emptied and of the minimum size, an iterator's state an empty range, a generator's
//! box `Generator::parked` (no frame but maybe a parked spare one, inline ints for its names
//! and code), a bound method's function and `self` the inline int 0, a function's box
//! `Function::parked` with an empty attributes slot, an instance's values array with every
//! element empty. So a parked object holds no reference, and the lists are emptied at thread
//! exit without the GIL.

use crate::object::{self, InstDict, Obj, Payload, Value};
use crate::objects::function::Function;
use crate::objects::generator::Generator;
use crate::objects::instance_values::InstanceValues;
use crate::objects::iter::IterState;
use crate::pycell::{PyCell, ValueCell};
use crate::rc::BuiltinTypeId;
use std::cell::Cell;
use std::ptr::NonNull;
use std::thread::LocalKey;

/// Tuples of up to this many items are kept (CPython: `PyTuple_MAXSAVESIZE - 1`).
pub(crate) const TUPLE_MAX_LEN: usize = 19;

/// At most this many tuples of each length are kept (CPython keeps 2,000; these are enough
/// for a loop's temporaries without holding memory a program has finished with).
const TUPLE_KEEP: u32 = 100;

/// At most this many lists without an items buffer are kept (CPython's `PyList_MAXFREELIST`).
const LIST_KEEP: u32 = 80;

/// Lists whose items buffer has room for 1 to this many items keep it when they are parked.
pub(crate) const LIST_BUFFER_MAX: usize = 16;

/// At most this many lists are kept with a buffer of each capacity (16 KiB of buffers at
/// most, besides the objects).
const LIST_BUFFER_KEEP: u32 = 16;

/// At most this many sets are kept (CPython keeps none, but serves a small set's table from
/// the object itself: a kept set keeps its table of minimum size).
const SET_KEEP: u32 = 80;

/// At most this many iterators are kept (of any builtin iterator type: the class is set again
/// when one is taken).
const ITER_KEEP: u32 = 80;

/// At most this many cells are kept (a call of a function with cell variables makes one per
/// variable, freed when its closures go).
const CELL_KEEP: u32 = 80;

/// At most this many generators are kept (of any of the three kinds: the class is set again
/// when one is taken).
const GENERATOR_KEEP: u32 = 80;

/// At most this many functions are kept (a generator expression, lambda or nested `def` run
/// in a loop makes one per iteration).
const FUNCTION_KEEP: u32 = 80;

/// At most this many bound methods are kept (`o.m` read as a value makes one per read).
const METHOD_KEEP: u32 = 80;

/// Instances whose values array covers up to this many names are kept (the values pool's
/// widest arrays, `objects/instance_values_pool.rs`).
const INSTANCE_MAX_WIDTH: usize = 7;

/// At most this many instances of each width are kept.
const INSTANCE_KEEP: u32 = 64;

/// One free list: parked objects linked through their class fields.
struct FreeList {
    head: Cell<Option<NonNull<Obj>>>,
    len: Cell<u32>,
    /// How many entries the list may hold: 0 until the first push registers `AT_EXIT`
    /// (`open`), the list's limit from then on, 0 again once the thread's lists are emptied
    /// at exit. So a push tests one bound, not the registration too each time the list is
    /// empty (a loop that frees one list per one it makes keeps it at zero or one entry).
    room: Cell<u32>,
}

impl FreeList {
    const fn new() -> FreeList {
        FreeList {
            head: Cell::new(None),
            len: Cell::new(0),
            room: Cell::new(0),
        }
    }

    #[inline(always)]
    fn pop(&self) -> Option<NonNull<Obj>> {
        let p = self.head.get()?;
        // SAFETY: `p` is on this list, so it is parked: nothing else refers to it and its
        // class field holds the link `push` wrote.
        self.head.set(unsafe { object::parked_link(p) });
        self.len.set(self.len.get() - 1);
        Some(p)
    }

    /// Whether the list has room for one more (false also while the thread exits: its lists
    /// were already emptied).
    #[inline(always)]
    fn has_room(list: &FreeList, keep: u32) -> bool {
        list.len.get() < list.room.get() || list.open(keep)
    }

    /// Make room on a list that has none: at its first push, register the destructor that
    /// empties the lists at exit. False when the list is full, or the thread is exiting.
    #[cold]
    fn open(&self, keep: u32) -> bool {
        if self.room.get() == keep || AT_EXIT.try_with(|_| ()).is_err() {
            return false;
        }
        self.room.set(keep);
        true
    }

    /// Park `p` on the list; the class reference it held, for the caller to release.
    ///
    /// # Safety
    /// `p` must have a zero count, be untracked and have no other pointer to it, with its
    /// payload already emptied of references.
    #[inline(always)]
    unsafe fn push(&self, p: NonNull<Obj>) -> Value {
        // SAFETY: as the caller guarantees.
        let class = unsafe { object::park(p, self.head.get()) };
        self.head.set(Some(p));
        self.len.set(self.len.get() + 1);
        class
    }
}

thread_local! {
    /// `TUPLES[n - 1]`: kept tuples of `n` items. No destructor (a plain thread-local access);
    /// `AT_EXIT` empties the lists.
    static TUPLES: [FreeList; TUPLE_MAX_LEN] = const { [const { FreeList::new() }; TUPLE_MAX_LEN] };
    /// `LISTS[cap]`: kept lists whose empty items vector has capacity `cap` (0: no buffer).
    static LISTS: [FreeList; LIST_BUFFER_MAX + 1] =
        const { [const { FreeList::new() }; LIST_BUFFER_MAX + 1] };
    static SETS: FreeList = const { FreeList::new() };
    static ITERS: FreeList = const { FreeList::new() };
    static CELLS: FreeList = const { FreeList::new() };
    static GENERATORS: FreeList = const { FreeList::new() };
    static METHODS: FreeList = const { FreeList::new() };
    static FUNCTIONS: FreeList = const { FreeList::new() };
    /// `INSTANCES[w]`: kept instances whose values array covers `w` names.
    static INSTANCES: [FreeList; INSTANCE_MAX_WIDTH + 1] =
        const { [const { FreeList::new() }; INSTANCE_MAX_WIDTH + 1] };
    /// Empties the lists at thread exit; touched (registering its destructor) whenever a list
    /// gets its first entry.
    static AT_EXIT: AtExit = const { AtExit };
}

/// `f` of the thread's free list (or lists) `key`, through `try_with` rather than `with` (whose panic
/// path for a destroyed thread-local kept it out of line in the hot paths); the lists have no
/// destructor, so `None` never comes back in practice.
#[inline(always)]
fn on_list<T, R>(key: &'static LocalKey<T>, f: impl FnOnce(&T) -> R) -> Option<R> {
    key.try_with(f).ok()
}

/// The destructor of the thread's free lists (see `AT_EXIT`).
struct AtExit;

impl Drop for AtExit {
    fn drop(&mut self) {
        let free_all = |list: &FreeList| {
            list.room.set(0);
            while let Some(p) = list.pop() {
                // SAFETY: `p` left the list: a parked object nothing refers to.
                unsafe { object::free_parked(p) };
            }
        };
        let _ = TUPLES.try_with(|lists| lists.iter().for_each(free_all));
        let _ = LISTS.try_with(|lists| lists.iter().for_each(free_all));
        let _ = SETS.try_with(free_all);
        let _ = ITERS.try_with(free_all);
        let _ = CELLS.try_with(free_all);
        let _ = GENERATORS.try_with(free_all);
        let _ = METHODS.try_with(free_all);
        let _ = FUNCTIONS.try_with(|list| {
            while let Some(p) = list.pop() {
                // SAFETY: `p` left the list: a parked function nothing refers to.
                unsafe { object::free_parked_function(p) };
            }
        });
        let _ = INSTANCES.try_with(|lists| {
            for list in lists {
                list.room.set(0);
                while let Some(p) = list.pop() {
                    // SAFETY: `p` left the list: a parked instance nothing refers to.
                    unsafe { object::free_parked_instance(p) };
                }
            }
        });
    }
}

static TUPLE_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.tuple);
static LIST_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.list);
static SET_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.set);
static METHOD_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.method);
static FUNCTION_TYPE: BuiltinTypeId = BuiltinTypeId::new(|b| &b.function);

/// Keep a freed exact tuple of 1 to 19 items, exact list or exact set (untracked, count
/// zero, no dict slot) on its free list (`keep_exact`). False, with nothing done, for
/// anything else or when the list is full.
///
/// # Safety
/// `p` must be an object whose count reached zero, already taken off the collector's lists,
/// with no other pointer to it and no dict slot.
#[inline]
pub(crate) unsafe fn keep(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { p.as_ref() };
    let exact = match &o.payload {
        Payload::Tuple(_) => &TUPLE_TYPE,
        Payload::List(_) => &LIST_TYPE,
        Payload::Set(_) => &SET_TYPE,
        _ => return false,
    };
    // SAFETY: as the caller guarantees; the class was checked.
    o.class_id() == exact.get() && unsafe { keep_exact(p) }
}

/// `keep` for an object known to be an exact tuple, list or set: a tuple's or list's items
/// are released last to first as CPython's `tupledealloc` and `list_dealloc` do, a set's
/// keys in table order (`keep_set`).
///
/// # Safety
/// As for `keep`, and the object's class must be exactly `tuple`, `list` or `set` (by its
/// payload).
#[inline(always)]
pub(crate) unsafe fn keep_exact(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { &mut *p.as_ptr() };
    match &mut o.payload {
        // One thread-local access each for the room test and the push: the list's fields are
        // cells, so a finalizer run by an item's release may push and pop meanwhile.
        Payload::List(l) => {
            let mut items = std::mem::take(l.get_mut());
            while items.pop().is_some() {}
            // SAFETY: as the caller guarantees; `items` was emptied.
            unsafe { keep_list(p, l.get_mut(), items) }
        }
        Payload::Tuple(t) if (1..=TUPLE_MAX_LEN).contains(&t.len()) => on_list(&TUPLES, |lists| {
            let list = &lists[t.len() - 1];
            if !FreeList::has_room(list, TUPLE_KEEP) {
                return false;
            }
            for item in t.iter_mut().rev() {
                drop(std::mem::replace(item, Value::zero()));
            }
            // SAFETY: as the caller guarantees; the payload now holds no reference.
            drop(unsafe { list.push(p) });
            true
        })
        .unwrap_or(false),
        // SAFETY: as the caller guarantees.
        Payload::Set(_) => unsafe { keep_set(p) },
        _ => false,
    }
}

/// A new exact tuple of `items` made from the free list, or `items` back when the list for
/// their length is empty (or the length is 0 or above 19).
#[inline]
pub(crate) fn reuse_tuple<I: ExactSizeIterator<Item = Value>>(items: I) -> Result<Value, I> {
    let n = items.len();
    if !(1..=TUPLE_MAX_LEN).contains(&n) {
        return Err(items);
    }
    let Some(p) = on_list(&TUPLES, |lists| lists[n - 1].pop()).flatten() else {
        return Err(items);
    };
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked tuple of
    // `n` inline-int items (nothing to drop when they are replaced).
    if let Payload::Tuple(t) = unsafe { &mut (*p.as_ptr()).payload } {
        for (slot, v) in t.iter_mut().zip(items) {
            // SAFETY: the slot holds an inline int (owns nothing), overwritten without a drop.
            unsafe { std::ptr::write(slot, v) };
        }
    }
    // SAFETY: as above: a parked object, now filled.
    Ok(unsafe { object::revive(p, crate::objects::types::builtin().tuple.clone(), 0) })
}

/// Park the list `p`, its items released and `items` its emptied vector: on the free list of
/// the vector's capacity, which keeps it, or (its buffer freed) on the list of those without.
/// False when both are full.
///
/// # Safety
/// As for `keep_exact`; `slot` is the list's (empty) items vector.
#[inline(always)]
unsafe fn keep_list(p: NonNull<Obj>, slot: &mut Vec<Value>, items: Vec<Value>) -> bool {
    // The room tests and the push are separate thread-local accesses, each small enough to
    // be inlined (one closure doing all of it stayed out of line, about 35 instructions of
    // call and saved registers a list); nothing between them runs Python code.
    let has_room = |cap: usize, keep: u32| {
        on_list(&LISTS, |lists| FreeList::has_room(&lists[cap], keep)).unwrap_or(false)
    };
    let cap = items.capacity();
    let bucket = if cap <= LIST_BUFFER_MAX && has_room(cap, LIST_BUFFER_KEEP) {
        // The slot's vector is empty and has no buffer: nothing to release.
        std::mem::forget(std::mem::replace(slot, items));
        cap
    } else {
        drop(items);
        if !has_room(0, LIST_KEEP) {
            return false;
        }
        0
    };
    // SAFETY: as the caller guarantees; the payload holds no reference.
    drop(on_list(&LISTS, |lists| unsafe { lists[bucket].push(p) }));
    true
}

/// A new exact list made from a kept list whose buffer has room for exactly `cap` items (0 to
/// `LIST_BUFFER_MAX`): `fill` pushes its items (at most `cap`) into its empty vector. `fill`
/// back when there is none.
#[inline]
pub(crate) fn reuse_list_sized<F: FnOnce(&mut Vec<Value>)>(
    cap: usize,
    fill: F,
) -> Result<Value, F> {
    let Some(p) = on_list(&LISTS, |lists| lists.get(cap).and_then(FreeList::pop)).flatten() else {
        return Err(fill);
    };
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked list whose
    // cell holds an empty vector with room for `cap` items.
    if let Payload::List(l) = unsafe { &mut (*p.as_ptr()).payload } {
        fill(l.get_mut());
    }
    // SAFETY: as above: a parked object, now filled.
    Ok(unsafe { object::revive(p, crate::objects::types::builtin().list.clone(), 0) })
}

/// A new exact list holding `items` made from the free list, or `items` back when it is empty.
#[inline]
pub(crate) fn reuse_list(items: Vec<Value>) -> Result<Value, Vec<Value>> {
    let Some(p) = on_list(&LISTS, |lists| lists[0].pop()).flatten() else {
        return Err(items);
    };
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked list whose
    // cell holds an empty vector without a buffer.
    if let Payload::List(l) = unsafe { &(*p.as_ptr()).payload } {
        drop(l.replace(items));
    }
    // SAFETY: as above: a parked object, now filled.
    Ok(unsafe { object::revive(p, crate::objects::types::builtin().list.clone(), 0) })
}

/// Keep a freed exact set (untracked, count zero, no dict slot) on the sets' free list, its
/// keys released in table order and its table back to the minimum size (`SetTable::reset`).
/// False, with nothing done, for anything else or when the list is full.
///
/// # Safety
/// As for `keep_exact`.
unsafe fn keep_set(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { p.as_ref() };
    let Payload::Set(table) = &o.payload else {
        return false;
    };
    let empty = || {
        // Nothing can reach the set any more, so holding its borrow while the keys are
        // released (their finalizers may run) blocks no one.
        let Some(mut t) = table.try_borrow_mut() else {
            return false;
        };
        t.reset();
        true
    };
    // SAFETY: as the caller guarantees; `empty` leaves the table holding no reference.
    unsafe { park_emptied(&SETS, SET_KEEP, p, empty) }
}

/// A new empty exact set made from the free list, if it has one.
#[inline]
pub(crate) fn reuse_set() -> Option<Value> {
    let p = SETS.with(FreeList::pop)?;
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked set whose
    // table is empty and of the minimum size.
    Some(unsafe { object::revive(p, crate::objects::types::builtin().set.clone(), 0) })
}

/// Keep a freed instance of a class written in Python (untracked, count zero, its attributes
/// still kept as values, at most `INSTANCE_MAX_WIDTH` wide) on its width's free list,
/// releasing its values in index order as freeing its values array does. False, with nothing
/// done, for anything else or when the list is full.
///
/// # Safety
/// As for `keep`, but the object has a dict slot and an `Object` payload.
pub(crate) unsafe fn keep_instance(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { p.as_ref() };
    let Some(cell) = o.dict() else {
        return false;
    };
    let mut slot = cell.borrow_mut();
    let InstDict::Values(values) = &mut *slot else {
        return false;
    };
    let width = values.width();
    if width > INSTANCE_MAX_WIDTH
        || !INSTANCES.with(|l| FreeList::has_room(&l[width], INSTANCE_KEEP))
    {
        return false;
    }
    // Nothing can reach the object any more, so holding the slot's borrow while the values
    // are released (their finalizers may run) blocks no one.
    values.release_all();
    drop(slot);
    // SAFETY: as the caller guarantees; the dict slot now holds no reference.
    let class = INSTANCES.with(|l| unsafe { l[width].push(p) });
    drop(class);
    true
}

/// A new instance of `class` (a class written in Python whose instances keep their attributes
/// as values, `width` names in its shared keys) from the free list, if it has one.
#[inline]
pub(crate) fn reuse_instance(class: &Value, width: usize) -> Option<Value> {
    if width > INSTANCE_MAX_WIDTH {
        return None;
    }
    let p = INSTANCES.with(|l| l[width].pop())?;
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked instance
    // with an empty values array `width` wide.
    Some(unsafe { object::revive(p, class.clone(), crate::rc::HAS_DICT) })
}

/// What a parked iterator's state holds: nothing.
const EMPTY_STATE: IterState = IterState::Range {
    start: 0,
    next: 0,
    stop: 0,
    step: 1,
};

/// The shared end of the `keep_*` functions: park `p` on `list` when it has room under
/// `keep` and `empty` released what the payload holds (false from `empty`: it released
/// nothing and `p` is not kept).
///
/// # Safety
/// As for `keep`; `empty` must leave the payload holding no reference when it answers true.
#[inline(always)]
unsafe fn park_emptied(
    list: &'static LocalKey<FreeList>,
    keep: u32,
    p: NonNull<Obj>,
    empty: impl FnOnce() -> bool,
) -> bool {
    if !list.with(|l| FreeList::has_room(l, keep)) || !empty() {
        return false;
    }
    // SAFETY: as the caller guarantees: the only pointer to a freed object, its payload
    // emptied.
    drop(list.with(|l| unsafe { l.push(p) }));
    true
}

/// Keep a freed builtin iterator (untracked, count zero, no dict slot) on the iterators' free
/// list, releasing what its state holds. False, with nothing done, for anything else or when
/// the list is full.
///
/// # Safety
/// As for `keep`.
pub(crate) unsafe fn keep_iter(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { p.as_ref() };
    let Payload::Iter(state) = &o.payload else {
        return false;
    };
    let empty = || {
        let Some(mut st) = state.try_borrow_mut() else {
            return false;
        };
        let old = std::mem::replace(&mut *st, EMPTY_STATE);
        drop(st);
        drop(old);
        true
    };
    // SAFETY: as the caller guarantees; `empty` leaves the state holding no reference.
    unsafe { park_emptied(&ITERS, ITER_KEEP, p, empty) }
}

/// A new builtin iterator of type `class` with state `state`: a kept one when the free list
/// has one, else a new allocation.
pub(crate) fn new_iter(class: &Value, state: IterState) -> Value {
    let Some(p) = ITERS.with(FreeList::pop) else {
        let payload = Payload::Iter(Box::new(PyCell::new(state)));
        return Value::alloc_container(class.clone(), payload);
    };
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked iterator
    // whose state holds nothing.
    if let Payload::Iter(cell) = unsafe { &(*p.as_ptr()).payload } {
        // The parked state is `EMPTY_STATE`, which owns nothing: forgetting it skips the
        // state's drop glue (a dispatch on every variant).
        std::mem::forget(cell.replace(state));
    }
    // SAFETY: as above: a parked object, now filled.
    unsafe { object::revive(p, class.clone(), 0) }
}

/// Keep a freed cell (untracked, count zero, no dict slot) on the cells' free list, releasing
/// its contents. False, with nothing done, for anything else or when the list is full.
///
/// # Safety
/// As for `keep`.
pub(crate) unsafe fn keep_cell(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { p.as_ref() };
    let Payload::Cell(contents) = &o.payload else {
        return false;
    };
    let empty = || {
        drop(contents.replace(None));
        true
    };
    // SAFETY: as the caller guarantees; `empty` leaves the cell holding no reference.
    unsafe { park_emptied(&CELLS, CELL_KEEP, p, empty) }
}

/// A new cell (of the `cell` type `class`) holding `v`: a kept one when the free list has
/// one, else a new allocation.
pub(crate) fn new_cell(class: &Value, v: Option<Value>) -> Value {
    let Some(p) = CELLS.with(FreeList::pop) else {
        let payload = Payload::Cell(ValueCell::new(v));
        return Value::alloc_container(class.clone(), payload);
    };
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked cell,
    // which holds None.
    if let Payload::Cell(contents) = unsafe { &(*p.as_ptr()).payload } {
        // The parked cell is empty: forgetting the None replaced releases nothing.
        std::mem::forget(contents.replace(v));
    }
    // SAFETY: as above: a parked object, now filled.
    unsafe { object::revive(p, class.clone(), 0) }
}

/// Keep a freed generator, coroutine or async generator (untracked, count zero, no dict slot)
/// on the generators' free list, releasing what it holds in the order dropping it would (its
/// frame, if it never ran or was not closed, then its names, code and exception state); a
/// finished one keeps its spare frame (`Generator::spare`), which holds no reference.
/// False, with nothing done, for anything else or when the list is full.
///
/// # Safety
/// As for `keep`.
pub(crate) unsafe fn keep_generator(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { &mut *p.as_ptr() };
    let Payload::Generator(g) = &mut o.payload else {
        return false;
    };
    let empty = || {
        g.park();
        true
    };
    // SAFETY: as the caller guarantees; `empty` leaves the generator holding no reference.
    unsafe { park_emptied(&GENERATORS, GENERATOR_KEEP, p, empty) }
}

/// A generator-like object (generator, coroutine or async generator) taken off the free
/// list, not yet alive: its `Generator` (as `Generator::park` left it) is filled through
/// `generator`, then `revive` makes it live (dropped unrevived, its memory would be lost).
pub(crate) struct ReusedGenerator(NonNull<Obj>);

impl ReusedGenerator {
    /// The most recently kept generator, if the free list has one.
    #[inline(always)]
    pub(crate) fn take() -> Option<ReusedGenerator> {
        on_list(&GENERATORS, FreeList::pop)
            .flatten()
            .map(ReusedGenerator)
    }

    /// The parked generator's box, to fill.
    #[inline(always)]
    pub(crate) fn generator(&mut self) -> &mut Generator {
        // SAFETY: the object left the free list, so this is the only pointer to it: a parked
        // generator, whose payload is a `Generator`.
        match unsafe { &mut (*self.0.as_ptr()).payload } {
            Payload::Generator(b) => b,
            _ => unreachable!("a non-generator on the generators' free list"),
        }
    }

    /// The filled generator made live with type `class`.
    #[inline(always)]
    pub(crate) fn revive(self, class: &Value) -> Value {
        // SAFETY: a parked object taken off its list (as `take` guarantees), now filled.
        unsafe { object::revive(self.0, class.clone(), 0) }
    }
}

/// Keep a freed exact bound method (untracked, count zero, no dict slot) on the methods' free
/// list, releasing its function, then its `self` (CPython's `method_dealloc` order). False,
/// with nothing done, for anything else or when the list is full.
///
/// # Safety
/// As for `keep`.
pub(crate) unsafe fn keep_method(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object.
    let o = unsafe { &mut *p.as_ptr() };
    if o.class_id() != METHOD_TYPE.get() {
        return false;
    }
    let Payload::Method((func, obj)) = &mut o.payload else {
        return false;
    };
    let empty = || {
        drop(std::mem::replace(func, Value::zero()));
        drop(std::mem::replace(obj, Value::zero()));
        true
    };
    // SAFETY: as the caller guarantees; `empty` leaves the payload holding no reference.
    unsafe { park_emptied(&METHODS, METHOD_KEEP, p, empty) }
}

/// A new bound method of `func` to `obj` made from the free list, or both back when it is
/// empty.
#[inline]
pub(crate) fn reuse_method(func: Value, obj: Value) -> Result<Value, (Value, Value)> {
    let Some(p) = METHODS.with(FreeList::pop) else {
        return Err((func, obj));
    };
    // SAFETY: `p` left the free list, so this is the only pointer to it: a parked method
    // whose function and `self` are inline ints (nothing to drop when they are replaced).
    if let Payload::Method(m) = unsafe { &mut (*p.as_ptr()).payload } {
        // SAFETY: as above.
        unsafe { std::ptr::write(m, (func, obj)) };
    }
    // SAFETY: as above: a parked object, now filled.
    Ok(unsafe { object::revive(p, crate::objects::types::builtin().method.clone(), 0) })
}

/// Keep a freed function (untracked, count zero, with its attributes slot) on the functions'
/// free list, releasing what it holds in the order freeing it would: its fields in their
/// declaration order, then its attributes (the slot goes back to an empty values array).
/// False, with nothing done, for anything else or when the list is full.
///
/// # Safety
/// As for `keep`; the object has `HAS_DICT` (made by `Value::alloc_with_values`).
pub(crate) unsafe fn keep_function(p: NonNull<Obj>) -> bool {
    // SAFETY: as the caller guarantees, this is the only access to the object; its attributes
    // slot lies outside the `Obj`, so the two references do not overlap.
    let (o, attrs) = unsafe { (&mut *p.as_ptr(), p.as_ref().dict()) };
    if o.class_id() != FUNCTION_TYPE.get()
        || !on_list(&FUNCTIONS, |l| FreeList::has_room(l, FUNCTION_KEEP)).unwrap_or(false)
    {
        return false;
    }
    let Some(mut attrs) = attrs.and_then(PyCell::try_borrow_mut) else {
        return false;
    };
    let Payload::Function(f) = &mut o.payload else {
        return false;
    };
    // Nothing can reach the object any more, so holding the slot's borrow while its fields are
    // released (their finalizers may run) blocks no one.
    drop(std::mem::replace(&mut **f, Function::parked()));
    let old = std::mem::replace(&mut *attrs, InstDict::Values(InstanceValues::default()));
    drop(attrs);
    drop(old);
    // SAFETY: as the caller guarantees; the payload and the slot now hold no reference.
    drop(on_list(&FUNCTIONS, |l| unsafe { l.push(p) }));
    true
}

/// A function taken off the free list, not yet alive: `fill` makes it live (dropped unfilled,
/// its memory would be lost).
pub(crate) struct ReusedFunction(NonNull<Obj>);

impl ReusedFunction {
    /// The most recently kept function, if the free list has one.
    #[inline(always)]
    pub(crate) fn take() -> Option<ReusedFunction> {
        on_list(&FUNCTIONS, FreeList::pop)
            .flatten()
            .map(ReusedFunction)
    }

    /// The kept function made live as `f`.
    #[inline(always)]
    pub(crate) fn fill(self, f: Function) -> Value {
        let p = self.0;
        // SAFETY: `p` left the free list, so this is the only pointer to it: a parked
        // function, whose fields own nothing (nothing to drop when they are overwritten).
        if let Payload::Function(b) = unsafe { &mut (*p.as_ptr()).payload } {
            // SAFETY: as above.
            unsafe { std::ptr::write(&mut **b, f) };
        }
        let class = crate::objects::types::builtin().function.clone();
        // SAFETY: as above: a parked object with its attributes slot, now filled.
        unsafe { object::revive(p, class, crate::rc::HAS_DICT) }
    }
}
