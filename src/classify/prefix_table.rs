//! Longest-prefix match over IPv4 and IPv6.
//!
//! Entries carry a precedence: the most specific prefix wins; at equal prefix length the highest
//! precedence wins; at equal precedence the first inserted wins. The table is built once and is
//! immutable.
//!
//! Design: CIDR prefixes are either nested or disjoint, so at build time they flatten into
//! sorted, disjoint address intervals covering the whole space, each answering its longest
//! match (or nothing, for the gaps between prefixes). A lookup finds the interval holding the
//! address, touching as few cache lines as possible:
//!
//! - a root of 2^16 four-byte entries on the top address bits;
//! - child nodes of 2^8 entries under the entries whose range holds many interval boundaries;
//!   a child over a cluster deep inside its parent's range skips the bits the cluster shares
//!   (path compression), so a run of /120s deep in a /64 costs one node, not a chain. Its
//!   header line (the cluster's first address; what the rest of the range answers) sits just
//!   before its entries, and the lookup reads both at once rather than one after the other;
//! - leaves of one 64-byte line: up to 10 (IPv4, 16-bit keys) or 5 (IPv6, 64-bit) boundaries
//!   and the values between them, counted without branches. One line may serve several
//!   neighbouring entries of a node (not of the IPv4 root, whose entries' keys are their own
//!   low 16 bits);
//! - for a range with more boundaries, a tree instead of a child node: separator lines
//!   (30 keys for IPv4, 7 for IPv6) pick a line of the level below, down to a leaf. IPv4 trees
//!   have one separator line (up to 340 boundaries); IPv6 trees up to three (3,071), used when
//!   a child node would leave some entry with more than a leaf holds. IPv6 ranges cluster (a
//!   provider's /32 cut into thousands of /48s to /64s), and there chains of 8-bit nodes and
//!   path-compressed nodes ran up to eight lines deep.
//!
//! An entry whose whole range lies in one interval answers at once (small values sit in the
//! entry itself), so an address in unallocated space costs one line, and a typical IPv4 lookup
//! two or three. Leaf and tree keys are windows of the address: the 16 (IPv4) or 64 (IPv6)
//! bits just below the bits the node's addresses share (for the IPv4 root, below the entry's
//! own 16), usable when every key drops only zero bits (IPv4: always; IPv6: any node at depth
//! 64 or more; above it, boundaries of prefixes no longer than the node's depth plus 64).

use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::net::IpAddr;

use ipnetwork::IpNetwork;
use wide::{CmpGt, i16x8};

use super::words::Words;

/// Address bits the root splits on.
const ROOT_BITS: u32 = 16;
/// Address bits each child node splits on.
const STRIDE: u32 = 8;

/// An index entry is a tag in its top bits and a payload below.
const TAG_SHIFT: u32 = 28;
const PAYLOAD: u32 = (1 << TAG_SHIFT) - 1;
/// Leaf line; keys are `Key::window` of the addresses at the node's depth; payload: line
/// number.
const TAG_LEAF: u32 = 0;
/// A tree of separator lines over leaf lines, keys as for `TAG_LEAF`; payload: its top line.
const TAG_TREE: u32 = 1;
/// Child over all of the entry's range, on the next `STRIDE` bits; payload: its first entry.
const TAG_NODE: u32 = 2;
/// Path-compressed child: a header line, then its entries. Payload: the header's word index
/// over 16, above `SKIP_SHIFT_BITS` bits holding the bit its entries split above.
const TAG_SKIP: u32 = 3;
const SKIP_SHIFT_BITS: u32 = 7;
/// Words of a skip header: its first address (`Key::WORDS32` words), then these two entries.
const SKIP_BELOW: usize = 4;
const SKIP_ABOVE: usize = 5;
/// The whole range answers one value; payload: index in `Family::values`.
const TAG_VALUE: u32 = 4;
/// The whole range answers the payload itself (values up to `PAYLOAD`: no further load).
const TAG_INLINE: u32 = 5;
/// The whole range answers nothing.
const NO_MATCH: u32 = u32::MAX;

/// The last word of a tree's separator line links to its children, the lines from
/// `link & LINK_LINE` on; `link >> LINK_USED_SHIFT` separators are in use.
const LINK_LINE: u32 = (1 << 26) - 1;
/// Set when the children are leaf lines, clear when they are separator lines.
const LINK_LEAVES: u32 = 1 << 26;
/// Five bits: up to 31 separators in use.
const LINK_USED_SHIFT: u32 = 27;
// A separator count too wide for the link would spill into its other fields.
const _: () = assert!(<u16 as LeafKey>::SEPARATORS < 1 << (32 - LINK_USED_SHIFT));
const _: () = assert!(<u64 as LeafKey>::SEPARATORS < 1 << (32 - LINK_USED_SHIFT));

/// Told of every word of the table a lookup reads, and whether the read waits for the one
/// before it; `()` is told nothing (the real lookups).
trait Seen {
    fn word(&mut self, word: usize, waits: bool);
}

impl Seen for () {
    #[inline(always)]
    fn word(&mut self, _: usize, _: bool) {}
}

impl Seen for Vec<(usize, bool)> {
    fn word(&mut self, word: usize, waits: bool) {
        self.push((word, waits));
    }
}

/// Which part of a family's table a read falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TablePart {
    /// The 2^16 entries split on the top address bits.
    Root,
    /// Child nodes and skip headers.
    Node,
    /// Leaf and separator lines.
    Line,
}

/// One cache line a lookup read, for the benchmark's cache model and the tests' bounds on
/// lines per lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LineRead {
    pub ipv6: bool,
    pub part: TablePart,
    /// The line's number in its family's words (64-byte lines from the first word).
    pub line: usize,
    /// Whether the read needs what the previous one read (false: both are in flight at
    /// once).
    pub waits: bool,
}

/// Address as an unsigned integer; implemented for IPv4 (`u32`) and IPv6 (`u128`).
trait Key: Copy + Ord + fmt::Debug {
    const BITS: u32;
    const ZERO: Self;
    /// What a leaf line stores of an address.
    type Leaf: LeafKey;
    /// Depth of the root entries' leaf keys: IPv4's 16-bit keys are the bits below the root
    /// entry's own, so a root leaf serves one entry; IPv6's start at the top and a root
    /// leaf may serve neighbouring entries.
    const ROOT_KEY_DEPTH: u32;
    /// The first address of the prefix of `len` bits holding `self`.
    fn network(self, len: u8) -> Self;
    /// The last address of the prefix of `len` bits holding `self`.
    fn broadcast(self, len: u8) -> Self;
    fn checked_next(self) -> Option<Self>;
    /// `self - 1`; only called on values above zero.
    fn prev(self) -> Self;
    /// The `bits` bits of `self` just above bit `shift`.
    fn slot(self, shift: u32, bits: u32) -> usize;
    /// `self` with `slot` put in at bit `shift` (those bits being zero).
    fn with_slot(self, shift: u32, slot: usize) -> Self;
    /// `self` with its `shift` low bits set.
    fn fill_low(self, shift: u32) -> Self;
    /// How many leading bits `self` and `other` share.
    fn common_bits(self, other: Self) -> u32;
    /// The bits of `self` just below its top `t`, as many as a leaf key holds (zeros past the
    /// end). Inside a node whose addresses share their top `t` bits, comparing windows
    /// compares addresses as long as the keys' windows are exact.
    fn window(self, t: u32) -> Self::Leaf;
    /// Whether `window(t)` drops only zero bits.
    fn window_exact(self, t: u32) -> bool;
    /// Whether `self` and `other` differ only in their `low` bottom bits.
    fn shares_top(self, other: Self, low: u32) -> bool;
    /// `self` as up to four words, least significant first (a skip header holds it).
    fn to_words(self) -> [u32; 4];
    fn from_words(words: &[u32]) -> Self;
}

macro_rules! impl_key {
    ($t:ty, $leaf:ty, $root_key_depth:expr) => {
        impl Key for $t {
            const BITS: u32 = <$t>::BITS;
            const ZERO: Self = 0;
            type Leaf = $leaf;
            const ROOT_KEY_DEPTH: u32 = $root_key_depth;
            fn network(self, len: u8) -> Self {
                self & !host_mask::<$t>(len)
            }
            fn broadcast(self, len: u8) -> Self {
                self | host_mask::<$t>(len)
            }
            fn checked_next(self) -> Option<Self> {
                self.checked_add(1)
            }
            fn prev(self) -> Self {
                self.wrapping_sub(1)
            }
            fn slot(self, shift: u32, bits: u32) -> usize {
                ((self >> shift) as usize) & ((1usize << bits) - 1)
            }
            fn with_slot(self, shift: u32, slot: usize) -> Self {
                self | ((slot as $t) << shift)
            }
            fn common_bits(self, other: Self) -> u32 {
                (self ^ other).leading_zeros()
            }
            fn fill_low(self, shift: u32) -> Self {
                if shift == 0 {
                    self
                } else {
                    self | (<$t>::MAX >> (<$t>::BITS - shift))
                }
            }
            fn window(self, t: u32) -> $leaf {
                (self.checked_shl(t).unwrap_or(0) >> (<$t>::BITS - <$leaf>::BITS)) as $leaf
            }
            fn window_exact(self, t: u32) -> bool {
                let dropped = <$t>::BITS.saturating_sub(t + <$leaf>::BITS);
                dropped == 0 || self.trailing_zeros() >= dropped
            }
            fn shares_top(self, other: Self, low: u32) -> bool {
                (self ^ other).checked_shr(low).unwrap_or(0) == 0
            }
            fn to_words(self) -> [u32; 4] {
                let mut out = [0; 4];
                for (i, w) in out.iter_mut().enumerate() {
                    *w = u128::from(self).checked_shr(32 * i as u32).unwrap_or(0) as u32;
                }
                out
            }
            fn from_words(words: &[u32]) -> Self {
                let mut v = 0u128;
                for (i, &w) in words.iter().take(<$t>::BITS as usize / 32).enumerate() {
                    v |= u128::from(w) << (32 * i);
                }
                v as $t
            }
        }
    };
}

