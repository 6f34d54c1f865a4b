//! The bidirectional flow table.
//!
//! Flows live in a slab (`Vec<Flow>` + free list) indexed by `FlowIndex`. Every live flow is
//! on one of four LRU lists, by how long it may stay idle: TCP, UDP, other, and closed TCP
//! (FIN both ways or RST) lingering briefly so trailing ACKs still count to it. Time is the
//! packets' own timestamps, so a replay behaves exactly like the live run it records.
//!
//! A flow leaving the table (expired, closed, evicted) loses nothing: its packets were added
//! to the aggregates as they were accounted, and its counts go to `TableStats::retired`.
//!
//! Memory: `size_of::<Flow>()` per slot plus at most 16 index bytes per flow (see
//! `FlowTable::memory_bound`); with the default cap of 65,536 flows that is under 13 MiB
//! (176-byte flows: the attribution carries service, domain and network ids).

use serde::Deserialize;

use super::aggregate::{Attr, Direction};
use super::index::FlowIndex;
use super::key::FlowKey;
use crate::classify::RangeId;

const NIL: u32 = u32::MAX;
const MICROS: i64 = 1_000_000;
/// How often (in packet time) the lists are swept for idle flows.
const SWEEP_INTERVAL: i64 = MICROS;
/// A timestamp this far behind the clock is a step back in time (a new capture file, a clock
/// change), not reordering: the table then starts over.
const BACKSTEP: i64 = 60 * MICROS;

pub const TCP_FIN: u8 = 0x01;
pub const TCP_SYN: u8 = 0x02;
pub const TCP_RST: u8 = 0x04;
pub const TCP_ACK: u8 = 0x10;

/// Table limits and idle timeouts (`[flows]` in the config).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct FlowLimits {
    /// Most flows kept at once; beyond it the least recently seen flow is evicted.
    pub max_flows: usize,
    pub tcp_idle_secs: u32,
    pub udp_idle_secs: u32,
    pub other_idle_secs: u32,
    /// How long a closed TCP flow stays to collect trailing ACKs.
    pub closed_linger_secs: u32,
}

impl Default for FlowLimits {
    fn default() -> Self {
        Self {
            max_flows: 65_536,
            tcp_idle_secs: 300,
            udp_idle_secs: 60,
            other_idle_secs: 60,
            closed_linger_secs: 10,
        }
    }
}

/// Who a flow's traffic is between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FlowKind {
    /// One local side, one remote side.
    Internet,
    /// Both sides local.
    Lan,
    /// Neither side local (a mirror port upstream of NAT): attributed by roles.
    Transit,
}

/// Where a flow's name came from (filled by the naming stage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NameSource {
    Dns,
    TlsSni,
    /// The SNI of a ClientHello carrying encrypted_client_hello with a known ECH public name
    /// (`cloudflare-ech.com`): the real name is encrypted. GREASE ECH, identical on the wire,
    /// carries the real name and is named `TlsSni`.
    TlsSniEchOuter,
    QuicSni,
    HttpHost,
    Mdns,
    Config,
}

impl NameSource {
    /// Precedence when several sources name one flow: config, then SNI (TLS, QUIC), then
    /// HTTP Host, then DNS, then mDNS. The SNI is what the client asked this very connection for; a DNS answer
    /// only says some name resolved to the address, and shared CDN addresses carry many.
    pub fn rank(self) -> u8 {
        match self {
            NameSource::Config => 5,
            NameSource::TlsSni | NameSource::TlsSniEchOuter | NameSource::QuicSni => 4,
            NameSource::HttpHost => 3,
            NameSource::Dns => 2,
            NameSource::Mdns => 1,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            NameSource::Dns => "dns",
            NameSource::TlsSni => "tls-sni",
            NameSource::TlsSniEchOuter => "tls-sni-ech-outer",
            NameSource::QuicSni => "quic-sni",
            NameSource::HttpHost => "http-host",
            NameSource::Mdns => "mdns",
            NameSource::Config => "config",
        }
    }
}

