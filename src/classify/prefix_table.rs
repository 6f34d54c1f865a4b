//! Longest-prefix match over IPv4 and IPv6.
//!
//! Entries carry a precedence: the most specific prefix wins; at equal prefix length the highest
//! precedence wins; at equal precedence the first inserted wins. The table is built once and is
//! immutable.
//!
//! Design: CIDR prefixes are either nested or disjoint, so at build time they flatten into
//! sorted, disjoint address intervals `[start, end] → value`, each address already resolved to
//! its longest match. A lookup is "the last interval starting at or below the address: does it
//! reach the address?". The starts live in their own dense array (the only thing a search
//! touches), the `(end, value)` pairs in a second array read once at the end.
//!
//! To avoid a long binary search, a radix index narrows the search first: a root of 2^16 slots
//! on the top address bits, and, for slots still holding many starts, child nodes of 2^8 slots on
//! the first bits where those starts differ (the densest first, within a memory budget). A slot either answers at once (the
//! whole slot lies in one interval, or in none), points to a child, or gives the few starts to
//! search. Typical costs: one cache line for an address outside every prefix, three or four for
//! one inside. Unlike a trie, nothing in a lookup depends on how deeply prefixes nest.

use std::fmt;
use std::net::IpAddr;

use ipnetwork::IpNetwork;

/// Address bits the root node splits on.
const ROOT_BITS: u32 = 16;
/// Address bits each child node splits on.
const STRIDE: u32 = 8;
/// A slot holding more starts than this gets a child node, budget permitting.
const LEAF_MAX: usize = 32;
/// Child nodes allowed: `CHILD_FLOOR` plus one per `INTERVALS_PER_CHILD` intervals. A child
/// takes about 2 KiB, so whatever the data the children cost at most 16 bytes per interval
/// (plus 32 KiB) on top of the 512 KiB root; the densest slots are split first.
const INTERVALS_PER_CHILD: usize = 128;
const CHILD_FLOOR: usize = 16;
/// Slot markers in the first word; any other first word is the start of a leaf range. The
/// interval count stays far below them (each interval takes at least 12 bytes).
const CHILD: u32 = u32::MAX;
const DIRECT: u32 = u32::MAX - 1;

/// Address as an unsigned integer; implemented for IPv4 (`u32`) and IPv6 (`u128`).
trait Key: Copy + Ord + fmt::Debug {
    const BITS: u32;
    const ZERO: Self;
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
}

macro_rules! impl_key {
    ($t:ty) => {
        impl Key for $t {
            const BITS: u32 = <$t>::BITS;
            const ZERO: Self = 0;
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

impl_key!(u32);
impl_key!(u128);

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

/// The flattened intervals of one address family.
#[derive(Clone)]
struct Family<K> {
    /// First address of each interval, ascending; intervals never overlap.
    starts: Box<[K]>,
    /// Last address and value of each interval, parallel to `starts`.
    tails: Box<[(K, u32)]>,
    /// The radix index: the root's 2^`ROOT_BITS` slots, then the children's 2^`STRIDE` each.
    /// A slot is `(CHILD, index in nodes)`, `(DIRECT, value)`, or `(lo, hi)`: the starts in
    /// the slot are `starts[lo..hi]` and `lo` starts lie below it. Empty when the family has
    /// no intervals.
    slots: Box<[(u32, u32)]>,
    nodes: Box<[Node<K>]>,
}

/// A child node. It covers only the addresses sharing the leading bits all its starts share
/// (path compression), so a run of long prefixes deep in one slot costs one node, not a chain.
#[derive(Debug, Clone, Copy)]
struct Node<K> {
    first: K,
    last: K,
    /// The node's slot is the `STRIDE` bits above bit `shift`.
    shift: u32,
    /// Where its slots begin in `slots`.
    base: u32,
    /// Its starts are `starts[lo..hi]`: the counts for addresses below and above it.
    lo: u32,
    hi: u32,
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
        let Intervals { starts, tails } = intervals;
        let (slots, nodes) = Indexer {
            starts: &starts,
            tails: &tails,
            slots: Vec::new(),
            nodes: Vec::new(),
            dense: std::collections::BinaryHeap::new(),
        }
        .build();
        let family = Family {
            starts: starts.into_boxed_slice(),
            tails: tails.into_boxed_slice(),
            slots,
            nodes,
        };
        (family, prefixes)
    }

    fn lookup(&self, addr: K) -> Option<u32> {
        let mut slot = addr.slot(K::BITS - ROOT_BITS, ROOT_BITS);
        // Number of starts at or below `addr`.
        let count = loop {
            let &(first, second) = self.slots.get(slot)?;
            match first {
                CHILD => {
                    let node = self.nodes.get(second as usize)?;
                    if addr < node.first {
                        break node.lo as usize;
                    }
                    if addr > node.last {
                        break node.hi as usize;
                    }
                    slot = node.base as usize + addr.slot(node.shift, STRIDE);
                }
                DIRECT => return Some(second),
                lo => {
                    let lo = lo as usize;
                    let in_slot = self.starts.get(lo..second as usize)?;
                    break lo + count_at_or_below(in_slot, addr);
                }
            }
        };
        let &(end, value) = self.tails.get(count.checked_sub(1)?)?;
        (addr <= end).then_some(value)
    }

    fn len(&self) -> usize {
        self.starts.len()
    }

    fn memory_bytes(&self) -> usize {
        std::mem::size_of_val(&*self.starts)
            + std::mem::size_of_val(&*self.tails)
            + std::mem::size_of_val(&*self.slots)
            + std::mem::size_of_val(&*self.nodes)
    }
}

/// One slot of the radix index; see `Family::slots`.
type Slot = (u32, u32);

/// A slot that holds many starts and could get a child node: ordered by how many.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Dense {
    starts: usize,
    slot: usize,
    lo: usize,
    hi: usize,
}

/// Builds the radix index over finished intervals.
struct Indexer<'a, K> {
    starts: &'a [K],
    tails: &'a [(K, u32)],
    slots: Vec<(u32, u32)>,
    nodes: Vec<Node<K>>,
    dense: std::collections::BinaryHeap<Dense>,
}