/// Mask of the host bits of a prefix of `len` bits; `len` is clamped to the width.
fn host_mask<T>(len: u8) -> T
where
    T: Copy + std::ops::Not<Output = T> + std::ops::Shr<u32, Output = T> + From<u8> + Key,
{
    let len = u32::from(len);
    // Shifting by the full width would overflow: a full-length prefix has no host bits.
    if len >= T::BITS {
        T::from(0)
    } else {
        !T::from(0) >> len
    }
}

impl_key!(u32, u16, ROOT_BITS);
impl_key!(u128, u64, 0);

/// One cache line of a leaf: `KEYS` ascending keys, then the `KEYS + 1` values around them.
/// Unused keys are the maximum and repeat the last value, so counting needs no length.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, align(64))]
struct Line([u32; 16]);

/// A key as a leaf line stores it.
trait LeafKey: Copy + Ord + fmt::Debug {
    /// Keys per line; chosen so keys and values fill the 16 words.
    const KEYS: usize;
    /// The word of a leaf line where its `KEYS + 1` values start, after the keys.
    const VALUES_AT: usize;
    /// Separators per tree line, in its first 15 words; its last word is the link to its
    /// children.
    const SEPARATORS: usize;
    /// Most separator lines on a tree's path: deeper trees cost a line per level, and beyond
    /// two lines a child node usually costs fewer, except over the clustered IPv6 ranges.
    const TREE_LEVELS: u32;
    const MAX: Self;
    /// How many of the first `n` keys of `line` are at or below `key`; no branch on them.
    fn count_at_or_below(line: &[u32; 16], n: usize, key: Self) -> usize;
    fn write(self, line: &mut Line, i: usize);
}

/// IPv4: every leaf sits at depth 16 or more, so 16 bits hold its keys; two a word, ten in
/// a line beside eleven values.
impl LeafKey for u16 {
    const KEYS: usize = 10;
    const VALUES_AT: usize = 5;
    const SEPARATORS: usize = 30;
    const TREE_LEVELS: u32 = 1;
    const MAX: Self = u16::MAX;
    // Keys ascend, so those at or below `key` are the ones before the first above it.
    #[inline(always)]
    fn count_at_or_below(line: &[u32; 16], n: usize, key: Self) -> usize {
        first_half_above(line, n, key).min(n)
    }
    fn write(self, line: &mut Line, i: usize) {
        let halves: &mut [u16; 32] = bytemuck::cast_mut(&mut line.0);
        if let Some(h) = halves.get_mut(i) {
            *h = self;
        }
    }
}

/// The first of the 32 halves of `line` (in memory order) above `key`, looking at least at
/// the first `n`; 32 or more if none is.
///
/// Eight at a time (SSE2 on x86_64, NEON on aarch64): a plain loop over the keys compiled to
/// twice the instructions, as the compiler turned the count into address arithmetic
/// one comparison at a time.
#[inline(always)]
fn first_half_above(line: &[u32; 16], n: usize, key: u16) -> usize {
    let eighths: [[i16; 8]; 4] = bytemuck::cast(*line);
    // Signed lanes: flipping the top bit of both sides orders them as unsigned.
    let flip = i16x8::splat(i16::MIN);
    let key = i16x8::splat(key as i16) ^ flip;
    let mut above = 0u64;
    for (i, &e) in eighths.iter().enumerate().take(n.div_ceil(8)) {
        let mask = (i16x8::new(e) ^ flip).cmp_gt(key).move_mask();
        above |= u64::from(mask as u8) << (8 * i);
    }
    (above | 1 << 63).trailing_zeros() as usize
}

impl LeafKey for u64 {
    const KEYS: usize = 5;
    const VALUES_AT: usize = 10;
    const SEPARATORS: usize = 7;
    const TREE_LEVELS: u32 = 3;
    const MAX: Self = u64::MAX;
    #[inline(always)]
    fn count_at_or_below(line: &[u32; 16], n: usize, key: Self) -> usize {
        line.chunks_exact(2)
            .take(n)
            .map(|w| usize::from((u64::from(w[0]) | u64::from(w[1]) << 32) <= key))
            .sum()
    }
    fn write(self, line: &mut Line, i: usize) {
        for (j, part) in [self as u32, (self >> 32) as u32].into_iter().enumerate() {
            if let Some(w) = line.0.get_mut(2 * i + j) {
                *w = part;
            }
        }
    }
}

/// One inserted prefix, before resolution.
#[derive(Debug, Clone, Copy)]
struct Pending<K> {
    start: K,
    len: u8,
    precedence: u32,
    value: u32,
}
/// Collects prefixes, then builds the immutable table.
#[derive(Debug, Default, Clone)]
pub struct PrefixTableBuilder {
    v4: Vec<Pending<u32>>,
    v6: Vec<Pending<u128>>,
}

impl PrefixTableBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `net` answering `value`; among equal prefixes the highest `precedence` wins, and
    /// among equal precedences the one inserted first. Host bits set in `net` are ignored.
    pub fn insert(&mut self, net: IpNetwork, precedence: u32, value: u32) {
        match net {
            IpNetwork::V4(n) => {
                let len = n.prefix();
                self.v4.push(Pending {
                    start: u32::from(n.ip()).network(len),
                    len,
                    precedence,
                    value,
                });
            }
            IpNetwork::V6(n) => {
                let len = n.prefix();
                self.v6.push(Pending {
                    start: u128::from(n.ip()).network(len),
                    len,
                    precedence,
                    value,
                });
            }
        }
    }

    /// Number of prefixes inserted so far (duplicates included).
    pub fn len(&self) -> usize {
        self.v4.len() + self.v6.len()
    }

    pub fn is_empty(&self) -> bool {
        self.v4.is_empty() && self.v6.is_empty()
    }

    pub fn build(self) -> PrefixTable {
        let (v4, v4_prefixes) = Family::build(self.v4);
        let (v6, v6_prefixes) = Family::build(self.v6);
        PrefixTable {
            v4,
            v6,
            prefixes: v4_prefixes + v6_prefixes,
        }
    }
}

/// The lookup structure of one address family; see the module doc.
#[derive(Clone)]
struct Family<K> {
    /// The root's 2^`ROOT_BITS` entries, then each child node's 2^`STRIDE`, then from
    /// `lines_at` the leaf lines, 16 words each. Empty when the family has no prefix.
    words: Words,
    lines_at: usize,
    /// Answers of `TAG_VALUE` entries.
    values: Box<[u32]>,
    /// What a leaf line holds for "no match": a value no prefix answers.
    none: u32,
    /// Intervals answering a value.
    intervals: usize,
    family: PhantomData<K>,
}

impl<K: Key> Family<K> {
    /// Resolves duplicates and nesting; returns the family and how many distinct prefixes it
    /// holds.
    fn build(mut pending: Vec<Pending<K>>) -> (Self, usize) {
        // Insertion order is the last tie-break, so sort stably: the order within equal keys
        // is then the insertion order.
        pending.sort_by(|a, b| {
            (a.start, a.len, std::cmp::Reverse(a.precedence)).cmp(&(
                b.start,
                b.len,
                std::cmp::Reverse(b.precedence),
            ))
        });
        // Equal prefixes: the first one is the winner.
        pending.dedup_by(|later, first| later.start == first.start && later.len == first.len);
        let prefixes = pending.len();

        // Sorted by start, then shorter first, every prefix arrives after the prefixes holding
        // it; `open` is the chain of prefixes holding the current one, innermost last, and
        // `cursor` the first address not yet given to an interval (None once past the top).
        let mut intervals = Intervals::with_capacity(prefixes * 2);
        let mut open: Vec<(K, u32)> = Vec::with_capacity(K::BITS as usize + 1);
        let mut cursor: Option<K> = Some(K::ZERO);
        for p in &pending {
            while let Some(&(end, value)) = open.last() {
                if end >= p.start {
                    break;
                }
                intervals.close(&mut cursor, end, value);
                open.pop();
            }
            if let (Some(&(_, value)), Some(c)) = (open.last(), cursor) {
                if c < p.start {
                    intervals.push(c, p.start.prev(), value);
                }
            }
            cursor = Some(p.start);
            open.push((p.start.broadcast(p.len), p.value));
        }
        while let Some((end, value)) = open.pop() {
            intervals.close(&mut cursor, end, value);
        }
        (Self::index(&intervals), prefixes)
    }

