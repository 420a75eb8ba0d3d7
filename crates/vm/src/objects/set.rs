//! The `set`/`frozenset` hash table, laid out as CPython's so iteration order matches: open
//! addressing where each probe first scans up to 9 neighbouring slots, then jumps with
//! perturbation; deleted slots are dummies (an insertion reuses the last dummy on its probe
//! path); the table grows ×4 (×2 past 50,000 items) when 3/5 full; `pop()` scans from a moving
//! finger. Counterpart of `Objects/setobject.c`.

use crate::object::Value;
use crate::objects::dict::{Probe, native_eq};
use std::cell::RefCell;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// A slot as CPython's `setentry`: a key with its hash, or no key and hash 0 (empty) or
/// `DUMMY_HASH` (a removed key). 16 bytes, and a probe step tests the hash first.
#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Option<Value>,
}

/// The hash of a dummy slot (no key hashes to -1).
const DUMMY_HASH: i64 = -1;

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };

    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash == 0
    }

    #[inline(always)]
    fn full(hash: i64, key: Value) -> Slot {
        Slot {
            hash,
            key: Some(key),
        }
    }
}

/// `n` empty slots: a pooled table of that size (`TABLE_POOL`), or new slots each written as
/// a constant (`vec![Slot::EMPTY; n]` clones the prototype slot by slot, about 15
/// instructions each).
#[inline]
fn empty_slots(n: usize) -> Vec<Slot> {
    let pooled = pool_index(n).and_then(|i| {
        TABLE_POOL
            .try_with(|p| p.borrow_mut()[i].pop())
            .ok()
            .flatten()
    });
    if let Some(table) = pooled {
        return table;
    }
    let mut table = Vec::with_capacity(n);
    table.resize_with(n, || Slot::EMPTY);
    table
}

/// Pooled table sizes: a new set's and the one it grows to first.
const POOLED_SIZES: [usize; 2] = [MIN_SIZE, MIN_SIZE * 4];
/// At most this many emptied tables are kept per pooled size and thread.
const POOLED_TABLES: usize = 16;

thread_local! {
    /// Emptied tables of the `POOLED_SIZES` (every slot empty), for the next sets: a set made
    /// and freed, which CPython serves from its inline 8-slot table, then allocates nothing.
    static TABLE_POOL: RefCell<[Vec<Vec<Slot>>; 2]> = const { RefCell::new([Vec::new(), Vec::new()]) };
}

fn pool_index(n: usize) -> Option<usize> {
    POOLED_SIZES.iter().position(|&size| size == n)
}

/// Release a table's keys in table order (as CPython's `set_dealloc`), emptying every slot
/// it passes, and keep the table for the next set if it has a pooled size. `fill` is how many
/// slots hold a key or a dummy: the walk stops after the last of them, the rest being empty
/// already. A key's release may run Python code (`__del__`), which may make and free sets: the
/// pool is not borrowed meanwhile.
fn release_table(mut table: Vec<Slot>, fill: usize) {
    release_slots(&mut table, fill);
    recycle_table(table);
}

/// `release_table`'s walk: release the keys of the first `fill` slots holding a key or a
/// dummy, emptying each.
fn release_slots(table: &mut [Slot], fill: usize) {
    let mut left = fill;
    for slot in table.iter_mut() {
        if left == 0 {
            break;
        }
        if slot.hash != 0 || slot.key.is_some() {
            left -= 1;
            slot.hash = 0;
            drop(slot.key.take());
        }
    }
}

/// Keep an emptied table (every slot empty) for the next set if it has a pooled size.
fn recycle_table(table: Vec<Slot>) {
    let Some(i) = pool_index(table.len()) else {
        return;
    };
    // After the thread's pool is gone (a set released by a later thread-local destructor),
    // the table is just freed.
    let _ = TABLE_POOL.try_with(|p| {
        let mut p = p.borrow_mut();
        if p[i].len() < POOLED_TABLES {
            p[i].push(table);
        }
    });
}

