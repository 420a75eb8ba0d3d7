//! Type objects: their data, C3 linearisation, attribute lookup along the MRO, and the registry
//! of builtin types. Counterpart of CPython's `Objects/typeobject.c`.

use crate::object::{Payload, Value};
use crate::objects::dict::DictTable;
use crate::pycell::PyCell;
use std::sync::OnceLock;

/// Which payload instances of a type carry: the layout of its nearest builtin base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    /// Instances cannot be created from Python (`NoneType`, iterators, ...).
    Fixed,
}

pub struct TypeData {
    pub name: PyCell<String>,
    pub qualname: PyCell<String>,
    pub bases: PyCell<Vec<Value>>,
    pub mro: PyCell<Vec<Value>>,
    pub layout: Layout,
    /// Defined by a `class` statement (its attributes may be set; instances get a `__dict__`).
    pub heap: bool,
    /// May not be subclassed (`bool`, `NoneType`, ...).
    pub final_: std::cell::Cell<bool>,
    /// `__slots__` given without `__dict__` (here and in every base): instances have no
    /// `__dict__` (see `objects/slots.rs`).
    pub no_instance_dict: std::cell::Cell<bool>,
    /// This class or a base declared slots: instances store their values (in a dict hidden
    /// from Python code when `no_instance_dict`).
    pub slot_values: std::cell::Cell<bool>,
    /// The method cache: recent MRO lookups (see `lookup`).
    pub cache: PyCell<Vec<CacheEntry>>,
    /// The attribute names its instances keep as values (`objects/instance_values.rs`).
    pub shared_keys: PyCell<crate::objects::instance_values::SharedKeys>,
    /// Which attribute hooks classes written in Python override, with the type version they
    /// were computed at (see `special_flags`).
    pub special: std::cell::Cell<(u64, u8)>,
    /// Whether a builtin type's namespace entries wait, as data, for the namespace to be first
    /// read (`bootstrap::ready`).
    pub lazy_attrs: PyCell<crate::objects::bootstrap::LazyNamespace>,
    /// Whether calling the class is plain (`object.__new__`, a Python `__init__`): the type
    /// version it was computed at and where the `__init__` sits along the MRO (see
    /// `type_ops::plain_init`).
    pub plain_init: std::cell::Cell<(u64, Option<(u32, u32)>)>,
    /// Weak references to the classes written in Python that list this type among their
    /// bases, oldest first (`__subclasses__()`, `objects/type_bases.rs`).
    pub subclasses: PyCell<Vec<Value>>,
}

/// `special_flags` bits: a Python-level `__getattribute__`, `__getattr__`, `__setattr__`,
/// `__delattr__` in the MRO, and any `__del__`.
pub const CUSTOM_GETATTRIBUTE: u8 = 1;
pub const HAS_GETATTR: u8 = 2;
pub const CUSTOM_SETATTR: u8 = 4;
pub const CUSTOM_DELATTR: u8 = 8;
/// A `__del__` in the MRO (a finalizer to run when an instance is released).
pub const HAS_DEL: u8 = 16;

/// Which attribute hooks of a class written in Python are not the builtin ones, so attribute
/// access can take the generic path without looking them up each time.
/// The cached answer is one version compare: it runs for every freed instance (`HAS_DEL`).
#[inline(always)]
pub fn special_flags(t: &Value) -> u8 {
    let Some(td) = type_data(t) else { return 0 };
    if !td.heap {
        return 0;
    }
    let (at, flags) = td.special.get();
    if at == version() {
        return flags;
    }
    compute_special_flags(t, td)
}

/// Look the hooks of `special_flags` up in the MRO and cache them at the current version.
#[cold]
#[inline(never)]
fn compute_special_flags(t: &Value, td: &TypeData) -> u8 {
    let version = version();
    let mut flags = 0;
    for (bit, name) in [
        (CUSTOM_GETATTRIBUTE, "__getattribute__"),
        (HAS_GETATTR, "__getattr__"),
        (CUSTOM_SETATTR, "__setattr__"),
        (CUSTOM_DELATTR, "__delattr__"),
        (HAS_DEL, "__del__"),
    ] {
        if lookup_str(t, name).is_some_and(|m| {
            bit & (HAS_GETATTR | HAS_DEL) != 0 || !matches!(m.payload(), Some(Payload::Builtin(_)))
        }) {
            flags |= bit;
        }
    }
    td.special.set((version, flags));
    flags
}

