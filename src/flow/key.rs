//! The flow key: one value for both directions of a conversation.
//!
//! Addresses are kept as 128-bit integers (IPv4 as `::ffff:a.b.c.d`), so IPv4 and IPv6 share
//! one compact, `Copy` key with no allocation. The endpoint with the smaller (address, port)
//! comes first, so a packet and its reply build the same key.

use std::hash::{Hash, Hasher};
use std::net::{IpAddr, Ipv6Addr};

/// No VLAN tag (802.1Q ids are 12 bits, so this never collides with a real one).
pub const NO_VLAN: u16 = u16::MAX;

/// An address as a 128-bit integer, IPv4 mapped into `::ffff:0:0/96`.
#[inline]
pub fn addr_bits(addr: IpAddr) -> u128 {
    match addr {
        IpAddr::V4(v4) => u128::from(v4.to_ipv6_mapped()),
        IpAddr::V6(v6) => u128::from(v6),
    }
}

/// Back from `addr_bits`; mapped addresses come back as IPv4.
pub fn bits_addr(bits: u128) -> IpAddr {
    let v6 = Ipv6Addr::from(bits);
    match v6.to_ipv4_mapped() {
        Some(v4) => IpAddr::V4(v4),
        None => IpAddr::V6(v6),
    }
}

/// One endpoint of a flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Endpoint {
    pub addr: u128,
    pub port: u16,
}

/// (protocol, endpoints, ports, VLAN), canonicalised: `a <= b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlowKey {
    pub a: u128,
    pub b: u128,
    pub a_port: u16,
    pub b_port: u16,
    /// 802.1Q id, or `NO_VLAN`.
    pub vlan: u16,
    /// IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6…).
    pub proto: u8,
}

impl FlowKey {
    /// Builds the key for a packet from `src` to `dst`; the flag says whether the packet goes
    /// from `a` to `b` (true) or back.
    #[inline]
    pub fn from_packet(proto: u8, src: Endpoint, dst: Endpoint, vlan: u16) -> (Self, bool) {
        let forward = src <= dst;
        let (a, b) = if forward { (src, dst) } else { (dst, src) };
        (
            FlowKey {
                a: a.addr,
                b: b.addr,
                a_port: a.port,
                b_port: b.port,
                vlan,
                proto,
            },
            forward,
        )
    }

    pub fn endpoint_a(&self) -> Endpoint {
        Endpoint {
            addr: self.a,
            port: self.a_port,
        }
    }

    pub fn endpoint_b(&self) -> Endpoint {
        Endpoint {
            addr: self.b,
            port: self.b_port,
        }
    }

    /// Ports and protocol packed in one word, for hashing.
    #[inline]
    fn packed(&self) -> u64 {
        u64::from(self.a_port)
            | (u64::from(self.b_port) << 16)
            | (u64::from(self.vlan) << 32)
            | (u64::from(self.proto) << 48)
    }

    /// The 64-bit hash the flow index uses.
    #[inline]
    pub fn hash64(&self) -> u64 {
        let mut h = super::hash::FxHasher::default();
        h.write_u128(self.a);
        h.write_u128(self.b);
        h.write_u64(self.packed());
        h.finish()
    }
}

impl Hash for FlowKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u128(self.a);
        state.write_u128(self.b);
        state.write_u64(self.packed());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ep(ip: &str, port: u16) -> Endpoint {
        Endpoint {
            addr: addr_bits(ip.parse().unwrap()),
            port,
        }
    }

    #[test]
    fn both_directions_make_one_key() {
        let c = ep("192.168.1.2", 50000);
        let s = ep("17.1.2.3", 443);
        let (k1, f1) = FlowKey::from_packet(6, c, s, NO_VLAN);
        let (k2, f2) = FlowKey::from_packet(6, s, c, NO_VLAN);
        assert_eq!(k1, k2);
        assert_ne!(f1, f2);
        assert_eq!(k1.hash64(), k2.hash64());
    }

    #[test]
    fn vlan_protocol_and_ports_separate_keys() {
        let c = ep("10.0.0.2", 1000);
        let s = ep("10.0.0.3", 53);
        let (base, _) = FlowKey::from_packet(17, c, s, NO_VLAN);
        let (vlan, _) = FlowKey::from_packet(17, c, s, 10);
        let (tcp, _) = FlowKey::from_packet(6, c, s, NO_VLAN);
        let (port, _) = FlowKey::from_packet(17, ep("10.0.0.2", 1001), s, NO_VLAN);
        for other in [vlan, tcp, port] {
            assert_ne!(base, other);
            assert_ne!(base.hash64(), other.hash64());
        }
    }

    #[test]
    fn addresses_round_trip() {
        for text in ["192.0.2.1", "2001:db8::1", "::", "0.0.0.0"] {
            let ip: IpAddr = text.parse().unwrap();
            assert_eq!(bits_addr(addr_bits(ip)), ip, "{text}");
        }
    }
}
