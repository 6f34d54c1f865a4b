//! Longest-prefix match over IPv4 and IPv6.
//!
//! Entries carry a precedence; at equal prefix length the highest precedence wins, otherwise
//! the most specific prefix wins. The table is built once and is immutable.

use std::collections::HashMap;
use std::net::IpAddr;

use ipnetwork::IpNetwork;

/// Collects prefixes, then builds the immutable table.
#[derive(Debug, Default)]
pub struct PrefixTableBuilder {
    entries: Vec<(IpNetwork, u32, u32)>,
}

impl PrefixTableBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `net` answering `value`; among equal prefixes the highest `precedence` wins, and
    /// among equal precedences the one inserted first.
    pub fn insert(&mut self, net: IpNetwork, precedence: u32, value: u32) {
        self.entries.push((net, precedence, value));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn build(self) -> PrefixTable {
        let mut v4: Vec<HashMap<u32, (u32, u32)>> = vec![HashMap::new(); 33];
        let mut v6: Vec<HashMap<u128, (u32, u32)>> = vec![HashMap::new(); 129];
        for (net, precedence, value) in self.entries {
            match net {
                IpNetwork::V4(n) => {
                    let len = n.prefix() as usize;
                    let key = mask_v4(u32::from(n.network()), len);
                    keep_best(
                        v4[len].entry(key).or_insert((precedence, value)),
                        precedence,
                        value,
                    );
                }
                IpNetwork::V6(n) => {
                    let len = n.prefix() as usize;
                    let key = mask_v6(u128::from(n.network()), len);
                    keep_best(
                        v6[len].entry(key).or_insert((precedence, value)),
                        precedence,
                        value,
                    );
                }
            }
        }
        PrefixTable { v4, v6 }
    }
}

fn keep_best(slot: &mut (u32, u32), precedence: u32, value: u32) {
    if precedence > slot.0 {
        *slot = (precedence, value);
    }
}

fn mask_v4(addr: u32, len: usize) -> u32 {
    if len == 0 {
        0
    } else {
        addr & (u32::MAX << (32 - len))
    }
}

fn mask_v6(addr: u128, len: usize) -> u128 {
    if len == 0 {
        0
    } else {
        addr & (u128::MAX << (128 - len))
    }
}

/// The built table.
#[derive(Debug, Clone)]
pub struct PrefixTable {
    v4: Vec<HashMap<u32, (u32, u32)>>,
    v6: Vec<HashMap<u128, (u32, u32)>>,
}

impl PrefixTable {
    pub fn lookup(&self, addr: IpAddr) -> Option<u32> {
        match addr {
            IpAddr::V4(a) => self.lookup_v4(u32::from(a)),
            IpAddr::V6(a) => self.lookup_v6(u128::from(a)),
        }
    }

    pub fn lookup_v4(&self, addr: u32) -> Option<u32> {
        (0..=32usize)
            .rev()
            .find_map(|len| self.v4[len].get(&mask_v4(addr, len)).map(|&(_, v)| v))
    }

    pub fn lookup_v6(&self, addr: u128) -> Option<u32> {
        (0..=128usize)
            .rev()
            .find_map(|len| self.v6[len].get(&mask_v6(addr, len)).map(|&(_, v)| v))
    }
}