/// One remembered lookup: `name` resolved while the global type version was `version`, to the
/// entry `found = (k, ix)` of the dict of the `k`-th class of the MRO (or to nothing). The entry
/// is a position, not a reference, so the cache keeps no attribute value alive (CPython's method
/// cache holds borrowed references for the same reason); a hit re-reads the value there and
/// checks that the entry still has this name. The name is held so its identity stays unique.
pub struct CacheEntry {
    pub name: Value,
    pub version: u64,
    pub found: Option<(u32, u32)>,
}

/// Slots of a type's method cache when first used: most types look few names up, so the cache
/// starts small (one page touched less at start-up per type) and grows to `CACHE_SLOTS` on the
/// first collision of two names cached at the current version. Both are powers of two.
const CACHE_FIRST: usize = 16;
const CACHE_SLOTS: usize = 256;

/// The slot of an attribute name in a method cache of `slots` slots (a power of two, at least
/// 2): its address, Fibonacci-hashed, top bits (names are interned strings allocated close
/// together, so low address bits alone collide).
#[inline(always)]
fn cache_slot(name: &Value, slots: usize) -> usize {
    let hashed = name.id().wrapping_mul(0x9E37_79B9_7F4A_7C15);
    hashed >> (usize::BITS - slots.trailing_zeros())
}

/// An empty method cache of `slots` slots.
fn empty_cache(slots: usize) -> Vec<CacheEntry> {
    let mut cache = Vec::with_capacity(slots);
    cache.resize_with(slots, || CacheEntry {
        name: Value::zero(),
        version: 0,
        found: None,
    });
    cache
}

/// Bumped whenever any type's namespace changes: every cached lookup older than this is stale
/// (CPython's type version tags, simplified to one global tag: class attributes are rarely set
/// after class creation).
static TYPE_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The global type version: caches filled at another version are stale.
#[inline(always)]
pub fn version() -> u64 {
    TYPE_VERSION.load(std::sync::atomic::Ordering::Relaxed)
}

/// Invalidate every type's method cache (after a type's dict changed).
pub fn type_modified() {
    TYPE_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

impl TypeData {
    /// Whether instances of this type are allocated with a dict (their `__dict__`, or their
    /// slot values' storage).
    pub fn instance_has_dict(&self) -> bool {
        self.heap && (!self.no_instance_dict.get() || self.slot_values.get())
    }

    pub fn new(name: &str, bases: Vec<Value>, layout: Layout, heap: bool) -> TypeData {
        TypeData {
            name: PyCell::new(name.to_owned()),
            qualname: PyCell::new(name.to_owned()),
            bases: PyCell::new(bases),
            mro: PyCell::new(Vec::new()),
            layout,
            heap,
            final_: std::cell::Cell::new(false),
            no_instance_dict: std::cell::Cell::new(false),
            slot_values: std::cell::Cell::new(false),
            cache: PyCell::new(Vec::new()),
            shared_keys: PyCell::new(Default::default()),
            special: std::cell::Cell::new((0, 0)),
            lazy_attrs: PyCell::new(crate::objects::bootstrap::LazyNamespace::Eager),
            plain_init: std::cell::Cell::new((0, None)),
            subclasses: PyCell::new(Vec::new()),
        }
    }
}

/// The builtin types and singletons, created once at start-up and never freed.
pub struct Builtins {
    pub object: Value,
    pub type_: Value,
    pub int: Value,
    pub bool_: Value,
    pub float: Value,
    pub complex: Value,
    pub str_: Value,
    pub bytes: Value,
    pub bytearray: Value,
    pub tuple: Value,
    pub list: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub range: Value,
    pub slice: Value,
    pub none_type: Value,
    pub notimpl_type: Value,
    pub ellipsis_type: Value,
    pub module: Value,
    pub function: Value,
    pub builtin_function: Value,
    pub method: Value,
    pub code: Value,
    pub cell: Value,
    pub traceback: Value,
    pub frame: Value,
    pub property: Value,
    pub classmethod: Value,
    pub staticmethod: Value,
    pub super_: Value,
    pub generator: Value,
    pub coroutine: Value,
    /// The dict views.
    pub dict_keys: Value,
    pub dict_values: Value,
    pub dict_items: Value,
    /// The iterator types (`list_iterator`, `dict_keyiterator`, `enumerate`, ...).
    pub iters: crate::objects::iter_types::IterTypes,
    pub native: Value,
    /// The NULL marker `LOAD_METHOD` pushes when it found a plain attribute.
    pub null: Value,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Builtin exception classes by name, in creation order.
    pub exceptions: Vec<(&'static str, Value)>,
}

impl Builtins {
    #[inline(always)]
    pub fn int_ref(&self) -> &Value {
        &self.int
    }

    /// A builtin exception class by name (`"TypeError"`); panics only on a misspelt name in gilpy's own code.
    pub fn exc(&self, name: &str) -> &Value {
        match self.exceptions.iter().find(|(n, _)| *n == name) {
            Some((_, v)) => v,
            None => unreachable!("unknown builtin exception {name}"),
        }
    }
}

/// Holder that lets the registry live in a `static`.
struct Registry(Builtins);

// SAFETY: the registry's Values are created once, before any other thread exists, and are kept
// alive for the whole process by this static; they are only used by threads holding the GIL,
// which serialises all access to their counts and contents.
unsafe impl Sync for Registry {}
// SAFETY: as above.
unsafe impl Send for Registry {}

static REGISTRY: OnceLock<Registry> = OnceLock::new();

/// The builtin types. Initialised by `init()` before any Python code runs.
#[inline(always)]
pub fn builtin() -> &'static Builtins {
    match REGISTRY.get() {
        Some(r) => &r.0,
        None => init(),
    }
}

/// Create the builtin types (idempotent).
pub fn init() -> &'static Builtins {
    &REGISTRY
        .get_or_init(|| Registry(crate::objects::bootstrap::create_builtins()))
        .0
}