impl<K: Key> Indexer<'_, K> {
    fn build(mut self) -> (Box<[Slot]>, Box<[Node<K>]>) {
        if self.starts.is_empty() {
            return (Box::default(), Box::default());
        }
        self.node(
            K::ZERO,
            K::BITS - ROOT_BITS,
            ROOT_BITS,
            0,
            self.starts.len(),
        );
        // Densest slots first, so a budget cut leaves only the cheapest searches unsplit.
        let mut children = self.starts.len() / INTERVALS_PER_CHILD + CHILD_FLOOR;
        while let Some(d) = self.dense.pop() {
            if children == 0 {
                break;
            }
            children -= 1;
            let (Some(&a), Some(&b)) = (self.starts.get(d.lo), self.starts.get(d.hi - 1)) else {
                continue;
            };
            // The node's slots split on the first bits where its starts differ.
            let top = a.common_bits(b).min(K::BITS - STRIDE);
            let shift = K::BITS - top - STRIDE;
            let first = a.network(top as u8);
            let id = self.nodes.len() as u32;
            self.nodes.push(Node {
                first,
                last: a.broadcast(top as u8),
                shift,
                base: self.slots.len() as u32,
                lo: d.lo as u32,
                hi: d.hi as u32,
            });
            if let Some(slot) = self.slots.get_mut(d.slot) {
                *slot = (CHILD, id);
            }
            self.node(first, shift, STRIDE, d.lo, d.hi);
        }
        (self.slots.into_boxed_slice(), self.nodes.into_boxed_slice())
    }

    /// Appends a node of 2^`bits` slots over the addresses from `first` (its low
    /// `shift + bits` bits zero), whose starts are `starts[lo..hi]`.
    fn node(&mut self, first: K, shift: u32, bits: u32, lo: usize, hi: usize) {
        let mut i = lo;
        for s in 0..1usize << bits {
            let slot_first = first.with_slot(shift, s);
            let slot_last = slot_first.fill_low(shift);
            let slot_lo = i;
            while self
                .starts
                .get(i)
                .is_some_and(|&k| i < hi && k <= slot_last)
            {
                i += 1;
            }
            let entry = self.entry(slot_first, slot_last, slot_lo, i);
            self.slots.push(entry);
        }
    }

    fn entry(&mut self, first: K, last: K, lo: usize, hi: usize) -> (u32, u32) {
        let tail = |i: usize| self.tails.get(i).copied();
        // The interval covering the slot's first address, if it covers all of the slot.
        let whole = if hi == lo {
            lo.checked_sub(1).and_then(tail)
        } else if hi - lo == 1 && self.starts.get(lo) == Some(&first) {
            tail(lo)
        } else {
            None
        };
        if let Some((_, value)) = whole.filter(|&(end, _)| end >= last) {
            return (DIRECT, value);
        }
        if hi == lo
            && lo
                .checked_sub(1)
                .and_then(tail)
                .is_none_or(|(end, _)| end < first)
        {
            // Nothing at all in the slot: a zero count answers "no match" straight away.
            return (0, 0);
        }
        if hi - lo > LEAF_MAX {
            self.dense.push(Dense {
                starts: hi - lo,
                slot: self.slots.len(),
                lo,
                hi,
            });
        }
        (lo as u32, hi as u32)
    }
}

