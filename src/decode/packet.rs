//! The types passed from `decode` to `flow`.

use std::net::IpAddr;

/// Link-layer types nuage reads (pcap LINKTYPE_* values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkType {
    /// LINKTYPE_ETHERNET (1), with 802.1Q/QinQ tags and PPPoE sessions inside.
    Ethernet,
    /// LINKTYPE_LINUX_SLL (113), the `any` interface.
    LinuxSll,
    /// LINKTYPE_LINUX_SLL2 (276).
    LinuxSll2,
    /// LINKTYPE_RAW (101) and the DLT_RAW values 12/14: IPv4 or IPv6 with no link header.
    RawIp,
    /// LINKTYPE_IPV4 (228).
    Ipv4,
    /// LINKTYPE_IPV6 (229).
    Ipv6,
    /// LINKTYPE_NULL (0) and LINKTYPE_LOOP (108): BSD loopback.
    Null,
    Loop,
    /// LINKTYPE_PPP (9).
    Ppp,
}

impl LinkType {
    /// Maps a pcap link-type number; `None` for link types nuage cannot read.
    pub fn from_linktype(value: u32) -> Option<Self> {
        Some(match value {
            1 => LinkType::Ethernet,
            113 => LinkType::LinuxSll,
            276 => LinkType::LinuxSll2,
            101 | 12 | 14 => LinkType::RawIp,
            228 => LinkType::Ipv4,
            229 => LinkType::Ipv6,
            0 => LinkType::Null,
            108 => LinkType::Loop,
            9 => LinkType::Ppp,
            _ => return None,
        })
    }
}

/// Transport-layer facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Tcp {
        src_port: u16,
        dst_port: u16,
        flags: u8,
        /// Sequence number, for reassembling the first bytes of a stream (naming).
        seq: u32,
    },
    Udp {
        src_port: u16,
        dst_port: u16,
    },
    /// ICMP or ICMPv6 type and code.
    Icmp {
        icmp_type: u8,
        code: u8,
    },
    /// Any other IP protocol, counted by address pair; also non-first fragments, whose
    /// transport header is in the first fragment.
    Other {
        protocol: u8,
    },
}

/// IPv4/IPv6 fragmentation, so every fragment can be counted to the first fragment's flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FragmentInfo {
    pub id: u32,
    /// Offset in bytes; 0 for the first fragment.
    pub offset: u16,
    pub more_fragments: bool,
}

/// One decoded frame: addresses, ports, lengths. Borrows the payload from the capture buffer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedPacket<'a> {
    /// Capture timestamp, microseconds since the Unix epoch.
    pub ts_micros: i64,
    /// Bytes on the wire: the pcap header's original length, link header included.
    pub wire_len: u32,
    pub src_mac: Option<[u8; 6]>,
    pub dst_mac: Option<[u8; 6]>,
    /// Outermost 802.1Q VLAN id, if tagged.
    pub vlan: Option<u16>,
    /// Inner addresses when a tunnel (6in4, GRE, VXLAN) could be looked through.
    pub src: IpAddr,
    pub dst: IpAddr,
    pub transport: Transport,
    pub fragment: Option<FragmentInfo>,
    /// Transport payload as captured (may be cut short by the snaplen), for naming.
    pub payload: &'a [u8],
}

/// Why a frame could not be decoded. Every variant is counted, none is dropped silently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("frame too short for its {0} header")]
    Truncated(&'static str),
    #[error("link type {0} is not supported")]
    UnsupportedLinkType(u32),
    /// ARP, LLDP, STP and other non-IP frames: real traffic, LAN-only. Carries the
    /// ethertype (0x8863/0x8864 for PPPoE control), the PPP protocol on PPP links, or the
    /// address family on BSD loopback.
    #[error("not an IP packet (link protocol {0:#06x})")]
    NotIp(u16),
    #[error("malformed {0} header")]
    Malformed(&'static str),
}
