//! The cycle collector: CPython's generational algorithm over the tracked container objects.
//! Counterpart of CPython's `Modules/gcmodule.c` (`gc_collect_main` and its phases).
//!
//! A collection of generation `g` merges the younger generations into it, then:
//! 1. copies each object's reference count to `gc_refs` and subtracts the references held by
//!    objects of the same generation (`subtract_refs`): what remains counts references from
//!    outside, so objects with `gc_refs > 0` are reachable roots;
//! 2. marks everything reachable from those roots (`move_unreachable`); the rest is garbage,
//!    in list order, and the survivors keep CPython's order (those reached behind the scan
//!    last), which decides the order later collections run finalizers in;
//! 3. kills weak references to the garbage and calls the callbacks of weak references that
//!    are themselves reachable (`handle_weakrefs`);
//! 4. runs finalizers (`__del__`, PEP 442: once per object);
//! 5. checks the garbage again, keeping what the finalizers resurrected
//!    (`handle_resurrected_objects`);
//! 6. clears the rest (`delete_garbage`): references are taken out, then dropped, so reference
//!    counting frees the objects.
//!
//! Collections run at safe points only: a due automatic collection sets the eval breaker and
//! runs when the eval loop next checks it (as CPython 3.12 schedules them), never inside a
//! native function that may hold a borrow; `gc.collect()` runs at once.

pub mod heap;
pub mod traverse;
pub mod weakref;

use crate::object::{Obj, Value};
use crate::vm::Vm;
use heap::{List, NUM_GENERATIONS, heap, list_of, slot_of};
use std::ptr::NonNull;

pub const DEBUG_STATS: u32 = 1;
pub const DEBUG_COLLECTABLE: u32 = 2;
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
pub const DEBUG_SAVEALL: u32 = 32;
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

fn obj_at(p: NonNull<Obj>) -> &'static Obj {
    // SAFETY: pointers on the collector's lists are live objects (freed objects leave their
    // list first), and the collector does not free any while it looks at them; the 'static
    // lifetime never escapes the collection that produced it.
    unsafe { &*p.as_ptr() }
}

/// The position of `v` among `set` (objects on list `l`, in slot order), if it is there.
#[inline]
fn index_in(v: &Value, l: List) -> Option<usize> {
    let o = v.obj()?;
    (list_of(o) == Some(l)).then(|| slot_of(o))
}

/// Which of `set` (all on list `l`, slot = index) are reachable from outside the set, given
/// how many references to each the caller holds itself (`own`).
///
/// The references held inside the set are subtracted from the objects' own counts (CPython's
/// `gc_refs`, kept in the count itself rather than in an array of the set's size, which a full
/// collection would allocate at the heap's peak), read, and added back. Then `mark`.
fn reachable_in(set: &[NonNull<Obj>], l: List, own: isize) -> Marks {
    adjust_internal_refs(set, l, crate::rc::gc_sub_ref);
    let mut state: Vec<u8> = set
        .iter()
        .map(|p| u8::from(crate::rc::gc_signed_count(obj_at(*p)) - own > 0) * PENDING)
        .collect();
    adjust_internal_refs(set, l, crate::rc::gc_add_ref);
    let late = mark(set, l, &mut state);
    Marks { state, late }
}

/// What `reachable_in` found: each object's marking state, and the objects found behind the
/// scan, in the order found.
struct Marks {
    state: Vec<u8>,
    late: Vec<NonNull<Obj>>,
}

impl Marks {
    fn reachable(&self, i: usize) -> bool {
        self.state[i] != UNREACHED
    }

    /// The reachable objects of `set` in the order CPython's `move_unreachable` leaves them:
    /// those marked in place keep their order, and those found behind the scan follow in the
    /// order found. Finalizers of later garbage run in list order, so this order decides
    /// which of two objects is finalized first (a text file's wrapper before its buffer once
    /// a collection has seen the buffer through the wrapper, as in CPython).
    fn survivors(&self, set: &[NonNull<Obj>]) -> impl Iterator<Item = NonNull<Obj>> {
        set.iter()
            .zip(&self.state)
            .filter(|(_, s)| **s == TRAVERSED)
            .map(|(p, _)| *p)
            .chain(self.late.iter().copied())
    }
}

/// Marking states: not (yet) found reachable, found ahead of the scan and not traversed yet,
/// traversed where it stands, found behind the scan (CPython moves it to the list's end).
const UNREACHED: u8 = 0;
const PENDING: u8 = 1;
const TRAVERSED: u8 = 2;
const LATE: u8 = 3;

