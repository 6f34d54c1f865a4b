//! Is an address on our side of the Internet gateway?
//!
//! Local: RFC 1918, CGNAT 100.64/10, link-local, ULA fc00::/7, loopback, multicast, the
//! broadcast address and the unspecified addresses (DHCP's 0.0.0.0), plus what this place
//! tells us: the capture interfaces' addresses, configured LAN prefixes, and IPv6 prefixes
//! announced on the wire by the router (Router Advertisement, Prefix Information option with
//! the on-link flag). Asked once per new flow, never per packet.

use std::net::IpAddr;

use ipnetwork::IpNetwork;

use super::key::addr_bits;

/// IPv6 prefixes learned from Router Advertisements are capped: a hostile or broken network
/// must not grow this list (and the per-flow check) without bound.
pub const MAX_LEARNED_PREFIXES: usize = 32;

/// A prefix over the 128-bit address space (IPv4 lives in `::ffff:0:0/96`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Prefix {
    net: u128,
    len: u8,
}

impl Prefix {
    fn new(addr: u128, len: u8) -> Self {
        let len = len.min(128);
        Self {
            net: addr & mask(len),
            len,
        }
    }

    fn from_network(net: IpNetwork) -> Self {
        let extra = if net.is_ipv4() { 96 } else { 0 };
        Self::new(addr_bits(net.network()), net.prefix() + extra)
    }

    #[inline]
    fn contains(&self, addr: u128) -> bool {
        addr & mask(self.len) == self.net
    }
}

#[inline]
fn mask(len: u8) -> u128 {
    if len == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(len.min(128)))
    }
}

fn v4(a: u8, b: u8, c: u8, d: u8, len: u8) -> Prefix {
    Prefix::new(addr_bits(IpAddr::from([a, b, c, d])), 96 + len)
}

fn v6(first: u16, len: u8) -> Prefix {
    Prefix::new(u128::from(first) << 112, len)
}

fn builtin() -> Vec<Prefix> {
    vec![
        v4(10, 0, 0, 0, 8),
        v4(172, 16, 0, 0, 12),
        v4(192, 168, 0, 0, 16),
        v4(100, 64, 0, 0, 10),
        v4(169, 254, 0, 0, 16),
        v4(127, 0, 0, 0, 8),
        v4(224, 0, 0, 0, 4),
        v4(255, 255, 255, 255, 32),
        v4(0, 0, 0, 0, 32),
        v6(0xfc00, 7),
        v6(0xfe80, 10),
        v6(0xff00, 8),
        Prefix::new(1, 128),
        Prefix::new(0, 128),
    ]
}

/// Decides which addresses are local.
#[derive(Debug, Clone)]
pub struct Locality {
    fixed: Vec<Prefix>,
    learned: Vec<Prefix>,
}

impl Default for Locality {
    fn default() -> Self {
        Self::new()
    }
}

impl Locality {
    /// The built-in private, special and multicast ranges only.
    pub fn new() -> Self {
        Self {
            fixed: builtin(),
            learned: Vec::new(),
        }
    }

    /// A configured LAN prefix (`lan = [...]`, `--lan`).
    pub fn add_prefix(&mut self, net: IpNetwork) {
        let p = Prefix::from_network(net);
        if !self.fixed.contains(&p) {
            self.fixed.push(p);
        }
    }

    /// An address of a capture interface.
    pub fn add_address(&mut self, addr: IpAddr) {
        let p = Prefix::new(addr_bits(addr), 128);
        if !self.fixed.contains(&p) {
            self.fixed.push(p);
        }
    }

    /// Prefixes learned from Router Advertisements so far.
    pub fn learned(&self) -> impl Iterator<Item = IpNetwork> + '_ {
        self.learned
            .iter()
            .filter_map(|p| IpNetwork::new(IpAddr::V6(p.net.into()), p.len).ok())
    }

    #[inline]
    pub fn is_local(&self, addr: u128) -> bool {
        self.fixed.iter().any(|p| p.contains(addr)) || self.learned.iter().any(|p| p.contains(addr))
    }

    pub fn is_local_ip(&self, addr: IpAddr) -> bool {
        self.is_local(addr_bits(addr))
    }

    /// Reads an ICMPv6 Router Advertisement (`body` = the message after the 4-byte ICMPv6
    /// header) and learns its on-link prefixes. Returns how many new prefixes were learned.
    pub fn learn_from_router_advertisement(&mut self, body: &[u8]) -> usize {
        let mut added = 0;
        for (prefix, len) in ra_on_link_prefixes(body) {
            // A /0 or a prefix covering the whole unicast space would make everything local.
            if !(8..=128).contains(&len) {
                continue;
            }
            let p = Prefix::new(prefix, len);
            if self.fixed.contains(&p) || self.learned.contains(&p) {
                continue;
            }
            if self.learned.len() >= MAX_LEARNED_PREFIXES {
                tracing::warn!(
                    "ignoring router-advertised prefix: {MAX_LEARNED_PREFIXES} already learned"
                );
                break;
            }
            tracing::info!(
                prefix = %std::net::Ipv6Addr::from(p.net),
                len = p.len,
                "learned a local IPv6 prefix from a router advertisement"
            );
            self.learned.push(p);
            added += 1;
        }
        added
    }
}

