//! The prefix table's storage: one immutable run of 32-bit words, on huge pages where the
//! system offers them.
//!
//! Lookups read random places of a table of a few megabytes, so with 4 KiB pages nearly every
//! lookup also misses the TLB, which costs more than the cache misses themselves inside a
//! virtual machine. The words live in an anonymous mapping aligned to 2 MiB and advised as
//! `MADV_HUGEPAGE`; the kernel then backs it with a handful of huge pages when transparent
//! huge pages are enabled (`always` or `madvise`, the Debian and Raspberry Pi OS default).
//! Where the mapping cannot be made, the words stay on the heap: slower, never wrong.

use memmap2::{MmapMut, MmapOptions};

/// The huge page size the mapping is aligned to (x86-64 and arm64 with 4 KiB base pages).
const HUGE_PAGE: usize = 2 << 20;
/// Below this, huge pages would cost more memory than they save time.
const MIN_MAPPED_BYTES: usize = 512 << 10;

pub(crate) struct Words {
    storage: Storage,
}

enum Storage {
    Heap(Box<[u32]>),
    /// The mapping and where the words start in it: the first 2 MiB boundary.
    Mapped {
        map: MmapMut,
        offset: usize,
        len: usize,
    },
}

impl Words {
    pub(crate) fn new(words: Vec<u32>) -> Self {
        let bytes = words.len() * 4;
        if bytes >= MIN_MAPPED_BYTES {
            if let Some(storage) = Self::mapped(&words) {
                return Self { storage };
            }
        }
        Self {
            storage: Storage::Heap(words.into_boxed_slice()),
        }
    }

    fn mapped(words: &[u32]) -> Option<Storage> {
        let bytes = words.len() * 4;
        let rounded = bytes.div_ceil(HUGE_PAGE) * HUGE_PAGE;
        // One spare huge page of address space (never touched, so never backed) lets the words
        // start on a 2 MiB boundary whatever address the kernel picks.
        let mut map = MmapOptions::new()
            .len(rounded + HUGE_PAGE)
            .map_anon()
            .ok()?;
        let address = map.as_ptr() as usize;
        let offset = address.next_multiple_of(HUGE_PAGE) - address;
        #[cfg(any(target_os = "linux", target_os = "android"))]
        if let Err(error) = map.advise_range(memmap2::Advice::HugePage, offset, rounded) {
            // Still correct on small pages; only slower.
            tracing::debug!(%error, "huge pages refused for the prefix table");
        }
        let window = map.get_mut(offset..offset + bytes)?;
        let target: &mut [u32] = bytemuck::try_cast_slice_mut(window).ok()?;
        target.copy_from_slice(words);
        Some(Storage::Mapped {
            map,
            offset,
            len: words.len(),
        })
    }

    #[inline]
    pub(crate) fn as_slice(&self) -> &[u32] {
        match &self.storage {
            Storage::Heap(words) => words,
            Storage::Mapped { map, offset, len } => map
                .get(*offset..*offset + *len * 4)
                .and_then(|bytes| bytemuck::try_cast_slice(bytes).ok())
                .unwrap_or(&[]),
        }
    }

    /// Memory the words hold: the whole huge pages when mapped.
    pub(crate) fn memory_bytes(&self) -> usize {
        match &self.storage {
            Storage::Heap(words) => std::mem::size_of_val(&**words),
            Storage::Mapped { len, .. } => (len * 4).div_ceil(HUGE_PAGE) * HUGE_PAGE,
        }
    }

    #[cfg(test)]
    fn is_mapped(&self) -> bool {
        matches!(self.storage, Storage::Mapped { .. })
    }
}

impl Clone for Words {
    fn clone(&self) -> Self {
        Self::new(self.as_slice().to_vec())
    }
}

impl Default for Words {
    fn default() -> Self {
        Self {
            storage: Storage::Heap(Box::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_runs_stay_on_the_heap_and_read_back() {
        let words = Words::new((0..100).collect());
        assert!(!words.is_mapped());
        assert_eq!(words.as_slice().len(), 100);
        assert_eq!(words.as_slice()[99], 99);
    }

    #[test]
    fn large_runs_are_mapped_on_a_huge_page_boundary_and_read_back() {
        let n = 300_000u32;
        let words = Words::new((0..n).map(|i| i.wrapping_mul(2_654_435_761)).collect());
        assert_eq!(words.as_slice().len(), n as usize);
        assert!(
            words.is_mapped(),
            "an anonymous mapping is available on every unix"
        );
        assert_eq!(words.as_slice().as_ptr() as usize % HUGE_PAGE, 0);
        assert_eq!(
            words.as_slice()[12_345],
            12_345u32.wrapping_mul(2_654_435_761)
        );
        assert_eq!(words.memory_bytes(), HUGE_PAGE);
        let copy = words.clone();
        assert_eq!(copy.as_slice(), words.as_slice());
    }
}