/// Traverse every object reachable from the `PENDING` ones, as CPython's `move_unreachable`:
/// the set is scanned in order; an object found ahead of the scan is traversed when the scan
/// reaches it, one found behind it (passed over as unreachable) is queued, and the queue is
/// traversed after the scan, in the order found (CPython moves those objects to the end of the
/// list being scanned). Returns the queue.
fn mark(set: &[NonNull<Obj>], l: List, state: &mut [u8]) -> Vec<NonNull<Obj>> {
    let mut late = Vec::new();
    for i in 0..set.len() {
        if state[i] == PENDING {
            state[i] = TRAVERSED;
            mark_referents(obj_at(set[i]), l, i, state, &mut late);
        }
    }
    let mut next = 0;
    while let Some(&p) = late.get(next) {
        next += 1;
        mark_referents(obj_at(p), l, set.len(), state, &mut late);
    }
    late
}

/// Mark what `o` refers to in the set: ahead of position `scan` as pending, behind it as late.
fn mark_referents(o: &Obj, l: List, scan: usize, state: &mut [u8], late: &mut Vec<NonNull<Obj>>) {
    o.traverse(&mut |v| {
        if let Some(j) = index_in(v, l)
            && state[j] == UNREACHED
        {
            if j > scan {
                state[j] = PENDING;
            } else if let Some(p) = v.obj_ptr() {
                state[j] = LATE;
                late.push(p);
            }
        }
    });
}

/// Apply `f` to the count of each object of `set` once per reference to it from `set`.
fn adjust_internal_refs(set: &[NonNull<Obj>], l: List, f: fn(&Obj)) {
    for p in set {
        obj_at(*p).traverse(&mut |v| {
            if index_in(v, l).is_some()
                && let Some(o) = v.obj()
            {
                f(o);
            }
        });
    }
}

/// A tuple whose items can never be part of a cycle (CPython's `_PyTuple_MaybeUntrack`).
fn is_atomic_tuple(o: &Obj) -> bool {
    let crate::object::Payload::Tuple(items) = &o.payload else {
        return false;
    };
    o.dict().is_none()
        && items.iter().all(|v| {
            v.obj()
                .is_none_or(|c| matches!(list_of(c), None | Some(List::Others | List::Static)))
        })
}

/// Phase 1-2: split generation `g` (younger ones merged in) into survivors, moved to the next
/// generation, and garbage, moved to the `Collecting` list and returned as counted references.
fn deduce_unreachable(g: usize) -> Vec<Value> {
    let mut h = heap();
    for young in 0..g {
        h.merge(List::generation(young), List::generation(g));
    }
    let l = List::generation(g);
    let mut young = h.take(l);
    let marks = reachable_in(&young, l, 0);
    let old = List::generation((g + 1).min(NUM_GENERATIONS - 1));
    let mut garbage = Vec::new();
    let mut survivors = 0;
    for i in 0..young.len() {
        let p = young[i];
        // Tuples of atoms are untracked in list order, so a nest of tuples made innermost
        // first goes in one collection (a chain of 100,000 would otherwise go one level per
        // collection, and be counted at exit one level at a time: quadratic).
        match marks.state[i] {
            UNREACHED => {
                h.push(List::Collecting, p);
                garbage.push(Value::new_ref(p));
            }
            _ if is_atomic_tuple(obj_at(p)) => h.untrack_taken(obj_at(p), p),
            TRAVERSED => {
                young[survivors] = p;
                survivors += 1;
            }
            _ => {}
        }
    }
    young.truncate(survivors);
    young.extend(
        marks
            .late
            .iter()
            .filter(|p| list_of(obj_at(**p)) == Some(l)),
    );
    let survivors = young.len();
    h.append(old, &mut young);
    h.restore(l, young);
    if g == NUM_GENERATIONS - 2 {
        h.long_lived_pending += survivors;
    } else if g == NUM_GENERATIONS - 1 {
        h.long_lived_pending = 0;
        h.long_lived_total = survivors;
    }
    garbage
}

/// Phase 3: kill weak references to the garbage (and weak references that are garbage), then
/// call the callbacks of the reachable ones. Returns how many of those references were freed.
fn handle_weakrefs(vm: &Vm, garbage: &[Value]) -> usize {
    let mut to_call = Vec::new();
    for v in garbage {
        if let Some(o) = v.obj() {
            weakref::clear_ref(o);
        }
    }
    for v in garbage {
        let Some(p) = v.obj_ptr() else { continue };
        if obj_at(p).rc.flags() & crate::rc::HAS_WEAKREFS == 0 {
            continue;
        }
        for (r, cb) in weakref::detach_all(p) {
            let garbage_ref = r.obj().and_then(list_of) == Some(List::Collecting);
            if let (Some(cb), false) = (cb, garbage_ref) {
                to_call.push((r, cb));
            }
        }
    }
    let mut freed = 0;
    for (r, cb) in to_call {
        weakref::call_callbacks(vm, vec![(r.clone(), Some(cb))]);
        if r.refcount() == 1 {
            freed += 1;
        }
    }
    freed
}