/// Where a key is, or where it would go (`SetTable::probe_native`).
pub enum Lookup {
    Found(usize),
    /// Absent: the probe path ended at slot `empty`; `freeslot` is its last dummy slot.
    Vacant {
        empty: usize,
        freeslot: Option<usize>,
    },
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Full + dummy slots.
    fill: usize,
    used: usize,
    /// Where the next `pop()` starts scanning.
    finger: usize,
    pub version: u64,
}

impl Drop for SetTable {
    fn drop(&mut self) {
        release_table(std::mem::take(&mut self.table), self.fill);
    }
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            table: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Whether the table is as a new set's: minimum size, no keys and no dummies (clearing it
    /// would change nothing).
    pub fn is_pristine(&self) -> bool {
        self.fill == 0 && self.table.len() == MIN_SIZE
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Visit slots in CPython's probe order until `f` returns `Some`, or an empty slot is met
    /// (then `f` is not called for it and `None` is returned with that slot's index).
    #[inline(always)]
    fn walk<T>(&self, hash: i64, mut f: impl FnMut(usize, &Slot) -> Option<T>) -> Result<T, usize> {
        walk_table(&self.table, hash, |j, slot| {
            if slot.is_empty() {
                Some(Err(j))
            } else {
                f(j, slot).map(Ok)
            }
        })
    }

    /// Look `key` up without running Python code: `Some(Found)` or `Some(Vacant)` when the
    /// table decides it, `None` when a key with the same hash needs its Python `__eq__`.
    #[inline]
    pub fn probe_native(&self, key: &Value, hash: i64) -> Option<Lookup> {
        self.probe_native_for::<true>(key, hash)
    }

    /// `probe_native` for a lookup that inserts nothing: dummies are skipped, not recorded (a
    /// `Vacant` answer then has no `freeslot`).
    #[inline]
    pub fn find_native(&self, key: &Value, hash: i64) -> Option<Lookup> {
        self.probe_native_for::<false>(key, hash)
    }

    /// The probe loop of CPython's `set_lookkey`/`set_add_entry`: each slot is told apart by
    /// its hash first (a dummy's is -1, an empty slot's 0), its key read only on a match.
    #[inline(always)]
    fn probe_native_for<const FREESLOT: bool>(&self, key: &Value, hash: i64) -> Option<Lookup> {
        let table = self.table.as_slice();
        let mut seq = ProbeSeq::new(hash, table.len());
        let mut freeslot = None;
        loop {
            let (i, end) = seq.run();
            for (j, slot) in (i..).zip(&table[i..=end]) {
                let h = slot.hash;
                if h == hash {
                    let Some(k) = &slot.key else {
                        // No key has hash -1: this is an empty slot (and `hash` is 0).
                        return Some(Lookup::Vacant { empty: j, freeslot });
                    };
                    if k.is(key) {
                        return Some(Lookup::Found(j));
                    }
                    match native_eq(k, key) {
                        Some(true) => return Some(Lookup::Found(j)),
                        Some(false) => {}
                        None => return None,
                    }
                } else if h == 0 {
                    if slot.key.is_none() {
                        return Some(Lookup::Vacant { empty: j, freeslot });
                    }
                } else if FREESLOT && h == DUMMY_HASH {
                    freeslot = Some(j);
                }
            }
            seq.advance();
        }
    }

    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        match self.probe_native(key, hash) {
            Some(Lookup::Found(j)) => Probe::Found(j),
            Some(Lookup::Vacant { .. }) => Probe::Missing,
            None => self.probe_candidates(key, hash),
        }
    }

