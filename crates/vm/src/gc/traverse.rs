//! The references each object holds, enumerated and cleared: CPython's `tp_traverse` and
//! `tp_clear` slots, for every payload in one exhaustive match (a new payload variant does not
//! compile until it says what it holds).
//!
//! Traversal never fails: a cell mutably borrowed by native code at that moment is skipped,
//! which only makes the collector keep more (a reference it did not see counts as external).
//! Clearing takes the references out and returns them; the caller drops them once no borrow is
//! held, since dropping can run `__del__`.

use crate::frame::Frame;
use crate::frame_object::FrameObject;
use crate::object::{InstDict, Obj, Payload, Value};
use crate::objects::dict::DictTable;
use crate::objects::dict_views::DictView;
use crate::objects::iter::IterState;
use crate::objects::mappingproxy::MappingProxy;
use crate::objects::set::SetTable;
use crate::pycell::PyCell;
use std::any::Any;

/// A visitor of references.
pub type Visit<'a> = dyn FnMut(&Value) + 'a;

impl Obj {
    /// Visit every reference the object holds: its type, its instance dict, its payload's.
    pub fn traverse(&self, visit: &mut Visit<'_>) {
        // SAFETY: the collector's visits run no Python code and drop only what they take.
        unsafe { self.with_class_uncounted(|c| visit(c)) };
        if let Some(d) = self.dict().and_then(PyCell::try_borrow) {
            match &*d {
                InstDict::Dict(d) => visit(d),
                InstDict::Values(v) => v.values().for_each(&mut *visit),
            }
        }
        self.payload.traverse(visit);
    }

    /// Take out the references `clear()` may break a cycle with: the payload's and the
    /// attribute values kept without a dict (CPython's `subtype_clear`).
    pub fn clear(&self) -> Vec<Value> {
        let mut out = self.payload.clear();
        if let Some(mut d) = self.dict().and_then(PyCell::try_borrow_mut)
            && let InstDict::Values(v) = &mut *d
        {
            out.extend(v.take_all());
        }
        out
    }
}

fn visit_opt(v: &Option<Value>, visit: &mut Visit<'_>) {
    if let Some(v) = v {
        visit(v);
    }
}

fn visit_cell(c: &PyCell<Value>, visit: &mut Visit<'_>) {
    if let Some(v) = c.try_borrow() {
        visit(&v);
    }
}

fn visit_opt_cell(c: &PyCell<Option<Value>>, visit: &mut Visit<'_>) {
    if let Some(v) = c.try_borrow() {
        visit_opt(&v, visit);
    }
}

fn visit_all(vs: &[Value], visit: &mut Visit<'_>) {
    vs.iter().for_each(visit);
}

fn visit_dict(t: &DictTable, visit: &mut Visit<'_>) {
    for (_, e) in t.iter() {
        visit(&e.key);
        visit(&e.value);
    }
}

fn visit_set(t: &SetTable, visit: &mut Visit<'_>) {
    for (_, _, k) in t.iter() {
        visit(k);
    }
}

fn visit_frame(f: &Frame, visit: &mut Visit<'_>) {
    visit(&f.code);
    visit(&f.globals);
    visit(&f.builtins);
    visit_opt(&f.locals, visit);
    f.fast.iter().for_each(|v| visit_opt(v, visit));
    visit_all(&f.stack, visit);
}

fn visit_iter(s: &IterState, visit: &mut Visit<'_>) {
    match s {
        IterState::Seq { seq, .. }
        | IterState::Reversed { seq, .. }
        | IterState::Str { seq, .. }
        | IterState::StrReversed { seq, .. } => visit(seq),
        IterState::Range { .. } | IterState::Exhausted => {}
        IterState::BigRange {
            start,
            next,
            stop,
            step,
        } => {
            visit(start);
            visit(next);
            visit(stop);
            visit(step);
        }
        IterState::Dict { dict, .. } => visit(dict),
        IterState::Set { set, .. } => visit(set),
        IterState::Enumerate { iter, count } => {
            visit(iter);
            visit(count);
        }
        IterState::Zip { iters, .. } => visit_all(iters, visit),
        IterState::Map { func, iters } => {
            visit(func);
            visit_all(iters, visit);
        }
        IterState::Filter { func, iter } => {
            visit(func);
            visit(iter);
        }
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel);
        }
    }
}