/// Phase 4: run each finalizer once.
fn finalize_garbage(garbage: &[Value]) {
    for v in garbage {
        let Some(p) = v.obj_ptr() else { continue };
        let o = obj_at(p);
        if crate::rc::is_finalized(o) || crate::vm::finalizer_of(o).is_none() {
            continue;
        }
        crate::rc::set_finalized(o);
        crate::vm::run_finalizer(p);
    }
}

/// Phase 5: what the finalizers made reachable again goes to `old`; the rest is returned.
fn handle_resurrected(old: List) -> Vec<NonNull<Obj>> {
    let mut h = heap();
    let set = h.take(List::Collecting);
    let marks = reachable_in(&set, List::Collecting, 1);
    for p in marks.survivors(&set) {
        h.push(old, p);
    }
    let mut still = Vec::new();
    for (i, &p) in set.iter().enumerate() {
        if !marks.reachable(i) {
            h.push(List::Collecting, p);
            still.push(p);
        }
    }
    still
}

/// Phase 6: clear the garbage (or keep it in `gc.garbage` under `DEBUG_SAVEALL`).
fn delete_garbage(vm: &Vm, garbage: &[NonNull<Obj>], save_all: bool) {
    // Clearing may empty class dicts: caches that trust the type version must look again.
    crate::objects::types::type_modified();
    let mut taken = Vec::new();
    for &p in garbage {
        if save_all {
            if let Some(list) = garbage_list(vm) {
                crate::objects::list_ops::append(&list, Value::new_ref(p));
            }
        } else {
            taken.extend(obj_at(p).clear());
        }
    }
    drop(taken);
}

fn garbage_list(vm: &Vm) -> Option<Value> {
    let _ = vm;
    crate::modules::gc::garbage()
}

fn debug_collectable(vm: &Vm, garbage: &[NonNull<Obj>]) {
    let mut out = String::new();
    for &p in garbage {
        let v = Value::new_ref(p);
        out.push_str(&format!(
            "gc: collectable <{} {:#x}>\n",
            vm.type_name(&v),
            v.id()
        ));
    }
    crate::modules::builtins::raw_stderr(&out);
}

/// Whether CPython 3.11 keeps this object's attributes inline, without a dict object: the
/// instances of classes written in Python whose base has no dict of its own and a fixed size
/// (`Py_TPFLAGS_MANAGED_DICT`), until something asks for their `__dict__`. Plain instances
/// (`Payload::Object`) keep their values so here too (`objects/instance_values.rs`): a dict
/// they have was asked for.
fn has_inline_values(o: &Obj) -> bool {
    use crate::object::Payload as P;
    matches!(
        o.payload,
        P::List(_) | P::Dict(_) | P::Set(_) | P::FrozenSet(_) | P::Float(_)
    ) && crate::objects::types::type_data(&o.class()).is_some_and(|t| t.heap)
}

/// Whether CPython would have no dict object where gilpy has `d`, the instance dict of garbage
/// object `owner`, referenced by nothing else: attributes kept inline, or the lazily created
/// `__dict__` of a function or exception that never got an attribute.
fn dict_absent_in_cpython(owner: &Obj, d: &Value) -> bool {
    use crate::object::Payload as P;
    let only_owner = d.refcount() == 3 && d.obj().and_then(list_of) == Some(List::Collecting);
    let empty =
        matches!(d.payload(), Some(P::Dict(t)) if t.try_borrow().is_some_and(|t| t.is_empty()));
    only_owner
        && (has_inline_values(owner)
            || empty && matches!(owner.payload, P::Function(_) | P::Exception(_)))
}