    /// The slow probe: keys with `hash` that need their `__eq__` (to call outside the borrow).
    /// A key found after such candidates ends the list as its last candidate, so the earlier
    /// `__eq__`s still run first, as in CPython.
    #[cold]
    fn probe_candidates(&self, key: &Value, hash: i64) -> Probe {
        let mut candidates = Vec::new();
        let found = self.walk(hash, |j, slot| match &slot.key {
            Some(k) if slot.hash == hash => {
                let equal = if k.is(key) {
                    Some(true)
                } else {
                    native_eq(k, key)
                };
                if equal != Some(false) {
                    candidates.push((j, k.clone()));
                }
                equal.filter(|&e| e).map(|_| j)
            }
            _ => None,
        });
        match found {
            Ok(j) if candidates.len() == 1 => Probe::Found(j),
            Ok(_) => Probe::Candidates(candidates),
            Err(_) if candidates.is_empty() => Probe::Missing,
            Err(_) => Probe::Candidates(candidates),
        }
    }

    /// Insert a key known to be absent, reusing the last dummy slot on its probe path (as
    /// CPython's `set_add_entry`).
    pub fn insert_new(&mut self, key: Value, hash: i64) {
        let mut freeslot = None;
        let empty = self.walk(hash, |j, slot| {
            if slot.hash == DUMMY_HASH {
                freeslot = Some(j);
            }
            None::<()>
        });
        if let Err(empty) = empty {
            self.insert_at(Lookup::Vacant { empty, freeslot }, key, hash);
        }
    }

    /// Put `key` into the vacancy `probe_native` found: the last dummy on its probe path, else
    /// the empty slot that ended it (then the table grows when 3/5 full). Inlined into the
    /// callers' probes (`set.add`'s path), with the growth out of line.
    #[inline(always)]
    pub fn insert_at(&mut self, vacancy: Lookup, key: Value, hash: i64) {
        let Lookup::Vacant { empty, freeslot } = vacancy else {
            return;
        };
        self.version += 1;
        self.used += 1;
        if let Some(j) = freeslot {
            self.table[j] = Slot::full(hash, key);
            return;
        }
        self.table[empty] = Slot::full(hash, key);
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.grow();
        }
    }

    /// The resize after an insertion filled 3/5 of the table (CPython's `set_add_entry`).
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.resize(if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        });
    }

    /// Rebuild the table with the smallest size above `min_used`, dropping dummies.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.table.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        self.fill = self.used;
        self.version += 1;
        if size == MIN_SIZE && self.table.len() == MIN_SIZE {
            self.purge_in_place();
            return;
        }
        let mut old = std::mem::replace(&mut self.table, empty_slots(size));
        for slot in old.iter_mut() {
            let hash = std::mem::take(&mut slot.hash);
            if let Some(key) = slot.key.take() {
                self.insert_clean(key, hash);
            }
        }
        recycle_table(old);
    }

    /// Rebuild a minimum-size table in its own storage (as CPython's copy of its small table
    /// to the stack): the slots move to a local array and the keys go back in table order, so
    /// add-then-remove churn, which rebuilds every few adds, allocates nothing.
    fn purge_in_place(&mut self) {
        let old: [Slot; MIN_SIZE] =
            std::array::from_fn(|j| std::mem::replace(&mut self.table[j], Slot::EMPTY));
        for slot in old {
            if let Some(key) = slot.key {
                self.insert_clean(key, slot.hash);
            }
        }
    }

    /// Put a key into the first empty slot of its probe path (no dummies, no duplicates).
    /// Its own loop: in such a table a slot without a key is empty, so the first one on the
    /// path takes the key (the closure-based `walk` cost about 58 instructions a key).
    fn insert_clean(&mut self, key: Value, hash: i64) {
        let table = self.table.as_mut_slice();
        let mut seq = ProbeSeq::new(hash, table.len());
        loop {
            let (i, end) = seq.run();
            if let Some(slot) = table[i..=end].iter_mut().find(|s| s.key.is_none()) {
                *slot = Slot::full(hash, key);
                return;
            }
            seq.advance();
        }
    }

    /// The bulk-insert fast paths of CPython's `set_merge`, after presizing for `other`:
    /// copy slot by slot when the tables match, or insert cleanly into an empty table.
    /// Returns false when neither applies (the caller then adds key by key).
    pub fn merge_fast(&mut self, other: &SetTable) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        self.version += 1;
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        self.fill = other.used;
        self.used = other.used;
        for (_, hash, key) in other.iter() {
            self.insert_clean(key.clone(), hash);
        }
        true
    }

    /// Presize before adding `n` keys from a dict (CPython's `set_update_dict`).
    pub fn presize(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// After removals: rebuild when more than a quarter of the slots are dummies.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// Remove the key at slot `j`, returning it (to be dropped after the borrow).
    pub fn remove_at(&mut self, j: usize) -> Option<Value> {
        let slot = self.table.get_mut(j)?;
        let key = slot.key.take()?;
        slot.hash = DUMMY_HASH;
        self.used -= 1;
        self.version += 1;
        Some(key)
    }

    /// `set.pop()`: the first key at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while self.table[j].key.is_none() {
            j = if j == mask { 0 } else { j + 1 };
        }
        self.finger = j + 1;
        self.remove_at(j)
    }

    /// Keys with their hashes, in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (usize, i64, &Value)> {
        self.table
            .iter()
            .enumerate()
            .filter_map(|(j, s)| s.key.as_ref().map(|key| (j, s.hash, key)))
    }

    /// The first key at or after slot `pos` (for iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(j, s)| s.key.as_ref().map(|key| (j, key)))
    }

    /// Empty the table for a new set (a freed set kept on its free list): the keys are
    /// released in table order, as freeing the set would, and the table returns to its
    /// minimum size, a larger one going back to the pool.
    pub fn reset(&mut self) {
        let fill = std::mem::take(&mut self.fill);
        self.used = 0;
        self.finger = 0;
        if self.table.len() == MIN_SIZE {
            release_slots(&mut self.table, fill);
        } else {
            let old = std::mem::replace(&mut self.table, empty_slots(MIN_SIZE));
            release_table(old, fill);
        }
    }

    /// Take all keys out (for `clear()`); the table returns to its minimum size.
    pub fn take_all(&mut self) -> Vec<Value> {
        let finger = self.finger;
        let mut old = std::mem::take(self);
        self.version = old.version + 1;
        self.finger = finger;
        let keys = old.table.iter_mut().filter_map(|s| s.key.take()).collect();
        old.used = 0;
        keys
    }

    /// Exchange the contents of two tables (CPython's `set_swap_bodies`), keeping each finger.
    pub fn swap_bodies(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.table, &mut other.table);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.version += 1;
        other.version += 1;
    }
}

