//! Test support: hand-built frames for every link type and header nuage decodes, written
//! byte by byte from the specifications (etherparse's PacketBuilder covers only part of
//! them). Used by unit tests, integration tests and benches; nuage itself never builds
//! frames. Checksums are left zero except IPv4's header checksum.

use std::net::{Ipv4Addr, Ipv6Addr};

pub const ETHERTYPE_IPV4: u16 = 0x0800;
pub const ETHERTYPE_IPV6: u16 = 0x86dd;
pub const ETHERTYPE_ARP: u16 = 0x0806;
pub const TPID_8021Q: u16 = 0x8100;
pub const TPID_8021AD: u16 = 0x88a8;

/// Ethernet II with optional VLAN tags (outermost first, as `(tpid, vlan id)`).
pub fn ethernet(
    dst: [u8; 6],
    src: [u8; 6],
    tags: &[(u16, u16)],
    ethertype: u16,
    payload: &[u8],
) -> Vec<u8> {
    let mut f = Vec::with_capacity(14 + 4 * tags.len() + payload.len());
    f.extend_from_slice(&dst);
    f.extend_from_slice(&src);
    for (tpid, id) in tags {
        f.extend_from_slice(&tpid.to_be_bytes());
        f.extend_from_slice(&(id & 0x0fff).to_be_bytes());
    }
    f.extend_from_slice(&ethertype.to_be_bytes());
    f.extend_from_slice(payload);
    f
}

/// A PPPoE session payload (ethertype 0x8864): header, PPP protocol, packet.
pub fn pppoe_session(session_id: u16, ppp_protocol: u16, packet: &[u8]) -> Vec<u8> {
    let mut f = vec![0x11, 0x00];
    f.extend_from_slice(&session_id.to_be_bytes());
    let len = u16::try_from(packet.len() + 2).unwrap_or(u16::MAX);
    f.extend_from_slice(&len.to_be_bytes());
    f.extend_from_slice(&ppp_protocol.to_be_bytes());
    f.extend_from_slice(packet);
    f
}

/// Linux cooked v1 header (LINKTYPE_LINUX_SLL) from an Ethernet device.
pub fn linux_sll(packet_type: u16, src: [u8; 6], protocol: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(16 + payload.len());
    f.extend_from_slice(&packet_type.to_be_bytes());
    f.extend_from_slice(&1u16.to_be_bytes()); // ARPHRD_ETHER
    f.extend_from_slice(&6u16.to_be_bytes());
    f.extend_from_slice(&src);
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(&protocol.to_be_bytes());
    f.extend_from_slice(payload);
    f
}

/// Linux cooked v2 header (LINKTYPE_LINUX_SLL2) from an Ethernet device.
pub fn linux_sll2(packet_type: u8, src: [u8; 6], protocol: u16, payload: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(20 + payload.len());
    f.extend_from_slice(&protocol.to_be_bytes());
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(&2u32.to_be_bytes()); // interface index
    f.extend_from_slice(&1u16.to_be_bytes()); // ARPHRD_ETHER
    f.push(packet_type);
    f.push(6);
    f.extend_from_slice(&src);
    f.extend_from_slice(&[0, 0]);
    f.extend_from_slice(payload);
    f
}

/// BSD loopback header: the address family in either byte order.
pub fn bsd_loopback(family: u32, big_endian: bool, packet: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(4 + packet.len());
    if big_endian {
        f.extend_from_slice(&family.to_be_bytes());
    } else {
        f.extend_from_slice(&family.to_le_bytes());
    }
    f.extend_from_slice(packet);
    f
}

/// PPP frame, optionally with HDLC-like 0xff 0x03 framing.
pub fn ppp(hdlc: bool, protocol: u16, packet: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(4 + packet.len());
    if hdlc {
        f.extend_from_slice(&[0xff, 0x03]);
    }
    f.extend_from_slice(&protocol.to_be_bytes());
    f.extend_from_slice(packet);
    f
}