    /// Fills the gaps between `intervals` with `none` and indexes the result.
    fn index(intervals: &Intervals<K>) -> Self {
        let mut family = Family {
            words: Words::default(),
            lines_at: 0,
            values: Box::default(),
            none: 0,
            intervals: intervals.starts.len(),
            family: PhantomData,
        };
        if intervals.starts.is_empty() {
            return family;
        }
        let mut used: Vec<u32> = intervals.tails.iter().map(|&(_, v)| v).collect();
        used.sort_unstable();
        used.dedup();
        // The first value not in use; there always is one, since values outnumber intervals.
        family.none = used
            .iter()
            .zip(0u32..)
            .find(|&(&v, i)| v != i)
            .map_or(used.len() as u32, |(_, i)| i);

        // Every address in exactly one interval: `starts[0]` is zero.
        let mut starts = Vec::with_capacity(intervals.starts.len() * 2 + 1);
        let mut answers = Vec::with_capacity(starts.capacity());
        let mut next = Some(K::ZERO);
        for (&start, &(end, value)) in intervals.starts.iter().zip(&intervals.tails) {
            if let Some(gap) = next.filter(|&n| n < start) {
                starts.push(gap);
                answers.push(family.none);
            }
            starts.push(start);
            answers.push(value);
            next = end.checked_next();
        }
        if let Some(gap) = next {
            starts.push(gap);
            answers.push(family.none);
        }

        let mut b = Indexer {
            starts: &starts,
            answers: &answers,
            none: family.none,
            index: vec![NO_MATCH; 1 << ROOT_BITS],
            lines: Vec::new(),
            values: Vec::new(),
            value_ids: HashMap::new(),
        };
        b.node(K::ZERO, K::BITS - ROOT_BITS, ROOT_BITS, 0);
        // Lines start on a 16-word boundary: one cache line each, as the words start on a
        // page.
        let mut words = b.index;
        words.resize(words.len().next_multiple_of(16), NO_MATCH);
        family.lines_at = words.len();
        words.extend(b.lines.iter().flat_map(|line| line.0));
        family.words = Words::new(words);
        family.values = b.values.into_boxed_slice();
        family
    }

    /// Tests in the order of the common path (nodes, then a leaf or tree); the rare cases
    /// (outside a skip's cluster, values too big to sit in an entry) are out of line.
    fn lookup(&self, addr: K) -> Option<u32> {
        self.lookup_seen(addr, &mut ())
    }

    /// `lookup`, telling `seen` every word of the table it reads.
    #[inline(always)]
    fn lookup_seen(&self, addr: K, seen: &mut impl Seen) -> Option<u32> {
        // The current node's entries split on the bits above `shift`; its addresses share
        // their top `t` bits.
        let mut shift = K::BITS - ROOT_BITS;
        let mut t = K::ROOT_KEY_DEPTH;
        let words = self.words.as_slice();
        let root_slot = addr.slot(shift, ROOT_BITS);
        seen.word(root_slot, false);
        let mut entry = *words.get(root_slot)?;
        loop {
            let tag = entry >> TAG_SHIFT;
            let payload = (entry & PAYLOAD) as usize;
            if tag == TAG_NODE {
                t = K::BITS - shift;
                shift = shift.checked_sub(STRIDE)?;
                let at = payload + addr.slot(shift, STRIDE);
                seen.word(at, true);
                entry = *words.get(at)?;
            } else if tag == TAG_SKIP {
                let at = (payload >> SKIP_SHIFT_BITS) * 16;
                let inner = (payload & ((1 << SKIP_SHIFT_BITS) - 1)) as u32;
                let candidate_at = at + 16 + addr.slot(inner, STRIDE);
                seen.word(at, true);
                seen.word(candidate_at, false);
                let header = words.get(at..at + 16)?;
                // The header and the entry are read together: the address picks the entry
                // before the header says whether it lies in the node at all.
                let candidate = words.get(candidate_at).copied();
                let first = K::from_words(header);
                if addr.shares_top(first, inner + STRIDE) {
                    t = K::BITS - inner - STRIDE;
                    shift = inner;
                    entry = candidate?;
                } else {
                    entry = Self::outside(header, addr < first)?;
                }
            } else if tag <= TAG_TREE {
                let key = addr.window(t);
                let line = if tag == TAG_TREE {
                    self.descend(words, payload, key, seen)?
                } else {
                    payload
                };
                seen.word(self.lines_at + line * 16, true);
                return self.leaf(words, line, key);
            } else if tag == TAG_INLINE {
                return Some(payload as u32);
            } else {
                return self.answer(entry);
            }
        }
    }

    /// What a skip header answers for an address outside its cluster.
    #[cold]
    fn outside(header: &[u32], below: bool) -> Option<u32> {
        header
            .get(if below { SKIP_BELOW } else { SKIP_ABOVE })
            .copied()
    }

    /// A `TAG_VALUE` entry's value, or nothing.
    #[cold]
    fn answer(&self, entry: u32) -> Option<u32> {
        if entry >> TAG_SHIFT == TAG_VALUE {
            self.values.get((entry & PAYLOAD) as usize).copied()
        } else {
            None
        }
    }

    /// The leaf line a tree's separator lines lead to.
    fn descend(
        &self,
        words: &[u32],
        mut line: usize,
        key: K::Leaf,
        seen: &mut impl Seen,
    ) -> Option<usize> {
        for _ in 0..K::Leaf::TREE_LEVELS {
            seen.word(self.lines_at + line * 16, true);
            let separators = Self::line(words, self.lines_at, line)?;
            let below = K::Leaf::count_at_or_below(separators, K::Leaf::SEPARATORS, key);
            let link = *separators.get(15)?;
            let used = (link >> LINK_USED_SHIFT) as usize;
            line = (link & LINK_LINE) as usize + below.min(used);
            if link & LINK_LEAVES != 0 {
                return Some(line);
            }
        }
        None
    }

    /// The value after the keys of leaf `line` at or below `key`: no branch on the keys.
    fn leaf(&self, words: &[u32], line: usize, key: K::Leaf) -> Option<u32> {
        let line = Self::line(words, self.lines_at, line)?;
        let below = K::Leaf::count_at_or_below(line, K::Leaf::KEYS, key);
        let value = *line.get(K::Leaf::VALUES_AT + below)?;
        (value != self.none).then_some(value)
    }

    fn line(words: &[u32], lines_at: usize, line: usize) -> Option<&[u32; 16]> {
        words.get(lines_at + line * 16..)?.first_chunk::<16>()
    }

    /// The index entries: the root's, then those of every child node below it.
    #[cfg(test)]
    fn index_entries(&self) -> Vec<u32> {
        let words = self.words.as_slice();
        let mut out: Vec<u32> = words.iter().take(1 << ROOT_BITS).copied().collect();
        let mut i = 0;
        while let Some(&e) = out.get(i) {
            let payload = (e & PAYLOAD) as usize;
            let node = match e >> TAG_SHIFT {
                TAG_NODE => payload,
                TAG_SKIP => (payload >> SKIP_SHIFT_BITS) * 16 + 16,
                _ => {
                    i += 1;
                    continue;
                }
            };
            out.extend_from_slice(&words[node..node + (1 << STRIDE)]);
            i += 1;
        }
        out
    }

    fn len(&self) -> usize {
        self.intervals
    }

    /// Leaf and separator lines after the index.
    fn lines(&self) -> usize {
        self.words.as_slice().len().saturating_sub(self.lines_at) / 16
    }

    fn memory_bytes(&self) -> usize {
        self.words.memory_bytes() + std::mem::size_of_val(&*self.values)
    }
}

/// A leaf line being filled: its number and its first key in `starts`.
struct OpenLine {
    line: usize,
    lo: usize,
}

/// Builds the index over the complete intervals `starts` (ascending, `starts[0]` zero) and
/// their `answers`.
struct Indexer<'a, K> {
    starts: &'a [K],
    answers: &'a [u32],
    none: u32,
    index: Vec<u32>,
    lines: Vec<Line>,
    values: Vec<u32>,
    value_ids: HashMap<u32, u32>,
}

