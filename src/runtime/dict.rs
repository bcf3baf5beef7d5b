//! Insertion-ordered hash table storage used by `dict`, instance `__dict__`s,
//! namespaces and (via `set.rs`) nothing else.
//!
//! Owns only storage: it never hashes or compares keys itself. Callers pass
//! the hash and an equality predicate, so no user code runs while the table is
//! borrowed (see `dictops` for lookups that need `__eq__`).

use super::value::Value;

const EMPTY: u32 = u32::MAX;
/// Dicts with at most this many entry slots have no index table.
const LINEAR_MAX: usize = 8;
const DUMMY: u32 = u32::MAX - 1;

/// CPython's dict probe sequence: the next index-table position.
#[inline]
fn next_probe(i: usize, perturb: u64, mask: usize) -> (usize, u64) {
    let perturb = perturb >> 5;
    (
        i.wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize)
            & mask,
        perturb,
    )
}

thread_local! {
    static TICK: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A process-unique dict layout stamp.
#[inline]
fn next_version() -> u64 {
    TICK.with(|t| {
        let v = t.get();
        t.set(v + 1);
        v
    })
}

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Dict {
    indices: Box<[u32]>,
    entries: Vec<Option<Entry>>,
    /// Live entries (`u32`, as entry positions in `indices` are).
    used: u32,
    /// Index slots that are not EMPTY (live entries plus DUMMY markers):
    /// kept below 2/3 of the table so every probe meets an EMPTY slot.
    fill: u32,
    /// Changed on every insertion of a new key or deletion, to a value no
    /// other dict has had (so `(address, version)` identifies a layout):
    /// lookup caches rely on it.
    pub version: u64,
}

/// Entry tables of at most this many slots are pooled.
const POOLED_MAX: usize = 4;
/// Tables kept per size.
const POOL_DEPTH: usize = 128;

/// Pooled empty entry tables, one shelf per capacity.
type TableShelves = [Vec<Vec<Option<Entry>>>; POOLED_MAX];

thread_local! {
    /// Empty entry tables of dead dicts, by capacity (1..=POOLED_MAX).
    /// Instance attribute tables are made and dropped with their
    /// instances, often dozens at a time; reusing them skips the allocator
    /// (CPython's small-object allocator serves its values arrays).
    /// (ManuallyDrop: no destructor to register, so each access is a
    /// plain load; the empty tables are left to the process's exit.)
    static SMALL_TABLES: std::mem::ManuallyDrop<std::cell::RefCell<TableShelves>> =
        const { std::mem::ManuallyDrop::new(std::cell::RefCell::new([const { Vec::new() }; POOLED_MAX])) };
}

/// An empty entry table with room for exactly `n` (1..=POOLED_MAX) entries.
fn small_table(n: usize) -> Vec<Option<Entry>> {
    SMALL_TABLES
        .try_with(|p| p.borrow_mut()[n - 1].pop())
        .ok()
        .flatten()
        .unwrap_or_else(|| Vec::with_capacity(n))
}

impl Drop for Dict {
    #[inline]
    fn drop(&mut self) {
        if (1..=POOLED_MAX).contains(&self.entries.capacity()) {
            self.recycle_entries();
        }
    }
}

impl Dict {
    /// Drop the entries and put the small table back in the pool.
    #[inline(never)]
    fn recycle_entries(&mut self) {
        let mut table = std::mem::take(&mut self.entries);
        // Dropping the values may drop other dicts: the pool is borrowed
        // only after.
        table.clear();
        let _ = SMALL_TABLES.try_with(|p| {
            let mut p = p.borrow_mut();
            let shelf = &mut p[table.capacity() - 1];
            if shelf.len() < POOL_DEPTH {
                shelf.push(table);
            }
        });
    }

    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let entries = if (1..=POOLED_MAX).contains(&n) {
            small_table(n)
        } else {
            Vec::with_capacity(n)
        };
        let indices = if n > LINEAR_MAX {
            vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)].into_boxed_slice()
        } else {
            Box::default()
        };
        Dict {
            indices,
            entries,
            used: 0,
            fill: 0,
            version: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Entry slots in insertion order (`None` for deleted ones).
    #[inline]
    pub fn entries(&self) -> &[Option<Entry>] {
        &self.entries
    }

    /// Entry at slot `i` of the entry array.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn entry_mut(&mut self, i: usize) -> Option<&mut Entry> {
        self.entries.get_mut(i).and_then(|e| e.as_mut())
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// Find the entry slot holding a key with this hash for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        self.walk(hash, |_, e| eq(&e.key))
    }

    /// All entry slots whose hash equals `hash` (for lookups that must call
    /// `__eq__` outside the borrow).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        self.walk(hash, |slot, _| {
            out.push(slot);
            false
        });
        out
    }

    /// Visit, in probe order, the live entries whose hash equals `hash`
    /// until `visit` returns true; returns that entry's slot.
    #[inline]
    fn walk(&self, hash: i64, mut visit: impl FnMut(usize, &Entry) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            // Small dicts have no index table: scan the entries.
            return self
                .entries
                .iter()
                .enumerate()
                .position(|(slot, e)| matches!(e, Some(e) if e.hash == hash && visit(slot, e)));
        }
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                if let Some(e) = &self.entries[ix as usize] {
                    if e.hash == hash && visit(ix as usize, e) {
                        return Some(ix as usize);
                    }
                }
            }
            (i, perturb) = next_probe(i, perturb, mask);
        }
    }

    /// Append a new entry for a key known to be absent. Returns its slot.
    #[inline]
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        if self.indices.is_empty() && self.entries.len() < LINEAR_MAX {
            // Small dict: entries only, found by a linear scan.
            let slot = self.entries.len();
            self.entries.push(Some(Entry { hash, key, value }));
            self.used += 1;
            self.version = next_version();
            return slot;
        }
        self.push_new_indexed(hash, key, value)
    }

    /// [`Dict::push_new`] for a dict with an index table (or about to get one).
    #[inline(never)]
    fn push_new_indexed(&mut self, hash: i64, key: Value, value: Value) -> usize {
        if (self.fill as usize + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let slot = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.insert_index(hash, slot as u32);
        self.used += 1;
        self.version = next_version();
        slot
    }

    /// Replace the value at an existing slot, returning the old value (which
    /// the caller must drop only after releasing any borrow).
    #[inline]
    pub fn replace_value(&mut self, slot: usize, value: Value) -> Option<Value> {
        self.entries
            .get_mut(slot)
            .and_then(|e| e.as_mut())
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    /// Remove the entry at `slot`, returning it (drop it outside borrows).
    pub fn remove_slot(&mut self, slot: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(slot)?.take()?;
        if self.indices.is_empty() {
            self.used -= 1;
            self.version = next_version();
            while matches!(self.entries.last(), Some(None)) {
                self.entries.pop();
            }
            return Some(entry);
        }
        let mask = self.indices.len() - 1;
        let mut i = (entry.hash as u64 as usize) & mask;
        let mut perturb = entry.hash as u64;
        loop {
            let ix = self.indices[i];
            if ix == slot as u32 {
                self.indices[i] = DUMMY;
                break;
            }
            if ix == EMPTY {
                break;
            }
            (i, perturb) = next_probe(i, perturb, mask);
        }
        self.used -= 1;
        self.version = next_version();
        // Trailing deleted entries can be trimmed so popitem stays O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        Some(entry)
    }

    /// Remove every entry, returning them (drop them outside borrows).
    pub fn take_all(&mut self) -> Vec<Option<Entry>> {
        self.indices = Box::default();
        self.fill = 0;
        self.used = 0;
        self.version = next_version();
        std::mem::take(&mut self.entries)
    }

    fn insert_index(&mut self, hash: i64, slot: u32) {
        let mask = self.indices.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while self.indices[i] < DUMMY {
            (i, perturb) = next_probe(i, perturb, mask);
        }
        if self.indices[i] == EMPTY {
            self.fill += 1;
        }
        self.indices[i] = slot;
    }

    fn grow(&mut self) {
        // Compact the entries and rebuild the index table.
        let live: Vec<Option<Entry>> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| e.is_some())
            .collect();
        let size = ((live.len() + 1) * 3).next_power_of_two().max(8);
        self.indices = vec![EMPTY; size].into_boxed_slice();
        self.fill = 0;
        self.entries = live;
        for slot in 0..self.entries.len() {
            if let Some(e) = &self.entries[slot] {
                let h = e.hash;
                self.insert_index(h, slot as u32);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Heavy insert/delete churn must keep an EMPTY index slot for probes to
    /// stop at (a table full of DUMMY markers would loop forever).
    #[test]
    fn churn_keeps_probes_terminating() {
        let mut d = Dict::new();
        for i in 0..100_000i64 {
            d.push_new(i, Value::Int(i), Value::None);
            let slot = d.find(i, |k| matches!(k, Value::Int(x) if *x == i));
            assert!(slot.is_some());
            if i % 3 != 0 {
                let s = slot.unwrap_or(0);
                d.remove_slot(s);
            }
            assert!(d.find(-1, |_| false).is_none());
        }
        assert_eq!(d.len(), 33_334);
    }
}
