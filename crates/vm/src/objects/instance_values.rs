//! Instance attributes without a dict object: the attribute names shared by all instances of a
//! class, and each instance's values laid out by those names, turned into a real dict only when
//! something asks for `__dict__` (CPython 3.11's split-keys dicts and inline values, PEP 412:
//! `_PyObject_StoreInstanceAttribute` and `_PyObject_MakeDictFromInstanceAttributes` in
//! `Objects/dictobject.c`).
//!
//! The names are append-only, so an index keeps its meaning for the class's lifetime (the
//! attribute caches store it). An instance's values are interpreted through its class's names;
//! `obj.__class__ = C` materialises the dict first. Insertion order is kept: while the stored
//! indices were added in ascending order it is implicit, otherwise an explicit order list says
//! it (CPython keeps the same order bytes beside the values). The list lives in the values
//! array's first element, so the array is one fat pointer in the instance's dict slot (a
//! 64-byte instance, where a separate field made it 80).

use crate::object::{InstDict, Value};
use crate::objects::dict::{DictTable, new_dict_value};
use crate::objects::instance_values_pool;
use crate::objects::str::as_pystr;
use crate::objects::types::{builtin, type_data};
use crate::pycell::PyCell;

/// At most this many names per class (CPython's `SHARED_KEYS_MAX_SIZE`); a store of another
/// name gives that instance a real dict.
pub const MAX_SHARED_KEYS: usize = 30;

/// The attribute names of a class's instances, in the order they were first stored, with
/// their hashes (compared first, so a lookup is one pass over a few words).
#[derive(Default)]
pub struct SharedKeys {
    names: Vec<Value>,
    hashes: Vec<i64>,
}

impl SharedKeys {
    /// The index of `name` (a `str`), if present.
    #[inline]
    pub fn find(&self, name: &Value) -> Option<usize> {
        let s = as_pystr(name)?;
        let h = s.hash();
        self.hashes.iter().zip(&self.names).position(|(&kh, k)| {
            kh == h && (k.is(name) || as_pystr(k).is_some_and(|t| t.as_str() == s.as_str()))
        })
    }

