//! Inline caches of `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`: what the type said about a
//! name, remembered per instruction for up to `WAYS` types at one type version each (PEP 659's
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD_WITH_DICT`;
//! CPython's `Python/specialize.c`; polymorphic as V8's inline caches).
//!
//! An entry holds no reference: the type is known by its address, valid only while the global
//! type version is the one recorded (creating a type or assigning a class attribute bumps it, so
//! a new type at a freed type's address never matches), and the method is looked up again
//! through the type's method cache. So caching changes no reference count.
//!
//! Layout: one entry per instruction, then a header whose `key` counts the pool entries handed
//! out, then a pool of `WAYS - 1` entries per attribute instruction. A site that meets a second
//! type takes a block from the pool (its first entry's `more` says where), so monomorphic sites
//! cost one entry and the pool is touched only by polymorphic ones.

use crate::object::{InstDict, Obj, Payload, Value};
use crate::objects::dict::{DictTable, Probe};
use crate::objects::function::Code;
use crate::objects::instance_values::InstanceValues;
use crate::objects::slots;
use crate::objects::str::as_pystr;
use crate::objects::types;
use crate::ops;
use crate::ops::call::Inline;
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_bytecode::Opcode;
use std::cell::Cell;
use std::ptr::NonNull;

/// What one instruction learnt about its attribute name on one type.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum AttrKind {
    #[default]
    Empty,
    /// No `__getattribute__`/`__setattr__` of the class's own and no data descriptor for the
    /// name: reading (or writing) the instance dict is the whole of the protocol when the
    /// instance dict has the name.
    InstanceDict,
    /// A plain function (or method descriptor) in the MRO, no `__getattribute__` of the class's
    /// own: `LOAD_METHOD` pushes it unbound unless the instance dict shadows it.
    Method,
    /// `LOAD_ATTR` of a plain instance: a class attribute that is not a data descriptor (a
    /// function, a constant, a `classmethod`), bound (`object.__getattribute__`'s last step)
    /// unless the instance's own attributes shadow it. `method` is the attribute, or `None`
    /// for an inline int, kept in `index`.
    ClassAttr,
    /// `ClassAttr` of an attribute that binds to itself (a constant): the value is the answer
    /// unless the instance's own attributes shadow it.
    ClassValue,
    /// `LOAD_ATTR` of a plain instance: a data descriptor of the class (a `property`, a
    /// `__slots__` member), which wins over the instance's own attributes.
    DataDescr,
    /// `DataDescr` of an exact `property` on a class without `__getattr__`: a getter that is a
    /// plain Python function runs as an inlined frame (`inline_getter`).
    PropertyFrame,
    /// `LOAD_ATTR`/`LOAD_METHOD` of a class object (`C.k`, `C.m(o)`) whose metatype has no
    /// attribute of that name and no `__getattribute__` of its own: the attribute found along the
    /// class's MRO, which reading it through the class gives back unchanged (a function, a
    /// constant). The entry is keyed by the class object's own address, not its type's
    /// (CPython 3.12's `LOAD_ATTR_CLASS`); `method` and `index` as for `ClassValue`.
    TypeAttr,
    /// `super().name(...)` run without the `super` object (`names::super_method`): the plain
    /// method after class `owner` (`__class__`) in the MRO of the type `class`.
    SuperMethod,
    /// `LOAD_ATTR`/`LOAD_METHOD` of a global of a module (exact `module` type, whose class
    /// defines nothing of that name): entry `index` of the dict at address `method` while that
    /// dict keeps `version` (a dict version, not the type version: CPython's
    /// `LOAD_ATTR_MODULE`).
    ModuleGlobal,
}

/// One cache entry: what an instruction learnt for one type.
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// The type's address (`Value::id`); 0 when empty.
    class: usize,
    /// The global type version when the entry was filled.
    version: u64,
    kind: AttrKind,
    /// Where the name was last found in an instance dict object's entries (`ClassAttr` of an
    /// inline int: its value).
    index: u32,
    /// `InstanceDict`: the name's index in the class's shared keys (`NO_KEY` until known).
    /// `Method`: how many shared keys the class had when the name was not among them.
    /// The header: how many pool entries were handed out.
    key: u32,
    /// An instruction's own entry: where its block of `WAYS - 1` more entries starts in the
    /// cache array (0: none yet).
    more: u32,
    /// `Method`: the method's address. Not a reference: the class's MRO holds the method in a
    /// class dict, and every change to a class dict (assignment, deletion, the collector
    /// clearing a class or a dict) bumps the type version, so while `version` is current the
    /// method is alive (as CPython's `LOAD_METHOD_WITH_VALUES` keeps a borrowed descriptor).
    method: Option<NonNull<Obj>>,
    /// `SuperMethod`: the address of the class the search starts after (0 otherwise).
    owner: usize,
}

const NO_KEY: u32 = u32::MAX;

/// How many types one instruction remembers (CPython's and V8's polymorphic caches keep 4).
const WAYS: usize = 4;

/// Where an instance's own value was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    /// An entry of its dict object.
    Entry(u32),
    /// An index of its class's shared keys.
    Key(u32),
}

/// The cache array of `code` (made on first use): see the module comment for its layout.
#[inline(always)]
fn entries(code: &Code) -> &[Cell<AttrCache>] {
    code.attr_cache.get_or_init(|| new_entries(code))
}

/// A new cache array for `code`: its entries, the header and the pool, all empty.
#[cold]
#[inline(never)]
fn new_entries(code: &Code) -> Box<[Cell<AttrCache>]> {
    let sites = code
        .instrs
        .iter()
        .filter(|(op, _)| {
            matches!(
                op,
                Opcode::LOAD_ATTR | Opcode::STORE_ATTR | Opcode::LOAD_METHOD
            )
        })
        .count();
    let len = code.instrs.len() + 1 + sites * (WAYS - 1);
    vec![Cell::new(AttrCache::default()); len].into()
}

/// Whether `e` was filled for a type of address `class` at the current version.
#[inline(always)]
fn matches(e: &AttrCache, class: usize) -> bool {
    e.kind != AttrKind::Empty && e.class == class && e.version == types::version()
}

/// The entry of instruction `i` filled for the type of `obj` at the current version: the fast
/// paths' check, its own (first) entry inline, as cheap as a monomorphic cache's, a polymorphic
/// site's block out of line. Callers check the kind, so an empty entry, of class 0, never
/// matches.
#[inline(always)]
fn hit_first<'c>(code: &'c Code, i: usize, obj: &Obj) -> Option<&'c Cell<AttrCache>> {
    let all = code.attr_cache.get()?;
    let c = all.get(i)?;
    let class = obj.class_id();
    let e = c.get();
    if e.class == class && e.version == types::version() {
        return Some(c);
    }
    if e.more == 0 {
        return None;
    }
    hit_more(all, e.more as usize, class).and_then(|s| all.get(s))
}

/// The slot and entry of instruction `i` filled for `obj`'s type at the current version.
#[inline(always)]
fn hit(code: &Code, i: usize, obj: &Value) -> Option<(usize, AttrCache)> {
    let all = entries(code);
    let e = all.get(i)?.get();
    let class = obj.class_id();
    if matches(&e, class) {
        return Some((i, e));
    }
    if e.more == 0 {
        return None;
    }
    let s = hit_more(all, e.more as usize, class)?;
    Some((s, all.get(s)?.get()))
}

/// The slot of a polymorphic site's block filled for type `class` at the current version (the
/// version read once; an empty entry has class 0, which no type has).
#[inline(never)]
fn hit_more(all: &[Cell<AttrCache>], start: usize, class: usize) -> Option<usize> {
    let version = types::version();
    let block = all.get(start..start + WAYS - 1)?;
    let at = block.iter().position(|c| {
        let e = c.get();
        e.class == class && e.version == version
    })?;
    Some(start + at)
}

/// The slot instruction `i` fills for a type of address `class` at `version`: the type's own
/// entry, else an empty or outdated one, else (a block taken from the pool when the site has
/// none yet) the last of its block.
fn slot_for(code: &Code, i: usize, class: usize, version: u64) -> Option<usize> {
    let all = entries(code);
    let first = all.get(i)?.get();
    let free =
        |e: &AttrCache| e.kind == AttrKind::Empty || e.version != version || e.class == class;
    if free(&first) {
        return Some(i);
    }
    let start = match first.more {
        0 => take_block(all, code.instrs.len(), i)?,
        m => m as usize,
    };
    let block = start..start + WAYS - 1;
    block
        .clone()
        .find(|&s| all.get(s).is_some_and(|c| free(&c.get())))
        .or(Some(block.end - 1))
}

/// Hand instruction `i` its block of the pool after the header at `header`; `None` when the
/// pool is spent (it is not: it has a block per attribute instruction, each takes one at most).
fn take_block(all: &[Cell<AttrCache>], header: usize, i: usize) -> Option<usize> {
    let head = all.get(header)?;
    let start = header + 1 + head.get().key as usize;
    if start + WAYS - 1 > all.len() {
        return None;
    }
    head.set(AttrCache {
        key: head.get().key + (WAYS - 1) as u32,
        ..head.get()
    });
    let first = all.get(i)?;
    first.set(AttrCache {
        more: start as u32,
        ..first.get()
    });
    Some(start)
}

fn fill(code: &Code, i: usize, obj: &Value, version: u64, kind: AttrKind, key: u32) {
    fill_entry(
        code,
        i,
        obj,
        AttrCache {
            version,
            kind,
            key,
            ..AttrCache::default()
        },
    );
}

/// Store `entry` (its `class` set to `obj`'s type here) in the slot instruction `i` fills for
/// `obj`.
fn fill_entry(code: &Code, i: usize, obj: &Value, entry: AttrCache) {
    let class = obj.class_id();
    fill_keyed(code, i, AttrCache { class, ..entry });
}

/// Update entry `slot`'s hint when the value was found elsewhere than it said (read as `e`;
/// left alone if it was refilled since, as a `__del__` run by a store may do).
#[inline]
fn remember(code: &Code, slot: usize, e: AttrCache, found: Found) {
    let Some(c) = entries(code).get(slot) else {
        return;
    };
    let now = c.get();
    if now.class != e.class || now.version != e.version || now.kind != e.kind {
        return;
    }
    let updated = match found {
        Found::Entry(index) if index != e.index => AttrCache { index, ..now },
        Found::Key(key) if key != e.key => AttrCache { key, ..now },
        _ => return,
    };
    c.set(updated);
}

/// The shared-keys index of `name` in `obj`'s class, or `NO_KEY`.
fn key_of(obj: &Value, name: &Value) -> u32 {
    let class = obj.class();
    let keys = types::type_data(&class).map(|td| td.shared_keys.borrow());
    keys.and_then(|k| k.find(name))
        .map_or(NO_KEY, |ix| ix as u32)
}

/// The shared-keys index of `name` in `obj`'s class, using the entry's if known.
#[inline]
fn key_index(obj: &Value, name: &Value, key: u32) -> Option<usize> {
    if key != NO_KEY {
        return Some(key as usize);
    }
    types::type_data(&obj.class())?
        .shared_keys
        .borrow()
        .find(name)
}

/// The entry index of `name` in `t`, trying `hint` first; `None` when absent or when deciding
/// would need Python-level `__eq__`.
#[inline]
fn find_str(t: &DictTable, name: &Value, hint: u32) -> Option<usize> {
    if t.entry(hint as usize).is_some_and(|e| e.key.is(name)) {
        return Some(hint as usize);
    }
    match t.probe(name, as_pystr(name)?.hash()) {
        Probe::Found(ix) => Some(ix),
        _ => None,
    }
}

/// The instance's own value for `name` (its kept values or its dict), read natively.
#[inline]
fn instance_value(obj: &Value, name: &Value, e: &AttrCache) -> Option<(Value, Found)> {
    let cell = obj.obj()?.dict()?;
    let slot = cell.borrow();
    match &*slot {
        InstDict::Values(v) => {
            let ix = key_index(obj, name, e.key)?;
            Some((v.get(ix)?.clone(), Found::Key(ix as u32)))
        }
        InstDict::Dict(d) => {
            let Some(Payload::Dict(t)) = d.payload() else {
                return None;
            };
            let t = t.borrow();
            let ix = find_str(&t, name, e.index)?;
            Some((t.entry(ix)?.value.clone(), Found::Entry(ix as u32)))
        }
    }
}

/// What the type of `obj` says about reading `name` (at the current type version). A slot's
/// member descriptor says "the instance decides": the slot is kept as the instance's own
/// attribute of that name (`objects/slots.rs`).
fn classify_load(obj: &Value, name: &Value) -> (AttrKind, Option<Value>) {
    let t = obj.class();
    let plain = !matches!(obj.payload(), Some(Payload::Type(_) | Payload::Super(_)))
        && types::special_flags(&t) & types::CUSTOM_GETATTRIBUTE == 0;
    if !plain {
        return (AttrKind::Empty, None);
    }
    let d = types::lookup(&t, name);
    let kind = match &d {
        None => AttrKind::InstanceDict,
        Some(d) if slots::is_member_named(d, name) => return (AttrKind::InstanceDict, None),
        Some(d)
            if ops::attr::is_method_descr(d) && !matches!(obj.payload(), Some(Payload::Module)) =>
        {
            AttrKind::Method
        }
        Some(d) if !ops::attr::is_data_descr(d) => AttrKind::InstanceDict,
        Some(_) => AttrKind::Empty,
    };
    (kind, d)
}

/// The value an instance keeps at shared-keys index `key` (`NO_KEY` finds nothing): the whole
/// of `LOAD_ATTR` for a cached instance attribute (CPython's `LOAD_ATTR_INSTANCE_VALUE`).
#[inline(always)]
fn kept_value(obj: &Value, key: u32) -> Option<Value> {
    obj.obj()?.kept_value(key as usize)
}

/// The attribute the `LOAD_ATTR` at `i` finds on `obj` through its cache: the value the
/// instance keeps at the cached shared-keys index (CPython's `LOAD_ATTR_INSTANCE_VALUE`).
/// Class attributes (`ClassValue`, 3.12's `LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES`) are read out
/// of line: a second kind here made `execute` slower for every instruction.
#[inline(always)]
pub(super) fn cached_attr(code: &Code, i: usize, obj: &Value) -> Option<Value> {
    let o = obj.obj()?;
    let e = hit_first(code, i, o)?.get();
    if e.kind != AttrKind::InstanceDict {
        return None;
    }
    o.kept_value(e.key as usize)
}

/// `LOAD_ATTR` when the instance keeps no value at the cached index: a dict, a name not yet
/// cached, a class object's attribute, or the generic protocol (a module's globals are read
/// before, by `module_global`). For a cached property whose getter may run as an inlined
/// frame (`inline_getter`), the getter itself, with the code its frame runs in `getter_code`.
#[inline(never)]
pub(super) fn load_attr(
    vm: &Vm,
    code: &Code,
    i: usize,
    obj: &Value,
    name: &Value,
    getter_code: &mut Option<Value>,
) -> PyResult<Value> {
    if let Some(Payload::Type(_)) = obj.payload() {
        return type_attr(vm, code, i, obj, name);
    }
    let cached = hit(code, i, obj);
    if let Some((s, e)) = cached
        && e.kind == AttrKind::InstanceDict
    {
        if let Some(v) = kept_value(obj, e.key) {
            return Ok(v);
        }
        if let Some((v, found)) = instance_value(obj, name, &e) {
            remember(code, s, e, found);
            return Ok(v);
        }
    }
    if let Some((_, e)) = cached {
        if let Some((getter, frame_code)) = inline_getter(&e) {
            *getter_code = Some(frame_code);
            return Ok(getter);
        }
        if let Some(r) = class_attr(vm, obj, name, &e) {
            return r;
        }
    }
    let version = types::version();
    let (kind, descr) = classify_load(obj, name);
    if matches!(kind, AttrKind::InstanceDict | AttrKind::Method) {
        let key = key_of(obj, name);
        if let Some(v) = kept_value(obj, key) {
            fill(code, i, obj, version, AttrKind::InstanceDict, key);
            return Ok(v);
        }
        if descr.is_none() {
            fill(code, i, obj, version, AttrKind::InstanceDict, key);
        }
    }
    if let Some(d) = descr
        && matches!(obj.payload(), Some(Payload::Object))
    {
        fill_class_attr(code, i, obj, version, kind, &d, name);
    }
    ops::getattr(vm, obj, name)
}

/// The global `name` of module `obj` read through the `ModuleGlobal` entry of instruction `i`
/// (refilled when the module's dict changed); `None` when `obj` is not an exact module or the
/// name is not a plain entry of its dict, for the generic protocol (`__getattr__` included).
#[inline]
pub(super) fn module_global(code: &Code, i: usize, obj: &Value, name: &Value) -> Option<Value> {
    if !matches!(obj.payload(), Some(Payload::Module)) {
        return None;
    }
    let c = entries(code).get(i)?;
    let e = c.get();
    let slot = obj.obj()?.dict()?.borrow();
    let InstDict::Dict(d) = &*slot else {
        return None;
    };
    let Some(Payload::Dict(t)) = d.payload() else {
        return None;
    };
    let t = t.borrow();
    if e.kind == AttrKind::ModuleGlobal
        && e.method == d.obj_ptr()
        && e.version == t.version
        && e.class == obj.class_id()
    {
        return t.value_at(e.index as usize);
    }
    module_global_fill(c, obj, d, &t, name)
}

/// `module_global` without a valid entry: find `name` in the module's dict table `t` and
/// remember where (keeping the site's polymorphic block).
#[cold]
fn module_global_fill(
    c: &Cell<AttrCache>,
    obj: &Value,
    d: &Value,
    t: &DictTable,
    name: &Value,
) -> Option<Value> {
    let module = &types::builtin().module;
    if !obj.class_is(module) || types::lookup(module, name).is_some() {
        return None;
    }
    let ix = find_str(t, name, 0)?;
    let v = t.value_at(ix)?;
    c.set(AttrCache {
        class: module.id(),
        version: t.version,
        kind: AttrKind::ModuleGlobal,
        index: u32::try_from(ix).ok()?,
        key: NO_KEY,
        more: c.get().more,
        method: d.obj_ptr(),
        owner: 0,
    });
    Some(v)
}

/// The attribute `name` of class object `t` for the `LOAD_ATTR`/`LOAD_METHOD` at `i`: through
/// its `TypeAttr` entry, else `type.__getattribute__` (the entry filled when the answer may be
/// cached).
fn type_attr(vm: &Vm, code: &Code, i: usize, t: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = cached_type_attr(code, i, t) {
        return Ok(v);
    }
    let version = types::version();
    if let Some(d) = type_attr_to_cache(t, name)
        && let Some((method, index)) = borrowed(&d)
    {
        let entry = AttrCache {
            class: t.id(),
            version,
            kind: AttrKind::TypeAttr,
            index,
            key: NO_KEY,
            method,
            ..AttrCache::default()
        };
        fill_keyed(code, i, entry);
    }
    ops::getattr(vm, t, name)
}

/// The entry of instruction `i` filled under key `class` (a type's address, or for entries
/// keyed otherwise their own key) at the current version.
#[inline]
fn hit_keyed(code: &Code, i: usize, class: usize) -> Option<AttrCache> {
    let all = entries(code);
    let first = all.get(i)?.get();
    if first.class == class && first.version == types::version() {
        return Some(first);
    }
    if first.more == 0 {
        return None;
    }
    Some(all.get(hit_more(all, first.more as usize, class)?)?.get())
}

/// The value of the `TypeAttr` entry of instruction `i` for class object `t`.
#[inline]
fn cached_type_attr(code: &Code, i: usize, t: &Value) -> Option<Value> {
    let e = hit_keyed(code, i, t.id())?;
    if e.kind != AttrKind::TypeAttr {
        return None;
    }
    match e.method {
        Some(p) => Some(Value::new_ref(p)),
        None => Value::small(i64::from(e.index as i32)),
    }
}

/// What `type.__getattribute__` finds for `name` on class object `t` when the answer is the
/// attribute of `t`'s MRO itself, fixed while the type version is: its metatype has no
/// attribute `name` and no `__getattribute__` of its own, and the attribute does not bind when
/// read through the class (a function, a method descriptor, a property, a constant; not a
/// `classmethod`, a `staticmethod`, a slot member or another descriptor with `__get__`).
fn type_attr_to_cache(t: &Value, name: &Value) -> Option<Value> {
    let meta = t.class();
    if types::special_flags(&meta) & types::CUSTOM_GETATTRIBUTE != 0
        || types::lookup(&meta, name).is_some()
    {
        return None;
    }
    let d = types::lookup(t, name)?;
    let itself = match d.payload() {
        Some(Payload::Function(_) | Payload::Property(_) | Payload::Builtin(_)) => true,
        Some(Payload::ClassMethod(_) | Payload::StaticMethod(_)) => false,
        _ => ops::attr::binds_to_itself(&d),
    };
    itself.then_some(d)
}

/// The plain method `name` after class `cls` in the MRO of `type(obj)`, for `super().name(...)`
/// run without the `super` object at the `LOAD_METHOD` at `i` (remembered per type of `obj`
/// and `cls`); `None` when `obj` is not an instance of `cls` or the attribute is not such a
/// method.
pub(super) fn super_method(
    code: &Code,
    i: usize,
    cls: &Value,
    obj: &Value,
    name: &Value,
) -> Option<Value> {
    let class = obj.class_id();
    if let Some(e) = hit_keyed(code, i, class)
        && e.kind == AttrKind::SuperMethod
        && e.owner == cls.id()
    {
        return e.method.map(Value::new_ref);
    }
    if !matches!(cls.payload(), Some(Payload::Type(_))) || !types::is_subtype(&obj.class(), cls) {
        return None;
    }
    let version = types::version();
    let meth = ops::attr::super_method(cls, obj, name)?;
    let entry = AttrCache {
        class,
        version,
        kind: AttrKind::SuperMethod,
        key: NO_KEY,
        method: meth.obj_ptr(),
        owner: cls.id(),
        ..AttrCache::default()
    };
    fill_keyed(code, i, entry);
    Some(meth)
}

/// `d` as an entry holds it without a reference: its address, or an inline int that fits
/// `index`.
fn borrowed(d: &Value) -> Option<(Option<NonNull<Obj>>, u32)> {
    match (d.obj_ptr(), d.as_small().map(i32::try_from)) {
        (Some(p), _) => Some((Some(p), 0)),
        (None, Some(Ok(small))) => Some((None, small as u32)),
        _ => None,
    }
}

/// Store `entry`, keyed by its own `class`, in the slot instruction `i` fills for that key.
fn fill_keyed(code: &Code, i: usize, entry: AttrCache) {
    let all = entries(code);
    let Some(c) = slot_for(code, i, entry.class, entry.version).and_then(|s| all.get(s)) else {
        return;
    };
    c.set(AttrCache {
        more: c.get().more,
        ..entry
    });
}

/// Remember the class attribute `d` that `LOAD_ATTR` at `i` found for `obj` (its `kind` as
/// `classify_load` said: `Empty` for a data descriptor of a plain instance).
fn fill_class_attr(
    code: &Code,
    i: usize,
    obj: &Value,
    version: u64,
    kind: AttrKind,
    d: &Value,
    name: &Value,
) {
    let (kind, key) = match kind {
        AttrKind::Empty
            if d.class_is(&types::builtin().property)
                && types::special_flags(&obj.class()) & types::HAS_GETATTR == 0 =>
        {
            (AttrKind::PropertyFrame, NO_KEY)
        }
        AttrKind::Empty => (AttrKind::DataDescr, NO_KEY),
        _ if ops::attr::binds_to_itself(d) => (AttrKind::ClassValue, keys_without(obj, name)),
        _ => (AttrKind::ClassAttr, keys_without(obj, name)),
    };
    let Some((method, index)) = borrowed(d) else {
        return;
    };
    let entry = AttrCache {
        version,
        kind,
        index,
        key,
        method,
        ..AttrCache::default()
    };
    fill_entry(code, i, obj, entry);
}

/// `LOAD_ATTR` through a `ClassAttr` or `DataDescr` entry: the class attribute bound to `obj`
/// as `object.__getattribute__` would, without looking it up again (a property's getter called
/// directly), then `__getattr__` after an `AttributeError`, as `getattr` does; `None` when the
/// entry is of another kind or the instance shadows it.
fn class_attr(vm: &Vm, obj: &Value, name: &Value, e: &AttrCache) -> Option<PyResult<Value>> {
    let d = match (e.kind, e.method) {
        (AttrKind::DataDescr | AttrKind::PropertyFrame, Some(p)) => Value::new_ref(p),
        (AttrKind::ClassAttr, Some(p)) if !shadowed(obj, || Some(name), e.key) => Value::new_ref(p),
        (AttrKind::ClassValue, _) => return class_value(obj, name, e).map(Ok),
        _ => return None,
    };
    let r = match d.payload() {
        Some(Payload::Function(_)) => return Some(Ok(ops::attr::new_method(d, obj.clone()))),
        Some(Payload::Property(p))
            if !vm.is_none(&p.parts[0]) && d.class_is(&types::builtin().property) =>
        {
            ops::call(vm, &p.parts[0], std::slice::from_ref(obj), &[])
        }
        _ => ops::attr::bind(vm, d, Some(obj), &obj.class()),
    };
    Some(r.or_else(|err| getattr_fallback(vm, obj, name, err)))
}

/// The getter of the property a `PropertyFrame` entry holds, with the code its frame runs, when
/// the eval loop may run it as an inlined call (CPython 3.12's `LOAD_ATTR_PROPERTY`): a Python
/// function taking the instance as its one plain positional argument. (A class with
/// `__getattr__` keeps `DataDescr` entries: its fallback after an `AttributeError` needs the
/// getter called from native code.)
#[inline]
fn inline_getter(e: &AttrCache) -> Option<(Value, Value)> {
    let (AttrKind::PropertyFrame, Some(p)) = (e.kind, e.method) else {
        return None;
    };
    // Borrowed, not counted: the class dict holds the property while the entry is current.
    let d = std::mem::ManuallyDrop::new(Value::from_obj_ptr(p));
    let Some(Payload::Property(prop)) = d.payload() else {
        return None;
    };
    let getter = &prop.parts[0];
    let Some(Payload::Function(func)) = getter.payload() else {
        return None;
    };
    match ops::call::can_inline_function(func, 1)? {
        Inline::Code(frame_code) => Some((getter.clone(), frame_code)),
        _ => None,
    }
}

/// An `AttributeError` raised by a cached descriptor (a property's getter) handed to the
/// class's `__getattr__`, as `getattr` does after `__getattribute__`; other errors, or a class
/// without `__getattr__`, raise as they are.
#[cold]
fn getattr_fallback(vm: &Vm, obj: &Value, name: &Value, err: PyErr) -> PyResult<Value> {
    let t = obj.class();
    if !vm.err_is(&err, "AttributeError") || types::special_flags(&t) & types::HAS_GETATTR == 0 {
        return Err(err);
    }
    match types::lookup_str(&t, "__getattr__") {
        Some(ga) => ops::call(vm, &ga, &[obj.clone(), name.clone()], &[]),
        None => Err(err),
    }
}

/// The constant of a `ClassValue` entry unless the instance's own attributes shadow it.
fn class_value(obj: &Value, name: &Value, e: &AttrCache) -> Option<Value> {
    if shadowed(obj, || Some(name), e.key) {
        return None;
    }
    match e.method {
        Some(p) => Some(Value::new_ref(p)),
        None => Value::small(i64::from(e.index as i32)),
    }
}

/// The method the `LOAD_METHOD` at `i` finds for `obj` through its first entry: a plain
/// function of its class that the instance's own attributes do not shadow (CPython's
/// `LOAD_METHOD_WITH_VALUES`).
#[inline(always)]
pub(super) fn cached_method(code: &Code, i: usize, obj: &Value) -> Option<Value> {
    let e = hit_first(code, i, obj.obj()?)?.get();
    if e.kind != AttrKind::Method || shadowed(obj, || site_name(code, i), e.key) {
        return None;
    }
    e.method.map(Value::new_ref)
}

/// The name the attribute instruction at `i` reads (read only when the fast answer fails).
fn site_name(code: &Code, i: usize) -> Option<&Value> {
    let &(_, arg) = code.instrs.get(i)?;
    code.names.get(arg as usize)
}

/// `LOAD_METHOD` at instruction `i`: `(Some(method), self)` to call with `self` prepended
/// (`obj` itself, or the instance of a `super` object), or `(None, attribute)`.
pub(super) fn load_method(
    vm: &Vm,
    code: &Code,
    i: usize,
    obj: &Value,
    name: &Value,
) -> PyResult<(Option<Value>, Value)> {
    if let Some(v) = module_global(code, i, obj, name) {
        return Ok((None, v));
    }
    if let Some(Payload::Type(_)) = obj.payload() {
        return Ok((None, type_attr(vm, code, i, obj, name)?));
    }
    if let Some((s, e)) = hit(code, i, obj) {
        match e.kind {
            AttrKind::InstanceDict => {
                if let Some((v, found)) = instance_value(obj, name, &e) {
                    remember(code, s, e, found);
                    return Ok((None, v));
                }
            }
            AttrKind::Method => {
                if !shadowed(obj, || Some(name), e.key)
                    && let Some(m) = e.method
                {
                    return Ok((Some(Value::new_ref(m)), obj.clone()));
                }
            }
            _ => {}
        }
    }
    if let Some(Payload::Super(sup)) = obj.payload()
        && obj.class_is(&types::builtin().super_)
        && let Some(m) = ops::attr::super_method(&sup.0, &sup.1, name)
    {
        return Ok((Some(m), sup.1.clone()));
    }
    let version = types::version();
    let (kind, descr) = classify_load(obj, name);
    if kind == AttrKind::Method
        && let Some(d) = descr
    {
        let absent_below = keys_without(obj, name);
        let entry = AttrCache {
            version,
            kind,
            key: absent_below,
            method: d.obj_ptr(),
            ..AttrCache::default()
        };
        fill_entry(code, i, obj, entry);
        if !shadowed(obj, || Some(name), absent_below) {
            return Ok((Some(d), obj.clone()));
        }
        return Ok((None, ops::getattr(vm, obj, name)?));
    }
    let r = match ops::load_method(vm, obj, name)? {
        (Some(m), _) => (Some(m), obj.clone()),
        attr => attr,
    };
    if kind == AttrKind::InstanceDict {
        fill(code, i, obj, version, kind, key_of(obj, name));
    }
    Ok(r)
}

/// How many shared keys `obj`'s class has if `name` is not among them (no instance keeping
/// values can then shadow it until more are added), else `NO_KEY`.
fn keys_without(obj: &Value, name: &Value) -> u32 {
    let class = obj.class();
    let Some(td) = types::type_data(&class) else {
        return NO_KEY;
    };
    let keys = td.shared_keys.borrow();
    match keys.find(name) {
        None => keys.len() as u32,
        Some(_) => NO_KEY,
    }
}

/// Whether the instance's own attributes may hold `name` (true when it cannot be decided
/// natively); `absent_below` is `keys_without`'s answer when the entry was filled. The common
/// answer (kept values that end before any name added since) inline, the rest out of line;
/// `name` is asked for only then (`None`: shadowed).
#[inline(always)]
fn shadowed<'n>(obj: &Value, name: impl FnOnce() -> Option<&'n Value>, absent_below: u32) -> bool {
    // An object without an instance dict (a list, a str, ...) is answered by its header's
    // flags alone.
    let Some(cell) = obj.obj().and_then(Obj::dict) else {
        return false;
    };
    if absent_below != NO_KEY
        && obj
            .obj()
            .and_then(Obj::kept_width)
            .is_some_and(|w| w <= absent_below as usize)
    {
        return false;
    }
    name().is_none_or(|name| shadowed_slow(obj, name, absent_below, cell))
}

#[inline(never)]
fn shadowed_slow(obj: &Value, name: &Value, absent_below: u32, cell: &PyCell<InstDict>) -> bool {
    let slot = cell.borrow();
    let d = match &*slot {
        InstDict::Values(v) => {
            // A name added after the first `absent_below` keys has an index past them.
            if absent_below != NO_KEY && v.width() <= absent_below as usize {
                return false;
            }
            let class = obj.class();
            let Some(td) = types::type_data(&class) else {
                return true;
            };
            let keys = td.shared_keys.borrow();
            return keys.len() as u32 != absent_below
                && keys.find(name).is_some_and(|ix| v.get(ix).is_some());
        }
        InstDict::Dict(d) => d,
    };
    let Some(Payload::Dict(t)) = d.payload() else {
        return true;
    };
    let Some(s) = as_pystr(name) else { return true };
    !matches!(t.borrow().probe(name, s.hash()), Probe::Missing)
}

/// Whether storing `name` on `obj` is a plain instance-dict store (at the current version).
fn classify_store(obj: &Value, name: &Value) -> bool {
    let t = obj.class();
    matches!(obj.payload(), Some(Payload::Object))
        && as_pystr(name).is_some_and(|s| !s.as_str().starts_with("__"))
        && obj.obj().is_some_and(|o| o.dict().is_some())
        && types::special_flags(&t) & types::CUSTOM_SETATTR == 0
        && types::lookup(&t, name)
            .is_none_or(|d| !ops::attr::is_data_descr(&d) || slots::is_member_named(&d, name))
}

/// Store into the instance's kept values or dict natively; gives `value` back when that needs
/// the generic path.
#[inline]
fn store_instance(obj: &Value, name: &Value, value: Value, e: &AttrCache) -> Result<Found, Value> {
    let Some(cell) = obj.obj().and_then(|o| o.dict()) else {
        return Err(value);
    };
    let mut slot = cell.borrow_mut();
    let dict = match &mut *slot {
        InstDict::Values(v) => {
            let Some(ix) = key_index(obj, name, e.key) else {
                return Err(value);
            };
            let old = match v.replace_at(ix, value) {
                Ok(old) => Some(old),
                Err(value) => {
                    let width = types::type_data(&obj.class())
                        .map_or(0, |td| td.shared_keys.borrow().len());
                    v.store_at(ix, width, value)
                }
            };
            drop(slot);
            drop(old);
            return Ok(Found::Key(ix as u32));
        }
        InstDict::Dict(d) => d.clone(),
    };
    drop(slot);
    store_in_dict(&dict, name, value, e.index)
}

/// Store into an instance dict object natively (see `store_instance`).
#[inline]
fn store_in_dict(dict: &Value, name: &Value, value: Value, hint: u32) -> Result<Found, Value> {
    let Some(Payload::Dict(t)) = dict.payload() else {
        return Err(value);
    };
    let Some(s) = as_pystr(name) else {
        return Err(value);
    };
    let mut t = t.borrow_mut();
    if t.entry(hint as usize).is_some_and(|e| e.key.is(name)) {
        let old = t.set_value_at(hint as usize, value);
        drop(t);
        drop(old);
        return Ok(Found::Entry(hint));
    }
    let h = s.hash();
    match t.probe(name, h) {
        Probe::Found(ix) => {
            let old = t.set_value_at(ix, value);
            drop(t);
            drop(old);
            Ok(Found::Entry(ix as u32))
        }
        Probe::Missing => {
            t.insert_new(name.clone(), h, value);
            Ok(Found::Entry(hint))
        }
        Probe::Candidates(_) => Err(value),
    }
}

/// The store of the `STORE_ATTR` at `i` through its first entry into the value `obj` keeps at
/// the cached shared-keys index; gives `value` back when that does not apply.
#[inline(always)]
pub(super) fn cached_store(code: &Code, i: usize, obj: &Value, value: Value) -> Result<(), Value> {
    let Some(o) = obj.obj() else {
        return Err(value);
    };
    match hit_first(code, i, o).map(Cell::get) {
        Some(e) if e.kind == AttrKind::InstanceDict => store_kept(obj, o, e.key, value),
        _ => Err(value),
    }
}

/// Store the value an instance keeps at shared-keys index `key` (CPython's
/// `STORE_ATTR_INSTANCE_VALUE`); gives `value` back when the instance has a dict or the index
/// is unknown.
#[inline(always)]
fn store_kept(obj: &Value, o: &Obj, key: u32, value: Value) -> Result<(), Value> {
    let Some(cell) = o.dict() else {
        return Err(value);
    };
    let mut slot = cell.borrow_mut();
    let InstDict::Values(v) = &mut *slot else {
        return Err(value);
    };
    match v.replace_at(key as usize, value) {
        Ok(old) => {
            drop(slot);
            drop(old);
            Ok(())
        }
        Err(value) => {
            // A new instance's first stores, in index order (an `__init__`'s): one check and a
            // write, inline.
            let stored = match v.store_next(key as usize, value) {
                Ok(()) => Ok(None),
                Err(value) => store_kept_new(obj, v, key, value),
            };
            drop(slot);
            stored.map(drop)
        }
    }
}

/// `store_kept` of an index the instance does not keep a value at yet, out of order or past
/// its values array (`store_next` did not apply), into its values `v` (borrowed from its dict
/// slot, which no Python code can reach meanwhile: only the class's keys are read); the old
/// value (none) to drop once the borrow ends.
#[inline(never)]
fn store_kept_new(
    obj: &Value,
    v: &mut InstanceValues,
    key: u32,
    value: Value,
) -> Result<Option<Value>, Value> {
    // An array that covers the index already was made as wide as the class's keys then.
    let width = match v.width() {
        w if (key as usize) < w => w,
        _ => types::type_data(&obj.class()).map_or(0, |td| td.shared_keys.borrow().len()),
    };
    if key as usize >= width {
        return Err(value);
    }
    Ok(v.store_at(key as usize, width, value))
}

/// `STORE_ATTR` at instruction `i` when the instance keeps no value at the cached index
/// (`cached_store` failed).
#[inline(never)]
pub(super) fn store_attr_slow(
    vm: &Vm,
    code: &Code,
    i: usize,
    obj: &Value,
    name: &Value,
    value: Value,
) -> PyResult<()> {
    let value = match hit(code, i, obj) {
        Some((s, e)) if e.kind == AttrKind::InstanceDict => {
            match store_instance(obj, name, value, &e) {
                Ok(found) => {
                    remember(code, s, e, found);
                    return Ok(());
                }
                Err(value) => value,
            }
        }
        _ => value,
    };
    let version = types::version();
    let cacheable = classify_store(obj, name);
    ops::setattr(vm, obj, name, value)?;
    if cacheable && types::version() == version {
        fill(
            code,
            i,
            obj,
            version,
            AttrKind::InstanceDict,
            key_of(obj, name),
        );
    }
    Ok(())
}