/// Why a flow left the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndReason {
    Idle,
    Closed,
    Evicted,
    /// Still live when the capture ended (or time stepped back).
    Flushed,
}

/// Packets and wire bytes in one direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DirCounts {
    pub packets: u64,
    pub bytes: u64,
}

impl DirCounts {
    fn add(&mut self, other: DirCounts) {
        self.packets += other.packets;
        self.bytes += other.bytes;
    }
}

// TCP state bits
const FIN_A: u8 = 1;
const FIN_B: u8 = 2;
const RST: u8 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Tcp = 0,
    Udp = 1,
    Other = 2,
    Closed = 3,
}

/// One conversation.
#[derive(Debug, Clone)]
pub struct Flow {
    pub key: FlowKey,
    /// `key.a` is the client (the side "up" traffic comes from).
    pub client_is_a: bool,
    pub kind: FlowKind,
    pub up: DirCounts,
    pub down: DirCounts,
    pub first_seen: i64,
    pub last_seen: i64,
    /// The server side's range, looked up once when the flow was created.
    pub range: Option<RangeId>,
    /// What its packets are aggregated under.
    pub attr: Attr,
    /// Filled by the naming stage, possibly late in the flow's life.
    pub name: Option<Box<str>>,
    pub name_source: Option<NameSource>,
    hash: u64,
    prev: u32,
    next: u32,
    list: List,
    tcp: u8,
    live: bool,
}

impl Flow {
    fn new(key: FlowKey, hash: u64, ts: i64, forward: bool) -> Self {
        Self {
            key,
            client_is_a: forward,
            kind: FlowKind::Transit,
            up: DirCounts::default(),
            down: DirCounts::default(),
            first_seen: ts,
            last_seen: ts,
            range: None,
            attr: Attr::LAN,
            name: None,
            name_source: None,
            hash,
            prev: NIL,
            next: NIL,
            list: List::Other,
            tcp: 0,
            live: true,
        }
    }

    /// Client and server endpoints.
    pub fn client(&self) -> super::key::Endpoint {
        if self.client_is_a {
            self.key.endpoint_a()
        } else {
            self.key.endpoint_b()
        }
    }

    pub fn server(&self) -> super::key::Endpoint {
        if self.client_is_a {
            self.key.endpoint_b()
        } else {
            self.key.endpoint_a()
        }
    }

    pub fn is_closed(&self) -> bool {
        self.tcp & RST != 0 || self.tcp & (FIN_A | FIN_B) == FIN_A | FIN_B
    }

    /// Direction of a packet going a → b (`forward`) or back.
    #[inline]
    pub fn direction(&self, forward: bool) -> Direction {
        if forward == self.client_is_a {
            Direction::Up
        } else {
            Direction::Down
        }
    }

    pub fn set_name(&mut self, name: &str, source: NameSource) {
        self.name = Some(name.into());
        self.name_source = Some(source);
    }

    fn home_list(&self) -> List {
        if self.key.proto == 6 && self.is_closed() {
            List::Closed
        } else {
            match self.key.proto {
                6 => List::Tcp,
                17 => List::Udp,
                _ => List::Other,
            }
        }
    }
}

/// Counters of what the table did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableStats {
    pub created: u64,
    pub expired_idle: u64,
    pub expired_closed: u64,
    pub evicted: u64,
    pub flushed: u64,
    /// A timestamp far behind the clock made the table start over.
    pub time_steps: u64,
    /// Packets and bytes of every flow that has left the table.
    pub retired_up: DirCounts,
    pub retired_down: DirCounts,
}

#[derive(Debug, Clone, Copy)]
struct Ends {
    head: u32,
    tail: u32,
}