/// The garbage CPython would have freed while finalizers ran, because they dropped its last
/// references (a closed generator's frame): CPython does not count it as collected.
fn freed_by_finalizers(garbage: &[NonNull<Obj>]) -> Vec<bool> {
    let mut lost = vec![0isize; garbage.len()];
    let mut freed = vec![false; garbage.len()];
    let mut stack: Vec<usize> = (0..garbage.len())
        .filter(|&i| obj_at(garbage[i]).rc.get() == 1)
        .collect();
    stack.iter().for_each(|&i| freed[i] = true);
    while let Some(i) = stack.pop() {
        obj_at(garbage[i]).traverse(&mut |v| {
            if let Some(j) = index_in(v, List::Collecting) {
                lost[j] += 1;
                if !freed[j] && obj_at(garbage[j]).rc.get() as isize - 1 - lost[j] <= 0 {
                    freed[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    freed
}

/// How many objects CPython would have found (see `dict_absent_in_cpython`,
/// `freed_by_finalizers` and `tracked_by_cpython`).
fn cpython_count(garbage: &[NonNull<Obj>]) -> usize {
    let freed = freed_by_finalizers(garbage);
    let mut absent = vec![false; garbage.len()];
    for (i, &p) in garbage.iter().enumerate() {
        let o = obj_at(p);
        absent[i] |= freed[i] || !tracked_by_cpython(o);
        if let Some(d) = o.existing_dict()
            && dict_absent_in_cpython(o, &d)
            && let Some(j) = index_in(&d, List::Collecting)
        {
            absent[j] = true;
        }
    }
    absent.iter().filter(|a| !**a).count()
}

/// Whether CPython would report `o` as tracked: atomic dicts are untracked (CPython's
/// `MAINTAIN_TRACKING`), as are tuples of atoms once a collection saw them, and the static
/// builtin types.
pub fn tracked_by_cpython(o: &Obj) -> bool {
    use crate::object::Payload as P;
    match list_of(o) {
        None | Some(List::Others) => false,
        Some(List::Static) if matches!(o.payload, P::Type(_)) => false,
        _ => match &o.payload {
            P::Dict(t) if o.dict().is_none() => t.try_borrow().is_none_or(|t| {
                t.iter()
                    .any(|(_, e)| may_be_tracked(&e.key) || may_be_tracked(&e.value))
            }),
            P::Tuple(items) if o.dict().is_none() => items.iter().any(may_be_tracked),
            _ => true,
        },
    }
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`.
fn may_be_tracked(v: &Value) -> bool {
    v.obj().is_some_and(|o| match &o.payload {
        crate::object::Payload::Tuple(_) => tracked_by_cpython(o),
        crate::object::Payload::Type(_) if list_of(o) == Some(List::Static) => false,
        _ => heap::is_container(o),
    })
}

/// Collect generation `g`; returns (collected, uncollectable) as CPython counts them.
fn collect_main(vm: &Vm, g: usize) -> (usize, usize) {
    let debug = {
        let mut h = heap();
        if g + 1 < NUM_GENERATIONS {
            h.counts[g + 1] += 1;
        }
        for i in 0..=g {
            h.counts[i] = 0;
        }
        h.debug
    };
    let garbage = deduce_unreachable(g);
    let old = List::generation((g + 1).min(NUM_GENERATIONS - 1));
    let mut collected = 0;
    if !garbage.is_empty() {
        collected += handle_weakrefs(vm, &garbage);
        finalize_garbage(&garbage);
        let still = handle_resurrected(old);
        collected += cpython_count(&still);
        if debug & DEBUG_COLLECTABLE != 0 {
            debug_collectable(vm, &still);
        }
        delete_garbage(vm, &still, debug & DEBUG_SAVEALL != 0);
        drop(garbage);
        heap().merge(List::Collecting, old);
    }
    let mut h = heap();
    h.stats[g].collections += 1;
    h.stats[g].collected += collected;
    (collected, 0)
}

/// Collect generation `g` with `gc.callbacks` told before and after; 0 while a collection is
/// already running (a finalizer calling `gc.collect()`).
pub fn collect(vm: &Vm, g: usize) -> usize {
    collect_with(vm, g, true)
}

/// A full collection at exit, as CPython's `_PyGC_CollectNoFail` while modules are torn
/// down: `gc.callbacks` are not called.
pub fn collect_at_exit(vm: &Vm) -> usize {
    collect_with(vm, NUM_GENERATIONS - 1, false)
}

fn collect_with(vm: &Vm, g: usize, callbacks: bool) -> usize {
    {
        let mut h = heap();
        if h.collecting {
            return 0;
        }
        h.collecting = true;
        h.scheduled = false;
    }
    if callbacks {
        crate::modules::gc::invoke_callbacks(vm, "start", g, 0, 0);
    }
    let saved = vm.exc_info.borrow().clone();
    let (collected, uncollectable) = collect_main(vm, g);
    drop(vm.exc_info.replace(saved));
    if callbacks {
        crate::modules::gc::invoke_callbacks(vm, "stop", g, collected, uncollectable);
    }
    heap().collecting = false;
    collected + uncollectable
}

/// The oldest generation over its threshold (CPython's `gc_collect_generations`), if any.
fn generation_due() -> Option<usize> {
    let h = heap();
    (0..NUM_GENERATIONS).rev().find(|&i| {
        h.counts[i] > h.thresholds[i]
            && !(i == NUM_GENERATIONS - 1 && h.long_lived_pending < h.long_lived_total / 4)
    })
}

/// Run a scheduled automatic collection (from the eval breaker).
pub fn collect_if_scheduled(vm: &Vm) {
    let scheduled = {
        let h = heap();
        h.scheduled && h.enabled && !h.collecting
    };
    if !scheduled {
        return;
    }
    vm.interp.gil.reset_break();
    match generation_due() {
        Some(g) => {
            collect(vm, g);
        }
        None => heap().scheduled = false,
    }
}
