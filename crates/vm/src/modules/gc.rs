//! The `gc` module: control of the cycle collector and introspection of tracked objects.
//! Counterpart of CPython's `Modules/gcmodule.c` (its Python-facing half).
//!
//! Differences from CPython, where its answer is an implementation accident:
//! - `is_tracked` on a dict answers whether it holds anything that may be tracked now (CPython
//!   untracks atomic dicts lazily, so a dict that once held a container stays tracked until the
//!   next full collection); on a tuple, whether it holds such an item (CPython's constant tuples
//!   are untracked, new ones until a collection sees them).
//! - `get_referrers` finds no frames: gilpy's frames are not objects.
//! - `get_referents` of an instance lists its class and its `__dict__` (CPython 3.11 lists the
//!   attribute values of an instance whose dict was never materialised).

use crate::gc::heap::{List, NUM_GENERATIONS, heap, list_of, objects_on};
use crate::gc::{
    self, DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, tracked_by_cpython,
};
use crate::gc::{DEBUG_UNCOLLECTABLE, heap::GilStatic};
use crate::object::{InstDict, Obj, Payload, Value};
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::intern;
use crate::objects::{dict_ops, int, list_ops, tuple_ops};
use crate::vm::{PyResult, Vm};

/// `gc.garbage` and `gc.callbacks`, which the collector itself reads.
struct ModuleLists {
    garbage: Value,
    callbacks: Value,
}

static LISTS: GilStatic<Option<ModuleLists>> = GilStatic::new(None);

/// `gc.garbage`, once the module exists.
pub fn garbage() -> Option<Value> {
    LISTS.get().as_ref().map(|l| l.garbage.clone())
}

fn callbacks() -> Option<Value> {
    LISTS.get().as_ref().map(|l| l.callbacks.clone())
}

/// Call each of `gc.callbacks` with `phase` ("start" or "stop") and the info dict.
pub fn invoke_callbacks(vm: &Vm, phase: &str, g: usize, collected: usize, uncollectable: usize) {
    let Some(cbs) = callbacks() else { return };
    let cbs = list_ops::items(&cbs);
    if cbs.is_empty() {
        return;
    }
    let info = crate::objects::dict::new_dict();
    for (k, v) in [
        ("generation", g),
        ("collected", collected),
        ("uncollectable", uncollectable),
    ] {
        let _ = dict_ops::set_item(vm, &info, intern(k), int::from_usize(v));
    }
    let phase = intern(phase);
    for cb in cbs {
        if let Err(e) = crate::ops::call(vm, &cb, &[phase.clone(), info.clone()], &[]) {
            crate::run::print_unraisable(vm, &e.0, &cb);
        }
    }
}

fn generation_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    int::as_i64(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn collect(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "collect", &["generation"])?;
    let a = args.count(vm, "collect", 0, 1)?;
    let g = match a.first().or_else(|| args.kw("generation")) {
        Some(v) => generation_arg(vm, v)?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&g) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(int::from_usize(gc::collect(vm, g as usize)))
}

fn enable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "enable", 0, 0)?;
    heap().enabled = true;
    Ok(vm.none())
}

fn disable(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "disable", 0, 0)?;
    let mut h = heap();
    h.enabled = false;
    h.scheduled = false;
    Ok(vm.none())
}

fn isenabled(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "isenabled", 0, 0)?;
    let on = heap().enabled;
    Ok(vm.bool(on))
}

fn usize_tuple(vs: [usize; NUM_GENERATIONS]) -> Value {
    tuple_ops::new_tuple(vs.iter().map(|&v| int::from_usize(v)).collect())
}

fn get_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_count", 0, 0)?;
    let c = heap().counts;
    Ok(usize_tuple(c))
}

fn get_threshold(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_threshold", 0, 0)?;
    let t = heap().thresholds;
    Ok(usize_tuple(t))
}