/// The table.
#[derive(Debug)]
pub struct FlowTable {
    limits: FlowLimits,
    timeouts: [i64; 4],
    flows: Vec<Flow>,
    free: Vec<u32>,
    index: FlowIndex,
    lists: [Ends; 4],
    clock: i64,
    next_sweep: i64,
    started: bool,
    stats: TableStats,
    keep_finished: bool,
    finished: Vec<Flow>,
}

impl FlowTable {
    pub fn new(limits: FlowLimits) -> Self {
        let limits = FlowLimits {
            max_flows: limits.max_flows.clamp(1, u32::MAX as usize - 1),
            ..limits
        };
        let secs = |s: u32| i64::from(s) * MICROS;
        Self {
            timeouts: [
                secs(limits.tcp_idle_secs),
                secs(limits.udp_idle_secs),
                secs(limits.other_idle_secs),
                secs(limits.closed_linger_secs),
            ],
            limits,
            flows: Vec::new(),
            free: Vec::new(),
            index: FlowIndex::new(),
            lists: [Ends {
                head: NIL,
                tail: NIL,
            }; 4],
            clock: i64::MIN,
            next_sweep: i64::MIN,
            started: false,
            stats: TableStats::default(),
            keep_finished: false,
            finished: Vec::new(),
        }
    }

    pub fn limits(&self) -> &FlowLimits {
        &self.limits
    }

    /// Keep flows that leave the table for `take_finished` (for `--flows`); off by default.
    pub fn keep_finished(&mut self, keep: bool) {
        self.keep_finished = keep;
    }