#[inline(always)]
pub fn type_data(t: &Value) -> Option<&TypeData> {
    match t.payload() {
        Some(Payload::Type(d)) => Some(d),
        _ => None,
    }
}

/// Build a bare type object (no dict entries yet). `metatype` is `type` or a subclass.
pub fn new_type(
    metatype: Value,
    name: &str,
    bases: Vec<Value>,
    layout: Layout,
    heap: bool,
) -> Value {
    new_type_in(metatype, builtin().dict.clone(), name, bases, layout, heap)
}

/// `new_type` with the `dict` type given (while the builtin types are being created).
pub fn new_type_in(
    metatype: Value,
    dict_type: Value,
    name: &str,
    bases: Vec<Value>,
    layout: Layout,
    heap: bool,
) -> Value {
    let data = TypeData::new(name, bases, layout, heap);
    // A new type may sit at the address of a freed one: caches keyed by address go stale.
    type_modified();
    let dict = Value::alloc(
        dict_type,
        Payload::Dict(Box::new(PyCell::new(DictTable::default()))),
    );
    Value::alloc_with_dict(metatype, Some(dict), Payload::Type(Box::new(data)))
}

/// C3 linearisation of `t` given its bases' MROs; `Err` with CPython's message on conflict.
pub fn compute_mro(t: &Value) -> Result<Vec<Value>, String> {
    let Some(td) = type_data(t) else {
        return Err("not a type".into());
    };
    let bases = td.bases.borrow().clone();
    if let [base] = bases.as_slice()
        && let Some(base_mro) = type_data(base).map(|d| d.mro.borrow().clone())
        && base_mro.first().is_some_and(|first| first.is(base))
    {
        // One base that heads its own MRO: the class followed by that MRO (what C3 gives).
        let mut out = Vec::with_capacity(base_mro.len() + 1);
        out.push(t.clone());
        out.extend(base_mro);
        return Ok(out);
    }
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| {
            type_data(b)
                .map(|d| d.mro.borrow().clone())
                .unwrap_or_default()
        })
        .collect();
    seqs.push(bases.clone());
    let mut out = vec![t.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(c))));
        let Some(c) = candidate.cloned() else {
            let mut heads: Vec<&Value> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| h.is(&s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .filter_map(|h| type_data(h))
                .map(|d| d.name.borrow().clone())
                .collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Find `name` in the dicts along `t`'s MRO (CPython's `_PyType_Lookup`).
pub fn lookup(t: &Value, name: &Value) -> Option<Value> {
    let td = type_data(t)?;
    let version = TYPE_VERSION.load(std::sync::atomic::Ordering::Relaxed);
    let hit = {
        let cache = td.cache.borrow();
        match cache.len() {
            0 => None,
            n => match &cache[cache_slot(name, n)] {
                e if e.version == version && e.name.is(name) => Some(e.found),
                _ => None,
            },
        }
    };
    match hit {
        Some(None) => return None,
        Some(Some(at)) => {
            if let Some(v) = value_at(td, at, name) {
                return Some(v);
            }
        }
        None => {}
    }
    let (found, value) = lookup_in_mro(td, name);
    let entry = CacheEntry {
        name: name.clone(),
        version,
        found,
    };
    let old = {
        let mut cache = td.cache.borrow_mut();
        let n = cache.len();
        let grow = match n {
            0 => Some(CACHE_FIRST),
            CACHE_SLOTS => None,
            _ => {
                let e = &cache[cache_slot(name, n)];
                (e.version == version && !e.name.is(name)).then_some(CACHE_SLOTS)
            }
        };
        let mut dropped = Vec::new();
        if let Some(slots) = grow {
            dropped = std::mem::replace(&mut *cache, empty_cache(slots));
        }
        let slot = cache_slot(name, cache.len());
        (std::mem::replace(&mut cache[slot], entry), dropped)
    };
    drop(old);
    value
}

/// The value of dict entry `ix` of the `k`-th class of the MRO, if that entry is still `name`.
fn value_at(td: &TypeData, at: (u32, u32), name: &Value) -> Option<Value> {
    entry_value_at(td, at, |key| key.is(name))
}

/// The value of the dict entry at `at` along `td`'s MRO (a position `lookup_in_mro` gave) if
/// its key is still the string `name`.
#[inline(always)]
pub fn value_at_named(td: &TypeData, at: (u32, u32), name: &str) -> Option<Value> {
    entry_value_at(td, at, |key| crate::objects::str::as_str(key) == Some(name))
}

/// The value of dict entry `ix` of the `k`-th class of `td`'s MRO, if its key passes `is_key`.
#[inline(always)]
fn entry_value_at(
    td: &TypeData,
    (k, ix): (u32, u32),
    is_key: impl Fn(&Value) -> bool,
) -> Option<Value> {
    let mro = td.mro.borrow();
    let slot = mro.get(k as usize)?.obj()?.dict()?.borrow();
    let Some(Payload::Dict(t)) = slot.as_dict()?.payload() else {
        return None;
    };
    let t = t.borrow();
    let e = t.entry(ix as usize)?;
    is_key(&e.key).then(|| e.value.clone())
}

/// `lookup` without the cache: where along the MRO `name` is found, and its value.
pub fn lookup_in_mro(td: &TypeData, name: &Value) -> (Option<(u32, u32)>, Option<Value>) {
    let mro = td.mro.borrow();
    for (k, class) in mro.iter().enumerate() {
        let Some(o) = class.obj() else {
            continue;
        };
        crate::objects::bootstrap::ready(o);
        let Some(dict) = o.dict() else {
            continue;
        };
        let slot = dict.borrow();
        let Some(dict) = slot.as_dict() else {
            continue;
        };
        if let Some((ix, v)) = crate::objects::dict::find_str_key(dict, name) {
            let at = u32::try_from(k).ok().zip(u32::try_from(ix).ok());
            return (at, Some(v));
        }
    }
    (None, None)
}

/// `lookup` with a Rust string name.
pub fn lookup_str(t: &Value, name: &str) -> Option<Value> {
    let key = crate::objects::str::intern(name);
    lookup(t, &key)
}

/// `lookup_str` on the type of `v` (a special-method lookup). The reference to the class
/// taken for the lookup is released before this returns, so a caller that calls the method
/// found does not hold the class during the call (CPython holds none either: the method may
/// assign `v.__class__` and free the old class).
pub fn lookup_str_on_class(v: &Value, name: &str) -> Option<Value> {
    lookup_str(&v.class(), name)
}

/// Whether `t` is `base` or a subclass of it.
pub fn is_subtype(t: &Value, base: &Value) -> bool {
    if t.is(base) {
        return true;
    }
    match type_data(t) {
        Some(d) => d.mro.borrow().iter().any(|k| k.is(base)),
        None => false,
    }
}

pub fn type_name(t: &Value) -> String {
    type_data(t)
        .map(|d| d.name.borrow().clone())
        .unwrap_or_else(|| "?".into())
}
