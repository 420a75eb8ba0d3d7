//! The `set`/`frozenset` hash table, laid out as CPython's so iteration order matches: open
//! addressing where each probe first scans up to 9 neighbouring slots, then jumps with
//! perturbation; deleted slots are dummies; the table grows ×4 (×2 past 50,000 items) when
//! 3/5 full. Counterpart of `Objects/setobject.c`.

use crate::object::Value;
use crate::objects::dict::{Probe, native_eq};

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full { hash: i64, key: Value },
}

pub struct SetTable {
    table: Vec<Slot>,
    /// Full + dummy slots.
    fill: usize,
    used: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
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

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Visit slots in CPython's probe order until `f` returns `Some`, or an empty slot is met
    /// (then `f` is not called for it and `None` is returned with that slot's index).
    fn walk<T>(&self, hash: i64, mut f: impl FnMut(usize, &Slot) -> Option<T>) -> Result<T, usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = &self.table[j];
                if matches!(slot, Slot::Empty) {
                    return Err(j);
                }
                if let Some(t) = f(j, slot) {
                    return Ok(t);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        let mut candidates = Vec::new();
        let found = self.walk(hash, |j, slot| match slot {
            Slot::Full { hash: h, key: k } if *h == hash => {
                if k.is(key) {
                    return Some(j);
                }
                match native_eq(k, key) {
                    Some(true) => Some(j),
                    Some(false) => None,
                    None => {
                        candidates.push((j, k.clone()));
                        None
                    }
                }
            }
            _ => None,
        });
        match found {
            Ok(j) => Probe::Found(j),
            Err(_) if candidates.is_empty() => Probe::Missing,
            Err(_) => Probe::Candidates(candidates),
        }
    }

    /// Insert a key known to be absent, reusing the first dummy slot on its probe path.
    pub fn insert_new(&mut self, key: Value, hash: i64) {
        let mut freeslot = None;
        let empty = self.walk(hash, |j, slot| {
            if matches!(slot, Slot::Dummy) && freeslot.is_none() {
                freeslot = Some(j);
            }
            None::<()>
        });
        self.version += 1;
        self.used += 1;
        if let Some(j) = freeslot {
            self.table[j] = Slot::Full { hash, key };
            return;
        }
        let Err(j) = empty else { return };
        self.table[j] = Slot::Full { hash, key };
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                let j = match self.walk(hash, |_, _| None::<()>) {
                    Err(j) => j,
                    Ok(()) => continue,
                };
                self.table[j] = Slot::Full { hash, key };
            }
        }
    }

    /// Remove the key at slot `j`, returning it (to be dropped after the borrow).
    pub fn remove_at(&mut self, j: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[j], Slot::Dummy) {
            Slot::Full { key, .. } => {
                self.used -= 1;
                self.version += 1;
                Some(key)
            }
            other => {
                self.table[j] = other;
                None
            }
        }
    }

    /// Keys with their hashes, in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (usize, i64, &Value)> {
        self.table.iter().enumerate().filter_map(|(j, s)| match s {
            Slot::Full { hash, key } => Some((j, *hash, key)),
            _ => None,
        })
    }

    /// The first key at or after slot `pos` (for iterators).
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Value)> {
        self.table
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(j, s)| match s {
                Slot::Full { key, .. } => Some((j, key)),
                _ => None,
            })
    }

    /// Take all keys out (for `clear()`).
    pub fn take_all(&mut self) -> Vec<Value> {
        let old = std::mem::take(self);
        self.version = old.version + 1;
        old.table
            .into_iter()
            .filter_map(|s| match s {
                Slot::Full { key, .. } => Some(key),
                _ => None,
            })
            .collect()
    }

    /// Key and slot for `pop()`: CPython scans from a moving finger; gilpy starts at slot 0.
    pub fn first(&self) -> Option<usize> {
        self.next_from(0).map(|(j, _)| j)
    }
}
