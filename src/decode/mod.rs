//! Decoding: from a captured frame to the few facts the flow table needs.
//!
//! The decoder never panics and never drops a frame silently: a frame it cannot read comes
//! back as a `DecodeError` that the caller counts. It allocates nothing: the result borrows
//! the capture buffer.

mod bytes;
pub mod frames;
mod ip;
mod link;
mod packet;

pub use packet::{DecodeError, DecodedPacket, FragmentInfo, LinkType, Transport};

use link::IpVersion;

#[cfg(test)]
mod tests;

/// Decodes one frame of pcap link type `link_type`. `wire_len` is the pcap header's
/// original length and is passed through unchanged: byte accounting never depends on what
/// the snaplen kept. Tunnels (6in4, IPIP, GRE, VXLAN) report their inner addresses and ports
/// when those are readable, else the outer ones.
pub fn decode(
    link_type: u32,
    ts_micros: i64,
    wire_len: u32,
    data: &[u8],
) -> Result<DecodedPacket<'_>, DecodeError> {
    let kind =
        LinkType::from_linktype(link_type).ok_or(DecodeError::UnsupportedLinkType(link_type))?;
    let link = match kind {
        LinkType::Ethernet => link::ethernet(data)?,
        LinkType::LinuxSll => link::linux_sll(data)?,
        LinkType::LinuxSll2 => link::linux_sll2(data)?,
        LinkType::RawIp => link::raw_ip(data, IpVersion::Any),
        LinkType::Ipv4 => link::raw_ip(data, IpVersion::V4),
        LinkType::Ipv6 => link::raw_ip(data, IpVersion::V6),
        LinkType::Null | LinkType::Loop => link::bsd_loopback(data)?,
        LinkType::Ppp => link::ppp(data)?,
    };
    let facts = ip::ip(link.ip, link.version, 0)?;
    let (src_mac, dst_mac) = link::macs(kind, data);
    Ok(DecodedPacket {
        ts_micros,
        wire_len,
        src_mac,
        dst_mac,
        vlan: link.vlan,
        src: facts.src,
        dst: facts.dst,
        transport: facts.transport,
        fragment: facts.fragment,
        payload: facts.payload,
    })
}
