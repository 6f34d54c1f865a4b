//! Encrypted DNS: is a flow DNS over TLS (TCP 853), DNS over QUIC (UDP 853) or DNS over HTTPS
//! (TCP/UDP 443) to a well-known public resolver? Such flows hide the names nuage would read
//! from plain DNS, so reports flag them.
//!
//! Addresses are the resolvers' own published service addresses:
//! - Cloudflare 1.1.1.1: <https://developers.cloudflare.com/1.1.1.1/ip-addresses/>
//!   (1.1.1.1, 1.0.0.1, 2606:4700:4700::1111, ::1001; the "for families" 1.1.1.2/3, 1.0.0.2/3)
//! - Google Public DNS: <https://developers.google.com/speed/public-dns/docs/using>
//!   (8.8.8.8, 8.8.4.4, 2001:4860:4860::8888, ::8844)
//! - Quad9: <https://www.quad9.net/service/service-addresses-and-features>
//!   (9.9.9.9, 149.112.112.112, 2620:fe::fe, 2620:fe::9; unfiltered 9.9.9.10, 2620:fe::10)
//! - AdGuard DNS: <https://adguard-dns.io/kb/general/dns-providers/>
//!   (94.140.14.14, 94.140.15.15, 2a10:50c0::ad1:ff, 2a10:50c0::ad2:ff)
//! - Cisco OpenDNS: <https://www.opendns.com/setupguide/>
//!   (208.67.222.222, 208.67.220.220, 2620:119:35::35, 2620:119:53::53)
//! - Mullvad DNS: <https://mullvad.net/en/help/dns-over-https-and-dns-over-tls> (194.242.2.2)
//!
//! Port 853 to any address is DoT/DoQ by IANA assignment (RFC 7858, RFC 9250), so it counts
//! whatever the server; port 443 counts only to the addresses above (everything else on 443 is
//! ordinary HTTPS).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// IANA port for DNS over TLS (TCP) and DNS over QUIC (UDP).
pub const DOT_DOQ_PORT: u16 = 853;
pub const HTTPS_PORT: u16 = 443;

const RESOLVERS_V4: &[[u8; 4]] = &[
    [1, 1, 1, 1],
    [1, 0, 0, 1],
    [1, 1, 1, 2],
    [1, 0, 0, 2],
    [1, 1, 1, 3],
    [1, 0, 0, 3],
    [8, 8, 8, 8],
    [8, 8, 4, 4],
    [9, 9, 9, 9],
    [149, 112, 112, 112],
    [9, 9, 9, 10],
    [149, 112, 112, 10],
    [94, 140, 14, 14],
    [94, 140, 15, 15],
    [208, 67, 222, 222],
    [208, 67, 220, 220],
    [194, 242, 2, 2],
];

const RESOLVERS_V6: &[[u16; 8]] = &[
    [0x2606, 0x4700, 0x4700, 0, 0, 0, 0, 0x1111],
    [0x2606, 0x4700, 0x4700, 0, 0, 0, 0, 0x1001],
    [0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8888],
    [0x2001, 0x4860, 0x4860, 0, 0, 0, 0, 0x8844],
    [0x2620, 0xfe, 0, 0, 0, 0, 0, 0xfe],
    [0x2620, 0xfe, 0, 0, 0, 0, 0, 0x9],
    [0x2620, 0xfe, 0, 0, 0, 0, 0, 0x10],
    [0x2a10, 0x50c0, 0, 0, 0, 0, 0xad1, 0xff],
    [0x2a10, 0x50c0, 0, 0, 0, 0, 0xad2, 0xff],
    [0x2620, 0x119, 0x35, 0, 0, 0, 0, 0x35],
    [0x2620, 0x119, 0x53, 0, 0, 0, 0, 0x53],
];

/// Transport of a flow, as far as this table cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proto {
    Tcp,
    Udp,
}

/// A public resolver's published address.
pub fn is_public_resolver(addr: IpAddr) -> bool {
    match addr {
        IpAddr::V4(a) => RESOLVERS_V4.iter().any(|r| Ipv4Addr::from(*r) == a),
        IpAddr::V6(a) => RESOLVERS_V6.iter().any(|r| Ipv6Addr::from(*r) == a),
    }
}

/// Is a flow to `server` on `port` encrypted DNS? DoT/DoQ on 853 to anyone; DoH (HTTP/2 on
/// TCP 443 or HTTP/3 on UDP 443) only to a known public resolver.
pub fn is_encrypted_dns(server: IpAddr, proto: Proto, port: u16) -> bool {
    match (proto, port) {
        (_, DOT_DOQ_PORT) => true,
        (_, HTTPS_PORT) => is_public_resolver(server),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn well_known_resolvers_on_doh_ports() {
        for s in [
            "1.1.1.1",
            "1.0.0.1",
            "8.8.8.8",
            "8.8.4.4",
            "9.9.9.9",
            "149.112.112.112",
            "94.140.14.14",
            "208.67.222.222",
            "2606:4700:4700::1111",
            "2001:4860:4860::8888",
            "2620:fe::fe",
        ] {
            assert!(is_encrypted_dns(ip(s), Proto::Tcp, 443), "{s}");
            assert!(is_encrypted_dns(ip(s), Proto::Udp, 443), "{s} over HTTP/3");
            assert!(!is_encrypted_dns(ip(s), Proto::Udp, 53), "{s} plain DNS");
        }
    }

    #[test]
    fn dot_and_doq_to_any_server_and_plain_https_is_not_dns() {
        assert!(is_encrypted_dns(ip("192.0.2.53"), Proto::Tcp, 853));
        assert!(is_encrypted_dns(ip("2001:db8::53"), Proto::Udp, 853));
        assert!(!is_encrypted_dns(ip("142.250.1.1"), Proto::Tcp, 443));
        assert!(!is_encrypted_dns(ip("1.1.1.4"), Proto::Tcp, 443));
    }
}
