//! Weak references: the `ref` payload and each object's weak list, kept in a side table keyed
//! by the referent's address (the object header only has a flag saying the object has one).
//! Counterpart of CPython's `Objects/weakrefobject.c` (`PyObject_ClearWeakRefs`,
//! `_PyWeakref_ClearRef`, the basic-ref reuse and the list order).
//!
//! A weak list is ordered as CPython's: the basic ref (exact `ref`, no callback) first, then
//! the others, newest first; callbacks run in that order when the referent dies.

use super::heap::GilStatic;
use super::traverse::Visit;
use crate::object::{Obj, Payload, Value};
use crate::pycell::PyCell;
use crate::rc::HAS_WEAKREFS;
use crate::vm::Vm;
use std::cell::Cell;
use std::collections::HashMap;
use std::ptr::NonNull;

/// The payload of a weak reference object.
pub struct WeakRef {
    /// The referent's address; 0 once it died or the reference was cleared.
    referent: Cell<usize>,
    callback: PyCell<Option<Value>>,
    /// `hash(ref)`: the referent's hash, kept once computed.
    pub hash: Cell<Option<i64>>,
}

/// Referent address → its weak reference objects (uncounted pointers: each one leaves the
/// list when it is freed).
static WEAKLISTS: GilStatic<Option<HashMap<usize, Vec<NonNull<Obj>>>>> = GilStatic::new(None);

fn with_lists<R>(f: impl FnOnce(&mut HashMap<usize, Vec<NonNull<Obj>>>) -> R) -> R {
    let mut g = WEAKLISTS.get();
    f(g.get_or_insert_with(HashMap::new))
}

/// The `WeakRef` payload of `v`, if it is a weak reference.
pub fn weakref_of(v: &Value) -> Option<&WeakRef> {
    match v.payload() {
        Some(Payload::Native(n)) => n.downcast_ref::<WeakRef>(),
        _ => None,
    }
}

fn weakref_of_obj(o: &Obj) -> Option<&WeakRef> {
    match &o.payload {
        Payload::Native(n) => n.downcast_ref::<WeakRef>(),
        _ => None,
    }
}

impl WeakRef {
    pub fn traverse(&self, visit: &mut Visit<'_>) {
        if let Some(c) = self.callback.try_borrow()
            && let Some(c) = c.as_ref()
        {
            visit(c);
        }
    }

    pub fn take_callback(&self) -> Option<Value> {
        self.callback.try_borrow_mut().and_then(|mut c| c.take())
    }

    pub fn callback(&self) -> Option<Value> {
        self.callback.borrow().clone()
    }

    /// The referent, while it is alive (`ref()`); an object whose count already reached zero
    /// (queued for freeing) is dead too.
    pub fn get(&self) -> Option<Value> {
        let p = NonNull::new(self.referent.get() as *mut Obj)?;
        // SAFETY: a non-zero referent is alive: `clear_on_free` zeroes it before the referent
        // is freed.
        let alive = unsafe { p.as_ref() }.rc.get() > 0;
        alive.then(|| Value::new_ref(p))
    }

    pub fn is_dead(&self) -> bool {
        self.referent.get() == 0
    }
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let addr = self.referent.get();
        if addr == 0 {
            return;
        }
        let me = self as *const WeakRef;
        with_lists(|lists| {
            let Some(list) = lists.get_mut(&addr) else {
                return;
            };
            // SAFETY: the listed weak references are alive, except this one, which is being
            // dropped and is compared by its payload's address only.
            list.retain(|p| {
                !weakref_of_obj(unsafe { p.as_ref() }).is_some_and(|w| std::ptr::eq(w, me))
            });
            if list.is_empty() {
                lists.remove(&addr);
                // SAFETY: the referent is alive while its weak list is not empty.
                let o = unsafe { &*(addr as *const Obj) };
                o.rc.set_flags(o.rc.flags() & !HAS_WEAKREFS);
            }
        });
    }
}

