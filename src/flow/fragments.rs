//! Remembers which flow a fragmented datagram belongs to, so later fragments (which carry no
//! ports) count to the first fragment's flow.
//!
//! Keyed by (source, destination, protocol, IP id), kept for `FRAGMENT_TTL` of packet time,
//! at most `MAX_DATAGRAMS` at once. A later fragment with no entry (it arrived before the
//! first one, or the map was full) is counted by address pair under its protocol with no
//! ports: the bytes are still counted, just not to the port-level flow.

use super::hash::FxHashMap;
use super::key::FlowKey;

pub const FRAGMENT_TTL_MICROS: i64 = 30_000_000;
pub const MAX_DATAGRAMS: usize = 1024;

/// Identifies one IP datagram (RFC 791: source, destination, protocol, identification).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Datagram {
    pub src: u128,
    pub dst: u128,
    pub proto: u8,
    pub id: u32,
}

#[derive(Debug, Default)]
pub struct FragmentMap {
    datagrams: FxHashMap<Datagram, (FlowKey, bool, i64)>,
    /// First fragments not remembered because the map was full.
    pub dropped: u64,
}

impl FragmentMap {
    pub fn len(&self) -> usize {
        self.datagrams.len()
    }

    pub fn is_empty(&self) -> bool {
        self.datagrams.is_empty()
    }

    /// Remembers the flow of a first fragment (`forward` as `FlowKey::from_packet` gave it).
    pub fn remember(&mut self, key: Datagram, flow: (FlowKey, bool), ts: i64) {
        if self.datagrams.len() >= MAX_DATAGRAMS && !self.datagrams.contains_key(&key) {
            self.datagrams
                .retain(|_, (_, _, seen)| seen.saturating_add(FRAGMENT_TTL_MICROS) > ts);
            if self.datagrams.len() >= MAX_DATAGRAMS {
                self.dropped += 1;
                return;
            }
        }
        self.datagrams.insert(key, (flow.0, flow.1, ts));
    }

    /// The flow of a later fragment, if its first fragment was seen recently.
    pub fn lookup(&self, key: Datagram, ts: i64) -> Option<(FlowKey, bool)> {
        self.datagrams
            .get(&key)
            .filter(|(_, _, seen)| seen.saturating_add(FRAGMENT_TTL_MICROS) > ts)
            .map(|&(flow, forward, _)| (flow, forward))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::key::{Endpoint, NO_VLAN};

    fn dg(proto: u8, id: u32) -> Datagram {
        Datagram {
            src: 1,
            dst: 2,
            proto,
            id,
        }
    }

    fn flow(port: u16) -> (FlowKey, bool) {
        FlowKey::from_packet(
            17,
            Endpoint { addr: 1, port },
            Endpoint { addr: 2, port: 53 },
            NO_VLAN,
        )
    }

    #[test]
    fn remembered_until_ttl() {
        let mut m = FragmentMap::default();
        let (k, f) = flow(5000);
        m.remember(dg(17, 77), (k, f), 0);
        assert_eq!(m.lookup(dg(17, 77), 1000), Some((k, f)));
        assert_eq!(m.lookup(dg(6, 77), 1000), None);
        assert_eq!(
            m.lookup(
                Datagram {
                    src: 2,
                    dst: 1,
                    ..dg(17, 77)
                },
                1000
            ),
            None
        );
        assert_eq!(m.lookup(dg(17, 77), FRAGMENT_TTL_MICROS), None);
    }

    #[test]
    fn bounded_and_expired_entries_make_room() {
        let mut m = FragmentMap::default();
        for id in 0..(MAX_DATAGRAMS as u32 + 10) {
            let (k, f) = flow(id as u16);
            m.remember(dg(17, id), (k, f), 0);
        }
        assert_eq!(m.len(), MAX_DATAGRAMS);
        assert_eq!(m.dropped, 10);
        let (k, f) = flow(1);
        m.remember(dg(17, 99_999), (k, f), FRAGMENT_TTL_MICROS + 1);
        assert_eq!(m.len(), 1);
    }
}