    /// Flows that left the table since the last call (when `keep_finished` is on).
    pub fn take_finished(&mut self) -> std::vec::Drain<'_, Flow> {
        self.finished.drain(..)
    }

    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    pub fn stats(&self) -> &TableStats {
        &self.stats
    }

    /// The table's clock: the latest packet time seen.
    pub fn clock(&self) -> i64 {
        self.clock
    }

    /// Heap bytes held now: slab capacity × `size_of::<Flow>()` plus the index.
    pub fn heap_bytes(&self) -> usize {
        self.flows.capacity() * std::mem::size_of::<Flow>()
            + self.free.capacity() * 4
            + self.index.heap_bytes()
    }

    /// Upper bound of `heap_bytes` at the cap: the slab may round up to the next power of
    /// two, the free list holds at most one u32 per slot, and the index keeps at most half
    /// its 8-byte buckets used.
    pub fn memory_bound(max_flows: usize) -> usize {
        let slots = max_flows.next_power_of_two();
        slots * (std::mem::size_of::<Flow>() + 4) + (2 * max_flows).next_power_of_two() * 8
    }

    pub fn get(&self, slot: u32) -> Option<&Flow> {
        self.flows.get(slot as usize).filter(|f| f.live)
    }

    pub fn get_mut(&mut self, slot: u32) -> Option<&mut Flow> {
        self.flows.get_mut(slot as usize).filter(|f| f.live)
    }

    /// Live flows, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Flow> {
        self.lists.iter().flat_map(move |ends| {
            let mut at = ends.head;
            std::iter::from_fn(move || {
                let f = self.flows.get(at as usize)?;
                at = f.next;
                Some(f)
            })
        })
    }

    /// The slot of `key`'s flow, if live.
    #[inline]
    pub fn find(&self, key: &FlowKey) -> Option<u32> {
        let hash = key.hash64();
        self.find_hashed(key, hash)
    }

    #[inline]
    fn find_hashed(&self, key: &FlowKey, hash: u64) -> Option<u32> {
        self.index.find(hash, |slot| {
            self.flows
                .get(slot as usize)
                .is_some_and(|f| f.live && f.key == *key)
        })
    }

    /// Moves the clock to `ts` and expires idle flows (at most once per second of packet
    /// time). Call before accounting each packet.
    #[inline]
    pub fn advance(&mut self, ts: i64) {
        if !self.started {
            self.started = true;
            self.clock = ts;
            self.next_sweep = ts.saturating_add(SWEEP_INTERVAL);
            return;
        }
        if ts > self.clock {
            self.clock = ts;
        } else if ts < self.clock.saturating_sub(BACKSTEP) {
            self.stats.time_steps += 1;
            self.flush();
            self.clock = ts;
            self.next_sweep = ts.saturating_add(SWEEP_INTERVAL);
            return;
        }
        if self.clock >= self.next_sweep {
            self.sweep();
            self.next_sweep = self.clock.saturating_add(SWEEP_INTERVAL);
        }
    }

    /// Expires every flow idle longer than its list's timeout.
    pub fn sweep(&mut self) {
        for list in [List::Tcp, List::Udp, List::Other, List::Closed] {
            let timeout = self.timeouts[list as usize];
            loop {
                let tail = self.lists[list as usize].tail;
                let Some(f) = self.flows.get(tail as usize) else {
                    break;
                };
                if f.last_seen.saturating_add(timeout) > self.clock {
                    break;
                }
                let reason = if list == List::Closed {
                    EndReason::Closed
                } else {
                    EndReason::Idle
                };
                self.retire(tail, reason);
            }
        }
    }

    /// Finds the flow of `key` or creates it (evicting the least recently seen flow when
    /// full). A TCP SYN on a closed flow starts a new flow on the same ports. Returns the
    /// slot and whether the flow is new; a new flow's client is the packet's sender
    /// (`forward` = a → b) until the caller decides otherwise.
    pub fn upsert(&mut self, key: &FlowKey, forward: bool, ts: i64, tcp_flags: u8) -> (u32, bool) {
        let hash = key.hash64();
        if let Some(slot) = self.find_hashed(key, hash) {
            let reopen = key.proto == 6
                && tcp_flags & (TCP_SYN | TCP_ACK) == TCP_SYN
                && self.flows[slot as usize].is_closed();
            if !reopen {
                return (slot, false);
            }
            self.retire(slot, EndReason::Closed);
        }
        if self.len() >= self.limits.max_flows {
            self.sweep();
            if self.len() >= self.limits.max_flows {
                self.evict_one();
            }
        }
        let flow = Flow::new(*key, hash, ts, forward);
        let slot = match self.free.pop() {
            Some(slot) => {
                self.flows[slot as usize] = flow;
                slot
            }
            None => {
                self.flows.push(flow);
                (self.flows.len() - 1) as u32
            }
        };
        self.index.insert(hash, slot);
        let list = self.flows[slot as usize].home_list();
        self.link_front(slot, list);
        self.stats.created += 1;
        (slot, true)
    }

    /// Counts one packet to the flow in `slot`; returns its direction.
    #[inline]
    pub fn account(
        &mut self,
        slot: u32,
        forward: bool,
        wire_len: u32,
        ts: i64,
        tcp_flags: u8,
    ) -> Direction {
        let Some(f) = self.flows.get_mut(slot as usize).filter(|f| f.live) else {
            return Direction::Up;
        };
        let direction = f.direction(forward);
        let counts = match direction {
            Direction::Up => &mut f.up,
            Direction::Down => &mut f.down,
        };
        counts.packets += 1;
        counts.bytes += u64::from(wire_len);
        f.last_seen = f.last_seen.max(ts);
        f.first_seen = f.first_seen.min(ts);
        if f.key.proto == 6 {
            if tcp_flags & TCP_RST != 0 {
                f.tcp |= RST;
            }
            if tcp_flags & TCP_FIN != 0 {
                f.tcp |= if forward { FIN_A } else { FIN_B };
            }
        }
        let list = f.home_list();
        // bursts of one flow: already at the front of its list, nothing to move
        if list != f.list || self.lists[list as usize].head != slot {
            self.unlink(slot);
            self.link_front(slot, list);
        }
        direction
    }

    /// Retires every live flow (end of capture).
    pub fn flush(&mut self) {
        for list in 0..4 {
            while self.lists[list].tail != NIL {
                let tail = self.lists[list].tail;
                self.retire(tail, EndReason::Flushed);
            }
        }
    }

    fn evict_one(&mut self) {
        // Closed flows go first; otherwise the least recently seen among the lists' tails.
        let closed = self.lists[List::Closed as usize].tail;
        let victim = if closed != NIL {
            closed
        } else {
            let mut best = NIL;
            let mut best_seen = i64::MAX;
            for ends in &self.lists[..3] {
                if let Some(f) = self.flows.get(ends.tail as usize) {
                    if f.last_seen < best_seen {
                        best_seen = f.last_seen;
                        best = ends.tail;
                    }
                }
            }
            best
        };
        if victim != NIL {
            self.retire(victim, EndReason::Evicted);
        }
    }

    fn retire(&mut self, slot: u32, reason: EndReason) {
        let Some(f) = self.flows.get(slot as usize).filter(|f| f.live) else {
            return;
        };
        let hash = f.hash;
        self.unlink(slot);
        self.index.remove(hash, slot);
        let mut vacant = Flow::new(FlowKey::VACANT, 0, 0, true);
        vacant.live = false;
        let flow = std::mem::replace(&mut self.flows[slot as usize], vacant);
        self.free.push(slot);
        self.stats.retired_up.add(flow.up);
        self.stats.retired_down.add(flow.down);
        match reason {
            EndReason::Idle => self.stats.expired_idle += 1,
            EndReason::Closed => self.stats.expired_closed += 1,
            EndReason::Evicted => self.stats.evicted += 1,
            EndReason::Flushed => self.stats.flushed += 1,
        }
        if self.keep_finished {
            self.finished.push(flow);
        }
    }

    fn link_front(&mut self, slot: u32, list: List) {
        let ends = &mut self.lists[list as usize];
        let old_head = ends.head;
        ends.head = slot;
        if ends.tail == NIL {
            ends.tail = slot;
        }
        if let Some(h) = self.flows.get_mut(old_head as usize) {
            h.prev = slot;
        }
        let f = &mut self.flows[slot as usize];
        f.prev = NIL;
        f.next = old_head;
        f.list = list;
    }

    fn unlink(&mut self, slot: u32) {
        let (prev, next, list) = {
            let f = &self.flows[slot as usize];
            (f.prev, f.next, f.list)
        };
        match self.flows.get_mut(prev as usize) {
            Some(p) => p.next = next,
            None => self.lists[list as usize].head = next,
        }
        match self.flows.get_mut(next as usize) {
            Some(n) => n.prev = prev,
            None => self.lists[list as usize].tail = prev,
        }
    }
}

