//! The address → name cache fed by DNS answers, and late naming of flows that started before
//! their answer was seen.
//!
//! - Bounded: at most `capacity` addresses (default 16,384, ample for a household: a busy
//!   home resolves a few thousand distinct addresses a day). Eviction is CLOCK (second
//!   chance): an address looked up since the hand last passed survives one more round;
//!   expired entries go first. Each entry keeps at most [`MAX_NAMES`] names and
//!   [`MAX_NAME_BYTES`] bytes of names, so memory is bounded whatever the answers say:
//!   about `capacity × (MAX_NAME_BYTES + 160)` bytes in the worst case (≈ 11 MB at the
//!   default), ≈ `capacity × 250` bytes for ordinary names (≈ 4 MB). [`DnsCache::heap_bytes`]
//!   reports the current figure.
//! - TTLs are honoured with a floor ([`DEFAULT_TTL_FLOOR_S`], 5 min: apps keep connecting to
//!   an address long after a 30 s TTL ran out) and a cap (1 day). Time is the packets' own
//!   timestamps (microseconds), never the wall clock, so replays are deterministic.
//! - The most recent answer for an address wins.
//! - One cache for the whole network, not per client device: households share a resolver
//!   and the same CDNs, and a per-device key would multiply memory for little gain. The price
//!   is that two devices resolving different names to one shared CDN address both see the
//!   latest name.
//!
//! Late naming: the pipeline calls [`DnsCache::note_unnamed`] for a flow it could not name at
//! creation, with an id of its choosing (e.g. the flow's slot); when an answer for that
//! address arrives within `late_window` (default 3 s), [`DnsCache::insert`] hands the id back
//! so the flow can be named. The waiting list is bounded too (oldest dropped first).

use std::collections::hash_map::Entry as MapEntry;
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Arc;

/// Names kept per address: the asked name and the first CNAME targets.
pub const MAX_NAMES: usize = 4;
/// Bytes of names kept per address.
pub const MAX_NAME_BYTES: usize = 512;
pub const DEFAULT_CAPACITY: usize = 16_384;
pub const DEFAULT_TTL_FLOOR_S: u32 = 300;
pub const DEFAULT_TTL_CAP_S: u32 = 86_400;
pub const DEFAULT_LATE_WINDOW_MICROS: i64 = 3_000_000;
pub const DEFAULT_PENDING_CAPACITY: usize = 1_024;

/// A name chain: the asked name first, then CNAME targets (see `dns::Resolved::chain`).
pub type Chain = Arc<[Box<str>]>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DnsCacheConfig {
    pub capacity: usize,
    pub ttl_floor_s: u32,
    pub ttl_cap_s: u32,
    pub late_window_micros: i64,
    pub pending_capacity: usize,
}

impl Default for DnsCacheConfig {
    fn default() -> Self {
        Self {
            capacity: DEFAULT_CAPACITY,
            ttl_floor_s: DEFAULT_TTL_FLOOR_S,
            ttl_cap_s: DEFAULT_TTL_CAP_S,
            late_window_micros: DEFAULT_LATE_WINDOW_MICROS,
            pending_capacity: DEFAULT_PENDING_CAPACITY,
        }
    }
}

/// A flow waiting for its name, as handed to [`DnsCache::note_unnamed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    pub id: u64,
    /// When the flow was noted (its first packet), so the caller can check the id still
    /// means the same flow.
    pub since: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DnsCacheStats {
    pub inserts: u64,
    pub evictions: u64,
    pub late_named: u64,
    pub pending_dropped: u64,
}

#[derive(Debug)]
struct Slot {
    addr: IpAddr,
    chain: Chain,
    expires: i64,
    referenced: bool,
}

#[derive(Debug)]
pub struct DnsCache {
    config: DnsCacheConfig,
    index: HashMap<IpAddr, u32>,
    slots: Vec<Slot>,
    hand: usize,
    pending: VecDeque<(IpAddr, Waiting)>,
    stats: DnsCacheStats,
}

impl Default for DnsCache {
    fn default() -> Self {
        Self::new(DnsCacheConfig::default())
    }
}