/// CPython's probe sequence over a table of `mask + 1` slots: runs of up to `LINEAR_PROBES + 1`
/// neighbouring slots, each followed by a jump with perturbation.
struct ProbeSeq {
    mask: usize,
    perturb: u64,
    i: usize,
}

impl ProbeSeq {
    #[inline(always)]
    fn new(hash: i64, len: usize) -> ProbeSeq {
        let mask = len - 1;
        ProbeSeq {
            mask,
            perturb: hash as u64,
            i: hash as u64 as usize & mask,
        }
    }

    /// The current run: the indices of its first and last slots.
    #[inline(always)]
    fn run(&self) -> (usize, usize) {
        let end = if self.i + LINEAR_PROBES <= self.mask {
            self.i + LINEAR_PROBES
        } else {
            self.i
        };
        (self.i, end)
    }

    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = self
            .i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
    }
}

/// CPython's probe sequence over `table`: runs of up to 10 neighbouring slots, then a jump
/// with perturbation, until `visit` returns `Some`.
#[inline(always)]
fn walk_table<T>(table: &[Slot], hash: i64, mut visit: impl FnMut(usize, &Slot) -> Option<T>) -> T {
    let mut seq = ProbeSeq::new(hash, table.len());
    loop {
        let (i, end) = seq.run();
        for (j, slot) in (i..).zip(&table[i..=end]) {
            if let Some(t) = visit(j, slot) {
                return t;
            }
        }
        seq.advance();
    }
}