impl FlowKey {
    /// Placeholder key of a free slot.
    const VACANT: FlowKey = FlowKey {
        a: 0,
        b: 0,
        a_port: 0,
        b_port: 0,
        vlan: 0,
        proto: 0,
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::key::{Endpoint, NO_VLAN};

    const S: i64 = MICROS;

    fn key(
        proto: u8,
        client: u128,
        cport: u16,
        server: u128,
        sport: u16,
        vlan: u16,
    ) -> (FlowKey, bool) {
        FlowKey::from_packet(
            proto,
            Endpoint {
                addr: client,
                port: cport,
            },
            Endpoint {
                addr: server,
                port: sport,
            },
            vlan,
        )
    }

    /// Sends one packet from `from` (client or server side) and returns the slot.
    fn packet(
        t: &mut FlowTable,
        k: (FlowKey, bool),
        from_client: bool,
        len: u32,
        ts: i64,
        flags: u8,
    ) -> u32 {
        let forward = k.1 == from_client;
        t.advance(ts);
        let (slot, _) = t.upsert(&k.0, forward, ts, flags);
        t.account(slot, forward, len, ts, flags);
        slot
    }

    #[test]
    fn both_directions_count_to_one_flow() {
        let mut t = FlowTable::new(FlowLimits::default());
        let k = key(6, 20, 40000, 10, 443, NO_VLAN);
        let slot = packet(&mut t, k, true, 100, 0, TCP_SYN);
        packet(&mut t, k, false, 60, 1, TCP_SYN | TCP_ACK);
        packet(&mut t, k, true, 54, 2, TCP_ACK);
        assert_eq!(t.len(), 1);
        let f = t.get(slot).unwrap();
        assert_eq!((f.up.packets, f.up.bytes), (2, 154));
        assert_eq!((f.down.packets, f.down.bytes), (1, 60));
        assert_eq!(f.client().addr, 20);
        assert_eq!(f.server().port, 443);
        assert_eq!((f.first_seen, f.last_seen), (0, 2));
    }

    #[test]
    fn vlans_separate_flows() {
        let mut t = FlowTable::new(FlowLimits::default());
        packet(&mut t, key(17, 1, 5000, 2, 53, NO_VLAN), true, 80, 0, 0);
        packet(&mut t, key(17, 1, 5000, 2, 53, 10), true, 80, 0, 0);
        packet(&mut t, key(17, 1, 5000, 2, 53, 20), true, 80, 0, 0);
        packet(&mut t, key(17, 2, 53, 1, 5000, 20), true, 80, 0, 0);
        assert_eq!(t.len(), 3);
    }

    #[test]
    fn fin_both_ways_closes_after_linger_and_trailing_ack_still_counts() {
        let mut t = FlowTable::new(FlowLimits::default());
        t.keep_finished(true);
        let k = key(6, 20, 40000, 10, 80, NO_VLAN);
        packet(&mut t, k, true, 60, 0, TCP_SYN);
        packet(&mut t, k, true, 60, S, TCP_FIN | TCP_ACK);
        packet(&mut t, k, false, 60, S, TCP_FIN | TCP_ACK);
        let slot = packet(&mut t, k, true, 54, 2 * S, TCP_ACK); // trailing ACK
        assert!(t.get(slot).unwrap().is_closed());
        assert_eq!(t.len(), 1);
        // still there within the linger, gone after it
        t.advance(5 * S);
        assert_eq!(t.len(), 1);
        t.advance(13 * S);
        assert_eq!(t.len(), 0);
        assert_eq!(t.stats().expired_closed, 1);
        let f: Vec<Flow> = t.take_finished().collect();
        assert_eq!((f[0].up.packets, f[0].down.packets), (3, 1));
    }

    #[test]
    fn rst_closes_and_a_new_syn_starts_a_new_flow() {
        let mut t = FlowTable::new(FlowLimits::default());
        let k = key(6, 20, 40000, 10, 80, NO_VLAN);
        packet(&mut t, k, true, 60, 0, TCP_SYN);
        let slot = packet(&mut t, k, false, 60, S, TCP_RST);
        assert!(t.get(slot).unwrap().is_closed());
        packet(&mut t, k, true, 70, 2 * S, TCP_SYN);
        assert_eq!(t.len(), 1);
        assert_eq!(t.stats().created, 2);
        assert_eq!(t.stats().expired_closed, 1);
        assert_eq!(
            t.stats().retired_up.bytes + t.stats().retired_down.bytes,
            120
        );
        // one FIN alone does not close
        let k2 = key(6, 21, 40000, 10, 80, NO_VLAN);
        let s2 = packet(&mut t, k2, true, 60, 3 * S, TCP_FIN);
        assert!(!t.get(s2).unwrap().is_closed());
    }

    #[test]
    fn idle_timeouts_per_protocol_follow_packet_time() {
        let limits = FlowLimits {
            tcp_idle_secs: 300,
            udp_idle_secs: 60,
            other_idle_secs: 30,
            ..FlowLimits::default()
        };
        let mut t = FlowTable::new(limits);
        packet(
            &mut t,
            key(6, 1, 1000, 2, 443, NO_VLAN),
            true,
            60,
            0,
            TCP_ACK,
        );
        packet(&mut t, key(17, 1, 1000, 2, 443, NO_VLAN), true, 60, 0, 0);
        packet(&mut t, key(47, 1, 0, 2, 0, NO_VLAN), true, 60, 0, 0);
        t.advance(29 * S);
        assert_eq!(t.len(), 3);
        t.advance(31 * S);
        assert_eq!(t.len(), 2);
        // UDP kept alive by a packet at 50 s: expires at 110 s, not 60 s
        packet(
            &mut t,
            key(17, 1, 1000, 2, 443, NO_VLAN),
            false,
            60,
            50 * S,
            0,
        );
        t.advance(100 * S);
        assert_eq!(t.len(), 2);
        t.advance(111 * S);
        assert_eq!(t.len(), 1);
        t.advance(301 * S);
        assert_eq!(t.len(), 0);
        assert_eq!(t.stats().expired_idle, 3);
        assert_eq!(
            t.stats().retired_up.packets + t.stats().retired_down.packets,
            4
        );
    }

    #[test]
    fn cap_evicts_least_recently_seen_and_counts_it() {
        let limits = FlowLimits {
            max_flows: 4,
            ..FlowLimits::default()
        };
        let mut t = FlowTable::new(limits);
        t.keep_finished(true);
        for i in 0..4u16 {
            packet(
                &mut t,
                key(17, 1, 1000 + i, 2, 53, NO_VLAN),
                true,
                100,
                i64::from(i),
                0,
            );
        }
        // touch the oldest so the second-oldest is the LRU
        packet(&mut t, key(17, 1, 1000, 2, 53, NO_VLAN), false, 100, 10, 0);
        packet(&mut t, key(17, 1, 2000, 2, 53, NO_VLAN), true, 100, 11, 0);
        assert_eq!(t.len(), 4);
        assert_eq!(t.stats().evicted, 1);
        let evicted: Vec<Flow> = t.take_finished().collect();
        assert_eq!(
            evicted[0]
                .key
                .endpoint_a()
                .port
                .min(evicted[0].key.endpoint_b().port),
            53
        );
        assert!(evicted[0].key.a_port == 1001 || evicted[0].key.b_port == 1001);
        assert!(t.find(&key(17, 1, 1000, 2, 53, NO_VLAN).0).is_some());
    }

    #[test]
    fn time_stepping_back_flushes_without_losing_counts() {
        let mut t = FlowTable::new(FlowLimits::default());
        packet(
            &mut t,
            key(17, 1, 1000, 2, 53, NO_VLAN),
            true,
            100,
            1000 * S,
            0,
        );
        packet(
            &mut t,
            key(17, 1, 1000, 2, 53, NO_VLAN),
            true,
            100,
            10 * S,
            0,
        );
        assert_eq!(t.stats().time_steps, 1);
        assert_eq!(t.len(), 1);
        assert_eq!(t.stats().retired_up.bytes, 100);
    }

    #[test]
    fn flood_of_a_million_flows_stays_bounded() {
        let limits = FlowLimits::default();
        let mut t = FlowTable::new(limits);
        let bound = FlowTable::memory_bound(limits.max_flows);
        for i in 0..1_000_000u32 {
            let k = key(17, u128::from(i), 1000, u128::MAX, 53, NO_VLAN);
            // a new flow every microsecond: none idles out, the cap must evict
            packet(&mut t, k, true, 64, i64::from(i), 0);
            assert!(t.len() <= limits.max_flows);
        }
        assert_eq!(t.len(), limits.max_flows);
        assert_eq!(t.stats().evicted, 1_000_000 - limits.max_flows as u64);
        assert!(t.heap_bytes() <= bound, "{} > {}", t.heap_bytes(), bound);
        // the documented bound: under 13 MiB at the default cap
        assert!(bound < 13 << 20, "bound {bound}");
        eprintln!(
            "size_of::<Flow>() = {}, heap {} bytes, bound {} bytes",
            std::mem::size_of::<Flow>(),
            t.heap_bytes(),
            bound
        );
    }
}