/// IPv4 header fields beyond addresses and protocol.
#[derive(Debug, Clone, Default)]
pub struct Ipv4Options {
    /// Raw options, padded to a multiple of 4 bytes by the builder.
    pub options: Vec<u8>,
    pub id: u16,
    /// Fragment offset in bytes (a multiple of 8).
    pub frag_offset: u16,
    pub more_fragments: bool,
}

/// An IPv4 packet with default options.
pub fn ipv4(src: Ipv4Addr, dst: Ipv4Addr, protocol: u8, payload: &[u8]) -> Vec<u8> {
    ipv4_with(src, dst, protocol, &Ipv4Options::default(), payload)
}

/// An IPv4 packet with options and fragmentation fields.
pub fn ipv4_with(
    src: Ipv4Addr,
    dst: Ipv4Addr,
    protocol: u8,
    opts: &Ipv4Options,
    payload: &[u8],
) -> Vec<u8> {
    let mut options = opts.options.clone();
    options.resize(options.len().div_ceil(4) * 4, 0);
    let header_len = 20 + options.len();
    let total = u16::try_from(header_len + payload.len()).unwrap_or(u16::MAX);
    let ihl = u8::try_from(header_len / 4).unwrap_or(15);
    let mut p = Vec::with_capacity(header_len + payload.len());
    p.push(0x40 | ihl);
    p.push(0);
    p.extend_from_slice(&total.to_be_bytes());
    p.extend_from_slice(&opts.id.to_be_bytes());
    let mut frag = (opts.frag_offset / 8) & 0x1fff;
    if opts.more_fragments {
        frag |= 0x2000;
    }
    p.extend_from_slice(&frag.to_be_bytes());
    p.push(64);
    p.push(protocol);
    p.extend_from_slice(&[0, 0]);
    p.extend_from_slice(&src.octets());
    p.extend_from_slice(&dst.octets());
    p.extend_from_slice(&options);
    let checksum = internet_checksum(&p);
    p[10..12].copy_from_slice(&checksum.to_be_bytes());
    p.extend_from_slice(payload);
    p
}

fn internet_checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = data
        .chunks(2)
        .map(|c| u32::from(u16::from_be_bytes([c[0], c.get(1).copied().unwrap_or(0)])))
        .sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(u16::try_from(sum).unwrap_or(0))
}

/// An IPv6 extension header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ipv6Ext {
    HopByHop,
    Routing,
    DestinationOptions,
    Fragment {
        id: u32,
        /// Offset in bytes (a multiple of 8).
        offset: u16,
        more: bool,
    },
}

impl Ipv6Ext {
    fn number(self) -> u8 {
        match self {
            Ipv6Ext::HopByHop => 0,
            Ipv6Ext::Routing => 43,
            Ipv6Ext::DestinationOptions => 60,
            Ipv6Ext::Fragment { .. } => 44,
        }
    }
}

/// An IPv6 packet.
pub fn ipv6(src: Ipv6Addr, dst: Ipv6Addr, next_header: u8, payload: &[u8]) -> Vec<u8> {
    ipv6_with(src, dst, &[], next_header, payload)
}

