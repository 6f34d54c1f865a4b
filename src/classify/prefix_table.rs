//! Longest-prefix match over IPv4 and IPv6.
//!
//! Entries carry a precedence: the most specific prefix wins; at equal prefix length the highest
//! precedence wins; at equal precedence the first inserted wins. The table is built once and is
//! immutable.
//!
//! Design: CIDR prefixes are either nested or disjoint, so at build time they flatten into
//! sorted, disjoint address intervals `[start, end] → value`, each address already resolved to
//! its longest match. A lookup is then "last interval starting at or below the address, and does
//! it reach the address?". The starts live in their own dense array (the only thing the search
//! touches), the `(end, value)` pairs in a second array read once per lookup. A first-level index
//! by the top 16 address bits narrows the search to the few starts sharing those bits, so a
//! typical lookup costs three cache lines: two index slots, a handful of starts, one tail.

use std::fmt;
use std::net::IpAddr;

use ipnetwork::IpNetwork;

/// Bits of the address that select a first-level bucket.
const INDEX_BITS: u32 = 16;
const BUCKETS: usize = 1 << INDEX_BITS;

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
    /// First-level index bucket: the top `INDEX_BITS` bits.
    fn bucket(self) -> usize;
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
            fn bucket(self) -> usize {
                (self >> (<$t>::BITS - INDEX_BITS)) as usize
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
    /// `index[b]` = number of starts below bucket `b`'s first address; `BUCKETS + 1` slots, or
    /// none at all when the family is empty.
    index: Box<[u32]>,
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
        (intervals.finish(), prefixes)
    }

    fn lookup(&self, addr: K) -> Option<u32> {
        let bucket = addr.bucket();
        let below = *self.index.get(bucket)? as usize;
        let upto = *self.index.get(bucket + 1)? as usize;
        let in_bucket = self.starts.get(below..upto)?;
        // Number of starts at or below `addr`: all before the bucket, plus those in it.
        let count = below + count_at_or_below(in_bucket, addr);
        let &(end, value) = self.tails.get(count.checked_sub(1)?)?;
        (addr <= end).then_some(value)
    }

    fn len(&self) -> usize {
        self.starts.len()
    }

    fn memory_bytes(&self) -> usize {
        std::mem::size_of_val(&*self.starts)
            + std::mem::size_of_val(&*self.tails)
            + std::mem::size_of_val(&*self.index)
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

    fn finish(self) -> Family<K> {
        let index = if self.starts.is_empty() {
            Box::default()
        } else {
            let mut index = Vec::with_capacity(BUCKETS + 1);
            let mut i = 0usize;
            for bucket in 0..BUCKETS {
                while self.starts.get(i).is_some_and(|s| s.bucket() < bucket) {
                    i += 1;
                }
                // More than u32::MAX intervals would need far more memory than any host has.
                index.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
            index.push(u32::try_from(self.starts.len()).unwrap_or(u32::MAX));
            index.into_boxed_slice()
        };
        Family {
            starts: self.starts.into_boxed_slice(),
            tails: self.tails.into_boxed_slice(),
            index,
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
        assert!(t.memory_bytes() >= (BUCKETS + 1) * 4 + 4 + 8);
        assert!(format!("{t:?}").contains("v4_intervals: 1"));
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
