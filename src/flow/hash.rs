//! A small multiply-rotate hasher (the FxHash scheme) for the flow stage's own maps.
//!
//! Keys here are fixed-size integers chosen by the decoder, so a fast non-cryptographic hash
//! is enough; std's SipHash would cost more than the rest of the per-packet path.

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

/// Folds words with an add-multiply; `finish` rotates so the well-mixed high bits reach the
/// low bits that hash tables mask with.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = self.hash.wrapping_add(word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u16(&mut self, i: u16) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

/// `HashMap<K, V, FxBuild>` uses `FxHasher`.
pub type FxBuild = BuildHasherDefault<FxHasher>;
/// A `HashMap` with `FxHasher`.
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn h<T: Hash>(v: T) -> u64 {
        FxBuild::default().hash_one(v)
    }

    #[test]
    fn distinct_inputs_hash_differently_and_equal_inputs_equally() {
        assert_eq!(h((1u32, 2u16)), h((1u32, 2u16)));
        assert_ne!(h((1u32, 2u16)), h((2u32, 1u16)));
        assert_ne!(h(&b"abc"[..]), h(&b"abd"[..]));
        assert_ne!(h(&b"abcdefgh"[..]), h(&b"abcdefgh\0"[..]));
    }
}