/// How many of the ascending `keys` are `<= x`. A branch-free binary search: the loop runs a
/// fixed number of times for a given length and the step compiles to a conditional move, so
/// random addresses cost no branch mispredictions.
fn count_at_or_below<K: Key>(keys: &[K], x: K) -> usize {
    let Some(&first) = keys.first() else {
        return 0;
    };
    let mut base = 0usize;
    let mut size = keys.len();
    while size > 1 {
        let half = size / 2;
        let mid = base + half;
        if keys.get(mid).is_some_and(|&k| k <= x) {
            base = mid;
        }
        size -= half;
    }
    let last = keys.get(base).copied().unwrap_or(first);
    base + usize::from(last <= x)
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
            .field("memory_bytes", &self.memory_bytes())
            .finish()
    }
}

impl PrefixTable {
    pub fn lookup(&self, addr: IpAddr) -> Option<u32> {
        match addr {
            IpAddr::V4(a) => self.lookup_v4(u32::from(a)),
            IpAddr::V6(a) => self.lookup_v6(u128::from(a)),
        }
    }

    pub fn lookup_v4(&self, addr: u32) -> Option<u32> {
        self.v4.lookup(addr)
    }

    pub fn lookup_v6(&self, addr: u128) -> Option<u32> {
        self.v6.lookup(addr)
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
        assert_eq!(t.memory_bytes(), (1 << ROOT_BITS) * 8 + 4 + 8);
        assert!(format!("{t:?}").contains("v4_intervals: 1"));
    }

    #[test]
    fn dense_slots_get_child_nodes_and_still_answer_right() {
        // 200 host routes in one /24 and 40 /24s in one /16, under a covering /8; and a
        // cluster of IPv6 /128s deep inside one /64, under a /32.
        let mut entries = vec![(net("10.0.0.0/8"), 0, 1), (net("2001:db8::/32"), 0, 2)];
        for i in 0..200u32 {
            let a = Ipv4Addr::from(0x0a01_0200 + i);
            entries.push((IpNetwork::new(a.into(), 32).unwrap(), 0, 1000 + i));
        }
        for i in 0..40u32 {
            let a = Ipv4Addr::from(0x0a05_0000 + (i << 9));
            entries.push((IpNetwork::new(a.into(), 24).unwrap(), 0, 2000 + i));
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
        let children = |slots: &[(u32, u32)]| slots.iter().filter(|s| s.0 == CHILD).count();
        assert!(children(&t.v4.slots) >= 2, "{t:?}");
        // The /128 cluster sits 96 bits below its root slot: path compression reaches it with
        // a couple of nodes where a plain 8-bit trie would need a chain of twelve.
        assert!((1..=3).contains(&children(&t.v6.slots)), "{:?}", t.v6.nodes);
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

    #[test]
    fn dense_slots_beyond_the_budget_stay_searchable_leaves() {
        // 100 /16s holding 34 host routes each: more dense slots than the child budget.
        let mut entries = Vec::new();
        for slot in 0..100u32 {
            for host in 0..34u32 {
                let a = Ipv4Addr::from((slot << 16) | (host * 7));
                entries.push((IpNetwork::new(a.into(), 32).unwrap(), 0, slot * 100 + host));
            }
        }
        let mut b = PrefixTableBuilder::new();
        for &(n, p, v) in &entries {
            b.insert(n, p, v);
        }
        let t = b.build();
        let unsplit = t.v4.slots[..100]
            .iter()
            .filter(|&&(lo, hi)| lo < DIRECT && (hi - lo) as usize > LEAF_MAX)
            .count();
        assert!(unsplit > 0 && !t.v4.nodes.is_empty(), "{t:?}");
        for slot in (0..100u32).step_by(7) {
            for low in 0..260u32 {
                let addr = IpAddr::V4(Ipv4Addr::from((slot << 16) | low));
                assert_eq!(t.lookup(addr), naive(&entries, addr), "at {addr}");
            }
        }
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
            let mut b = PrefixTableBuilder::new();
            for &(n, precedence, value) in &prefixes {
                b.insert(n, precedence, value);
            }
            let t = b.build();
            for addr in probes(&prefixes, &picks) {
                prop_assert_eq!(t.lookup(addr), naive(&prefixes, addr), "at {}", addr);
            }
        }
    }
}