/// `hash(ref)`: the referent's hash, computed once while it is alive.
pub fn hash(vm: &Vm, r: &Value) -> crate::vm::PyResult<i64> {
    let Some(w) = weakref_of(r) else {
        return Ok(crate::hash::hash_pointer(r.id()));
    };
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let target = w
        .get()
        .ok_or_else(|| vm.type_error("weak object has gone away"))?;
    let h = crate::ops::hash(vm, &target)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// Whether `v` can be weakly referenced (CPython's `tp_weaklistoffset`).
pub fn supports_weakrefs(v: &Value) -> bool {
    let Some(o) = v.obj() else { return false };
    if crate::objects::types::type_data(&o.class()).is_some_and(|t| t.heap) {
        return true;
    }
    matches!(
        o.payload,
        Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::Method(_)
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::Code(_)
            | Payload::Module
    )
}

/// A weak reference to `target` of class `cls` (`ref` or a subclass). A basic one (exact class
/// `basic`, no callback) is shared, as CPython returns the existing one.
pub fn new_weakref(
    vm: &Vm,
    cls: &Value,
    basic: &Value,
    target: &Value,
    callback: Option<Value>,
) -> crate::vm::PyResult<Value> {
    if !supports_weakrefs(target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    }
    Ok(new_weakref_any(cls, basic, target, callback))
}

/// A weak reference to any object, those Python code cannot refer to weakly included (the
/// interpreter's own watches, as `run.rs`'s on the modules at exit).
pub fn new_weakref_any(
    cls: &Value,
    basic: &Value,
    target: &Value,
    callback: Option<Value>,
) -> Value {
    let addr = target.id();
    let is_basic = callback.is_none() && cls.is(basic);
    if is_basic && let Some(existing) = find_basic(addr, basic) {
        return existing;
    }
    let w = WeakRef {
        referent: Cell::new(addr),
        callback: PyCell::new(callback),
        hash: Cell::new(None),
    };
    let dict = crate::objects::types::type_data(cls)
        .is_some_and(|t| t.instance_has_dict())
        .then(crate::objects::dict::new_dict);
    let r = Value::alloc_with_dict(cls.clone(), dict, Payload::Native(Box::new(w)));
    let Some(rp) = r.obj_ptr() else {
        return r;
    };
    with_lists(|lists| {
        let list = lists.entry(addr).or_default();
        let basic_first = list.first().is_some_and(|p| {
            // SAFETY: listed weak references are alive.
            let o = unsafe { p.as_ref() };
            o.class_is(basic) && weakref_of_obj(o).is_some_and(|w| w.callback().is_none())
        });
        let at = if is_basic {
            0
        } else {
            usize::from(basic_first)
        };
        list.insert(at, rp);
    });
    if let Some(o) = target.obj() {
        o.rc.set_flags(o.rc.flags() | HAS_WEAKREFS);
    }
    r
}

fn find_basic(addr: usize, basic: &Value) -> Option<Value> {
    with_lists(|lists| {
        let p = *lists.get(&addr)?.first()?;
        // SAFETY: listed weak references are alive.
        let o = unsafe { p.as_ref() };
        let w = weakref_of_obj(o)?;
        (o.class_is(basic) && w.callback().is_none() && o.rc.get() > 0).then(|| Value::new_ref(p))
    })
}

/// The weak references to the object at `addr`, in list order (`getweakrefs`).
pub fn weakrefs_to(addr: usize) -> Vec<Value> {
    with_lists(|lists| {
        lists.get(&addr).map_or_else(Vec::new, |l| {
            l.iter()
                // SAFETY: listed weak references are alive.
                .filter(|p| unsafe { p.as_ref() }.rc.get() > 0)
                .map(|p| Value::new_ref(*p))
                .collect()
        })
    })
}

/// Kill every weak reference to `obj` and return them (counted) with their callbacks.
pub fn detach_all(obj: NonNull<Obj>) -> Vec<(Value, Option<Value>)> {
    let addr = obj.as_ptr() as usize;
    // SAFETY: the caller's object is not freed yet.
    let o = unsafe { obj.as_ref() };
    o.rc.set_flags(o.rc.flags() & !HAS_WEAKREFS);
    let list = with_lists(|lists| lists.remove(&addr)).unwrap_or_default();
    list.into_iter()
        .filter_map(|p| {
            // SAFETY: listed weak references are alive.
            let wo = unsafe { p.as_ref() };
            let w = weakref_of_obj(wo)?;
            w.referent.set(0);
            let cb = w.take_callback();
            if wo.rc.get() == 0 {
                return None;
            }
            Some((Value::new_ref(p), cb))
        })
        .collect()
}

/// Kill a weak reference whose own object is garbage, without calling its callback.
pub fn clear_ref(w: &Obj) {
    let Some(wr) = weakref_of_obj(w) else { return };
    let addr = wr.referent.get();
    if addr == 0 {
        return;
    }
    let me = w as *const Obj;
    with_lists(|lists| {
        if let Some(list) = lists.get_mut(&addr) {
            list.retain(|p| !std::ptr::eq(p.as_ptr(), me));
            if list.is_empty() {
                lists.remove(&addr);
                // SAFETY: the referent is alive while its weak list was not empty.
                let o = unsafe { &*(addr as *const Obj) };
                o.rc.set_flags(o.rc.flags() & !HAS_WEAKREFS);
            }
        }
    });
    wr.referent.set(0);
}

/// The referent is being freed: kill its weak references, then call their callbacks in list
/// order (CPython's `PyObject_ClearWeakRefs`).
pub(crate) fn clear_on_free(obj: NonNull<Obj>) {
    let refs = detach_all(obj);
    if refs.iter().all(|(_, cb)| cb.is_none()) {
        return;
    }
    crate::vm::with_current_vm(|vm| call_callbacks(vm, refs));
}

/// Call `callback(ref)` for each dead reference; errors are reported as unraisable.
pub fn call_callbacks(vm: &Vm, refs: Vec<(Value, Option<Value>)>) {
    for (r, cb) in refs {
        if let Some(cb) = cb
            && let Err(e) = crate::ops::call(vm, &cb, std::slice::from_ref(&r), &[])
        {
            crate::run::print_unraisable(vm, &e.0, &cb);
        }
    }
}