impl<K: Key> Indexer<'_, K> {
    /// How many starts are at or below `addr`.
    fn upto(&self, addr: K) -> usize {
        self.starts.partition_point(|&s| s <= addr)
    }

    /// `upto(addr)`, knowing it is at least `from`: a walk, as the entries of a node are
    /// visited in order and most hold few starts.
    fn upto_from(&self, from: usize, addr: K) -> usize {
        let mut i = from;
        while self.starts.get(i).is_some_and(|&s| s <= addr) {
            i += 1;
        }
        i
    }

    /// The entry answering what interval `i` answers.
    fn value_entry(&mut self, i: usize) -> u32 {
        let Some(&value) = self.answers.get(i) else {
            return NO_MATCH;
        };
        if value == self.none {
            return NO_MATCH;
        }
        if value <= PAYLOAD {
            return (TAG_INLINE << TAG_SHIFT) | value;
        }
        let next = self.values.len() as u32;
        let id = *self.value_ids.entry(value).or_insert(next);
        if id == next {
            self.values.push(value);
        }
        (TAG_VALUE << TAG_SHIFT) | id
    }

    /// Fills the 2^`bits` entries from `at` of a node starting at `first` (its low
    /// `shift + bits` bits zero) whose entries split on the bits above `shift`.
    fn node(&mut self, first: K, shift: u32, bits: u32, at: usize) {
        // The node's addresses share their top `depth` bits: its keys are windows below
        // them, or below each entry's own bits where the family's keys start deeper (then
        // no leaf line serves two entries).
        let depth = K::BITS - shift - bits;
        let t = depth.max(K::ROOT_KEY_DEPTH);
        let entries_share_lines = depth == t;
        let mut open: Option<OpenLine> = None;
        let mut next = self.upto(first);
        for s in 0..1usize << bits {
            let slot_first = first.with_slot(shift, s);
            let slot_last = slot_first.fill_low(shift);
            // The starts inside the entry's range, after its first address.
            let lo = self.upto_from(next, slot_first);
            let hi = self.upto_from(lo, slot_last);
            next = hi;
            if !entries_share_lines {
                open = None;
            }
            let entry = if lo == hi {
                self.value_entry(lo - 1)
            } else if let Some(entry) = self.leaf_entry(&mut open, t, lo, hi) {
                entry
            } else if let Some(entry) = self.tree_entry(t, lo, hi) {
                entry
            } else {
                self.child(slot_first, shift, lo, hi)
            };
            if let Some(e) = self.index.get_mut(at + s) {
                *e = entry;
            }
        }
    }

    /// Whether every start in `lo..hi` has an exact window at depth `t`.
    fn exact(&self, t: u32, lo: usize, hi: usize) -> bool {
        self.starts
            .get(lo..hi)
            .is_some_and(|s| s.iter().all(|k| k.window_exact(t)))
    }

    /// The leaf entry for the starts `lo..hi` of one entry's range, sharing the open line if
    /// they fit in it; None if they need a tree or a child node.
    fn leaf_entry(
        &mut self,
        open: &mut Option<OpenLine>,
        t: u32,
        lo: usize,
        hi: usize,
    ) -> Option<u32> {
        let keys = K::Leaf::KEYS;
        if !self.exact(t, lo, hi) {
            return None;
        }
        if let Some(o) = open.as_ref() {
            if hi - o.lo <= keys {
                let (line, lo) = (o.line, o.lo);
                self.write_line(line, lo, hi, t);
                return Some((TAG_LEAF << TAG_SHIFT) | line as u32);
            }
        }
        if hi - lo > keys {
            return None;
        }
        let line = self.lines.len();
        self.lines.push(Line([0; 16]));
        self.write_line(line, lo, hi, t);
        *open = Some(OpenLine { line, lo });
        Some((TAG_LEAF << TAG_SHIFT) | line as u32)
    }

    /// A tree over the starts `lo..hi` of one entry's range, if one of at most
    /// `TREE_LEVELS` separator lines holds them and beats a child node.
    fn tree_entry(&mut self, t: u32, lo: usize, hi: usize) -> Option<u32> {
        // Leaf `j` holds the keys from `lo + j * group`; the key just before it separates it
        // from leaf `j - 1`.
        let group = K::Leaf::KEYS + 1;
        let fan = K::Leaf::SEPARATORS + 1;
        let leaves = (hi - lo + 1).div_ceil(group);
        let (mut levels, mut per_child) = (1, 1);
        while per_child * fan < leaves {
            levels += 1;
            per_child *= fan;
        }
        if levels > K::Leaf::TREE_LEVELS || !self.exact(t, lo, hi) {
            return None;
        }
        // A child node whose every entry fits in a leaf costs two lines.
        if levels > 1 && self.child_fits_leaves(lo, hi) {
            return None;
        }
        let top = self.lines.len();
        self.lines.push(Line([0; 16]));
        self.tree_line(top, TreeSpan { lo, hi, t }, 0, leaves, per_child);
        Some((TAG_TREE << TAG_SHIFT) | top as u32)
    }

    /// Whether a child node over the starts `lo..hi` would hold at most a leaf's worth of
    /// them in each entry.
    fn child_fits_leaves(&self, lo: usize, hi: usize) -> bool {
        let (Some(&a), Some(&b), Some(run)) = (
            self.starts.get(lo),
            self.starts.get(hi - 1),
            self.starts.get(lo..hi),
        ) else {
            return false;
        };
        let top = a.common_bits(b).min(K::BITS - STRIDE);
        let shift = K::BITS - top - STRIDE;
        let mut most = 0;
        let mut count = 0;
        let mut slot = None;
        for k in run {
            let s = k.slot(shift, STRIDE);
            count = if slot == Some(s) { count + 1 } else { 1 };
            slot = Some(s);
            most = most.max(count);
        }
        most <= K::Leaf::KEYS
    }

    /// Fills separator line `line` of a tree over the leaves `first..first + count`, each
    /// child covering `per_child` of them, then its children.
    fn tree_line(
        &mut self,
        line: usize,
        span: TreeSpan,
        first: usize,
        count: usize,
        per_child: usize,
    ) {
        let group = K::Leaf::KEYS + 1;
        let fan = K::Leaf::SEPARATORS + 1;
        let children = count.div_ceil(per_child);
        // Children are consecutive lines, so the link and the separator count find them.
        let child_at = self.lines.len();
        self.lines.resize(child_at + children, Line([0; 16]));
        let mut out = Line([0; 16]);
        for i in 0..K::Leaf::SEPARATORS {
            let sep = self
                .starts
                .get(span.lo + (first + (i + 1) * per_child) * group - 1)
                .filter(|_| i + 1 < children)
                .map_or(K::Leaf::MAX, |&k| k.window(span.t));
            sep.write(&mut out, i);
        }
        let leaves = if per_child == 1 { LINK_LEAVES } else { 0 };
        if let Some(w) = out.0.get_mut(15) {
            *w = child_at as u32 | leaves | ((children - 1) as u32) << LINK_USED_SHIFT;
        }
        if let Some(l) = self.lines.get_mut(line) {
            *l = out;
        }
        for c in 0..children {
            let from_leaf = first + c * per_child;
            if per_child == 1 {
                let from = span.lo + from_leaf * group;
                let to = (from + K::Leaf::KEYS).min(span.hi);
                self.write_line(child_at + c, from, to, span.t);
            } else {
                let n = per_child.min(count - c * per_child);
                self.tree_line(child_at + c, span, from_leaf, n, per_child / fan);
            }
        }
    }

    /// Writes the keys `starts[lo..hi]` (windows at depth `t`) and the values around them into
    /// line `line`.
    fn write_line(&mut self, line: usize, lo: usize, hi: usize, t: u32) {
        let mut out = Line([0; 16]);
        let value_at = K::Leaf::VALUES_AT;
        let mut last = self.none;
        for i in 0..=K::Leaf::KEYS {
            if let Some(&v) = (lo + i)
                .checked_sub(1)
                .filter(|&j| j < hi)
                .and_then(|j| self.answers.get(j))
            {
                last = v;
            }
            if let Some(w) = out.0.get_mut(value_at + i) {
                *w = last;
            }
            if i < K::Leaf::KEYS {
                let key = match self.starts.get(lo + i).filter(|_| lo + i < hi) {
                    Some(&k) => k.window(t),
                    None => K::Leaf::MAX,
                };
                key.write(&mut out, i);
            }
        }
        if let Some(l) = self.lines.get_mut(line) {
            *l = out;
        }
    }

    /// A child node for an entry at `shift` starting at `slot_first` whose range holds the
    /// starts `lo..hi` (at least one) after its first address.
    fn child(&mut self, slot_first: K, shift: u32, lo: usize, hi: usize) -> u32 {
        let (Some(&a), Some(&b)) = (self.starts.get(lo), self.starts.get(hi - 1)) else {
            return NO_MATCH;
        };
        // The child splits on the first bits where its starts differ.
        let top = a.common_bits(b).min(K::BITS - STRIDE);
        let at = self.index.len();
        if top == K::BITS - shift && shift >= STRIDE {
            // The starts spread over the whole range: a plain node, no header.
            self.index.resize(at + (1 << STRIDE), NO_MATCH);
            self.node(slot_first, shift - STRIDE, STRIDE, at);
            return (TAG_NODE << TAG_SHIFT) | at as u32;
        }
        // Nodes are whole lines, so the header starts one.
        let first = a.network(top as u8);
        let inner = K::BITS - top - STRIDE;
        let mut header = [NO_MATCH; 16];
        for (w, v) in header.iter_mut().zip(first.to_words()) {
            *w = v;
        }
        header[SKIP_BELOW] = self.value_entry(lo - 1);
        header[SKIP_ABOVE] = self.value_entry(hi - 1);
        self.index.extend_from_slice(&header);
        self.index.resize(at + 16 + (1 << STRIDE), NO_MATCH);
        self.node(first, inner, STRIDE, at + 16);
        (TAG_SKIP << TAG_SHIFT) | ((at / 16) as u32) << SKIP_SHIFT_BITS | inner
    }
}