/// An IPv6 packet with extension headers (in order) before `protocol`'s payload.
pub fn ipv6_with(
    src: Ipv6Addr,
    dst: Ipv6Addr,
    exts: &[Ipv6Ext],
    protocol: u8,
    payload: &[u8],
) -> Vec<u8> {
    let mut body = Vec::new();
    for (i, ext) in exts.iter().enumerate() {
        let next = exts.get(i + 1).map_or(protocol, |e| e.number());
        match ext {
            Ipv6Ext::Fragment { id, offset, more } => {
                body.push(next);
                body.push(0);
                let field = (offset / 8) << 3 | u16::from(*more);
                body.extend_from_slice(&field.to_be_bytes());
                body.extend_from_slice(&id.to_be_bytes());
            }
            Ipv6Ext::Routing => {
                // Type 4 (segment routing) with no segments left: 8 bytes plus one address.
                body.push(next);
                body.push(2);
                body.extend_from_slice(&[4, 0, 0, 0, 0, 0]);
                body.extend_from_slice(&dst.octets());
            }
            Ipv6Ext::HopByHop | Ipv6Ext::DestinationOptions => {
                // One PadN option filling the 8-byte header.
                body.push(next);
                body.push(0);
                body.extend_from_slice(&[1, 4, 0, 0, 0, 0]);
            }
        }
    }
    body.extend_from_slice(payload);
    let first = exts.first().map_or(protocol, |e| e.number());
    let mut p = Vec::with_capacity(40 + body.len());
    p.extend_from_slice(&[0x60, 0, 0, 0]);
    p.extend_from_slice(&u16::try_from(body.len()).unwrap_or(u16::MAX).to_be_bytes());
    p.push(first);
    p.push(64);
    p.extend_from_slice(&src.octets());
    p.extend_from_slice(&dst.octets());
    p.extend_from_slice(&body);
    p
}

/// A TCP segment with a 20-byte header plus `options` (padded to 4 bytes).
pub fn tcp(src_port: u16, dst_port: u16, flags: u8, options: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut opts = options.to_vec();
    opts.resize(opts.len().div_ceil(4) * 4, 0);
    let data_offset = u8::try_from((20 + opts.len()) / 4).unwrap_or(15);
    let mut s = Vec::with_capacity(20 + opts.len() + payload.len());
    s.extend_from_slice(&src_port.to_be_bytes());
    s.extend_from_slice(&dst_port.to_be_bytes());
    s.extend_from_slice(&1u32.to_be_bytes());
    s.extend_from_slice(&0u32.to_be_bytes());
    s.push(data_offset << 4);
    s.push(flags);
    s.extend_from_slice(&65535u16.to_be_bytes());
    s.extend_from_slice(&[0, 0, 0, 0]);
    s.extend_from_slice(&opts);
    s.extend_from_slice(payload);
    s
}

/// A UDP datagram.
pub fn udp(src_port: u16, dst_port: u16, payload: &[u8]) -> Vec<u8> {
    let mut d = Vec::with_capacity(8 + payload.len());
    d.extend_from_slice(&src_port.to_be_bytes());
    d.extend_from_slice(&dst_port.to_be_bytes());
    d.extend_from_slice(
        &u16::try_from(8 + payload.len())
            .unwrap_or(u16::MAX)
            .to_be_bytes(),
    );
    d.extend_from_slice(&[0, 0]);
    d.extend_from_slice(payload);
    d
}

/// An ICMP or ICMPv6 message: type, code, zero checksum, then `rest`.
pub fn icmp(icmp_type: u8, code: u8, rest: &[u8]) -> Vec<u8> {
    let mut m = vec![icmp_type, code, 0, 0];
    m.extend_from_slice(rest);
    m
}

/// A GRE packet (RFC 2784/2890), optionally with key and sequence number.
pub fn gre(protocol: u16, key: Option<u32>, sequence: Option<u32>, payload: &[u8]) -> Vec<u8> {
    let mut flags = 0u16;
    if key.is_some() {
        flags |= 0x2000;
    }
    if sequence.is_some() {
        flags |= 0x1000;
    }
    let mut g = Vec::with_capacity(12 + payload.len());
    g.extend_from_slice(&flags.to_be_bytes());
    g.extend_from_slice(&protocol.to_be_bytes());
    for field in [key, sequence].into_iter().flatten() {
        g.extend_from_slice(&field.to_be_bytes());
    }
    g.extend_from_slice(payload);
    g
}

/// A VXLAN header and its inner Ethernet frame (the UDP payload).
pub fn vxlan(vni: u32, inner_frame: &[u8]) -> Vec<u8> {
    let mut v = vec![0x08, 0, 0, 0];
    v.extend_from_slice(&(vni << 8).to_be_bytes());
    v.extend_from_slice(inner_frame);
    v
}