impl DnsCache {
    pub fn new(config: DnsCacheConfig) -> Self {
        let config = DnsCacheConfig {
            capacity: config.capacity.clamp(1, u32::MAX as usize),
            ttl_cap_s: config.ttl_cap_s.max(config.ttl_floor_s),
            ..config
        };
        Self {
            config,
            index: HashMap::new(),
            slots: Vec::new(),
            hand: 0,
            pending: VecDeque::new(),
            stats: DnsCacheStats::default(),
        }
    }

    pub fn config(&self) -> &DnsCacheConfig {
        &self.config
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn stats(&self) -> &DnsCacheStats {
        &self.stats
    }

    /// Flows waiting for a name.
    pub fn pending_len(&self) -> usize {
        self.pending.len()
    }

    /// Makes a chain to insert: keeps at most [`MAX_NAMES`] names and [`MAX_NAME_BYTES`]
    /// bytes (always the first, asked name, cut to the byte limit on a char boundary).
    pub fn chain<S: AsRef<str>>(names: &[S]) -> Chain {
        let mut kept: Vec<Box<str>> = Vec::with_capacity(names.len().min(MAX_NAMES));
        let mut bytes = 0;
        for name in names.iter().take(MAX_NAMES) {
            let name = name.as_ref();
            let room = MAX_NAME_BYTES - bytes;
            if name.len() > room {
                if kept.is_empty() {
                    let mut cut = room;
                    while !name.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    kept.push(name[..cut].into());
                }
                break;
            }
            bytes += name.len();
            kept.push(name.into());
        }
        kept.into()
    }

    /// Records that `addr` is `chain` from `ts` for `ttl_s` seconds (floored and capped), and
    /// appends to `named` the flows waiting for that address since at most the late window.
    pub fn insert(
        &mut self,
        addr: IpAddr,
        chain: &Chain,
        ttl_s: u32,
        ts: i64,
        named: &mut Vec<Waiting>,
    ) {
        if chain.is_empty() {
            return;
        }
        self.stats.inserts += 1;
        let ttl = ttl_s.clamp(self.config.ttl_floor_s, self.config.ttl_cap_s);
        let expires = ts.saturating_add(i64::from(ttl) * 1_000_000);
        let capacity = self.config.capacity;
        match self.index.entry(addr) {
            MapEntry::Occupied(e) => {
                if let Some(slot) = self.slots.get_mut(*e.get() as usize) {
                    slot.chain = Arc::clone(chain);
                    slot.expires = expires;
                }
            }
            MapEntry::Vacant(e) if self.slots.len() < capacity => {
                e.insert(self.slots.len() as u32);
                self.slots.push(Slot {
                    addr,
                    chain: Arc::clone(chain),
                    expires,
                    referenced: false,
                });
            }
            MapEntry::Vacant(_) => {
                let victim = self.victim(ts);
                if let Some(slot) = self.slots.get_mut(victim) {
                    self.index.remove(&slot.addr);
                    *slot = Slot {
                        addr,
                        chain: Arc::clone(chain),
                        expires,
                        referenced: false,
                    };
                    self.index.insert(addr, victim as u32);
                    self.stats.evictions += 1;
                }
            }
        }
        self.take_waiting(addr, ts, named);
    }

    /// CLOCK: the first expired or unreferenced slot from the hand; clears reference bits
    /// on the way. Ends within two turns.
    fn victim(&mut self, ts: i64) -> usize {
        let n = self.slots.len();
        for _ in 0..2 * n {
            let i = self.hand % n;
            self.hand = (i + 1) % n;
            let slot = &mut self.slots[i];
            if slot.expires <= ts || !slot.referenced {
                return i;
            }
            slot.referenced = false;
        }
        self.hand
    }

    /// The chain for `addr` if its answer has not expired at `ts`.
    pub fn lookup(&mut self, addr: IpAddr, ts: i64) -> Option<&Chain> {
        let i = *self.index.get(&addr)? as usize;
        let slot = self.slots.get_mut(i)?;
        if slot.expires <= ts {
            return None;
        }
        slot.referenced = true;
        Some(&slot.chain)
    }

    /// Remembers a flow to `addr` that had no name at `ts`.
    pub fn note_unnamed(&mut self, addr: IpAddr, id: u64, ts: i64) {
        self.prune(ts);
        if self.config.pending_capacity == 0 {
            return;
        }
        if self.pending.len() >= self.config.pending_capacity {
            self.pending.pop_front();
            self.stats.pending_dropped += 1;
        }
        self.pending.push_back((addr, Waiting { id, since: ts }));
    }

    fn prune(&mut self, ts: i64) {
        let window = self.config.late_window_micros;
        while let Some((_, w)) = self.pending.front() {
            if ts.saturating_sub(w.since) > window {
                self.pending.pop_front();
            } else {
                break;
            }
        }
    }

    fn take_waiting(&mut self, addr: IpAddr, ts: i64, named: &mut Vec<Waiting>) {
        self.prune(ts);
        if !self.pending.iter().any(|(a, _)| *a == addr) {
            return;
        }
        let before = named.len();
        self.pending.retain(|(a, w)| {
            if *a == addr {
                named.push(*w);
                false
            } else {
                true
            }
        });
        self.stats.late_named += (named.len() - before) as u64;
    }

    /// Heap bytes held now: table and index capacity plus the names (shared chains counted
    /// once per address, so this over-estimates).
    pub fn heap_bytes(&self) -> usize {
        let names: usize = self
            .slots
            .iter()
            .map(|s| {
                16 + s.chain.len() * std::mem::size_of::<Box<str>>()
                    + s.chain.iter().map(|n| n.len()).sum::<usize>()
            })
            .sum();
        self.slots.capacity() * std::mem::size_of::<Slot>()
            + self.index.capacity() * (std::mem::size_of::<(IpAddr, u32)>() + 1)
            + self.pending.capacity() * std::mem::size_of::<(IpAddr, Waiting)>()
            + names
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    const S: i64 = 1_000_000;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn names(c: Option<&Chain>) -> Option<Vec<&str>> {
        c.map(|c| c.iter().map(|n| &**n).collect())
    }

    #[test]
    fn ttl_floor_cap_and_expiry() {
        let mut c = DnsCache::default();
        let mut w = Vec::new();
        c.insert(
            ip("192.0.2.1"),
            &DnsCache::chain(&["a.example"]),
            30,
            0,
            &mut w,
        );
        // floored to 5 minutes
        assert_eq!(
            names(c.lookup(ip("192.0.2.1"), 299 * S)),
            Some(vec!["a.example"])
        );
        assert_eq!(c.lookup(ip("192.0.2.1"), 300 * S), None);
        c.insert(
            ip("192.0.2.2"),
            &DnsCache::chain(&["b.example"]),
            u32::MAX,
            0,
            &mut w,
        );
        assert!(c.lookup(ip("192.0.2.2"), 86_399 * S).is_some());
        assert!(c.lookup(ip("192.0.2.2"), 86_400 * S).is_none());
        assert!(w.is_empty());
    }

    #[test]
    fn most_recent_answer_wins() {
        let mut c = DnsCache::default();
        let mut w = Vec::new();
        let a = ip("2001:db8::1");
        c.insert(a, &DnsCache::chain(&["old.example"]), 600, 0, &mut w);
        c.insert(
            a,
            &DnsCache::chain(&["www.netflix.com", "x.nflxso.net"]),
            60,
            S,
            &mut w,
        );
        assert_eq!(
            names(c.lookup(a, 2 * S)),
            Some(vec!["www.netflix.com", "x.nflxso.net"])
        );
        assert_eq!(c.len(), 1);
    }

    #[test]
    fn chains_are_bounded() {
        let long = "a".repeat(300);
        let c = DnsCache::chain(&[long.as_str(), long.as_str(), "b"]);
        assert_eq!(c.len(), 1);
        let many: Vec<String> = (0..10).map(|i| format!("n{i}.example")).collect();
        assert_eq!(DnsCache::chain(&many).len(), MAX_NAMES);
        let huge = "é".repeat(400);
        let c = DnsCache::chain(&[huge.as_str()]);
        assert!(c[0].len() <= MAX_NAME_BYTES && c[0].len() >= MAX_NAME_BYTES - 1);
    }

    #[test]
    fn clock_keeps_addresses_in_use() {
        let mut c = DnsCache::new(DnsCacheConfig {
            capacity: 3,
            ..DnsCacheConfig::default()
        });
        let mut w = Vec::new();
        for i in 1..=3 {
            let a = ip(&format!("192.0.2.{i}"));
            c.insert(a, &DnsCache::chain(&[format!("n{i}")]), 600, 0, &mut w);
        }
        assert!(c.lookup(ip("192.0.2.1"), S).is_some());
        c.insert(ip("192.0.2.4"), &DnsCache::chain(&["n4"]), 600, S, &mut w);
        assert_eq!(c.len(), 3);
        assert!(c.lookup(ip("192.0.2.1"), S).is_some(), "used: kept");
        assert!(c.lookup(ip("192.0.2.2"), S).is_none(), "unused: evicted");
        assert!(c.lookup(ip("192.0.2.4"), S).is_some());
        assert_eq!(c.stats().evictions, 1);
    }

    #[test]
    fn late_answers_name_waiting_flows_within_the_window() {
        let mut c = DnsCache::default();
        let mut w = Vec::new();
        let a = ip("203.0.113.7");
        c.note_unnamed(a, 11, 10 * S);
        c.note_unnamed(ip("203.0.113.8"), 12, 10 * S);
        c.note_unnamed(a, 13, 11 * S);
        c.insert(a, &DnsCache::chain(&["late.example"]), 60, 12 * S, &mut w);
        assert_eq!(
            w,
            vec![
                Waiting {
                    id: 11,
                    since: 10 * S
                },
                Waiting {
                    id: 13,
                    since: 11 * S
                }
            ]
        );
        assert_eq!(c.pending_len(), 1);
        // too late for the other one
        w.clear();
        c.insert(
            ip("203.0.113.8"),
            &DnsCache::chain(&["x"]),
            60,
            14 * S,
            &mut w,
        );
        assert!(w.is_empty());
        assert_eq!(c.pending_len(), 0);
        assert_eq!(c.stats().late_named, 2);
    }

    #[test]
    fn the_waiting_list_is_bounded() {
        let mut c = DnsCache::new(DnsCacheConfig {
            pending_capacity: 4,
            ..DnsCacheConfig::default()
        });
        for id in 0..10 {
            c.note_unnamed(ip("192.0.2.1"), id, 0);
        }
        assert_eq!(c.pending_len(), 4);
        assert_eq!(c.stats().pending_dropped, 6);
        let mut w = Vec::new();
        c.insert(ip("192.0.2.1"), &DnsCache::chain(&["a"]), 1, 0, &mut w);
        assert_eq!(w.iter().map(|w| w.id).collect::<Vec<_>>(), vec![6, 7, 8, 9]);
    }

    #[test]
    fn a_flood_of_random_answers_stays_bounded() {
        let config = DnsCacheConfig::default();
        let mut c = DnsCache::new(config);
        let mut rng = rand::rngs::StdRng::seed_from_u64(7);
        let mut w = Vec::new();
        let mut peak = 0;
        let filler = "x".repeat(236);
        for i in 0..1_000_000i64 {
            let addr = if rng.random_bool(0.5) {
                IpAddr::from(rng.random::<[u8; 4]>())
            } else {
                IpAddr::from(rng.random::<[u8; 16]>())
            };
            // random-length names without paying for a random byte each (debug builds)
            let len = rng.random_range(1..=236);
            let name = format!("{:016x}{}", rng.random::<u64>(), &filler[..len]);
            let chain = DnsCache::chain(&[name.as_str(), name.as_str(), name.as_str()]);
            c.insert(addr, &chain, rng.random(), i * 1000, &mut w);
            if i % 50_000 == 0 {
                peak = peak.max(c.heap_bytes());
            }
        }
        peak = peak.max(c.heap_bytes());
        assert_eq!(c.len(), config.capacity);
        assert!(w.is_empty());
        let bound = config.capacity * (MAX_NAME_BYTES + 160);
        assert!(peak <= bound, "{peak} > {bound}");
        assert_eq!(c.stats().inserts, 1_000_000);
    }
}