/// The starts a tree is over and the depth of their windows.
#[derive(Clone, Copy)]
struct TreeSpan {
    lo: usize,
    hi: usize,
    t: u32,
}

/// Accumulates disjoint intervals in ascending order, merging touching ones with equal values.
struct Intervals<K> {
    starts: Vec<K>,
    tails: Vec<(K, u32)>,
}

impl<K: Key> Intervals<K> {
    fn with_capacity(n: usize) -> Self {
        Self {
            starts: Vec::with_capacity(n),
            tails: Vec::with_capacity(n),
        }
    }

    fn push(&mut self, start: K, end: K, value: u32) {
        if let Some(last) = self.tails.last_mut() {
            if last.1 == value && last.0.checked_next() == Some(start) {
                last.0 = end;
                return;
            }
        }
        self.starts.push(start);
        self.tails.push((end, value));
    }

    /// Gives what is left of a prefix ending at `end` to it, moving `cursor` past it.
    fn close(&mut self, cursor: &mut Option<K>, end: K, value: u32) {
        if let Some(c) = *cursor {
            if c <= end {
                self.push(c, end, value);
                *cursor = end.checked_next();
            }
        }
    }
}

/// The built table.
#[derive(Clone)]
pub struct PrefixTable {
    v4: Family<u32>,
    v6: Family<u128>,
    prefixes: usize,
}

impl Default for PrefixTable {
    fn default() -> Self {
        PrefixTableBuilder::new().build()
    }
}

impl fmt::Debug for PrefixTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrefixTable")
            .field("prefixes", &self.prefixes)
            .field("v4_intervals", &self.v4.len())
            .field("v6_intervals", &self.v6.len())
            .field("v4_index_bytes", &(self.v4.lines_at * 4))
            .field("v4_lines", &self.v4.lines())
            .field("v6_index_bytes", &(self.v6.lines_at * 4))
            .field("v6_lines", &self.v6.lines())
            .field("memory_bytes", &self.memory_bytes())
            .finish()
    }
}

impl PrefixTable {
    // `#[inline]` on the three lookups: callers in other crates (the benchmark, a reference
    // implementation's generic code beside it) otherwise pay a call through the GOT and five
    // register saves a lookup that callers inside this crate do not.
    #[inline]
    pub fn lookup(&self, addr: IpAddr) -> Option<u32> {
        match addr {
            IpAddr::V4(a) => self.lookup_v4(u32::from(a)),
            IpAddr::V6(a) => self.lookup_v6(u128::from(a)),
        }
    }

    #[inline]
    pub fn lookup_v4(&self, addr: u32) -> Option<u32> {
        self.v4.lookup(addr)
    }

    #[inline]
    pub fn lookup_v6(&self, addr: u128) -> Option<u32> {
        self.v6.lookup(addr)
    }

    /// The cache lines `lookup(addr)` reads, in order.
    pub fn lines_read(&self, addr: IpAddr) -> Vec<LineRead> {
        let mut words = Vec::new();
        let (ipv6, lines_at) = match addr {
            IpAddr::V4(a) => {
                self.v4.lookup_seen(u32::from(a), &mut words);
                (false, self.v4.lines_at)
            }
            IpAddr::V6(a) => {
                self.v6.lookup_seen(u128::from(a), &mut words);
                (true, self.v6.lines_at)
            }
        };
        words
            .into_iter()
            .map(|(w, waits)| LineRead {
                ipv6,
                part: if w < 1 << ROOT_BITS {
                    TablePart::Root
                } else if w < lines_at {
                    TablePart::Node
                } else {
                    TablePart::Line
                },
                line: w / 16,
                waits,
            })
            .collect()
    }

    /// Number of stored intervals (IPv4 and IPv6): the unit the lookup searches.
    pub fn len(&self) -> usize {
        self.v4.len() + self.v6.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of distinct prefixes the table was built from (equal prefixes counted once).
    pub fn prefixes(&self) -> usize {
        self.prefixes
    }

    /// Heap bytes held by the table.
    pub fn memory_bytes(&self) -> usize {
        self.v4.memory_bytes() + self.v6.memory_bytes()
    }
}

#[cfg(test)]
mod tests {
    use std::net::{Ipv4Addr, Ipv6Addr};

    use proptest::prelude::*;

    use super::*;

    fn net(s: &str) -> IpNetwork {
        s.parse().unwrap()
    }

    fn table(entries: &[(&str, u32, u32)]) -> PrefixTable {
        let mut b = PrefixTableBuilder::new();
        for &(n, precedence, value) in entries {
            b.insert(net(n), precedence, value);
        }
        b.build()
    }

    fn at(t: &PrefixTable, addr: &str) -> Option<u32> {
        t.lookup(addr.parse().unwrap())
    }

    #[test]
    fn debug_shows_each_familys_index_and_lines() {
        let t = table(&[
            ("10.0.0.0/8", 0, 1),
            ("10.1.0.0/16", 0, 2),
            ("10.1.2.0/24", 0, 3),
            ("2001:db8::/32", 0, 4),
        ]);
        // one IPv4 root entry holds several boundaries: a leaf line
        assert!(t.v4.lines() >= 1);
        let shown = format!("{t:?}");
        for field in [
            format!("v4_lines: {}", t.v4.lines()),
            format!("v4_index_bytes: {}", t.v4.lines_at * 4),
            format!("v6_lines: {}", t.v6.lines()),
            format!("v6_index_bytes: {}", t.v6.lines_at * 4),
        ] {
            assert!(shown.contains(&field), "{field} not in {shown}");
        }
        assert_eq!(PrefixTable::default().v4.lines(), 0);
    }

    #[test]
    fn empty_table_matches_nothing() {
        let t = PrefixTableBuilder::new().build();
        assert!(t.is_empty());
        assert_eq!(t.memory_bytes(), 0);
        for a in [
            "0.0.0.0",
            "255.255.255.255",
            "::",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        ] {
            assert_eq!(at(&t, a), None, "{a}");
        }
    }