impl Payload {
    /// Visit every reference the payload holds (`tp_traverse`).
    pub fn traverse(&self, visit: &mut Visit<'_>) {
        match self {
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
            | Payload::Module
            | Payload::Object => {}
            Payload::Tuple(items) => visit_all(items, visit),
            Payload::List(l) => {
                if let Some(l) = l.try_borrow() {
                    visit_all(&l, visit);
                }
            }
            Payload::Dict(t) => {
                if let Some(t) = t.try_borrow() {
                    visit_dict(&t, visit);
                }
            }
            Payload::Set(t) => {
                if let Some(t) = t.try_borrow() {
                    visit_set(&t, visit);
                }
            }
            Payload::FrozenSet(t) => visit_set(t, visit),
            Payload::Range(b) | Payload::Slice(b) => {
                visit(&b.start);
                visit(&b.stop);
                visit(&b.step);
            }
            Payload::Type(t) => {
                if let Some(c) = t.cache.try_borrow() {
                    c.iter().for_each(|e| visit(&e.name));
                }
                if let Some(b) = t.bases.try_borrow() {
                    visit_all(&b, visit);
                }
                if let Some(m) = t.mro.try_borrow() {
                    visit_all(&m, visit);
                }
            }
            Payload::Function(f) => {
                visit_cell(&f.code, visit);
                visit(&f.globals);
                visit(&f.builtins);
                visit_cell(&f.name, visit);
                visit_cell(&f.qualname, visit);
                visit_opt_cell(&f.defaults, visit);
                visit_opt_cell(&f.kwdefaults, visit);
                visit_opt(&f.closure, visit);
                visit_cell(&f.doc, visit);
                visit_cell(&f.module, visit);
                visit_opt_cell(&f.annotations, visit);
            }
            Payload::Builtin(b) => visit_opt(&b.bound, visit),
            Payload::Method(m) | Payload::Super(m) => {
                visit(&m.0);
                visit(&m.1);
            }
            Payload::Code(c) => {
                visit_all(&c.consts, visit);
                visit_all(&c.names, visit);
                visit_all(&c.varnames, visit);
                visit_all(&c.cell_free, visit);
                visit(&c.name);
                visit(&c.qualname);
                visit(&c.filename);
            }
            Payload::Cell(c) => c.inspect(|v| v.into_iter().for_each(visit)),
            Payload::Exception(e) => {
                visit_opt_cell(&e.args, visit);
                visit_opt_cell(&e.traceback, visit);
                visit_opt_cell(&e.cause, visit);
                visit_opt_cell(&e.context, visit);
            }
            Payload::Traceback(t) => {
                visit_opt_cell(&t.next, visit);
                visit(&t.code);
                visit(&t.globals);
                visit_opt_cell(&t.frame, visit);
            }
            Payload::Property(p) => {
                visit_all(&p.parts, visit);
                visit_opt_cell(&p.name, visit);
            }
            Payload::ClassMethod(v) | Payload::StaticMethod(v) => visit(v),
            Payload::Iter(s) => {
                if let Some(s) = s.try_borrow() {
                    visit_iter(&s, visit);
                }
            }
            Payload::Generator(g) => {
                visit(&g.name);
                visit(&g.qualname);
                visit(&g.code);
                g.exc_state.inspect(|e| e.map(&mut *visit));
                g.with_frame(|f| f.map(|f| visit_frame(f, visit)));
            }
            Payload::Native(n) => {
                native_traverse(n.as_ref(), visit);
            }
        }
    }