    /// The index of `name`, added when absent; `None` when `name` is not an exact `str` or the
    /// table is full.
    fn find_or_add(&mut self, name: &Value) -> Option<usize> {
        if !name.class_is(&builtin().str_) {
            return None;
        }
        if let Some(i) = self.find(name) {
            return Some(i);
        }
        if self.names.len() >= MAX_SHARED_KEYS {
            return None;
        }
        self.hashes.push(as_pystr(name)?.hash());
        self.names.push(name.clone());
        Some(self.names.len() - 1)
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// One instance's attribute values, indexed like its class's `SharedKeys`: empty, or the
/// order element (`ORDER`) followed by one element per index.
#[derive(Default)]
pub struct InstanceValues {
    slots: Box<[Option<Value>]>,
}

impl Drop for InstanceValues {
    /// The array goes back to the per-thread pool for the next instance.
    fn drop(&mut self) {
        // An empty array (a function's attributes before any is stored) owns no memory.
        if self.slots.is_empty() {
            return;
        }
        instance_values_pool::give(std::mem::take(&mut self.slots));
    }
}

/// The element holding the insertion order of the stored indices when it is not ascending
/// (a `bytes` object of indices, made only then); the value of index `ix` is at `ix + 1`.
const ORDER: usize = 0;

impl InstanceValues {
    /// The value stored at index `ix`.
    #[inline(always)]
    pub fn get(&self, ix: usize) -> Option<&Value> {
        self.slots.get(ix + 1)?.as_ref()
    }

    /// How many indices the values array covers (names added later are not stored here).
    #[inline(always)]
    pub fn width(&self) -> usize {
        self.slots.len().saturating_sub(1)
    }

    /// The value of `name`.
    pub fn lookup(&self, keys: &SharedKeys, name: &Value) -> Option<Value> {
        self.get(keys.find(name)?).cloned()
    }

    /// Replace the value at an index already stored; gives `value` back when `ix` is empty.
    #[inline]
    pub fn replace_at(&mut self, ix: usize, value: Value) -> Result<Value, Value> {
        match self.slots.get_mut(ix + 1) {
            Some(Some(old)) => Ok(std::mem::replace(old, value)),
            _ => Err(value),
        }
    }

    /// Store at index `ix`, empty until now, of an array that covers it, when the stored indices
    /// are all below `ix` and in ascending order (an `__init__`'s first stores, in order): the
    /// insertion order stays implicit (`store_at` without `note_insert`'s work). Gives `value`
    /// back otherwise.
    #[inline]
    pub fn store_next(&mut self, ix: usize, value: Value) -> Result<(), Value> {
        let Some((None, values)) = self.slots.split_first_mut() else {
            return Err(value);
        };
        match values.get_mut(ix..).and_then(<[_]>::split_first_mut) {
            Some((slot @ None, after)) if after.iter().all(Option::is_none) => {
                *slot = Some(value);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Store `name`; the old value (to drop outside the borrow) or `Err(value)` when the name
    /// cannot be shared (not an exact `str`, or the class's table is full).
    pub fn store(
        &mut self,
        keys: &mut SharedKeys,
        name: &Value,
        value: Value,
    ) -> Result<Option<Value>, Value> {
        let Some(ix) = keys.find_or_add(name) else {
            return Err(value);
        };
        Ok(self.store_at(ix, keys.len(), value))
    }

    /// Store at index `ix` of a class table of `width` names; the old value, if any.
    pub fn store_at(&mut self, ix: usize, width: usize, value: Value) -> Option<Value> {
        if ix >= self.width() {
            self.grow(width.max(ix + 1));
        }
        if self.slots[ix + 1].is_none() {
            self.note_insert(ix);
        }
        self.slots[ix + 1].replace(value)
    }

    /// Room for `n` indices, in an allocation of exactly that size (a `Vec` grown by
    /// `resize_with` rounds its capacity up, and boxing it then reallocates).
    fn grow(&mut self, n: usize) {
        if self.slots.is_empty() {
            self.slots = instance_values_pool::take(n + 1);
            return;
        }
        let mut slots = Vec::with_capacity(n + 1);
        slots.extend(std::mem::take(&mut self.slots));
        slots.resize_with(n + 1, || None);
        self.slots = slots.into_boxed_slice();
    }

    /// The explicit insertion order, if the indices were not stored in ascending order.
    fn order(&self) -> Option<Vec<u8>> {
        let list = self.slots.get(ORDER)?.as_ref()?;
        crate::objects::bytes_ops::as_bytes(list)
    }

    fn set_order(&mut self, order: Vec<u8>) {
        self.slots[ORDER] = Some(crate::objects::bytes_ops::new_bytes(order));
    }

    /// Record that index `ix` (empty until now) is stored last.
    fn note_insert(&mut self, ix: usize) {
        if let Some(mut order) = self.order() {
            order.push(ix as u8);
            self.set_order(order);
            return;
        }
        if self.slots[ix + 2..].iter().any(Option::is_some) {
            let mut order: Vec<u8> = self.stored().map(|i| i as u8).collect();
            order.push(ix as u8);
            self.set_order(order);
        }
    }

    /// The stored indices in ascending order.
    fn stored(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.width()).filter(|&i| self.slots[i + 1].is_some())
    }

    /// Remove `name`'s value (to drop outside the borrow).
    pub fn remove(&mut self, keys: &SharedKeys, name: &Value) -> Option<Value> {
        let ix = keys.find(name)?;
        let old = self.slots.get_mut(ix + 1)?.take()?;
        if let Some(mut order) = self.order() {
            order.retain(|&i| usize::from(i) != ix);
            self.set_order(order);
        }
        Some(old)
    }

    /// Release every value (the order element first, then the values in index order, as
    /// dropping the array does) and keep the array, empty (a freed instance kept for the next
    /// one: `object_freelist.rs`).
    pub fn release_all(&mut self) {
        for s in self.slots.iter_mut() {
            drop(s.take());
        }
    }

    /// The values, in index order (the collector's traversal; CPython visits them so too).
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().skip(1).flatten()
    }

    /// Take every value out (the collector's clear).
    pub fn take_all(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.slots)
            .into_vec()
            .into_iter()
            .skip(1)
            .flatten()
            .collect()
    }

    /// Move the values into a dict table, in insertion order.
    pub fn into_table(mut self, keys: &SharedKeys) -> DictTable {
        let order: Vec<usize> = match self.order() {
            Some(o) => o.iter().map(|&i| usize::from(i)).collect(),
            None => self.stored().collect(),
        };
        let mut table = DictTable::with_capacity(order.len());
        for ix in order {
            let (Some(value), Some(key), Some(&hash)) = (
                self.slots.get_mut(ix + 1).and_then(Option::take),
                keys.names.get(ix),
                keys.hashes.get(ix),
            ) else {
                continue;
            };
            table.insert_new(key.clone(), hash, value);
        }
        table
    }
}

/// Replace the values in `cell`, the dict slot of an instance of `class`, by a dict holding
/// them (in their insertion order), and return that dict.
pub fn materialise(class: &Value, cell: &PyCell<InstDict>) -> Value {
    let mut slot = cell.borrow_mut();
    let values = match &mut *slot {
        InstDict::Dict(d) => return d.clone(),
        InstDict::Values(v) => std::mem::take(v),
    };
    let (table, lost) = match type_data(class) {
        Some(td) => (values.into_table(&td.shared_keys.borrow()), Vec::new()),
        None => (DictTable::default(), { values }.take_all()),
    };
    let d = new_dict_value(table);
    *slot = InstDict::Dict(d.clone());
    drop(slot);
    drop(lost);
    d
}

/// What storing or deleting an attribute in an instance's dict slot did.
pub enum Store {
    /// Done; the old value, to drop once no borrow is held.
    Done(Option<Value>),
    /// A deletion of a name the instance does not have.
    Missing,
    /// The attributes are (now) a dict object: store the value there.
    Dict(Value, Option<Value>),
}

/// Store (`Some`) or delete (`None`) `name` in the dict slot `cell` of an instance of `class`,
/// keeping values when the name can be shared and making the dict otherwise. Only classes
/// written in Python share keys: an instance of a builtin type whose dict starts empty (a
/// function) gets its dict at the first store, as CPython's `func_dict`.
pub fn store(class: &Value, cell: &PyCell<InstDict>, name: &Value, value: Option<Value>) -> Store {
    let mut slot = cell.borrow_mut();
    let values = match &mut *slot {
        InstDict::Dict(d) => return Store::Dict(d.clone(), value),
        InstDict::Values(v) => v,
    };
    let Some(td) = type_data(class).filter(|td| td.heap) else {
        drop(slot);
        return Store::Dict(materialise(class, cell), value);
    };
    let Some(value) = value else {
        let old = values.remove(&td.shared_keys.borrow(), name);
        return old.map_or(Store::Missing, |v| Store::Done(Some(v)));
    };
    let stored = values.store(&mut td.shared_keys.borrow_mut(), name, value);
    match stored {
        Ok(old) => Store::Done(old),
        Err(value) => {
            drop(slot);
            Store::Dict(materialise(class, cell), Some(value))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::intern;

    fn names(t: &DictTable) -> Vec<String> {
        t.iter()
            .map(|(_, e)| as_pystr(&e.key).map_or("?".into(), |s| s.as_str().to_owned()))
            .collect()
    }

    #[test]
    fn keeps_insertion_order() {
        let mut keys = SharedKeys::default();
        let mut a = InstanceValues::default();
        for n in ["x", "y", "z"] {
            assert!(a.store(&mut keys, &intern(n), Value::zero()).is_ok());
        }
        let mut b = InstanceValues::default();
        for n in ["z", "x"] {
            assert!(b.store(&mut keys, &intern(n), Value::zero()).is_ok());
        }
        assert!(b.remove(&keys, &intern("z")).is_some());
        assert!(b.store(&mut keys, &intern("y"), Value::zero()).is_ok());
        assert!(b.store(&mut keys, &intern("z"), Value::zero()).is_ok());
        assert_eq!(names(&a.into_table(&keys)), ["x", "y", "z"]);
        assert_eq!(names(&b.into_table(&keys)), ["x", "y", "z"]);
        let mut c = InstanceValues::default();
        for n in ["y", "x"] {
            assert!(c.store(&mut keys, &intern(n), Value::zero()).is_ok());
        }
        assert_eq!(names(&c.into_table(&keys)), ["y", "x"]);
    }
}