    #[test]
    fn default_routes_cover_everything_of_their_family_only() {
        let t = table(&[("0.0.0.0/0", 0, 4), ("::/0", 0, 6)]);
        for a in ["0.0.0.0", "1.2.3.4", "255.255.255.255"] {
            assert_eq!(at(&t, a), Some(4), "{a}");
        }
        for a in [
            "::",
            "2001:db8::1",
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        ] {
            assert_eq!(at(&t, a), Some(6), "{a}");
        }
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn host_routes_at_the_edges_of_the_space() {
        let t = table(&[
            ("255.255.255.255/32", 0, 1),
            ("0.0.0.0/32", 0, 2),
            ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", 0, 3),
            ("::/128", 0, 4),
        ]);
        assert_eq!(at(&t, "255.255.255.255"), Some(1));
        assert_eq!(at(&t, "255.255.255.254"), None);
        assert_eq!(at(&t, "0.0.0.0"), Some(2));
        assert_eq!(at(&t, "0.0.0.1"), None);
        assert_eq!(at(&t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), Some(3));
        assert_eq!(at(&t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"), None);
        assert_eq!(at(&t, "::"), Some(4));
        assert_eq!(at(&t, "::1"), None);
    }

    #[test]
    fn nested_prefixes_give_each_address_its_longest_match() {
        let t = table(&[
            ("10.0.0.0/8", 0, 8),
            ("10.1.0.0/16", 0, 16),
            ("10.1.2.0/24", 0, 24),
            ("10.1.2.3/32", 0, 32),
            ("10.255.255.0/24", 0, 99),
        ]);
        assert_eq!(at(&t, "9.255.255.255"), None);
        assert_eq!(at(&t, "10.0.0.0"), Some(8));
        assert_eq!(at(&t, "10.1.0.0"), Some(16));
        assert_eq!(at(&t, "10.1.2.2"), Some(24));
        assert_eq!(at(&t, "10.1.2.3"), Some(32));
        assert_eq!(at(&t, "10.1.2.4"), Some(24));
        assert_eq!(at(&t, "10.1.3.0"), Some(16));
        assert_eq!(at(&t, "10.2.0.0"), Some(8));
        assert_eq!(at(&t, "10.255.254.255"), Some(8));
        // A nested prefix ending where its parent ends.
        assert_eq!(at(&t, "10.255.255.255"), Some(99));
        assert_eq!(at(&t, "11.0.0.0"), None);
    }

    #[test]
    fn nested_ipv6_at_the_top_of_the_space() {
        let t = table(&[
            ("ff00::/8", 0, 1),
            ("ffff:ffff:ffff:ffff::/64", 0, 2),
            ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128", 0, 3),
        ]);
        assert_eq!(at(&t, "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), None);
        assert_eq!(at(&t, "ff00::"), Some(1));
        assert_eq!(at(&t, "ffff:ffff:ffff:fffe:ffff:ffff:ffff:ffff"), Some(1));
        assert_eq!(at(&t, "ffff:ffff:ffff:ffff::"), Some(2));
        assert_eq!(at(&t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"), Some(2));
        assert_eq!(at(&t, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), Some(3));
    }

    #[test]
    fn adjacent_prefixes_stay_apart_unless_they_answer_the_same() {
        let t = table(&[
            ("192.0.2.0/25", 0, 1),
            ("192.0.2.128/25", 0, 2),
            ("198.51.100.0/25", 0, 7),
            ("198.51.100.128/25", 0, 7),
        ]);
        assert_eq!(at(&t, "192.0.2.127"), Some(1));
        assert_eq!(at(&t, "192.0.2.128"), Some(2));
        assert_eq!(at(&t, "192.0.3.0"), None);
        assert_eq!(at(&t, "198.51.100.127"), Some(7));
        assert_eq!(at(&t, "198.51.100.128"), Some(7));
        // The two halves with one value become one interval.
        assert_eq!(t.len(), 3);
        assert_eq!(t.prefixes(), 4);
    }

    #[test]
    fn equal_prefixes_highest_precedence_then_first_inserted() {
        let t = table(&[
            ("52.0.0.0/16", 1, 10),
            ("52.0.0.0/16", 5, 11),
            ("52.0.0.0/16", 5, 12),
            ("52.0.0.0/16", 2, 13),
            ("52.0.1.0/24", 0, 20),
            ("52.0.1.0/24", 0, 21),
        ]);
        assert_eq!(at(&t, "52.0.0.1"), Some(11));
        // More specific beats higher precedence.
        assert_eq!(at(&t, "52.0.1.1"), Some(20));
        assert_eq!(t.prefixes(), 2);
    }

    #[test]
    fn host_bits_in_an_inserted_prefix_are_ignored() {
        let mut b = PrefixTableBuilder::new();
        b.insert(
            IpNetwork::new(IpAddr::V4(Ipv4Addr::new(10, 1, 2, 3)), 8).unwrap(),
            0,
            1,
        );
        b.insert(
            IpNetwork::new(
                IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)),
                32,
            )
            .unwrap(),
            0,
            2,
        );
        let t = b.build();
        assert_eq!(at(&t, "10.0.0.0"), Some(1));
        assert_eq!(at(&t, "2001:db8::"), Some(2));
        assert_eq!(at(&t, "2001:db8:ffff::"), Some(2));
    }

    #[test]
    fn families_are_separate() {
        let t = table(&[("0.0.0.0/8", 0, 4), ("::/8", 0, 6)]);
        // ::1.2.3.4 has the same low bits as 1.2.3.4 but is another address.
        assert_eq!(at(&t, "0.1.2.3"), Some(4));
        assert_eq!(at(&t, "::1.2.3.4"), Some(6));
        assert_eq!(at(&t, "1.0.0.0"), None);
        let v4_only = table(&[("0.0.0.0/0", 0, 4)]);
        assert_eq!(at(&v4_only, "::"), None);
        assert_eq!(at(&v4_only, "::ffff:1.2.3.4"), None);
    }

    #[test]
    fn ipv6_prefixes_over_the_mapped_space_never_answer_ipv4_addresses() {
        // Each family has its own index: no IPv6 prefix, however short, nor ::ffff:0:0/96
        // itself, reaches an IPv4 address. (Mapping is the classifier's job.)
        for v6 in [
            "::/0",
            "::/8",
            "::/80",
            "::ffff:0:0/96",
            "::ffff:10.0.0.0/104",
        ] {
            let t = table(&[(v6, 0, 6)]);
            for a in ["0.0.0.0", "10.1.2.3", "255.255.255.255"] {
                assert_eq!(at(&t, a), None, "{v6} at {a}");
                let v4: Ipv4Addr = a.parse().unwrap();
                assert_eq!(t.lookup_v4(u32::from(v4)), None, "{v6} at {a}");
            }
            // As an IPv6 address, a mapped one is inside every one of them.
            assert_eq!(at(&t, "::ffff:10.1.2.3"), Some(6), "{v6}");
        }
    }

    #[test]
    fn ipv4_prefixes_at_the_edges_of_their_space_stay_apart_from_ipv6_ones() {
        // The first and last IPv4 addresses beside IPv6 prefixes at both ends of the IPv6
        // space and over the mapped space, with defaults in both families; `lookup` agrees
        // with the per-family entry points.
        let t = table(&[
            ("0.0.0.0/0", 0, 40),
            ("0.0.0.0/32", 0, 41),
            ("255.255.255.255/32", 0, 42),
            ("::/0", 0, 60),
            ("::/32", 0, 61),
            ("ffff:ffff::/32", 0, 62),
            ("::ffff:0:0/96", 0, 63),
        ]);
        for (a, want) in [
            ("0.0.0.0", 41),
            ("0.0.0.1", 40),
            ("127.255.255.255", 40),
            ("255.255.255.254", 40),
            ("255.255.255.255", 42),
            ("::", 61),
            ("::ffff:0.0.0.0", 63),
            ("::ffff:255.255.255.255", 63),
            ("::1:0:0:0", 61),
            ("0:1::", 60),
            ("ffff:fffe:ffff:ffff:ffff:ffff:ffff:ffff", 60),
            ("ffff:ffff::", 62),
            ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 62),
        ] {
            let addr: IpAddr = a.parse().unwrap();
            assert_eq!(t.lookup(addr), Some(want), "at {a}");
            let by_family = match addr {
                IpAddr::V4(v4) => t.lookup_v4(u32::from(v4)),
                IpAddr::V6(v6) => t.lookup_v6(u128::from(v6)),
            };
            assert_eq!(by_family, Some(want), "at {a}");
        }
    }

    #[test]
    fn lookups_across_bucket_boundaries_find_the_interval_started_earlier() {
        // The /8 starts in bucket 0x0a00; the /24 sits far later; an address in between
        // lives in a bucket with no start of its own.
        let t = table(&[("10.0.0.0/8", 0, 1), ("10.200.0.0/24", 0, 2)]);
        assert_eq!(at(&t, "10.100.5.5"), Some(1));
        assert_eq!(at(&t, "10.200.0.255"), Some(2));
        assert_eq!(at(&t, "10.200.1.0"), Some(1));
        assert_eq!(at(&t, "10.255.255.255"), Some(1));
    }

    #[test]
    fn value_u32_max_is_an_ordinary_value() {
        let t = table(&[("10.0.0.0/8", 0, u32::MAX)]);
        assert_eq!(at(&t, "10.0.0.1"), Some(u32::MAX));
        assert_eq!(at(&t, "11.0.0.1"), None);
    }

    #[test]
    fn memory_is_reported() {
        let t = table(&[("10.0.0.0/8", 0, 1)]);
        assert_eq!(t.memory_bytes(), (1 << ROOT_BITS) * 4);
        assert!(format!("{t:?}").contains("v4_intervals: 1"));
    }

    #[test]
    fn dense_slots_get_child_nodes_and_still_answer_right() {
        // 600 host routes over five /24s and 400 /26s in one /16 (more boundaries than one
        // tree holds), under a covering /8; and a cluster of IPv6 /128s deep inside one /64,
        // under a /32.
        let mut entries = vec![(net("10.0.0.0/8"), 0, 1), (net("2001:db8::/32"), 0, 2)];
        for i in 0..600u32 {
            let a = Ipv4Addr::from(0x0a01_0000 + 2 * i);
            entries.push((IpNetwork::new(a.into(), 32).unwrap(), 0, 1000 + i));
        }
        for i in 0..400u32 {
            let a = Ipv4Addr::from(0x0a05_0000 + (i << 7));
            entries.push((IpNetwork::new(a.into(), 26).unwrap(), 0, 2000 + i));
        }
        for i in 0..50u128 {
            let a = Ipv6Addr::from((0x2001_0db8_0000_0007u128 << 64) + 3 * i);
            entries.push((IpNetwork::new(a.into(), 128).unwrap(), 0, 3000 + i as u32));
        }
        let mut b = PrefixTableBuilder::new();
        for &(n, p, v) in &entries {
            b.insert(n, p, v);
        }
        let t = b.build();
        let children = |index: &[u32]| {
            index
                .iter()
                .filter(|&&e| [TAG_NODE, TAG_SKIP].contains(&(e >> TAG_SHIFT)))
                .count()
        };
        assert!(children(&t.v4.index_entries()) >= 2, "{t:?}");
        // The /128 cluster sits 96 bits below its root slot: path compression reaches it with
        // a couple of nodes where a plain 8-bit trie would need a chain of twelve.
        assert!((1..=3).contains(&children(&t.v6.index_entries())), "{t:?}");
        let mut probes = Vec::new();
        for a in 0x0a00_ff00u32..0x0a06_0100 {
            probes.push(IpAddr::V4(a.into()));
        }
        for i in 0..400u128 {
            probes.push(IpAddr::V6(
                ((0x2001_0db8_0000_0007u128 << 64) + i - 100).into(),
            ));
        }
        for addr in probes {
            assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
        }
    }

    /// 120 host routes from the start of each /25 in `slots` of 10.200.0.0/17 (value 100 +
    /// slot * 1000 + i), under 10.0.0.0/8 (1): with three slots, too many boundaries for the
    /// root slot's tree, so it gets a child splitting 10.200.0.0/17 into /25s.
    fn clusters_in_one_root_slot(slots: &[u32]) -> Vec<(IpNetwork, u32, u32)> {
        let mut entries = vec![(net("10.0.0.0/8"), 0, 1)];
        for &slot in slots {
            for i in 0..120u32 {
                let a = Ipv4Addr::from(0x0ac8_0000 + slot * 128 + i);
                entries.push((
                    IpNetwork::new(a.into(), 32).unwrap(),
                    0,
                    100 + slot * 1000 + i,
                ));
            }
        }
        entries
    }

    #[test]
    fn lines_read_follow_the_lookup_from_the_root() {
        let t = table(&[("10.0.0.0/8", 0, 1), ("2001::/16", 0, 2)]);
        // Unallocated space and a whole-slot answer cost one line: the root entry.
        for a in ["192.0.2.1", "10.1.2.3", "2001:db8::1", "2001:db9::1"] {
            let lines = t.lines_read(a.parse().unwrap());
            assert_eq!(lines.len(), 1, "{a}: {lines:?}");
            assert_eq!(lines[0].part, TablePart::Root, "{a}");
            assert_eq!(lines[0].ipv6, a.contains(':'), "{a}");
            assert!(!lines[0].waits, "{a}");
        }
        // 10.1.2.3 is in root slot 0x0a01, sixteen entries a line.
        assert_eq!(
            t.lines_read("10.1.2.3".parse().unwrap())[0].line,
            0x0a01 / 16
        );
        // Clusters at /25 slots 2, 100 and 255 of 10.200.0.0/17: the root entry, a skip
        // node's header and entry read at once, a tree's separator line, its leaf.
        let entries = clusters_in_one_root_slot(&[2, 100, 255]);
        let mut b = PrefixTableBuilder::new();
        for &(n, p, v) in &entries {
            b.insert(n, p, v);
        }
        let t = b.build();
        for a in [
            "10.200.1.5",
            "10.200.50.7",
            "10.200.127.128",
            "10.200.127.240",
        ] {
            let addr: IpAddr = a.parse().unwrap();
            assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
            let parts: Vec<(TablePart, bool)> = t
                .lines_read(addr)
                .iter()
                .map(|r| (r.part, r.waits))
                .collect();
            assert_eq!(
                parts,
                [
                    (TablePart::Root, false),
                    (TablePart::Node, true),
                    (TablePart::Node, false),
                    (TablePart::Line, true),
                    (TablePart::Line, true),
                ],
                "at {addr}"
            );
        }
        // Outside the cluster the skip node answers from its header.
        let addr: IpAddr = "10.200.200.1".parse().unwrap();
        assert_eq!(t.lookup(addr), Some(1));
        assert_eq!(t.lines_read(addr).len(), 3);
    }

    #[test]
    fn a_path_compressed_node_answers_below_and_above_its_cluster_from_its_header() {
        // 400 host routes packed into 10.200.6.0/23 under 10.0.0.0/8, too many for a tree:
        // the child skips to the cluster's /23; the rest of the root slot answers from the
        // header. A /24 in the next slot checks the answer above does not leak past it.
        let mut entries = vec![(net("10.0.0.0/8"), 0, 1), (net("10.201.0.0/24"), 0, 2)];
        for i in 0..400u32 {
            let a = Ipv4Addr::from(0x0ac8_0600 + i);
            entries.push((IpNetwork::new(a.into(), 32).unwrap(), 0, 100 + i));
        }
        let mut b = PrefixTableBuilder::new();
        for &(n, p, v) in &entries {
            b.insert(n, p, v);
        }
        let t = b.build();
        let root = t.v4.index_entries()[0x0ac8];
        assert_eq!(root >> TAG_SHIFT, TAG_SKIP, "{t:?}");
        for a in [
            "10.200.0.0",
            "10.200.5.255",
            "10.200.6.0",
            "10.200.7.143",
            "10.200.7.144",
            "10.200.7.255",
            "10.200.8.0",
            "10.200.255.255",
            "10.201.0.0",
            "10.201.1.0",
        ] {
            let addr: IpAddr = a.parse().unwrap();
            assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
        }
    }

    #[test]
    fn leaves_serve_neighbouring_entries_and_ipv6_leaves_key_windows() {
        // A /26 at the start of every /24 of one /16: a plain child node whose entries share
        // leaf lines. /48s in a /32 (keys: the top half) and /128s in one /64 (keys: the
        // bottom half, below a node deep enough).
        let mut entries = vec![(net("10.0.0.0/8"), 0, 1), (net("2001:db8::/32"), 0, 2)];
        for i in 0..256u32 {
            let a = Ipv4Addr::from(0x0a00_0000 + (i << 8));
            entries.push((IpNetwork::new(a.into(), 26).unwrap(), 0, 100 + i % 3));
        }
        for i in 0..40u128 {
            let a = Ipv6Addr::from((0x2001_0db8u128 << 96) + ((i * 5) << 80));
            entries.push((IpNetwork::new(a.into(), 48).unwrap(), 0, 200 + i as u32));
            let a = Ipv6Addr::from((0x2001_0db8u128 << 96) + ((i * 5) << 80) + ((i % 3 + 1) << 76));
            entries.push((IpNetwork::new(a.into(), 52).unwrap(), 0, 250 + i as u32));
            let a = Ipv6Addr::from((0x2001_0db8_0000_0007u128 << 64) + i * 7);
            entries.push((IpNetwork::new(a.into(), 128).unwrap(), 0, 300 + i as u32));
        }
        let mut b = PrefixTableBuilder::new();
        for &(n, p, v) in &entries {
            b.insert(n, p, v);
        }
        let t = b.build();
        let tagged =
            |index: &[u32], tag: u32| index.iter().filter(|&&e| e >> TAG_SHIFT == tag).count();
        assert!(
            tagged(&t.v4.index_entries(), TAG_LEAF) > t.v4.lines(),
            "{t:?}"
        );
        assert!(tagged(&t.v6.index_entries(), TAG_LEAF) > 0, "{t:?}");
        let mut probes = Vec::new();
        for a in (0x09ff_ff00u32..0x0a01_0100).step_by(3) {
            probes.push(IpAddr::V4(a.into()));
        }
        for i in 0..2000u128 {
            probes.push(IpAddr::V6(((0x2001_0db8u128 << 96) + (i << 79) - 1).into()));
            probes.push(IpAddr::V6(
                ((0x2001_0db8_0000_0007u128 << 64) + i * 7 - 100).into(),
            ));
        }
        for addr in probes {
            assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
        }
    }

    #[test]
    fn ranges_too_big_for_one_line_get_a_two_line_tree() {
        // 60 IPv4 host routes in one /16 (120 boundaries); 20 consecutive IPv6 /128s next to
        // a far one, so the node over them spans under 2^64 addresses (offset keys).
        let mut entries = vec![(net("10.0.0.0/8"), 0, 1), (net("2001:db8::/32"), 0, 2)];
        for i in 0..60u32 {
            let a = Ipv4Addr::from(0x0a09_0900 + i * 3);
            entries.push((IpNetwork::new(a.into(), 32).unwrap(), 0, 100 + i));
        }
        let base = 0x2001_0db8_0000_0007u128 << 64;
        for i in 0..20u128 {
            let a = Ipv6Addr::from(base + i);
            entries.push((IpNetwork::new(a.into(), 128).unwrap(), 0, 200 + i as u32));
        }
        entries.push((net("2001:db8:0:7:1000::/128"), 0, 300));
        let mut b = PrefixTableBuilder::new();
        for &(n, p, v) in &entries {
            b.insert(n, p, v);
        }
        let t = b.build();
        let tagged = |index: &[u32], tag: u32| index.iter().any(|&e| e >> TAG_SHIFT == tag);
        assert!(tagged(&t.v4.index_entries(), TAG_TREE), "{t:?}");
        assert!(tagged(&t.v6.index_entries(), TAG_TREE), "{t:?}");
        let mut probes = Vec::new();
        for a in 0x0a09_08f0u32..0x0a09_0a00 {
            probes.push(IpAddr::V4(a.into()));
        }
        for i in 0..60u128 {
            probes.push(IpAddr::V6((base + i - 10).into()));
        }
        probes.push(IpAddr::V6((base + (0x1000u128 << 48)).into()));
        probes.push(IpAddr::V6((base + (0x1000u128 << 48) + 1).into()));
        for addr in probes {
            assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
        }
    }

    /// How many separator lines a lookup crosses in the tree whose top line is `line`.
    fn tree_levels<K: Key>(family: &Family<K>, mut line: usize) -> usize {
        let words = family.words.as_slice();
        for levels in 1.. {
            let link = words[family.lines_at + line * 16 + 15];
            if link & LINK_LEAVES != 0 {
                return levels;
            }
            line = (link & LINK_LINE) as usize;
        }
        unreachable!()
    }

    #[test]
    fn clustered_ipv6_ranges_get_trees_of_up_to_three_separator_lines() {
        // /64s clustered in a /32 so that no 8-bit split spreads them thinly: 256 of them
        // (two separator lines), then eight per /56 of 64 /56s (576 boundaries, three lines).
        // Their keys are the top halves, exact at the root.
        let cluster = |per: u128| {
            let mut entries = vec![(net("2001:db8::/32"), 0, 1)];
            for i in 0..64 * per {
                let (abc, d) = (i / per, i % per);
                let (a, b, c) = (abc >> 4, (abc >> 2) & 3, abc & 3);
                let addr = (0x2001_0db8u128 << 96) | a << 88 | b << 80 | c << 72 | d << 64;
                let n = IpNetwork::new(IpAddr::V6(addr.into()), 64).unwrap();
                entries.push((n, 0, 100 + i as u32));
            }
            entries
        };
        for (per, levels) in [(4, 2), (8, 3)] {
            let entries = cluster(per);
            let mut b = PrefixTableBuilder::new();
            for &(n, p, v) in &entries {
                b.insert(n, p, v);
            }
            let t = b.build();
            let root = t.v6.index_entries()[0x2001];
            assert_eq!(root >> TAG_SHIFT, TAG_TREE, "{t:?}");
            assert_eq!(tree_levels(&t.v6, (root & PAYLOAD) as usize), levels);
            let mut probes = Vec::new();
            for &(n, _, _) in &entries {
                let IpNetwork::V6(n) = n else { continue };
                let first = u128::from(n.network());
                let last = first | !u128::from(n.mask());
                for a in [first - 1, first, first + 12_345, last, last + 1] {
                    probes.push(IpAddr::V6(a.into()));
                }
            }
            for addr in probes {
                assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
            }
        }
    }

    #[test]
    fn windows_order_like_addresses_inside_a_node() {
        let base = 0x2001_0db8_0000_0000_0000_0000_0000_0000u128;
        // Depth 16: the 64 bits after the top 16, exact while the bottom 48 are zero.
        let a = base | 5 << 48;
        assert_eq!(a.window(16), (a << 16 >> 64) as u64);
        assert!(a.window_exact(16));
        assert!(!(a | 1 << 47).window_exact(16));
        assert!(!a.window_exact(0));
        // From depth 64 on, every bit left is kept.
        assert!((base | 1).window_exact(64));
        assert_eq!((base | 1).window(64), 1);
        assert_eq!((base | 1).window(127), 1 << 63);
        // IPv4 keys are the 16 address bits below the top `t`, exact from depth 16 on.
        assert_eq!(0x0a01_0203u32.window(16), 0x0203);
        assert_eq!(0x0a01_0203u32.window(24), 0x0300);
        assert!(0x0a01_0203u32.window_exact(16));
        assert!(0x0a01_0203u32.window_exact(24));
        assert!(!0x0a01_0203u32.window_exact(8));
    }

    /// The reference: scan every entry, longest match, then precedence, then first inserted.
    fn naive(entries: &[(IpNetwork, u32, u32)], addr: IpAddr) -> Option<u32> {
        entries
            .iter()
            .enumerate()
            .filter(|(_, (n, _, _))| n.contains(addr))
            .max_by_key(|&(order, &(n, precedence, _))| {
                (n.prefix(), precedence, std::cmp::Reverse(order))
            })
            .map(|(_, &(_, _, value))| value)
    }

    /// Prefixes crowded into a few regions (including both ends of the space) so that they
    /// nest, touch and repeat.
    fn v4_prefix() -> impl Strategy<Value = IpNetwork> {
        (
            prop::sample::select(vec![
                0u32,
                0x0a00_0000,
                0x0a01_0000,
                0xc000_0200,
                0xffff_ff00,
            ]),
            any::<u32>(),
            prop_oneof![0u8..=32, 16u8..=32, 24u8..=32],
        )
            .prop_map(|(base, noise, len)| {
                let addr = base ^ (noise >> (noise % 32));
                IpNetwork::new(IpAddr::V4(addr.into()), len)
                    .map(|n| IpNetwork::new(n.network(), len).unwrap())
                    .unwrap()
            })
    }

    fn v6_prefix() -> impl Strategy<Value = IpNetwork> {
        (
            prop::sample::select(vec![0u128, 0x2001_0db8 << 96, 0x2600 << 112, u128::MAX]),
            any::<u128>(),
            prop_oneof![0u8..=128, 32u8..=64, 100u8..=128],
        )
            .prop_map(|(base, noise, len)| {
                let addr = base ^ (noise >> (noise % 128));
                IpNetwork::new(IpAddr::V6(addr.into()), len)
                    .map(|n| IpNetwork::new(n.network(), len).unwrap())
                    .unwrap()
            })
    }

    /// Addresses at the edges of and inside the prefixes, next to them, and anywhere.
    fn probes(entries: &[(IpNetwork, u32, u32)], picks: &[(usize, u8, u128)]) -> Vec<IpAddr> {
        let mut out = Vec::new();
        for &(i, how, noise) in picks {
            let Some(&(n, _, _)) = entries.get(i % entries.len().max(1)) else {
                continue;
            };
            match n {
                IpNetwork::V4(n) => {
                    let first = u32::from(n.network());
                    let last = u32::from(n.broadcast());
                    let a = match how % 5 {
                        0 => first,
                        1 => last,
                        2 => first.wrapping_sub(1),
                        3 => last.wrapping_add(1),
                        _ => first | (noise as u32 & !u32::from(n.mask())),
                    };
                    out.push(IpAddr::V4(a.into()));
                    out.push(IpAddr::V4((noise as u32).into()));
                }
                IpNetwork::V6(n) => {
                    let first = u128::from(n.network());
                    let last = first | !u128::from(n.mask());
                    let a = match how % 5 {
                        0 => first,
                        1 => last,
                        2 => first.wrapping_sub(1),
                        3 => last.wrapping_add(1),
                        _ => first | (noise & !u128::from(n.mask())),
                    };
                    out.push(IpAddr::V6(a.into()));
                    out.push(IpAddr::V6(noise.into()));
                }
            }
        }
        out
    }

    /// Many IPv6 prefixes crowded into one /32, of lengths that give trees and deep nodes.
    fn v6_crowded_prefix() -> impl Strategy<Value = IpNetwork> {
        (
            any::<u128>(),
            prop_oneof![32u8..=64, 48u8..=64, 100u8..=128],
        )
            .prop_map(|(noise, len)| {
                let addr = (0x2001_0db8u128 << 96) | (noise >> (32 + noise % 64));
                IpNetwork::new(IpAddr::V6(addr.into()), len)
                    .map(|n| IpNetwork::new(n.network(), len).unwrap())
                    .unwrap()
            })
    }

    /// Builds a table of `prefixes` and checks its answers at `probes` against a scan.
    fn agrees_with_naive(
        prefixes: &[(IpNetwork, u32, u32)],
        picks: &[(usize, u8, u128)],
    ) -> Result<(), TestCaseError> {
        let mut b = PrefixTableBuilder::new();
        for &(n, precedence, value) in prefixes {
            b.insert(n, precedence, value);
        }
        let t = b.build();
        for addr in probes(prefixes, picks) {
            prop_assert_eq!(t.lookup(addr), naive(prefixes, addr), "at {}", addr);
        }
        Ok(())
    }

    /// A line whose first `n` halves are `keys` (ascending, padded with the maximum) and whose
    /// other halves are `rest`, as a leaf's values or a tree's link sit after its keys.
    fn u16_line(keys: &[u16], n: usize, rest: &[u16; 32]) -> [u32; 16] {
        let mut halves = *rest;
        let mut sorted = keys.to_vec();
        sorted.sort_unstable();
        sorted.resize(n, u16::MAX);
        halves[..n].copy_from_slice(&sorted[..n]);
        bytemuck::cast(halves)
    }

    proptest! {
        #[test]
        fn u16_key_counts_match_a_plain_count(
            keys in prop::collection::vec(prop_oneof![any::<u16>(), Just(0u16), Just(u16::MAX)], 0..=30),
            rest in any::<[u16; 32]>(),
            key in prop_oneof![any::<u16>(), Just(0u16), Just(u16::MAX)],
        ) {
            for n in [<u16 as LeafKey>::KEYS, <u16 as LeafKey>::SEPARATORS] {
                let keys = &keys[..keys.len().min(n)];
                let line = u16_line(keys, n, &rest);
                let halves: [u16; 32] = bytemuck::cast(line);
                let plain = halves[..n].iter().filter(|&&h| h <= key).count();
                prop_assert_eq!(u16::count_at_or_below(&line, n, key), plain, "n {}", n);
                // A key equal to a stored one counts it.
                for &k in keys {
                    let at = halves[..n].iter().filter(|&&h| h <= k).count();
                    prop_assert_eq!(u16::count_at_or_below(&line, n, k), at);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        #[test]
        fn crowded_ipv6_agrees_with_a_naive_scan(
            prefixes in prop::collection::vec((v6_crowded_prefix(), 0u32..2, 0u32..1000), 0..700),
            picks in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u128>()), 1..200),
        ) {
            agrees_with_naive(&prefixes, &picks)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn agrees_with_a_naive_scan(
            prefixes in prop::collection::vec(
                (prop_oneof![v4_prefix(), v6_prefix()], 0u32..3, prop_oneof![0u32..8, Just(u32::MAX), any::<u32>()]),
                0..60,
            ),
            picks in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u128>()), 1..80),
        ) {
            agrees_with_naive(&prefixes, &picks)?;
        }
    }
}