    /// Take out the references that can form cycles (`tp_clear`). Fields that never change
    /// after creation (a tuple's items, a function's code and globals, a bound method's pair)
    /// stay: a cycle through them always passes through a mutable container as well.
    pub fn clear(&self) -> Vec<Value> {
        let mut out = Vec::new();
        match self {
            Payload::List(l) => {
                if let Some(mut l) = l.try_borrow_mut() {
                    out = std::mem::take(&mut *l);
                }
            }
            Payload::Dict(t) => {
                if let Some(mut t) = t.try_borrow_mut() {
                    for e in t.take_all() {
                        out.push(e.key);
                        out.push(e.value);
                    }
                }
            }
            Payload::Set(t) => {
                if let Some(mut t) = t.try_borrow_mut() {
                    out = t.take_all();
                }
            }
            Payload::Type(t) => {
                if let Some(mut c) = t.cache.try_borrow_mut() {
                    out.extend(c.drain(..).map(|e| e.name));
                }
                crate::objects::type_bases::leave_bases(t);
                take_vec(&t.bases, &mut out);
                take_vec(&t.mro, &mut out);
            }
            Payload::Function(f) => {
                take_opt(&f.defaults, &mut out);
                take_opt(&f.kwdefaults, &mut out);
                take_opt(&f.annotations, &mut out);
            }
            Payload::Cell(c) => out.extend(c.replace(None)),
            Payload::Property(p) => take_opt(&p.name, &mut out),
            Payload::Exception(e) => {
                take_opt(&e.args, &mut out);
                take_opt(&e.traceback, &mut out);
                take_opt(&e.cause, &mut out);
                take_opt(&e.context, &mut out);
            }
            Payload::Traceback(t) => {
                take_opt(&t.next, &mut out);
                take_opt(&t.frame, &mut out);
            }
            Payload::Iter(s) => {
                if let Some(mut s) = s.try_borrow_mut() {
                    let old = std::mem::replace(&mut *s, IterState::Exhausted);
                    drop(s);
                    visit_iter(&old, &mut |v| out.push(v.clone()));
                }
            }
            Payload::Generator(g) => {
                out.extend(g.exc_state.replace(None));
                if !g.running.get()
                    && let Some(frame) = g.take_frame()
                {
                    take_frame(*frame, &mut out);
                }
            }
            Payload::Native(n) => native_clear(n.as_ref(), &mut out),
            _ => {}
        }
        out
    }
}

fn take_vec(c: &PyCell<Vec<Value>>, out: &mut Vec<Value>) {
    if let Some(mut v) = c.try_borrow_mut() {
        out.append(&mut v);
    }
}

fn take_opt(c: &PyCell<Option<Value>>, out: &mut Vec<Value>) {
    if let Some(mut v) = c.try_borrow_mut()
        && let Some(v) = v.take()
    {
        out.push(v);
    }
}

/// Move a released generator frame's references out (its locals and stack).
fn take_frame(f: Frame, out: &mut Vec<Value>) {
    out.push(f.code);
    out.push(f.globals);
    out.push(f.builtins);
    out.extend(f.locals);
    out.extend(f.fast.into_iter().flatten());
    out.extend(f.stack);
}

/// Whether a native payload holds references (is listed below).
pub fn native_has_references(n: &dyn Any) -> bool {
    native_traverse(n, &mut |_| {})
}

/// The native payloads that hold references: dict views and mapping proxies (their mapping),
/// memoryviews (their exporter), weak references (their callback), frame objects (code,
/// globals, `f_back`, the locals they own), the awaitables of async generators (`asend`,
/// `athrow`, the wrapped yielded value), `anext(it, default)` awaitables and
/// `coroutine.__await__()` wrappers. Other native payloads (locks, files, random states) are
/// leaves; a module type that holds references adds its line here. Returns whether `n` is one
/// of them.
fn native_traverse(n: &dyn Any, visit: &mut Visit<'_>) -> bool {
    if let Some(v) = n.downcast_ref::<DictView>() {
        visit(&v.dict);
    } else if let Some(p) = n.downcast_ref::<MappingProxy>() {
        visit(&p.mapping);
    } else if let Some(m) = n.downcast_ref::<crate::objects::memoryview::MemoryView>() {
        visit(crate::objects::memoryview::exporter(m));
    } else if let Some(w) = n.downcast_ref::<super::weakref::WeakRef>() {
        w.traverse(visit);
    } else if let Some(f) = n.downcast_ref::<FrameObject>() {
        f.traverse(visit);
    } else {
        return crate::objects::coroutine_asyncgen::traverse(n, visit)
            || crate::modules::builtins_async::traverse(n, visit)
            || crate::objects::coroutine::traverse(n, visit);
    }
    true
}

fn native_clear(n: &dyn Any, out: &mut Vec<Value>) {
    if let Some(w) = n.downcast_ref::<super::weakref::WeakRef>() {
        out.extend(w.take_callback());
    } else if let Some(f) = n.downcast_ref::<FrameObject>() {
        f.clear(out);
    }
}