fn set_threshold(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let a = args.pos();
    if a.is_empty() || a.len() > NUM_GENERATIONS {
        let msg = if a.is_empty() {
            "set_threshold() takes at least 1 argument (0 given)".to_owned()
        } else {
            format!(
                "set_threshold() takes at most 3 arguments ({} given)",
                a.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    let mut new = heap().thresholds;
    for (i, v) in a.iter().enumerate() {
        let t = generation_arg(vm, v)?;
        new[i] = usize::try_from(t).unwrap_or(0);
    }
    heap().thresholds = new;
    Ok(vm.none())
}

fn is_tracked(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "is_tracked", 1, 1)?;
    Ok(vm.bool(a[0].obj().is_some_and(tracked_by_cpython)))
}

fn is_finalized(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "is_finalized", 1, 1)?;
    let done = a[0]
        .obj()
        .is_some_and(|o| list_of(o).is_some() && crate::rc::is_finalized(o));
    Ok(vm.bool(done))
}

const GENERATIONS: [List; 3] = [List::Gen0, List::Gen1, List::Gen2];

fn get_objects(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_keywords(vm, "get_objects", &["generation"])?;
    let a = args.count(vm, "get_objects", 0, 1)?;
    let lists: Vec<List> = match a.first().or_else(|| args.kw("generation")) {
        Some(v) if !vm.is_none(v) => {
            let g = generation_arg(vm, v)?;
            if g >= NUM_GENERATIONS as i64 {
                return Err(vm.value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            vec![List::generation(g as usize)]
        }
        _ => GENERATIONS.to_vec(),
    };
    let objs: Vec<Value> = objects_on(&lists)
        .into_iter()
        .filter(|v| v.obj().is_some_and(tracked_by_cpython))
        .collect();
    Ok(list_ops::new_list(objs))
}

/// What `o` refers to, in CPython's order: an instance's attributes (dict or kept values)
/// before its class (`subtype_traverse`), except exceptions, whose own traversal visits
/// the class first.
fn referents_of(o: &Obj) -> Vec<Value> {
    let mut out = Vec::new();
    let heap_class = crate::objects::types::type_data(&o.class()).is_some_and(|t| t.heap);
    let class_first = matches!(o.payload, Payload::Exception(_));
    if heap_class && class_first {
        out.push(o.class());
    }
    crate::objects::bootstrap::ready(o);
    if let Some(d) = o.dict().and_then(|d| d.try_borrow()) {
        match &*d {
            InstDict::Dict(d) => out.push(d.clone()),
            InstDict::Values(v) => out.extend(v.values().cloned()),
        }
    }
    if heap_class && !class_first {
        out.push(o.class());
    }
    if let Payload::Dict(t) = &o.payload
        && let Some(t) = t.try_borrow()
        && t.iter()
            .all(|(_, e)| e.key.class_is(&crate::types::builtin().str_))
    {
        // CPython's `dict_traverse` skips keys when all are exact strings.
        out.extend(t.iter().map(|(_, e)| e.value.clone()));
        return out;
    }
    o.payload.traverse(&mut |v| out.push(v.clone()));
    out
}

fn get_referents(_vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    for v in args.pos() {
        if let Some(o) = v
            .obj()
            .filter(|o| list_of(o).is_some_and(|l| l != List::Others))
        {
            out.extend(referents_of(o));
        }
    }
    Ok(list_ops::new_list(out))
}

fn get_referrers(_vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let targets = args.pos();
    let out: Vec<Value> = objects_on(&GENERATIONS)
        .into_iter()
        .filter(|c| {
            let mut hit = false;
            if let Some(o) = c.obj() {
                o.traverse(&mut |v| hit |= targets.iter().any(|t| t.is(v)));
            }
            hit
        })
        .collect();
    Ok(list_ops::new_list(out))
}

fn freeze(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "freeze", 0, 0)?;
    let mut h = heap();
    for l in GENERATIONS {
        h.merge(l, List::Permanent);
    }
    h.counts[0] = 0;
    Ok(vm.none())
}

fn unfreeze(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "unfreeze", 0, 0)?;
    heap().merge(List::Permanent, List::Gen2);
    Ok(vm.none())
}

fn get_freeze_count(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_freeze_count", 0, 0)?;
    let n = heap().list(List::Permanent).len();
    Ok(int::from_usize(n))
}

fn get_stats(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_stats", 0, 0)?;
    let stats = heap().stats;
    let mut out = Vec::new();
    for s in stats {
        let d = crate::objects::dict::new_dict();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            dict_ops::set_item(vm, &d, intern(k), int::from_usize(v))?;
        }
        out.push(d);
    }
    Ok(list_ops::new_list(out))
}

fn set_debug(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "set_debug", 1, 1)?;
    let flags = generation_arg(vm, &a[0])?;
    heap().debug = flags as u32;
    Ok(vm.none())
}

fn get_debug(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    args.positional_only(vm, "get_debug", 0, 0)?;
    let d = heap().debug;
    Ok(int::from_i64(i64::from(d)))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("get_objects", get_objects),
    ("get_referrers", get_referrers),
    ("get_referents", get_referents),
    ("is_tracked", is_tracked),
    ("is_finalized", is_finalized),
    ("freeze", freeze),
    ("unfreeze", unfreeze),
    ("get_freeze_count", get_freeze_count),
    ("get_stats", get_stats),
    ("set_debug", set_debug),
    ("get_debug", get_debug),
];

pub fn init(_vm: &Vm, m: &Value) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        set_attr(m, name, new_builtin(name, *f));
    }
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        set_attr(m, name, int::from_i64(i64::from(v)));
    }
    let mut lists = LISTS.get();
    let l = lists.get_or_insert_with(|| ModuleLists {
        garbage: list_ops::new_list(Vec::new()),
        callbacks: list_ops::new_list(Vec::new()),
    });
    set_attr(m, "garbage", l.garbage.clone());
    set_attr(m, "callbacks", l.callbacks.clone());
    Ok(())
}