/// ICMPv6 type of a Router Advertisement.
pub const ICMPV6_ROUTER_ADVERTISEMENT: u8 = 134;
/// RA fixed part after the ICMPv6 header: hop limit, flags, lifetime, reachable, retrans.
const RA_FIXED_LEN: usize = 12;
const OPTION_PREFIX_INFORMATION: u8 = 3;
const PREFIX_FLAG_ON_LINK: u8 = 0x80;

/// The on-link prefixes of an RA body, skipping malformed options; stops at the first option
/// whose length cannot be trusted.
fn ra_on_link_prefixes(body: &[u8]) -> impl Iterator<Item = (u128, u8)> + '_ {
    let mut rest = body.get(RA_FIXED_LEN..).unwrap_or(&[]);
    std::iter::from_fn(move || {
        loop {
            let (&kind, &units) = (rest.first()?, rest.get(1)?);
            let len = usize::from(units) * 8;
            if len == 0 || len > rest.len() {
                rest = &[];
                return None;
            }
            let option = &rest[..len];
            rest = &rest[len..];
            if kind != OPTION_PREFIX_INFORMATION || len != 32 {
                continue;
            }
            // type, length, prefix length, flags, valid, preferred, reserved, prefix
            let (prefix_len, flags) = (option[2], option[3]);
            if flags & PREFIX_FLAG_ON_LINK == 0 {
                continue;
            }
            let mut bytes = [0u8; 16];
            bytes.copy_from_slice(&option[16..32]);
            return Some((u128::from_be_bytes(bytes), prefix_len));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(l: &Locality, ip: &str) -> bool {
        l.is_local_ip(ip.parse().unwrap())
    }

    #[test]
    fn builtin_ranges() {
        let l = Locality::new();
        for ip in [
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "100.64.0.1",
            "100.127.255.255",
            "169.254.1.1",
            "127.0.0.1",
            "224.0.0.251",
            "239.255.255.250",
            "255.255.255.255",
            "0.0.0.0",
            "fd00::1",
            "fc12::1",
            "fe80::1",
            "ff02::fb",
            "::1",
            "::",
        ] {
            assert!(local(&l, ip), "{ip} should be local");
        }
        for ip in [
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "192.169.0.1",
            "2001:db8::1",
            "2a03:2880::1",
            "64:ff9b::8.8.8.8",
            "11.0.0.1",
        ] {
            assert!(!local(&l, ip), "{ip} should be remote");
        }
    }

    #[test]
    fn configured_prefixes_and_interface_addresses() {
        let mut l = Locality::new();
        assert!(!local(&l, "192.0.2.7"));
        l.add_prefix("192.0.2.0/24".parse().unwrap());
        l.add_address("203.0.113.9".parse().unwrap());
        l.add_prefix("2001:db8:1::/48".parse().unwrap());
        assert!(local(&l, "192.0.2.7"));
        assert!(local(&l, "203.0.113.9"));
        assert!(!local(&l, "203.0.113.10"));
        assert!(local(&l, "2001:db8:1:2::3"));
        assert!(!local(&l, "2001:db8:2::3"));
    }

    fn ra(options: &[u8]) -> Vec<u8> {
        let mut body = vec![64, 0, 0x07, 0x08, 0, 0, 0, 0, 0, 0, 0, 0];
        body.extend_from_slice(options);
        body
    }

    fn prefix_option(prefix: &str, len: u8, flags: u8) -> Vec<u8> {
        let p: std::net::Ipv6Addr = prefix.parse().unwrap();
        let mut o = vec![3, 4, len, flags];
        o.extend_from_slice(&[0, 0, 0x0e, 0x10, 0, 0, 0x0e, 0x10, 0, 0, 0, 0]);
        o.extend_from_slice(&p.octets());
        o
    }

    #[test]
    fn router_advertisement_prefixes_are_learned() {
        let mut l = Locality::new();
        // a source link-layer option first, then two prefixes, one not on-link
        let mut opts = vec![1, 1, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff];
        opts.extend(prefix_option("2001:db8:42::", 64, 0xc0));
        opts.extend(prefix_option("2001:db8:99::", 64, 0x40));
        assert_eq!(l.learn_from_router_advertisement(&ra(&opts)), 1);
        assert!(local(&l, "2001:db8:42::1234"));
        assert!(!local(&l, "2001:db8:99::1"));
        // seen again: nothing new
        assert_eq!(l.learn_from_router_advertisement(&ra(&opts)), 0);
        assert_eq!(l.learned().count(), 1);
    }

    #[test]
    fn malformed_router_advertisements_learn_nothing() {
        let mut l = Locality::new();
        let good = prefix_option("2001:db8:42::", 64, 0x80);
        for body in [
            vec![],
            vec![0; 11],
            ra(&[3, 0]),                       // zero length: stop
            ra(&[3, 5, 64, 0x80]),             // longer than the packet
            ra(&good[..31]),                   // cut short
            ra(&prefix_option("::", 0, 0x80)), // a /0 would make everything local
        ] {
            assert_eq!(l.learn_from_router_advertisement(&body), 0, "{body:?}");
        }
        assert!(!local(&l, "8.8.8.8"));
    }

    #[test]
    fn learned_prefixes_are_capped() {
        let mut l = Locality::new();
        for i in 0..(MAX_LEARNED_PREFIXES as u16 + 10) {
            let o = prefix_option(&format!("2001:db8:{i:x}::"), 64, 0x80);
            l.learn_from_router_advertisement(&ra(&o));
        }
        assert_eq!(l.learned().count(), MAX_LEARNED_PREFIXES);
    }
}
