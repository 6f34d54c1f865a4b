//! The flow table's hash index: open addressing with linear probing over one `u64` per
//! bucket (32 bits of the key's hash, then the slot number + 1; 0 = empty).
//!
//! Keys live in the slab, not here, so the index costs 8 bytes per bucket; with the load kept
//! at or under one half that is at most 16 bytes per flow. Deletion shifts entries back
//! (no tombstones), so probe chains never degrade.

const MIN_BUCKETS: usize = 64;

#[derive(Debug, Clone)]
pub struct FlowIndex {
    buckets: Vec<u64>,
    len: usize,
}

impl Default for FlowIndex {
    fn default() -> Self {
        Self::new()
    }
}

#[inline]
fn entry(hash: u64, slot: u32) -> u64 {
    (u64::from(hash as u32) << 32) | (u64::from(slot) + 1)
}

#[inline]
fn entry_hash(e: u64) -> u32 {
    (e >> 32) as u32
}

#[inline]
fn entry_slot(e: u64) -> u32 {
    (e as u32).wrapping_sub(1)
}

impl FlowIndex {
    pub fn new() -> Self {
        Self {
            buckets: vec![0; MIN_BUCKETS],
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes held by the bucket array.
    pub fn heap_bytes(&self) -> usize {
        self.buckets.capacity() * std::mem::size_of::<u64>()
    }

    #[inline]
    fn mask(&self) -> usize {
        self.buckets.len() - 1
    }

    /// The slot whose hash is `hash` and for which `is_match` holds.
    #[inline]
    pub fn find(&self, hash: u64, mut is_match: impl FnMut(u32) -> bool) -> Option<u32> {
        let mask = self.mask();
        let tag = hash as u32;
        let mut i = tag as usize & mask;
        loop {
            let e = self.buckets[i];
            if e == 0 {
                return None;
            }
            if entry_hash(e) == tag && is_match(entry_slot(e)) {
                return Some(entry_slot(e));
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `slot` under `hash`; the caller has checked it is not there yet.
    pub fn insert(&mut self, hash: u64, slot: u32) {
        if (self.len + 1) * 2 > self.buckets.len() {
            self.grow();
        }
        self.place(entry(hash, slot));
        self.len += 1;
    }

    fn place(&mut self, e: u64) {
        let mask = self.mask();
        let mut i = entry_hash(e) as usize & mask;
        while self.buckets[i] != 0 {
            i = (i + 1) & mask;
        }
        self.buckets[i] = e;
    }

    fn grow(&mut self) {
        let doubled = vec![0; self.buckets.len() * 2];
        let old = std::mem::replace(&mut self.buckets, doubled);
        for e in old.into_iter().filter(|&e| e != 0) {
            self.place(e);
        }
    }

    /// Removes `slot` (stored under `hash`); returns whether it was there.
    pub fn remove(&mut self, hash: u64, slot: u32) -> bool {
        let mask = self.mask();
        let target = entry(hash, slot);
        let mut i = entry_hash(target) as usize & mask;
        loop {
            let e = self.buckets[i];
            if e == 0 {
                return false;
            }
            if e == target {
                break;
            }
            i = (i + 1) & mask;
        }
        // Backward-shift: pull later entries of the probe run into the hole when their home
        // bucket allows it.
        self.buckets[i] = 0;
        let mut hole = i;
        let mut j = (i + 1) & mask;
        loop {
            let e = self.buckets[j];
            if e == 0 {
                break;
            }
            let home = entry_hash(e) as usize & mask;
            if (j.wrapping_sub(home) & mask) >= (j.wrapping_sub(hole) & mask) {
                self.buckets[hole] = e;
                self.buckets[j] = 0;
                hole = j;
            }
            j = (j + 1) & mask;
        }
        self.len -= 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn matches_a_std_map_under_inserts_and_removes_with_colliding_hashes() {
        let mut index = FlowIndex::new();
        let mut model: HashMap<u32, u64> = HashMap::new();
        // few distinct hashes: long probe runs, wrap-around and shifting all exercised
        let hash_of = |slot: u32| u64::from(slot % 7) * 0x9e37_79b9 + u64::from(slot % 3) * 63;
        let mut state = 12345u64;
        for step in 0..20_000u32 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let slot = ((state >> 33) % 500) as u32;
            let h = hash_of(slot);
            if model.contains_key(&slot) && step % 3 != 0 {
                assert!(index.remove(h, slot));
                model.remove(&slot);
            } else if let std::collections::hash_map::Entry::Vacant(e) = model.entry(slot) {
                index.insert(h, slot);
                e.insert(h);
            }
            assert_eq!(index.len(), model.len());
        }
        for slot in 0..500 {
            let found = index.find(hash_of(slot), |s| s == slot);
            assert_eq!(found.is_some(), model.contains_key(&slot), "slot {slot}");
        }
        assert!(!index.remove(hash_of(1000), 1000));
    }
}
